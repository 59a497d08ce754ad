import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { DATA_DIR, listVersions } from '../../../lib/load-dataset';

export function getStaticPaths() {
  return listVersions().map((version) => ({ params: { version } }));
}
// Served exactly as committed: the file is already minimal and its bytes are reproducible.
export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(DATA_DIR, params.version!, 'footprints.topo.json')), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
