/**
 * Turns an indicator's values into map classes and the legend that explains them. The map, the
 * legend and the table all come from the one Classification, so they cannot disagree.
 */
import { quantile } from 'd3-array';
import { NOT_KNOWN_FILL, nominal, sequential } from './colour-scales.ts';
import { formatValue, NOT_KNOWN, type Indicator } from './indicators.ts';

export interface LegendClass {
  /** Legend label. */
  label: string;
  fill: string;
  /** True for the "not known" class (a flat pale grey, never a data colour). */
  notKnown: boolean;
  /** How many footprints fall in the class. */
  count: number;
}

export interface Classification {
  classes: LegendClass[];
  /** Class index for each footprint code. */
  classOf: Map<string, number>;
  /** How the classes were made, in words (shown under the legend). */
  method: string;
}

/** Numbers of bins for numeric indicators: five bins for 44 areas keeps each bin meaningful. */
export const BINS = 5;

function roundNice(x: number): number {
  if (x === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / magnitude) * magnitude;
}

/**
 * Equal-count (quantile) thresholds, rounded to two significant figures and de-duplicated, so the
 * legend reads "1.5m to 2.1m" rather than "1,503,224 to 2,087,613". For small integer counts the
 * thresholds fall on whole numbers.
 */
export function quantileThresholds(values: number[], bins = BINS): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const integers = sorted.every((v) => Number.isInteger(v)) && (sorted.at(-1) ?? 0) < 100;
  const raw = Array.from({ length: bins - 1 }, (_, i) => quantile(sorted, (i + 1) / bins)!);
  const rounded = raw.map((t) => (integers ? Math.ceil(t) : roundNice(t)));
  // Keep a break only if it leaves at least one value on each side of it since the last kept
  // break: rounding, ties or very few values must never produce an empty legend class.
  const kept: number[] = [];
  for (const t of [...new Set(rounded)].sort((a, b) => a - b)) {
    const lower = kept.at(-1) ?? -Infinity;
    if (sorted.some((v) => v >= lower && v < t) && sorted.some((v) => v >= t)) kept.push(t);
  }
  return kept;
}

function rangeLabel(lo: number | null, hi: number | null, integers: boolean, unit: string, unitOne: string): string {
  const f = (x: number) => x.toLocaleString('en-GB');
  if (integers && lo !== null && hi !== null && hi - 1 === lo) return `${f(lo)} ${lo === 1 ? unitOne : unit}`.trim();
  if (integers) {
    // Bins are [lo, hi): for whole numbers that is lo to hi - 1.
    if (lo === null) return `${hi! - 1 === 0 ? 0 : f(hi! - 1)} or fewer ${unit}`.trim();
    if (hi === null) return `${f(lo)} or more ${unit}`.trim();
    return `${f(lo)} to ${f(hi - 1)} ${unit}`.trim();
  }
  if (lo === null) return `under ${f(hi!)}`;
  if (hi === null) return `${f(lo)} or more`;
  return `${f(lo)} to under ${f(hi)}`;
}

export function classify(indicator: Indicator, values: Map<string, string | number | null>): Classification {
  const classOf = new Map<string, number>();
  let classes: LegendClass[];
  let method: string;

  if (indicator.kind === 'categorical') {
    const all = indicator.categories ?? [...new Set([...values.values()].filter((v) => v !== null).map(String))].sort();
    // Colours follow the full list of categories, so a category keeps its colour on every map.
    const fills = indicator.ordered ? sequential(all.length) : nominal(all.length);
    for (const [code, v] of values) {
      if (v === null) continue;
      if (!all.includes(String(v))) throw new Error(`Indicator ${indicator.id}: value "${String(v)}" of ${code} is not one of its categories`);
    }
    // A category no area has gets no legend entry: "Other (0)" says nothing a reader needs.
    const used = new Set([...values.values()].filter((v) => v !== null).map(String));
    const categories = all.filter((c) => used.has(c));
    classes = categories.map((c) => ({ label: formatValue(indicator, c), fill: fills[all.indexOf(c)]!, notKnown: false, count: 0 }));
    for (const [code, v] of values) {
      if (v !== null) classOf.set(code, categories.indexOf(String(v)));
    }
    method = indicator.ordered ? 'Categories in order, best first.' : 'One colour per category.';
  } else {
    const numbers = [...values.values()].filter((v): v is number => typeof v === 'number');
    const thresholds = quantileThresholds(numbers);
    const integers = numbers.every(Number.isInteger) && Math.max(...numbers) < 100;
    // Whole-number bins show their real ends ("8 to 12 CCGs"); continuous ones are open-ended.
    const bounds = (integers ? [Math.min(...numbers), ...thresholds, Math.max(...numbers) + 1] : [null, ...thresholds, null]) as (number | null)[];
    const fills = sequential(thresholds.length + 1);
    classes = fills.map((fill, i) => ({
      label: rangeLabel(bounds[i] ?? null, bounds[i + 1] ?? null, integers, integers ? (indicator.unit ?? '') : '', integers ? (indicator.unitOne ?? indicator.unit ?? '') : ''),
      fill,
      notKnown: false,
      count: 0,
    }));
    for (const [code, v] of values) {
      if (v === null) continue;
      if (typeof v !== 'number') throw new Error(`Indicator ${indicator.id}: value of ${code} is not a number`);
      classOf.set(code, thresholds.filter((t) => v >= t).length);
    }
    method = `Bins of roughly equal numbers of footprints (quantiles), with break points rounded${integers ? ' to whole numbers' : ' to two significant figures'}.`;
  }

  const unknown = [...values].filter(([, v]) => v === null).map(([code]) => code);
  if (unknown.length) {
    classes.push({ label: NOT_KNOWN, fill: NOT_KNOWN_FILL, notKnown: true, count: 0 });
    for (const code of unknown) classOf.set(code, classes.length - 1);
  }
  for (const i of classOf.values()) classes[i]!.count += 1;
  return { classes, classOf, method };
}
