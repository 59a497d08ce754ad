/**
 * What the benchmark's server sends, as a real static host would: a content type per file
 * extension, and gzip for text types only (images and Pagefind's already-compressed index files go
 * as they are). Pure, so the precache total can be computed with exactly the server's rules.
 */
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The content type for a file name (by its extension), or application/octet-stream. */
export function contentTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  const ext = dot >= 0 && dot > file.lastIndexOf('/') ? file.slice(dot).toLowerCase() : '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/**
 * Whether a host would gzip a response of this type: text, JSON, JavaScript, XML, SVG, the web
 * manifest and WebAssembly; not images, fonts (WOFF/WOFF2 are compressed already) or binary data
 * (Pagefind's .pf_* files are gzip streams already).
 */
export function compressible(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'application/manifest+json' ||
    type === 'application/javascript' ||
    type === 'application/xml' ||
    type === 'image/svg+xml' ||
    type === 'application/wasm' ||
    type === 'font/ttf'
  );
}

/** zlib's default level (6), which is also Apache mod_deflate's; nginx defaults to 1, so this is not flattering. */
export const GZIP_LEVEL = 6;

/** The body a host would send for a file: gzipped when its type is compressible and the client accepts gzip. */
export function encodeBody(body: Buffer, contentType: string, acceptsGzip: boolean, level = GZIP_LEVEL): { body: Buffer; gzipped: boolean } {
  if (!acceptsGzip || !compressible(contentType) || body.length === 0) return { body, gzipped: false };
  return { body: gzipSync(body, { level }), gzipped: true };
}

/** Whether an Accept-Encoding header allows gzip (RFC 9110 §12.5.3: a q of 0 refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}
