import type { APIRoute } from 'astro';
import { mapModel } from '../../../../lib/maps/map-model';
import { standaloneSvg } from '../../../../lib/maps/svg/standalone';
import { indicatorPaths } from '../../../../lib/publish/static-paths';

export const getStaticPaths = indicatorPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(mapModel(params.indicator!, params.version!)), { headers: { 'content-type': 'image/svg+xml' } });
