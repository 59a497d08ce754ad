/**
 * The physical floor of a page's time to map: what the network alone costs under the benchmark's
 * throttling, however fast the browser and the code were.
 *
 *   floor (ms) = RTT × (C + L)  +  8 × B / bandwidth × 1000
 *
 *   RTT       the round-trip time, 150 ms;
 *   bandwidth the download rate in bits per second, 1.6 Mbit/s;
 *   C         connection round trips: 1, the TCP handshake of the first connection (the bench serves
 *             plain HTTP on localhost, so no DNS and no TLS; a real HTTPS host would add one more
 *             for TLS 1.3). Connections opened later are assumed to overlap with other waits;
 *   L         request round trips: the length of the longest chain of critical requests that each
 *             could only be asked for once the one before had arrived (the document is 1; a
 *             stylesheet it links, or data its script fetches, makes 2; a file that stylesheet
 *             @imports, 3). Requests at the same depth go out together and cost one round trip;
 *   B         the critical bytes: every critical request's bytes as transferred (gzipped bodies
 *             plus headers, CDP encodedDataLength), all of which must cross the link.
 *
 * Critical requests: the document; every request the browser reports as render-blocking
 * (stylesheets and classic scripts in the head); and, when the map is drawn by script rather than
 * being in the HTML, every script and fetch that finished before the map was painted.
 *
 * It is a simple model, not a strict lower bound: it adds the round trips and the transfer time,
 * though a real browser overlaps part of them (a stylesheet's round trip while the rest of the HTML
 * streams in). And DevTools throttling delays each response by the RTT but not the TCP handshake,
 * so a measured time can come in up to one RTT under the floor.
 */
import type { RequestRecord } from './bench-requests.ts';

export interface Throttling {
  rttMs: number;
  downBitsPerSecond: number;
}

export interface CriticalRequest {
  url: string;
  resourceType: string;
  /** Its position in the chain: 1 for the document. */
  level: number;
  bytes: number;
  /** Why it is critical. */
  reason: 'document' | 'render-blocking' | 'draws the map';
}

export interface Floor {
  ms: number;
  connectionRoundTrips: number;
  requestRoundTrips: number;
  criticalBytes: number;
  critical: CriticalRequest[];
}

/** The floor formula itself (see the comment at the top of this file). */
export function floorMs(t: Throttling, connectionRoundTrips: number, requestRoundTrips: number, criticalBytes: number): number {
  return t.rttMs * (connectionRoundTrips + requestRoundTrips) + ((8 * criticalBytes) / t.downBitsPerSecond) * 1000;
}

const BLOCKING = new Set(['Blocking', 'InBodyParserBlocking']);
const DRAWING = new Set(['Script', 'Fetch', 'XHR']);

export interface CriticalOptions {
  /** The page's URL (its document request). */
  documentUrl: string;
  /** True when the map's paths are not in the HTML and a script draws them. */
  mapByScript: boolean;
  /** When the map was painted (ms since time origin): a drawing request must have ended by then. */
  mapMs: number | null;
}

/** The critical requests of a run, each with its depth in the chain of requests that led to it. */
export function criticalRequests(records: readonly RequestRecord[], o: CriticalOptions): CriticalRequest[] {
  const ok = records.filter((r) => !r.failed);
  const doc = ok.find((r) => r.resourceType === 'Document' && r.url === o.documentUrl) ?? ok.find((r) => r.resourceType === 'Document');
  if (!doc) return [];
  const reasonOf = (r: RequestRecord): CriticalRequest['reason'] | null => {
    if (r === doc) return 'document';
    if (r.resourceType === 'Document') return null;
    if (r.renderBlocking && BLOCKING.has(r.renderBlocking)) return 'render-blocking';
    if (o.mapByScript && DRAWING.has(r.resourceType) && r.endMs !== null && o.mapMs !== null && r.endMs <= o.mapMs) return 'draws the map';
    return null;
  };
  const critical = ok.map((r) => ({ r, reason: reasonOf(r) })).filter((x): x is { r: RequestRecord; reason: CriticalRequest['reason'] } => x.reason !== null);
  const byUrl = new Map(critical.map((x) => [x.r.url, x.r]));
  const levels = new Map<RequestRecord, number>();
  const levelOf = (r: RequestRecord, seen: Set<RequestRecord>): number => {
    if (r === doc) return 1;
    const known = levels.get(r);
    if (known) return known;
    // The request that asked for it; one not on the critical path (or unknown) counts as the document.
    const parent = (r.initiatorUrl && byUrl.get(r.initiatorUrl)) || doc;
    const level = parent === r || seen.has(parent) ? 2 : 1 + levelOf(parent, new Set([...seen, r]));
    levels.set(r, level);
    return level;
  };
  return critical.map(({ r, reason }) => ({ url: r.url, resourceType: r.resourceType, level: levelOf(r, new Set()), bytes: r.encodedBytes, reason }));
}

/** The floor of a run, from its critical requests. */
export function floorOf(critical: readonly CriticalRequest[], t: Throttling, connectionRoundTrips = 1): Floor {
  const requestRoundTrips = critical.reduce((n, c) => Math.max(n, c.level), 0);
  const criticalBytes = critical.reduce((n, c) => n + c.bytes, 0);
  return { ms: floorMs(t, connectionRoundTrips, requestRoundTrips, criticalBytes), connectionRoundTrips, requestRoundTrips, criticalBytes, critical: [...critical] };
}
