/**
 * The HTTP headers the site should be served with, as a `_headers` file: the format Netlify and
 * Cloudflare Pages read (a path pattern on its own line, then indented `Name: value` lines; `*`
 * matches any rest of the path). The Content-Security-Policy is the one Astro writes into every
 * page's <meta> tag, sent as a header too, where it also takes `frame-ancestors` (which a <meta>
 * tag cannot carry): site pages may be framed only by the site itself, embeds by anyone.
 * Rules never overlap, because two matching CSP headers would both be enforced.
 */

export interface HeaderRule {
  /** A path pattern: "/" (the home page only), "/maps/*" (a section). */
  pattern: string;
  headers: [name: string, value: string][];
}

/** Headers for every response, whatever it is. */
const COMMON: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** The top-level folders of the build that are pages (as against assets and data files). */
export function pageSections(topLevel: readonly string[]): string[] {
  const notPages = new Set(['_astro', 'data', 'embed', 'pagefind']);
  return topLevel.filter((name) => !notPages.has(name)).sort();
}

/**
 * The rules: the policy with frame-ancestors 'self' for the home page, each page section and the
 * 404 page; with frame-ancestors * for /embed/*; the common headers everywhere else.
 */
export function headerRules(policy: string, sections: readonly string[]): HeaderRule[] {
  const base = policy.trim().replace(/;\s*$/, '');
  const site: [string, string][] = [['Content-Security-Policy', `${base}; frame-ancestors 'self'`], ...COMMON];
  return [
    { pattern: '/', headers: site },
    { pattern: '/404.html', headers: site },
    ...sections.map((s) => ({ pattern: `/${s}/*`, headers: site })),
    { pattern: '/embed/*', headers: [['Content-Security-Policy', `${base}; frame-ancestors *`], ...COMMON] },
    { pattern: '/_astro/*', headers: [...COMMON, ['Cache-Control', 'public, max-age=31536000, immutable']] },
    { pattern: '/data/*', headers: COMMON },
  ];
}

export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules.map((r) => `${r.pattern}\n${r.headers.map(([n, v]) => `  ${n}: ${v}`).join('\n')}\n`).join('\n');
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      const rule = rules.at(-1);
      if (!m || !rule) throw new Error(`_headers: cannot read the line "${line}"`);
      rule.headers.push([m[1]!.trim(), m[2]!.trim()]);
    }
  }
  return rules;
}

/** Does `pattern` match `path`? "/" matches only "/"; a trailing "*" matches any rest. */
export function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The headers for `path`: those of every matching rule, in order. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
}
