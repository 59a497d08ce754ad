import type { APIRoute } from 'astro';
import { listVersions, loadDataset } from '../../lib/data/read-version';
import { crosswalkCsv } from '../../lib/publish/downloads';

// Every link between areas of consecutive versions (and the first version to the last), from LSOAs.
export const GET: APIRoute = () => new Response(crosswalkCsv(listVersions().map((v) => loadDataset(v))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
