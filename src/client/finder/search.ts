/**
 * Type-ahead search for the footprint finder: councils, districts, towns, CCGs and trusts → STP
 * footprint(s). Pure and dependency-free: it runs at build time (tests, bench) and in the browser.
 *
 * Matching: every query token must match a token of the entry's name or of one alias, in any
 * order. The last query token may be a prefix. A query token of 5+ letters may also match an
 * entry token of 5+ letters with one typo (Damerau–Levenshtein distance 1: substitution,
 * insertion, deletion or adjacent transposition; as a prefix for the last token).
 *
 * Ranking, best first (`Match.score`): 6 the whole name (or an alias, or the name without
 * "NHS … CCG"/"… NHS Trust") equals the query; 5 it starts with the query; 4 every token matched
 * exactly/as a prefix, in order; 3 in any order; a typo was needed: 2 with the words in order
 * from the first word, 1 otherwise. Ties: type priority (footprint, council, district, place,
 * ccg, trust), then shorter name, then alphabetical. Identical (name, type, context) rows are
 * returned once.
 */

export type EntryType = 'footprint' | 'council' | 'district' | 'ccg' | 'trust' | 'place';

export interface FinderEntry {
  /** Display name, e.g. "St Albans", "NHS Tameside and Glossop CCG". */
  n: string;
  t: EntryType;
  /** Context shown under the name, e.g. "Town in High Peak". */
  k?: string;
  /** Aliases, also searched (e.g. "Tameside and Glossop", ODS code "01Y"). */
  a?: string[];
  /** Parts: [footprint slug, note or null]; more than one part = a split place. */
  p: [string, string | null][];
}

/** One searchable token list: tokens plus their word positions (alternates share a position). */
export interface TokenKey {
  t: string[];
  p: number[];
}

/** An entry with everything the per-keystroke loop needs, computed once. */
export interface IndexRow {
  e: FinderEntry;
  /** Bit set of the characters in all its tokens: a cheap prefilter. */
  m: number;
  /** Whole normalised strings for the exact / starts-with tiers. */
  s: string[];
  /** Token lists: the name, then each alias. */
  k: TokenKey[];
  /** Dedupe key: name, type and context. */
  d: string;
}

export interface PreparedIndex {
  entries: FinderEntry[];
  /** Rows in tie-break order (type priority, shorter name, alphabetical). */
  rows: IndexRow[];
}

export interface Match {
  entry: FinderEntry;
  /** 6 exact, 5 starts with, 4 words in order, 3 any order, 2 typo (words in order from the
   * first), 1 other typo. */
  score: number;
}

export const MAX_QUERY_LENGTH = 100;

export const TYPE_PRIORITY: Record<EntryType, number> = {
  footprint: 0,
  council: 1,
  district: 2,
  place: 3,
  ccg: 4,
  trust: 5,
};

/** Entry tokens that also answer to another spelling (the query side is already normalised). */
const ALTERNATES: Record<string, string> = { st: 'saint', upon: 'on', on: 'upon' };

/** Org wrappers dropped for the "core" whole-name key: "nhs x ccg" → "x". */
const CORE = /^nhs | (ccg|nhs trust|nhs foundation trust|foundation trust)$/g;

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['‘’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => (w === 'saint' ? 'st' : w))
    .join(' ');
}

export function tokens(text: string): string[] {
  const s = normalise(text);
  return s ? s.split(' ') : [];
}

function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    m |= 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + (c % 5) : 31);
  }
  return m;
}

export function prepareIndex(entries: FinderEntry[]): PreparedIndex {
  const rows = entries.map((e): IndexRow => {
    const s: string[] = [];
    const k: TokenKey[] = [];
    let m = 0;
    for (const text of [e.n, ...(e.a ?? [])]) {
      const norm = normalise(text);
      if (!norm) continue;
      const core = norm.replace(CORE, '');
      s.push(norm);
      if (core && core !== norm) s.push(core);
      const key: TokenKey = { t: [], p: [] };
      norm.split(' ').forEach((w, i) => {
        const alt = ALTERNATES[w];
        for (const v of alt ? [w, alt] : [w]) {
          key.t.push(v);
          key.p.push(i);
          m |= charMask(v);
        }
      });
      k.push(key);
    }
    return { e, m, s, k, d: `${e.n}\u0000${e.t}\u0000${e.k ?? ''}` };
  });
  rows.sort(
    (x, y) =>
      TYPE_PRIORITY[x.e.t] - TYPE_PRIORITY[y.e.t] ||
      x.e.n.length - y.e.n.length ||
      x.e.n.localeCompare(y.e.n, 'en'),
  );
  return { entries, rows };
}

/** Is `a` within one edit (OSA) of `b.slice(0, n)`? Allocation-free. */
function near(a: string, b: string, n: number): boolean {
  const m = a.length;
  if (n > b.length || n < 0 || m - n > 1 || n - m > 1) return false;
  let i = 0;
  while (i < m && i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === m && i === n) return true;
  if (m === n) {
    return (
      same(a, i + 1, b, i + 1, n) ||
      (i + 1 < m && a[i] === b[i + 1] && a[i + 1] === b[i] && same(a, i + 2, b, i + 2, n))
    );
  }
  return m > n ? same(a, i + 1, b, i, n) : same(a, i, b, i + 1, n);
}

/** a.slice(i) === b.slice(j, n), lengths already known to agree. */
function same(a: string, i: number, b: string, j: number, n: number): boolean {
  while (j < n) if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  return true;
}

/** 2 exact (or prefix, for the last token), 1 one typo, 0 no match. */
function matchToken(q: string, t: string, last: boolean, fuzzy: boolean): number {
  if (last ? t.startsWith(q) : q === t) return 2;
  if (!fuzzy || t.length < 5) return 0;
  const l = q.length;
  if (!last) return near(q, t, t.length) ? 1 : 0;
  return near(q, t, l) || near(q, t, l - 1) || near(q, t, l + 1) ? 1 : 0;
}

/**
 * Score one token list: 4 all words exact/prefix in order, 3 in any order; with a typo, 2 if the
 * words still run in order from the first word ("Manchster" → Manchester), else 1; 0 no match.
 * Greedy earliest positions decide "in order" (optimal for a subsequence test).
 */
function scoreKey(key: TokenKey, qt: string[], fuzzy: boolean[]): number {
  let typo = false;
  let prevExact = -1; // last position of the exact chain, or -2 once broken
  let prevAny = -1; // same for the chain that may use typos
  for (let j = 0; j < qt.length; j++) {
    const q = qt[j] as string;
    const last = j === qt.length - 1;
    let best = 0;
    let nextExact = -1;
    let nextAny = -1;
    for (let i = 0; i < key.t.length; i++) {
      const r = matchToken(q, key.t[i] as string, last, fuzzy[j] as boolean);
      if (!r) continue;
      const pos = key.p[i] as number;
      if (r > best) best = r;
      if (r === 2 && nextExact < 0 && prevExact > -2 && pos > prevExact) nextExact = pos;
      if (nextAny < 0 && prevAny > -2 && pos > prevAny) nextAny = pos;
    }
    if (!best) return 0;
    if (best === 1) typo = true;
    prevExact = nextExact < 0 ? -2 : nextExact;
    prevAny = nextAny < 0 || (j === 0 && nextAny > 0) ? -2 : nextAny;
  }
  if (typo) return prevAny > -2 ? 2 : 1;
  return prevExact > -2 ? 4 : 3;
}

export function search(index: PreparedIndex, query: string, limit = 8): Match[] {
  const q = normalise(query.slice(0, MAX_QUERY_LENGTH));
  if (!q || limit <= 0) return [];
  const qt = q.split(' ');
  const fuzzy = qt.map((w) => w.length >= 5);
  const masks = qt.map(charMask);
  const buckets: IndexRow[][] = [[], [], [], [], [], [], []];

  rows: for (const row of index.rows) {
    for (let j = 0; j < qt.length; j++) {
      const missing = (masks[j] as number) & ~row.m;
      // Exact tokens need every letter present; a typo can bring in at most one new letter.
      if (missing && (!fuzzy[j] || missing & (missing - 1))) continue rows;
    }
    let score = 0;
    for (const s of row.s) {
      if (s === q) score = 6;
      else if (score < 5 && s.startsWith(q)) score = 5;
    }
    for (let i = 0; score < 4 && i < row.k.length; i++) {
      score = Math.max(score, scoreKey(row.k[i] as TokenKey, qt, fuzzy));
    }
    if (score) (buckets[score] as IndexRow[]).push(row);
  }

  const out: Match[] = [];
  const seen = new Set<string>();
  for (let score = 6; score > 0; score--) {
    for (const row of buckets[score] as IndexRow[]) {
      if (seen.has(row.d)) continue;
      seen.add(row.d);
      out.push({ entry: row.e, score });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
