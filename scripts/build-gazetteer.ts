/**
 * npm run data:gazetteer — builds the finder's gazetteer: every built-up area and built-up area
 * sub-division of England, the major towns and cities, the wards of May 2017 and a few sourced
 * extra places, each with the 2011 neighbourhoods (LSOAs) that make it up, or, where ONS gives no
 * neighbourhoods, the 2017 districts it lies in. The footprint shares are not stored: the site
 * computes them for each data version from that version's lsoas.csv (src/lib/publish/finder-index.ts).
 *
 * Reads (never copies) the ONS files in ../shared/data/ (see its README for each file's dataset page):
 *   ons-lookups/lsoa11-ccg17-stp17-lad17.csv   LSOA (2011) → CCG → STP (April 2017) → LAD (2017)
 *   ons-lookups/msoa11-buasd11-bua11-lad11.csv  MSOA (2011) → built-up area sub-division → built-up area, best fit
 *   ons-lookups/bua11-lad11.csv                 built-up area → LAD (2011), every built-up area
 *   ons-lookups/lsoa11-tcity15.csv              LSOA (2011) → major towns and cities (December 2015)
 *   ons-lookups/ward17-lad17-cty17-ced17.csv    ward → LAD → county (May 2017), shire districts
 *   ons-population/lsoa11-population-mid2020.csv  mid-2020 people by LSOA (orders a place's districts)
 * and the sourced table content/data/lookups/places-extra.csv.
 * Writes content/data/gazetteer/{places.csv, districts.csv, sources.json}; byte-identical on re-run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { csvFormatRows, csvParse } from 'd3-dsv';
import { buildGazetteer, encodeLsoas, type ExtraPlaceRow } from './lib/gazetteer.ts';
import { shortForms } from './lib/gazetteer-names.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared', 'data');
const OUT = join(ROOT, 'content', 'data', 'gazetteer');

const INPUTS = {
  lsoas: { path: 'ons-lookups/lsoa11-ccg17-stp17-lad17.csv', title: 'LSOA (2011) to CCGs to STPs (April 2017) Lookup in England', url: 'https://data.gov.uk/dataset/a5ab2d0c-4f42-4ecf-8764-f4924f33d4e9', date: '2017-04' },
  msoaBua: { path: 'ons-lookups/msoa11-buasd11-bua11-lad11.csv', title: 'Middle Layer Super Output Area (2011) to Built-up Area Sub Division to Built-up Area to Local Authority District to Region (December 2011) Lookup in England and Wales (best fit)', url: 'https://data.gov.uk/dataset/b3b13cfd-e487-4f7a-ac4c-b888eac90d77', date: '2011-12' },
  buaLad: { path: 'ons-lookups/bua11-lad11.csv', title: 'Built-up Area to Local Authority District (December 2011) Lookup in England and Wales', url: 'https://data.gov.uk/dataset/cd8c516a-e72c-4679-9362-9461ee1bf6b8', date: '2011-12' },
  townsCities: { path: 'ons-lookups/lsoa11-tcity15.csv', title: 'Lower Layer Super Output Area (2011) to Major Towns and Cities (December 2015) Lookup in England and Wales', url: 'https://data.gov.uk/dataset/4df6a58a-d6bf-499e-9836-20b9c71a52dc', date: '2015-12' },
  wards: { path: 'ons-lookups/ward17-lad17-cty17-ced17.csv', title: 'Ward to Local Authority District to County to County Electoral Division (May 2017) Lookup in England', url: 'https://data.gov.uk/dataset/2251797b-a7fb-428a-974c-150adb84c599', date: '2017-05' },
  population: { path: 'ons-population/lsoa11-population-mid2020.csv', title: 'Lower layer Super Output Area population estimates, mid-2020', url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/datasets/lowersuperoutputareamidyearpopulationestimates', date: '2021-09' },
} as const;

function readShared(path: string): Record<string, string>[] {
  const full = join(SHARED, path);
  if (!existsSync(full)) {
    console.error(`build-gazetteer: missing ${relative(ROOT, full)}.\nIt is an ONS file (Open Government Licence); ../shared/data/README.md says where to get it.`);
    process.exit(1);
  }
  return csvParse(readFileSync(full, 'utf8').replace(/^\uFEFF/, '')).map((r) => ({ ...r }));
}

function readExtra(): { rows: ExtraPlaceRow[]; sources: Record<string, string>[] } {
  const path = join(ROOT, 'content', 'data', 'lookups', 'places-extra.csv');
  const rows = csvParse(readFileSync(path, 'utf8'));
  const out: ExtraPlaceRow[] = [];
  for (const r of rows) {
    for (const f of ['id', 'name', 'district', 'source_title', 'source_url', 'source_publisher', 'source_date']) {
      if (!r[f]) throw new Error(`places-extra.csv: row ${out.length + 1} has no ${f}`);
    }
    if (!/^x-[a-z0-9-]+$/.test(r.id!)) throw new Error(`places-extra.csv: id "${r.id}" must look like x-romford`);
    out.push({ id: r.id!, name: r.name!, district: r.district! });
  }
  return { rows: out, sources: rows.map((r) => ({ ...r })) };
}

const population = new Map<string, number>();
for (const r of readShared(INPUTS.population.path)) if (r.lsoa_code?.startsWith('E')) population.set(r.lsoa_code, Number(r.pop));
const extra = readExtra();

const gazetteer = buildGazetteer({
  lsoas: readShared(INPUTS.lsoas.path) as never,
  population,
  msoaBua: readShared(INPUTS.msoaBua.path) as never,
  buaLad: readShared(INPUTS.buaLad.path) as never,
  townsCities: readShared(INPUTS.townsCities.path) as never,
  wards: readShared(INPUTS.wards.path) as never,
  extra: extra.rows,
});

mkdirSync(OUT, { recursive: true });
const write = (file: string, text: string) => writeFileSync(join(OUT, file), text);

write(
  'places.csv',
  csvFormatRows([
    ['id', 'name', 'kind', 'districts', 'lsoas', 'aliases'],
    ...gazetteer.places.map((p) => [p.id, p.name, p.kind, p.districts.join(' '), encodeLsoas(p.lsoas), p.aliases.join('|')]),
  ]) + '\n',
);
write(
  'districts.csv',
  csvFormatRows([
    ['code', 'name', 'county', 'county_name', 'lsoas', 'aliases'],
    ...gazetteer.districts.map((d) => [d.code, d.name, d.county, d.countyName, encodeLsoas(d.lsoas), shortForms(d.name).join('|')]),
  ]) + '\n',
);
const counts: Record<string, number> = {};
for (const p of gazetteer.places) counts[p.kind] = (counts[p.kind] ?? 0) + 1;
write(
  'sources.json',
  JSON.stringify(
    {
      generatedBy: 'scripts/build-gazetteer.ts (npm run data:gazetteer)',
      about:
        'Places of England for the finder: built-up areas and their sub-divisions (MSOA best fit, joined to LSOAs by name), major towns and cities (LSOA best fit), wards of May 2017 in shire districts and sourced extra places. A place with LSOAs resolves to footprints by the people of those LSOAs; one without (villages too small for an MSOA of their own, wards, extra places) resolves through its 2017 district(s). LSOA codes are written as ranges of their numbers: "11949+2" is E01011949 to E01011951.',
      counts,
      sources: [
        ...Object.values(INPUTS).map((i) => ({
          title: i.title,
          url: i.url,
          publisher: 'Office for National Statistics',
          date: i.date,
          via: i.path.startsWith('ons-population')
            ? 'https://github.com/vis4sds/vis4sds (commit d6559936b39b), files/csv/lsoa_pop.csv'
            : `https://github.com/jtrim-ons/ons-lookups (commit 85d0ba6e476b), a mirror of the ONS Open Geography Portal, file ${i.path.split('/')[1]}`,
        })),
        ...extra.sources.map((r) => ({ title: r.source_title, url: r.source_url, publisher: r.source_publisher, date: r.source_date, note: `for ${r.name} (content/data/lookups/places-extra.csv)` })),
      ],
      licence: 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2016.',
    },
    null,
    2,
  ) + '\n',
);
console.log(`Gazetteer: ${gazetteer.places.length} places (${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}) and ${gazetteer.districts.length} districts → ${relative(ROOT, OUT)}/`);
