import { describe, expect, it } from 'vitest';
import { median, speedup, summarize } from '../../scripts/lib/bench-stats.ts';

describe('median', () => {
  it('is the middle value of an odd count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([700, 650, 900, 610, 640, 655, 1200])).toBe(655);
  });
  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN for no values, and ignores values that are not finite', () => {
    expect(median([])).toBeNaN();
    expect(median([NaN, 2, Infinity, 4])).toBe(3);
  });
});

describe('summarize', () => {
  it('gives n, min, median and max', () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, min: 1, median: 2, max: 3 });
  });
  it('leaves failed runs (null, NaN) out of the count', () => {
    expect(summarize([null, 10, NaN, 30])).toEqual({ n: 2, min: 10, median: 20, max: 30 });
  });
  it('is all NaN with n = 0 when every run failed', () => {
    const s = summarize([null, null]);
    expect(s.n).toBe(0);
    expect(s.median).toBeNaN();
  });
});

describe('speedup', () => {
  it('divides the slow median by the fast one, and summarises the pairs run one after the other', () => {
    const s = speedup([1000, 1200, 900], [500, 400, 450]);
    expect(s.ofMedians).toBe(1000 / 450);
    expect(s.paired).toEqual({ n: 3, min: 2, median: 2, max: 3 });
  });
  it('drops a pair in which either run failed', () => {
    const s = speedup([1000, null, 900], [500, 400, null]);
    expect(s.paired.n).toBe(1);
    expect(s.paired.median).toBe(2);
  });
});
