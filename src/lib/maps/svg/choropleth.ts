/**
 * The national choropleth as SVG, rendered at build time: every area filled by its class, London's
 * in an inset. Pages inline it, so maps show with JavaScript off;
 * each footprint is a link to its page with a <title> naming it and its value.
 */
import type { Classification } from '../classify.ts';
import type { MapGeometry } from '../../geometry/map-geometry.ts';
import { insetFrame } from './frames.ts';
import { patternDefs, patternFill } from './patterns.ts';
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
}

export function fillFor(classification: Classification, code: string, prefix: string): string {
  const i = classification.classOf.get(code);
  if (i === undefined) throw new Error(`No class for footprint ${code}`);
  const c = classification.classes[i]!;
  return c.notKnown ? patternFill(prefix, 'notKnown') : c.fill;
}

/** The map's own size in pixels (its viewBox). */
export function choroplethSize(g: MapGeometry): { width: number; height: number } {
  return { width: g.width, height: g.height };
}

/** Everything inside the map's <svg>: patterns, areas, London silhouette and the inset. */
export function choroplethBody(o: ChoroplethOptions): string {
  const { geometry: g, classification, idPrefix: p } = o;
  const labels = new Map(o.footprints.map((f) => [f.code, f]));
  const links = o.links ?? true;

  const area = (code: string, d: string): string => {
    const f = labels.get(code);
    if (!f) throw new Error(`Map has a footprint ${code} that the data does not know`);
    const title = `${f.name}: ${f.valueText}`;
    const content = textEl('title', {}, title) + el('path', { d, fill: fillFor(classification, code, p) });
    return links
      ? el('a', { class: 'fp', href: f.href, 'data-code': code, 'data-name': f.name, 'data-value': f.valueText, 'aria-label': title }, content)
      : el('g', { class: 'fp', 'data-code': code }, content);
  };
  const areas = (shapes: MapGeometry['main'], strokeWidth: number) =>
    el('g', { class: 'areas', stroke: '#fff', 'stroke-width': strokeWidth, 'stroke-linejoin': 'round' }, shapes.map((s) => area(s.code, s.d)).join(''));

  return (
    patternDefs(p) +
    areas(g.main, 0.6) +
    el('path', { class: 'london-silhouette', d: g.londonSilhouette, fill: '#d1d5db', stroke: '#fff', 'stroke-width': 0.6 }, textEl('title', {}, 'London: see the inset')) +
    el('g', { class: 'inset' }, insetFrame(g.inset) + areas(g.inset.shapes, 0.8))
  );
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
