/**
 * The national choropleth as SVG, rendered at build time: every area filled by its class, London's
 * in an inset, and London's outline on the main map pointing to it. Pages inline it, so maps show
 * with JavaScript off; each footprint is a link to its page with a <title> naming it and its value
 * (the page's label script reads the same words from aria-label).
 */
import type { Classification } from '../classify.ts';
import type { MapGeometry } from '../../geometry/map-geometry.ts';
import { insetFrame } from './frames.ts';
import { areaPathId, pathBounds } from './highlight.ts';
import { LONDON_FILL, LONDON_STROKE, NOT_KNOWN_CLASS } from './patterns.ts';
import { el, SVG_NS, textEl } from './xml.ts';

export interface FootprintLabel {
  code: string;
  name: string;
  slug: string;
  /** The area's page. */
  href: string;
  /** The value as shown to a reader, e.g. "Advanced" or "Not known". */
  valueText: string;
}

export interface ChoroplethOptions {
  geometry: MapGeometry;
  classification: Classification;
  footprints: FootprintLabel[];
  /** Prefix for ids inside the SVG, unique on the page (several maps can share a page). */
  idPrefix: string;
  title: string;
  description: string;
  /** Link each footprint to its page (off for standalone downloads). */
  links?: boolean;
  /**
   * Give each area's path an id (standalone files, whose highlight overlays refer to them; on a
   * page the script names the paths it highlights).
   */
  pathIds?: boolean;
}

/** The flat fill of a footprint's class ("not known" included: no patterns). */
export function fillFor(classification: Classification, code: string): string {
  const i = classification.classOf.get(code);
  if (i === undefined) throw new Error(`No class for footprint ${code}`);
  return classification.classes[i]!.fill;
}

function isNotKnown(classification: Classification, code: string): boolean {
  return classification.classes[classification.classOf.get(code)!]!.notKnown;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The map's own size in pixels (its viewBox). */
export function choroplethSize(g: MapGeometry): { width: number; height: number } {
  return { width: g.width, height: g.height };
}

/**
 * London's outline on the main map, in paper colour (its five footprints are coloured in the inset),
 * with a thin leader line from it to the inset's frame.
 */
function londonSilhouette(g: MapGeometry): string {
  const b = pathBounds(g.londonSilhouette);
  const from = { x: round1((b.x0 + b.x1) / 2), y: round1(b.y0) };
  const to = { x: g.inset.x + Math.round(g.inset.width * 0.3), y: g.inset.y + g.inset.height };
  return el(
    'g',
    { class: 'london-silhouette' },
    el('path', { d: g.londonSilhouette, fill: LONDON_FILL, stroke: LONDON_STROKE, 'stroke-width': 0.8 }, textEl('title', {}, 'London: its footprints are in the inset')) +
      el('path', { class: 'leader', d: `m${from.x} ${from.y}l${round1(to.x - from.x)} ${round1(to.y - from.y)}`, fill: 'none', stroke: LONDON_STROKE, 'stroke-width': 0.6 }),
  );
}

/** Everything inside the map's <svg>: areas, London's outline and the inset. */
export function choroplethBody(o: ChoroplethOptions): string {
  const { geometry: g, classification } = o;
  const labels = new Map(o.footprints.map((f) => [f.code, f]));
  const links = o.links ?? true;

  const area = (code: string, d: string): string => {
    const f = labels.get(code);
    if (!f) throw new Error(`Map has a footprint ${code} that the data does not know`);
    const title = `${f.name}: ${f.valueText}`;
    const content = textEl('title', {}, title) + el('path', { d, fill: fillFor(classification, code), id: o.pathIds ? areaPathId(o.idPrefix, code) : null });
    const cls = isNotKnown(classification, code) ? `fp ${NOT_KNOWN_CLASS}` : 'fp';
    return links
      ? el('a', { class: cls, href: f.href, 'data-code': code, 'aria-label': title }, content)
      : el('g', { class: cls, 'data-code': code }, content);
  };
  const areas = (shapes: MapGeometry['main'], strokeWidth: number) =>
    el('g', { class: 'areas', stroke: '#fff', 'stroke-width': strokeWidth, 'stroke-linejoin': 'round' }, shapes.map((s) => area(s.code, s.d)).join(''));

  return areas(g.main, 0.6) + londonSilhouette(g) + el('g', { class: 'inset' }, insetFrame(g.inset) + areas(g.inset.shapes, 0.8));
}

/** The inline map: scales to its container, labelled by its title and description. */
export function renderChoropleth(o: ChoroplethOptions): string {
  const { width, height } = choroplethSize(o.geometry);
  const p = o.idPrefix;
  return el(
    'svg',
    { xmlns: SVG_NS, class: 'map', viewBox: `0 0 ${width} ${height}`, 'aria-labelledby': `${p}-title ${p}-desc` },
    textEl('title', { id: `${p}-title` }, o.title) + textEl('desc', { id: `${p}-desc` }, o.description) + choroplethBody(o),
  );
}
