/**
 * Registers the service worker (built into dist/sw.js by scripts/build-service-worker.ts) so the
 * site keeps working offline once visited. It waits until the page has loaded and the browser is
 * idle, so saving the site for offline reading never competes with the first page for the network.
 * Not in development, where pages change constantly.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const register = () =>
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Offline reading is an enhancement: the site works without it.
    });
  const whenIdle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(() => void register(), { timeout: 3000 }) : setTimeout(() => void register(), 1000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
