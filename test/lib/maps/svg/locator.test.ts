/** The locator map of every footprint: one highlight, in the inset for London, ids prefixed. */
import { describe, expect, it } from 'vitest';
import { londonCodes } from '../../../../src/lib/data/queries.ts';
import { loadDataset } from '../../../../src/lib/data/read-version.ts';
import { locatorGeometry, locatorSvg } from '../../../../src/lib/maps/svg/locator.ts';
import { ancestors, hasClass, parseXml, walk } from '../../../helpers/xml.ts';

const VERSION = '2017-04';
const dataset = loadDataset(VERSION);
const LONDON = londonCodes(dataset);

describe.each(dataset.footprints.map((f) => ({ slug: f.slug, code: f.code, name: f.name, london: LONDON.has(f.code) })))(
  'locator of $slug (London: $london)',
  ({ slug, code, name, london }) => {
    const prefix = `loc-${slug}`;
    const svg = locatorSvg(dataset, slug, prefix);
    const root = parseXml(svg);
    const all = walk(root);
    const here = all.filter((el) => el.name === 'path' && hasClass(el, 'here'));
    // The inset group is the <g> after the "London" caption.
    const caption = root.children.findIndex((el) => el.name === 'text' && el.text === 'London');
    const insetGroup = root.children.slice(caption + 1).find((el) => el.name === 'g');

    it('is well-formed, role="img", with a <title> naming the footprint', () => {
      expect(root.name).toBe('svg');
      expect(root.attrs.role).toBe('img');
      const title = root.children.find((el) => el.name === 'title');
      expect(title?.text).toBe(`Where ${name} is in England`);
      expect((root.attrs['aria-labelledby'] ?? '').split(' ')).toContain(title?.attrs.id);
    });

    it('highlights exactly one footprint path', () => {
      expect(here).toHaveLength(1);
      expect(svg.split('class="here"').length - 1).toBe(1);
    });

    it(london ? 'highlights it in the London inset' : 'highlights it on the main map, not in the inset', () => {
      expect(caption).toBeGreaterThan(0);
      expect(insetGroup).toBeDefined();
      const inInset = ancestors(here[0]!).includes(insetGroup!);
      expect(inInset).toBe(london);
      // Locators are drawn from their own, coarser geometry.
      const geometry = locatorGeometry(dataset);
      const shapes = london ? geometry.inset.shapes : geometry.main;
      expect(here[0]!.attrs.d).toBe(shapes.find((s) => s.code === code)?.d);
    });

    it('prefixes its ids', () => {
      const ids = all.map((el) => el.attrs.id).filter((x): x is string => x !== undefined);
      for (const x of ids) expect(x.startsWith(`${prefix}-`), x).toBe(true);
      for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
    });
  },
);

it('locatorSvg throws for an unknown slug', () => {
  expect(() => locatorSvg(dataset, 'atlantis', 'x')).toThrow(/atlantis/);
});
