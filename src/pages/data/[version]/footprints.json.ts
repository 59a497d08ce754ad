import type { APIRoute } from 'astro';
import { footprintsJson } from '../../../lib/publish/downloads';
import { loadDataset } from '../../../lib/data/read-version';
import { versionPaths } from '../../../lib/publish/static-paths';

export const getStaticPaths = versionPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(footprintsJson(loadDataset(params.version!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
