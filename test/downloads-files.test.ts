/**
 * The map downloads, as built: every SVG parses and carries its title and source line, every PNG
 * is twice the SVG's size, every CSV has one row per footprint.
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../src/lib/indicators';
import { mapModel } from '../src/lib/map-model';
import { svgToPng } from '../src/lib/render-png';
import { LICENCE_LINE, sourceLine, standaloneLayout, standaloneSvg } from '../src/lib/standalone-svg';

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(INDICATORS.map((i) => i.id))('%s', (id) => {
  const model = mapModel(id, '2017-04');
  const svg = standaloneSvg(model);

  it('SVG is well formed, with its title, legend and source line', () => {
    // Balanced tags: a small tokenizer is enough for our own output.
    const stack: string[] = [];
    for (const m of svg.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]!);
    }
    expect(stack).toEqual([]);
    expect(svg).toContain(`<title>${model.indicator.title}</title>`);
    const text = svg.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
    expect(text).toContain('Source:');
    expect(text).toContain('Open Government Licence v3.0');
    for (const c of model.classification.classes) expect(text).toContain(c.label);
    expect(sourceLine(model)).toMatch(/^Source: /);
    expect(LICENCE_LINE).toContain('Open Government Licence');
  });

  it('PNG is twice the size of the SVG', () => {
    const { width, height } = standaloneLayout(model);
    expect(pngSize(svgToPng(svg, 2))).toEqual({ width: width * 2, height: height * 2 });
  });

  it('CSV of values has one row per footprint', async () => {
    const mod = await import('../src/pages/data/[version]/maps/[indicator].csv.ts');
    const response = await mod.GET({ params: { version: '2017-04', indicator: id } } as never);
    const rows = csvParse(await (response as Response).text());
    expect(rows).toHaveLength(44);
    expect(new Set(rows.map((r) => r.code)).size).toBe(44);
    expect(rows.columns).toEqual(['version', 'code', 'name', id, 'note', 'source_title', 'source_publisher', 'source_url']);
  });
});
