/**
 * Everything a national map needs, computed once per version and indicator and shared by the map
 * page, the embed page and the downloads: values, classes, geometry, the takeaway and the sources.
 */
import type { HexFile, Source } from '../../../content/data/schema.ts';
import { loadDataset } from '../data/read-version.ts';
import { termsOf } from '../data/terms.ts';
import { geometryOf, type MapGeometry } from '../geometry/map-geometry.ts';
import { sourceLine } from '../publish/credits.ts';
import { areaPath } from '../publish/paths.ts';
import { classify, type Classification } from './classify.ts';
import { formatValue, indicatorFor, indicatorRows, type Indicator, type IndicatorRow } from './indicators.ts';
import { renderChoropleth, type ChoroplethOptions, type FootprintLabel } from './svg/choropleth.ts';
import { renderHex } from './svg/hex.ts';
import { takeaway } from './takeaway.ts';

export interface MapModel {
  version: string;
  indicator: Indicator;
  rows: IndicatorRow[];
  classification: Classification;
  geometry: MapGeometry;
  takeaway: string;
  /** Distinct sources behind the values, most used first. */
  sources: { source: Source; count: number }[];
  /** Each footprint's name and value as a reader sees them. */
  labels: FootprintLabel[];
  /** The map's source line ("Source: …. Data version …."). */
  sourceLine: string;
  /** Options to draw this map; callers add an id prefix (and may turn links off). */
  drawing(idPrefix: string): ChoroplethOptions;
  /** Inline SVG, with links to footprint pages. */
  svg(idPrefix: string): string;
  /** The version's hand-designed hex layout, if it has one. */
  hex: HexFile | null;
  /** What the hex map shows, for screen readers and the standalone file. */
  hexDescription: string;
  /** The inline equal-area hex map (null when the version has no hex layout). */
  hexSvg(idPrefix: string): string | null;
}

/** The distinct publishers behind a map's values, most used first (for source lines). */
export function sourcePublishers(sources: MapModel['sources']): string[] {
  return [...new Set(sources.map((s) => s.source.publisher))];
}

const cache = new Map<string, MapModel>();

export function mapModel(indicatorId: string, version: string): MapModel {
  const key = `${version}/${indicatorId}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const dataset = loadDataset(version);
  const indicator = indicatorFor(indicatorId, dataset);
  const rows = indicatorRows(indicator, dataset);
  const classification = classify(indicator, new Map(rows.map((r) => [r.code, r.value])));
  const geometry = geometryOf(dataset);
  const terms = termsOf(dataset.version);
  const tally = new Map<string, { source: Source; count: number }>();
  for (const r of rows) {
    if (!r.source) continue;
    const k = r.source.url;
    tally.set(k, { source: r.source, count: (tally.get(k)?.count ?? 0) + 1 });
  }
  const sources = [...tally.values()].sort((a, b) => b.count - a.count || a.source.title.localeCompare(b.source.title));
  const labels = rows.map((r) => ({ code: r.code, name: r.name, slug: r.slug, href: areaPath(version, r.slug), valueText: formatValue(indicator, r.value) }));
  const summary = takeaway(indicator, rows, classification, terms);
  const drawing = (idPrefix: string): ChoroplethOptions => ({
    geometry,
    classification,
    footprints: labels,
    idPrefix,
    title: `${indicator.title} (data version ${version})`,
    description: `Map of England's ${rows.length} ${terms.areaLong}s of ${terms.when}. ${summary}`,
  });
  const hexDescription = `Equal-area map: each of the ${rows.length} ${terms.areaLong}s is one hexagon of the same size, placed roughly where it is, so small urban areas show as clearly as large rural ones. ${summary}`;
  const model: MapModel = {
    version,
    indicator,
    rows,
    classification,
    geometry,
    takeaway: summary,
    sources,
    labels,
    sourceLine: sourceLine(sourcePublishers(sources), version),
    drawing,
    svg: (idPrefix) => renderChoropleth(drawing(idPrefix)),
    hex: dataset.hex,
    hexDescription,
    hexSvg: (idPrefix) =>
      dataset.hex
        ? renderHex({
            hex: dataset.hex,
            classification,
            footprints: labels,
            idPrefix,
            title: `${indicator.title}, as an equal-area hex map (data version ${version})`,
            description: hexDescription,
          })
        : null,
  };
  cache.set(key, model);
  return model;
}
