/**
 * Each defect found in the design review (issue 14), with a check that fails if it comes back, and
 * the design's own promises: fonts within budget, flat "not known", London explained, labels on
 * hover, focus and highlight, a ranked chart by every national map, and page weights within the
 * performance budgets (issue 16: a map page at most 25 KB gzipped, fonts aside; the inline
 * national map at most 18 KB).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { FONT_FILES } from '../../src/lib/maps/svg/png';
import { builtFiles, builtPages, DIST } from './built-pages';

let browser: Browser;
const url = (path: string) => new URL(path, inject('baseUrl')).href;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const { width = 1280, ...rest } = options;
  const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block', ...rest });
  const page = await context.newPage();
  await page.goto(url(path));
  return page;
}

const pages = builtPages();
const mapPages = pages.filter((p) => /^\/maps\/[a-z-]+\/$/.test(p.path));
/** The words a reader reads on a built page: no scripts, styles, SVG or code boxes; one space between blocks. */
function readerText(html: string): string[] {
  const body = html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<textarea[\s\S]*?<\/textarea>/g, ' ');
  return body
    .split(/<\/?(?:p|li|td|th|dd|dt|h\d|figcaption|caption|div|section|ul|ol|table|tr|summary|header|footer|main|nav|form|label|option|select)\b[^>]*>/)
    .map((b) =>
      b
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

describe('credit lines and footers read as sentences', () => {
  it.each(pages.map((p) => [p.path, p.html] as const))('%s: no words glued together, no double full stops, no nested brackets', (_path, html) => {
    for (const text of readerText(html)) {
      // "theOpen Government Licence", "fromNatural Earth", "footprints.Get the data", "4.0.Get", "·View"
      expect(text, text).not.toMatch(/\b(the|from|under|by|and|of)(Open|Natural|Office|Martin|Get|View)\b/);
      expect(text, text).not.toMatch(/[A-Za-z0-9)][.·][A-Z][a-z]/);
      expect(text, text).not.toMatch(/·[^\s]/);
      expect(text, text).not.toMatch(/[^.]\.\.(?!\.)/);
      let depth = 0;
      for (const ch of text) {
        if (ch === '(') depth += 1;
        if (ch === ')') depth -= 1;
        expect(depth, `nested brackets in: ${text}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('the footer credits ONS under the Open Government Licence, with a space before each link', () => {
    const home = pages.find((p) => p.path === '/')!;
    const footer = home.html.match(/<footer[\s\S]*?<\/footer>/)![0];
    expect(readerText(footer).join(' ')).toContain('licensed under the Open Government Licence v.3.0. Contains OS data');
  });
});

describe('embeds carry their credit line once', () => {
  const embeds = pages.filter((p) => p.path.startsWith('/embed/'));
  it.each(embeds.map((p) => [p.path, p.html] as const))('%s', (_path, html) => {
    const text = readerText(html).join(' \n ');
    expect(text.match(/Open Government Licence/g) ?? []).toHaveLength(1);
    expect(text.match(/Contains OS data/g) ?? []).toHaveLength(1);
    expect(text).not.toMatch(/see the table/i);
    expect(text).toMatch(/(^|\s)Get the data · /m);
  });
});

describe('the skip link', () => {
  it.each(['/', '/maps/lead-type/', '/footprints/derbyshire/', '/articles/stps-explained/'])('%s: not a pixel of it shows until it has focus', async (path) => {
    for (const width of [360, 1280]) {
      const page = await open(path, { width });
      const skip = page.locator('.skip-link');
      expect((await skip.boundingBox())!.y + (await skip.boundingBox())!.height, `${path} at ${width}`).toBeLessThanOrEqual(-4);
      await page.keyboard.press('Tab');
      const box = (await skip.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      await page.context().close();
    }
  });
});

describe('without JavaScript', () => {
  it('the footprints list shows no filter boxes (they need JavaScript), and all 44 rows', async () => {
    const page = await open('/footprints/', { javaScriptEnabled: false });
    expect(await page.locator('form[data-filters]').isVisible()).toBe(false);
    expect(await page.locator('form[data-filters] select').first().isVisible()).toBe(false);
    expect(await page.locator('table.footprint-table tbody tr').count()).toBe(44);
    await page.context().close();
  });

  it('with JavaScript, the filters show and work', async () => {
    const page = await open('/footprints/');
    await expect.poll(() => page.locator('form[data-filters]').isVisible()).toBe(true);
    await page.locator('form[data-filters] input[name="q"]').fill('york');
    await expect.poll(() => page.locator('table.footprint-table tbody tr:visible').count()).toBe(2);
    await page.context().close();
  });
});

describe('key facts on a footprint page at 360 px', () => {
  it.each(['derbyshire', 'durham-darlington-teesside-hambleton-richmondshire-and-whitby', 'greater-manchester'])('%s: every fact stays inside the screen', async (slug) => {
    const page = await open(`/footprints/${slug}/`, { width: 360 });
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('.facts dt, .facts dd, .facts code')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((el) => el.textContent?.slice(0, 40)),
    );
    expect(overflow).toEqual([]);
    await page.context().close();
  });
});

describe('notes say what is known, not how it was searched', () => {
  const SEARCH_TALK = /searchable|could (not )?be read|was not read|were not read|not found in|was not found|staging\.|staging-|no searchable|we searched|search(ed)? for/i;
  it.each(pages.map((p) => [p.path, p.html] as const))('%s', (_path, html) => {
    for (const text of readerText(html)) expect(text, text).not.toMatch(SEARCH_TALK);
    for (const [, href] of html.matchAll(/href="([^"]+)"/g)) expect(href).not.toMatch(/staging/i);
  });
});

describe('CSV files', () => {
  const SENTENCE_CASE = /^(CCG|NHS provider|Local authority|Other)$/;
  it('footprints.csv: organisation types are in sentence case, as on the pages', () => {
    const rows = csvParse(readFileSync(join(DIST, 'data/2017-04/footprints.csv'), 'utf8'));
    const types = new Set(rows.map((r) => r.lead_organisation_type).filter(Boolean));
    expect(types.size).toBeGreaterThan(1);
    for (const t of types) expect(t, t).toMatch(SENTENCE_CASE);
  });

  it('the footprints table on /footprints/ uses the same sentence case', () => {
    const html = pages.find((p) => p.path === '/footprints/')!.html;
    const cells = [...html.matchAll(/<tr data-name[\s\S]*?<\/tr>/g)].map((m) => readerText(m[0])[2]!);
    expect(cells).toHaveLength(44);
    for (const c of cells) expect(c, c).toMatch(/^(CCG|NHS provider|Local authority|Other|Not known)$/);
  });

  it('maps/lead-type.csv: organisation types are in sentence case too', () => {
    const rows = csvParse(readFileSync(join(DIST, 'data/2017-04/maps/lead-type.csv'), 'utf8'));
    const types = new Set(rows.map((r) => r['lead-type']).filter(Boolean));
    expect(types.size).toBeGreaterThan(1);
    for (const t of types) expect(t, t).toMatch(SENTENCE_CASE);
  });
});

describe('the NHS-led count on the home page and the 40 of 44 in the articles', () => {
  it('the home page gives both counts and says why they differ, linking to the article that explains', () => {
    const home = pages.find((p) => p.path === '/')!;
    const block = home.html.match(/<div class="numbers-leads"[\s\S]*?<\/div>/)![0];
    const text = readerText(block).join(' ');
    expect(text).toMatch(/First leaders from the NHS \d+ of 3\d named/);
    expect(text).toContain('40 of the 44');
    expect(text).toMatch(/both counts hold only if all \d+ leaders not yet named came from the NHS/);
    expect(block).toContain('href="/articles/stps-explained/#how-they-were-led"');
    const article = pages.find((p) => p.path === '/articles/stps-explained/')!;
    expect(article.html).toContain('id="how-they-were-led"');
  });
});

describe('the rating map', () => {
  it('has no "Not known" class: the unsourced ratings are "advanced or making progress", with the published counts', async () => {
    const page = await open('/maps/progress-rating/');
    const legend = await page.locator('.legend li').allTextContents();
    expect(legend.join('|')).not.toMatch(/Not known/);
    expect(legend.some((l) => l.startsWith('Advanced or making progress (not itemised in our sources)'))).toBe(true);
    expect(await page.locator('table.data-table tbody td', { hasText: /^Not known$/ }).count()).toBe(0);
    expect(await page.locator('.takeaway').textContent()).toContain('5 outstanding, 20 advanced, 14 making progress and 5 needing most improvement');
    await page.context().close();
  });
});

describe('legends', () => {
  it.each(mapPages.map((p) => [p.path, p.html] as const))('%s: no empty class, and an entry for London’s outline', (_path, html) => {
    const legend = html.match(/<div class="legend"[\s\S]*?<\/div>/)![0];
    const items = readerText(legend);
    expect(items.join('|')).not.toMatch(/[^\d]0$|\|0\||\(0\)/);
    expect(items).toContain('London: see the inset');
  });

  it('downloaded SVG maps: every legend entry and note lies inside the file, as resvg lays out the text (so the PNG too)', () => {
    const files = builtFiles('.svg').filter((f) => f.includes('/maps/'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const svg = readFileSync(file, 'utf8');
      const [, w, h] = svg.match(/<svg[^>]*width="(\d+)" height="(\d+)"/)!;
      // The hex map has no inset: every area is a hexagon of its own.
      if (file.includes('/maps/hex/')) expect(svg, file).not.toContain('London: see the inset');
      else expect(svg, file).toContain('London: see the inset');
      expect(svg, file).not.toMatch(/\(0\)</);
      const ink = svg.replace(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/, '');
      const box = new Resvg(ink, { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' } }).getBBox()!;
      expect(box.x + box.width, file).toBeLessThanOrEqual(Number(w));
      expect(box.y + box.height, file).toBeLessThanOrEqual(Number(h));
    }
  });
});

describe('"not known" and London on the map', () => {
  it.each(['light', 'dark'] as const)('%s: "not known" is a flat fill, and London’s outline is the page colour, never a glaring grey', async (scheme) => {
    const page = await open('/maps/lead-type/', { colorScheme: scheme });
    expect(await page.locator('svg.map pattern').count()).toBe(0);
    const { bg, london, nk } = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      london: getComputedStyle(document.querySelector('.london-silhouette path')!).fill,
      nk: getComputedStyle(document.querySelector('.map a.fp.nk path')!).fill,
    }));
    expect(london).toBe(bg);
    expect(nk).toMatch(/^rgb\(/);
    expect(nk).not.toBe(bg);
    await page.context().close();
  });
});

describe('labels and highlight', () => {
  it('labels the footprint under the pointer, and under keyboard focus, with its name and value', async () => {
    const page = await open('/maps/ccg-count/');
    await page.locator('[data-view="geo"] a.fp[data-code="E54000047"] path').hover();
    const label = page.locator('[data-view="geo"] .map-label');
    await expect.poll(() => label.isVisible()).toBe(true);
    expect(await label.locator('strong').textContent()).toBe('West, North and East Cumbria');
    expect(await label.locator('span').textContent()).toBe('1');
    await page.locator('[data-view="geo"] a.fp[data-code="E54000007"]').focus();
    expect(await label.locator('strong').textContent()).toBe('Greater Manchester');
    await page.context().close();
  });

  it('keeps the label inside the map at the right edge', async () => {
    const page = await open('/maps/ccg-count/', { width: 360 });
    // Norfolk and Waveney, at the east edge of the map.
    const area = page.locator('[data-view="geo"] a.fp[data-code="E54000022"]');
    await area.focus();
    const frame = (await page.locator('.map-frame').first().boundingBox())!;
    const label = (await page.locator('[data-view="geo"] .map-label').first().boundingBox())!;
    expect(label.x + label.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
    expect(label.x).toBeGreaterThanOrEqual(frame.x - 0.5);
    await page.context().close();
  });

  it('?highlight=<code> outlines and names that footprint, mutes the rest and marks its row in the ranked chart', async () => {
    const page = await open('/maps/region/?highlight=E54000012');
    const overlay = page.locator('[data-view="geo"] svg.map g.hl[data-code="E54000012"]');
    await expect.poll(() => overlay.isVisible()).toBe(true);
    expect(await overlay.locator('text').textContent()).toBe('Derbyshire');
    expect(await page.locator('[data-view="geo"] a.fp[data-code="E54000012"]').getAttribute('opacity')).toBeNull();
    expect(await page.locator('[data-view="geo"] a.fp[data-code="E54000007"]').getAttribute('opacity')).toBe('0.3');
    expect(await page.locator('.ranked a.is-highlighted').textContent()).toContain('Derbyshire');
    await page.context().close();
  });

  it('hovering a row of the ranked chart labels the footprint on the map', async () => {
    const page = await open('/maps/population/');
    await page.locator('.ranked a[data-code="E54000007"]').hover();
    const label = page.locator('[data-view="geo"] .map-label');
    await expect.poll(() => label.isVisible()).toBe(true);
    expect(await label.locator('strong').textContent()).toBe('Greater Manchester');
    await page.context().close();
  });

  it('footprint pages link to each map with themselves highlighted', () => {
    const fp = pages.find((p) => p.path === '/footprints/derbyshire/')!;
    expect(fp.html).toContain('href="/maps/region/?highlight=E54000012"');
  });

  it('the later versions’ area pages link to each of their version’s maps with themselves highlighted, on a map that has them', () => {
    const areaPages = pages.filter((p) => /^\/versions\/\d{4}-\d{2}\/(?!maps\/)[a-z-]+\/$/.test(p.path));
    expect(areaPages.length).toBe(42 * 3);
    const mapHtml = new Map(pages.filter((p) => /^\/versions\/[^/]+\/maps\/[a-z-]+\/$/.test(p.path)).map((p) => [p.path, p.html]));
    for (const area of areaPages) {
      const version = area.path.split('/')[2]!;
      const links = [...area.html.matchAll(/href="(\/versions\/[^"?]+\/maps\/[a-z-]+\/)\?highlight=(E\d{8})"/g)].map((m) => [m[1]!, m[2]!] as const);
      expect(links.length, area.path).toBe(mapHtml.size / 3);
      for (const [map, code] of links) {
        expect(map.startsWith(`/versions/${version}/`), `${area.path} → ${map}`).toBe(true);
        expect(mapHtml.get(map), `${area.path} → ${map}`).toContain(`data-code="${code}"`);
      }
    }
  });
});

describe('a ranked chart by every national map', () => {
  const withMaps = pages.filter((p) => /<svg[^>]*class="map"/.test(p.html) && /<figure class="map-figure/.test(p.html));
  it('there are pages with national maps', () => expect(withMaps.length).toBeGreaterThanOrEqual(7 + 7 + 2));
  it.each(withMaps.map((p) => [p.path, p.html] as const))('%s: one ranked chart per map, every footprint a link, in the map’s colours', (_path, html) => {
    const figures = html.split('<figure class="map-figure').slice(1);
    for (const fig of figures) {
      const chart = fig.match(/<section class="ranked[\s\S]*?<\/section>/)![0];
      // As many areas as the map's version has (44 footprints in 2017, 42 ICBs in 2022), each linked to its page.
      const mapFill = new Map([...fig.matchAll(/data-code="(E54\d{6})"[^>]*><title>[^<]*<\/title><path d="[^"]*" fill="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
      expect(mapFill.size).toBeGreaterThanOrEqual(42);
      const links = [...chart.matchAll(/<a href="(?:\/footprints\/|\/versions\/\d{4}-\d{2}\/)([a-z0-9-]+)\/" data-code="(E54\d{6})"/g)];
      expect(links).toHaveLength(mapFill.size);
      expect(new Set(links.map((l) => l[2])).size).toBe(mapFill.size);
      // Bars carry their footprint's fill; groups carry their class's fill, shared by every member.
      if (chart.includes('ranked-bars')) {
        for (const m of chart.matchAll(/data-code="(E54\d{6})">[\s\S]*?fill="([^"]+)"/g)) expect(m[2], m[1]).toBe(mapFill.get(m[1]!));
      } else {
        for (const group of chart.split('<div class="r-group">').slice(1)) {
          const fill = group.match(/fill="([^"]+)"/)![1];
          for (const [, code] of group.matchAll(/data-code="(E54\d{6})"/g)) expect(fill, code).toBe(mapFill.get(code!));
        }
      }
    }
  });
});

describe('fonts', () => {
  const fonts = builtFiles('').filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
  it('are served from the site, Latin only, at most 60 KB together', () => {
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of fonts) expect(f).toMatch(/-latin-[\w-]+\.[\w-]+\.woff2$/);
    expect(fonts.some((f) => /latin-ext/.test(f))).toBe(false);
    expect(fonts.reduce((n, f) => n + statSync(f).size, 0)).toBeLessThanOrEqual(60 * 1024);
  });

  it('every @font-face swaps (text shows at once in a fallback) and names a file that exists', () => {
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, '_astro', f), 'utf8')).join('\n');
    const faces = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThanOrEqual(2);
    for (const face of faces) {
      expect(face).toMatch(/font-display:\s*swap/);
      const src = face.match(/url\(([^)]+)\)/)![1]!.replace(/["']/g, '');
      expect(statSync(join(DIST, src)).size).toBeGreaterThan(1000);
    }
  });
});

describe('page weight within the performance budgets (issue 16), fonts aside', () => {
  const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
  /** HTML, plus the stylesheets and module scripts (and their static imports) it loads up front. */
  const pageWeight = (html: string) => {
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => gz(readFileSync(join(DIST, m[1]!))));
    const seen = new Set<string>();
    const visit = (src: string): number => {
      if (seen.has(src)) return 0;
      seen.add(src);
      const code = readFileSync(join(DIST, src), 'utf8');
      const base = src.slice(0, src.lastIndexOf('/') + 1);
      const imports = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => new URL(m[1]!, `http://x${base}`).pathname);
      return gz(code) + imports.reduce((n, i) => n + visit(i), 0);
    };
    const js = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].reduce((n, m) => n + visit(m[1]!), 0);
    const cssBytes = css.reduce((a, b) => a + b, 0);
    return { html: gz(html), css: cssBytes, js, total: gz(html) + cssBytes + js };
  };
  it.each(mapPages.map((p) => [p.path, p.html] as const))('%s: at most 25 KB gzipped, its inline map at most 18 KB', (_path, html) => {
    const w = pageWeight(html);
    expect(w.total, JSON.stringify(w)).toBeLessThanOrEqual(25 * 1024);
    const svg = html.match(/<svg[^>]*class="map"[\s\S]*?<\/svg>/)![0];
    expect(gz(svg)).toBeLessThanOrEqual(18 * 1024);
  });
});
