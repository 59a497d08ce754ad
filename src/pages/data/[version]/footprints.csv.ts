import type { APIRoute } from 'astro';
import { footprintsCsv } from '../../../lib/downloads';
import { loadDataset } from '../../../lib/load-dataset';
import { versionPaths } from '../../../lib/static-paths';

export const getStaticPaths = versionPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(footprintsCsv(loadDataset(params.version!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
