import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowStyle, inlineStylesheet, inlinesStyles, linkedStylesheets, styleHash } from '../../../src/lib/publish/inline-styles';

const policy = "default-src 'self';script-src 'self' 'sha256-abc=';style-src 'self' 'sha256-def=';";
const page = (csp = policy) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${csp}"><link rel="stylesheet" href="/_astro/style.x.css"></head><body><svg class="map"></svg></body></html>`;

describe('which pages carry the stylesheet inline', () => {
  it('the home page, the national maps of every version and every embed', () => {
    expect(['index.html', 'maps/population/index.html', 'versions/2022-07/maps/region/index.html', 'embed/2017-04/population/index.html', 'embed/2017-04/population/hex/index.html'].filter(inlinesStyles)).toHaveLength(5);
  });
  it('not the maps index, articles, footprint or version pages (the offline copy would grow by the sheet on each)', () => {
    expect(['maps/index.html', 'about/index.html', 'articles/stps-explained/index.html', 'footprints/greater-manchester/index.html', 'versions/2022-07/index.html'].filter(inlinesStyles)).toEqual([]);
  });
});

describe('the inlined sheet under a strict policy', () => {
  it('is allowed by the SHA-256 of exactly its text, as browsers compute it', () => {
    const css = 'body{margin:0}';
    expect(styleHash(css)).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    expect(styleHash(css)).not.toBe(styleHash('body{margin:0} '));
  });
  it('its hash joins style-src and nothing else, once however often it is added', () => {
    const once = allowStyle(page(), "'sha256-NEW='", 'maps/x/index.html');
    expect(once).toContain("style-src 'self' 'sha256-def=' 'sha256-NEW=';");
    expect(once).toContain("script-src 'self' 'sha256-abc=';");
    expect(allowStyle(once, "'sha256-NEW='", 'maps/x/index.html')).toBe(once);
  });
  it('keeps the page’s own quoting of the policy', () => {
    const escaped = page(policy.replace(/'/g, '&#39;'));
    expect(allowStyle(escaped, "'sha256-NEW='", 'p')).toContain('style-src &#39;self&#39; &#39;sha256-def=&#39; &#39;sha256-NEW=&#39;;');
  });
  it('a page without a policy, or a policy without style-src, fails naming the page', () => {
    expect(() => allowStyle('<html><head></head></html>', "'sha256-x='", 'maps/x/index.html')).toThrow(/dist\/maps\/x\/index\.html: no Content-Security-Policy/);
    expect(() => allowStyle(page("default-src 'self';"), "'sha256-x='", 'maps/y/index.html')).toThrow(/maps\/y\/index\.html: .*no style-src/);
  });
});

describe('inlining', () => {
  it('the link becomes a <style> with the sheet’s text, byte for byte (so its hash holds)', () => {
    const css = '@font-face{src:url(/_astro/a.woff2)}a[href$="x"]{color:red}';
    const out = inlineStylesheet(page(), '/_astro/style.x.css', css, 'p');
    expect(out).toContain(`<style>${css}</style>`);
    expect(linkedStylesheets(out)).toEqual([]);
  });
  it('a sheet with "$&" in it is not mangled by string replacement', () => {
    expect(inlineStylesheet(page(), '/_astro/style.x.css', 'a::after{content:"$&"}', 'p')).toContain('content:"$&"');
  });
  it('a missing link, or a sheet that would close the element, fails naming page and file', () => {
    expect(() => inlineStylesheet(page(), '/_astro/other.css', 'a{}', 'maps/z/index.html')).toThrow(/maps\/z\/index\.html: no <link rel="stylesheet" href="\/_astro\/other\.css">/);
    expect(() => inlineStylesheet(page(), '/_astro/style.x.css', 'a{content:"</style>"}', 'p')).toThrow(/style\.x\.css: contains "<\/style"/);
  });
  it('lists the sheets a page links, in order', () => {
    expect(linkedStylesheets('<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css">')).toEqual(['/a.css', '/b.css']);
  });
});
