/**
 * node scripts/bench-finder.ts [path-to-index.json]
 *
 * Per-keystroke timing of the footprint finder's search. With a JSON file of
 * { "entries": FinderEntry[] } it benchmarks that index; otherwise a synthetic 2,000-entry index
 * built from real-looking English place-name parts. 200 queries are typed one character at a time
 * ("g", "gl", "glo", …) and each keystroke's search is timed with performance.now(). No warm-up:
 * the first, cold keystrokes count too. Exits 1 if the 95th percentile is over 10 ms.
 */
import { readFileSync } from 'node:fs';
import { prepareIndex, search, type EntryType, type FinderEntry } from '../src/client/finder/search.ts';

const BUDGET_P95_MS = 10;
const QUERY_COUNT = 200;

/** Deterministic PRNG (mulberry32), so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(2017);
function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(random() * xs.length)] as T;
}

const STEMS = [
  'Ashby', 'Barnsley', 'Barton', 'Basing', 'Bexhill', 'Bishops', 'Bradford', 'Brampton', 'Bridg',
  'Burton', 'Buxton', 'Chester', 'Chipping', 'Clacton', 'Crewe', 'Darling', 'Derby', 'Dorch',
  'Durham', 'Eastbourne', 'Farn', 'Glossop', 'Gravesend', 'Hals', 'Harrow', 'Hastings', 'Hexham',
  'Ilkley', 'Ipswich', 'Keswick', 'Kettering', 'Kings', 'Lancaster', 'Leigh', 'Lynn', 'Malton',
  'Mansfield', 'Marl', 'Melton', 'Middles', 'Morpeth', 'Nether', 'Newbury', 'Northall', 'Oakham',
  'Ormskirk', 'Penrith', 'Pickering', 'Redcar', 'Ripon', 'Rother', 'Salford', 'Sandbach', 'Selby',
  'Shepton', 'Skipton', 'Spalding', 'Stafford', 'Stock', 'Sutton', 'Swindon', 'Tamworth',
  'Thirsk', 'Tiverton', 'Wake', 'Walsall', 'Warring', 'Whitby', 'Wigan', 'Winchester', 'Worksop',
];
const ENDINGS = ['', '', '', 'ton', 'ham', 'field', 'ley', 'bury', 'worth', 'stead', 'ford', 'by'];
const PREFIXES = ['North', 'South', 'East', 'West', 'Great', 'Little', 'Upper', 'Lower', 'Market', 'St'];
const SUFFIXES = ['upon Tyne', 'on Sea', 'under Lyme', 'le Street', 'in Furness', 'on Trent', 'Magna'];
const AREAS = ['Derbyshire', 'Norfolk', 'Kent', 'Cumbria', 'Lancashire', 'Devon', 'Essex', 'Surrey'];

function placeName(): string {
  let name = pick(STEMS) + pick(ENDINGS);
  const r = random();
  if (r < 0.2) name = `${pick(PREFIXES)} ${name}`;
  else if (r < 0.3) name = `${name} ${pick(SUFFIXES)}`;
  else if (r < 0.35) name = `${name} and ${pick(STEMS)}${pick(ENDINGS)}`;
  return name;
}

function syntheticIndex(size: number): FinderEntry[] {
  const slugs = Array.from({ length: 44 }, (_, i) => `footprint-${i + 1}`);
  const mix: [EntryType, number][] = [
    ['footprint', 44],
    ['council', 152],
    ['district', 200],
    ['ccg', 209],
    ['trust', 240],
  ];
  const entries: FinderEntry[] = [];
  for (const [t, count] of mix) {
    for (let i = 0; i < count; i++) {
      const base = placeName();
      const slug = pick(slugs);
      if (t === 'ccg') {
        const code = `${String(Math.floor(random() * 100)).padStart(2, '0')}${String.fromCharCode(65 + Math.floor(random() * 26))}`;
        entries.push({ n: `NHS ${base} CCG`, t, a: [base, code], p: [[slug, null]] });
      } else if (t === 'trust') {
        const kind = pick(['Hospitals NHS Foundation Trust', 'Teaching Hospitals NHS Trust', 'Community Health NHS Trust']);
        entries.push({ n: `${base} ${kind}`, t, a: [`R${Math.floor(random() * 900)}`], p: [[slug, null]] });
      } else {
        entries.push({ n: base, t, k: t === 'footprint' ? undefined : `Area in ${pick(AREAS)}`, p: [[slug, null]] });
      }
    }
  }
  while (entries.length < size) {
    const p: [string, string | null][] = [[pick(slugs), null]];
    if (random() < 0.05) p.push([pick(slugs), 'NHS services']);
    entries.push({ n: placeName(), t: 'place', k: `Town in ${pick(AREAS)}`, p });
  }
  return entries;
}

/** One typo, as people make them: drop, double, swap or replace a letter. */
function typo(word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.charAt(i) + word.slice(i);
    case 2:
      return word.slice(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.slice(i + 1);
    default:
      return word.slice(0, i) + pick([...'aeiourstln']) + word.slice(i + 1);
  }
}

/** Realistic queries: whole names, first words, lower case, with typos, dropped NHS/CCG, codes. */
function queries(entries: FinderEntry[], count: number): string[] {
  const fixed = [
    'glossop', 'manchester', 'st albans', 'saint albans', 'kings lynn', "king's lynn",
    'brighton & hove', 'newcastle upon tyne', 'stoke-on-trent', 'york', 'nhs tameside', 'manchster',
    'glosop', 'north yorkshire', 'harrogate and rural', 'southend on sea', 'qqqq', 'a',
  ];
  const out = fixed.slice(0, count);
  while (out.length < count) {
    const e = pick(entries);
    const name = e.n.replace(/^NHS /, '').replace(/ (CCG|NHS Foundation Trust|NHS Trust)$/, '');
    const words = name.split(' ');
    const r = random();
    let q: string;
    if (r < 0.35) q = name;
    else if (r < 0.6) q = words[0] ?? name;
    else if (r < 0.8) q = words.map((w, i) => (i === 0 ? typo(w) : w)).join(' ');
    else if (r < 0.9) q = words.slice(0, 2).reverse().join(' ');
    else q = (e.a?.[e.a.length - 1] ?? name).toLowerCase();
    out.push(random() < 0.7 ? q.toLowerCase() : q);
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] as number;
}

const path = process.argv[2];
let entries: FinderEntry[];
let source: string;
if (path) {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { entries?: FinderEntry[] };
  if (!Array.isArray(json.entries)) {
    console.error(`${path}: expected { "entries": FinderEntry[] }`);
    process.exit(2);
  }
  entries = json.entries;
  source = path;
} else {
  entries = syntheticIndex(2000);
  source = 'synthetic';
}

const t0 = performance.now();
const index = prepareIndex(entries);
const prepareMs = performance.now() - t0;

const qs = queries(entries, QUERY_COUNT);
const times: number[] = [];
let found = 0;
let sink = 0;
for (const q of qs) {
  for (let i = 1; i <= q.length; i++) {
    const s = performance.now();
    const results = search(index, q.slice(0, i));
    times.push(performance.now() - s);
    sink += results.length;
    if (i === q.length && results.length) found++;
  }
}
times.sort((a, b) => a - b);
const median = percentile(times, 50);
const p95 = percentile(times, 95);
const max = times[times.length - 1] ?? NaN;
const ms = (x: number): string => `${x.toFixed(3)} ms`;

console.log(`finder bench: ${entries.length} entries (${source}), ${qs.length} queries`);
console.log(`  prepare   ${ms(prepareMs)}`);
console.log(`  keystrokes ${times.length} (${sink} results shown; ${found}/${qs.length} full queries found something)`);
console.log(`  median    ${ms(median)}`);
console.log(`  p95       ${ms(p95)}`);
console.log(`  max       ${ms(max)}`);
if (!(p95 <= BUDGET_P95_MS)) {
  console.error(`FAIL: p95 ${ms(p95)} is over the ${BUDGET_P95_MS} ms budget`);
  process.exit(1);
}
console.log(`OK: p95 within ${BUDGET_P95_MS} ms`);
