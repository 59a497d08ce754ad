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
  entries: {
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
  };
  /** The same places in the areas of today, where that version is known. */
  today?: {
    version: string;
    answers: string;
    /** [slug, name] of each area of that version. */
    areas: [string, string][];
    /** Parts per entry in those areas, encoded as `entries.p` (never ""). */
    p: string[];
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

