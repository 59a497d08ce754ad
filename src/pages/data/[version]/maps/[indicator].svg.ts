import type { APIRoute } from 'astro';
import { INDICATORS } from '../../../../lib/indicators';
import { listVersions } from '../../../../lib/load-dataset';
import { mapModel } from '../../../../lib/map-model';
import { standaloneSvg } from '../../../../lib/standalone-svg';

export function getStaticPaths() {
  return listVersions().flatMap((version) => INDICATORS.map((i) => ({ params: { version, indicator: i.id } })));
}
export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(mapModel(params.indicator!, params.version!)), { headers: { 'content-type': 'image/svg+xml' } });
