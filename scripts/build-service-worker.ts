/**
 * npm run build:sw — after `astro build` and Pagefind: bundles src/client/service-worker.ts with
 * esbuild and lets Workbox inject the precache manifest (what offline reading needs, each file with
 * a content hash). Fails if the precache would pass its budget.
 */
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { join, resolve } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CURRENT_VERSION } from '../src/lib/data/current.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
/**
 * The offline copy, gzipped, fonts included: with the first page (at most 25 KB gzipped), a first
 * visit must stay under 1.2 MB (the performance issue's budget).
 */
export const PRECACHE_BUDGET = 1.2 * 1024 * 1024 - 25 * 1024;

const bundled = join(ROOT, '.tmp', 'sw.bundle.js');
await build({
  entryPoints: [join(ROOT, 'src', 'client', 'service-worker.ts')],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  outfile: bundled,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

// What offline reading needs, and no more (the performance issue: a light first visit): every
// page a reader reads (home, articles, the 2017 footprints and maps, the timeline of versions, the
// story of the changes), their CSS, JS and fonts, the finder's index and outlines, the locators'
// base map, and the search index. Everything else (embeds, which live in other sites' pages; the
// later versions' pages and maps; downloads, images) is fetched when first asked for, and kept for
// offline use from then on by the worker's runtime cache. The 404 page is left out too: offline, an
// unknown address gets the offline page.
const v = CURRENT_VERSION;
const files = {
  globDirectory: DIST,
  globPatterns: [
    'index.html',
    '{offline,search,about,data,versions,changes}/index.html',
    'articles/**/index.html',
    'footprints/**/index.html',
    'maps/**/index.html',
    '_astro/**/*.{css,js,woff2}',
    `data/${v}/{finder.json,outlines.topo.json,locator.svg}`,
    'pagefind/{pagefind.js,pagefind-worker.js,pagefind-entry.json,*.pf_meta,*.pagefind}',
    'pagefind/{index,fragment}/*',
    '{manifest.webmanifest,favicon.svg,icon-192.png,embed.js}',
  ],
  globIgnores: ['sw.js', 'pagefind/wasm.unknown.pagefind'],
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  // Astro names every /_astro/ file by a hash of its content, so the name is its revision: Workbox
  // then fetches it with the browser's cache allowed (cache: 'default', not 'reload'), and the CSS,
  // scripts and fonts the first page has just loaded (immutable in dist/_headers) are not
  // downloaded a second time for the offline copy.
  dontCacheBustURLsMatching: /^_astro\//,
};
const { manifestEntries } = await getManifest(files);
const { count, size, warnings } = await injectManifest({ ...files, swSrc: bundled, swDest: join(DIST, 'sw.js') });
rmSync(bundled, { force: true });
for (const w of warnings) console.warn(`workbox: ${w}`);
// The budget is what a reader downloads: the files as a server sends them, gzipped.
let gzipped = 0;
for (const entry of manifestEntries ?? []) gzipped += gzipSync(readFileSync(join(DIST, entry.url))).length;
console.log(`Service worker: precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB (${(gzipped / 1024).toFixed(0)} KB gzipped)`);
if (gzipped > PRECACHE_BUDGET) {
  console.error(`The precache is ${(gzipped / 1024).toFixed(0)} KB gzipped, over the ${PRECACHE_BUDGET / 1024} KB budget.`);
  process.exit(1);
}
