import type { APIRoute } from 'astro';
import { lookupCsv } from '../../../lib/downloads';
import { loadDataset } from '../../../lib/load-dataset';
import { versionPaths } from '../../../lib/static-paths';

export const getStaticPaths = versionPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(lookupCsv(loadDataset(params.version!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
