import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { DATA_DIR } from '../../../lib/data/read-version';
import { versionPaths } from '../../../lib/publish/static-paths';

export const getStaticPaths = versionPaths;
// Served exactly as committed: the file is already minimal and its bytes are reproducible.
export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(DATA_DIR, params.version!, 'footprints.topo.json')), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
