/**
 * The downloadable files of a data version, built from the validated dataset: footprint records as
 * JSON and CSV, and the council/district/CCG lookup. Pure functions, so tests can check them.
 */
import { isKnown } from '../../../content/data/schema.ts';
import { splitsACouncil, upperTierCouncils } from '../data/queries.ts';
import type { Dataset } from '../data/types.ts';
import { INDICATORS } from '../maps/indicators.ts';
import type { MapModel } from '../maps/map-model.ts';
import { attributionText, LICENCES } from './credits.ts';
import { toCsv, type CsvRow } from './csv.ts';

/** footprints.json: the published records (design.md's data contract) plus indicator values. */
export function footprintsJson(dataset: Dataset): string {
  const body = {
    version: dataset.version.version,
    title: dataset.version.title,
    licence: LICENCES.ogl,
    attribution: attributionText(),
    source: dataset.version.source,
    footprints: dataset.footprints.map((f) => ({
      ...f,
      indicators: Object.fromEntries(INDICATORS.map((i) => [i.id, i.valueOf(f, dataset)])),
    })),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

/** footprints.csv: one row per footprint, flat columns, the main facts and the indicator values. */
export function footprintsCsv(dataset: Dataset): string {
  const rows = dataset.footprints.map((f) => {
    const lead = isKnown(f.lead) ? f.lead : null;
    const row: CsvRow = {
      version: dataset.version.version,
      code: f.code,
      name: f.name,
      ons_name: f.onsName,
      slug: f.slug,
      region: f.region,
      lead_name: lead?.name ?? '',
      lead_organisation: lead?.organisation ?? '',
      lead_organisation_type: lead?.organisationType ?? '',
      lead_source: lead?.source.url ?? '',
      progress_rating: f.rating.value ?? '',
      progress_rating_source: isKnown(f.rating) ? f.rating.source.url : '',
      population: f.population.value ?? '',
      population_year: isKnown(f.population) ? f.population.year : '',
      population_source: isKnown(f.population) ? f.population.source.url : '',
      ccgs: f.ccgs.length,
      upper_tier_councils: upperTierCouncils(f).length,
      splits_a_council: splitsACouncil(f) ? 'true' : 'false',
      plan_url: f.plan?.url ?? '',
      page: `/footprints/${f.slug}/`,
    };
    return row;
  });
  return toCsv(rows);
}

/** lookup.csv: one row per council, district and CCG, and the footprint it is in (a split council has a row per part). */
export function lookupCsv(dataset: Dataset): string {
  const name = (code: string) => dataset.byCode.get(code)!.name;
  const councilRows = dataset.councils.flatMap((c) =>
    c.memberships.map((m) => ({
      area_type: c.tier === 'upper' ? 'upper-tier council' : 'lower-tier council',
      area_code: c.code,
      area_name: c.name,
      footprint_code: m.footprint,
      footprint_name: name(m.footprint),
      whole: String(m.whole),
      note: m.note ?? '',
    })),
  );
  const ccgRows = dataset.ccgs.map((c) => ({
    area_type: 'ccg',
    area_code: c.code,
    area_name: c.name,
    footprint_code: c.footprint,
    footprint_name: name(c.footprint),
    whole: 'true',
    note: `ODS code ${c.odsCode}`,
  }));
  return toCsv([...councilRows, ...ccgRows], ['area_type', 'area_code', 'area_name', 'footprint_code', 'footprint_name', 'whole', 'note']);
}

/** maps/<indicator>.csv: one row per footprint, the value behind the map with its source. */
export function mapValuesCsv(model: MapModel): string {
  const rows = model.rows.map((r) => ({
    version: model.version,
    code: r.code,
    name: r.name,
    [model.indicator.id]: r.value ?? '',
    note: r.note ?? '',
    source_title: r.source?.title ?? '',
    source_publisher: r.source?.publisher ?? '',
    source_url: r.source?.url ?? '',
  }));
  return toCsv(rows);
}
