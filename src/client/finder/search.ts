/**
 * Type-ahead search for the footprint finder over the index of src/lib/publish/finder-index.ts:
 * places, councils, CCGs, trusts and hospitals → the footprint(s) of a data version. Runs in the
 * browser, in tests and in the benchmark (scripts/bench-finder.ts).
 *
 * Words are looked up in MiniSearch's radix tree (SearchableMap, from the maintained `minisearch`
 * library): exactly, as a prefix for the last word of the query, and for a word of five letters or
 * more also within one edit (Levenshtein distance 1: a letter dropped, added or changed). Every
 * word of the query must match a word of the entry's name or of one of its other names; a word
 * after the first may instead match its district or county ("Royston Barnsley", "St Ives
 * Cornwall"). Words are compared after normalise() (case, accents, punctuation, "St"/"Saint",
 * "on"/"upon"). MiniSearch's own ranked search was tried first: its scoring of every match took
 * up to 6 ms on short common prefixes ("west", "st i"), over the 2 ms budget, so the finder ranks
 * the matches itself, by what a reader expects rather than by word statistics.
 *
 * Ranking, best first: the name (or another name) is the query; it starts with the query; it has
 * all the query's words without a typo; the rest (typos, or words matched in the district or
 * county). Within a tier, by kind (footprint, council, district, city, town, CCG, hospital, trust,
 * village, ward), then in the order of the index (larger places first). A query of one or two
 * letters is answered by a scan, in that order, of the names that start with it.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { decodeParts, KIND_LETTER, KIND_ORDER, unpackColumns, type Columns, type EntryKind, type FinderIndex } from './index-format.ts';
import { normalise } from './normalise.ts';

export { normalise, type EntryKind };

export const MAX_QUERY_LENGTH = 100;

/** One answer of an entry: a footprint (or ICB), with its share of the place where known. */
export interface Part {
  slug: string;
  name: string;
  /** Whole percent of the place's people, where the place is split and the share known. */
  percent: number | null;
  /** ONS code of the council whose part on the footprint page the link should open, or null. */
  anchor: string | null;
  /** For a part reached through a split council: the council's words for it ("the Glossop part of High Peak"). */
  note: string | null;
}

export interface Entry {
  /** Position in the index. */
  i: number;
  name: string;
  kind: EntryKind;
  /** The name as shown, with its county or district where the name is repeated ("Royston, Barnsley"). */
  label: string;
  /** What it is and where ("Town in North Hertfordshire, Hertfordshire"). */
  context: string;
  /** How the parts were found: from the place's own neighbourhoods, through its council, or as a list (a trust's footprints). */
  resolved: 'people' | 'council' | 'list';
  /** The council it is resolved through (when `resolved` is council): its name. */
  via: string | null;
  parts: Part[];
  /** The same in the areas of today, where the index has them. */
  today: Part[] | null;
}

export interface PreparedIndex {
  data: FinderIndex;
  /** The entries, unpacked. */
  cols: Columns;
  /** The answers of today, per entry, where the index has them. */
  todayParts: string[] | null;
  size: number;
  /** Normalised names and other names, per entry. */
  keys: string[][];
  /** Their words. */
  tokens: string[][];
  /** Words of the district and county, per entry. */
  whereTokens: string[][];
  /** Kind order of each entry (lower first). */
  rank: Uint8Array;
  /** Entry positions by kind order, then index order: the scan order for short queries. */
  order: Int32Array;
  /** Word → entries whose names have it (ascending). */
  names: SearchableMap<number[]>;
  /** Word → entries whose district or county name has it. */
  places: SearchableMap<number[]>;
  /** Decoded entries, made on first use. */
  cache: Map<number, Entry>;
  labels: string[];
}

export interface Match {
  entry: Entry;
  /** Without a typo: 8 a name is the query, 7 starts with it, 6 has all its words, 5 other; with a typo, 4, 3, 2 the same for the corrected query; 1 words matched only in where it is. */
  tier: number;
}

const KIND_OF: Record<string, EntryKind> = Object.fromEntries(Object.entries(KIND_LETTER).map(([k, v]) => [v, k as EntryKind]));
const PLACE_WORD: Partial<Record<EntryKind, string>> = { city: 'Major town or city', town: 'Town', village: 'Village or small town', ward: 'Ward (May 2017)' };

const words = (s: string) => (s ? s.split(' ') : []);

export function prepareIndex(data: FinderIndex): PreparedIndex {
  const cols = unpackColumns(data.entries);
  const { n, k, d, a } = cols;
  const size = n.length;
  const aliases = new Map(a.map(([i, s]) => [i, s.split('|')]));
  const keys: string[][] = [];
  const tokens: string[][] = [];
  const whereTokens: string[][] = [];
  const rank = new Uint8Array(size);
  const kindRank = new Map(KIND_ORDER.map((kind, r) => [KIND_LETTER[kind], r]));
  const districtWords = data.districts.map(([, name, parent]) => [...new Set(words(normalise(parent >= 0 ? `${name} ${data.districts[parent]![1]}` : name)))]);
  // Postings are gathered in plain maps, then put in the radix trees once per word.
  const nameWords = new Map<string, number[]>();
  const placeWords = new Map<string, number[]>();
  const post = (map: Map<string, number[]>, word: string, i: number) => {
    const list = map.get(word);
    if (!list) map.set(word, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < size; i++) {
    const own = [...new Set([n[i]!, ...(aliases.get(i) ?? [])].map(normalise).filter(Boolean))];
    keys.push(own);
    const t = [...new Set(own.flatMap(words))];
    tokens.push(t);
    for (const w of t) post(nameWords, w, i);
    // Where it is: its district and county, or for a hospital, trust or CCG the words of its context.
    const wt = d[i]! >= 0 ? districtWords[d[i]!]! : [...new Set(words(normalise(cols.c[i] ?? '')))];
    whereTokens.push(wt);
    for (const w of wt) post(placeWords, w, i);
    rank[i] = kindRank.get(k[i]!) ?? 9;
  }
  const order = Int32Array.from({ length: size }, (_, i) => i).sort((x, y) => rank[x]! - rank[y]! || x - y);
  const names = SearchableMap.from(nameWords);
  const places = SearchableMap.from(placeWords);
  const todayParts = data.today ? data.today.p.split('|') : null;
  return { data, cols, todayParts, size, keys, tokens, whereTokens, rank, order, names, places, cache: new Map(), labels: labelsOf(data, cols, keys) };
}

/** Names repeated among places get their county (or, failing that, their district) after a comma. */
function labelsOf(data: FinderIndex, cols: Columns, keys: string[][]): string[] {
  const { n, k, d } = cols;
  const isPlace = (i: number) => 'ctvwh'.includes(k[i]!);
  const county = (i: number) => {
    const dist = data.districts[d[i]!];
    if (!dist) return '';
    return dist[2] >= 0 ? data.districts[dist[2]]![1] : dist[1];
  };
  const byName = new Map<string, number[]>();
  n.forEach((_, i) => {
    if (!isPlace(i) || d[i]! < 0) return;
    const key = keys[i]![0] ?? '';
    byName.set(key, [...(byName.get(key) ?? []), i]);
  });
  const labels = [...n];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const counties = group.map(county);
    for (const [j, i] of group.entries()) {
      const c = counties[j]!;
      const clash = counties.filter((x) => x === c).length > 1;
      const district = data.districts[d[i]!]![1];
      const qualifier = clash && district !== c ? district : c;
      if (qualifier && normalise(qualifier) !== keys[i]![0]) labels[i] = `${n[i]}, ${qualifier}`;
    }
  }
  return labels;
}

function partsOf(data: FinderIndex, text: string, areas: (i: number) => [string, string]): Part[] {
  return decodeParts(text).map((p) => {
    const [slug, name] = areas(p.area);
    return { slug, name, percent: p.percent, anchor: p.anchor >= 0 ? data.districts[p.anchor]![0] : null, note: null };
  });
}

/** The entry at position i, decoded (and kept). */
export function entryAt(index: PreparedIndex, i: number): Entry {
  const cached = index.cache.get(i);
  if (cached) return cached;
  const { data } = index;
  const { n, k, d, p, c } = index.cols;
  const kind = KIND_OF[k[i]!]!;
  const district = data.districts[d[i]!];
  const ownArea = (a: number): [string, string] => [data.areas[a]!, data.footprints[data.areas[a]!]!];
  let parts: Part[];
  let resolved: Entry['resolved'];
  let via: string | null = null;
  if (p[i]) {
    parts = partsOf(data, p[i]!, ownArea);
    resolved = parts.length > 1 && parts.some((x) => x.percent === null) ? 'list' : 'people';
  } else {
    const council = data.councils[district![0]]!;
    via = council.n;
    resolved = 'council';
    const split = council.p.length > 1;
    parts = council.p.map(([slug, note]) => ({ slug, name: data.footprints[slug]!, percent: null, anchor: split ? district![0] : null, note }));
  }
  let context = c[i] || '';
  if (!context && district) {
    const county = district[2] >= 0 ? data.districts[district[2]]![1] : null;
    context = `${PLACE_WORD[kind] ?? 'Place'} in ${district[1]}${county ? `, ${county}` : ''}`;
  }
  const todayText = index.todayParts?.[i];
  const today = data.today && todayText ? partsOf(data, todayText, (a) => data.today!.areas[a]!) : null;
  const entry: Entry = { i, name: n[i]!, kind, label: index.labels[i]!, context, resolved, via, parts, today };
  index.cache.set(i, entry);
  return entry;
}

/** How well entry i's own names match the query: 4 one is the query, 3 one starts with it, 2 every word is a word of them (the last a prefix), else 0. */
function tierOf(index: PreparedIndex, i: number, q: string, qt: string[]): number {
  let best = 0;
  for (const key of index.keys[i]!) {
    if (key === q) return 4;
    if (key.startsWith(q)) best = 3;
  }
  if (best) return best;
  const kt = index.tokens[i]!;
  const last = qt.length - 1;
  return qt.every((w, j) => (j === last ? kt.some((t) => t.startsWith(w)) : kt.includes(w))) ? 2 : 0;
}

/** How an entry matched one word of the query: exactly (or as a prefix), or loosely (a typo, or its district or county). */
interface WordMatch {
  exact: boolean;
  /** For a typo: the word of the name it stands for. */
  meant?: string;
}

/** Entries matching one word of the query, and how. */
function matchWord(index: PreparedIndex, word: string, last: boolean, first: boolean): Map<number, WordMatch> {
  const out = new Map<number, WordMatch>();
  const EXACT: WordMatch = { exact: true };
  const worth = (m: WordMatch) => (m.exact ? 3 : m.meant ? 2 : 1);
  const mark = (ids: number[] | undefined, how: WordMatch) => {
    if (!ids) return;
    for (const i of ids) {
      const had = out.get(i);
      if (!had || worth(how) > worth(had)) out.set(i, how);
    }
  };
  if (last) for (const [, ids] of index.names.atPrefix(word)) mark(ids, EXACT);
  else mark(index.names.get(word), EXACT);
  if (word.length >= 5) for (const [meant, [ids]] of index.names.fuzzyGet(word, 1)) mark(ids, { exact: false, meant });
  if (!first) {
    const LOOSE: WordMatch = { exact: false };
    if (last) for (const [, ids] of index.places.atPrefix(word)) mark(ids, LOOSE);
    else mark(index.places.get(word), LOOSE);
  }
  return out;
}

/** Does a word of entry i (or, when `where`, of where it is) start with `prefix`? */
function startsAWord(index: PreparedIndex, i: number, prefix: string, where: boolean): WordMatch | null {
  if (index.tokens[i]!.some((t) => t.startsWith(prefix))) return { exact: true };
  return where && index.whereTokens[i]!.some((t) => t.startsWith(prefix)) ? { exact: false } : null;
}

/**
 * Final order of a match: without a typo, 7 one of its names is the query, 6 starts with it, 5 has
 * every word; with typos, 4, 3, 2 the same for the query as corrected; 1 the rest (words found
 * only in where it is).
 */
function tierWith(index: PreparedIndex, i: number, q: string, qt: string[], matches: WordMatch[]): number {
  if (matches.every((m) => m.exact)) return 4 + Math.max(1, tierOf(index, i, q, qt));
  if (matches.every((m) => m.exact || m.meant)) {
    const corrected = qt.map((w, j) => matches[j]?.meant ?? w);
    const t = tierOf(index, i, corrected.join(' '), corrected);
    if (t) return t;
  }
  return 1;
}

export function search(index: PreparedIndex, query: string, limit = 8): Match[] {
  const q = normalise(query.slice(0, MAX_QUERY_LENGTH));
  if (!q || limit <= 0) return [];
  const qt = q.split(' ');
  const last = qt.length - 1;
  const tiers = new Map<number, number>();

  if (qt.length === 1 && q.length <= 2) {
    // One or two letters: the names that are them, then those that start with them, in kind and size order.
    for (const i of index.names.get(q) ?? []) if (tierOf(index, i, q, qt) === 4) tiers.set(i, 8);
    for (const i of index.order) {
      if (tiers.size >= limit) break;
      const t = tierOf(index, i, q, qt);
      if (t >= 3) tiers.set(i, 4 + t);
    }
  } else {
    // Words before a short last word are looked up; the short last word then filters them.
    const shortLast = qt.length > 1 && qt[last]!.length <= 2;
    const looked = qt.slice(0, shortLast ? last : qt.length);
    const sets = looked.map((w, j) => matchWord(index, w, j === last, j === 0));
    let smallest = 0;
    sets.forEach((set, j) => {
      if (set.size < sets[smallest]!.size) smallest = j;
    });
    candidates: for (const i of sets[smallest]!.keys()) {
      const matches: WordMatch[] = [];
      for (const set of sets) {
        const m = set.get(i);
        if (!m) continue candidates;
        matches.push(m);
      }
      if (shortLast) {
        const m = startsAWord(index, i, qt[last]!, true);
        if (!m) continue;
        matches.push(m);
      }
      tiers.set(i, tierWith(index, i, q, qt, matches));
    }
  }

  return [...tiers]
    .sort((x, y) => y[1] - x[1] || index.rank[x[0]]! - index.rank[y[0]]! || x[0] - y[0])
    .slice(0, limit)
    .map(([i, tier]) => ({ entry: entryAt(index, i), tier }));
}
