/**
 * The equal-area hex map: one hexagon per area, placed by the version's hand-designed layout
 * (content/data/<version>/hex.json), so London's areas are as visible as Cumbria. Pointy-topped
 * hexagons in "odd-r" offset coordinates (odd rows shifted half a hexagon east). Each hexagon is
 * the same kind of link as on the geographic map, with the same <title>, so tooltips, highlight
 * and keyboard focus work alike; each carries a short label.
 */
import type { HexFile } from '../../../../content/data/schema.ts';
import type { Classification } from '../classify.ts';
import { textOn } from '../colour-scales.ts';
import type { FootprintLabel } from './choropleth.ts';
import { fillFor } from './choropleth.ts';
import { areaPathId } from './highlight.ts';
import { NOT_KNOWN_CLASS } from './patterns.ts';
import { el, SVG_NS, textEl } from './xml.ts';

/** The id prefix of the hex view as published (/data/<version>/views/hex/): a page renames it to its own. */
export const HEX_VIEW_PREFIX = 'HEXVIEW';

/** Hexagon radius (centre to corner), px. */
export const HEX_RADIUS = 26;
const PAD = 6;
const SQRT3 = Math.sqrt(3);

/** The centre of cell (col, row) in px. */
export function hexCentre(col: number, row: number, r = HEX_RADIUS): [number, number] {
  const w = SQRT3 * r;
  return [PAD + w / 2 + col * w + (row % 2 ? w / 2 : 0), PAD + r + row * 1.5 * r];
}

/** The six corners of a pointy-topped hexagon, as path data. */
export function hexPath(cx: number, cy: number, r = HEX_RADIUS): string {
  const pts = Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 180) * (60 * i - 30);
    return `${(cx + r * Math.cos(a)).toFixed(1)} ${(cy + r * Math.sin(a)).toFixed(1)}`;
  });
  return `M${pts.join('L')}Z`;
}

export function hexSize(hex: HexFile, r = HEX_RADIUS): { width: number; height: number } {
  const cells = Object.values(hex.cells);
  const maxCol = Math.max(...cells.map((c) => c.col));
  const maxRow = Math.max(...cells.map((c) => c.row));
  return { width: Math.ceil(2 * PAD + SQRT3 * r * (maxCol + 1.5)), height: Math.ceil(2 * PAD + r * (2 + 1.5 * maxRow)) };
}

const SMALL_WORDS = new Set(['and', 'the', 'of', 'on', 'upon']);

/**
 * Short labels: the initials of each area's name ("Greater Manchester" → "GM"), or the first three
 * letters of a one-word name ("Derbyshire" → "Der"), made unique within the version by taking more
 * letters where two would be the same.
 */
export function hexLabels(names: ReadonlyMap<string, string>): Map<string, string> {
  const words = (name: string) => name.replace(/[,.]/g, ' ').split(/\s+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  const label = (name: string, extra: number) => {
    const w = words(name);
    if (w.length === 1) return w[0]!.slice(0, 3 + extra);
    return (w[0]!.slice(0, 1 + extra) + w.slice(1).map((x) => x[0]!.toUpperCase()).join('')).slice(0, 4 + extra);
  };
  const out = new Map([...names].map(([code, name]) => [code, label(name, 0)]));
  for (let extra = 1; extra < 4; extra++) {
    const counts = new Map<string, number>();
    for (const l of out.values()) counts.set(l, (counts.get(l) ?? 0) + 1);
    const clashing = [...out].filter(([, l]) => counts.get(l)! > 1);
    if (!clashing.length) break;
    for (const [code] of clashing) out.set(code, label(names.get(code)!, extra));
  }
  return out;
}

export interface HexOptions {
  hex: HexFile;
  classification: Classification;
  footprints: FootprintLabel[];
  idPrefix: string;
  /** Link each area to its page (off for standalone files). */
  links?: boolean;
  /** Give each hexagon's path an id (standalone files: their highlight overlays refer to them). */
  pathIds?: boolean;
}

/** Everything inside the hex map's <svg>. */
export function hexBody(o: HexOptions): string {
  const labels = hexLabels(new Map(o.footprints.map((f) => [f.code, f.name])));
  const byCode = new Map(o.footprints.map((f) => [f.code, f]));
  const links = o.links ?? true;
  const cells = Object.entries(o.hex.cells).sort(([a], [b]) => a.localeCompare(b));
  const hexes = cells
    .map(([code, cell]) => {
      const f = byCode.get(code);
      if (!f) throw new Error(`The hex layout has an area ${code} that the data does not know`);
      const [cx, cy] = hexCentre(cell.col, cell.row);
      const fill = fillFor(o.classification, code);
      const klass = o.classification.classes[o.classification.classOf.get(code)!]!;
      const ink = klass.notKnown ? '#1b1f24' : textOn(klass.fill);
      const title = `${f.name}: ${f.valueText}`;
      const content =
        textEl('title', {}, title) +
        el('path', { d: hexPath(cx, cy), fill, id: o.pathIds ? areaPathId(o.idPrefix, code) : null }) +
        textEl('text', { x: cx.toFixed(1), y: (cy + 4).toFixed(1), 'text-anchor': 'middle', 'font-size': 11, fill: ink, 'pointer-events': 'none', 'aria-hidden': 'true' }, labels.get(code)!);
      const cls = klass.notKnown ? `fp ${NOT_KNOWN_CLASS}` : 'fp';
      return links ? el('a', { class: cls, href: f.href, 'data-code': code, 'aria-label': title }, content) : el('g', { class: cls, 'data-code': code }, content);
    })
    .join('');
  return el('g', { class: 'areas hexes', stroke: '#fff', 'stroke-width': 1.5, 'stroke-linejoin': 'round' }, hexes);
}

/** The inline hex map, labelled for screen readers. */
export function renderHex(o: HexOptions & { title: string; description: string }): string {
  const { width, height } = hexSize(o.hex);
  const p = o.idPrefix;
  return el(
    'svg',
    { xmlns: SVG_NS, class: 'map hex-map', viewBox: `0 0 ${width} ${height}`, 'aria-labelledby': `${p}-title ${p}-desc` },
    textEl('title', { id: `${p}-title` }, o.title) + textEl('desc', { id: `${p}-desc` }, o.description) + hexBody(o),
  );
}
