/**
 * Resolves a postcode lookup or a position to a 2017 footprint. Pure: the browser passes in the
 * API's answer (postcodes.io's JSON), the footprint and council found under the point, and the
 * area tables from the finder index. The API returns today's codes, and several councils have
 * merged since 2017, so we try, in order: today's district if it existed in 2017 (exact where it
 * was whole); for a split or merged district, the 2017 CCG if the postcode's CCG is one, then the
 * exact 2017 footprint outline under the postcode's point (approximate within a few hundred metres
 * of a boundary, where the outlines are simplified); then the upper-tier council under the point.
 * Where none settles a split area, we say so and list the candidates.
 */

export interface AreaTables {
  /** Councils of the version by ONS code: name and parts [footprint slug, note or null]. */
  councils: Record<string, { n: string; p: [string, string | null][] }>;
  /** CCG code → footprint slug. */
  ccgs: Record<string, string>;
  /** Footprint names by slug. */
  footprints: Record<string, string>;
  /** Footprint ONS code → slug (the outlines carry codes). */
  codes: Record<string, string>;
}

/** What lies under a postcode's point on the 2017 outlines (ONS codes), where it could be found. */
export interface PointAreas {
  footprint: string | null;
  council: string | null;
}

/** Said of every answer found from the outlines. */
export const OUTLINE_NOTE = 'This comes from the map outlines, which are simplified: it is approximate within a few hundred metres of a footprint boundary.';

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
 * @param point the 2017 footprint and upper-tier council under the postcode's point (from the
 * outlines), where the browser could find them
 */
export function resolvePostcode(tables: AreaTables, result: PostcodeResult, point: PointAreas | null): Resolution {
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
  const outlineSlug = point?.footprint ? tables.codes[point.footprint] : undefined;

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
  if (district && outlineSlug && district.p.some(([slug]) => slug === outlineSlug)) {
    const part = district.p.filter(([slug]) => slug === outlineSlug);
    return {
      status: 'exact',
      candidates: candidates(tables, part),
      approximate: true,
      message: `${result.postcode} is in ${district.n}, which was split between footprints; the 2017 footprint outline under the postcode places it in this part.`,
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
  // Today's district did not exist in 2017 (councils have merged since): the CCG, then the 2017
  // footprint outline under the point, then the 2017 council outline.
  if (ccgSlug) {
    return { status: 'exact', candidates: candidates(tables, [[ccgSlug, null]]), approximate: false, message: `${result.postcode} is in a 2017 CCG of this footprint.` };
  }
  if (outlineSlug) {
    return { status: 'exact', candidates: candidates(tables, [[outlineSlug, null]]), approximate: true, message: `${result.postcode} lies inside this 2017 footprint's outline.` };
  }
  const council = point?.council ? tables.councils[point.council] : undefined;
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
  outcode: (outcode: string) => `${outcode} is only the first half of a postcode, and one such district can cross a footprint boundary. Type the whole postcode (for example ${outcode} 1AA) to find your footprint, or search for your town or council.`,
} as const;

/** The fields of a postcodes.io /outcodes/<outcode> result that we use. */
export interface OutcodeResult {
  outcode: string;
  /** Names of the local authority districts of today the outward code covers. */
  admin_district?: string[] | null;
}

/**
 * An outward code alone ("SK13"): it needs the whole postcode; meanwhile, the councils it covers
 * (matched by name to the 2017 councils, as postcodes.io gives names of today) and their footprints.
 */
export function resolveOutcode(tables: AreaTables, result: OutcodeResult): Resolution {
  const byName = new Map(Object.values(tables.councils).map((c) => [c.n.toLowerCase(), c]));
  const found = (result.admin_district ?? []).map((n) => byName.get(n.toLowerCase())).filter((c) => c !== undefined);
  const list: Candidate[] = [];
  for (const c of found) {
    for (const [slug, note] of c.p) {
      if (!list.some((x) => x.slug === slug && x.note?.startsWith(c.n))) list.push({ slug, name: tables.footprints[slug] ?? slug, note: note ? `${c.n}: ${note}` : c.n });
    }
  }
  const message = POSTCODE_MESSAGES.outcode(result.outcode);
  if (!list.length) return { status: 'unknown', candidates: [], approximate: false, message };
  return { status: 'choice', candidates: list, approximate: false, message: `${message} ${result.outcode} covers parts of ${found.map((c) => c.n).join(', ')}, so it may be in:` };
}
