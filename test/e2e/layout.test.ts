/**
 * The design at three widths, as a reader sees it: home, a map page, a footprint page, an article and
 * an embed at 360, 768 and 1280 px, light and dark. Each is screenshotted (test-results/screenshots/,
 * for review) and checked for horizontal overflow and for text cut off at the right edge, whether by
 * the viewport or by a clipping box. Then the layout promises: the map leads (at least 800 px wide
 * beside its legend at 1280, the full column on a phone) and the finder is on a phone's first screen.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';

const PAGES = [
  ['home', '/'],
  ['map', '/maps/progress-rating/'],
  ['footprint', '/footprints/derbyshire/'],
  ['article', '/articles/stps-explained/'],
  ['embed', '/embed/2017-04/lead-type/'],
] as const;
const WIDTHS = [360, 768, 1280] as const;
const SHOTS = 'test-results/screenshots';

let browser: Browser;
const url = (path: string) => new URL(path, inject('baseUrl')).href;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

async function open(path: string, width: number, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 740 : 900 }, colorScheme: scheme, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url(path), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Text that runs past the right edge of the viewport or of a box that clips it (scrolling boxes aside). */
function clippedText(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const clipsOf = (el: Element | null) => {
      const boxes: { right: number; scrolls: boolean }[] = [];
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX !== 'visible') boxes.push({ right: e.getBoundingClientRect().right, scrolls: s.overflowX === 'auto' || s.overflowX === 'scroll' });
      }
      return boxes;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('.visually-hidden, [hidden], script, style, textarea, title, desc, .map-label')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (!rects.length) continue;
      const right = Math.max(...rects.map((r) => r.right));
      const clips = clipsOf(el);
      // Inside a scrolling box (a wide table), text may run on: the box scrolls, the page does not.
      if (clips.some((c) => c.scrolls)) continue;
      if (right > vw + 0.5) out.push(`past the viewport (${Math.round(right)} > ${vw}): ${text.slice(0, 60)}`);
      for (const c of clips) if (right > c.right + 0.5) out.push(`clipped by a box (${Math.round(right)} > ${Math.round(c.right)}): ${text.slice(0, 60)}`);
    }
    return out;
  });
}

describe('the clipped-text check itself', () => {
  it('finds text cut off by a box and text past the viewport', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.setContent(
      '<body style="margin:0"><div style="overflow:hidden;width:200px"><p style="white-space:nowrap">This sentence is far too long for the box it sits in</p></div>' +
        '<p style="white-space:nowrap">And this one runs well past the right edge of a small phone</p><div style="overflow-x:auto"><p style="white-space:nowrap;width:900px">A wide table may scroll on its own, which is fine</p></div></body>',
    );
    const found = await clippedText(page);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^clipped by a box/);
    expect(found[1]).toMatch(/^past the viewport/);
    await page.close();
  });
});

describe.each(PAGES)('%s (%s)', (name, path) => {
  it.each(WIDTHS)('at %i px: no horizontal overflow, no text cut off at the right, light and dark', async (width) => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(path, width, scheme);
      await page.screenshot({ path: `${SHOTS}/${name}-${width}-${scheme}.png`, fullPage: true });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, `${path} at ${width}px (${scheme}) scrolls sideways`).toBeLessThanOrEqual(clientWidth);
      expect(await clippedText(page), `${path} at ${width}px (${scheme})`).toEqual([]);
      await page.context().close();
    }
  });
});

describe('the map leads', () => {
  it.each(['/maps/lead-type/', '/maps/population/', '/', '/articles/stps-explained/'])('%s: at 1280 px the map is at least 800 px wide, with the legend and ranked chart beside it', async (path) => {
    const page = await open(path, 1280);
    const figure = page.locator('.map-figure').first();
    const map = (await figure.locator('[data-view="geo"] svg.map').boundingBox())!;
    const legend = (await figure.locator('.legend').boundingBox())!;
    const chart = (await figure.locator('.ranked').boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(800);
    expect(legend.x, 'legend to the right of the map').toBeGreaterThanOrEqual(map.x + map.width);
    expect(legend.y, 'legend level with the map').toBeLessThan(map.y + map.height / 2);
    expect(chart.x).toBeGreaterThanOrEqual(map.x + map.width);
    await page.context().close();
  });

  it.each(['/maps/lead-type/', '/'])('%s: on a 360 px phone the map is the full width of the column', async (path) => {
    const page = await open(path, 360);
    const map = (await page.locator('.map-figure .map-frame svg.map').first().boundingBox())!;
    const main = await page.evaluate(() => {
      const m = document.querySelector('main')!;
      const s = getComputedStyle(m);
      return m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    });
    expect(map.width).toBeGreaterThanOrEqual(main - 1);
    await page.context().close();
  });

  it('on a 360 × 740 phone, the home page shows the finder’s search box on the first screen', async () => {
    const page = await open('/', 360);
    const box = (await page.locator('#home-finder input[role="combobox"]').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    await page.context().close();
  });
});
