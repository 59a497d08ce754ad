import type { APIRoute } from 'astro';
import { csvFormat } from 'd3-dsv';
import { mapModel } from '../../../../lib/map-model';
import { indicatorPaths } from '../../../../lib/static-paths';

export const getStaticPaths = indicatorPaths;
// One row per footprint: the value behind the map, with its source.
export const GET: APIRoute = ({ params }) => {
  const model = mapModel(params.indicator!, params.version!);
  const rows = model.rows.map((r) => ({
    version: model.version,
    code: r.code,
    name: r.name,
    [model.indicator.id]: r.value ?? '',
    note: r.note ?? '',
    source_title: r.source?.title ?? '',
    source_publisher: r.source?.publisher ?? '',
    source_url: r.source?.url ?? '',
  }));
  return new Response(csvFormat(rows) + '\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
