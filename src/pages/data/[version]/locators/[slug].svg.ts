import type { APIRoute } from 'astro';
import { loadDataset } from '../../../../lib/load-dataset';
import { locatorSvg } from '../../../../lib/locator';
import { LOCATOR, mapGeometry } from '../../../../lib/map-geometry';
import { londonCodes } from '../../../../lib/map-model';
import { standaloneLocatorSvg } from '../../../../lib/standalone-svg';
import { footprintPaths } from '../../../../lib/static-paths';

export const getStaticPaths = footprintPaths;
export const GET: APIRoute = ({ params }) => {
  const dataset = loadDataset(params.version!);
  const f = dataset.bySlug.get(params.slug!)!;
  const g = mapGeometry(params.version!, londonCodes(dataset), LOCATOR);
  const svg = standaloneLocatorSvg(locatorSvg(dataset, params.version!, f.slug, 'loc'), f.name, f.code, params.version!, g.width, g.height);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
