/** The hex map's geometry and labels: odd-r offsets, six corners, unique short labels. */
import { describe, expect, it } from 'vitest';
import { listVersions, loadDataset } from '../../../../src/lib/data/read-version.ts';
import { hexCentre, hexLabels, hexPath, hexSize, HEX_RADIUS } from '../../../../src/lib/maps/svg/hex.ts';

describe('hex geometry', () => {
  it('shifts odd rows half a hexagon east, and steps rows by 1.5 radii', () => {
    const [x0, y0] = hexCentre(0, 0);
    const [x1, y1] = hexCentre(0, 1);
    const [x2] = hexCentre(1, 0);
    expect(x1 - x0).toBeCloseTo((Math.sqrt(3) * HEX_RADIUS) / 2);
    expect(y1 - y0).toBeCloseTo(1.5 * HEX_RADIUS);
    expect(x2 - x0).toBeCloseTo(Math.sqrt(3) * HEX_RADIUS);
  });

  it('draws six corners, each a radius from the centre', () => {
    const d = hexPath(100, 100);
    const pts = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(pts).toHaveLength(6);
    for (const [x, y] of pts) expect(Math.hypot(x! - 100, y! - 100)).toBeCloseTo(HEX_RADIUS, 0);
  });

  it('sizes the map to hold every cell', () => {
    const size = hexSize({ version: '2017-04', layout: 'odd-r', note: 'test layout', cells: { E54000005: { col: 3, row: 4, name: 'A' }, E54000006: { col: 0, row: 0, name: 'B' } } });
    const [x, y] = hexCentre(3, 4);
    expect(size.width).toBeGreaterThan(x + HEX_RADIUS);
    expect(size.height).toBeGreaterThan(y + HEX_RADIUS);
  });
});

describe.each(listVersions())('hex labels of %s', (version) => {
  it('are short and unique', () => {
    const labels = hexLabels(new Map(loadDataset(version).footprints.map((f) => [f.code, f.name])));
    const values = [...labels.values()];
    expect(new Set(values).size).toBe(values.length);
    for (const l of values) expect(l.length).toBeLessThanOrEqual(5);
  });
});
