import type { APIRoute } from 'astro';
import { INDICATORS } from '../../../../lib/indicators';
import { listVersions } from '../../../../lib/load-dataset';
import { mapModel } from '../../../../lib/map-model';
import { svgToPng } from '../../../../lib/render-png';
import { standaloneSvg } from '../../../../lib/standalone-svg';

export function getStaticPaths() {
  return listVersions().flatMap((version) => INDICATORS.map((i) => ({ params: { version, indicator: i.id } })));
}
// Twice the display size of the SVG.
export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(svgToPng(standaloneSvg(mapModel(params.indicator!, params.version!)), 2)), { headers: { 'content-type': 'image/png' } });
