import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site/site';

// Web app manifest: lets readers install the site and open it offline like an app.
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: `${SITE_NAME}: ${SITE_TAGLINE}`,
        short_name: SITE_NAME,
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      null,
      2,
    ),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
