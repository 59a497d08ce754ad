/**
 * The downloadable files of a data version, built from the validated dataset: area records as JSON
 * and CSV, and the council/district/CCG lookup with each part's LSOAs and people. Pure functions, so
 * tests can check them.
 */
import { isKnown, type DerivedCouncil } from '../../../content/data/schema.ts';
import { partLabel } from '../data/describe.ts';
import { hasLeads, isSplit, splitsACouncil, upperTierCouncils } from '../data/queries.ts';
import { crosswalk } from '../data/crosswalk.ts';
import { termsOf } from '../data/terms.ts';
import type { Dataset } from '../data/types.ts';
import { englishList } from '../site/english-list.ts';
import { formatValue, indicatorsFor } from '../maps/indicators.ts';
import type { MapModel } from '../maps/map-model.ts';
import { attributionText, LICENCES } from './credits.ts';
import { toCsv, type CsvRow } from './csv.ts';
import { areaPath } from './paths.ts';

/** footprints.json: the published records (design.md's data contract) plus indicator values. */
export function footprintsJson(dataset: Dataset): string {
  const indicators = indicatorsFor(dataset);
  const body = {
    version: dataset.version.version,
    title: dataset.version.title,
    licence: LICENCES.ogl,
    attribution: attributionText(),
    source: dataset.version.source,
    population: dataset.population,
    derivedFrom: dataset.sources,
    footprints: dataset.footprints.map((f) => ({
      ...f,
      indicators: Object.fromEntries(indicators.map((i) => [i.id, i.valueOf(f, dataset)])),
    })),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

/** footprints.csv: one row per area, flat columns, the main facts (leads and ratings where the version has them). */
export function footprintsCsv(dataset: Dataset): string {
  const withLeads = hasLeads(dataset);
  const rating = withLeads ? indicatorsFor(dataset).find((i) => i.id === 'progress-rating') : undefined;
  const lead = indicatorsFor(dataset).find((i) => i.id === 'lead-type');
  const rows = dataset.footprints.map((f): CsvRow => {
    const known = f.lead && isKnown(f.lead) ? f.lead : null;
    return {
      version: dataset.version.version,
      code: f.code,
      name: f.name,
      ons_name: f.onsName,
      slug: f.slug,
      region: f.region,
      region_code: f.regionCode ?? '',
      lsoa_count: f.lsoas,
      population: f.population,
      ccgs: f.ccgs.length,
      upper_tier_councils: upperTierCouncils(f).length,
      splits_a_council: splitsACouncil(f) ? 'true' : 'false',
      ...(withLeads && lead && rating
        ? {
            lead_name: known?.name ?? '',
            lead_organisation: known?.organisation ?? '',
            lead_organisation_type: known ? formatValue(lead, known.organisationType) : '',
            lead_source: known?.source.url ?? '',
            progress_rating: f.rating && isKnown(f.rating) ? formatValue(rating, f.rating.value) : '',
            progress_rating_source: f.rating && isKnown(f.rating) ? f.rating.source.url : '',
            plan_url: f.plan?.url ?? '',
          }
        : {}),
      page: areaPath(dataset.version.version, f.slug),
    };
  });
  return toCsv(rows);
}

/** "The Glossop part of High Peak; the rest is in Derbyshire." */
function partNote(council: string, part: DerivedCouncil['parts'][number], parts: DerivedCouncil['parts'], name: (code: string) => string): string {
  const others = parts.filter((o) => o !== part).map((o) => name(o.area));
  const label = partLabel(council, part, parts);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}; ${others.length === 1 ? 'the rest is' : 'the other parts are'} in ${englishList(others)}`;
}

export const LOOKUP_COLUMNS = ['version', 'area_type', 'area_code', 'area_name', 'parent_code', 'footprint_code', 'footprint_name', 'whole', 'lsoa_count', 'population', 'note'] as const;

/**
 * lookup.csv: one row per council, district and CCG and the area it is in; a split council or
 * district has a row per part, each with the part's LSOAs, people and a note naming the part.
 */
export function lookupCsv(dataset: Dataset): string {
  const version = dataset.version.version;
  const name = (code: string) => dataset.byCode.get(code)!.name;
  const councilRows = dataset.councils.flatMap((c) =>
    c.parts.map(
      (p): CsvRow => ({
        version,
        area_type: c.tier === 'upper' ? 'Upper-tier council' : 'Lower-tier council',
        area_code: c.code,
        area_name: c.name,
        parent_code: c.parent ?? '',
        footprint_code: p.area,
        footprint_name: name(p.area),
        whole: String(!isSplit(c)),
        lsoa_count: p.lsoas,
        population: p.population,
        note: isSplit(c) ? partNote(c.name, p, c.parts, name) : '',
      }),
    ),
  );
  const t = termsOf(dataset.version);
  const ccgType = t.ccg === 'CCG' ? 'CCG' : t.ccg.charAt(0).toUpperCase() + t.ccg.slice(1);
  const ccgRows = dataset.ccgs.map(
    (c): CsvRow => ({
      version,
      area_type: ccgType,
      area_code: c.code,
      area_name: c.name,
      parent_code: '',
      footprint_code: c.area,
      footprint_name: name(c.area),
      whole: 'true',
      lsoa_count: c.lsoas,
      population: c.population,
      note: `ODS code ${c.odsCode}`,
    }),
  );
  return toCsv([...councilRows, ...ccgRows], LOOKUP_COLUMNS);
}

/** maps/<indicator>.csv: one row per area, the value behind the map with its source. */
export function mapValuesCsv(model: MapModel): string {
  const rows = model.rows.map((r) => ({
    version: model.version,
    code: r.code,
    name: r.name,
    // Numbers as numbers; categories as the page and the key name them ("Local authority", not the
    // data's "local authority"), so the file and the map it came with agree.
    [model.indicator.id]: r.value === null ? '' : typeof r.value === 'number' ? r.value : formatValue(model.indicator, r.value),
    note: r.note ?? '',
    source_title: r.source?.title ?? '',
    source_publisher: r.source?.publisher ?? '',
    source_url: r.source?.url ?? '',
  }));
  return toCsv(rows);
}

export const CROSSWALK_COLUMNS = ['from_version', 'from_code', 'from_name', 'to_version', 'to_code', 'to_name', 'lsoa_count', 'population', 'kind'] as const;

/**
 * crosswalk.csv: for each pair of consecutive versions, and for the first version straight to the
 * last, every link between an area of one and an area of the other, with the LSOAs and mid-2020
 * population that went along it and the kind of change (crosswalk.ts).
 */
export function crosswalkCsv(datasets: readonly Dataset[]): string {
  const pairs: [Dataset, Dataset][] = datasets.slice(1).map((d, i) => [datasets[i]!, d]);
  if (datasets.length > 2) pairs.push([datasets[0]!, datasets.at(-1)!]);
  const rows = pairs.flatMap(([a, b]) =>
    crosswalk(a, b).map(
      (l): CsvRow => ({
        from_version: l.from.version,
        from_code: l.from.code,
        from_name: l.from.name,
        to_version: l.to.version,
        to_code: l.to.code,
        to_name: l.to.name,
        lsoa_count: l.lsoas,
        population: l.population,
        kind: l.kind,
      }),
    ),
  );
  return toCsv(rows, CROSSWALK_COLUMNS);
}
