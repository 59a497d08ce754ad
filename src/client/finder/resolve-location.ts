/**
 * Resolves a postcode lookup or a position to a 2017 footprint. Pure: the browser passes in the
 * API's answer (postcodes.io's JSON), the council found under the point, and the area tables from
 * the finder index. The API returns today's codes, and several councils have merged since 2017, so
 * we try, in order: today's district if it existed in 2017; the CCG if it is a 2017 CCG; the
 * upper-tier council under the point (2017 outlines). Where none settles a split area, we say so
 * and list the candidates.
 */

export interface AreaTables {
  /** Councils of the version by ONS code: name and parts [footprint slug, note or null]. */
  councils: Record<string, { n: string; p: [string, string | null][] }>;
  /** CCG code → footprint slug. */
  ccgs: Record<string, string>;
  /** Footprint names by slug. */
  footprints: Record<string, string>;
}

/** The fields of a postcodes.io /postcodes/<postcode> result that we use. */
export interface PostcodeResult {
  postcode: string;
  country?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  admin_district?: string | null;
  codes?: { admin_district?: string | null; admin_county?: string | null; ccg?: string | null };
}

export interface Candidate {
  slug: string;
  name: string;
  note: string | null;
}

export interface Resolution {
  /** exact: one footprint; choice: a split area, candidates listed; outside: not in England. */
  status: 'exact' | 'choice' | 'outside' | 'unknown';
  candidates: Candidate[];
  /** A sentence for the reader: how we got the answer and how sure it is. */
  message: string;
  /** True when the answer rests only on map outlines near a split council. */
  approximate: boolean;
}

function candidates(tables: AreaTables, parts: [string, string | null][]): Candidate[] {
  return parts.map(([slug, note]) => ({ slug, name: tables.footprints[slug] ?? slug, note }));
}

/**
 * @param councilAtPoint the upper-tier council (2017 outline) containing the postcode's point, if any
 */
export function resolvePostcode(tables: AreaTables, result: PostcodeResult, councilAtPoint: string | null): Resolution {
  if (result.country && result.country !== 'England') {
    return {
      status: 'outside',
      candidates: [],
      approximate: false,
      message: `${result.postcode} is in ${result.country}. Sustainability and Transformation Plans covered England only.`,
    };
  }
  const districtCode = result.codes?.admin_district ?? null;
  const district = districtCode ? tables.councils[districtCode] : undefined;
  const ccgSlug = result.codes?.ccg ? tables.ccgs[result.codes.ccg] : undefined;

  if (district && district.p.length === 1) {
    return { status: 'exact', candidates: candidates(tables, district.p), approximate: false, message: `${result.postcode} is in ${district.n}.` };
  }
  if (district && ccgSlug && district.p.some(([slug]) => slug === ccgSlug)) {
    const part = district.p.filter(([slug]) => slug === ccgSlug);
    return {
      status: 'exact',
      candidates: candidates(tables, part),
      approximate: false,
      message: `${result.postcode} is in ${district.n}, which was split between footprints; its CCG places it in this one.`,
    };
  }
  if (district) {
    return {
      status: 'choice',
      candidates: candidates(tables, district.p),
      approximate: false,
      message: `${result.postcode} is in ${district.n}, which was split between footprints. Check which part you are in:`,
    };
  }
  // Today's district did not exist in 2017 (councils have merged since): fall back to the CCG,
  // then to the 2017 council outline under the point.
  if (ccgSlug) {
    return { status: 'exact', candidates: candidates(tables, [[ccgSlug, null]]), approximate: false, message: `${result.postcode} is in a 2017 CCG of this footprint.` };
  }
  const council = councilAtPoint ? tables.councils[councilAtPoint] : undefined;
  if (council) {
    return byOutline(tables, council, {
      split: `${result.postcode} is in ${council.n} (by its map position), which was split between footprints. Check which part you are in:`,
      whole: `${result.postcode} is in ${council.n}, going by its map position.`,
    });
  }
  return {
    status: 'unknown',
    candidates: [],
    approximate: false,
    message: `We found ${result.postcode} but could not match it to a 2017 footprint. Try searching for your town or council instead.`,
  };
}

/** A position (from "use my location") resolved through the council under it. */
export function resolvePosition(tables: AreaTables, councilAtPoint: string | null): Resolution {
  const council = councilAtPoint ? tables.councils[councilAtPoint] : undefined;
  if (!council) {
    return {
      status: 'unknown',
      candidates: [],
      approximate: true,
      message: 'Your position does not seem to be in England (or is off the coast). Try searching for your town or council instead.',
    };
  }
  return byOutline(tables, council, {
    split: `You appear to be in ${council.n}, which was split between footprints, so we cannot tell which one from your position alone. Check which part you are in:`,
    whole: `You appear to be in ${council.n} (approximate: based on your device's position and simplified boundaries).`,
  });
}

/** An answer found from map outlines alone: approximate, and a choice where the council was split. */
function byOutline(tables: AreaTables, council: AreaTables['councils'][string], message: { split: string; whole: string }): Resolution {
  const split = council.p.length > 1;
  return { status: split ? 'choice' : 'exact', candidates: candidates(tables, council.p), approximate: true, message: split ? message.split : message.whole };
}

/** Reader-facing messages for lookup failures, each pointing to search by name instead. */
export const POSTCODE_MESSAGES = {
  invalid: (input: string) => `“${input}” is not a valid UK postcode. Check it, or search for your town or council instead.`,
  notFound: (postcode: string) => `We could not find the postcode ${postcode}. It may be new or no longer in use. Try your town or council instead.`,
  offline: () => 'We could not reach the postcode service: you may be offline. Searching by town, council or CCG works offline.',
  timeout: () => 'The postcode service did not answer within 5 seconds. Try again later, or search for your town or council instead (that works offline).',
  failed: () => 'The postcode service did not answer properly. Please search for your town or council instead.',
} as const;
