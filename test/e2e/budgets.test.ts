/**
 * Size budgets on the built files (gzip, level 9): what a reader downloads for each kind of page.
 * A page's weight is its HTML plus the stylesheets and scripts it loads up front (static imports
 * followed); code loaded on demand, such as the finder's index, has its own budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './built-pages';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const KB = 1024;

function scriptClosure(src: string, seen = new Set<string>()): string[] {
  if (seen.has(src)) return [];
  seen.add(src);
  const file = join(DIST, src);
  if (!existsSync(file)) throw new Error(`missing script ${src}`);
  const code = readFileSync(file, 'utf8');
  const base = src.slice(0, src.lastIndexOf('/') + 1);
  // Static imports only: `import … from "./x.js"` and `import "./x.js"` (not import("…")).
  const imports = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => new URL(m[1]!, `http://x${base}`).pathname);
  return [src, ...imports.flatMap((i) => scriptClosure(i, seen))];
}

export function pageWeight(html: string, { imagesAside = false } = {}) {
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!), 'utf8'));
  const scripts = [...new Set([...html.matchAll(/<script type="module" src="([^"]+)"/g)].flatMap((m) => scriptClosure(m[1]!)))];
  const js = scripts.map((s) => readFileSync(join(DIST, s), 'utf8'));
  const countedHtml = imagesAside ? html.replace(/<svg[\s\S]*?<\/svg>/g, '') : html;
  const jsBytes = js.reduce((n, s) => n + gz(s), 0);
  return { html: gz(countedHtml), css: css.reduce((n, s) => n + gz(s), 0), js: jsBytes, total: gz(countedHtml) + css.reduce((n, s) => n + gz(s), 0) + jsBytes };
}

const pages = builtPages();
const of = (prefix: RegExp) => pages.filter((p) => prefix.test(p.path));

describe('map pages: at most 100 KB gzipped in all, at most 10 KB of JavaScript', () => {
  const maps = of(/^\/maps\/[a-z-]+\/$/);
  it('there are map pages to check', () => expect(maps.length).toBeGreaterThanOrEqual(7));
  it.each(maps.map((p) => [p.path, p.html] as const))('%s', (_path, html) => {
    const w = pageWeight(html);
    expect(w.total, JSON.stringify(w)).toBeLessThanOrEqual(100 * KB);
    expect(w.js).toBeLessThanOrEqual(10 * KB);
  });
});

describe('article pages: at most 30 KB gzipped each, images aside', () => {
  const articles = of(/^\/articles\/[a-z0-9-]+\/$/);
  it('there are article pages to check', () => expect(articles.length).toBeGreaterThanOrEqual(7));
  it.each(articles.map((p) => [p.path, p.html] as const))('%s', (_path, html) => {
    const w = pageWeight(html, { imagesAside: true });
    expect(w.total, JSON.stringify(w)).toBeLessThanOrEqual(30 * KB);
  });
});

describe('embed pages: at most 50 KB gzipped in all', () => {
  const embeds = of(/^\/embed\//);
  it('there are embed pages to check', () => expect(embeds.length).toBeGreaterThanOrEqual(7 + 44));
  it.each(embeds.map((p) => [p.path, p.html] as const))('%s', (_path, html) => {
    const w = pageWeight(html);
    expect(w.total, JSON.stringify(w)).toBeLessThanOrEqual(50 * KB);
  });
});

describe('on-demand files', () => {
  it('the finder index is at most 120 KB gzipped (issue 13)', () => {
    expect(gz(readFileSync(join(DIST, 'data/2017-04/finder.json')))).toBeLessThanOrEqual(120 * KB);
  });
  it('/embed.js is at most 2 KB', () => {
    expect(readFileSync(join(DIST, 'embed.js')).length).toBeLessThanOrEqual(2 * KB);
  });
});
