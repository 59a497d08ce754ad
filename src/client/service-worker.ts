/// <reference lib="webworker" />
/**
 * The service worker: the whole site is precached on first visit, so every page opens offline.
 * Pages are fetched network-first (a reader online always gets the newest deploy, and the page's
 * hashed assets come with it, so old and new never mix); offline, pages come from the precache,
 * and anything not saved gets the offline page. Bundled by scripts/build-service-worker.ts, which
 * fills in self.__WB_MANIFEST with every file and its revision.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

const OFFLINE_PAGE = '/offline/index.html';
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
      return await withTimeout(fetch(request), NETWORK_TIMEOUT_MS);
    } catch {
      return (await matchPrecache(pageKey(url))) ?? (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
    }
  },
);

// Everything else (CSS, JS, data, the search index) from the precache. Pagefind adds ?ts=… to its
// entry file to bust HTTP caches; ignore it so the precached copy still matches offline.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^ts$/, /^utm_/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

// A new deploy takes over at once; pages are network-first, so open tabs keep working.
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
