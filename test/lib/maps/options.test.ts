/** The embed URL contract: every option parsed, every bad one ignored with a one-line reason, never a broken map. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, ignoredNote, MAX_HIGHLIGHTS, optionsQuery, parseOptions, type MapContext } from '../../../src/lib/maps/options.ts';

const context: MapContext = {
  version: '2017-04',
  areas: new Map([
    ['E54000007', 'Greater Manchester'],
    ['E54000012', 'Derbyshire'],
  ]),
  hasHex: true,
  otherVersions: new Map([['E54000057', ['2022-07']]]),
};

describe('parseOptions', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseOptions('', context)).toEqual({ options: DEFAULT_OPTIONS, ignored: [] });
  });

  it('reads every option', () => {
    const { options, ignored } = parseOptions('?highlight=E54000007,e54000012&view=hex&theme=dark&title=Our%20area', context);
    expect(options).toEqual({ highlight: ['E54000007', 'E54000012'], view: 'hex', theme: 'dark', title: 'Our area' });
    expect(ignored).toEqual([]);
  });

  it('takes repeated highlight parameters, once each', () => {
    expect(parseOptions('highlight=E54000007&highlight=E54000012&highlight=E54000007', context).options.highlight).toEqual(['E54000007', 'E54000012']);
  });

  it.each([
    ['highlight=E54000099', 'highlight E54000099 (not an area of data version 2017-04)'],
    ['highlight=E54000057', 'highlight E54000057 (an area of data version 2022-07, not 2017-04)'],
    ['highlight=Glossop', 'highlight “GLOSSOP” (not an ONS area code)'],
    ['view=3d', 'view “3d” (use geo or hex)'],
    ['theme=sepia', 'theme “sepia” (use light, dark or auto)'],
    ['title=%20%20', 'title (empty)'],
  ])('ignores %s, saying why', (query, reason) => {
    const { options, ignored } = parseOptions(query, context);
    expect(ignored).toEqual([reason]);
    expect({ ...options, title: null }).toEqual({ ...DEFAULT_OPTIONS, title: null });
  });

  it('ignores the hex view where a version has none', () => {
    expect(parseOptions('view=hex', { ...context, hasHex: false })).toEqual({ options: DEFAULT_OPTIONS, ignored: ['view hex (data version 2017-04 has no hex map)'] });
  });

  it('strips markup from a title and shortens a long one', () => {
    expect(parseOptions('title=<b>Bold</b>', context).options.title).toBe('bBold/b');
    const long = parseOptions(`title=${'x'.repeat(200)}`, context);
    expect(long.options.title).toHaveLength(120);
    expect(long.ignored).toEqual(['the end of the title (at most 120 characters)']);
  });

  it(`highlights at most ${MAX_HIGHLIGHTS} areas`, () => {
    const many = Array.from({ length: 12 }, (_, i) => `E540000${String(i + 10)}`);
    const areas = new Map(many.map((c) => [c, c]));
    const { options, ignored } = parseOptions(`highlight=${many.join(',')}`, { ...context, areas });
    expect(options.highlight).toHaveLength(MAX_HIGHLIGHTS);
    expect(ignored).toHaveLength(4);
  });
});

describe('optionsQuery', () => {
  it('round-trips, leaving defaults out, in a stable order', () => {
    const options = { highlight: ['E54000007'], view: 'hex' as const, theme: 'dark' as const, title: 'Our area & more' };
    const q = optionsQuery(options);
    expect(q).toBe('?highlight=E54000007&view=hex&theme=dark&title=Our+area+%26+more');
    expect(parseOptions(q, context).options).toEqual(options);
    expect(optionsQuery(DEFAULT_OPTIONS)).toBe('');
  });

  it('ignoredNote is one line, or nothing', () => {
    expect(ignoredNote([])).toBeNull();
    expect(ignoredNote(['view “3d” (use geo or hex)', 'theme “x” (use light, dark or auto)'])).toBe('Ignored: view “3d” (use geo or hex); theme “x” (use light, dark or auto).');
  });
});
