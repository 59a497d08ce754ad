/**
 * The service worker's precache: the list Workbox injected into dist/sw.js (scripts/build-service-worker.ts),
 * and what fetching it costs, raw and gzipped by the same rules as the benchmark's server.
 */
import { contentTypeOf, encodeBody, GZIP_LEVEL } from './bench-http.ts';

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * Finds the precache manifest in a built service worker: the JSON array of { url, revision }
 * objects that workbox-build's injectManifest writes in place of self.__WB_MANIFEST. Throws if
 * there is none, or if the manifest was never injected.
 */
export function extractPrecacheManifest(sw: string): PrecacheEntry[] {
  if (sw.includes('self.__WB_MANIFEST')) throw new Error('sw.js still has self.__WB_MANIFEST: the precache manifest was not injected (run npm run build:sw)');
  const start = /\[\s*\{\s*"(?:url|revision)"\s*:/.exec(sw);
  if (!start) throw new Error('no precache manifest ([{"revision":…,"url":…}, …]) found in sw.js');
  // The array is plain JSON (no nested arrays), so it ends at the first "}]".
  const end = sw.indexOf('}]', start.index);
  if (end < 0) throw new Error('the precache manifest in sw.js is not closed');
  const parsed = JSON.parse(sw.slice(start.index, end + 2)) as unknown;
  if (!Array.isArray(parsed)) throw new Error('the precache manifest in sw.js is not an array');
  return parsed.map((e, i) => {
    const entry = e as { url?: unknown; revision?: unknown };
    if (typeof entry.url !== 'string') throw new Error(`precache entry ${i} has no url`);
    return { url: entry.url, revision: typeof entry.revision === 'string' ? entry.revision : null };
  });
}

export interface PrecacheTotals {
  files: number;
  rawBytes: number;
  /** What a browser downloads: text types gzipped, the rest as they are (bodies only, no headers). */
  gzipBytes: number;
  /** The largest entries by gzipped size. */
  largest: { url: string; rawBytes: number; gzipBytes: number }[];
}

/** Sizes of every precache entry; `read` gives a file's bytes by its URL in the manifest (relative to dist/). */
export function precacheTotals(entries: readonly PrecacheEntry[], read: (url: string) => Buffer, level = GZIP_LEVEL): PrecacheTotals {
  const sized = entries.map((e) => {
    const raw = read(e.url);
    const sent = encodeBody(raw, contentTypeOf(e.url), true, level).body;
    return { url: e.url, rawBytes: raw.length, gzipBytes: sent.length };
  });
  return {
    files: sized.length,
    rawBytes: sized.reduce((n, s) => n + s.rawBytes, 0),
    gzipBytes: sized.reduce((n, s) => n + s.gzipBytes, 0),
    largest: [...sized].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 8),
  };
}
