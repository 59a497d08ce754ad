/** The site shell as a reader meets it: nav, skip link, colour schemes, the 404 page, no script errors. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { builtPages } from './built-pages';

let browser: Browser;
const url = (path: string) => new URL(path, inject('baseUrl')).href;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(url(path));
  return page;
}

describe('site shell', () => {
  it('shows the site name and the five sections in the main nav', async () => {
    const page = await open('/');
    const links = await page.locator('nav[aria-label="Main"] a').allTextContents();
    expect(links).toEqual(['Articles', 'Footprints', 'Maps', 'Data', 'About']);
    expect(await page.locator('.site-name').textContent()).toContain('STP footprints');
    await page.context().close();
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const page = await open('/about/');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await page.context().close();
  });

  it('follows the reader\'s dark colour scheme', async () => {
    const light = await open('/', { colorScheme: 'light' });
    const dark = await open('/', { colorScheme: 'dark' });
    const bg = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg(light)).toBe('rgb(255, 255, 255)');
    expect(await bg(dark)).not.toBe('rgb(255, 255, 255)');
    await light.context().close();
    await dark.context().close();
  });

  it('answers an unknown address with a helpful 404 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain("can't find that page");
    expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('every page runs without script errors or CSP violations', () => {
  it.each(builtPages().map((p) => p.path))('%s', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.goto(url(path), { waitUntil: 'load' });
    // 404.html is also served as itself; the console's "404" line for it is expected.
    expect(problems.filter((p) => !(path === '/404.html' && p.includes('404')))).toEqual([]);
    await context.close();
  });
});
