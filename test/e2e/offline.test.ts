/**
 * Offline reading: after one visit the service worker has saved the site, so with the network
 * gone, articles, footprint pages, an embed seen once and site search still work; and after a new deploy the
 * reader gets the new content on the next visit.
 */
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { serveDirectory, type RunningServer } from './static-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function installServiceWorker(context: BrowserContext, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  // Resolves once the worker is active, that is after it has precached the whole site.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 20_000 });
  await page.close();
}

describe('offline, after one visit', () => {
  let server: RunningServer;
  let context: BrowserContext;
  beforeAll(async () => {
    // Its own server (own origin), so no other test's service worker interferes.
    server = await serveDirectory('dist');
    context = await browser.newContext();
    await installServiceWorker(context, server.url);
    // Embeds are not precached (they live in other sites' pages): one seen once is kept.
    const seen = await context.newPage();
    await seen.goto(`${server.url}/embed/2017-04/lead-type/?theme=dark`);
    await seen.close();
    await context.setOffline(true);
  }, 90_000);
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it.each([
    ['/articles/stps-explained/', 'STPs explained'],
    ['/articles/social-care-view/', 'The view from social care'],
    ['/articles/kings-fund-findings/', 'What The King'],
    ['/footprints/greater-manchester/', 'Greater Manchester'],
    ['/footprints/derbyshire/', 'Derbyshire'],
    ['/footprints/north-west-london/', 'North West London'],
    ['/embed/2017-04/lead-type/?theme=dark', 'Who led each footprint'],
  ])('opens %s', async (path, heading) => {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    expect(await page.locator('h1').textContent()).toContain(heading);
    if (path.startsWith('/embed/')) expect(await page.locator('[data-view="geo"] svg.map a.fp').count()).toBe(44);
    await page.close();
  });

  it('shows the offline page for a page that was never saved', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/not-a-page/`);
    expect(await page.locator('h1').textContent()).toContain("You're offline");
    await page.close();
  });

  it('searches offline: "social care" finds the social care article', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=social+care`);
    const results = page.locator('[data-search-results] a');
    await expect.poll(() => results.allTextContents(), { timeout: 15_000 }).toContain('The view from social care');
    await page.close();
  });

  it('finds a footprint offline with the finder', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/footprints/`);
    await page.locator('#finder input').fill('Whitby');
    // The index (10,000 places) loads and is prepared on first focus: allow for a slow, busy machine.
    await expect.poll(() => page.locator('#finder [role="option"]').first().textContent(), { timeout: 10_000 }).toContain('Durham, Darlington');
    await page.close();
  });
});

describe('after a new deploy', () => {
  it('serves the new content on the next visit, and offline from then on', async () => {
    // Build a second version of the site with one article's title changed.
    const root = resolve('.');
    const copy = mkdtempSync(join(tmpdir(), 'stp-redeploy-'));
    for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const article = join(copy, 'content', 'articles', 'csu-view.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^title: .*$/m, 'title: "A new title after the redeploy"'));
    execFileSync('npm', ['run', 'build'], { cwd: copy, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'http://localhost:4321' } });

    const server = await serveDirectory('dist');
    const context = await browser.newContext();
    try {
      await installServiceWorker(context, server.url);
      const page = await context.newPage();
      await page.goto(`${server.url}/articles/csu-view/`);
      expect(await page.locator('h1').textContent()).toBe('The view from a commissioning support unit');

      server.setRoot(join(copy, 'dist')); // the new deploy, same address
      await page.goto(`${server.url}/articles/csu-view/`);
      expect(await page.locator('h1').textContent()).toBe('A new title after the redeploy');

      // The new worker takes over with the new precache; offline, the new page is what is saved.
      await expect
        .poll(async () => {
          await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
          return page.evaluate(async () => {
            const keys = await caches.keys();
            for (const k of keys) {
              const cache = await caches.open(k);
              for (const req of await cache.keys()) {
                if (req.url.includes('/articles/csu-view/index.html')) {
                  return (await (await cache.match(req))!.text()).includes('A new title after the redeploy');
                }
              }
            }
            return false;
          });
        }, { timeout: 30_000, interval: 1000 })
        .toBe(true);
      await context.setOffline(true);
      await page.goto(`${server.url}/articles/csu-view/`);
      expect(await page.locator('h1').textContent()).toBe('A new title after the redeploy');
    } finally {
      await context.close();
      await server.close();
    }
  }, 240_000);
});
