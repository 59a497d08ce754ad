/**
 * npm run data:areas
 *
 * Derives, for every data version with a content/data/<version>/derive.json, the files
 *   content/data/<version>/lsoas.csv         one row per 2011 LSOA: its CCG (or sub-ICB location),
 *                                            district, area (STP footprint or ICB) and population;
 *   content/data/<version>/memberships.json  areas, CCGs and councils with LSOA counts and
 *                                            populations, and each council's parts by area.
 * Inputs (never copied into the repository; see ../shared/data/README.md):
 *   - the ONS LSOA → CCG → STP → LAD lookups (2017-04, 2018-04) and CCG → STP lookups (2020-04);
 *   - ONS Ward to LAD to County (May 2017) lookup, for each shire district's county;
 *   - ONS MSOA to Built-up Area Sub Division to Built-up Area (2011) lookup, to name the places in
 *     each part of a split council;
 *   - ONS mid-2020 LSOA population estimates;
 *   - for versions built from another (derive.json `base`), the hand-edited, sourced CSV files in
 *     the version's folder (CCG mergers, district changes, LSOAs that moved).
 * Every membership, split and population comes from the LSOAs: a council with LSOAs in more than one
 * area is split, however few. Safe to re-run: the output is byte-identical.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assignment } from './lib/assignment.ts';
import { addSources, deriveVersion, fromLsoaLookup } from './lib/assignment.ts';
import type { DeriveConfig, TableRef } from './lib/derive-config.ts';
import { isDerived } from './lib/derive-config.ts';
import { buildMemberships, formatLsoas, formatMemberships, parsePopulations, populationsFor } from './lib/memberships.ts';
import { placeOfLsoa, placesByMsoa } from './lib/places.ts';
import { readConfigs, readLocalTable, readSharedTable, readTable, repoLabel, requireShared, sharedFile, versionDir } from './lib/read-inputs.ts';
import type { Source } from './lib/shared-files.ts';
import { ONS_LOOKUPS, POPULATION, POPULATION_LABEL } from './lib/shared-files.ts';

const PLACES_FILE = ONS_LOOKUPS['msoa11-buasd11-bua11-lad11.csv']!;

export interface DerivedFiles {
  version: string;
  assignment: Assignment;
  lsoasCsv: string;
  membershipsJson: string;
}

const sourcesOf = (ref: TableRef): Source[] => ('shared' in ref ? [sharedFile(ref.shared).source] : []);

/** Every shared file the configs need, so a missing one is reported before any work. */
function sharedPaths(configs: DeriveConfig[]): string[] {
  const paths = new Set<string>([POPULATION.path, PLACES_FILE.path]);
  for (const c of configs) {
    const refs: TableRef[] = isDerived(c) ? [c.ccgLookup, c.areaNames] : [c.lsoaLookup, c.counties];
    for (const r of refs) if ('shared' in r) paths.add(r.shared);
  }
  return [...paths];
}

function assignmentFor(c: DeriveConfig, built: Map<string, Assignment>, dataDir: string | undefined): Assignment {
  if (!isDerived(c)) {
    return fromLsoaLookup(
      c.version,
      readTable(c.version, c.lsoaLookup, dataDir),
      c.lsoaLookup.columns,
      readTable(c.version, c.counties, dataDir),
      c.counties.columns,
      [...sourcesOf(c.lsoaLookup), ...sourcesOf(c.counties)],
    );
  }
  const base = built.get(c.base)!;
  const areaNames = readTable(c.version, c.areaNames, dataDir);
  const ccgLookup = readTable(c.version, c.ccgLookup, dataDir);
  return deriveVersion(base, {
    version: c.version,
    ccgs: readLocalTable(c.version, c.ccgs, dataDir),
    ccgLookup,
    ccgLookupColumns: c.ccgLookup.columns,
    areaNames,
    areaNameColumns: c.areaNames.columns,
    districts: c.districts ? readLocalTable(c.version, c.districts, dataDir) : undefined,
    changes: c.changes ? readLocalTable(c.version, c.changes, dataDir) : undefined,
    sources: [...sourcesOf(c.ccgLookup), ...sourcesOf(c.areaNames)],
  });
}

/** Derives every version (or those named, with their bases) in memory. */
export function deriveAll(options: { only?: string[]; dataDir?: string; log?: (line: string) => void } = {}): DerivedFiles[] {
  const log = options.log ?? (() => {});
  const t0 = performance.now();
  const since = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const configs = readConfigs(options.dataDir);
  requireShared(sharedPaths(configs));

  const popTable = readSharedTable(POPULATION.path);
  const populations = parsePopulations(popTable.file, popTable.rows);
  const placesTable = readSharedTable(PLACES_FILE.path);
  const placeOf = placeOfLsoa(placesByMsoa(placesTable.file, placesTable.rows));
  log(`inputs: ${populations.size} LSOA populations, places of ${placesTable.rows.length} MSOAs (${since()})`);

  const wanted = options.only?.length ? new Set(options.only) : null;
  const built = new Map<string, Assignment>();
  const out: DerivedFiles[] = [];
  for (const c of configs) {
    const a = assignmentFor(c, built, options.dataDir);
    built.set(c.version, a);
    if (wanted && !wanted.has(c.version)) continue;
    const pops = populationsFor(a, populations, popTable.file);
    const sources = [...a.sources];
    addSources(sources, [PLACES_FILE.source, POPULATION.source]);
    const m = buildMemberships({ ...a, sources }, pops, placeOf, POPULATION.source, POPULATION_LABEL);
    const splits = m.councils.filter((x) => x.parts.length > 1);
    log(
      `${c.version}: ${m.totals.lsoas} LSOAs, ${m.areas.length} areas, ${m.ccgs.length} CCGs, ` +
        `${m.councils.filter((x) => x.tier === 'upper').length} upper-tier councils (${splits.filter((x) => x.tier === 'upper').length} split), ` +
        `${m.councils.filter((x) => x.tier === 'lower').length} shire districts (${splits.filter((x) => x.tier === 'lower').length} split), ` +
        `population ${m.totals.population} (${since()})`,
    );
    out.push({ version: c.version, assignment: a, lsoasCsv: formatLsoas(a, pops), membershipsJson: formatMemberships(m) });
  }
  if (wanted) for (const v of wanted) if (!built.has(v)) throw new Error(`No version ${v}: there is no content/data/${v}/derive.json`);
  return out;
}

if (import.meta.main) {
  try {
    const files = deriveAll({ only: process.argv.slice(2), log: (line) => console.log(line) });
    for (const f of files) {
      for (const [name, text] of [['lsoas.csv', f.lsoasCsv], ['memberships.json', f.membershipsJson]] as const) {
        const path = join(versionDir(f.version), name);
        writeFileSync(path, text);
        console.log(`wrote ${repoLabel(path)} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`);
      }
    }
  } catch (e) {
    console.error(`derive-areas: ${(e as Error).message}`);
    process.exit(1);
  }
}
