import type { APIRoute } from 'astro';
import { mapModel } from '../../../../lib/maps/map-model';
import { svgToPng } from '../../../../lib/maps/svg/png';
import { standaloneSvg } from '../../../../lib/maps/svg/standalone';
import { indicatorPaths } from '../../../../lib/publish/static-paths';

export const getStaticPaths = indicatorPaths;
// Twice the display size of the SVG.
export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(svgToPng(standaloneSvg(mapModel(params.indicator!, params.version!)), 2)), { headers: { 'content-type': 'image/png' } });
