import type { APIRoute } from 'astro';
import { mapModel } from '../../../../../lib/maps/map-model';
import { HEX_VIEW_PREFIX } from '../../../../../lib/maps/svg/hex';
import { hexIndicatorPaths } from '../../../../../lib/publish/static-paths';

/**
 * The hex view of a national map, as the page inlines it when a reader asks for it (links, labels,
 * ids starting HEX_VIEW_PREFIX, which the page renames to its own). Fetched on demand, so map pages
 * stay light for the many readers who never switch view.
 */
export const getStaticPaths = hexIndicatorPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(mapModel(params.indicator!, params.version!).hexSvg(HEX_VIEW_PREFIX)!, { headers: { 'content-type': 'image/svg+xml' } });
