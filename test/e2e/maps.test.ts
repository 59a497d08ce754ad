/** National maps as a reader uses them: keyboard, hover tooltips, no-JavaScript rendering. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser';

let browser: Browser;
const url = (path: string) => new URL(path, inject('baseUrl')).href;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('a national map page', () => {
  it('lets a keyboard user reach every footprint, showing its name and value', async () => {
    const page = await browser.newPage();
    await page.goto(url('/maps/lead-type/'));
    const areas = page.locator('.map-figure [data-view="geo"] a.fp');
    expect(await areas.count()).toBe(44);
    // Tab from the skip link through the page until focus leaves the map, recording each footprint.
    const seen = new Set<string>();
    const tooltips: string[] = [];
    await page.locator('.map-figure').evaluate((el) => el.scrollIntoView());
    await page.focus('a.skip-link');
    for (let i = 0; i < 120 && seen.size < 44; i++) {
      await page.keyboard.press('Tab');
      const code = await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.code ?? null);
      if (!code) continue;
      seen.add(code);
      const tip = page.locator('.map-figure [data-view="geo"] .map-label');
      expect(await tip.isVisible(), `label for ${code}`).toBe(true);
      tooltips.push(`${await tip.locator('strong').textContent()}: ${await tip.locator('span').textContent()}`);
    }
    expect(seen.size).toBe(44);
    expect(tooltips.some((t) => /Greater Manchester: (Local authority|Not known|CCG|NHS provider)/.test(t))).toBe(true);
    await page.close();
  });

  it('opens a footprint page from the map with Enter', async () => {
    const page = await browser.newPage();
    await page.goto(url('/maps/region/'));
    await page.locator('[data-view="geo"] a.fp[data-code="E54000007"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/footprints\/greater-manchester\/$/);
    expect(await page.locator('h1').textContent()).toBe('Greater Manchester');
    await page.close();
  });

  it('shows the label on hover', async () => {
    const page = await browser.newPage();
    await page.goto(url('/maps/ccg-count/'));
    await page.locator('[data-view="geo"] a.fp[data-code="E54000047"] path').hover();
    const label = page.locator('[data-view="geo"] .map-label');
    expect(`${await label.locator('strong').textContent()}: ${await label.locator('span').textContent()}`).toBe('West, North and East Cumbria: 1');
    await page.close();
  });

  it('renders the map, titles and table with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/maps/progress-rating/'));
    const svg = page.locator('.map-figure [data-view="geo"] svg.map');
    expect(await svg.isVisible()).toBe(true);
    const box = await svg.boundingBox();
    expect(box!.height).toBeGreaterThan(300);
    expect(await page.locator('.map-figure [data-view="geo"] a.fp title').count()).toBe(44);
    expect(await page.locator('table.data-table tbody tr').count()).toBe(44);
    expect(await page.locator('.legend li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Advanced or making progress')]));
    expect(await page.locator('.ranked a[data-code]').count()).toBe(44);
    await context.close();
  });
});
