/**
 * The domain rules the site asks of a dataset, each written once: which councils are split between
 * footprints, which footprints are London's, and how leads are counted. Pages, maps, downloads and
 * tests import these instead of repeating the test.
 */
import { isKnown, type DerivedCouncil, type Lead } from '../../../content/data/schema.ts';
import type { CouncilInFootprint, Dataset, Footprint } from './types.ts';

/** NHS England's London region (the five London footprints are drawn in the map's inset). */
export const LONDON_REGION = 'London';

export function isLondon(footprint: { region: string }): boolean {
  return footprint.region === LONDON_REGION;
}

/** Codes of the footprints in London. */
export function londonCodes(dataset: Dataset): Set<string> {
  return new Set(dataset.footprints.filter(isLondon).map((f) => f.code));
}

/** Codes of the councils whose whole area lies in London's footprints. */
export function londonCouncilCodes(dataset: Dataset): Set<string> {
  const london = londonCodes(dataset);
  return new Set(dataset.councils.filter((c) => c.parts.every((p) => london.has(p.area))).map((c) => c.code));
}

/**
 * A council is split when its LSOAs fall in more than one area, however few (four LSOAs are still
 * somebody's home): the rule every map, page, table and download uses.
 */
export function isSplit(council: Pick<DerivedCouncil, 'parts'>): boolean {
  return council.parts.length > 1;
}

/** Councils of one tier split between areas (upper tier by default: the social care authorities). */
export function splitCouncils(dataset: Dataset, tier: DerivedCouncil['tier'] = 'upper'): DerivedCouncil[] {
  return dataset.councils.filter((c) => c.tier === tier && isSplit(c));
}

/** Local authority districts (every council below county level: E06, E07, E08, E09) split between areas. */
export function splitDistricts(dataset: Dataset): DerivedCouncil[] {
  return dataset.councils.filter((c) => !c.code.startsWith('E10') && isSplit(c));
}

/** A footprint's upper-tier councils (whole or in part): the councils responsible for adult social care. */
export function upperTierCouncils(footprint: Footprint): CouncilInFootprint[] {
  return footprint.councils.filter((c) => c.tier === 'upper');
}

/** The councils (of a tier, or any) of which only a part lies in this footprint. */
export function partCouncils(footprint: Footprint, tier?: DerivedCouncil['tier']): CouncilInFootprint[] {
  return footprint.councils.filter((c) => !c.whole && (tier === undefined || c.tier === tier));
}

/** True when the footprint's boundary cuts through an upper-tier council. */
export function splitsACouncil(footprint: Footprint): boolean {
  return partCouncils(footprint, 'upper').length > 0;
}

/** Lead organisation types that are part of the NHS. */
export const NHS_LEAD_TYPES: readonly Lead['organisationType'][] = ['CCG', 'NHS provider'];

export interface LeadCounts {
  /** Leads from a CCG or an NHS provider trust. */
  nhs: number;
  /** Leads from a council. */
  localGovernment: number;
  /** Leads from any other kind of organisation. */
  other: number;
  /** Footprints whose lead we could not source. */
  unknown: number;
}

/** True when the version records leads (2017-04: leads belong to the plans of 2016). */
export function hasLeads(dataset: Dataset): boolean {
  return dataset.footprints.every((f) => f.lead !== undefined);
}

export function leadCounts(dataset: Dataset): LeadCounts {
  const counts: LeadCounts = { nhs: 0, localGovernment: 0, other: 0, unknown: 0 };
  for (const { lead } of dataset.footprints) {
    if (lead === undefined) continue;
    if (!isKnown(lead)) counts.unknown += 1;
    else if (NHS_LEAD_TYPES.includes(lead.organisationType)) counts.nhs += 1;
    else if (lead.organisationType === 'local authority') counts.localGovernment += 1;
    else counts.other += 1;
  }
  return counts;
}
