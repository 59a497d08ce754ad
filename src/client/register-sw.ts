/**
 * Registers the service worker (built into dist/sw.js by scripts/build-service-worker.ts) so the
 * site keeps working offline once visited. Not in development, where pages change constantly.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Offline reading is an enhancement: the site works without it.
    });
  });
}
