/**
 * Reads a data version from content/data/<version>/ and validates it (parse-version.ts). Cached,
 * so a build reads and checks each version once however many pages use it. The only module of
 * src/lib/data that touches the file system.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parseDataset } from './parse-version.ts';
import type { Dataset, RawVersion } from './types.ts';

export const DATA_DIR = join(process.cwd(), 'content', 'data');
/** The version the site shows by default (the newest published one). */
export const CURRENT_VERSION = '2017-04';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

export function readRawVersion(version: string, dataDir = DATA_DIR): RawVersion {
  const dir = join(dataDir, version);
  const places = csvParse(readFileSync(join(dataDir, 'lookups', 'places.csv'), 'utf8'));
  return {
    'version.json': readJson(join(dir, 'version.json')),
    'footprints.json': readJson(join(dir, 'footprints.json')),
    'councils.json': readJson(join(dir, 'councils.json')),
    'ccgs.json': readJson(join(dir, 'ccgs.json')),
    'trusts.json': readJson(join(dir, 'trusts.json')),
    'census-2011.json': readJson(join(dir, 'census-2011.json')),
    'places.csv': places.map((row) => ({ ...row })),
  };
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

/** Every version folder under content/data (those with a version.json). */
export function listVersions(dataDir = DATA_DIR): string[] {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{4}-\d{2}$/.test(d.name))
    .map((d) => d.name)
    .sort();
}
