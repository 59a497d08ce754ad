import type { APIRoute } from 'astro';
import { mapModel } from '../../../../../lib/maps/map-model';
import { standaloneSvg } from '../../../../../lib/maps/svg/standalone';
import { hexIndicatorPaths } from '../../../../../lib/publish/static-paths';

/** The equal-area hex map of one version and indicator, as a standalone SVG (#<code> highlights one area). */
export const getStaticPaths = hexIndicatorPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(mapModel(params.indicator!, params.version!), 'hex'), { headers: { 'content-type': 'image/svg+xml' } });
