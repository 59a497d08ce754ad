/**
 * The fills and overlays shared by every map: the "not known" pattern and the hatching of councils
 * split between footprints. Legends draw their swatches from the same constants.
 */
import { NOT_KNOWN_FILL } from '../colour-scales.ts';
import { el } from './xml.ts';

/** The dots drawn on the "not known" fill, so it cannot be read as a data colour. */
export const NOT_KNOWN_DOT = '#6b7280';

export type PatternKind = 'notKnown' | 'split';

const SUFFIX: Record<PatternKind, string> = { notKnown: 'nk', split: 'split' };

export function patternId(prefix: string, kind: PatternKind): string {
  return `${prefix}-${SUFFIX[kind]}`;
}

/** The fill that paints with a pattern: url(#prefix-nk). */
export function patternFill(prefix: string, kind: PatternKind): string {
  return `url(#${patternId(prefix, kind)})`;
}

/** The <defs> with both patterns, their ids prefixed so several maps can share a page. */
export function patternDefs(prefix: string): string {
  const notKnown = el(
    'pattern',
    { id: patternId(prefix, 'notKnown'), width: 5, height: 5, patternUnits: 'userSpaceOnUse' },
    el('rect', { width: 5, height: 5, fill: NOT_KNOWN_FILL }) + el('circle', { cx: 2.5, cy: 2.5, r: 0.8, fill: NOT_KNOWN_DOT }),
  );
  const split = el(
    'pattern',
    { id: patternId(prefix, 'split'), width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(-45)' },
    el('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: '#000', 'stroke-opacity': 0.55, 'stroke-width': 1.2 }),
  );
  return el('defs', {}, notKnown + split);
}

/** A split council's outline, hatched and dashed to show the drawn line there is approximate. */
export function splitOverlay(d: string, prefix: string): string {
  return el('path', { d, fill: patternFill(prefix, 'split'), stroke: '#000', 'stroke-opacity': 0.7, 'stroke-dasharray': '3 2', 'stroke-width': 0.8 });
}
