/**
 * The site's stylesheet written into the pages whose first job is a map, so that nothing stands
 * between the HTML and the map's first paint (the performance issue: a render-blocking stylesheet
 * costs a phone on a slow connection one more round trip, about 150 ms at Lighthouse's "slow 4G",
 * before anything is drawn). Every other page keeps the shared, cached file: written into all ~70
 * pages of the offline copy it would add about 6 KB gzipped to each, and the first visit (page and
 * offline copy) would pass its 1.2 MB budget.
 *
 * The Content-Security-Policy stays strict: the inlined sheet is allowed by its SHA-256 hash, and
 * that hash is added to every page's policy (not only the inlined ones), because one `_headers`
 * rule serves every page and must carry the same policy as each page's <meta> tag.
 */
import { createHash } from 'node:crypto';

/**
 * The built pages (paths relative to dist/) that carry the stylesheet inline: the home page (where
 * most first visits start, with its map), the national maps of every version and every embed.
 */
export function inlinesStyles(page: string): boolean {
  return page === 'index.html' || /^(?:versions\/[^/]+\/)?maps\/[^/]+\/index\.html$/.test(page) || /^embed\/.+\.html$/.test(page);
}

/** The CSP source that allows exactly this <style> element's text: 'sha256-<base64>'. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(">)/;

/**
 * Adds a source to the policy's style-src in the page's CSP <meta> tag (once). Throws, naming the
 * page, if the page has no policy or the policy no style-src: that page would then allow no inline
 * style, or any.
 */
export function allowStyle(html: string, source: string, page: string): string {
  const m = META.exec(html);
  if (!m) throw new Error(`dist/${page}: no Content-Security-Policy <meta> tag to add the inlined stylesheet's hash to`);
  // Astro writes the policy's quotes as &#39; in some builds and as ' in others: work on the plain
  // text (whose ';' are only the separators) and write it back as the page had it.
  const escaped = m[2]!.includes('&#39;');
  const directives = m[2]!.replace(/&#39;/g, "'").split(';');
  const i = directives.findIndex((d) => d.trim().startsWith('style-src '));
  if (i < 0) throw new Error(`dist/${page}: the Content-Security-Policy has no style-src directive`);
  if (directives[i]!.split(/\s+/).includes(source)) return html;
  directives[i] = `${directives[i]!.trimEnd()} ${source}`;
  const policy = directives.join(';');
  return html.replace(META, (_, open: string, _policy: string, close: string) => `${open}${escaped ? policy.replace(/'/g, '&#39;') : policy}${close}`);
}

/**
 * Replaces the page's <link rel="stylesheet" href="…"> for `href` with a <style> element holding
 * `css`. Throws, naming the page, if the link is not there (the build changed how it links CSS)
 * or the sheet could close the element early.
 */
export function inlineStylesheet(html: string, href: string, css: string, page: string): string {
  const link = `<link rel="stylesheet" href="${href}">`;
  if (!html.includes(link)) throw new Error(`dist/${page}: no ${link} to inline`);
  if (/<\/style/i.test(css)) throw new Error(`${href}: contains "</style", which would end the inlined <style> element early`);
  return html.replace(link, () => `<style>${css}</style>`);
}

/** The stylesheets a page links, in order. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]!);
}
