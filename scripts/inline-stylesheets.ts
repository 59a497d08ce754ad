/**
 * npm run build:inline-css — after `astro build`, before the search index, the service worker and
 * the headers: writes the site's stylesheet into the pages that lead with a map (see
 * src/lib/publish/inline-styles.ts for which and why) and adds its hash to every page's
 * Content-Security-Policy. Safe to re-run on the same dist/: a page already inlined has no link to
 * replace and its policy already has the hash.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allowStyle, inlineStylesheet, inlinesStyles, linkedStylesheets, styleHash } from '../src/lib/publish/inline-styles.ts';

const DIST = resolve(import.meta.dirname, '..', 'dist');
const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
if (pages.length === 0) throw new Error('dist/ has no pages: run astro build first');

const sheets = new Map<string, string>();
const sheet = (href: string, page: string): string => {
  let css = sheets.get(href);
  if (css === undefined) {
    if (!href.startsWith('/_astro/')) throw new Error(`dist/${page}: links the stylesheet ${href}, which is not a built asset`);
    css = readFileSync(join(DIST, href), 'utf8');
    sheets.set(href, css);
  }
  return css;
};

// Every sheet any page links, so that every page's policy can allow all of them.
const html = new Map(pages.map((page) => [page, readFileSync(join(DIST, page), 'utf8')]));
const linked = new Map([...html].map(([page, text]) => [page, linkedStylesheets(text)]));
for (const [page, hrefs] of linked) for (const href of hrefs) sheet(href, page);
const hashes = [...sheets.values()].map(styleHash);

let inlined = 0;
for (const [page, original] of html) {
  let text = original;
  for (const hash of hashes) text = allowStyle(text, hash, page);
  if (inlinesStyles(page)) {
    for (const href of linked.get(page)!) text = inlineStylesheet(text, href, sheet(href, page), page);
    inlined += 1;
  }
  if (text !== original) writeFileSync(join(DIST, page), text);
}
console.log(`Styles: the stylesheet written into ${inlined} pages (home, maps, embeds); its hash allowed in all ${pages.length} pages' policies`);
