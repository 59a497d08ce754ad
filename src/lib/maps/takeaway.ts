/** The one sentence a reader takes away from a map, written from the values (never typed in by hand). */
import type { Classification } from './classify.ts';
import { formatValue, type Indicator, type IndicatorRow } from './indicators.ts';
import { englishList } from '../site/english-list.ts';

/** What the map's areas are called: footprints (2016 to 2020) or ICBs (2022). */
export interface AreaWords {
  area: string;
  areas: string;
}

export function takeaway(indicator: Indicator, rows: IndicatorRow[], classification: Classification, words: AreaWords = { area: 'footprint', areas: 'footprints' }): string {
  if (indicator.summary) return indicator.summary();
  const total = rows.length;
  const unknown = rows.filter((r) => r.value === null).length;
  const unknownText = unknown ? ` ${unknown === total ? 'All' : unknown} ${unknown === 1 ? 'is' : 'are'} not known.` : '';
  if (indicator.kind === 'categorical') {
    const counted = classification.classes.filter((c) => !c.notKnown && c.count > 0).sort((a, b) => b.count - a.count);
    if (!counted.length) return `No values are known for this map yet.${unknownText}`;
    const parts = counted.map((c) => `${c.label} ${c.count}`);
    const known = total - unknown;
    const top = counted.filter((c) => c.count === counted[0]!.count);
    const lead = top.length > 1 ? `${englishList(top.map((c) => `“${c.label}”`))} are the most common (${top[0]!.count} each)` : `the most common is “${top[0]!.label}” (${top[0]!.count})`;
    return `Of the ${known} ${known === 1 ? words.area : words.areas} with a known value, ${lead}; in all: ${englishList(parts)}.${unknownText}`;
  }
  const numeric = rows.filter((r): r is IndicatorRow & { value: number } => typeof r.value === 'number').sort((a, b) => a.value - b.value);
  if (!numeric.length) return `No values are known for this map yet.${unknownText}`;
  const lo = numeric[0]!;
  const hi = numeric.at(-1)!;
  const f = (r: IndicatorRow) => formatValue(indicator, r.value);
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const lowest = numeric.filter((r) => r.value === lo.value);
  const highest = numeric.filter((r) => r.value === hi.value);
  const names = (rs: IndicatorRow[]) => (rs.length > 3 ? `${rs.length} ${words.areas}` : englishList(rs.map((r) => r.name)));
  return `Values run from ${f(lo)}${unit} (${names(lowest)}) to ${f(hi)}${unit} (${names(highest)}).${unknownText}`;
}
