/**
 * npm run bench:finder [-- path-to-finder.json]
 *
 * Per-keystroke timing of the finder's search on the real index: dist/data/2017-04/finder.json
 * when the site has been built, else the same index built in-process from content/ (the function
 * the site build uses). 300 queries are typed one character at a time ("g", "gl", "glo", …) and
 * each keystroke's search is timed with performance.now(); no warm-up, so cold keystrokes count.
 * Queries: the places of the issue, then names drawn from the index (whole, first word, lower
 * case, with one typo, with their county). Budgets (issue 13): median ≤ 0.5 ms and p95 ≤ 2 ms per
 * keystroke; exits 1 if either is over.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unpackColumns, type FinderIndex } from '../src/client/finder/index-format.ts';
import { prepareIndex, search } from '../src/client/finder/search.ts';

const BUDGET_MEDIAN_MS = 0.5;
const BUDGET_P95_MS = 2;
const QUERY_COUNT = 300;

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
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** One typo, as people make them: drop, double, or replace a letter. */
function typo(word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.charAt(i) + word.slice(i);
    default:
      return word.slice(0, i) + pick([...'aeiourstln']) + word.slice(i + 1);
  }
}

async function loadIndex(path: string | undefined): Promise<{ index: FinderIndex; source: string }> {
  const file = resolve(path ?? 'dist/data/2017-04/finder.json');
  if (existsSync(file)) return { index: JSON.parse(readFileSync(file, 'utf8')) as FinderIndex, source: file };
  if (path) {
    console.error(`${path}: no such file`);
    process.exit(2);
  }
  const { loadDataset } = await import('../src/lib/data/read-version.ts');
  const { buildFinderIndex } = await import('../src/lib/publish/finder-index.ts');
  return { index: buildFinderIndex(loadDataset('2017-04')), source: 'built from content/ (no dist/ build)' };
}

function queries(index: FinderIndex, count: number): string[] {
  const fixed = [
    'Camberley', 'Chester le Street', 'Margate', 'Romford', 'East Grinstead', 'Sutton Coldfield', 'Stepping Hill', 'Royston',
    'royston barnsley', 'St Ives', 'saint ives cornwall', 'Richmond', 'Hull', 'Stoke', 'glossop', 'manchster', 'glosop', "king's lynn",
    'brighton & hove', 'newcastle upon tyne', 'nhs tameside', 'north yorkshire', 'qqqq', 'a',
  ];
  const out = fixed.slice(0, count);
  const names = unpackColumns(index.entries).n;
  while (out.length < count) {
    const name = pick(names).replace(/^NHS /, '').replace(/ (CCG|NHS Foundation Trust|NHS Trust)$/, '');
    const words = name.split(' ');
    const r = random();
    let q: string;
    if (r < 0.4) q = name;
    else if (r < 0.6) q = words[0] ?? name;
    else if (r < 0.85) q = words.map((w, i) => (i === 0 ? typo(w) : w)).join(' ');
    else q = `${words[0]} ${pick(index.districts)[1].split(' ')[0]}`;
    out.push(random() < 0.7 ? q.toLowerCase() : q);
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] as number;
}

const { index: data, source } = await loadIndex(process.argv[2]);
const t0 = performance.now();
const index = prepareIndex(data);
const prepareMs = performance.now() - t0;

const qs = queries(data, QUERY_COUNT);
const times: number[] = [];
let found = 0;
let shown = 0;
for (const q of qs) {
  for (let i = 1; i <= q.length; i++) {
    const s = performance.now();
    const results = search(index, q.slice(0, i));
    times.push(performance.now() - s);
    shown += results.length;
    if (i === q.length && results.length) found++;
  }
}
times.sort((a, b) => a - b);
const median = percentile(times, 50);
const p95 = percentile(times, 95);
const ms = (x: number): string => `${x.toFixed(3)} ms`;

console.log(`finder bench: ${index.size} entries (${source}), ${qs.length} queries`);
console.log(`  prepare    ${ms(prepareMs)} (once, on first focus)`);
console.log(`  keystrokes ${times.length} (${shown} results shown; ${found}/${qs.length} full queries found something)`);
console.log(`  median     ${ms(median)}   (budget ${BUDGET_MEDIAN_MS} ms)`);
console.log(`  p95        ${ms(p95)}   (budget ${BUDGET_P95_MS} ms)`);
console.log(`  max        ${ms(times[times.length - 1] ?? NaN)}`);
if (!(median <= BUDGET_MEDIAN_MS) || !(p95 <= BUDGET_P95_MS)) {
  console.error(`FAIL: over budget (median ${ms(median)}, p95 ${ms(p95)})`);
  process.exit(1);
}
console.log('OK: within budget');
