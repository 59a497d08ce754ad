/**
 * zod schemas for the versioned data in content/data/<version>/. Every field says what it holds and
 * where it comes from. The loader (src/lib/dataset.ts) validates each file against these and then
 * checks the rules that span files (memberships, counts, uniqueness).
 */
import { z } from 'zod';

/**
 * Free text: what a reader sees, so plain text only. Markup would reach finder.json, the CSVs and
 * the pages as it stands, so a tag (or a comment) is refused, naming the field.
 */
export function text(min = 0) {
  return z
    .string()
    .min(min)
    .refine((s) => !/<\s*[a-z!/?]/i.test(s), { message: 'must be plain text: HTML tags are not allowed' });
}

/** A document a reader can follow to check a fact. */
export const sourceSchema = z.strictObject({
  /** Title of the document or dataset, as its publisher gives it. */
  title: text(3),
  /** Public address of the document (the publisher's own page where there is one). */
  url: z.url({ protocol: /^https?$/ }),
  /** Who published it, e.g. "Office for National Statistics", "NHS England". */
  publisher: text(2),
  /** Publication date, ISO (YYYY, YYYY-MM or YYYY-MM-DD) or as printed when no exact date is given. */
  date: text(4),
  /** Where we read a copy, when not at `url` (e.g. a public repository holding the official file). */
  via: text().optional(),
  /** Anything a reader should know about how the source was used. */
  note: text().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A value we could not source: null, and why. Never a guess. */
export const unknownSchema = z.strictObject({
  value: z.null(),
  /** Why the value is not known (what was looked for, and where). */
  reason: text(10),
});

/** ONS code of a 2017 STP footprint. ONS reused E54 codes across vintages, so never use one without its version. */
export const footprintCode = z.string().regex(/^E54\d{6}$/, 'an ONS STP code like E54000048');
/** ONS code of a local authority: E06 unitary, E07 district, E08 metropolitan district, E09 London borough, E10 county. */
export const councilCode = z.string().regex(/^E(06|07|08|09|10)\d{6}$/, 'an ONS local authority code like E10000007');
/** ONS code of a clinical commissioning group. */
export const ccgCode = z.string().regex(/^E38\d{6}$/, 'an ONS CCG code like E38000174');

/** NHS England's four regions of 2016/17. */
export const REGIONS = ['North', 'Midlands and East', 'London', 'South'] as const;
/** Where a footprint's lead came from. */
export const LEAD_TYPES = ['CCG', 'NHS provider', 'local authority', 'other'] as const;
/** NHS England's July 2017 STP progress dashboard ratings, best first. */
export const RATINGS = ['outstanding', 'advanced', 'making progress', 'needs most improvement'] as const;

export const leadSchema = z.strictObject({
  /** The person's name as announced. */
  name: text(3),
  /** Job title as announced. */
  role: text().nullable(),
  /** The organisation the lead came from. */
  organisation: text(3),
  /** Kind of organisation: a CCG, an NHS provider trust, a local authority, or other. */
  organisationType: z.enum(LEAD_TYPES),
  /** Later changes or caveats. */
  note: text().nullable(),
  source: sourceSchema,
});
export type Lead = z.infer<typeof leadSchema>;

/** True when a value that may be unknown ({ value: null, reason }) is known. */
export function isKnown<T extends object>(v: T | { value: null; reason: string }): v is T {
  return !('value' in v && v.value === null);
}

export const footprintSchema = z.strictObject({
  /** ONS STP17CD, e.g. E54000048. */
  code: footprintCode,
  /** STP17NM exactly as ONS gives it in the April 2017 names and codes file. */
  onsName: text(3),
  /** The short name NHS England and the footprint itself used (same as onsName when there is no shorter one). */
  name: text(3),
  /** URL slug: kebab-case of `name`. Part of the public URL /footprints/<slug>/, so it never changes within a version. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
  /** NHS England region of 2016/17. */
  region: z.enum(REGIONS),
  /** ONS code of the region in the April 2017 lookup (E40…), or null when not given there. */
  regionCode: z.string().regex(/^E40\d{6}$/).nullable(),
  /** The STP lead as announced in 2016, or not known. */
  lead: z.union([leadSchema, unknownSchema], { error: 'needs a sourced lead (name, organisation, organisationType, source…) or { value: null, reason } saying why it is not known' }),
  /** NHS England's July 2017 progress rating, or not known. */
  rating: z.union([z.strictObject({ value: z.enum(RATINGS), source: sourceSchema }), unknownSchema], {
    error: `needs { value: one of ${RATINGS.join(', ')}; source } or { value: null, reason } saying why it is not known`,
  }),
  /** Population of the footprint, as an official source gives it, or not known. */
  population: z.union([
    z.strictObject({
      value: z.number().int().positive(),
      /** Reference year of the estimate, e.g. "2016". */
      year: text(4),
      /** What kind of figure it is (resident estimate, registered list, sum of CCGs…). */
      basis: text(5),
      source: sourceSchema,
    }),
    unknownSchema,
  ], { error: 'needs { value, year, basis, source } or { value: null, reason } saying why it is not known' }),
  /** The footprint's published plan (October–December 2016), where one is sourced. */
  plan: z.strictObject({ title: text(3), url: z.url({ protocol: /^https?$/ }), date: text(4) }).nullable(),
  /** Sources for the code, name and region. */
  sources: z.array(sourceSchema).min(1),
});
export type FootprintRecord = z.infer<typeof footprintSchema>;

export const footprintsFileSchema = z.strictObject({ footprints: z.array(footprintSchema) });

export const membershipSchema = z.strictObject({
  /** The footprint this council (or part of it) belongs to. */
  footprint: footprintCode,
  /** True when the whole council area is in this footprint. */
  whole: z.boolean(),
  /** For a part: which part (by place and CCG). */
  note: text().nullable(),
});

export const councilSchema = z.strictObject({
  /** ONS GSS code valid in April 2017. */
  code: councilCode,
  /** Name as ONS gives it (2017). */
  name: text(3),
  /** upper: county, unitary, metropolitan district, London borough or the City (the social care authorities); lower: shire district. */
  tier: z.enum(['upper', 'lower']),
  /** For a shire district: the code of its county; otherwise null. */
  parent: councilCode.nullable(),
  /** The footprint(s) the council's area falls in. */
  memberships: z.array(membershipSchema).min(1),
  /**
   * For a split upper-tier council only: the footprint in whose outline the map draws the whole
   * council (the part holding most of its population), since council outlines cannot show the
   * true dividing line.
   */
  drawnIn: footprintCode.optional(),
  /** Why `drawnIn` was chosen (the population of each part and its source). */
  drawnInReason: text().optional(),
  source: sourceSchema,
});
export type CouncilRecord = z.infer<typeof councilSchema>;
export const councilsFileSchema = z.strictObject({ councils: z.array(councilSchema) });

export const ccgSchema = z.strictObject({
  /** ONS CCG17CD. */
  code: ccgCode,
  /** NHS ODS code (CCG17CDH), e.g. 01W. */
  odsCode: z.string().regex(/^[0-9]{2}[A-Z0-9]$/, 'an ODS CCG code like 01W'),
  /** CCG17NM as ONS gives it. */
  name: text(3),
  /** STP17CD: the footprint the CCG belongs to. */
  footprint: footprintCode,
});
export type CcgRecord = z.infer<typeof ccgSchema>;
export const ccgsFileSchema = z.strictObject({
  sources: z.strictObject({
    /** Where the CCG codes, ODS codes and names come from. */
    codes: sourceSchema,
    /** Where each CCG's footprint comes from. */
    membership: sourceSchema,
  }),
  ccgs: z.array(ccgSchema),
});

export const trustSchema = z.strictObject({
  /** NHS ODS code of the trust (2016/17). */
  odsCode: z.string().regex(/^R[A-Z0-9]{2}$|^T[A-Z0-9]{2}$/, 'an ODS trust code like RW3'),
  /** Name in 2016/17. */
  name: text(5),
  /** What the trust mainly provides. */
  type: z.enum(['acute', 'mental health', 'community', 'ambulance', 'specialist', 'other']),
  /** The footprint(s) it mainly serves (ambulance trusts serve several). */
  footprints: z.array(footprintCode).min(1),
  /** Where its membership of the footprint is stated. */
  source: sourceSchema,
  /** What a reader should know: other services it runs, a merger, a doubtful placement. */
  note: text(5).optional(),
});
export type TrustRecord = z.infer<typeof trustSchema>;
export const trustsFileSchema = z.strictObject({ trusts: z.array(trustSchema) });

/** One row of content/data/lookups/places.csv: a town and the district it lies in. */
export const placeSchema = z.strictObject({
  /** The place name as commonly written. */
  name: text(2),
  /** ONS code of the local authority district the place lies in (April 2017). */
  lad_code: councilCode,
  /** Name of that district (for reading; the code is authoritative). */
  lad_name: text(3),
  /** Only where the district is split between footprints: the CCG that covers the place. */
  ccg_code: z.union([ccgCode, z.literal('')]),
  /** Optional remark (disambiguation). */
  note: text(),
});
export type PlaceRecord = z.infer<typeof placeSchema>;

/** content/data/<version>/version.json: what the version is and what counts it must satisfy. */
export const versionSchema = z.strictObject({
  /** Version id: the boundary vintage, e.g. "2017-04". */
  version: z.string().regex(/^\d{4}-\d{2}$/),
  /** Human title of the boundary set. */
  title: text(5),
  /** Status: published versions never change meaning. */
  status: z.enum(['draft', 'published']),
  /** The counts the integrity checks enforce. */
  expect: z.strictObject({
    footprints: z.number().int().positive(),
    upperTierCouncils: z.number().int().positive(),
    lowerTierCouncils: z.number().int().nonnegative(),
    ccgs: z.number().int().positive(),
  }),
  /** The source of the boundary set itself. */
  source: sourceSchema,
});
export type VersionInfo = z.infer<typeof versionSchema>;

/** content/data/<version>/census-2011.json: 2011 Census populations of local authority districts. */
export const censusFileSchema = z.strictObject({
  source: sourceSchema,
  /** Census year. */
  year: z.literal('2011'),
  /** What the figures count. */
  basis: text(5),
  /** Caveats on boundaries and codes. */
  note: text().optional(),
  districts: z.array(
    z.strictObject({
      /** ONS code of the district (April 2017). */
      code: councilCode,
      /** District name. */
      name: text(3),
      /** Usual residents on census day, 27 March 2011. */
      population: z.number().int().positive(),
    }),
  ),
});
export type CensusFile = z.infer<typeof censusFileSchema>;
