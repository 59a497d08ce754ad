/**
 * The indicators a map can show: one value per footprint, each with its source. Values are derived
 * from the validated dataset only (never typed in twice), so a map, its table and its CSV agree.
 */
import { isKnown, LEAD_TYPES, RATINGS, REGIONS, type Source } from '../../../content/data/schema.ts';
import { partCouncils, upperTierCouncils } from '../data/queries.ts';
import type { Dataset, Footprint } from '../data/types.ts';
import { englishList } from '../site/english-list.ts';

export type IndicatorKind = 'categorical' | 'numeric';

export interface IndicatorValue {
  /** A category label, a number, or null when not known. */
  value: string | number | null;
  /** Why the value is not known, or a remark on it. */
  note: string | null;
  source: Source | null;
}

export interface Indicator {
  /** URL segment: /maps/<id>/ and /embed/<version>/<id>/. */
  id: string;
  title: string;
  /** Short column heading for tables and CSV. */
  label: string;
  /** What the map answers, for the page's description. */
  question: string;
  kind: IndicatorKind;
  /** Categories in legend order (categorical indicators). */
  categories?: readonly string[];
  /** Whether categories are ordered (sequential colours) rather than nominal. */
  ordered?: boolean;
  /** Unit for numbers, e.g. "people". */
  unit?: string;
  /** The unit for exactly one, e.g. "person". */
  unitOne?: string;
  valueOf(footprint: Footprint, dataset: Dataset): IndicatorValue;
}

export const NOT_KNOWN = 'Not known';

const fromCcgs = (d: Dataset): Source => d.ccgSources.membership;

function councilSource(dataset: Dataset, f: Footprint): Source | null {
  const first = upperTierCouncils(f)[0];
  return first ? (dataset.councils.find((c) => c.code === first.code)?.source ?? null) : null;
}

export const INDICATORS: readonly Indicator[] = [
  {
    id: 'region',
    title: 'NHS England region, 2016/17',
    label: 'Region',
    question: 'Which of NHS England’s four regions of 2016/17 was each footprint in?',
    kind: 'categorical',
    categories: REGIONS,
    valueOf: (f) => ({ value: f.region, note: null, source: f.sources[0] ?? null }),
  },
  {
    id: 'lead-type',
    title: 'Who led each footprint',
    label: 'Lead organisation type',
    question: 'What kind of organisation did each footprint’s STP lead come from in 2016?',
    kind: 'categorical',
    categories: LEAD_TYPES,
    valueOf: (f) =>
      isKnown(f.lead)
        ? { value: f.lead.organisationType, note: `${f.lead.name}, ${f.lead.organisation}`, source: f.lead.source }
        : { value: null, note: f.lead.reason, source: null },
  },
  {
    id: 'progress-rating',
    title: 'NHS England progress rating, July 2017',
    label: 'Progress rating',
    question: 'How did NHS England rate each footprint’s progress in its July 2017 dashboard?',
    kind: 'categorical',
    categories: RATINGS,
    ordered: true,
    valueOf: (f) =>
      f.rating.value === null
        ? { value: null, note: f.rating.reason, source: null }
        : { value: f.rating.value, note: null, source: f.rating.source },
  },
  {
    id: 'crosses-council-boundary',
    title: 'Footprints that split a council',
    label: 'Splits a council',
    question: 'Does the footprint’s boundary cut through the area of an upper-tier council (a social care authority)?',
    kind: 'categorical',
    categories: ['Yes', 'No'],
    valueOf: (f, d) => {
      const split = partCouncils(f, 'upper');
      return {
        value: split.length ? 'Yes' : 'No',
        note: split.length ? `Part of ${split.map((c) => c.name).join(', ')}` : null,
        source: councilSource(d, f),
      };
    },
  },
  {
    id: 'ccg-count',
    title: 'Clinical commissioning groups per footprint, April 2017',
    label: 'CCGs',
    question: 'How many clinical commissioning groups (CCGs) made up each footprint in April 2017?',
    kind: 'numeric',
    unit: 'CCGs',
    unitOne: 'CCG',
    valueOf: (f, d) => ({ value: f.ccgs.length, note: null, source: fromCcgs(d) }),
  },
  {
    id: 'council-count',
    title: 'Upper-tier councils per footprint',
    label: 'Upper-tier councils',
    question: 'How many upper-tier councils (whole or in part) were in each footprint?',
    kind: 'numeric',
    unit: 'councils',
    unitOne: 'council',
    valueOf: (f, d) => {
      const upper = upperTierCouncils(f);
      const parts = partCouncils(f, 'upper').length;
      return {
        value: upper.length,
        note: parts ? `${parts} of them only in part` : null,
        source: councilSource(d, f),
      };
    },
  },
  {
    id: 'population',
    title: 'Population at the 2011 Census',
    label: 'Population (2011 Census)',
    question: 'How many people lived in each footprint at the 2011 Census?',
    kind: 'numeric',
    unit: 'people',
    unitOne: 'person',
    valueOf: (f, d) => census2011(f, d),
  },
];

export function getIndicator(id: string): Indicator {
  const indicator = INDICATORS.find((i) => i.id === id);
  if (!indicator) throw new Error(`Unknown indicator "${id}" (known: ${INDICATORS.map((i) => i.id).join(', ')})`);
  return indicator;
}

export interface IndicatorRow extends IndicatorValue {
  code: string;
  name: string;
  slug: string;
}

/** Every footprint's value for one indicator, in footprint-name order. */
export function indicatorRows(indicator: Indicator, dataset: Dataset): IndicatorRow[] {
  return dataset.footprints
    .map((f) => ({ code: f.code, name: f.name, slug: f.slug, ...indicator.valueOf(f, dataset) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function formatValue(_indicator: Indicator, value: string | number | null): string {
  if (value === null) return NOT_KNOWN;
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * A footprint's population at the 2011 Census: the sum of its districts' usual residents (ONS),
 * counted only when every district (and unitary, metropolitan district or London borough) lies
 * wholly in the footprint, so the sum covers exactly its area. Otherwise not known, with the reason.
 */
export function census2011(f: Footprint, dataset: Dataset): IndicatorValue {
  // Districts are the lowest tier of each area: shire districts, plus upper-tier councils that are not counties (E10).
  const districts = f.councils.filter((c) => !c.code.startsWith('E10'));
  const split = districts.filter((c) => !c.whole);
  if (split.length) {
    return { value: null, note: `Not counted: ${englishList(split.map((c) => c.name))} ${split.length === 1 ? 'is' : 'are'} split with another footprint, and the census figures are for whole districts.`, source: null };
  }
  const byCode = new Map(dataset.census.districts.map((d) => [d.code, d.population]));
  const missing = districts.filter((c) => !byCode.has(c.code));
  if (missing.length) {
    return { value: null, note: `Not counted: no 2011 figure on 2017 boundaries was found for ${englishList(missing.map((c) => c.name))}.`, source: null };
  }
  return {
    value: districts.reduce((sum, c) => sum + byCode.get(c.code)!, 0),
    note: `Sum of ${districts.length} district${districts.length === 1 ? '' : 's'} (2011 Census usual residents)`,
    source: dataset.census.source,
  };
}
