import { describe, expect, it } from 'vitest';
import { criticalRequests, floorMs, floorOf, type Throttling } from '../../scripts/lib/bench-floor.ts';
import type { RequestRecord } from '../../scripts/lib/bench-requests.ts';

const SLOW_4G: Throttling = { rttMs: 150, downBitsPerSecond: 1.6e6 };
const O = 'http://127.0.0.1:1';

function req(path: string, resourceType: string, encodedBytes: number, more: Partial<RequestRecord> = {}): RequestRecord {
  return { url: O + path, resourceType, initiatorUrl: null, renderBlocking: null, encodedBytes, status: 200, failed: false, endMs: null, ...more };
}

describe('floorMs: RTT × (connection + request round trips) + bytes × 8 / bandwidth', () => {
  it('one TCP and one request round trip and 20,000 bytes at 1.6 Mbit/s: 300 + 100 ms', () => {
    expect(floorMs(SLOW_4G, 1, 1, 20_000)).toBeCloseTo(400, 9);
  });
  it('a document and its stylesheets: 3 round trips, 24,000 bytes', () => {
    expect(floorMs(SLOW_4G, 1, 2, 24_000)).toBeCloseTo(450 + 120, 9);
  });
  it('no bytes, no round trips: zero', () => {
    expect(floorMs(SLOW_4G, 0, 0, 0)).toBe(0);
  });
});

describe('criticalRequests', () => {
  const page = `${O}/maps/population/`;
  const site = [
    req('/maps/population/', 'Document', 20_000),
    req('/a.css', 'Stylesheet', 2_000, { initiatorUrl: page, renderBlocking: 'Blocking' }),
    req('/b.css', 'Stylesheet', 1_000, { initiatorUrl: page, renderBlocking: 'Blocking' }),
    req('/imported.css', 'Stylesheet', 500, { initiatorUrl: `${O}/b.css`, renderBlocking: 'Blocking' }),
    req('/module.js', 'Script', 300, { initiatorUrl: page, renderBlocking: 'NonBlocking', endMs: 100 }),
    req('/favicon.svg', 'Other', 380, { endMs: 50 }),
  ];

  it('takes the document and the render-blocking requests, each one level below what asked for it', () => {
    const c = criticalRequests(site, { documentUrl: page, mapByScript: false, mapMs: 900 });
    expect(c.map((r) => [r.url.slice(O.length), r.level, r.reason])).toEqual([
      ['/maps/population/', 1, 'document'],
      ['/a.css', 2, 'render-blocking'],
      ['/b.css', 2, 'render-blocking'],
      ['/imported.css', 3, 'render-blocking'],
    ]);
  });

  it('gives the floor of the longest chain and all the critical bytes', () => {
    const f = floorOf(criticalRequests(site, { documentUrl: page, mapByScript: false, mapMs: 900 }), SLOW_4G);
    expect(f.requestRoundTrips).toBe(3);
    expect(f.connectionRoundTrips).toBe(1);
    expect(f.criticalBytes).toBe(23_500);
    expect(f.ms).toBeCloseTo(4 * 150 + (23_500 * 8 * 1000) / 1.6e6, 9);
  });

  it('for a map drawn by script, adds the scripts and fetches that ended before the map was painted', () => {
    const base = `${O}/`;
    const records = [
      req('/', 'Document', 11_000),
      req('/bundle.js', 'Script', 10_000, { initiatorUrl: base, endMs: 400 }),
      req('/topo.json', 'Fetch', 43_000, { initiatorUrl: `${O}/bundle.js`, endMs: 800 }),
      req('/late.json', 'Fetch', 5_000, { initiatorUrl: `${O}/bundle.js`, endMs: 1500 }),
      req('/photo.png', 'Image', 9_000, { initiatorUrl: base, endMs: 300 }),
    ];
    const c = criticalRequests(records, { documentUrl: base, mapByScript: true, mapMs: 1000 });
    expect(c.map((r) => [r.url.slice(O.length), r.level])).toEqual([
      ['/', 1],
      ['/bundle.js', 2],
      ['/topo.json', 3],
    ]);
    // The same requests do not count when the map is in the HTML.
    expect(criticalRequests(records, { documentUrl: base, mapByScript: false, mapMs: 1000 })).toHaveLength(1);
  });

  it('leaves failed requests out, and puts one whose initiator is unknown just below the document', () => {
    const c = criticalRequests(
      [req('/', 'Document', 1_000), req('/x.css', 'Stylesheet', 10, { renderBlocking: 'Blocking', failed: true }), req('/y.css', 'Stylesheet', 10, { renderBlocking: 'InBodyParserBlocking', initiatorUrl: `${O}/nowhere.js` })],
      { documentUrl: `${O}/`, mapByScript: false, mapMs: null },
    );
    expect(c.map((r) => [r.url.slice(O.length), r.level])).toEqual([
      ['/', 1],
      ['/y.css', 2],
    ]);
  });

  it('is empty when there is no document', () => {
    expect(criticalRequests([req('/a.css', 'Stylesheet', 1, { renderBlocking: 'Blocking' })], { documentUrl: `${O}/`, mapByScript: false, mapMs: 1 })).toEqual([]);
  });
});
