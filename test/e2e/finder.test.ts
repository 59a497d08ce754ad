/**
 * The footprint finder from a reader's side: keyboard-only search, split places, and the postcode
 * flow against a stubbed postcodes.io (tests never touch the network).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';

let browser: Browser;
const url = (path: string) => new URL(path, inject('baseUrl')).href;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const POSTCODES = 'https://api.postcodes.io/postcodes/**';

async function homeWithFinder(): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url('/'));
  return page;
}

async function typeInFinder(page: Page, text: string): Promise<void> {
  const input = page.locator('#home-finder input[role="combobox"]');
  await input.fill(text);
}

describe('finder', () => {
  it('takes a keyboard-only user from the home page to a footprint page', async () => {
    const page = await homeWithFinder();
    // Tab until the combobox has focus, as a keyboard user would.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('Glosop'); // one typo
    const first = page.locator('#home-finder [role="option"]').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Glossop');
    expect(await page.locator('#home-finder input').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#home-finder input').getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/footprints\/greater-manchester\/$/);
    expect(await page.locator('h1').textContent()).toBe('Greater Manchester');
    await page.context().close();
  });

  it('shows each part of a split district and where it goes', async () => {
    const page = await homeWithFinder();
    await typeInFinder(page, 'high peak');
    const options = page.locator('#home-finder [role="option"]');
    await options.first().waitFor();
    const texts = await options.allTextContents();
    expect(texts.some((t) => /High Peak: .*Glossop.*→ Greater Manchester/.test(t))).toBe(true);
    expect(texts.some((t) => /High Peak: .*→ Derbyshire/.test(t))).toBe(true);
    await page.context().close();
  });

  it('finds CCGs, trusts and councils, forgiving case and punctuation', async () => {
    const page = await homeWithFinder();
    for (const [query, expected] of [
      ['tameside and glossop ccg', 'Greater Manchester'],
      ['STOKE ON TRENT', 'Staffordshire'],
      ['brighton & hove', 'Sussex and East Surrey'],
    ] as const) {
      await typeInFinder(page, query);
      const first = page.locator('#home-finder [role="option"]').first();
      await expect.poll(() => first.textContent()).toContain(expected);
    }
    await page.context().close();
  });

  it('says so when nothing matches', async () => {
    const page = await homeWithFinder();
    await typeInFinder(page, 'zzqqxx');
    await expect.poll(() => page.locator('#home-finder .finder-status').textContent()).toContain('No matches');
    await page.context().close();
  });
});

describe('postcode look-up (stubbed API)', () => {
  /** Looks a postcode up through the finder; the message shown, and how long it took from the click. */
  async function timedLookUp(page: Page, postcode: string): Promise<{ text: string; ms: number }> {
    await typeInFinder(page, postcode);
    const option = page.locator('#home-finder [role="option"]', { hasText: 'Look up the postcode' });
    await option.waitFor();
    const clicked = Date.now();
    await option.click();
    const status = page.locator('#home-finder .finder-status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toMatch(/^Looking up|^$/);
    return { text: (await status.textContent()) ?? '', ms: Date.now() - clicked };
  }
  const lookUp = async (page: Page, postcode: string) => (await timedLookUp(page, postcode)).text;

  it('resolves a postcode in a split district through its CCG', async () => {
    const page = await homeWithFinder();
    await page.route(POSTCODES, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          status: 200,
          result: { postcode: 'SK13 8AA', country: 'England', latitude: 53.443, longitude: -1.949, codes: { admin_district: 'E07000037', admin_county: 'E10000007', ccg: 'E38000182' } },
        }),
      }),
    );
    const text = await lookUp(page, 'sk13 8aa');
    expect(text).toContain('High Peak');
    expect(await page.locator('#home-finder .finder-status a').allTextContents()).toEqual(['Greater Manchester']);
    await page.context().close();
  });

  it('resolves a postcode in a whole district', async () => {
    const page = await homeWithFinder();
    await page.route(POSTCODES, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ status: 200, result: { postcode: 'LS1 1UR', country: 'England', latitude: 53.79, longitude: -1.55, codes: { admin_district: 'E08000035', ccg: 'E38000225' } } }),
      }),
    );
    await lookUp(page, 'LS1 1UR');
    expect(await page.locator('#home-finder .finder-status a').allTextContents()).toEqual(['West Yorkshire']);
    await page.context().close();
  });

  it('explains an unknown postcode and suggests searching by name', async () => {
    const page = await homeWithFinder();
    await page.route(POSTCODES, (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"status":404,"error":"Postcode not found"}' }));
    const text = await lookUp(page, 'SW1A 9ZZ');
    expect(text).toContain('could not find the postcode SW1A 9ZZ');
    expect(text).toMatch(/town or council/);
    await page.context().close();
  });

  it('explains a network failure and suggests searching by name', async () => {
    const page = await homeWithFinder();
    await page.route(POSTCODES, (route) => route.abort('internetdisconnected'));
    const text = await lookUp(page, 'M1 1AE');
    expect(text).toContain('could not reach the postcode service');
    await page.context().close();
  });

  it('gives up on a postcode service that never answers, within 6 seconds, with a helpful message', async () => {
    const page = await homeWithFinder();
    // The request is held open and never answered.
    await page.route(POSTCODES, () => new Promise(() => undefined));
    const { text, ms } = await timedLookUp(page, 'SW1A 1AA');
    expect(ms).toBeLessThan(6000);
    expect(text).toContain('did not answer within 5 seconds');
    expect(text).toMatch(/town or council/);
    await page.context().close();
  });

  it('rejects an invalid postcode without calling the API', async () => {
    const page = await homeWithFinder();
    let called = false;
    await page.route(POSTCODES, (route) => {
      called = true;
      return route.abort();
    });
    const text = await lookUp(page, 'SW1A 1');
    expect(text).toContain('not a valid UK postcode');
    expect(called).toBe(false);
    await page.context().close();
  });
});

describe('use my location', () => {
  it('places a reader in Leeds in West Yorkshire, labelled approximate', async () => {
    const context = await browser.newContext({ geolocation: { latitude: 53.7997, longitude: -1.5492 }, permissions: ['geolocation'] });
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.locator('#home-finder .finder-locate').click();
    const status = page.locator('#home-finder .finder-status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('approximate');
    expect(await status.locator('a').allTextContents()).toEqual(['West Yorkshire']);
    await context.close();
  });

  it('asks a reader in a split council which part they are in', async () => {
    const context = await browser.newContext({ geolocation: { latitude: 53.2, longitude: -1.6 }, permissions: ['geolocation'] });
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.locator('#home-finder .finder-locate').click();
    const status = page.locator('#home-finder .finder-status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('split between footprints');
    expect((await status.locator('a').allTextContents()).sort()).toEqual(['Derbyshire', 'Greater Manchester']);
    await context.close();
  });

  it('explains when the position is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.locator('#home-finder .finder-locate').click();
    await expect.poll(() => page.locator('#home-finder .finder-status').textContent(), { timeout: 15_000 }).toContain('town or council');
    await context.close();
  });
});
