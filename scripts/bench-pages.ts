/**
 * npm run bench [-- --no-build] [-- --runs 7] [-- --timeout 30000]
 *
 * How fast the site's pages paint their map on a slow phone connection, against the leanest honest
 * client-rendered version of the same map, and against the network's floor. It:
 *  1. builds the site (SITE_URL=http://localhost:4321 unless set), or with --no-build takes dist/ as it is;
 *  2. builds the baseline page (scripts/bench/build-baseline.ts) into a temporary folder, twice:
 *     fetching the published topology, and fetching only its footprints layer;
 *  3. serves both on 127.0.0.1 with gzip (scripts/lib/bench-server.ts);
 *  4. opens each page in Chromium, a fresh browser context per run, with DevTools throttling: 4×
 *     CPU (Emulation.setCPUThrottlingRate), 150 ms RTT, 1.6 Mbit/s down and 750 kbit/s up
 *     (Network.emulateNetworkConditions), cache disabled, a phone-sized screen (412×823 at 1.75×);
 *  5. records, per run, the bytes transferred by type (CDP Network.loadingFinished
 *     encodedDataLength) and the time to the first painted map: the first moment at which a first
 *     contentful paint has happened (PerformanceObserver) and a frame has been rendered with
 *     `svg.map path` in the DOM (a requestAnimationFrame loop from an init script: see PROBE);
 *  6. after one untimed warm-up run of each page, alternates the runs (map page, the baselines, then
 *     the other pages, round after round), at least 7 rounds;
 *  7. prints one table (min/median/max time to map, the floor of scripts/lib/bench-floor.ts, and
 *     the speed-up over the baseline), the service worker's precache (read from dist/sw.js), and
 *     writes everything to bench/results.json (not committed).
 * Servers, browser and the temporary folder are always cleaned up, also on Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildBaseline } from './bench/build-baseline.ts';
import { CHROMIUM_FLAGS, findChromium, missingChromium } from './lib/chromium.ts';
import { criticalRequests, floorOf, type Floor, type Throttling } from './lib/bench-floor.ts';
import { extractPrecacheManifest, precacheTotals } from './lib/bench-precache.ts';
import { BYTE_KINDS, bytesByKind, isServiceWorkerScript, type Bytes, type RequestRecord } from './lib/bench-requests.ts';
import { contentTypeOf, encodeBody } from './lib/bench-http.ts';
import { serveGzipped, type BenchServer } from './lib/bench-server.ts';
import { headersFor, parseHeaders } from '../src/lib/publish/headers.ts';
import { median, speedup, summarize } from './lib/bench-stats.ts';
import { formatTable, type TableRow } from './lib/bench-table.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench', 'results.json');

/** The throttling of issue 16 (Lighthouse's mobile "slow 4G" settings). */
const CPU_SLOWDOWN = 4;
const THROTTLING: Throttling = { rttMs: 150, downBitsPerSecond: 1.6e6 };
const UP_BITS_PER_SECOND = 750e3;
/** Lighthouse's mobile screen (Moto G Power). */
const SCREEN = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** After the map and the load event, a run ends once no request has been open for this long. */
const QUIET_MS = 500;
/** …or after this long, whatever is still open (it is then not counted). */
const QUIET_CAP_MS = 10_000;
const MIN_RUNS = 7;

interface Target {
  id: string;
  label: string;
  path: string;
  server: 'site' | 'baseline';
  /** The map is drawn by a script (its paths are not in the HTML). */
  mapByScript: boolean;
  /** Compared with the baseline: the same map (national population choropleth). */
  compare: boolean;
}

const SITE_PAGES: Omit<Target, 'mapByScript' | 'server'>[] = [
  { id: 'map', label: 'map page', path: '/maps/population/', compare: true },
  { id: 'home', label: 'home', path: '/', compare: false },
  { id: 'footprint', label: 'footprint', path: '/footprints/greater-manchester/', compare: false },
  { id: 'article', label: 'article', path: '/articles/stps-explained/', compare: false },
  { id: 'embed', label: 'embed', path: '/embed/2017-04/population/', compare: true },
];

interface Run {
  target: string;
  round: number;
  ok: boolean;
  error?: string;
  /** ms since the page's time origin (navigation start). */
  mapMs: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  pathInDomMs: number | null;
  /** The first frame with the map's paths: when its requestAnimationFrame callback ran, and when its rendering was done. */
  frameStartMs: number | null;
  framePaintedMs: number | null;
  /** When the document's response headers arrived, ms after its request was sent (CDP clock; includes the emulated latency). */
  docResponseMs: number | null;
  domContentLoadedMs: number | null;
  loadMs: number | null;
  bytes: Bytes | null;
  floor: Floor | null;
  requests: RunRequest[];
}

/** What the init script leaves on window (see PROBE). */
interface ProbeResult {
  mapMs: number;
  fcpMs: number | null;
  lcpMs: number | null;
  pathInDomMs: number | null;
  frameStartMs: number | null;
  framePaintedMs: number | null;
}

/**
 * Runs in every page before its own scripts, and works out when the map was first painted. A
 * requestAnimationFrame loop looks for `svg.map path` at the start of each frame; the first frame
 * that finds it is the frame that paints the map. If that frame is the first contentful paint (the
 * paths were in the DOM before anything was painted, as on the site's pages), the time to map is
 * the first contentful paint's time (PerformanceObserver: when that frame was presented). If
 * something was painted earlier and the map came later (a client-rendered map), the time to map is
 * when that frame's rendering had finished: a message posted from the frame's callback is handled
 * once the frame is done. A MutationObserver records when the paths entered the DOM, which can be
 * long before they are painted while stylesheets block rendering.
 */
const PROBE = `(() => {
  if (window.top !== window) return;
  const s = { mapMs: null, fcpMs: null, lcpMs: null, pathInDomMs: null, frameStartMs: null, framePaintedMs: null };
  let done;
  const result = new Promise((r) => (done = r));
  Object.defineProperty(window, '__benchMap', { value: result });
  Object.defineProperty(window, '__benchState', { value: s });
  const hasPath = () => document.querySelector('svg.map path') !== null;
  const settle = () => {
    if (s.mapMs !== null || s.framePaintedMs === null || s.fcpMs === null) return;
    s.mapMs = s.fcpMs >= s.frameStartMs ? s.fcpMs : s.framePaintedMs;
    done(s);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') { s.fcpMs = e.startTime; settle(); }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    const es = list.getEntries();
    if (es.length) s.lcpMs = es[es.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const mo = new MutationObserver(() => {
    if (s.pathInDomMs === null && hasPath()) { s.pathInDomMs = performance.now(); mo.disconnect(); }
  });
  mo.observe(document, { childList: true, subtree: true });
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { s.framePaintedMs = performance.now(); settle(); };
  const tick = () => {
    if (hasPath()) {
      s.frameStartMs = performance.now();
      if (s.pathInDomMs === null) s.pathInDomMs = s.frameStartMs;
      channel.port2.postMessage(0);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

class BenchError extends Error {}

const PAGE_IDS = ['map', 'baseline', 'lean', 'home', 'footprint', 'article', 'embed'];
const USAGE = `npm run bench [-- --no-build] [-- --runs N (default 7)] [-- --timeout MS per run (default 30000)] [-- --pages ${PAGE_IDS.join(',')}]`;

function parseOptions() {
  let values;
  try {
    values = parseArgs({
      options: {
        'no-build': { type: 'boolean', default: false },
        runs: { type: 'string', default: String(MIN_RUNS) },
        timeout: { type: 'string', default: '30000' },
        pages: { type: 'string', default: PAGE_IDS.join(',') },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new BenchError(`${(error as Error).message}\nUsage: ${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const runs = Number(values.runs);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(runs) || runs < 1) throw new BenchError(`--runs must be a whole number of at least 1 (got ${values.runs})`);
  if (!Number.isFinite(timeout) || timeout < 1000) throw new BenchError(`--timeout must be at least 1000 ms (got ${values.timeout})`);
  if (runs < MIN_RUNS) console.warn(`Note: ${runs} runs is fewer than the ${MIN_RUNS} the benchmark is meant for; the medians will be rough.`);
  const pages = values.pages.split(',').map((p) => p.trim()).filter(Boolean);
  const unknown = pages.filter((p) => !PAGE_IDS.includes(p));
  if (unknown.length || !pages.length) throw new BenchError(`--pages takes some of ${PAGE_IDS.join(', ')} (got ${values.pages})`);
  return { build: !values['no-build'], runs, timeoutMs: timeout, pages };
}

function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new BenchError(missingChromium('The benchmark and its baseline'));
  return found;
}

async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [
        ...CHROMIUM_FLAGS,
        // Chromium (156) loads its omnibox pop-up, a page of its own UI with some 300 chrome:// requests,
        // into every new window, headless too, just as the page under test loads: on a 2-core machine
        // that is CPU taken from the page. No reader's page load pays for that, so it is switched off.
        '--disable-features=OmniboxPopupWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
      ],
    });
  } catch (error) {
    throw new BenchError(`Chromium at ${executablePath} would not start: ${(error as Error).message.split('\n')[0]}`);
  }
}

function buildSite(): void {
  const env = { ...process.env, SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321' };
  console.log(`Building the site (SITE_URL=${env.SITE_URL} npm run build)…`);
  const started = Date.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new BenchError(`Could not run npm run build: ${r.error.message}`);
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new BenchError(`The build failed (npm run build exited with ${r.status ?? r.signal}). Its last lines:\n${tail}\n\nFix the build, or benchmark an existing dist/ with: npm run bench -- --no-build`);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

function checkDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new BenchError('dist/ has no build. Run without --no-build, or build first: SITE_URL=http://localhost:4321 npm run build');
  for (const p of SITE_PAGES) {
    if (!existsSync(join(DIST, p.path, 'index.html'))) throw new BenchError(`dist${p.path}index.html is missing: the benchmark's pages must exist in the build`);
  }
  if (!existsSync(join(DIST, 'sw.js'))) throw new BenchError('dist/sw.js is missing: the build did not run build:sw');
}

/** Whether a built page has its map's paths in the HTML (else a script must draw them). */
function mapInHtml(html: string): boolean {
  return /<svg\b[^>]*\bclass="map\b[^"]*"[^>]*>[\s\S]*?<path\b/.test(html);
}

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A request while the run watches it: the record so far, and its CDP timings. */
interface CdpRequest extends Omit<RequestRecord, 'endMs'> {
  finished: boolean;
  /** CDP monotonic timestamps (seconds): request sent, response headers, loading finished. */
  sentAt: number;
  responseAt: number | null;
  finishedAt: number | null;
}

/** A request as the run records it: with its waterfall in ms from the document's request (CDP clock). */
export type RunRequest = RequestRecord & { critical: boolean; sentMs: number; responseMs: number | null; finishedMs: number | null };

type Initiator = { type: string; url?: string; stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] } };

function initiatorUrlOf(initiator: Initiator): string | null {
  if (initiator.url) return initiator.url;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url);
    if (frame) return frame.url;
  }
  return null;
}

async function measure(browser: Browser, target: Target, server: BenchServer, round: number, timeoutMs: number): Promise<Run> {
  const url = new URL(target.path, server.url).href;
  const run: Run = {
    target: target.id,
    round,
    ok: false,
    mapMs: null,
    fcpMs: null,
    lcpMs: null,
    pathInDomMs: null,
    frameStartMs: null,
    framePaintedMs: null,
    docResponseMs: null,
    domContentLoadedMs: null,
    loadMs: null,
    bytes: null,
    floor: null,
    requests: [],
  };
  const context = await browser.newContext({ ...SCREEN, serviceWorkers: 'allow' });
  const requests = new Map<string, CdpRequest>();
  let lastActivity = Date.now();
  const open = () => [...requests.values()].filter((r) => !r.finished).length;
  let stage = 'opening a page';
  let page: Page | undefined;
  const work = (async () => {
    await context.addInitScript({ content: PROBE });
    page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e) => {
      lastActivity = Date.now();
      if (!/^https?:/.test(e.request.url)) return;
      const existing = requests.get(e.requestId);
      if (existing && e.redirectResponse) {
        // A redirect: same request id, new URL; the 3xx's bytes stay counted.
        existing.url = e.request.url;
        return;
      }
      requests.set(e.requestId, {
        url: e.request.url,
        resourceType: e.type ?? 'Other',
        initiatorUrl: initiatorUrlOf(e.initiator as Initiator),
        renderBlocking: e.renderBlockingBehavior ?? null,
        encodedBytes: 0,
        status: null,
        failed: false,
        finished: false,
        sentAt: e.timestamp,
        responseAt: null,
        finishedAt: null,
      });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      r.status = e.response.status;
      r.resourceType = e.type;
      r.responseAt = e.timestamp;
    });
    cdp.on('Network.loadingFinished', (e) => {
      lastActivity = Date.now();
      const r = requests.get(e.requestId);
      if (!r) return;
      r.encodedBytes = e.encodedDataLength;
      r.finished = true;
      r.finishedAt = e.timestamp;
    });
    cdp.on('Network.loadingFailed', (e) => {
      lastActivity = Date.now();
      const r = requests.get(e.requestId);
      if (!r) return;
      r.failed = true;
      r.finished = true;
      r.finishedAt = e.timestamp;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.rttMs,
      downloadThroughput: THROTTLING.downBitsPerSecond / 8,
      uploadThroughput: UP_BITS_PER_SECOND / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    stage = 'waiting for the load event';
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    stage = 'waiting for the map to be painted';
    const probe = (await page.evaluate('window.__benchMap')) as ProbeResult;
    stage = 'waiting for the network to go quiet';
    // The page has painted its map and loaded: let late requests finish, so their bytes count.
    const quietBy = Date.now() + QUIET_CAP_MS;
    while ((open() > 0 || Date.now() - lastActivity < QUIET_MS) && Date.now() < quietBy) await new Promise((r) => setTimeout(r, 100));
    stage = 'reading the timings';
    const timing = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const lcp = performance.getEntriesByType('largest-contentful-paint');
      return {
        dcl: nav ? nav.domContentLoadedEventEnd : null,
        load: nav ? nav.loadEventEnd : null,
        lcp: lcp.length ? lcp[lcp.length - 1].startTime : null,
        ends: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.responseEnd])),
        docEnd: nav ? nav.responseEnd : null,
      };
    })()`)) as { dcl: number | null; load: number | null; lcp: number | null; ends: Record<string, number>; docEnd: number | null };
    return { probe, timing };
  })();
  try {
    const { probe, timing } = await timeout(work, timeoutMs, `${target.label} (${target.path})`);
    const raw = [...requests.values()];
    const t0 = raw.find((r) => r.url === url)?.sentAt ?? Math.min(...raw.map((r) => r.sentAt));
    const rel = (t: number | null) => (t === null ? null : Math.round((t - t0) * 10000) / 10);
    const records: (RequestRecord & { sentMs: number; responseMs: number | null; finishedMs: number | null })[] = raw.map((r) => ({
      url: r.url,
      resourceType: r.resourceType,
      initiatorUrl: r.initiatorUrl,
      renderBlocking: r.renderBlocking,
      encodedBytes: r.encodedBytes,
      status: r.status,
      failed: r.failed,
      endMs: r.url === url ? timing.docEnd : (timing.ends[r.url] ?? null),
      sentMs: rel(r.sentAt)!,
      responseMs: rel(r.responseAt),
      finishedMs: rel(r.finishedAt),
    }));
    const pageRecords = records.filter((r) => !isServiceWorkerScript(r.url));
    const critical = criticalRequests(pageRecords, { documentUrl: url, mapByScript: target.mapByScript, mapMs: probe.mapMs });
    const criticalUrls = new Set(critical.map((c) => c.url));
    Object.assign(run, {
      ok: true,
      mapMs: probe.mapMs,
      fcpMs: probe.fcpMs,
      lcpMs: timing.lcp ?? probe.lcpMs,
      pathInDomMs: probe.pathInDomMs,
      frameStartMs: probe.frameStartMs,
      framePaintedMs: probe.framePaintedMs,
      docResponseMs: records.find((r) => r.url === url)?.responseMs ?? null,
      domContentLoadedMs: timing.dcl,
      loadMs: timing.load,
      bytes: bytesByKind(pageRecords.filter((r) => !r.failed)),
      floor: floorOf(critical, THROTTLING),
      requests: records.map((r) => ({ ...r, critical: criticalUrls.has(r.url) })),
    } satisfies Partial<Run>);
  } catch (error) {
    run.error = `${(error as Error).message.split('\n')[0]} (while ${stage})`;
    // What the page had got to, for the record.
    const state = page ? await timeout(page.evaluate('JSON.stringify(window.__benchState ?? null)'), 2000, 'reading the probe').catch(() => null) : null;
    if (state) run.error += `; probe: ${String(state)}`;
    // The requests still open: did the server get them, and answer them?
    const stalled = [...requests.values()].filter((r) => !r.finished);
    for (const r of stalled) {
      const path = new URL(r.url).pathname;
      const t = server.traffic(path);
      run.error += `; still open: ${path} (server received ${t.received}, answered ${t.answered})`;
    }
  } finally {
    await context.close().catch(() => {});
  }
  return run;
}

function medianBytes(runs: readonly Run[]): Bytes {
  const ok = runs.filter((r) => r.bytes);
  const out = {} as Bytes;
  for (const k of [...BYTE_KINDS, 'total', 'requests'] as const) out[k] = median(ok.map((r) => r.bytes![k]));
  return out;
}

/**
 * A first visit, measured at the server: a fresh browser context with its cache on (as a reader's
 * browser has it), the map page opened, then everything until the service worker is active, that
 * is until it has precached the offline copy, and the network has been quiet for a moment. The
 * server counts the bodies it sent, gzipped as sent. Files the page has already loaded and that the
 * host lets a browser keep (the hashed /_astro/ files, immutable in dist/_headers) come to the
 * worker from the browser's cache, as they would from a real host. No throttling: it counts bytes,
 * not time.
 */
async function firstVisit(browser: Browser, server: BenchServer, path: string, timeoutMs: number) {
  const context = await browser.newContext({ ...SCREEN, serviceWorkers: 'allow' });
  try {
    server.resetSent();
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load', timeout: timeoutMs });
    const pageOnly = server.sent();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The worker is active once its install (the precache) is done; a last request may still be
    // finishing its body, so wait until the count stops moving.
    let last = -1;
    for (let i = 0; i < 50 && server.sent().responses !== last; i++) {
      last = server.sent().responses;
      await new Promise((done) => setTimeout(done, 300));
    }
    const all = server.sent();
    return { totalBytes: all.bytes, responses: all.responses, pageBytes: pageOnly.bytes, pageResponses: pageOnly.responses, fetchedTwice: all.paths.filter((p, i) => all.paths.indexOf(p) !== i) };
  } finally {
    await context.close();
  }
}

/** The Cache-Control the host would send for a path, from dist/_headers (written by npm run build). */
function hostCacheControl(): (path: string) => string | undefined {
  const file = join(DIST, '_headers');
  if (!existsSync(file)) throw new BenchError('dist/_headers is missing: build with npm run build (it writes the host rules the benchmark serves by)');
  const rules = parseHeaders(readFileSync(file, 'utf8'));
  return (path) => headersFor(rules, path).find(([name]) => name.toLowerCase() === 'cache-control')?.[1];
}

function readPrecache() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const entries = extractPrecacheManifest(sw);
  const totals = precacheTotals(entries, (u) => readFileSync(join(DIST, decodeURIComponent(u.split('?')[0]!))));
  // sw.js is fetched by the browser for the service worker, out of the page's sight (its CDP session does not see it).
  const swBody = readFileSync(join(DIST, 'sw.js'));
  return { ...totals, swScript: { rawBytes: swBody.length, gzipBytes: encodeBody(swBody, contentTypeOf('sw.js'), true).body.length } };
}

const fmtKB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const fmtMB = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

async function main(): Promise<number> {
  const options = parseOptions();
  const startedAt = new Date();
  const loadStart = loadavg();
  chromiumPath();
  if (options.build) buildSite();
  checkDist();

  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanup = async () => {
    for (const c of cleanups.splice(0).reverse()) await Promise.resolve(c()).catch(() => {});
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the servers and the browser…`);
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const precache = readPrecache();
    const tmp = mkdtempSync(join(tmpdir(), 'stp-bench-baseline-'));
    cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
    const baseline = await buildBaseline(tmp);
    const lean = await buildBaseline(tmp, { base: '/footprints-only/', footprintsOnly: true });

    const servers: Record<Target['server'], BenchServer> = { site: await serveGzipped(DIST, { cacheControl: hostCacheControl() }), baseline: await serveGzipped(tmp) };
    cleanups.push(() => servers.site.close(), () => servers.baseline.close());
    const browser = await launch();
    cleanups.push(() => browser.close());
    const chromiumVersion = browser.version();

    const targets: Target[] = [
      ...SITE_PAGES.map((p) => ({ ...p, server: 'site' as const, mapByScript: !mapInHtml(readFileSync(join(DIST, p.path, 'index.html'), 'utf8')) })),
      { id: 'baseline', label: 'baseline (client D3)', path: baseline.path, server: 'baseline', mapByScript: true, compare: false },
      { id: 'lean', label: '  footprints layer only', path: lean.path, server: 'baseline', mapByScript: true, compare: false },
    ];
    // Alternate: the map page and the baselines side by side in every round, then the other pages.
    const order = PAGE_IDS.filter((id) => options.pages.includes(id)).map((id) => targets.find((t) => t.id === id)!);

    console.log(`Chromium ${chromiumVersion}; ${cpus().length} CPUs, load average ${loadStart.map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`Throttling: ${CPU_SLOWDOWN}× CPU, ${THROTTLING.rttMs} ms RTT, ${THROTTLING.downBitsPerSecond / 1e6} Mbit/s down, ${UP_BITS_PER_SECOND / 1e3} kbit/s up; cache off; a fresh context per run.`);
    console.log('Warm-up (not counted)…');
    for (const t of order) {
      const w = await measure(browser, t, servers[t.server], 0, options.timeoutMs);
      if (!w.ok) console.warn(`  warm-up of ${t.label} failed: ${w.error}`);
    }
    const runs: Run[] = [];
    const failedAttempts: Run[] = [];
    for (let round = 1; round <= options.runs; round++) {
      const line: string[] = [];
      for (const t of order) {
        let r = await measure(browser, t, servers[t.server], round, options.timeoutMs);
        if (!r.ok) {
          // Now and then a throttled page never gets its load event (a DevTools emulation stall, see
          // microsoft/playwright#22676): record the failure, and try that run once more.
          console.warn(`  ${t.label}: ${r.error}; trying again`);
          failedAttempts.push(r);
          r = await measure(browser, t, servers[t.server], round, options.timeoutMs);
          if (!r.ok) console.warn(`  ${t.label}: ${r.error}`);
        }
        runs.push(r);
        line.push(`${t.id} ${r.ok ? Math.round(r.mapMs!) : 'FAIL'}`);
      }
      console.log(`Round ${round}/${options.runs}: ${line.join(', ')} ms`);
    }
    const loadEnd = loadavg();
    console.log('First visit, with the browser cache on, until the service worker is ready…');
    const visit = await firstVisit(browser, servers.site, SITE_PAGES.find((p) => p.id === 'map')!.path, options.timeoutMs);

    const of = (id: string) => runs.filter((r) => r.target === id);
    const mapTimes = (id: string) => of(id).map((r) => (r.ok ? r.mapMs : null));
    const base = summarize(mapTimes('baseline'));
    const summaries = order.map((t) => {
      const rs = of(t.id);
      const ok = rs.filter((r) => r.ok);
      const map = summarize(mapTimes(t.id));
      const floorMs = median(ok.map((r) => r.floor!.ms));
      const first = ok[0];
      return {
        target: t,
        map,
        fcp: summarize(ok.map((r) => r.fcpMs)),
        lcp: summarize(ok.map((r) => r.lcpMs)),
        pathInDom: summarize(ok.map((r) => r.pathInDomMs)),
        docResponse: summarize(ok.map((r) => r.docResponseMs)),
        load: summarize(ok.map((r) => r.loadMs)),
        bytes: medianBytes(rs),
        floor: first ? { ...first.floor!, ms: floorMs } : null,
        vsBaseline: t.compare ? speedup(mapTimes('baseline'), mapTimes(t.id)) : null,
        vsLean: t.compare ? speedup(mapTimes('lean'), mapTimes(t.id)) : null,
        failures: rs.length - ok.length + failedAttempts.filter((f) => f.target === t.id).length,
        blocking: first ? first.requests.filter((q) => q.renderBlocking === 'Blocking' || q.renderBlocking === 'InBodyParserBlocking').map((q) => new URL(q.url).pathname) : [],
      };
    });
    const rows: TableRow[] = summaries.map((s) => ({
      label: s.target.label,
      path: s.target.path,
      bytes: s.bytes,
      map: s.map,
      inDomMs: s.pathInDom.median,
      floorMs: s.floor?.ms ?? NaN,
      floorRoundTrips: s.floor ? s.floor.connectionRoundTrips + s.floor.requestRoundTrips : NaN,
      xFloor: s.map.median / (s.floor?.ms ?? NaN),
      xBaseline: s.vsBaseline ? base.median / s.map.median : null,
      failures: s.failures,
    }));
    const mapPage = summaries.find((s) => s.target.id === 'map');
    const embed = summaries.find((s) => s.target.id === 'embed');
    const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '—');
    const has = (id: string) => options.pages.includes(id);
    const table = [
      formatTable(rows),
      '',
      `Time to map: ms from navigation start to the first paint of svg.map's paths (the first contentful paint if the map is in it, else the end of the first frame that drew it); ${options.runs} runs each, alternating.`,
      `"in DOM": median time the map's paths entered the DOM. floor = RTT × (1 TCP + request round trips) + critical bytes × 8 / 1.6 Mbit/s ("RTs" counts the round trips); "÷floor" = median ÷ floor.`,
      ...(has('baseline')
        ? [
            `"vs base" = baseline median ÷ page median (how many times faster than the client-rendered baseline, which fetches the published topology, ${fmtKB(baseline.sizes.topologyGzipBytes)} gzipped).` +
              (mapPage?.vsBaseline ? ` Map page, per-round ratios: median ${x(mapPage.vsBaseline.paired.median)} (${x(mapPage.vsBaseline.paired.min)}–${x(mapPage.vsBaseline.paired.max)}).` : ''),
          ]
        : []),
      ...(has('lean')
        ? [
            `"footprints layer only": the same baseline fetching only the topology's footprints layer (same arcs, ${fmtKB(lean.sizes.topologyGzipBytes)} gzipped).` +
              (mapPage?.vsLean ? ` Against it: map page ${x(mapPage.vsLean.ofMedians)} (per round ${x(mapPage.vsLean.paired.median)})` : '') +
              (embed?.vsLean ? `, embed ${x(embed.vsLean.ofMedians)}.` : '.'),
          ]
        : []),
      `Service worker precache (dist/sw.js): ${precache.files} files, ${fmtMB(precache.rawBytes)} raw, ${fmtMB(precache.gzipBytes)} gzipped; sw.js itself ${fmtKB(precache.swScript.gzipBytes)} gzipped.`,
      `First visit to the map page, measured at the server until the service worker was ready: ${fmtMB(visit.totalBytes)} gzipped in ${visit.responses} responses (the page ${fmtKB(visit.pageBytes)} in ${visit.pageResponses}; then sw.js and the precache; fetched twice: ${visit.fetchedTwice.length ? visit.fetchedTwice.join(', ') : 'nothing'}).`,
      `Machine: ${cpus().length} CPUs, load average (1/5/15 min) ${loadStart.map((l) => l.toFixed(2)).join('/')} at start, ${loadEnd.map((l) => l.toFixed(2)).join('/')} at end. Chromium ${chromiumVersion}.`,
    ].join('\n');
    console.log(`\n${table}`);

    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(
      OUT,
      `${JSON.stringify(
        {
          startedAt: startedAt.toISOString(),
          finishedAt: new Date().toISOString(),
          machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, loadavgStart: loadStart, loadavgEnd: loadEnd, node: process.version },
          chromium: chromiumVersion,
          settings: { cpuSlowdown: CPU_SLOWDOWN, ...THROTTLING, upBitsPerSecond: UP_BITS_PER_SECOND, screen: SCREEN, runs: options.runs, timeoutMs: options.timeoutMs, built: options.build },
          table,
          precache,
          firstVisit: visit,
          baseline: baseline.sizes,
          baselineFootprintsOnly: lean.sizes,
          pages: summaries,
          runs,
          failedAttempts,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nWrote ${OUT.slice(ROOT.length + 1)}`);
    const empty = summaries.filter((s) => s.map.n === 0);
    if (empty.length) {
      console.error(`No successful run for: ${empty.map((s) => s.target.label).join(', ')}`);
      return 1;
    }
    return 0;
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BenchError) console.error(`bench: ${error.message}`);
    else console.error(error);
    process.exit(1);
  },
);
