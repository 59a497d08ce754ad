/** The credits table: every line built from it, so files and pages carry the same words. */
import { describe, expect, it } from 'vitest';
import { attributionText, CREDIT_ORDER, CREDITS, creditText, locatorSourceLine, MAX_PUBLISHERS, sourceLine } from '../../../src/lib/publish/credits.ts';

describe('sourceLine', () => {
  it('names up to four publishers, then counts the rest, and gives the version', () => {
    expect(sourceLine(['ONS'], '2017-04')).toBe('Values: ONS. Data version 2017-04.');
    expect(sourceLine(['A', 'B', 'C', 'D', 'E', 'F'], '2017-04')).toBe('Values: A; B; C; D and 2 more. Data version 2017-04.');
    expect(MAX_PUBLISHERS).toBe(4);
  });

  it('never points to a table (a file or embed may have none)', () => {
    expect(sourceLine([], '2017-04')).not.toMatch(/table/);
  });
});

describe('credits', () => {
  it('each credit names its licence, and the attribution is every credit in order, with spaces between', () => {
    for (const key of CREDIT_ORDER) expect(creditText(key)).toContain(CREDITS[key].link.name);
    expect(attributionText()).toBe(CREDIT_ORDER.map(creditText).join(' '));
    expect(attributionText()).not.toMatch(/\S(Open Government|Natural Earth|CC BY)/);
    expect(attributionText()).not.toMatch(/\.\./);
  });

  it('carries ONS’s required attribution word for word', () => {
    expect(creditText('ons')).toBe('Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2016.');
    expect(creditText('boundaries')).toContain('Martin Chorley');
  });

  it('a locator’s line names the footprint code and version', () => {
    expect(locatorSourceLine('E54000007', '2017-04')).toBe('STP footprint E54000007, data version 2017-04.');
    expect(locatorSourceLine('E54000057', '2022-07', 'integrated care board')).toBe('Integrated care board E54000057, data version 2022-07.');
  });
});
