/**
 * The format of the finder's index (/data/<version>/finder.json), shared by the builder
 * (src/lib/publish/finder-index.ts) and the browser (search.ts). Pure: no file system, no DOM.
 */
import type { AreaTables } from './resolve-location.ts';

export type EntryKind = 'footprint' | 'council' | 'district' | 'ccg' | 'trust' | 'hospital' | 'city' | 'town' | 'village' | 'ward';

export interface FinderIndex extends AreaTables {
  version: string;
  /** The attribution the ONS lookups ask for, and where the places come from. */
  source: string;
  /** What the answers are, for every result: "2017 footprint". */
  answers: string;
  /** Footprint slugs; parts refer to them by position. */
  areas: string[];
  /** Councils of the version (upper and lower tier): [code, name, index of its county or -1]. */
  districts: [string, string, number][];
  /** The entries, column by column, each column one string (see packColumns). */
  entries: PackedColumns;
  /** The same places in the areas of today, where that version is known. */
  today?: {
    version: string;
    answers: string;
    /** [slug, name] of each area of that version. */
    areas: [string, string][];
    /** Parts per entry in those areas, encoded as the entries' parts, joined by "|". */
    p: string;
  };
}

export const KIND_LETTER: Record<EntryKind, string> = {
  footprint: 'f',
  council: 'u',
  district: 'l',
  ccg: 'g',
  trust: 'r',
  hospital: 'h',
  city: 'c',
  town: 't',
  village: 'v',
  ward: 'w',
};

/** Search order within a tier of match quality: the kind first, then the place's size. */
export const KIND_ORDER: EntryKind[] = ['footprint', 'council', 'district', 'city', 'town', 'ccg', 'hospital', 'trust', 'village', 'ward'];

/**
 * Parts as a short string: "3" (all in area 3), "3~89@120,7~11@120" (89% in area 3, 11% in area 7,
 * both in council 120 of the districts table, whose part the link should open), "3,7" (one of
 * areas 3 and 7, shares not known: a trust serving several footprints).
 */
export function encodeParts(parts: { area: number; percent?: number; anchor?: number }[]): string {
  return parts.map((p) => `${p.area}${p.percent !== undefined && parts.length > 1 ? `~${p.percent}` : ''}${p.anchor !== undefined && p.anchor >= 0 ? `@${p.anchor}` : ''}`).join(',');
}

export interface DecodedPart {
  area: number;
  /** Whole percent, where known and the place is split. */
  percent: number | null;
  /** Districts-table index of the council part to open, or -1. */
  anchor: number;
}

export function decodeParts(text: string): DecodedPart[] {
  if (!text) return [];
  return text.split(',').map((t) => {
    const m = /^(\d+)(?:~(\d+))?(?:@(\d+))?$/.exec(t);
    if (!m) throw new Error(`bad parts "${text}"`);
    return { area: Number(m[1]), percent: m[2] === undefined ? null : Number(m[2]), anchor: m[3] === undefined ? -1 : Number(m[3]) };
  });
}


/** The entries of the index, one array per field. */
export interface Columns {
  /** Names. */
  n: string[];
  /** One kind letter per entry (see KIND_LETTER). */
  k: string;
  /** Index in `districts` of the council it lies in (or is), -1 for none. */
  d: number[];
  /** Parts (see encodeParts); "" = resolve through council d. */
  p: string[];
  /** Context for kinds that have their own ("Clinical commissioning group (01Y)"), else "". */
  c: string[];
  /** Other names searched: [entry index, "alias|alias"]. */
  a: [number, string][];
}

/**
 * As stored: names joined by newlines, parts and contexts by "|", each district number as two
 * base-36 digits ("--" for none). Smaller than arrays of strings and numbers (the offline copy
 * saves the file as it is), and as quick to read.
 */
export interface PackedColumns {
  n: string;
  k: string;
  d: string;
  p: string;
  c: string;
  a: [number, string][];
}

function join(values: string[], sep: string, what: string): string {
  for (const v of values) if (v.includes(sep)) throw new Error(`finder index: a ${what} may not contain ${JSON.stringify(sep)}: ${v}`);
  return values.join(sep);
}

export function packColumns(c: Columns): PackedColumns {
  return {
    n: join(c.n, '\n', 'name'),
    k: c.k,
    d: c.d.map((x) => (x < 0 ? '--' : x.toString(36).padStart(2, '0'))).join(''),
    p: join(c.p, '|', 'part'),
    c: join(c.c, '|', 'context'),
    a: c.a,
  };
}

export function unpackColumns(p: PackedColumns): Columns {
  const d: number[] = [];
  for (let i = 0; i < p.d.length; i += 2) {
    const two = p.d.slice(i, i + 2);
    d.push(two === '--' ? -1 : parseInt(two, 36));
  }
  return { n: p.n ? p.n.split('\n') : [], k: p.k, d, p: p.p.split('|'), c: p.c.split('|'), a: p.a };
}
