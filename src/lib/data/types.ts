/** The shapes of a loaded data version: the raw files, and the dataset they validate into. */
import type { CcgRecord, CensusFile, CouncilRecord, FootprintRecord, PlaceRecord, Source, TrustRecord, VersionInfo } from '../../../content/data/schema.ts';

/** The files of a version, by name, already parsed from JSON/CSV. */
export interface RawVersion {
  'version.json': unknown;
  'footprints.json': unknown;
  'councils.json': unknown;
  'ccgs.json': unknown;
  'trusts.json': unknown;
  'census-2011.json': unknown;
  /** Rows of content/data/lookups/places.csv (shared across versions: it names districts, not footprints). */
  'places.csv': unknown[];
}

export interface CouncilInFootprint {
  code: string;
  name: string;
  tier: 'upper' | 'lower';
  whole: boolean;
  note: string | null;
  /** The other footprints a split council's area falls in. */
  elsewhere: { code: string; name: string; slug: string; note: string | null }[];
}

/** A footprint record as published (the data contract in design.md), joined from the files. */
export interface Footprint extends FootprintRecord {
  ccgs: { code: string; odsCode: string; name: string }[];
  councils: CouncilInFootprint[];
  trusts: { odsCode: string; name: string; type: TrustRecord['type'] }[];
}

export interface Dataset {
  version: VersionInfo;
  footprints: Footprint[];
  councils: CouncilRecord[];
  ccgs: CcgRecord[];
  ccgSources: { codes: Source; membership: Source };
  trusts: TrustRecord[];
  census: CensusFile;
  places: PlaceRecord[];
  byCode: Map<string, Footprint>;
  bySlug: Map<string, Footprint>;
}
