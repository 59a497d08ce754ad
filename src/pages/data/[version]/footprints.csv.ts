import type { APIRoute } from 'astro';
import { footprintsCsv } from '../../../lib/publish/downloads';
import { loadDataset } from '../../../lib/data/read-version';
import { versionPaths } from '../../../lib/publish/static-paths';

export const getStaticPaths = versionPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(footprintsCsv(loadDataset(params.version!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
