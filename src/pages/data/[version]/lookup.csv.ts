import type { APIRoute } from 'astro';
import { lookupCsv } from '../../../lib/publish/downloads';
import { loadDataset } from '../../../lib/data/read-version';
import { versionPaths } from '../../../lib/publish/static-paths';

export const getStaticPaths = versionPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(lookupCsv(loadDataset(params.version!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
