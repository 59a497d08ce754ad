/**
 * The site served as a hardened host would serve it: the Content-Security-Policy of the built
 * `_headers` file sent as an HTTP header (frame-ancestors * for embeds only). Theme, finder, embed
 * resizing, search and offline reading must all still work, and nothing may be blocked.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { headersFor, parseHeaders } from '../../src/lib/publish/headers';
import { launchChromium } from '../helpers/browser';
import { serveDirectory, type RunningServer } from './static-server';

const rules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
let browser: Browser;
let site: RunningServer;
let host: RunningServer;

beforeAll(async () => {
  browser = await launchChromium();
  site = await serveDirectory('dist', { headers: (path) => headersFor(rules, path) });
  const dir = mkdtempSync(join(tmpdir(), 'csp-host-'));
  const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>`;
  writeFileSync(
    join(dir, 'embed.html'),
    page(`<iframe data-stp-embed src="${site.url}/embed/2017-04/region/?theme=dark" title="Map" width="100%" height="150" style="width:100%;border:0"></iframe><script src="${site.url}/embed.js" async></script>`),
  );
  writeFileSync(join(dir, 'page.html'), page(`<iframe src="${site.url}/maps/region/" title="A site page" width="600" height="400"></iframe>`));
  writeFileSync(join(dir, '404.html'), 'not found');
  host = await serveDirectory(dir);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** A page that records every CSP violation the browser reports. */
async function watched(context: BrowserContext): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await context.newPage();
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) blocked.push(m.text());
  });
  return { page, violations: async () => blocked };
}

describe('the _headers file', () => {
  it('sends the policy with frame-ancestors: self for site pages, * for embeds, and no rule overlaps another', async () => {
    const site1 = await fetch(`${site.url}/maps/region/`);
    const embed = await fetch(`${site.url}/embed/2017-04/region/`);
    expect(site1.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    for (const path of ['/', '/maps/region/', '/embed/2017-04/region/', '/footprints/greater-manchester/', '/404.html']) {
      expect(headersFor(rules, path).filter(([n]) => n === 'Content-Security-Policy'), path).toHaveLength(1);
    }
  });
});

describe('under the header policy', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(async () => context?.close());

  it('an embed takes ?theme=dark, inside another site, and sizes itself to its content', async () => {
    const { page, violations } = await watched(context);
    await page.goto(`${host.url}/embed.html`);
    const frame = page.frameLocator('iframe[data-stp-embed]');
    await frame.locator('[data-view="geo"] svg.map').waitFor();
    expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
    const iframe = page.locator('iframe[data-stp-embed]');
    await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 10_000 }).toBeGreaterThan(300);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('a site page refuses to be framed by another site', async () => {
    const page = await context.newPage();
    await page.goto(`${host.url}/page.html`);
    await page.waitForTimeout(500);
    const frame = page.frames().find((f) => f.url().includes('/maps/region/'));
    const framedTitle = frame ? await frame.title().catch(() => '') : '';
    expect(framedTitle).not.toMatch(/region/i);
    await page.close();
  });

  it('the finder finds a town', async () => {
    const { page, violations } = await watched(context);
    await page.goto(`${site.url}/`);
    const input = page.getByRole('combobox');
    await input.fill('Glossop');
    await expect.poll(() => page.getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('site search finds "social care"', async () => {
    const { page, violations } = await watched(context);
    await page.goto(`${site.url}/search/?q=social+care`);
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the service worker installs and an article opens offline', async () => {
    const offline = await browser.newContext();
    const page = await offline.newPage();
    await page.goto(`${site.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 20_000 });
    await offline.setOffline(true);
    await page.goto(`${site.url}/articles/stps-explained/`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('STPs explained');
    await offline.close();
  });
});
