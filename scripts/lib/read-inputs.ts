/**
 * File reading for the data scripts: the public inputs in ../shared/data/ (a missing one stops the
 * script with a message naming the file and its ONS source), the versions' hand-edited inputs in
 * content/data/<version>/, and the derived files written by derive-areas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Table } from './assignment.ts';
import { parseCsv } from './csv.ts';
import type { DeriveConfig, TableRef } from './derive-config.ts';
import { buildOrder, parseDeriveConfig } from './derive-config.ts';
import { InputError, MissingInputError } from './errors.ts';
import type { SharedFile } from './shared-files.ts';
import { BOUNDARIES, BOUNDARIES_DIR, describeSharedFile, ONS_LOOKUPS, POPULATION } from './shared-files.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DATA_DIR = join(ROOT, 'content', 'data');

/** ../shared/data, or the folder named by STP_SHARED_DATA (tests use this to point elsewhere). */
export function sharedDir(): string {
  return process.env.STP_SHARED_DATA ? resolve(process.env.STP_SHARED_DATA) : resolve(ROOT, '..', 'shared', 'data');
}

/** How a path below the shared folder is shown in messages. */
export function sharedLabel(path: string): string {
  return `../shared/data/${path}`;
}

/** The registry entry for a shared file, by its path below ../shared/data. */
export function sharedFile(path: string): SharedFile {
  if (path === POPULATION.path) return POPULATION;
  const name = path.replace(/^ons-lookups\//, '');
  const f = ONS_LOOKUPS[name];
  if (!f || f.path !== path) {
    throw new InputError([{ file: 'derive.json', field: 'shared', message: `"${path}" is not a known input (known: ${Object.values(ONS_LOOKUPS).map((x) => x.path).join(', ')}, ${POPULATION.path})` }]);
  }
  return f;
}

/** Stops with a clear message when a shared input is missing. */
export function requireShared(paths: string[]): void {
  for (const path of paths) {
    const full = join(sharedDir(), path);
    if (!existsSync(full)) {
      const desc = path === BOUNDARIES_DIR ? `the folder of ${BOUNDARIES.title} (${BOUNDARIES.publisher}; copy used: ${BOUNDARIES.via})` : describeSharedFile(sharedFile(path));
      throw new MissingInputError(`${sharedLabel(path)} (looked in ${full})`, desc);
    }
  }
}

export function readSharedTable(path: string): Table {
  requireShared([path]);
  const { columns, rows } = parseCsv(readFileSync(join(sharedDir(), path), 'utf8'));
  return { file: sharedLabel(path), columns, rows };
}

/** A path relative to the repository, for messages. */
export const repoLabel = (full: string): string => relative(ROOT, full);

export function versionDir(version: string, dataDir = DATA_DIR): string {
  return join(dataDir, version);
}

export function readLocalTable(version: string, file: string, dataDir = DATA_DIR): Table {
  const full = join(versionDir(version, dataDir), file);
  if (!existsSync(full)) throw new InputError([{ file: repoLabel(join(versionDir(version, dataDir), 'derive.json')), message: `names ${file}, which is not in ${repoLabel(versionDir(version, dataDir))}/` }]);
  const { columns, rows } = parseCsv(readFileSync(full, 'utf8'));
  return { file: repoLabel(full), columns, rows };
}

export function readTable(version: string, ref: TableRef, dataDir = DATA_DIR): Table {
  return 'shared' in ref ? readSharedTable(ref.shared) : readLocalTable(version, ref.file, dataDir);
}

/** Every version folder with a derive.json, bases first. */
export function readConfigs(dataDir = DATA_DIR): DeriveConfig[] {
  const configs: DeriveConfig[] = [];
  for (const name of readdirSync(dataDir).sort()) {
    const file = join(dataDir, name, 'derive.json');
    if (!existsSync(file)) continue;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new InputError([{ file: repoLabel(file), message: `is not valid JSON: ${(e as Error).message}` }]);
    }
    configs.push(parseDeriveConfig(repoLabel(file), json, name));
  }
  return buildOrder(configs);
}
