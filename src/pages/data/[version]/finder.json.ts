import type { APIRoute } from 'astro';
import { buildFinderIndex } from '../../../lib/finder-index';
import { listVersions, loadDataset } from '../../../lib/load-dataset';

export function getStaticPaths() {
  return listVersions().map((version) => ({ params: { version } }));
}
// The finder's search index, fetched on first use (not on page load).
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(buildFinderIndex(loadDataset(params.version!))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
