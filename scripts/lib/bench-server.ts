/**
 * The benchmark's static server: serves a folder on 127.0.0.1 the way a static host would, with
 * directory indexes, the 404 page, gzip for text types (node:zlib, bench-http.ts) and a
 * content-length on every response, so the bytes the browser counts are the bytes a reader's
 * browser would download. Compressed bodies are kept in memory, so compressing never shows up in a
 * timed run after the first (untimed) warm-up. Each response takes its Cache-Control from the
 * host's rules (dist/_headers, if given), so a browser with its cache on keeps what a real host lets
 * it keep; the timed runs turn the cache off, so for them this changes nothing.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { acceptsGzip, contentTypeOf, encodeBody, GZIP_LEVEL } from './bench-http.ts';

export interface BenchServer {
  url: string;
  /** How many requests for a path arrived and how many were answered in full (for diagnosing a stalled run). */
  traffic(path: string): { received: number; answered: number };
  /** Body bytes sent (as sent: gzipped where gzipped) and responses, since the last reset. */
  sent(): { bytes: number; responses: number; paths: string[] };
  resetSent(): void;
  close(): Promise<void>;
}

interface Entry {
  type: string;
  raw: Buffer;
  gzip: Buffer | null;
}

export interface ServeOptions {
  level?: number;
  /** The Cache-Control for a path (from the host's rules); without one, "no-cache". */
  cacheControl?: (path: string) => string | undefined;
}

export async function serveGzipped(root: string, { level = GZIP_LEVEL, cacheControl }: ServeOptions = {}): Promise<BenchServer> {
  const base = resolve(root);
  const cache = new Map<string, Entry>();
  const counts = new Map<string, { received: number; answered: number }>();
  let sent = { bytes: 0, responses: 0, paths: [] as string[] };
  const count = (path: string) => {
    let c = counts.get(path);
    if (!c) counts.set(path, (c = { received: 0, answered: 0 }));
    return c;
  };

  async function load(path: string): Promise<Entry> {
    let entry = cache.get(path);
    if (!entry) {
      const raw = await readFile(path);
      const type = contentTypeOf(path);
      const encoded = encodeBody(raw, type, true, level);
      entry = { type, raw, gzip: encoded.gzipped ? encoded.body : null };
      cache.set(path, entry);
    }
    return entry;
  }

  const server: Server = createServer(async (req, res) => {
    const counted = count(new URL(req.url ?? '/', 'http://localhost').pathname);
    counted.received += 1;
    res.once('finish', () => (counted.answered += 1));
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) {
        res.writeHead(403, { 'content-length': 0 }).end();
        return;
      }
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}`, 'content-length': 0 }).end();
          return;
        }
        path = join(path, 'index.html');
      }
      let status = 200;
      let entry = await load(path).catch(() => null);
      if (!entry) {
        status = 404;
        entry = await load(join(base, '404.html')).catch(() => ({ type: 'text/plain; charset=utf-8', raw: Buffer.from('Not found'), gzip: null }));
      }
      const gzip = entry.gzip && acceptsGzip(req.headers['accept-encoding']) ? entry.gzip : null;
      const body = gzip ?? entry.raw;
      res.writeHead(status, {
        'content-type': entry.type,
        'content-length': body.length,
        'cache-control': cacheControl?.(url.pathname) ?? 'no-cache',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      if (req.method !== 'HEAD') {
        sent.bytes += body.length;
        sent.responses += 1;
        sent.paths.push(url.pathname);
      }
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-length': 0 });
      res.end();
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    traffic: (path) => ({ ...count(path) }),
    sent: () => ({ ...sent, paths: [...sent.paths] }),
    resetSent: () => {
      sent = { bytes: 0, responses: 0, paths: [] };
    },
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
