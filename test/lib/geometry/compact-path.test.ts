/** compactPath: relative, rounded path data that draws the same points. */
import { describe, expect, it } from 'vitest';
import { compactPath } from '../../../src/lib/geometry/compact-path.ts';
import { pathPoints } from '../../helpers/xml.ts';

describe('compactPath', () => {
  it.each([
    ['M10,10L12.5,10L12.5,13Z', 1, 'm10 10 2.5 0 0 3z'],
    ['M1,1L2,2ZM5,5L6,4Z', 1, 'm1 1 1 1zm4 4 1-1z'],
    ['M0.26,0.24L1.04,0.96Z', 1, 'm0.3 0.2 0.7 0.8z'],
    // A minus sign is separator enough; a step that rounds to nothing is left out.
    ['M5,5L4,3L4,3L2,4Z', 0, 'm5 5-1-2-2 1z'],
  ])('%s → relative commands, the letter once per run', (d, digits, expected) => {
    expect(compactPath(d, digits)).toBe(expected);
  });

  it('keeps every point where it was, to the rounding', () => {
    const abs = 'M100.1,200.2L150.3,180.4L120.5,260.6ZM300,300L310.1,320.2Z';
    const rel = pathPoints(compactPath(abs, 1)).xy;
    expect(rel.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10])).toEqual([
      [100.1, 200.2], [150.3, 180.4], [120.5, 260.6], [300, 300], [310.1, 320.2],
    ]);
  });
});
