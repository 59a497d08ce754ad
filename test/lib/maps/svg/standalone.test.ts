/**
 * Standalone map files: every map's SVG parses, carries its title, legend, source and attribution
 * lines, composes the map as a nested <svg> of the map's own size, and the locator file too.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/lib/data/read-version.ts';
import { indicatorsFor } from '../../../../src/lib/maps/indicators.ts';
import { mapModel } from '../../../../src/lib/maps/map-model.ts';
import { locatorOptions } from '../../../../src/lib/maps/svg/locator.ts';
import { standaloneLayout, standaloneLocatorLayout, standaloneLocatorSvg, standaloneSvg, wrap } from '../../../../src/lib/maps/svg/standalone.ts';
import { Resvg } from '@resvg/resvg-js';
import { attributionText } from '../../../../src/lib/publish/credits.ts';
import { FONT_FILES } from '../../../../src/lib/maps/svg/png.ts';
import { LONDON_LEGEND } from '../../../../src/lib/maps/svg/patterns.ts';
import { parseXml, walk, type El } from '../../../helpers/xml.ts';

const INDICATORS = indicatorsFor(loadDataset('2017-04'));

const textOf = (root: El) => walk(root).map((e) => e.text).join(' ').replace(/\s+/g, ' ');

describe.each(INDICATORS.map((i) => i.id))('%s', (id) => {
  const model = mapModel(id, '2017-04');
  const svg = standaloneSvg(model);

  it('SVG is well formed, with its title, legend and source line', () => {
    const root = parseXml(svg.replace(/^<\?xml[^>]*\?>\n/, ''));
    expect(root.name).toBe('svg');
    expect(root.children.find((c) => c.name === 'title')?.text).toBe(model.indicator.title);
    const text = textOf(root);
    expect(text).toContain('Source: Office for National Statistics');
    expect(text).toContain('Open Government Licence v.3.0');
    for (const c of model.classification.classes) expect(text).toContain(c.label);
    expect(model.sourceLine).toMatch(/^Values: /);
  });

  it('is as big as its layout says, and nests the map at the map’s own size', () => {
    const root = parseXml(svg.replace(/^<\?xml[^>]*\?>\n/, ''));
    const layout = standaloneLayout(model);
    expect([root.attrs.width, root.attrs.height]).toEqual([String(layout.width), String(layout.height)]);
    const inner = root.children.find((c) => c.name === 'svg')!;
    expect(inner.attrs.viewBox).toBe(`0 0 ${model.geometry.width} ${model.geometry.height}`);
    expect(inner.attrs.height).toBe(String(model.geometry.height));
    // The notes are the source line and the attribution, word for word.
    expect(layout.notes.join(' ')).toBe(`${model.sourceLine} ${attributionText()}`);
  });

  it('every legend entry, the last included, lies inside the file (nothing cut off at the right or the bottom)', () => {
    const layout = standaloneLayout(model);
    expect(layout.legend.length).toBe(model.classification.classes.length + 1);
    for (const item of layout.legend) {
      expect(item.right, item.text).toBeLessThanOrEqual(layout.width - 4);
      expect(item.y + 14, item.text).toBeLessThanOrEqual(layout.notesTop);
    }
    // What the PNG shows: resvg, with the PNG's own fonts, lays out every text and shape; without
    // the white page, the bounding box of the ink must lie inside the file.
    const ink = svg.replace(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/, '');
    expect(ink).not.toBe(svg);
    const box = new Resvg(ink, { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' } }).getBBox()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    const root = parseXml(svg.replace(/^<\?xml[^>]*\?>\n/, ''));
    const texts = walk(root).filter((e) => e.name === 'text');
    const last = layout.legend.at(-1)!;
    expect(texts.some((t) => t.text === last.text)).toBe(true);
    expect(last.text).toBe('London: see the inset');
  });

  it('has no empty legend entry and no pattern fill', () => {
    expect(svg).not.toMatch(/\(0\)</);
    expect(svg).not.toContain('<pattern');
  });
});

describe('standaloneLocatorSvg', () => {
  const dataset = loadDataset('2017-04');
  const o = locatorOptions(dataset, 'greater-manchester', 'loc');
  const root = parseXml(standaloneLocatorSvg(o, '2017-04').replace(/^<\?xml[^>]*\?>\n/, ''));
  const layout = standaloneLocatorLayout(o.geometry, o.code, '2017-04');

  it('has the size its layout says (the size the embed snippet uses)', () => {
    expect([root.attrs.width, root.attrs.height]).toEqual([String(layout.width), String(layout.height)]);
  });

  it('names the footprint and carries the source and attribution', () => {
    const text = textOf(root);
    expect(root.children.find((c) => c.name === 'title')?.text).toBe('Where Greater Manchester is in England');
    expect(text).toContain('Greater Manchester');
    expect(text).toContain(`STP footprint ${o.code}`);
    expect(text).toContain('Open Government Licence v.3.0');
  });
});

describe('wrap', () => {
  it('breaks at word boundaries within the width, keeping every word', () => {
    const lines = wrap('one two three four five six', 9);
    expect(lines).toEqual(['one two', 'three', 'four five', 'six']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(9);
  });
});

describe('highlight and hex in the standalone files', () => {
  const model = mapModel('lead-type', '2017-04');

  it.each(['geo', 'hex'] as const)('%s: every area has a hidden overlay that #<code> shows, with no script', (view) => {
    const svg = standaloneSvg(model, view);
    const root = parseXml(svg.replace(/^<\?xml[^>]*\?>\n/, ''));
    const overlays = walk(root).filter((e) => e.attrs.class === 'hl');
    expect(overlays.map((o) => o.attrs.id).sort()).toEqual(model.labels.map((l) => l.code).sort());
    for (const o of overlays) {
      expect(o.attrs.display).toBe('none');
      const use = o.children.find((c) => c.name === 'use')!;
      // Each overlay draws its own area's path again.
      expect(walk(root).some((e) => e.name === 'path' && e.attrs.id === use.attrs.href!.slice(1))).toBe(true);
    }
    expect(svg).toContain('.hl:target{display:inline}');
  });

  it('hex: as wide as the geographic file, its legend without London’s outline, its title saying it is a hex map', () => {
    const hex = parseXml(standaloneSvg(model, 'hex').replace(/^<\?xml[^>]*\?>\n/, ''));
    const geo = standaloneLayout(model, 'geo');
    expect(hex.attrs.width).toBe(String(geo.width));
    expect(hex.children.find((c) => c.name === 'title')?.text).toBe(`${model.indicator.title} (hex map)`);
    expect(textOf(hex)).not.toContain(LONDON_LEGEND);
    expect(textOf(parseXml(standaloneSvg(model, 'geo').replace(/^<\?xml[^>]*\?>\n/, '')))).toContain(LONDON_LEGEND);
    expect(walk(hex).filter((e) => e.attrs.class?.startsWith('fp') && e.attrs['data-code'])).toHaveLength(44);
  });

  it('hex: renders to PNG', () => {
    const png = new Resvg(standaloneSvg(model, 'hex'), { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' } }).render();
    expect(png.width).toBe(standaloneLayout(model, 'hex').width);
  });
});
