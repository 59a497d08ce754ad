/**
 * axe-core over every built page, in the light and the dark colour scheme: no violations of
 * WCAG 2.0–2.2 A/AA rules or axe's best practices.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { builtPages } from './built-pages';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = builtPages().map((p) => p.path);
let browser: Browser;
const contexts: Record<string, BrowserContext> = {};

beforeAll(async () => {
  browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const) {
    // bypassCSP only so the test can inject axe; the pages' own CSP is checked elsewhere.
    contexts[scheme] = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
  }
});
afterAll(async () => browser?.close());

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.each(['light', 'dark'] as const)('axe, %s scheme', (scheme) => {
  it.each(pages)('%s has no violations', async (path) => {
    const page = await contexts[scheme]!.newPage();
    try {
      await page.goto(new URL(path, inject('baseUrl')).href);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return result.violations as AxeViolation[];
      });
      const summary = violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(summary).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
