/**
 * The requests of one benchmark run, as the browser's DevTools protocol reports them, and the bytes
 * they cost by type. Pure: bench-pages.ts fills the records from CDP Network events.
 */

/** The columns of the bytes table. */
export const BYTE_KINDS = ['document', 'stylesheet', 'script', 'font', 'image', 'other'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];

export interface RequestRecord {
  url: string;
  /** CDP Network.ResourceType of the response (Document, Stylesheet, Script, Fetch, …). */
  resourceType: string;
  /** The URL of the document or script that asked for it (CDP initiator), if known. */
  initiatorUrl: string | null;
  /** CDP renderBlockingBehavior (Blocking, InBodyParserBlocking, NonBlocking, …), if reported. */
  renderBlocking: string | null;
  /** Bytes received for it: headers plus the body as sent (gzipped), CDP loadingFinished encodedDataLength. */
  encodedBytes: number;
  status: number | null;
  failed: boolean;
  /** When its response ended, in ms since the page's time origin (Resource Timing), if known. */
  endMs: number | null;
}

/** The column a response's bytes go in, from its CDP resource type. Fetch, XHR, the manifest, pings and the rest are "other". */
export function kindOf(resourceType: string): ByteKind {
  switch (resourceType) {
    case 'Document':
      return 'document';
    case 'Stylesheet':
      return 'stylesheet';
    case 'Script':
      return 'script';
    case 'Font':
      return 'font';
    case 'Image':
      return 'image';
    default:
      return 'other';
  }
}

export type Bytes = Record<ByteKind | 'total', number> & { requests: number };

/** Bytes transferred by type, and in total, over the given requests. */
export function bytesByKind(records: readonly RequestRecord[]): Bytes {
  const out = { document: 0, stylesheet: 0, script: 0, font: 0, image: 0, other: 0, total: 0, requests: 0 } as Bytes;
  for (const r of records) {
    out[kindOf(r.resourceType)] += r.encodedBytes;
    out.total += r.encodedBytes;
    out.requests += 1;
  }
  return out;
}

/** The service worker's own script is fetched for the service worker, not the page: counted with the precache, not the page. */
export function isServiceWorkerScript(url: string, swPath = '/sw.js'): boolean {
  try {
    return new URL(url).pathname === swPath;
  } catch {
    return false;
  }
}
