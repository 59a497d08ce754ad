import type { APIRoute } from 'astro';
import { csvFormat } from 'd3-dsv';
import { INDICATORS } from '../../../../lib/indicators';
import { listVersions } from '../../../../lib/load-dataset';
import { mapModel } from '../../../../lib/map-model';

export function getStaticPaths() {
  return listVersions().flatMap((version) => INDICATORS.map((i) => ({ params: { version, indicator: i.id } })));
}
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
