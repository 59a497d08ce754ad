/**
 * Reads the ONS 2011 LSOA boundaries (../shared/data/lsoa-2011-boundaries/, one GeoJSON file per
 * 2011 local authority district, WGS 84), one file at a time, reporting progress.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { InputError } from './errors.ts';
import { requireShared, sharedDir, sharedLabel } from './read-inputs.ts';
import { BOUNDARIES_DIR } from './shared-files.ts';
import type { LsoaShape } from './topology.ts';

/** The number of files ONS's England LSOA set comes in (one per 2011 district). */
export const BOUNDARY_FILES = 326;

export function readBoundaries(progress: (done: number, total: number, features: number) => void = () => {}): Map<string, LsoaShape> {
  requireShared([BOUNDARIES_DIR]);
  const dir = join(sharedDir(), BOUNDARIES_DIR);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const out = new Map<string, LsoaShape>();
  files.forEach((name, k) => {
    const label = sharedLabel(`${BOUNDARIES_DIR}/${name}`);
    const fc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { features?: { properties?: Record<string, string>; geometry?: Polygon | MultiPolygon }[] };
    (fc.features ?? []).forEach((f, i) => {
      const code = f.properties?.LSOA11CD;
      const geometry = f.geometry;
      if (!code) throw new InputError([{ file: label, field: `features[${i}].properties.LSOA11CD`, message: 'missing' }]);
      if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
        throw new InputError([{ file: label, field: `features[${i}].geometry`, message: `LSOA ${code} has no polygon` }]);
      }
      if (out.has(code)) throw new InputError([{ file: label, field: `features[${i}]`, message: `LSOA ${code} appears in two files` }]);
      out.set(code, { code, geometry });
    });
    if ((k + 1) % 50 === 0 || k === files.length - 1) progress(k + 1, files.length, out.size);
  });
  return out;
}
