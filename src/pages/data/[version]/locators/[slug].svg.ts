import type { APIRoute } from 'astro';
import { loadDataset } from '../../../../lib/data/read-version';
import { locatorOptions } from '../../../../lib/maps/svg/locator';
import { standaloneLocatorSvg } from '../../../../lib/maps/svg/standalone';
import { footprintPaths } from '../../../../lib/publish/static-paths';

export const getStaticPaths = footprintPaths;
export const GET: APIRoute = ({ params }) => {
  const svg = standaloneLocatorSvg(locatorOptions(loadDataset(params.version!), params.slug!, 'loc'), params.version!);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
