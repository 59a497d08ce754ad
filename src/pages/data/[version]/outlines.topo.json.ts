import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import { loadDataset } from '../../../lib/data/read-version';
import { subsetTopology } from '../../../lib/geometry/subset-topology';
import { versionPaths } from '../../../lib/publish/static-paths';

export const getStaticPaths = versionPaths;
// The two layers the finder needs to place a point (footprints and upper-tier councils), with only their arcs.
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(subsetTopology(loadDataset(params.version!).topology as unknown as Topology, ['footprints', 'councils'])), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
