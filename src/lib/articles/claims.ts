/**
 * Figures that articles state and the data also holds, and dated facts that several articles
 * state (content/data/facts.json). A test compares each article's `claims` with these, so prose,
 * data and the other articles cannot drift apart.
 */
import type { FactsFile } from '../../../content/data/schema.ts';
import { leadCounts } from '../data/queries.ts';
import type { Dataset } from '../data/types.ts';

/** Counts the data holds. "From" counts are ranges (unknown leads may be of either kind); "known" counts are exact. */
export const DATA_METRICS = ['footprintCount', 'leadsFromNhs', 'leadsFromLocalGovernment', 'leadsKnownFromNhs', 'leadsKnownFromLocalGovernment', 'leadsKnown', 'leadsUnknown', 'icbCount'] as const;
export type ClaimMetric = (typeof DATA_METRICS)[number];

/** A figure from the data: exact when every value is known, otherwise the range it must lie in. */
export interface DataFigure {
  min: number;
  max: number;
}

const exact = (n: number): DataFigure => ({ min: n, max: n });

/**
 * The figure for `metric`. `dataset` is the 2017 version (leads); `icbs` the 2022 version of the
 * integrated care boards, where one is published.
 */
export function dataFigure(dataset: Dataset, metric: ClaimMetric, icbs?: Dataset): DataFigure {
  const counts = leadCounts(dataset);
  switch (metric) {
    case 'footprintCount':
      return exact(dataset.footprints.length);
    case 'leadsFromNhs':
      return { min: counts.nhs, max: counts.nhs + counts.unknown };
    case 'leadsFromLocalGovernment':
      return { min: counts.localGovernment, max: counts.localGovernment + counts.unknown };
    case 'leadsKnownFromNhs':
      return exact(counts.nhs);
    case 'leadsKnownFromLocalGovernment':
      return exact(counts.localGovernment);
    case 'leadsKnown':
      return exact(dataset.footprints.length - counts.unknown);
    case 'leadsUnknown':
      return exact(counts.unknown);
    case 'icbCount':
      if (!icbs) throw new Error('icbCount needs the ICB data version');
      return exact(icbs.footprints.length);
  }
}

export function isDataMetric(metric: string): metric is ClaimMetric {
  return (DATA_METRICS as readonly string[]).includes(metric);
}

export function claimHolds(figure: DataFigure, value: number): boolean {
  return value >= figure.min && value <= figure.max;
}

/** The fact `id` of the registry, or undefined. */
export function factValue(facts: FactsFile, id: string): string | undefined {
  return facts.facts.find((f) => f.id === id)?.value;
}
