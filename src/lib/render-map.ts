/**
 * Renders maps to SVG strings at build time: the national choropleth (with its London inset) and
 * the locator map. Pages inline the string, so maps show with JavaScript off; each footprint is a
 * link to its page with a <title> naming it and its value.
 */
import type { Classification } from './classify.ts';
import { NOT_KNOWN_FILL } from './colour-scales.ts';
import type { MapGeometry } from './map-geometry.ts';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface FootprintLabel {
  code: string;
  name: string;
  slug: string;
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
  /** Codes of upper-tier councils split between footprints: hatched, as their drawn line is approximate. */
  splitCouncils: string[];
  /** Link each footprint to its page (off for standalone downloads). */
  links?: boolean;
  /** Width and height attributes for standalone files; inline maps scale to their container. */
  fixedSize?: boolean;
  /** Extra SVG appended before the closing tag (e.g. a legend for standalone downloads). */
  extra?: string;
  extraHeight?: number;
}

/** Hatch patterns for "not known" areas and for split councils. */
function defs(prefix: string): string {
  return (
    `<defs>` +
    `<pattern id="${prefix}-nk" width="5" height="5" patternUnits="userSpaceOnUse">` +
    `<rect width="5" height="5" fill="${NOT_KNOWN_FILL}"/><circle cx="2.5" cy="2.5" r="0.8" fill="#6b7280"/></pattern>` +
    `<pattern id="${prefix}-split" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">` +
    `<line x1="0" y1="0" x2="0" y2="5" stroke="#000" stroke-opacity="0.55" stroke-width="1.2"/></pattern>` +
    `</defs>`
  );
}

export function fillFor(classification: Classification, code: string, prefix: string): string {
  const i = classification.classOf.get(code);
  if (i === undefined) throw new Error(`No class for footprint ${code}`);
  const c = classification.classes[i]!;
  return c.notKnown ? `url(#${prefix}-nk)` : c.fill;
}

export function renderChoropleth(o: ChoroplethOptions): string {
  const { geometry: g, classification, idPrefix: p } = o;
  const labels = new Map(o.footprints.map((f) => [f.code, f]));
  const links = o.links ?? true;
  const height = g.height + (o.extraHeight ?? 0);

  const area = (code: string, d: string): string => {
    const f = labels.get(code);
    if (!f) throw new Error(`Map has a footprint ${code} that the data does not know`);
    const title = `${f.name}: ${f.valueText}`;
    const path = `<path d="${d}" fill="${fillFor(classification, code, p)}"/>`;
    return links
      ? `<a class="fp" href="/footprints/${f.slug}/" data-code="${code}" data-name="${escapeXml(f.name)}" data-value="${escapeXml(f.valueText)}" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${path}</a>`
      : `<g class="fp" data-code="${code}"><title>${escapeXml(title)}</title>${path}</g>`;
  };

  const split = o.splitCouncils.map((c) => g.councils.get(c)).filter((c) => c !== undefined);
  const hatch = (d: string) => `<path d="${d}" fill="url(#${p}-split)" stroke="#000" stroke-opacity="0.7" stroke-dasharray="3 2" stroke-width="0.8"/>`;

  const size = o.fixedSize ? ` width="${g.width}" height="${height}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 ${g.width} ${height}"${size} aria-labelledby="${p}-title ${p}-desc">` +
    `<title id="${p}-title">${escapeXml(o.title)}</title><desc id="${p}-desc">${escapeXml(o.description)}</desc>` +
    defs(p) +
    `<g class="areas" stroke="#fff" stroke-width="0.6" stroke-linejoin="round">` +
    g.main.map((s) => area(s.code, s.d)).join('') +
    `</g>` +
    `<path class="london-silhouette" d="${g.londonSilhouette}" fill="#d1d5db" stroke="#fff" stroke-width="0.6"><title>London: see the inset</title></path>` +
    `<g class="split" aria-hidden="true" pointer-events="none">${split.map((c) => hatch(c.main)).join('')}</g>` +
    `<g class="inset">` +
    `<rect x="${g.inset.x}" y="${g.inset.y}" width="${g.inset.width}" height="${g.inset.height}" fill="none" stroke="currentColor" stroke-width="1"/>` +
    `<text x="${g.inset.x + 6}" y="${g.inset.y + 15}" font-size="12" fill="currentColor">London</text>` +
    `<g class="areas" stroke="#fff" stroke-width="0.8" stroke-linejoin="round">` +
    g.inset.shapes.map((s) => area(s.code, s.d)).join('') +
    `</g></g>` +
    (o.extra ?? '') +
    `</svg>`
  );
}

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

/** England with one footprint highlighted: for footprint pages and their embeds. */
export function renderLocator(o: LocatorOptions): string {
  const { geometry: g, idPrefix: p } = o;
  const highlight = '#0072B2';
  // Attributes give the standalone colours; the page's CSS (.land) adapts them to the dark scheme.
  const shape = (s: { code: string; d: string }) =>
    s.code === o.code ? `<path class="here" d="${s.d}" fill="${highlight}"/>` : `<path class="land" d="${s.d}" fill="#e5e7eb"/>`;
  const main = g.main.map(shape).join('');
  const inset = g.inset.shapes.map(shape).join('');
  const split = o.splitCouncils
    .map((c) => g.councils.get(c))
    .filter((c) => c !== undefined)
    .map((c) => `<path d="${c.main}" fill="url(#${p}-split)" stroke="#000" stroke-opacity="0.7" stroke-dasharray="3 2" stroke-width="0.8"/>`)
    .join('');
  const title = `Where ${o.name} is in England`;
  const desc = o.inLondon
    ? `${o.name} is highlighted in the London inset.`
    : `${o.name} is highlighted on an outline map of England's 44 footprints.${o.splitCouncils.length ? ' Hatched areas are councils split between footprints, where the drawn boundary is approximate.' : ''}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="map locator" viewBox="0 0 ${g.width} ${g.height}" role="img" aria-labelledby="${p}-title ${p}-desc">` +
    `<title id="${p}-title">${escapeXml(title)}</title><desc id="${p}-desc">${escapeXml(desc)}</desc>` +
    defs(p) +
    `<g stroke="#fff" stroke-width="0.6" stroke-linejoin="round">${main}` +
    `<path d="${g.londonSilhouette}" fill="${o.inLondon ? highlight : '#9ca3af'}"/></g>` +
    `<g aria-hidden="true">${split}</g>` +
    `<rect x="${g.inset.x}" y="${g.inset.y}" width="${g.inset.width}" height="${g.inset.height}" fill="none" stroke="currentColor"/>` +
    `<text x="${g.inset.x + 6}" y="${g.inset.y + 15}" font-size="12" fill="currentColor">London</text>` +
    `<g stroke="#fff" stroke-width="0.8">${inset}</g>` +
    `</svg>`
  );
}
