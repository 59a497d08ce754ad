/**
 * Figures that articles state and the data also holds. A test compares each article's `claims`
 * with these, so prose and data cannot drift apart.
 */
import { leadCounts } from '../data/queries.ts';
import type { Dataset } from '../data/types.ts';

export type ClaimMetric = 'footprintCount' | 'leadsFromNhs' | 'leadsFromLocalGovernment';

/** A figure from the data: exact when every value is known, otherwise the range it must lie in. */
export interface DataFigure {
  min: number;
  max: number;
}

export function dataFigure(dataset: Dataset, metric: ClaimMetric): DataFigure {
  if (metric === 'footprintCount') return { min: dataset.footprints.length, max: dataset.footprints.length };
  const counts = leadCounts(dataset);
  const known = metric === 'leadsFromNhs' ? counts.nhs : counts.localGovernment;
  return { min: known, max: known + counts.unknown };
}

export function claimHolds(figure: DataFigure, value: number): boolean {
  return value >= figure.min && value <= figure.max;
}
