import type { APIRoute } from 'astro';
import { mapModel } from '../../../../lib/map-model';
import { svgToPng } from '../../../../lib/render-png';
import { standaloneSvg } from '../../../../lib/standalone-svg';
import { indicatorPaths } from '../../../../lib/static-paths';

export const getStaticPaths = indicatorPaths;
// Twice the display size of the SVG.
export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(svgToPng(standaloneSvg(mapModel(params.indicator!, params.version!)), 2)), { headers: { 'content-type': 'image/png' } });
