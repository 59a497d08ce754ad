import type { APIRoute } from 'astro';
import { footprintsCsv } from '../../../lib/downloads';
import { listVersions, loadDataset } from '../../../lib/load-dataset';

export function getStaticPaths() {
  return listVersions().map((version) => ({ params: { version } }));
}
export const GET: APIRoute = ({ params }) =>
  new Response(footprintsCsv(loadDataset(params.version!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
