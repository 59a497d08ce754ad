import type { APIRoute } from 'astro';
import { buildFinderIndex } from '../../../lib/publish/finder-index';
import { loadDataset } from '../../../lib/data/read-version';
import { versionPaths } from '../../../lib/publish/static-paths';

export const getStaticPaths = versionPaths;
// The finder's search index, fetched on first use (not on page load).
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(buildFinderIndex(loadDataset(params.version!))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
