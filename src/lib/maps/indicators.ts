/**
 * The indicators a map can show: one value per area, each with its source. Values are derived from
 * the validated dataset only (never typed in twice), so a map, its table and its CSV agree. Each
 * indicator is resolved for a version: its title and units use that version's words ("footprint"
 * or "ICB", "CCG" or "sub-ICB location") and date, and the 2017-only ones (leads, ratings) exist
 * only where the version records them.
 */
import { isKnown, LEAD_TYPES, RATINGS, type Source } from '../../../content/data/schema.ts';
import { hasLeads, partCouncils, upperTierCouncils } from '../data/queries.ts';
import { termsOf, type Terms } from '../data/terms.ts';
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

/** An indicator as a version shows it. */
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
  /** Reader-facing labels for categories whose value alone would mislead (default: the value, capitalised). */
  labels?: Readonly<Record<string, string>>;
  /** The map's takeaway, where the generic one would mislead (the rating map's published counts). */
  summary?: () => string;
  /** Unit for numbers, e.g. "people". */
  unit?: string;
  /** The unit for exactly one, e.g. "person". */
  unitOne?: string;
  valueOf(footprint: Footprint, dataset: Dataset): IndicatorValue;
}

/** An indicator's definition: resolved for a version by `indicatorFor`. */
interface Definition {
  id: string;
  /** Whether the version has this indicator (default: every version). */
  available?: (dataset: Dataset) => boolean;
  resolve(t: Terms, dataset: Dataset): Omit<Indicator, 'id'>;
}

export const NOT_KNOWN = 'Not known';

/** The ONS lookup the memberships come from (the first source of memberships.json). */
const lookupSource = (d: Dataset): Source => d.sources[0]!;

/** Regions in the order of their ONS codes (E40…), as the version names them. */
function regionsOf(dataset: Dataset): string[] {
  const byName = new Map(dataset.footprints.map((f) => [f.region, f.regionCode ?? f.region]));
  return [...byName].sort((a, b) => a[1].localeCompare(b[1])).map(([name]) => name);
}

/**
 * What NHS England published in its July 2017 progress dashboard: a rating for each of the 44
 * footprints, in these numbers (Public Finance, 21 July 2017; cited in the article "STPs
 * explained"). The counts bound what the itemised ratings leave open.
 */
export const PUBLISHED_RATINGS = {
  counts: { outstanding: 5, advanced: 20, 'making progress': 14, 'needs most improvement': 5 } satisfies Record<(typeof RATINGS)[number], number>,
  source: {
    title: 'First STP rankings present mixed picture',
    url: 'https://www.publicfinance.co.uk/news/2017/07/first-stp-rankings-present-mixed-picture',
    publisher: 'Public Finance (CIPFA)',
    date: '2017-07-21',
  } satisfies Source,
};

/** The class of a footprint whose rating is bounded by the published counts but not itemised. */
export const ADVANCED_OR_MAKING_PROGRESS = 'advanced or making progress';
const RATING_CATEGORIES_BOUNDED = ['outstanding', 'advanced', ADVANCED_OR_MAKING_PROGRESS, 'making progress', 'needs most improvement'] as const;

interface RatingBounds {
  /** How many footprints our sources rate, per rating. */
  itemised: Record<(typeof RATINGS)[number], number>;
  /** How many footprints have no itemised rating. */
  open: number;
}

/**
 * When every "outstanding" and every "needs most improvement" footprint is itemised (as many as
 * NHS England published), each footprint without a sourced rating was advanced or making
 * progress: returns the itemised counts. Otherwise null (the rest stay "Not known").
 */
export function ratingBounds(dataset: Dataset): RatingBounds | null {
  const itemised = { outstanding: 0, advanced: 0, 'making progress': 0, 'needs most improvement': 0 };
  let open = 0;
  for (const f of dataset.footprints) {
    if (!f.rating) return null;
    if (f.rating.value === null) open += 1;
    else itemised[f.rating.value] += 1;
  }
  const published = PUBLISHED_RATINGS.counts;
  const total = Object.values(published).reduce((a, b) => a + b, 0);
  if (total !== dataset.footprints.length) return null;
  const extremesKnown = itemised.outstanding === published.outstanding && itemised['needs most improvement'] === published['needs most improvement'];
  const withinCounts = itemised.advanced <= published.advanced && itemised['making progress'] <= published['making progress'];
  return extremesKnown && withinCounts ? { itemised, open } : null;
}

function boundedRatingNote({ itemised }: RatingBounds): string {
  const p = PUBLISHED_RATINGS.counts;
  const middle = p.advanced + p['making progress'];
  return `All ${itemised.outstanding} footprints rated outstanding and all ${itemised['needs most improvement']} rated as needing most improvement are known, so this was one of the ${middle} that NHS England rated advanced (${p.advanced}) or making progress (${p['making progress']}); our sources do not say which.`;
}

function ratingSummary({ itemised, open }: RatingBounds, areas: string): string {
  const p = PUBLISHED_RATINGS.counts;
  const others = itemised.advanced + itemised['making progress'];
  return `NHS England rated all ${Object.values(p).reduce((a, b) => a + b, 0)} ${areas}: ${p.outstanding} outstanding, ${p.advanced} advanced, ${p['making progress']} making progress and ${p['needs most improvement']} needing most improvement. The map names the ${p.outstanding} outstanding, the ${p['needs most improvement']} needing most improvement and ${others} ${others === 1 ? 'other' : 'others'} from individual sources; the other ${open} were advanced or making progress.`;
}

const DEFINITIONS: readonly Definition[] = [
  {
    id: 'region',
    resolve: (t, d) => ({
      title: `NHS England region, ${t.when}`,
      label: 'Region',
      question: `Which of NHS England’s ${regionsOf(d).length} regions of ${t.when} was each ${t.area} in?`,
      kind: 'categorical',
      categories: regionsOf(d),
      valueOf: (f) => ({ value: f.region, note: null, source: f.sources[1] ?? f.sources[0]! }),
    }),
  },
  {
    id: 'lead-type',
    available: hasLeads,
    resolve: (t) => ({
      title: `Who led each ${t.area}`,
      label: 'Lead organisation type',
      question: `What kind of organisation did each ${t.area}’s STP lead come from in 2016?`,
      kind: 'categorical',
      categories: LEAD_TYPES,
      valueOf: (f) =>
        f.lead && isKnown(f.lead)
          ? { value: f.lead.organisationType, note: `${f.lead.name}, ${f.lead.organisation}`, source: f.lead.source }
          : { value: null, note: f.lead?.reason ?? null, source: null },
    }),
  },
  {
    id: 'progress-rating',
    available: (d) => d.footprints.every((f) => f.rating !== undefined),
    resolve: (t, d) => {
      const bounds = ratingBounds(d);
      const categories = bounds ? RATING_CATEGORIES_BOUNDED : RATINGS;
      return {
        title: 'NHS England progress rating, July 2017',
        label: 'Progress rating',
        question: `How did NHS England rate each ${t.area}’s progress in its July 2017 dashboard?`,
        kind: 'categorical',
        categories,
        ordered: true,
        labels: { [ADVANCED_OR_MAKING_PROGRESS]: 'Advanced or making progress (not itemised in our sources)' },
        summary: bounds ? () => ratingSummary(bounds, t.areas) : undefined,
        valueOf: (f) => {
          if (f.rating && f.rating.value !== null) return { value: f.rating.value, note: null, source: f.rating.source };
          if (bounds) return { value: ADVANCED_OR_MAKING_PROGRESS, note: boundedRatingNote(bounds), source: PUBLISHED_RATINGS.source };
          return { value: null, note: f.rating?.reason ?? null, source: null };
        },
      };
    },
  },
  {
    id: 'crosses-council-boundary',
    resolve: (t, d) => ({
      title: `${t.areas.charAt(0).toUpperCase()}${t.areas.slice(1)} that split a council, ${t.when}`,
      label: 'Splits a council',
      question: `Does the ${t.area}’s boundary cut through the area of an upper-tier council (a social care authority), however small the part?`,
      kind: 'categorical',
      categories: ['Yes', 'No'],
      valueOf: (f) => {
        const split = partCouncils(f, 'upper');
        return { value: split.length ? 'Yes' : 'No', note: split.length ? `Part of ${englishList(split.map((c) => c.name))}` : null, source: lookupSource(d) };
      },
    }),
  },
  {
    id: 'ccg-count',
    resolve: (t, d) => ({
      title: `${t.ccgs.charAt(0).toUpperCase()}${t.ccgs.slice(1)} per ${t.area}, ${t.when}`,
      label: t.ccgs.charAt(0).toUpperCase() + t.ccgs.slice(1),
      question: `How many ${t.ccgLong}s made up each ${t.area} in ${t.when}?`,
      kind: 'numeric',
      unit: t.ccgs,
      unitOne: t.ccg,
      valueOf: (f) => ({ value: f.ccgs.length, note: null, source: lookupSource(d) }),
    }),
  },
  {
    id: 'council-count',
    resolve: (t, d) => ({
      title: `Upper-tier councils per ${t.area}, ${t.when}`,
      label: 'Upper-tier councils',
      question: `How many upper-tier councils (whole or in part) were in each ${t.area}?`,
      kind: 'numeric',
      unit: 'councils',
      unitOne: 'council',
      valueOf: (f) => {
        const parts = partCouncils(f, 'upper').length;
        return { value: upperTierCouncils(f).length, note: parts ? `${parts} of them only in part` : null, source: lookupSource(d) };
      },
    }),
  },
  {
    id: 'population',
    resolve: (t, d) => ({
      title: `Population, ${d.population.label}`,
      label: `Population (${d.population.label})`,
      question: `How many people lived in each ${t.area} of ${t.when}, by the ONS ${d.population.label}s for its neighbourhoods?`,
      kind: 'numeric',
      unit: 'people',
      unitOne: 'person',
      valueOf: (f) => ({
        value: f.population,
        note: `${d.population.label} for the ${t.when} ${t.area} area: the sum of its ${f.lsoas.toLocaleString('en-GB')} neighbourhoods (LSOAs)`,
        source: d.population.source,
      }),
    }),
  },
];

/** Every indicator id, in the order maps are listed. */
export const INDICATOR_IDS: readonly string[] = DEFINITIONS.map((d) => d.id);

/** The indicator `id` as `dataset`'s version shows it; throws for an unknown id or one the version lacks. */
export function indicatorFor(id: string, dataset: Dataset): Indicator {
  const def = DEFINITIONS.find((d) => d.id === id);
  if (!def) throw new Error(`Unknown indicator "${id}" (known: ${INDICATOR_IDS.join(', ')})`);
  if (def.available && !def.available(dataset)) throw new Error(`Indicator "${id}" does not exist for data version ${dataset.version.version}`);
  return { id, ...def.resolve(termsOf(dataset.version), dataset) };
}

/** The indicators a version has, resolved for it. */
export function indicatorsFor(dataset: Dataset): Indicator[] {
  return DEFINITIONS.filter((d) => !d.available || d.available(dataset)).map((d) => indicatorFor(d.id, dataset));
}

export interface IndicatorRow extends IndicatorValue {
  code: string;
  name: string;
  slug: string;
}

/** Every area's value for one indicator, in name order. */
export function indicatorRows(indicator: Indicator, dataset: Dataset): IndicatorRow[] {
  return dataset.footprints
    .map((f) => ({ code: f.code, name: f.name, slug: f.slug, ...indicator.valueOf(f, dataset) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function formatValue(indicator: Indicator, value: string | number | null): string {
  if (value === null) return NOT_KNOWN;
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  const label = indicator.labels?.[value];
  if (label) return label;
  return value.charAt(0).toUpperCase() + value.slice(1);
}
