/** Lists the built HTML pages in dist/ as site paths ("/", "/about/", "/404.html"). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export function builtFiles(extension: string): string[] {
  return walk(DIST)
    .filter((f) => f.endsWith(extension))
    .sort();
}

/** Site path of a built HTML file: dist/about/index.html -> /about/ */
export function pathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function builtPages(): { path: string; file: string; html: string }[] {
  return builtFiles('.html').map((file) => ({ path: pathOf(file), file, html: readFileSync(file, 'utf8') }));
}
