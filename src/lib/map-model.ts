/**
 * Everything a national map needs, computed once per version and indicator and shared by the map
 * page, the embed page and the downloads: values, classes, the SVG, the takeaway and the source line.
 */
import type { Source } from '../../content/data/schema.ts';
import { classify, type Classification } from './classify.ts';
import type { Dataset } from './dataset.ts';
import { formatValue, getIndicator, indicatorRows, type Indicator, type IndicatorRow } from './indicators.ts';
import { loadDataset } from './load-dataset.ts';
import { englishList } from './english-list.ts';
import { mapGeometry, type MapGeometry } from './map-geometry.ts';
import { renderChoropleth } from './render-map.ts';

export interface MapModel {
  version: string;
  indicator: Indicator;
  rows: IndicatorRow[];
  classification: Classification;
  geometry: MapGeometry;
  /** Codes of upper-tier councils split between footprints. */
  splitCouncils: string[];
  takeaway: string;
  /** Distinct sources behind the values, most used first. */
  sources: { source: Source; count: number }[];
  /** Inline SVG, with links to footprint pages. */
  svg(idPrefix: string): string;
}

export function londonCodes(dataset: Dataset): Set<string> {
  return new Set(dataset.footprints.filter((f) => f.region === 'London').map((f) => f.code));
}

export function splitCouncilCodes(dataset: Dataset): string[] {
  return dataset.councils.filter((c) => c.tier === 'upper' && c.memberships.length > 1).map((c) => c.code);
}

/** One sentence a reader takes away, written from the values (never typed in by hand). */
export function takeaway(indicator: Indicator, rows: IndicatorRow[], classification: Classification): string {
  const total = rows.length;
  const unknown = rows.filter((r) => r.value === null).length;
  const unknownText = unknown ? ` ${unknown === total ? 'All' : unknown} ${unknown === 1 ? 'is' : 'are'} not known.` : '';
  if (indicator.kind === 'categorical') {
    const counted = classification.classes.filter((c) => !c.notKnown && c.count > 0).sort((a, b) => b.count - a.count);
    if (!counted.length) return `No values are known for this map yet.${unknownText}`;
    const parts = counted.map((c) => `${c.label} ${c.count}`);
    const known = total - unknown;
    const top = counted.filter((c) => c.count === counted[0]!.count);
    const lead = top.length > 1 ? `${englishList(top.map((c) => `“${c.label}”`))} are the most common (${top[0]!.count} each)` : `the most common is “${top[0]!.label}” (${top[0]!.count})`;
    return `Of the ${known} footprint${known === 1 ? '' : 's'} with a known value, ${lead}; in all: ${englishList(parts)}.${unknownText}`;
  }
  const numeric = rows.filter((r): r is IndicatorRow & { value: number } => typeof r.value === 'number').sort((a, b) => a.value - b.value);
  if (!numeric.length) return `No values are known for this map yet.${unknownText}`;
  const lo = numeric[0]!;
  const hi = numeric.at(-1)!;
  const f = (r: IndicatorRow) => formatValue(indicator, r.value);
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const lowest = numeric.filter((r) => r.value === lo.value);
  const highest = numeric.filter((r) => r.value === hi.value);
  const names = (rs: IndicatorRow[]) => (rs.length > 3 ? `${rs.length} footprints` : englishList(rs.map((r) => r.name)));
  return `Values run from ${f(lo)}${unit} (${names(lowest)}) to ${f(hi)}${unit} (${names(highest)}).${unknownText}`;
}

const cache = new Map<string, MapModel>();

export function mapModel(indicatorId: string, version: string): MapModel {
  const key = `${version}/${indicatorId}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const dataset = loadDataset(version);
  const indicator = getIndicator(indicatorId);
  const rows = indicatorRows(indicator, dataset);
  const classification = classify(indicator, new Map(rows.map((r) => [r.code, r.value])));
  const geometry = mapGeometry(version, londonCodes(dataset));
  const splitCouncils = splitCouncilCodes(dataset);
  const tally = new Map<string, { source: Source; count: number }>();
  for (const r of rows) {
    if (!r.source) continue;
    const k = r.source.url;
    tally.set(k, { source: r.source, count: (tally.get(k)?.count ?? 0) + 1 });
  }
  const labels = rows.map((r) => ({ code: r.code, name: r.name, slug: r.slug, valueText: formatValue(indicator, r.value) }));
  const summary = takeaway(indicator, rows, classification);
  const model: MapModel = {
    version,
    indicator,
    rows,
    classification,
    geometry,
    splitCouncils,
    takeaway: summary,
    sources: [...tally.values()].sort((a, b) => b.count - a.count || a.source.title.localeCompare(b.source.title)),
    svg: (idPrefix) =>
      renderChoropleth({
        geometry,
        classification,
        footprints: labels,
        idPrefix,
        title: `${indicator.title} (data version ${version})`,
        description: `Map of England's ${rows.length} STP footprints. ${summary} The table below the map gives every value.`,
        splitCouncils,
      }),
  };
  cache.set(key, model);
  return model;
}


/** The distinct publishers behind a map's values, most used first (for source lines). */
export function sourcePublishers(model: MapModel): string[] {
  return [...new Set(model.sources.map((s) => s.source.publisher))];
}
