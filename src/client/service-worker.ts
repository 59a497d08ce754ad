/// <reference lib="webworker" />
/**
 * The service worker. What offline reading needs (every article and 2017 footprint page, the maps,
 * the search index, the finder's data) is precached once the first page is idle; everything else a
 * reader opens is kept as they open it, so it too works offline from then on. Pages are fetched
 * network-first (a reader online always gets the newest deploy, and the page's hashed assets come
 * with it, so old and new never mix); offline, pages come from the precache or from what was kept,
 * and anything never seen gets the offline page. Bundled by scripts/build-service-worker.ts, which
 * fills in self.__WB_MANIFEST with the precached files and their revisions.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

const OFFLINE_PAGE = '/offline/index.html';
/** Pages and files a reader opened that are not in the precache. */
const KEPT = 'stp-kept-v1';
/** How long to wait for the network before falling back to the saved page (slow train Wi-Fi). */
const NETWORK_TIMEOUT_MS = 4000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The precache key of a page URL: /articles/x/ → /articles/x/index.html. */
function pageKey(url: URL): string {
  return url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
}

// Navigations first, so they are not answered cache-first by the precache route below.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request, url }) => {
    try {
      const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS);
      if (response.ok) {
        const copy = response.clone();
        void caches.open(KEPT).then((cache) => cache.put(url.pathname, copy));
      }
      return response;
    } catch {
      const kept = await caches.open(KEPT).then((cache) => cache.match(url.pathname));
      return (await matchPrecache(pageKey(url))) ?? kept ?? (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
    }
  },
);

// Everything precached (CSS, JS, data, the search index) from the precache. Pagefind adds ?ts=… to
// its entry file to bust HTTP caches; ignore it so the precached copy still matches offline.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^ts$/, /^utm_/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

// Anything else of ours a page asks for (a later version's data, an image, an embed's files): from
// the network, kept for next time, and served from what was kept when offline.
registerRoute(({ url, request }) => url.origin === self.location.origin && request.method === 'GET', new StaleWhileRevalidate({ cacheName: KEPT }));

// A new deploy takes over at once; pages are network-first, so open tabs keep working.
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
