import { describe, expect, it } from 'vitest';
import { contrast, luminance, nominal, NOT_KNOWN_FILL, OKABE_ITO, sequential, textOn } from '../../../src/lib/maps/colour-scales.ts';

/** Okabe & Ito (2008), "Color Universal Design", the eight colours. Black is left out of the map palette. */
const OKABE_ITO_REFERENCE = {
  orange: '#E69F00',
  'sky blue': '#56B4E9',
  'bluish green': '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  'reddish purple': '#CC79A7',
  black: '#000000',
} as const;

const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());

describe('nominal palette (Okabe–Ito)', () => {
  it('is the seven Okabe–Ito colours other than black, all distinct', () => {
    const reference = Object.entries(OKABE_ITO_REFERENCE)
      .filter(([name]) => name !== 'black')
      .map(([, hex]) => hex.toLowerCase());
    expect(new Set(lower(OKABE_ITO)).size).toBe(OKABE_ITO.length);
    expect([...lower(OKABE_ITO)].sort()).toEqual([...reference].sort());
  });

  it.each(Object.entries(OKABE_ITO_REFERENCE).filter(([name]) => name !== 'black'))('includes %s %s', (_name, hex) => {
    expect(lower(OKABE_ITO)).toContain(hex.toLowerCase());
  });

  it('leaves out black, which would hide the outlines', () => {
    expect(lower(OKABE_ITO)).not.toContain('#000000');
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('nominal(%i) gives that many distinct Okabe–Ito colours, in palette order', (n) => {
    const colours = nominal(n);
    expect(colours).toHaveLength(n);
    expect(new Set(lower(colours)).size).toBe(n);
    expect(colours).toEqual(OKABE_ITO.slice(0, n));
  });

  it.each([8, 9, 20])('nominal(%i) throws: too many categories to tell apart', (n) => {
    expect(() => nominal(n)).toThrow(/7/);
  });

  it('nominal(0) is empty', () => {
    expect(nominal(0)).toEqual([]);
  });

  it('no palette colour is the not-known grey', () => {
    expect(lower(OKABE_ITO)).not.toContain(NOT_KNOWN_FILL.toLowerCase());
  });
});

describe('sequential palette (viridis)', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 10, 12])('sequential(%i) gives %i distinct colours, ordered dark to light', (n) => {
    const colours = sequential(n);
    expect(colours).toHaveLength(n);
    expect(new Set(lower(colours)).size).toBe(n);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$|^rgb\(\d+, ?\d+, ?\d+\)$/i);
    const l = colours.map(luminance);
    for (let i = 1; i < n; i++) expect(l[i]!, `colour ${i} (${colours[i]}) after ${colours[i - 1]}`).toBeGreaterThan(l[i - 1]!);
  });

  it.each([0, -1])('sequential(%i) is empty', (n) => {
    expect(sequential(n)).toEqual([]);
  });

  it.each([2, 3, 5, 8])('sequential(%i) avoids the extremes: not near-black, not near-white', (n) => {
    for (const c of sequential(n)) {
      expect(contrast(c, '#000000')).toBeGreaterThan(1.5);
      expect(contrast(c, '#ffffff')).toBeGreaterThan(1.2);
    }
  });

  it.each([1, 2, 3, 4, 5, 6])('sequential(%i) never uses the not-known grey', (n) => {
    expect(lower(sequential(n))).not.toContain(NOT_KNOWN_FILL.toLowerCase());
  });
});

describe('luminance and contrast (WCAG 2.2)', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#FFFFFF', 1],
    ['000000', 0],
    ['rgb(255, 255, 255)', 1],
    ['rgb(0,0,0)', 0],
    ['#ff0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
    ['#808080', 0.2158605],
  ])('luminance(%s) = %d', (colour, expected) => {
    expect(luminance(colour)).toBeCloseTo(expected, 4);
  });

  it.each(['red', '#fff', '#12345', 'rgb(1,2)', ''])('luminance("%s") throws for a colour it cannot read', (colour) => {
    expect(() => luminance(colour)).toThrow(/Not a colour/);
  });

  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#777777', 1],
    ['#ffffff', '#767676', 4.54],
    ['#000000', '#0072B2', 4.05],
  ])('contrast(%s, %s) = %d', (a, b, expected) => {
    expect(contrast(a, b)).toBeCloseTo(expected, 1);
  });

  it('contrast of black and white is exactly 21', () => {
    expect(contrast('#000000', '#ffffff')).toBe(21);
  });

  it.each([...OKABE_ITO, ...sequential(5), NOT_KNOWN_FILL])('contrast is symmetric and at least 1 for %s', (c) => {
    expect(contrast(c, '#ffffff')).toBeCloseTo(contrast('#ffffff', c), 10);
    expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(1);
    expect(contrast(c, '#000000')).toBeLessThanOrEqual(21);
  });
});

describe('textOn', () => {
  it.each([
    ['#000000', '#ffffff'],
    ['#ffffff', '#000000'],
    ['#F0E442', '#000000'],
    ['#E69F00', '#000000'],
    ['#0072B2', '#ffffff'],
    ['#440154', '#ffffff'],
    ['#fde725', '#000000'],
  ])('on %s uses %s', (fill, text) => {
    expect(textOn(fill)).toBe(text);
  });

  it.each([...OKABE_ITO, ...sequential(7), NOT_KNOWN_FILL, '#767676', '#777777', '#595959'])('on %s picks whichever of black and white contrasts more', (fill) => {
    const other = textOn(fill) === '#000000' ? '#ffffff' : '#000000';
    expect(contrast(fill, textOn(fill))).toBeGreaterThanOrEqual(contrast(fill, other));
    // Either black or white always reaches at least 4.58:1 on any colour.
    expect(contrast(fill, textOn(fill))).toBeGreaterThanOrEqual(4.5);
  });
});
