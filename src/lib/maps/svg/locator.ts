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

/** The inline locator map of one area of a version, drawn in full (for standalone files). */
export function locatorSvg(dataset: Dataset, slug: string, idPrefix: string): string {
  return renderLocator(locatorOptions(dataset, slug, idPrefix));
}

/** The id of the shared base map inside the sprite file. */
export const LOCATOR_SYMBOL = 'england';

/**
 * The locators' shared base map, one file per version (/data/<version>/locator.svg): every area
 * grey, London's silhouette and the inset. Pages show it with <use> and draw only their own area
 * on top, so 44 footprint pages do not each carry the whole of England. Its colours follow the
 * page through CSS custom properties (which pass into <use>), with the light colours as fallback.
 */
export function locatorSprite(dataset: Dataset): string {
  const g = locatorGeometry(dataset);
  const land = g.main.map((s) => el('path', { d: s.d })).join('');
  const inset = g.inset.shapes.map((s) => el('path', { d: s.d })).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      'svg',
      { xmlns: SVG_NS },
      el('style', {}, `.l{fill:var(--map-land,${LAND});stroke:var(--map-stroke,#fff)}.s{fill:var(--map-silhouette,${LONDON_SILHOUETTE});stroke:var(--map-stroke,#fff)}.f{fill:none;stroke:var(--fg,#1b1f24)}.t{fill:var(--fg,#1b1f24);font:12px sans-serif}`) +
        el(
          'symbol',
          { id: LOCATOR_SYMBOL, viewBox: `0 0 ${g.width} ${g.height}` },
          el('g', { class: 'l', 'stroke-width': 0.6, 'stroke-linejoin': 'round' }, land) +
            el('path', { class: 's', d: g.londonSilhouette, 'stroke-width': 0.6 }) +
            el('rect', { class: 'f', x: g.inset.x, y: g.inset.y, width: g.inset.width, height: g.inset.height }) +
            textEl('text', { class: 't', x: g.inset.x + 6, y: g.inset.y + 15 }, 'London') +
            el('g', { class: 'l', 'stroke-width': 0.8 }, inset),
        ),
    ) +
    '\n'
  );
}

/**
 * A page's locator: the shared base map (`spriteHref`, the sprite file's URL) with this area drawn
 * on top, in the inset too for London, labelled for screen readers like the full one.
 */
export function locatorUseSvg(o: LocatorOptions, spriteHref: string): string {
  const { geometry: g, idPrefix: p } = o;
  const here = [...g.main, ...g.inset.shapes].filter((s) => s.code === o.code);
  const desc = o.inLondon ? `${o.name} is highlighted in the London inset.` : `${o.name} is highlighted on an outline map of ${o.setName}.`;
  return el(
    'svg',
    { xmlns: SVG_NS, class: 'map locator', viewBox: `0 0 ${g.width} ${g.height}`, role: 'img', 'aria-labelledby': `${p}-title ${p}-desc` },
    textEl('title', { id: `${p}-title` }, `Where ${o.name} is in England`) +
      textEl('desc', { id: `${p}-desc` }, desc) +
      el('use', { href: `${spriteHref}#${LOCATOR_SYMBOL}`, width: g.width, height: g.height }) +
      (o.inLondon ? el('path', { class: 'here', d: g.londonSilhouette, fill: HIGHLIGHT }) : '') +
      el('g', { class: 'here', fill: HIGHLIGHT, stroke: '#fff', 'stroke-width': 0.6, 'stroke-linejoin': 'round' }, here.map((s) => el('path', { d: s.d })).join('')),
  );
}
