import type { APIRoute } from 'astro';
import { mapModel } from '../../../../../lib/maps/map-model';
import { svgToPng } from '../../../../../lib/maps/svg/png';
import { standaloneSvg } from '../../../../../lib/maps/svg/standalone';
import { hexIndicatorPaths } from '../../../../../lib/publish/static-paths';

/** The equal-area hex map as a PNG, twice the display size of the SVG. */
export const getStaticPaths = hexIndicatorPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(svgToPng(standaloneSvg(mapModel(params.indicator!, params.version!), 'hex'), 2)), { headers: { 'content-type': 'image/png' } });
