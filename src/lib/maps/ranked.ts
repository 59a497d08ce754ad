/**
 * The ranked chart beside every national map, as data: the same values, classes and colours as the
 * map, sorted so a reader can compare them. Numeric maps become bars from zero, largest first;
 * categorical maps become groups in legend order (each a bar of its share of all areas), their
 * members A to Z. "Not known" always comes last, without a bar. Pure: the component draws it.
 */
import type { Classification } from './classify.ts';
import { formatValue, type Indicator, type IndicatorRow } from './indicators.ts';

export interface RankedRow {
  code: string;
  name: string;
  slug: string;
  /** The value as a reader sees it (as on the map and in the table). */
  valueText: string;
  /** The fill of the row's class on the map. */
  fill: string;
  notKnown: boolean;
  /** Bar length as a share of the longest bar, 0 to 1 (numeric maps; null for "not known"). */
  share: number | null;
}

export interface RankedGroup {
  label: string;
  fill: string;
  notKnown: boolean;
  /** Members A to Z. */
  rows: RankedRow[];
  /** The group's share of all areas, 0 to 1. */
  share: number;
}

export type Ranked = { kind: 'bars'; rows: RankedRow[] } | { kind: 'groups'; groups: RankedGroup[] };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');

export function ranked(indicator: Indicator, rows: readonly IndicatorRow[], classification: Classification): Ranked {
  const classOf = (code: string) => {
    const i = classification.classOf.get(code);
    if (i === undefined) throw new Error(`Ranked chart: no class for ${code}`);
    return { index: i, ...classification.classes[i]! };
  };
  const row = (r: IndicatorRow, share: number | null): RankedRow => {
    const k = classOf(r.code);
    return { code: r.code, name: r.name, slug: r.slug, valueText: formatValue(indicator, r.value), fill: k.fill, notKnown: k.notKnown, share };
  };

  if (indicator.kind === 'numeric') {
    const known = rows.filter((r): r is IndicatorRow & { value: number } => typeof r.value === 'number');
    const max = Math.max(0, ...known.map((r) => r.value));
    const sorted = [...known].sort((a, b) => b.value - a.value || byName(a, b));
    const unknown = rows.filter((r) => typeof r.value !== 'number').sort(byName);
    return { kind: 'bars', rows: [...sorted.map((r) => row(r, max > 0 ? Math.max(0, r.value) / max : 0)), ...unknown.map((r) => row(r, null))] };
  }

  const total = rows.length;
  const groups = classification.classes.map((k, i) => ({
    label: k.label,
    fill: k.fill,
    notKnown: k.notKnown,
    rows: rows.filter((r) => classification.classOf.get(r.code) === i).sort(byName).map((r) => row(r, null)),
    share: 0,
  }));
  for (const g of groups) g.share = total ? g.rows.length / total : 0;
  // Data classes in legend order, then "not known" (classify already puts it last).
  return { kind: 'groups', groups: groups.filter((g) => g.rows.length > 0).sort((a, b) => Number(a.notKnown) - Number(b.notKnown)) };
}
