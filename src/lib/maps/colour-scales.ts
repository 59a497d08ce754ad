/**
 * Colour palettes for the maps. Every palette is safe for the common colour-vision deficiencies:
 * nominal categories use the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008);
 * ordered categories and bins use viridis (van der Walt & Smith, matplotlib, 2015, via
 * d3-scale-chromatic), which stays ordered in lightness for every deficiency. Both read on the light
 * and the dark page background, because each area carries its own fill and a contrasting outline.
 */
import { interpolateViridis } from 'd3-scale-chromatic';

/** Okabe–Ito, in the order that keeps neighbours most distinct (black omitted: it hides outlines). */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#0072B2', '#D55E00', '#CC79A7', '#F0E442'] as const;

/**
 * Fill for "not known": a flat, pale neutral grey, lighter than every data colour and of no hue, so
 * it reads as "no data" without a pattern (pages darken it in the dark scheme).
 */
export const NOT_KNOWN_FILL = '#d9dce0';

/**
 * `n` viridis colours from dark to light, trimmed at both ends: the darkest purple is too close
 * to the dark page background and the lightest yellow to the light one.
 */
export function sequential(n: number): string[] {
  if (n < 1) return [];
  if (n === 1) return [interpolateViridis(0.5)];
  return Array.from({ length: n }, (_, i) => interpolateViridis(0.12 + (0.8 * i) / (n - 1)));
}

export function nominal(n: number): string[] {
  if (n > OKABE_ITO.length) throw new Error(`At most ${OKABE_ITO.length} nominal categories can be told apart; got ${n}`);
  return OKABE_ITO.slice(0, n);
}

/** Relative luminance per WCAG 2.2 (§ relative luminance), for choosing a label colour on a fill. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  const rgb = m ? [m[1], m[2], m[3]] : null;
  if (!rgb) {
    const fn = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(hex.trim());
    if (!fn) throw new Error(`Not a colour: ${hex}`);
    return luminanceOf(fn.slice(1, 4).map(Number));
  }
  return luminanceOf(rgb.map((h) => parseInt(h!, 16)));
}

function luminanceOf([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** WCAG contrast ratio between two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `fill` (for labels drawn on the map). */
export function textOn(fill: string): '#000000' | '#ffffff' {
  return contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff';
}
