/**
 * The fills shared by every map: the "not known" pattern. Legends draw their swatches from the same
 * constants.
 */
import { NOT_KNOWN_FILL } from '../colour-scales.ts';
import { el } from './xml.ts';

/** The dots drawn on the "not known" fill, so it cannot be read as a data colour. */
export const NOT_KNOWN_DOT = '#6b7280';

export type PatternKind = 'notKnown';

const SUFFIX: Record<PatternKind, string> = { notKnown: 'nk' };

export function patternId(prefix: string, kind: PatternKind): string {
  return `${prefix}-${SUFFIX[kind]}`;
}

/** The fill that paints with a pattern: url(#prefix-nk). */
export function patternFill(prefix: string, kind: PatternKind): string {
  return `url(#${patternId(prefix, kind)})`;
}

/** The <defs> with the pattern, its id prefixed so several maps can share a page. */
export function patternDefs(prefix: string): string {
  const notKnown = el(
    'pattern',
    { id: patternId(prefix, 'notKnown'), width: 5, height: 5, patternUnits: 'userSpaceOnUse' },
    el('rect', { width: 5, height: 5, fill: NOT_KNOWN_FILL }) + el('circle', { cx: 2.5, cy: 2.5, r: 0.8, fill: NOT_KNOWN_DOT }),
  );
  return el('defs', {}, notKnown);
}
