import type { APIRoute } from 'astro';
import { mapModel } from '../../../../lib/maps/map-model';
import { mapValuesCsv } from '../../../../lib/publish/downloads';
import { indicatorPaths } from '../../../../lib/publish/static-paths';

export const getStaticPaths = indicatorPaths;
export const GET: APIRoute = ({ params }) =>
  new Response(mapValuesCsv(mapModel(params.indicator!, params.version!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
