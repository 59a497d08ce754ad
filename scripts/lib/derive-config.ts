/**
 * content/data/<version>/derive.json: how a version's LSOA assignment is made. Either straight from
 * an ONS LSOA lookup (2017-04, 2018-04), or from a base version plus hand-edited, sourced CSV files
 * in the version's folder (2020-04, 2022-07). Pure: validation only; an unknown key is an error.
 */
import { z } from 'zod';
import { InputError } from './errors.ts';

const code = z.string().regex(/^\d{4}-\d{2}$/, 'a version is YYYY-MM');

/** A table: a file below ../shared/data (`shared`) or in the version's folder (`file`). */
const tableRef = <C extends z.ZodRawShape>(columns: C) =>
  z.union([
    z.strictObject({ shared: z.string().min(1), columns: z.strictObject(columns) }),
    z.strictObject({ file: z.string().regex(/^[\w.-]+\.csv$/, 'a CSV file name in the version folder'), columns: z.strictObject(columns) }),
  ]);

const col = z.string().min(1);

export const lsoaLookupConfig = z.strictObject({
  version: code,
  /** What the version is, in a few words (for people reading the file). */
  description: z.string().optional(),
  /** The ONS LSOA → CCG → STP → LAD lookup, and its column names. */
  lsoaLookup: tableRef({ lsoa: col, lsoaName: col, ccg: col, ccgOds: col, ccgName: col, area: col, areaName: col, district: col, districtName: col }),
  /** District → county (for shire districts), and its column names. */
  counties: tableRef({ district: col, county: col, countyName: col }),
});

/** A CSV file in the version's folder. */
const localCsv = z.string().regex(/^[\w.-]+\.csv$/, 'a CSV file name in the version folder');

export const derivedConfig = z.strictObject({
  version: code,
  description: z.string().optional(),
  /** The version whose LSOA assignment this one starts from. */
  base: code,
  /** One row per base CCG: from_ccg → ccg. */
  ccgs: localCsv,
  /** This version's CCGs (or sub-ICB locations): code, ODS code, name, area. */
  ccgLookup: tableRef({ ccg: col, ccgOds: col, ccgName: col, area: col }),
  /** This version's areas (footprints or ICBs) and their names. */
  areaNames: tableRef({ area: col, areaName: col }),
  /** Base districts replaced by new ones; null when none changed. */
  districts: localCsv.nullable(),
  /** LSOAs that moved from one CCG to another; null when none. */
  changes: localCsv.nullable(),
});

export type LsoaLookupConfig = z.infer<typeof lsoaLookupConfig>;
export type DerivedConfig = z.infer<typeof derivedConfig>;
export type DeriveConfig = LsoaLookupConfig | DerivedConfig;
export type TableRef = { shared: string; columns: Record<string, string> } | { file: string; columns: Record<string, string> };

export const isDerived = (c: DeriveConfig): c is DerivedConfig => 'base' in c;

export function parseDeriveConfig(file: string, json: unknown, folderVersion: string): DeriveConfig {
  const schema = json && typeof json === 'object' && 'base' in json ? derivedConfig : lsoaLookupConfig;
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new InputError(result.error.issues.map((i) => ({ file, field: i.path.join('.') || undefined, message: i.message })));
  }
  if (result.data.version !== folderVersion) {
    throw new InputError([{ file, field: 'version', message: `"${result.data.version}" does not match its folder ${folderVersion}` }]);
  }
  return result.data;
}

/** Versions in an order where each base comes before the versions built on it. */
export function buildOrder(configs: DeriveConfig[]): DeriveConfig[] {
  const byVersion = new Map(configs.map((c) => [c.version, c]));
  const out: DeriveConfig[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (c: DeriveConfig, chain: string[]) => {
    if (state.get(c.version) === 'done') return;
    if (state.get(c.version) === 'visiting') throw new Error(`derive.json: versions build on each other in a circle: ${[...chain, c.version].join(' → ')}`);
    state.set(c.version, 'visiting');
    if (isDerived(c)) {
      const base = byVersion.get(c.base);
      if (!base) throw new InputError([{ file: `${c.version}/derive.json`, field: 'base', message: `no version ${c.base} (it has no derive.json)` }]);
      visit(base, [...chain, c.version]);
    }
    state.set(c.version, 'done');
    out.push(c);
  };
  for (const c of [...configs].sort((a, b) => (a.version < b.version ? -1 : 1))) visit(c, []);
  return out;
}
