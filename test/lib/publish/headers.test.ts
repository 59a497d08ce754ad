/** The _headers file: the CSP as a header, frame-ancestors by kind of page, rules that never overlap. */
import { describe, expect, it } from 'vitest';
import { formatHeaders, headerRules, headersFor, matches, pageSections, parseHeaders } from '../../../src/lib/publish/headers.ts';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='";
const rules = headerRules(POLICY, pageSections(['_astro', 'about', 'articles', 'data', 'embed', 'footprints', 'maps', 'pagefind']));

describe('header rules', () => {
  it('page sections leave out assets, data and embeds', () => {
    expect(pageSections(['_astro', 'maps', 'data', 'embed', 'pagefind', 'about'])).toEqual(['about', 'maps']);
  });

  it.each([
    ['/', "frame-ancestors 'self'"],
    ['/maps/region/', "frame-ancestors 'self'"],
    ['/404.html', "frame-ancestors 'self'"],
    ['/embed/2017-04/region/', 'frame-ancestors *'],
  ])('%s gets exactly one policy, ending %s', (path, ending) => {
    const csp = headersFor(rules, path).filter(([n]) => n === 'Content-Security-Policy');
    expect(csp).toHaveLength(1);
    expect(csp[0]![1].startsWith(POLICY)).toBe(true);
    expect(csp[0]![1].endsWith(ending)).toBe(true);
  });

  it('round-trips through the file format', () => {
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });

  it('matches "/" only at the root and "x/*" below x', () => {
    expect(matches('/', '/')).toBe(true);
    expect(matches('/', '/maps/')).toBe(false);
    expect(matches('/maps/*', '/maps/region/')).toBe(true);
    expect(matches('/maps/*', '/mapsx/')).toBe(false);
  });

  it('rejects a line it cannot read', () => {
    expect(() => parseHeaders('/x\n  no colon here')).toThrow(/cannot read/);
  });
});
