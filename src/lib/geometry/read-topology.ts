/**
 * Reads a version's committed TopoJSON and projects it once per drawing style (cached), so every
 * map, locator and embed of the build reuses the same path strings. The only module of
 * src/lib/geometry that touches the file system.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../data/read-version.ts';
import { buildMapGeometry, NATIONAL, type FootprintTopology, type GeometryOptions, type MapGeometry } from './map-geometry.ts';

export function topologyFile(version: string, dataDir = DATA_DIR): string {
  return join(dataDir, version, 'footprints.topo.json');
}

export function readTopology(version: string, dataDir = DATA_DIR): FootprintTopology {
  return JSON.parse(readFileSync(topologyFile(version, dataDir), 'utf8')) as FootprintTopology;
}

const cache = new Map<string, MapGeometry>();

/** The geometry of a version, computed once per build (per drawing style). */
export function mapGeometry(version: string, london: { footprints: ReadonlySet<string>; councils: ReadonlySet<string> }, options: GeometryOptions = NATIONAL): MapGeometry {
  const key = `${version}/${options.width}/${options.digits}/${options.simplify}`;
  let g = cache.get(key);
  if (!g) {
    g = buildMapGeometry(readTopology(version), london, options);
    cache.set(key, g);
  }
  return g;
}
