import type { APIRoute } from 'astro';
import { buildFinderIndex, TODAY_VERSION } from '../../../lib/publish/finder-index';
import { listVersions, loadDataset } from '../../../lib/data/read-version';
import { versionPaths } from '../../../lib/publish/static-paths';

export const getStaticPaths = versionPaths;
// The finder's search index, fetched on first focus (not on page load). Where the version of the
// areas of today (the ICBs of July 2022) is in the data, each place carries its answer there too.
export const GET: APIRoute = ({ params }) => {
  const version = params.version!;
  const today = version !== TODAY_VERSION && listVersions().includes(TODAY_VERSION) ? loadDataset(TODAY_VERSION) : null;
  return new Response(JSON.stringify(buildFinderIndex(loadDataset(version), { today })), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
