/**
 * Journalist tools (issue 17): highlight, the hex view and the map maker, as a journalist uses
 * them. The maker is driven by keyboard alone; its snippets are pasted into a page on another
 * origin; its SVG download is compared with its preview; a screen reader's view of a highlighted
 * embed names the highlighted area before the map; bad options leave the default map and a note.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { DIST } from './built-pages';
import { serveDirectory, type RunningServer } from './static-server';

let browser: Browser;
const site = () => inject('baseUrl');
const url = (path: string) => `${site()}${path}`;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** What a map shows highlighted: the overlays shown (code, label, where) and the muted areas. */
async function highlightState(page: Page | import('playwright-core').Frame, svgSelector: string) {
  return page.locator(svgSelector).evaluate((svg) => {
    const body = svg.querySelector('.fp[data-code]')!.closest('svg')!;
    const shown = [...body.querySelectorAll<SVGGElement>('g.highlights g.hl')]
      .filter((g) => g.getAttribute('display') !== 'none')
      .map((g) => {
        const text = g.querySelector('text')!;
        const ref = g.querySelector('use')!.getAttribute('href')!;
        return { code: g.dataset.code!, label: text.textContent, x: text.getAttribute('x'), y: text.getAttribute('y'), d: body.querySelector(ref)!.getAttribute('d') };
      })
      .sort((a, b) => a.code.localeCompare(b.code));
    const muted = [...body.querySelectorAll<SVGElement>('.fp[data-code]')].filter((a) => a.getAttribute('opacity') === '0.3').map((a) => a.dataset.code!).sort();
    return { shown, muted };
  });
}

/** Keyboard only: Tab until `selector` has focus. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the map maker, by keyboard alone', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ acceptDownloads: true });
    await page.goto(url('/make/'));
    await page.locator('[data-maker-preview]').waitFor();
  });
  afterAll(async () => page?.close());

  it('changes every option, and the preview, the snippets and the address follow', async () => {
    await page.focus('a.skip-link');
    await tabTo(page, '#maker-version');
    await page.keyboard.press('ArrowDown'); // 2018-04
    await expect.poll(() => page.locator('#maker-version').inputValue()).toBe('2018-04');
    await page.keyboard.press('ArrowUp'); // back to 2017-04 (the maker keeps the map and highlight that still apply)
    await tabTo(page, '#maker-indicator');
    await page.keyboard.press('ArrowDown');
    const indicator = await page.locator('#maker-indicator').inputValue();
    await tabTo(page, 'input[name="view"]');
    await page.keyboard.press('ArrowRight'); // hex
    await tabTo(page, 'input[name="theme"]');
    await page.keyboard.press('ArrowRight'); // light
    await tabTo(page, '#maker-title');
    await page.keyboard.type('Our area');
    // Greater Manchester and Derbyshire: tab along the list, ticking with Space.
    for (const name of ['Derbyshire', 'Greater Manchester']) {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.parentElement?.textContent?.trim() ?? '');
        if (label === name) break;
      }
      await page.keyboard.press('Space');
    }
    const query = `?highlight=E54000012%2CE54000007&view=hex&theme=light&title=Our+area`;
    const embed = `/embed/2017-04/${indicator}/${query}`;
    await expect.poll(() => page.locator('[data-maker-preview]').getAttribute('src'), { timeout: 5000 }).toBe(url(embed));
    expect(await page.locator('[data-snippet="iframe"]').inputValue()).toContain(`src="${url(embed).replace(/&/g, '&amp;')}"`);
    expect(await page.locator('[data-snippet="image"]').inputValue()).toContain(`/data/2017-04/maps/hex/${indicator}.svg#E54000012`);
    expect(await page.locator('[data-image-note]').textContent()).toContain('highlights one area, Derbyshire');
    expect(new URL(page.url()).search).toBe(`?version=2017-04&indicator=${indicator}&highlight=E54000012%2CE54000007&view=hex&theme=light&title=Our+area`);
    // The preview is the embed itself: hex view, both areas highlighted, our title.
    const frame = page.frameLocator('[data-maker-preview]');
    await expect.poll(() => frame.locator('[data-view="hex"]').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await frame.locator('[data-view="geo"]').isVisible()).toBe(false);
    expect(await frame.locator('h1').textContent()).toBe('Our area');
    expect(await frame.locator('[data-map-highlight]').textContent()).toMatch(/^Highlighted: Derbyshire \(.+\); Greater Manchester \(.+\)\.$/);
  });

  it('downloads the SVG the preview shows (the same areas, labels, places and shapes)', async () => {
    const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
    const preview = await highlightState(frame, '[data-view="hex"] svg.map');
    expect(preview.shown.map((s) => s.code)).toEqual(['E54000007', 'E54000012']);
    expect(preview.muted).toHaveLength(42);
    await page.locator('[data-download="svg"]').focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Our area');
    const file = await browser.newPage();
    await file.setContent(`<!doctype html><body>${text.replace(/^<\?xml[^>]*>/, '')}</body>`);
    const saved = await highlightState(file, 'body > svg');
    expect(saved).toEqual(preview);
    await file.close();
  });

  it('makes a PNG of it too', async () => {
    await page.locator('[data-download="png"]').focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(download.suggestedFilename()).toMatch(/-2017-04-hex-E54000012-E54000007\.png$/);
  });
});

describe('the maker’s snippets on another site', () => {
  let host: RunningServer;
  beforeAll(async () => {
    const page = await browser.newPage();
    await page.goto(url('/make/?version=2017-04&indicator=lead-type&highlight=E54000007&view=hex'));
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('[data-snippet="iframe"]')?.value.includes('highlight=E54000007'));
    const iframe = await page.locator('[data-snippet="iframe"]').inputValue();
    const image = await page.locator('[data-snippet="image"]').inputValue();
    await page.close();
    const dir = mkdtempSync(join(tmpdir(), 'maker-host-'));
    const wrap = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><article><h1>A newspaper article</h1>${body}</article></body></html>`;
    writeFileSync(join(dir, 'iframe.html'), wrap(iframe));
    writeFileSync(join(dir, 'image.html'), wrap(image));
    writeFileSync(join(dir, 'plain.html'), wrap(image.replace('#E54000007', '')));
    writeFileSync(join(dir, '404.html'), 'not found');
    host = await serveDirectory(dir);
  });
  afterAll(async () => host?.close());

  it('the interactive map shows the hex view with the area highlighted and named', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/iframe.html`);
    const frame = page.frameLocator('iframe[data-stp-embed]');
    await expect.poll(() => frame.locator('[data-view="hex"] g.hl[data-code="E54000007"]').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await frame.locator('[data-view="hex"] g.hl[data-code="E54000007"] text').textContent()).toBe('Greater Manchester');
    expect(await frame.locator('[data-map-highlight]').textContent()).toMatch(/^Highlighted: Greater Manchester \(.+\)\.$/);
    await page.close();
  });

  it('the static image highlights the area with no script (the SVG’s fragment)', async () => {
    const shot = async (file: string) => {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${host.url}/${file}`);
      const img = page.locator('img');
      // The image is a whole standalone map from another origin: on a loaded CI machine it can take
      // longer than expect.poll's default 5 s to arrive and decode.
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
      const png = await img.screenshot();
      await page.close();
      return png;
    };
    const [plain, highlighted] = [await shot('plain.html'), await shot('image.html')];
    expect(highlighted.equals(plain)).toBe(false);
  });
});

describe('highlight for screen readers', () => {
  it('names the highlighted area before the map and its areas', async () => {
    const page = await browser.newPage();
    await page.goto(url('/embed/2017-04/region/?highlight=E54000012'));
    await expect.poll(() => page.locator('[data-map-highlight]').isVisible()).toBe(true);
    const tree = await page.locator('main').ariaSnapshot();
    const named = tree.indexOf('Highlighted: Derbyshire (Midlands and East).');
    expect(named).toBeGreaterThan(-1);
    const firstArea = tree.indexOf('link "West Yorkshire: North"');
    expect(firstArea).toBeGreaterThan(-1);
    expect(named).toBeLessThan(firstArea);
    await page.close();
  });
});

describe('bad options', () => {
  it('shows the default map and one line saying what was ignored', async () => {
    const page = await browser.newPage();
    await page.goto(url('/embed/2017-04/region/?highlight=E54000099,E54000057,nonsense&view=cube&theme=pink'));
    const note = page.locator('[data-map-note]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(
      'Ignored: highlight E54000099 (not an area of data version 2017-04); highlight E54000057 (an area of data version 2022-07, not 2017-04); highlight “NONSENSE” (not an ONS area code); view “cube” (use geo or hex); theme “pink” (use light, dark or auto).',
    );
    expect(await page.locator('[data-view="geo"]').isVisible()).toBe(true);
    expect(await page.locator('[data-view="geo"] svg.map a.fp').count()).toBe(44);
    expect(await page.locator('g.hl').count()).toBe(0);
    expect(await page.locator('[data-map-highlight]').isVisible()).toBe(false);
    await page.close();
  });

  it('the maker says what it ignored in its own address', async () => {
    const page = await browser.newPage();
    await page.goto(url('/make/?version=1999-01&indicator=region'));
    await expect.poll(() => page.locator('#maker-status').textContent()).toContain('version “1999-01” (not a data version)');
    expect(await page.locator('#maker-version').inputValue()).toBe('2017-04');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the maker shows the default map, its snippets and the files', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/make/'));
    const src = await page.locator('[data-maker-preview]').getAttribute('src');
    expect(src).toMatch(/^\/embed\/2017-04\/[a-z-]+\/$/);
    expect(await page.locator('[data-snippet="iframe"]').inputValue()).toContain(src!);
    for (const key of ['svg', 'png', 'csv']) {
      const href = await page.locator(`[data-download="${key}"]`).getAttribute('href');
      expect(readFileSync(join(DIST, href!)).length).toBeGreaterThan(100);
    }
    await context.close();
  });

  it('a highlighted embed shows the plain geographic map', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/embed/2017-04/region/?highlight=E54000012&view=hex'));
    expect(await page.locator('[data-view="geo"] svg.map').isVisible()).toBe(true);
    expect(await page.locator('[data-view="hex"]').isVisible()).toBe(false);
    await context.close();
  });
});
