/**
 * npm run build:sw — after `astro build` and Pagefind: bundles src/client/service-worker.ts with esbuild and lets
 * Workbox inject the precache manifest (every page, stylesheet, script, image, font, data file and
 * the search index, each with a content hash). Fails if the precache would pass its 5 MB budget.
 */
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { join, resolve } from 'node:path';
import { rmSync } from 'node:fs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
/** The offline copy must stay small enough to save on a phone: 5 MB (the offline issue's budget). */
export const PRECACHE_BUDGET = 5 * 1024 * 1024;

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

const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: join(DIST, 'sw.js'),
  globDirectory: DIST,
  globPatterns: ['**/*.{html,css,js,json,csv,svg,png,webmanifest,wasm,pagefind,pf_meta,pf_fragment,pf_index}'],
  // Not precached: the service worker itself; downloads no page needs to work (map images and
  // CSVs, full data files: fetched on demand); Pagefind's ready-made UIs, which we do not use.
  globIgnores: [
    'sw.js',
    'data/*/maps/**',
    'data/*/locators/**',
    'data/*/footprints.json',
    'data/*/footprints.csv',
    'data/*/lookup.csv',
    'data/*/lsoas.csv',
    'data/crosswalk.csv',
    // Later versions' area pages, maps and embeds are read online (the 2017 footprints, the articles
    // and every version's overview are saved).
    'versions/*/*/**',
    'embed/!(2017-04)/**',
    // The finder on every page searches the 2017 footprints; later versions' indexes are downloads.
    'data/!(2017-04)/finder.json',
    'pagefind/*-ui.*',
    'pagefind/pagefind-highlight.js',
    'pagefind/pagefind-modular-ui.*',
    'icon-512.png',
    'pagefind/wasm.unknown.pagefind',
  ],
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
});
rmSync(bundled, { force: true });
for (const w of warnings) console.warn(`workbox: ${w}`);
console.log(`Service worker: precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB`);
if (size > PRECACHE_BUDGET) {
  console.error(`The precache is ${(size / 1024 / 1024).toFixed(2)} MB, over the ${PRECACHE_BUDGET / 1024 / 1024} MB budget.`);
  process.exit(1);
}
