/**
 * npm run build:headers — after the build: writes dist/_headers (Netlify / Cloudflare Pages format)
 * with the Content-Security-Policy of the pages as an HTTP header. Astro writes the same policy into
 * every page's <meta> tag; this checks that it really is the same on every page (else one header
 * could not serve them all) and fails naming the first page that differs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatHeaders, headerRules, pageSections } from '../src/lib/publish/headers.ts';

const DIST = resolve(import.meta.dirname, '..', 'dist');
const META = /<meta http-equiv="content-security-policy" content="([^"]+)">/;

const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
let policy: string | null = null;
for (const page of pages) {
  const m = META.exec(readFileSync(join(DIST, page), 'utf8'));
  if (!m) throw new Error(`dist/${page} has no Content-Security-Policy <meta> tag`);
  if (policy === null) policy = m[1]!;
  else if (m[1] !== policy) throw new Error(`dist/${page} has a different Content-Security-Policy from dist/${pages[0]}: one _headers rule cannot serve both`);
}
if (!policy) throw new Error('dist/ has no pages: run astro build first');
const sections = pageSections(readdirSync(DIST, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name));
const out = join(DIST, '_headers');
writeFileSync(out, formatHeaders(headerRules(policy.replace(/&#39;/g, "'"), sections)));
console.log(`Headers: wrote ${relative(process.cwd(), out)} (${pages.length} pages share one policy; ${sections.length} page sections)`);
