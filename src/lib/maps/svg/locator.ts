/** The locator map: England with one footprint highlighted, for footprint pages and their embeds. */
import type { MapGeometry } from '../../geometry/map-geometry.ts';
import { LOCATOR } from '../../geometry/map-geometry.ts';
import { mapGeometry } from '../../geometry/read-topology.ts';
import { londonCodes, londonCouncilCodes, partCouncils } from '../../data/queries.ts';
import type { Dataset } from '../../data/types.ts';
import { insetFrame } from './frames.ts';
import { patternDefs, splitOverlay } from './patterns.ts';
import { el, SVG_NS, textEl } from './xml.ts';

export interface LocatorOptions {
  geometry: MapGeometry;
  /** The footprint to highlight. */
  code: string;
  name: string;
  idPrefix: string;
  /** Split councils in or touching this footprint, hatched. */
  splitCouncils: string[];
  /** London footprints are highlighted in the inset as well as on the silhouette. */
  inLondon: boolean;
}

/** Okabe–Ito blue: the highlighted footprint. */
export const HIGHLIGHT = '#0072B2';
/** Every other footprint (the page's CSS, `.land`, adapts it to the dark scheme). */
const LAND = '#e5e7eb';
/** London's silhouette on the main map when the footprint is elsewhere. */
const LONDON_SILHOUETTE = '#9ca3af';

/** The locator's <title>, <desc> and shapes: everything inside its <svg>. */
export function locatorBody(o: LocatorOptions): string {
  const { geometry: g, idPrefix: p } = o;
  const shape = (s: { code: string; d: string }) => (s.code === o.code ? el('path', { class: 'here', d: s.d, fill: HIGHLIGHT }) : el('path', { class: 'land', d: s.d, fill: LAND }));
  const split = o.splitCouncils
    .map((c) => g.councils.get(c))
    .filter((c) => c !== undefined)
    .map((c) => splitOverlay(c.main, p))
    .join('');
  const title = `Where ${o.name} is in England`;
  const desc = o.inLondon
    ? `${o.name} is highlighted in the London inset.`
    : `${o.name} is highlighted on an outline map of England's 44 footprints.${o.splitCouncils.length ? ' Hatched areas are councils split between footprints, where the drawn boundary is approximate.' : ''}`;
  return (
    textEl('title', { id: `${p}-title` }, title) +
    textEl('desc', { id: `${p}-desc` }, desc) +
    patternDefs(p) +
    el('g', { stroke: '#fff', 'stroke-width': 0.6, 'stroke-linejoin': 'round' }, g.main.map(shape).join('') + el('path', { d: g.londonSilhouette, fill: o.inLondon ? HIGHLIGHT : LONDON_SILHOUETTE })) +
    el('g', { 'aria-hidden': 'true' }, split) +
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
export function locatorGeometry(dataset: Dataset, version: string): MapGeometry {
  return mapGeometry(version, { footprints: londonCodes(dataset), councils: londonCouncilCodes(dataset) }, LOCATOR);
}

/** How to draw the locator of one footprint of a version. */
export function locatorOptions(dataset: Dataset, version: string, slug: string, idPrefix: string): LocatorOptions {
  const footprint = dataset.bySlug.get(slug);
  if (!footprint) throw new Error(`No footprint with slug "${slug}" in version ${version}`);
  return {
    geometry: locatorGeometry(dataset, version),
    code: footprint.code,
    name: footprint.name,
    idPrefix,
    splitCouncils: partCouncils(footprint, 'upper').map((c) => c.code),
    inLondon: londonCodes(dataset).has(footprint.code),
  };
}

/** The inline locator map of one footprint of a version. */
export function locatorSvg(dataset: Dataset, version: string, slug: string, idPrefix: string): string {
  return renderLocator(locatorOptions(dataset, version, slug, idPrefix));
}
