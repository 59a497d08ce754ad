/**
 * A map as a standalone SVG file, for download and for the PNG: title, map, legend, source and
 * licence lines, with styles inlined so it looks the same in any viewer or design tool.
 */
import { sourcePublishers, type MapModel } from './map-model.ts';
import { escapeXml, renderChoropleth } from './render-map.ts';
import { formatValue } from './indicators.ts';

/** The font the PNG is rendered with (shipped by the dejavu-fonts-ttf package); viewers fall back. */
export const FONT_FAMILY = 'DejaVu Sans, Verdana, Arial, sans-serif';
const TITLE_HEIGHT = 44;
const LINE = 18;

/** Greedy word wrap at about `width` characters (the SVG has no text flow). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function sourceLine(model: MapModel): string {
  const publishers = sourcePublishers(model);
  const shown = publishers.slice(0, 3).join('; ');
  const more = publishers.length > 3 ? ` and ${publishers.length - 3} more` : '';
  return `Source: ${shown || 'see the data'}${more}. Data version ${model.version}. Outlines: Natural Earth (public domain).`;
}

export const LICENCE_LINE = 'Contains public sector information licensed under the Open Government Licence v3.0. Map: STP footprints, CC BY 4.0.';

/** Where the parts of the standalone map sit; its width and height are the file's size. */
export function standaloneLayout(model: MapModel) {
  const g = model.geometry;
  const legendRows = Math.ceil((model.classification.classes.length + 1) / 2);
  const notes = [...wrap(sourceLine(model), 88), ...wrap(LICENCE_LINE, 88)];
  const legendTop = TITLE_HEIGHT + g.height + 12;
  const notesTop = legendTop + legendRows * 22 + 10;
  return { width: g.width, height: notesTop + notes.length * LINE + 8, legendTop, notesTop, notes };
}

export function standaloneSvg(model: MapModel): string {
  const { geometry: g, classification } = model;
  const classes = classification.classes;
  const { width, height, legendTop, notesTop, notes } = standaloneLayout(model);

  const swatch = (i: number, fill: string, label: string, count: number | null) => {
    const x = 8 + (i % 2) * 296;
    const y = legendTop + Math.floor(i / 2) * 22;
    return `<rect x="${x}" y="${y}" width="18" height="14" fill="${fill}" stroke="#6b7280" stroke-width="0.5"/>` +
      `<text x="${x + 26}" y="${y + 12}" font-size="13">${escapeXml(label)}${count === null ? '' : ` (${count})`}</text>`;
  };
  const legend = [
    ...classes.map((c, i) => swatch(i, c.notKnown ? 'url(#dl-nk)' : c.fill, c.label, c.count)),
    swatch(classes.length, 'url(#dl-split)', 'Council split between footprints (line approximate)', null),
  ].join('');

  const map = renderChoropleth({
    geometry: g,
    classification,
    footprints: model.rows.map((r) => ({ code: r.code, name: r.name, slug: r.slug, valueText: formatValue(model.indicator, r.value) })),
    idPrefix: 'dl',
    title: model.indicator.title,
    description: model.takeaway,
    splitCouncils: model.splitCouncils,
    links: false,
  });
  // Nest the map as a positioned <svg> so its own viewBox and defs travel with it.
  const inner = map.replace('<svg xmlns="http://www.w3.org/2000/svg" class="map"', `<svg x="0" y="${TITLE_HEIGHT}" width="${width}" height="${g.height}"`);

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" fill="#1b1f24">` +
    `<title>${escapeXml(model.indicator.title)}</title>` +
    `<desc>${escapeXml(model.takeaway)} ${escapeXml(sourceLine(model))}</desc>` +
    `<style>.inset text{fill:#1b1f24}</style>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="8" y="28" font-size="19" font-weight="bold">${escapeXml(model.indicator.title)}</text>` +
    inner +
    `<g>${legend}</g>` +
    notes.map((n, i) => `<text x="8" y="${notesTop + i * LINE + 12}" font-size="11.5" fill="#4a5260">${escapeXml(n)}</text>`).join('') +
    `</svg>\n`
  );
}

/** A footprint's locator map as a standalone SVG (the static fallback of its embed). */
export function standaloneLocatorSvg(locator: string, name: string, code: string, version: string, mapWidth: number, mapHeight: number): string {
  const width = mapWidth;
  const top = 40;
  const height = top + mapHeight + 40;
  const inner = locator.replace(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="map locator"/, `<svg x="0" y="${top}" width="${mapWidth}" height="${mapHeight}"`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" fill="#1b1f24">` +
    `<title>Where ${escapeXml(name)} is in England</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="8" y="28" font-size="19" font-weight="bold">${escapeXml(name)}</text>` +
    inner +
    `<text x="8" y="${height - 14}" font-size="11.5" fill="#4a5260">STP footprint ${code}, data version ${version}. Source: ONS (OGL v3.0). Outlines: Natural Earth.</text>` +
    `</svg>\n`
  );
}
