/** The locator map: England with one area highlighted, for area pages and their embeds. */
import { LOCATOR, geometryOf, type MapGeometry } from '../../geometry/map-geometry.ts';
import { londonCodes } from '../../data/queries.ts';
import { termsOf } from '../../data/terms.ts';
import type { Dataset } from '../../data/types.ts';
import { insetFrame } from './frames.ts';
import { el, SVG_NS, textEl } from './xml.ts';

export interface LocatorOptions {
  geometry: MapGeometry;
  /** The area to highlight. */
  code: string;
  name: string;
  idPrefix: string;
  /** London's areas are highlighted in the inset as well as on the silhouette. */
  inLondon: boolean;
  /** "England's 44 STP footprints of April 2017", for the description. */
  setName: string;
}

/** Okabe–Ito blue: the highlighted area. */
export const HIGHLIGHT = '#0072B2';
/** Every other area (the page's CSS, `.land`, adapts it to the dark scheme). */
const LAND = '#e5e7eb';
/** London's silhouette on the main map when the area is elsewhere. */
const LONDON_SILHOUETTE = '#9ca3af';

/** The locator's <title>, <desc> and shapes: everything inside its <svg>. */
export function locatorBody(o: LocatorOptions): string {
  const { geometry: g, idPrefix: p } = o;
  const shape = (s: { code: string; d: string }) => (s.code === o.code ? el('path', { class: 'here', d: s.d, fill: HIGHLIGHT }) : el('path', { class: 'land', d: s.d, fill: LAND }));
  const desc = o.inLondon ? `${o.name} is highlighted in the London inset.` : `${o.name} is highlighted on an outline map of ${o.setName}.`;
  return (
    textEl('title', { id: `${p}-title` }, `Where ${o.name} is in England`) +
    textEl('desc', { id: `${p}-desc` }, desc) +
    el('g', { stroke: '#fff', 'stroke-width': 0.6, 'stroke-linejoin': 'round' }, g.main.map(shape).join('') + el('path', { d: g.londonSilhouette, fill: o.inLondon ? HIGHLIGHT : LONDON_SILHOUETTE })) +
    insetFrame(g.inset) +
    el('g', { stroke: '#fff', 'stroke-width': 0.8 }, g.inset.shapes.map(shape).join(''))
  );
}

/** The inline locator: scales to its container. */
export function renderLocator(o: LocatorOptions): string {
  const { geometry: g, idPrefix: p } = o;
  return el('svg', { xmlns: SVG_NS, class: 'map locator', viewBox: `0 0 ${g.width} ${g.height}`, role: 'img', 'aria-labelledby': `${p}-title ${p}-desc` }, locatorBody(o));
}

/** The locator's geometry for a version (coarser than the national map's). */
export function locatorGeometry(dataset: Dataset): MapGeometry {
  return geometryOf(dataset, LOCATOR);
}

/** How to draw the locator of one area of a version. */
export function locatorOptions(dataset: Dataset, slug: string, idPrefix: string): LocatorOptions {
  const footprint = dataset.bySlug.get(slug);
  if (!footprint) throw new Error(`No area with slug "${slug}" in version ${dataset.version.version}`);
  const t = termsOf(dataset.version);
  return {
    geometry: locatorGeometry(dataset),
    code: footprint.code,
    name: footprint.name,
    idPrefix,
    inLondon: londonCodes(dataset).has(footprint.code),
    setName: `England's ${dataset.footprints.length} ${t.areaLong}s of ${t.when}`,
  };
}

/** The inline locator map of one area of a version. */
export function locatorSvg(dataset: Dataset, slug: string, idPrefix: string): string {
  return renderLocator(locatorOptions(dataset, slug, idPrefix));
}
