/**
 * npm run data:topology
 *
 * Writes content/data/<version>/footprints.topo.json for every version that has a derive.json,
 * from the ONS 2011 LSOA boundaries (../shared/data/lsoa-2011-boundaries/, ONS generalised clipped
 * boundaries as GeoJSON by Martin Chorley, martinjc/UK-GeoJSON) and the version's lsoas.csv and
 * memberships.json (written by `npm run data:areas`, which must run first). Each file holds four
 * GeometryCollections whose ids are ONS codes and whose properties are { name }:
 *   footprints (the version's STP footprints or ICBs), ccgs (CCGs or sub-ICB locations),
 *   districts (every local authority district), councils (upper-tier councils).
 * All layers of all versions are merged from one LSOA topology and simplified once, so they share
 * arcs and never gap or overlap (see scripts/lib/topology.ts). Re-running gives identical bytes.
 * Source: Office for National Statistics licensed under the Open Government Licence v.3.0.
 * Contains OS data © Crown copyright and database right 2016.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './lib/csv.ts';
import { InputError } from './lib/errors.ts';
import { readBoundaries } from './lib/read-boundaries.ts';
import { readConfigs, repoLabel, versionDir } from './lib/read-inputs.ts';
import type { Memberships } from './lib/memberships.ts';
import type { BuildLog, LsoaShape, VersionLayers } from './lib/topology.ts';
import { buildTopologies, DEFAULT_OPTIONS } from './lib/topology.ts';
import { BOUNDARIES } from './lib/shared-files.ts';

/** The size budget for one version's file, all four layers. */
export const MAX_BYTES = 150 * 1024;
export const FILE_NAME = 'footprints.topo.json';

/** A version's layers from its derived lsoas.csv and memberships.json. */
export function readVersionLayers(version: string, dataDir?: string): { lsoas: string[]; layers: VersionLayers } {
  const dir = versionDir(version, dataDir);
  const csvFile = join(dir, 'lsoas.csv');
  const jsonFile = join(dir, 'memberships.json');
  for (const f of [csvFile, jsonFile]) {
    if (!existsSync(f)) throw new InputError([{ file: repoLabel(f), message: 'is missing: run `npm run data:areas` first' }]);
  }
  const rows = parseCsv(readFileSync(csvFile, 'utf8')).rows;
  const m = JSON.parse(readFileSync(jsonFile, 'utf8')) as Memberships;
  const councils = new Map(m.councils.map((c) => [c.code, c]));
  const upper = (district: string) => (district.startsWith('E07') ? councils.get(district)!.parent! : district);
  const names = (items: { code: string; name: string }[]) => new Map(items.map((x) => [x.code, x.name]));
  return {
    lsoas: rows.map((r) => r.lsoa!),
    layers: {
      version,
      layers: {
        footprints: { codes: rows.map((r) => r.area!), names: names(m.areas) },
        ccgs: { codes: rows.map((r) => r.ccg!), names: names(m.ccgs) },
        districts: { codes: rows.map((r) => r.district!), names: names(m.councils.filter((c) => !c.code.startsWith('E10'))) },
        councils: { codes: rows.map((r) => upper(r.district!)), names: names(m.councils.filter((c) => c.tier === 'upper')) },
      },
    },
  };
}

/** Builds every version's TopoJSON text (with a final newline) in memory. */
export function buildAll(options: { dataDir?: string; log?: BuildLog } = {}): Map<string, string> {
  const t0 = performance.now();
  const log: BuildLog = (stage, detail) => options.log?.(stage, `${detail} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const versions = readConfigs(options.dataDir).map((c) => readVersionLayers(c.version, options.dataDir));
  const codes = versions[0]!.lsoas;
  for (const v of versions) {
    if (v.lsoas.join() !== codes.join()) throw new Error(`${v.layers.version}/lsoas.csv lists different LSOAs from ${versions[0]!.layers.version}/lsoas.csv`);
  }
  log('versions', `${versions.map((v) => v.layers.version).join(', ')}: ${codes.length} LSOAs each`);

  const shapes = readBoundaries((done, total, features) => log('boundaries', `read ${done}/${total} files, ${features} LSOAs`));
  const missing = codes.filter((c) => !shapes.has(c));
  if (missing.length) {
    throw new InputError([{ file: '../shared/data/lsoa-2011-boundaries/', message: `${missing.length} LSOAs have no boundary (first: ${missing.slice(0, 5).join(', ')}): a file is missing from the folder of ${BOUNDARIES.title} (copy used: ${BOUNDARIES.via})` }]);
  }
  const lsoas: LsoaShape[] = codes.map((c) => shapes.get(c)!);
  const built = buildTopologies(lsoas, versions.map((v) => v.layers), DEFAULT_OPTIONS, log);
  return new Map([...built.files].map(([v, text]) => [v, text + '\n']));
}

if (import.meta.main) {
  try {
    const t0 = performance.now();
    const files = buildAll({ log: (stage, detail) => console.log(`${stage}: ${detail}`) });
    for (const [version, text] of files) {
      const path = join(versionDir(version), FILE_NAME);
      const bytes = Buffer.byteLength(text);
      if (bytes > MAX_BYTES) throw new Error(`${repoLabel(path)} would be ${bytes} bytes, over the ${MAX_BYTES}-byte budget`);
      writeFileSync(path, text);
      console.log(`wrote ${repoLabel(path)} (${(bytes / 1024).toFixed(1)} KB)`);
    }
    console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`build-topology: ${(e as Error).message}`);
    process.exit(1);
  }
}
