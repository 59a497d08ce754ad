import type { APIRoute } from 'astro';
import { versionFile } from '../../../lib/data/read-version';
import { versionPaths } from '../../../lib/publish/static-paths';

export const getStaticPaths = versionPaths;
// Served exactly as committed: derived by the data scripts, reproducible byte for byte, and checked by the data step.
export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(versionFile(params.version!, 'footprints.topo.json')), { headers: { 'content-type': 'application/json; charset=utf-8' } });
