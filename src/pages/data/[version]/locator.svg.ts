import type { APIRoute } from 'astro';
import { loadDataset } from '../../../lib/data/read-version';
import { locatorSprite } from '../../../lib/maps/svg/locator';
import { versionPaths } from '../../../lib/publish/static-paths';

export const getStaticPaths = versionPaths;
// The locators' shared base map of a version, shown by every area page with <use>.
export const GET: APIRoute = ({ params }) => new Response(locatorSprite(loadDataset(params.version!)), { headers: { 'content-type': 'image/svg+xml' } });
