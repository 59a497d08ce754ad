/**
 * Figures that articles state and the data also holds. A test compares each article's `claims`
 * with these, so prose and data cannot drift apart.
 */
import { isKnown } from '../../content/data/schema.ts';
import type { Dataset } from './dataset.ts';

export type ClaimMetric = 'footprintCount' | 'leadsFromNhs' | 'leadsFromLocalGovernment';

/** A figure from the data: exact when every value is known, otherwise the range it must lie in. */
export interface DataFigure {
  min: number;
  max: number;
}

export function dataFigure(dataset: Dataset, metric: ClaimMetric): DataFigure {
  if (metric === 'footprintCount') return { min: dataset.footprints.length, max: dataset.footprints.length };
  const leads = dataset.footprints.map((f) => f.lead);
  const unknown = leads.filter((l) => !isKnown(l)).length;
  const nhs = leads.filter((l) => isKnown(l) && (l.organisationType === 'CCG' || l.organisationType === 'NHS provider')).length;
  const council = leads.filter((l) => isKnown(l) && l.organisationType === 'local authority').length;
  const known = metric === 'leadsFromNhs' ? nhs : council;
  return { min: known, max: known + unknown };
}

export function claimHolds(figure: DataFigure, value: number): boolean {
  return value >= figure.min && value <= figure.max;
}
