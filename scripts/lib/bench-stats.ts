/** The benchmark's statistics: min, median and max of a set of runs, and ratios between two sets. */

export interface Summary {
  n: number;
  min: number;
  median: number;
  max: number;
}

/** The median: the middle value, or the mean of the two middle values of an even count. NaN for none. */
export function median(values: readonly number[]): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/** Min, median and max of the finite values (failed runs, recorded as NaN or null, are left out and not counted). */
export function summarize(values: readonly (number | null)[]): Summary {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!xs.length) return { n: 0, min: NaN, median: NaN, max: NaN };
  return { n: xs.length, min: Math.min(...xs), median: median(xs), max: Math.max(...xs) };
}

/**
 * How many times faster `fast` is than `slow`: the ratio of their medians, and the ratios of the
 * runs made one after the other (the i-th of each, runs alternate), summarised. A pair with a failed
 * run is left out.
 */
export function speedup(slow: readonly (number | null)[], fast: readonly (number | null)[]): { ofMedians: number; paired: Summary } {
  const pairs: number[] = [];
  for (let i = 0; i < Math.min(slow.length, fast.length); i++) {
    const s = slow[i];
    const f = fast[i];
    if (s != null && f != null && Number.isFinite(s) && Number.isFinite(f) && f > 0) pairs.push(s / f);
  }
  return { ofMedians: summarize(slow).median / summarize(fast).median, paired: summarize(pairs) };
}
