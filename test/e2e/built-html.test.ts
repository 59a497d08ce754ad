/**
 * Checks on the built HTML files themselves: offline-first hygiene (nothing loaded from another
 * origin, a strict CSP on every page), the basics every page needs, and no broken internal links.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { builtFiles as builtFilesOf, builtPages, DIST } from './built-pages';
import { inlinesStyles } from '../../src/lib/publish/inline-styles';

const pages = builtPages();

/** Attributes through which a page loads a resource (as opposed to linking to another page). */
const RESOURCE_ATTRIBUTE = /<(script|img|iframe|source|video|audio|embed|object|track|input)\b[^>]*?\s(?:src|srcset|data|poster)=["']?\s*(https?:)?\/\//gi;
const REMOTE_LINK = /<link\b(?=[^>]*\brel=["']?(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b)[^>]*\bhref=["']?\s*(?:https?:)?\/\//gi;
const REMOTE_CSS = /url\(\s*["']?(?:https?:)?\/\//gi;

function localTarget(href: string): string | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const path = decodeURIComponent(href.split(/[?#]/)[0]!);
  return path;
}

function existsInDist(path: string): boolean {
  const file = join(DIST, path);
  return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) || existsSync(join(file, 'index.html'));
}

describe.each(pages)('$path', ({ path, file, html }) => {
  const inDist = relative(DIST, file).split(sep).join('/');
  it('loads nothing from another origin', () => {
    expect(html.match(RESOURCE_ATTRIBUTE) ?? []).toEqual([]);
    expect(html.match(REMOTE_LINK) ?? []).toEqual([]);
    expect(html.match(REMOTE_CSS) ?? []).toEqual([]);
  });

  it('carries a strict Content-Security-Policy', () => {
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
    expect(csp, 'CSP meta tag').toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp!.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    const scriptSrc = csp!.match(/script-src ([^;]+)/)?.[1] ?? '';
    for (const source of scriptSrc.trim().split(/\s+/)) {
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow eval() of scripts.
      expect(source, 'script-src allows only self, hashes and wasm').toMatch(/^('self'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+')$/);
    }
  });

  it('names its icon, so no browser asks for a missing /favicon.ico', () => {
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.svg"/);
  });

  it('runs no inline script without a hash in its policy', () => {
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1] ?? '';
    const hashes = new Set([...csp.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]));
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const digest = `sha256-${createHash('sha256').update(m[1]!).digest('base64')}`;
      expect(hashes.has(digest), `inline script ${m[1]!.slice(0, 60)}… has no hash in the policy`).toBe(true);
    }
  });

  it('holds no inline style without a hash in its policy', () => {
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1] ?? '';
    const styleSrc = new Set((csp.match(/style-src ([^;]+)/)?.[1] ?? '').trim().split(/\s+/));
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
      const digest = `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`;
      expect(styleSrc.has(digest), `inline style ${m[1]!.slice(0, 60)}… has no hash in style-src`).toBe(true);
    }
  });

  it(inlinesStyles(inDist) ? 'paints its map with no stylesheet to wait for: the site’s sheet is inline' : 'links the one shared stylesheet', () => {
    const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    if (inlinesStyles(inDist)) {
      expect(links).toEqual([]);
      const sheet = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).find((css) => css.includes('.site-header'));
      expect(sheet, 'the site stylesheet, inline').toBeDefined();
    } else {
      expect(links).toHaveLength(1);
      expect(links[0]).toMatch(/^\/_astro\/[\w.-]+\.css$/);
    }
  });

  it('has a language, a title, a description and one h1', () => {
    expect(html).toMatch(/<html lang="en-GB"/);
    expect(html).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html.match(/<h1[\s>]/g)?.length ?? 0).toBe(1);
  });

  it('links only to pages and files that exist', () => {
    const hrefs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
    const broken = hrefs
      .map(localTarget)
      .filter((p): p is string => p !== null)
      .filter((p) => !existsInDist(p));
    expect(broken, `broken links on ${path}`).toEqual([]);
  });
});

describe.each(builtFilesOf('.csv'))('%s', (file) => {
  it('has no cell a spreadsheet would run as a formula', () => {
    for (const row of csvParseRows(readFileSync(file, 'utf8'))) {
      for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell), `${file}: ${cell}`).toBe(false);
    }
  });
});
