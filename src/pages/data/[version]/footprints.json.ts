import type { APIRoute } from 'astro';
import { footprintsJson } from '../../../lib/downloads';
import { listVersions, loadDataset } from '../../../lib/load-dataset';

export function getStaticPaths() {
  return listVersions().map((version) => ({ params: { version } }));
}
export const GET: APIRoute = ({ params }) =>
  new Response(footprintsJson(loadDataset(params.version!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
