import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { svgToPng } from '../lib/maps/svg/png';

// App icons, rendered from public/favicon.svg at build time (32 px design, scaled).
export function getStaticPaths() {
  return [{ params: { size: '192' } }, { params: { size: '512' } }];
}
export const GET: APIRoute = ({ params }) => {
  const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8');
  return new Response(new Uint8Array(svgToPng(svg, Number(params.size) / 32)), { headers: { 'content-type': 'image/png' } });
};
