import { describe, expect, it } from 'vitest';
import { isCurrentSection, NAV } from '../../../src/lib/site/site';

describe('isCurrentSection', () => {
  it.each([
    ['/articles/', '/articles/', true],
    ['/articles/stps-explained/', '/articles/', true],
    ['/articles', '/articles/', true],
    ['/maps/lead-type/', '/articles/', false],
    ['/', '/', true],
    ['/about/', '/', false],
  ])('%s in section %s: %s', (path, href, expected) => {
    expect(isCurrentSection(path, href)).toBe(expected);
  });

  it('the nav has the five sections in reading order', () => {
    expect(NAV.map((n) => n.label)).toEqual(['Articles', 'Footprints', 'Maps', 'Data', 'About']);
  });
});
