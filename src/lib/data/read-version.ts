/**
 * Reads a data version from content/data/<version>/ and validates it (parse-version.ts). Cached,
 * so a build reads and checks each version once however many pages use it. The only module of
 * src/lib/data that touches the file system. Files must be UTF-8 without a byte-order mark and with
 * Unix line ends (what the data scripts write), so a file saved by another editor fails clearly.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { CURRENT_VERSION } from './current.ts';
import { DataError } from './errors.ts';
import { parseDataset } from './parse-version.ts';
import type { Dataset, RawVersion } from './types.ts';

export const DATA_DIR = join(process.cwd(), 'content', 'data');
export { CURRENT_VERSION } from './current.ts';

/** A file's text, or null when `optional` and absent; fails naming the file if it is not clean UTF-8 text. */
function readText(dir: string, version: string, file: string, optional = false): string | null {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (optional) return null;
    throw new DataError(version, [`${file}: missing from content/data/${version}/`]);
  }
  const text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) throw new DataError(version, [`${file}: starts with a byte-order mark: save it as UTF-8 without one`]);
  if (text.includes('\r')) throw new DataError(version, [`${file}: has Windows line ends (CR LF): save it with Unix line ends (LF)`]);
  if (!text.trim()) throw new DataError(version, [`${file}: is empty`]);
  return text;
}

function parseJson(text: string, version: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(version, [`${file}: not valid JSON (${(error as Error).message}); the file may be truncated`]);
  }
}

export function readRawVersion(version: string, dataDir = DATA_DIR): RawVersion {
  const dir = join(dataDir, version);
  const json = (file: string) => parseJson(readText(dir, version, file)!, version, file);
  const optionalJson = (file: string) => {
    const text = readText(dir, version, file, true);
    return text === null ? null : parseJson(text, version, file);
  };
  const places = readText(dir, version, 'places.csv', true);
  return {
    'version.json': json('version.json'),
    'footprints.json': json('footprints.json'),
    'memberships.json': json('memberships.json'),
    'lsoas.csv': csvParse(readText(dir, version, 'lsoas.csv')!).map((row) => ({ ...row })),
    'footprints.topo.json': json('footprints.topo.json'),
    'trusts.json': optionalJson('trusts.json'),
    'hex.json': optionalJson('hex.json'),
    'places.csv': places === null ? null : csvParse(places).map((row) => ({ ...row })),
  };
}

/** A committed file of a version, as bytes, for downloads served exactly as committed (after the version has loaded and passed its checks). */
export function versionFile(version: string, file: 'footprints.topo.json' | 'lsoas.csv'): Buffer {
  loadDataset(version);
  return readFileSync(join(DATA_DIR, version, file));
}

const cache = new Map<string, Dataset>();

export function loadDataset(version: string = CURRENT_VERSION): Dataset {
  let dataset = cache.get(version);
  if (!dataset) {
    dataset = parseDataset(readRawVersion(version), version);
    cache.set(version, dataset);
  }
  return dataset;
}

/** Every version folder under content/data (those with a version.json), oldest first. */
export function listVersions(dataDir = DATA_DIR): string[] {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{4}-\d{2}$/.test(d.name) && existsSync(join(dataDir, d.name, 'version.json')))
    .map((d) => d.name)
    .sort();
}
