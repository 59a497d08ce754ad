import type { APIRoute } from 'astro';
import { footprintsJson } from '../../../lib/downloads';
import { loadDataset } from '../../../lib/load-dataset';
import { versionPaths } from '../../../lib/static-paths';

export const getStaticPaths = versionPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(footprintsJson(loadDataset(params.version!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
