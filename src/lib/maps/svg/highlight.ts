/**
 * Highlighting areas on a map: the highlighted area drawn again on top at full strength, with a
 * dark outline and its name; every other area muted. One overlay per area, the same markup
 * whether the build writes it (standalone files, where `file.svg#E54000007` shows it through CSS
 * :target) or the browser adds it (inline maps and embeds, and the map maker's downloads), so the
 * same options give the same SVG. Styles are presentation attributes, not classes, so a
 * downloaded file looks the same in a design tool as on the page.
 *
 * Pure: shared by the build (src/lib/maps/svg/standalone.ts) and the browser (src/client/map-options.ts).
 */
import { el, textEl } from './xml.ts';

/** How strongly the other areas show while some are highlighted (0 to 1). */
export const MUTED_OPACITY = 0.3;
/** The highlighted area's outline and label ink (near-black: readable over every class colour). */
export const HIGHLIGHT_INK = '#1b1f24';
export const HIGHLIGHT_STROKE_WIDTH = 2.5;
export const LABEL_SIZE = 13;
/** DejaVu Sans and the site's sans average under 0.6 em a character in bold: a safe width estimate. */
const CHAR_EM = 0.6;
const EDGE = 4;

/** The id of an area's path (so an overlay can draw it again with <use>). */
export function areaPathId(idPrefix: string, code: string): string {
  return `${idPrefix}-p-${code}`;
}

/** Where an area's label is centred (its baseline's middle), in the map's own units. */
export interface LabelAnchor {
  x: number;
  y: number;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The bounding box of path data made of straight lines: the compact relative paths of the
 * geographic map (m, l, z) and the absolute hexagons (M, L, Z). The page and the build both take
 * label places from it, so they agree to the unit.
 */
export function pathBounds(d: string): Bounds {
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const [, cmd, args] of d.matchAll(/([mlzMLZ])([^mlzMLZ]*)/g)) {
    if (cmd === 'z' || cmd === 'Z') {
      [x, y] = start;
      continue;
    }
    const nums = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const relative = cmd === 'm' || cmd === 'l';
      x = relative ? x + nums[i]! : nums[i]!;
      y = relative ? y + nums[i + 1]! : nums[i + 1]!;
      if (i === 0 && (cmd === 'm' || cmd === 'M')) start = [x, y];
      box.x0 = Math.min(box.x0, x);
      box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x);
      box.y1 = Math.max(box.y1, y);
    }
  }
  return box;
}

/**
 * Where an area's label goes: the middle of its shape on the geographic map; on the hex map just
 * above its hexagon (whose own short label stays readable), or below it when there is no room.
 */
export function labelAnchor(b: Bounds, kind: 'geo' | 'hex'): LabelAnchor {
  if (kind === 'geo') return { x: Math.round((b.x0 + b.x1) / 2), y: Math.round((b.y0 + b.y1) / 2) };
  const above = b.y0 - 4;
  return { x: Math.round((b.x0 + b.x1) / 2), y: Math.round(above >= LABEL_SIZE + EDGE ? above : b.y1 + LABEL_SIZE + 2) };
}

/**
 * Where a label of `text` centred on `anchor` sits so it stays inside a map `width` wide: its
 * centre, moved in from the edges, and its baseline, below the top edge.
 */
export function placeLabel(text: string, anchor: LabelAnchor, width: number): LabelAnchor {
  const half = (text.length * LABEL_SIZE * CHAR_EM) / 2;
  const x = Math.max(EDGE + half, Math.min(anchor.x, width - EDGE - half));
  return { x: Math.round(x), y: Math.round(Math.max(anchor.y, LABEL_SIZE + EDGE)) };
}

export interface OverlayOptions {
  code: string;
  /** The name shown, e.g. "Greater Manchester". */
  name: string;
  /** The id of the area's path (areaPathId). */
  pathId: string;
  anchor: LabelAnchor;
  /** The map's width (its viewBox), to keep the label inside it. */
  mapWidth: number;
  /** An id for the overlay itself (standalone files: the area's code, for #code). */
  id?: string;
  /** Shown now (inline maps) or only when targeted (standalone files). */
  shown: boolean;
}

/** One area's overlay: its shape again at full strength, outlined, and its name with a halo. */
export function overlayMarkup(o: OverlayOptions): string {
  const at = placeLabel(o.name, o.anchor, o.mapWidth);
  return el(
    'g',
    { class: 'hl', id: o.id, 'data-code': o.code, display: o.shown ? null : 'none', 'aria-hidden': 'true', 'pointer-events': 'none' },
    el('use', { href: `#${o.pathId}`, stroke: HIGHLIGHT_INK, 'stroke-width': HIGHLIGHT_STROKE_WIDTH, 'stroke-linejoin': 'round' }) +
      textEl(
        'text',
        { x: at.x, y: at.y, 'text-anchor': 'middle', 'font-size': LABEL_SIZE, 'font-weight': 700, fill: HIGHLIGHT_INK, stroke: '#ffffff', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' },
        o.name,
      ),
  );
}

/**
 * The CSS a standalone file carries so `file.svg#E54000007` highlights that area with no script:
 * the targeted overlay shows and the other areas are muted (the same look the browser gives with
 * attributes).
 */
export const TARGET_CSS = `.hl:target{display:inline}svg:has(.hl:target) .fp{opacity:${MUTED_OPACITY}}`;

/** "Greater Manchester: NHS provider" → "Greater Manchester" (names may hold colons, values do not). */
export function nameOf(label: string): string {
  const i = label.lastIndexOf(': ');
  return i < 0 ? label : label.slice(0, i);
}
