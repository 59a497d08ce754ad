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

/** ONS code of an STP footprint or ICB. ONS reused E54 codes across vintages, so never use one without its version. */
export const footprintCode = z.string().regex(/^E54\d{6}$/, 'an ONS STP or ICB code like E54000048');
/** ONS code of a local authority: E06 unitary, E07 district, E08 metropolitan district, E09 London borough, E10 county. */
export const councilCode = z.string().regex(/^E(06|07|08|09|10)\d{6}$/, 'an ONS local authority code like E10000007');
/** ONS code of a clinical commissioning group (or, from July 2022, a sub-ICB location). */
export const ccgCode = z.string().regex(/^E38\d{6}$/, 'an ONS CCG code like E38000174');
/** ONS code of a 2011 lower layer super output area (a "neighbourhood" of about 1,700 people). */
export const lsoaCode = z.string().regex(/^E01\d{6}$/, 'an ONS LSOA code like E01011949');
/** ONS code of an NHS England region. */
export const regionCode = z.string().regex(/^E40\d{6}$/, 'an ONS NHS England region code like E40000003');

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

/** NHS England's July 2017 rating of one footprint, with its source. */
export const ratingSchema = z.strictObject({ value: z.enum(RATINGS), source: sourceSchema });

/**
 * One area of a version as hand-edited in footprints.json: an STP footprint (2017–2020) or an
 * integrated care board (2022). Memberships and populations are not typed here: they are derived
 * from ONS small areas (memberships.json) and joined by code.
 */
export const footprintSchema = z.strictObject({
  /** ONS code of the area in this version (STP17CD, STP18CD, STP20CD or ICB22CD). */
  code: footprintCode,
  /** The name exactly as ONS gives it for this version. */
  onsName: text(3),
  /** The short name used on maps and pages (the ONS name where there is no shorter one in use). */
  name: text(3),
  /** URL slug: kebab-case of `name`. Part of public URLs, so it never changes within a version. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
  /** NHS England region of this version (four regions in 2017, five in 2018, seven from 2019). */
  region: text(3),
  /** ONS code of that region, or null where the source gives none. */
  regionCode: regionCode.nullable(),
  /** NHS ODS code of the area (STP20CDH, ICB22CDH), where ONS gives one. */
  odsCode: z.string().regex(/^Q[A-Z0-9]{2}$/, 'an ODS code like QOP').optional(),
  /** The area's own website, where a source gives it (ICBs). */
  website: z.url({ protocol: /^https$/ }).optional(),
  /** 2017-04 only: the STP lead as announced in 2016, or not known. */
  lead: z.union([leadSchema, unknownSchema], { error: 'needs a sourced lead (name, organisation, organisationType, source…) or { value: null, reason } saying why it is not known' }).optional(),
  /** 2017-04 only: NHS England's July 2017 progress rating, or not known. */
  rating: z.union([ratingSchema, unknownSchema], { error: `needs { value: one of ${RATINGS.join(', ')}; source } or { value: null, reason } saying why it is not known` }).optional(),
  /** 2017-04 only: the footprint's published plan (October–December 2016), where one is sourced. */
  plan: z.strictObject({ title: text(3), url: z.url({ protocol: /^https?$/ }), date: text(4) }).nullable().optional(),
  /** Anything a reader should know about this area in this version. */
  note: text(5).optional(),
  /** Sources: first for the code and name, second (where different) for the region, then any others (website). */
  sources: z.array(sourceSchema).min(1),
});
export type FootprintRecord = z.infer<typeof footprintSchema>;
export const footprintsFileSchema = z.strictObject({ footprints: z.array(footprintSchema) });

const count = z.number().int().nonnegative();
const people = z.number().int().nonnegative();

/** One part of a council: the LSOAs of the council that lie in one area. */
export const councilPartSchema = z.strictObject({
  /** The area (footprint or ICB) this part lies in. */
  area: footprintCode,
  /** How many 2011 LSOAs of the council lie in it. */
  lsoas: count,
  /** Their mid-2020 population. */
  population: people,
  /** The CCGs (or sub-ICB locations) that cover this part. */
  ccgs: z.array(ccgCode).min(1),
  /** For a part of a split council: its largest built-up areas by people, largest first (else empty). */
  places: z.array(text(2)),
});

/**
 * content/data/<version>/memberships.json, written by scripts/derive-areas.ts from the ONS LSOA
 * lookups (never by hand): every area, CCG and council of the version with its LSOAs and people.
 */
export const membershipsFileSchema = z.strictObject({
  /** The version the file belongs to. */
  version: z.string().regex(/^\d{4}-\d{2}$/),
  /** The script that wrote it. */
  generatedBy: text(5),
  /** Every ONS file (and sourced table) it was derived from. */
  sources: z.array(sourceSchema).min(1),
  /** What the population figures are, and where from. */
  population: z.strictObject({ label: text(5), source: sourceSchema }),
  /** England: all LSOAs, all people. */
  totals: z.strictObject({ lsoas: count, population: people }),
  areas: z.array(z.strictObject({ code: footprintCode, name: text(3), lsoas: count, population: people })),
  ccgs: z.array(
    z.strictObject({
      code: ccgCode,
      /** NHS ODS code, e.g. 01W. */
      odsCode: z.string().regex(/^[0-9A-Z]{3,5}$/, 'an ODS code like 01W (or, for a CCG of 2021, M1J4Y)'),
      name: text(3),
      /** The area the CCG lies in (a CCG never crosses an area boundary). */
      area: footprintCode,
      lsoas: count,
      population: people,
    }),
  ),
  councils: z.array(
    z.strictObject({
      code: councilCode,
      name: text(3),
      /** upper: county, unitary, metropolitan district, London borough or the City (the social care authorities); lower: shire district. */
      tier: z.enum(['upper', 'lower']),
      /** For a shire district: its county; otherwise null. */
      parent: councilCode.nullable(),
      lsoas: count,
      population: people,
      /** One part per area the council's LSOAs fall in, largest first; more than one = split. */
      parts: z.array(councilPartSchema).min(1),
    }),
  ),
});
export type MembershipsFile = z.infer<typeof membershipsFileSchema>;
export type DerivedCouncil = MembershipsFile['councils'][number];
export type DerivedCcg = MembershipsFile['ccgs'][number];

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
  /** What the areas are: STP footprints, or integrated care boards. */
  kind: z.enum(['stp', 'icb']),
  /** Status: published versions never change meaning. */
  status: z.enum(['draft', 'published']),
  /** The day these boundaries took effect (ISO date). */
  start: z.iso.date(),
  /** The version these boundaries replaced, or null for the first. */
  previous: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  /** One or two sentences for the timeline: what this version is and what changed. */
  summary: text(20),
  /** The counts the integrity checks enforce. */
  expect: z.strictObject({
    areas: z.number().int().positive(),
    ccgs: z.number().int().positive(),
    upperTierCouncils: z.number().int().positive(),
    lowerTierCouncils: z.number().int().nonnegative(),
    /** 2011 LSOAs in England: 32,844. */
    lsoas: z.number().int().positive(),
  }),
  /** The source of the boundary set itself. */
  source: sourceSchema,
});
export type VersionInfo = z.infer<typeof versionSchema>;

/** content/data/<version>/hex.json: the hand-designed equal-area hexagon layout of the version. */
export const hexFileSchema = z.strictObject({
  version: z.string().regex(/^\d{4}-\d{2}$/),
  /** Pointy-topped hexagons in "odd-r" offset coordinates: odd rows are shifted half a hexagon east. */
  layout: z.literal('odd-r'),
  /** How the layout was made. */
  note: text(10),
  /** One cell per area: column (west to east) and row (north to south), from 0. */
  cells: z.record(footprintCode, z.strictObject({ col: z.number().int().nonnegative(), row: z.number().int().nonnegative(), name: text(3) })),
});
export type HexFile = z.infer<typeof hexFileSchema>;

/**
 * content/data/facts.json: dated facts that articles state in more than one place (a date, a sum,
 * a count from a report), each written once with its source; a test checks that every article's
 * claim of one quotes this value.
 */
export const factsFileSchema = z.strictObject({
  facts: z.array(
    z.strictObject({
      /** The name articles' `claims` use for it, e.g. "icbsEstablished". */
      id: z.string().regex(/^[a-z][A-Za-z0-9_]*$/, 'a camelCase name'),
      /** The value exactly as the articles write it ("1 July 2022", "£2.45bn"). */
      value: text(1),
      /** What the fact is, in one sentence. */
      what: text(10),
      source: sourceSchema,
    }),
  ),
});
export type FactsFile = z.infer<typeof factsFileSchema>;

