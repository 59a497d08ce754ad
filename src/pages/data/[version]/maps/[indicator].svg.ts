import type { APIRoute } from 'astro';
import { mapModel } from '../../../../lib/map-model';
import { standaloneSvg } from '../../../../lib/standalone-svg';
import { indicatorPaths } from '../../../../lib/static-paths';

export const getStaticPaths = indicatorPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(mapModel(params.indicator!, params.version!)), { headers: { 'content-type': 'image/svg+xml' } });
