/**
 * Embeds as a journalist uses them: the snippet from a map page, pasted into a host page served
 * from a different local origin. The iframe must size itself to its content at phone, tablet and
 * desktop widths; with scripts blocked, the static-image snippet and its data link must work.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { builtPages } from './built-pages';
import { serveDirectory, type RunningServer } from './static-server';

let browser: Browser;
let host: RunningServer;
const site = () => inject('baseUrl');
const BUILD_ORIGIN = 'http://localhost:4321';

/** The snippets as the built map page shows them, pointed at the test server. */
function snippets(path: string): { iframe: string; image: string } {
  const page = builtPages().find((p) => p.path === path)!;
  const boxes = [...page.html.matchAll(/<textarea[^>]*data-snippet[^>]*>([\s\S]*?)<\/textarea>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').split(BUILD_ORIGIN).join(site()),
  );
  expect(boxes).toHaveLength(2);
  return { iframe: boxes[0]!, image: boxes[1]! };
}

beforeAll(async () => {
  browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  const { iframe, image } = snippets('/maps/lead-type/');
  const wrap = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title></head><body style="margin:0"><article><h1>A newspaper article</h1>${body}<p>After the map.</p></article></body></html>`;
  writeFileSync(join(dir, 'iframe.html'), wrap(iframe));
  writeFileSync(join(dir, 'image.html'), wrap(image));
  writeFileSync(join(dir, '404.html'), 'not found');
  host = await serveDirectory(dir); // a second origin: another port on 127.0.0.1
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('the interactive snippet on another site', () => {
  it('comes from another origin than the site', () => {
    expect(new URL(host.url).origin).not.toBe(new URL(site()).origin);
  });

  it.each([320, 768, 1200])('sizes the iframe to its content at %i px wide', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${host.url}/iframe.html`);
    const frameElement = page.locator('iframe[data-stp-embed]');
    await frameElement.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe[data-stp-embed]');
    await frame.locator('[data-view="geo"] svg.map').waitFor();
    const content = async () => (await (await frameElement.elementHandle())!.contentFrame())!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await frameElement.boundingBox())!.height - (await content())), { timeout: 10_000 })
      .toBeLessThanOrEqual(2);
    // The frame fills the article's width.
    expect(Math.round((await frameElement.boundingBox())!.width)).toBe(width);
    await context.close();
  });

  it('ignores resize messages that are not from its iframe', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/iframe.html`);
    const frameElement = page.locator('iframe[data-stp-embed]');
    await page.frameLocator('iframe[data-stp-embed]').locator('[data-view="geo"] svg.map').waitFor();
    await expect.poll(async () => (await frameElement.boundingBox())!.height).toBeGreaterThan(300);
    const before = (await frameElement.boundingBox())!.height;
    await page.evaluate(() => window.postMessage({ type: 'stp-footprints:resize', height: 99 }, '*'));
    await page.waitForTimeout(200);
    expect((await frameElement.boundingBox())!.height).toBe(before);
    await page.close();
  });
});

describe('the static snippet with scripts blocked', () => {
  it('shows the linked image and a working data link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${host.url}/image.html`);
    const img = page.locator('img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1200);
    expect(await img.getAttribute('alt')).toMatch(/Who led each footprint/);
    expect(await page.locator('a:has(img)').getAttribute('href')).toBe(`${site()}/maps/lead-type/`);
    const data = page.locator('a', { hasText: 'Get the data' });
    const response = await context.request.get((await data.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect((await response.text()).split('\n')[0]).toContain('code,name,lead-type');
    await context.close();
  });
});

describe('embed pages', () => {
  it('follow ?theme=dark and ?theme=light whatever the reader\'s setting', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site()}/embed/2017-04/region/?theme=dark`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await page.goto(`${site()}/embed/2017-04/region/?theme=light`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('open links in the top window and carry a source, licence and data link', async () => {
    const page = await browser.newPage();
    await page.goto(`${site()}/embed/2017-04/footprints/derbyshire/`);
    expect(await page.locator('base').getAttribute('target')).toBe('_top');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Open Government Licence');
    expect(await page.locator('a', { hasText: 'Get the data' }).count()).toBe(1);
    expect(await page.locator('svg.locator .here').count()).toBe(1);
    await page.close();
  });
});
