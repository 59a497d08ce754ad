import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, compressible, contentTypeOf, encodeBody } from '../../scripts/lib/bench-http.ts';
import { bytesByKind, isServiceWorkerScript, kindOf, type RequestRecord } from '../../scripts/lib/bench-requests.ts';
import { extractPrecacheManifest, precacheTotals } from '../../scripts/lib/bench-precache.ts';
import { formatTable } from '../../scripts/lib/bench-table.ts';

describe('what the bench server sends', () => {
  it('types files by extension', () => {
    expect(contentTypeOf('/maps/population/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('data/2017-04/footprints.topo.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('/pagefind/index/en_1.pf_index')).toBe('application/octet-stream');
    expect(contentTypeOf('/a.dir/noext')).toBe('application/octet-stream');
  });
  it('gzips text types only', () => {
    for (const t of ['text/html; charset=utf-8', 'text/css', 'text/javascript', 'application/json', 'image/svg+xml', 'application/manifest+json', 'application/wasm']) expect(compressible(t), t).toBe(true);
    for (const t of ['image/png', 'font/woff2', 'application/octet-stream']) expect(compressible(t), t).toBe(false);
  });
  it('reads Accept-Encoding, q=0 refusing', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0, br')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
  });
  it('encodes a body that decodes back, and leaves images alone', () => {
    const html = Buffer.from('<p>'.repeat(1000));
    const sent = encodeBody(html, 'text/html', true);
    expect(sent.gzipped).toBe(true);
    expect(sent.body.length).toBeLessThan(html.length / 10);
    expect(gunzipSync(sent.body).equals(html)).toBe(true);
    expect(encodeBody(html, 'image/png', true)).toEqual({ body: html, gzipped: false });
    expect(encodeBody(html, 'text/html', false).gzipped).toBe(false);
  });
});

describe('requests and their bytes', () => {
  const r = (resourceType: string, encodedBytes: number): RequestRecord => ({ url: 'http://x/', resourceType, initiatorUrl: null, renderBlocking: null, encodedBytes, status: 200, failed: false, endMs: null });
  it('sorts CDP resource types into the table columns', () => {
    expect(['Document', 'Stylesheet', 'Script', 'Font', 'Image', 'Fetch', 'XHR', 'Manifest', 'Other'].map(kindOf)).toEqual(['document', 'stylesheet', 'script', 'font', 'image', 'other', 'other', 'other', 'other']);
  });
  it('sums bytes by type', () => {
    expect(bytesByKind([r('Document', 100), r('Stylesheet', 20), r('Stylesheet', 5), r('Fetch', 7)])).toEqual({ document: 100, stylesheet: 25, script: 0, font: 0, image: 0, other: 7, total: 132, requests: 4 });
  });
  it('knows the service worker script by its path', () => {
    expect(isServiceWorkerScript('http://127.0.0.1:5/sw.js')).toBe(true);
    expect(isServiceWorkerScript('http://127.0.0.1:5/js/sw.js')).toBe(false);
  });
});

describe('the precache manifest', () => {
  const sw = 'var x=1;I([{"revision":"abc","url":"index.html"},{"revision":null,"url":"_astro/a.B1.css"},{"revision":"d","url":"icon-192.png"}],{ignoreURLParametersMatching:[/^ts$/]});';
  it('is read from the built service worker', () => {
    expect(extractPrecacheManifest(sw)).toEqual([
      { url: 'index.html', revision: 'abc' },
      { url: '_astro/a.B1.css', revision: null },
      { url: 'icon-192.png', revision: 'd' },
    ]);
  });
  it('fails clearly when there is none, or it was never injected', () => {
    expect(() => extractPrecacheManifest('precacheAndRoute(self.__WB_MANIFEST)')).toThrow(/not injected/);
    expect(() => extractPrecacheManifest('nothing here')).toThrow(/no precache manifest/);
  });
  it('is costed as the server would send it: text gzipped, PNG as it is', () => {
    const files: Record<string, Buffer> = { 'index.html': Buffer.from('<p>hi</p>'.repeat(500)), '_astro/a.B1.css': Buffer.from('a{b:c}'.repeat(500)), 'icon-192.png': Buffer.alloc(1000, 1) };
    const t = precacheTotals(extractPrecacheManifest(sw), (u) => files[u]!);
    expect(t.files).toBe(3);
    expect(t.rawBytes).toBe(4500 + 3000 + 1000);
    expect(t.gzipBytes).toBeLessThan(1000 + 200);
    expect(t.gzipBytes).toBeGreaterThan(1000);
    expect(t.largest[0]).toEqual({ url: 'icon-192.png', rawBytes: 1000, gzipBytes: 1000 });
  });
});

describe('the table', () => {
  it('has a heading, a rule and one aligned line per page', () => {
    const bytes = { document: 20_000, stylesheet: 3_800, script: 700, font: 0, image: 0, other: 380, total: 24_880, requests: 8 };
    const text = formatTable([
      { label: 'map page', path: '/maps/population/', bytes, map: { n: 7, min: 610, median: 655, max: 900 }, inDomMs: 350, floorMs: 569, floorRoundTrips: 3, xFloor: 655 / 569, xBaseline: 1.5, failures: 0 },
      { label: 'baseline', path: '/', bytes, map: { n: 0, min: NaN, median: NaN, max: NaN }, inDomMs: NaN, floorMs: NaN, floorRoundTrips: NaN, xFloor: NaN, xBaseline: null, failures: 7 },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^page\s+doc\s+css\s+js/);
    expect(lines[3]).toMatch(/^map page\s+19\.5\s+3\.7\s+0\.7\s+0\.0\s+0\.0\s+0\.4\s+24\.3\s+610\s+655\s+900\s+350\s+569\s+3\s+1\.15×\s+1\.50×$/);
    expect(lines[4]).toMatch(/—.*7$/);
    // Columns line up: every value ends where its heading ends.
    const end = (line: string, word: string) => line.indexOf(word) + word.length;
    expect(end(lines[3]!, '24.3')).toBe(end(lines[1]!, 'total'));
  });
});
