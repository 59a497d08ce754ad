/** svgToPng: every standalone map renders to a PNG twice its size. */
import { describe, expect, it } from 'vitest';
import { indicatorsFor } from '../../../../src/lib/maps/indicators.ts';
import { loadDataset } from '../../../../src/lib/data/read-version.ts';
import { mapModel } from '../../../../src/lib/maps/map-model.ts';
import { svgToPng } from '../../../../src/lib/maps/svg/png.ts';
import { standaloneLayout, standaloneSvg } from '../../../../src/lib/maps/svg/standalone.ts';

const INDICATORS = indicatorsFor(loadDataset('2017-04'));

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(INDICATORS.map((i) => i.id))('%s', (id) => {
  it('PNG is twice the size of the SVG', () => {
    const model = mapModel(id, '2017-04');
    const { width, height } = standaloneLayout(model);
    expect(pngSize(svgToPng(standaloneSvg(model), 2))).toEqual({ width: width * 2, height: height * 2 });
  });
});
