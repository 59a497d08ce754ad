/**
 * A tiny static file server for the built site: directory indexes, the 404 page, correct MIME
 * types. Tests start their own so they never depend on a dev server or the network.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
// The same content types the benchmark's server sends (one table for both).
import { contentTypeOf } from '../../scripts/lib/bench-http.ts';

export interface RunningServer {
  url: string;
  /** Serve another directory from now on (a new deploy at the same address). */
  setRoot(root: string): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  /** Extra headers for a path (e.g. the rules of the built _headers file). */
  headers?: (path: string) => [string, string][];
  /** Answer a path yourself (e.g. a hanging API): return true when handled. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export async function serveDirectory(root: string, options: ServeOptions = {}): Promise<RunningServer> {
  const port = options.port ?? 0;
  let base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (options.intercept?.(req, res)) return;
    const extra = Object.fromEntries(options.headers?.(url.pathname) ?? []);
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        path = join(path, 'index.html');
      }
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': contentTypeOf(path),
        'cache-control': 'no-cache',
        ...extra,
      });
      res.end(body);
    } catch {
      const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...Object.fromEntries(options.headers?.('/404.html') ?? []) }).end(notFound);
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    setRoot: (next) => {
      base = resolve(next);
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
