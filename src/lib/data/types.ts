/** The shapes of a loaded data version: the raw files, and the dataset they validate into. */
import type { DerivedCcg, DerivedCouncil, FootprintRecord, HexFile, PlaceRecord, Source, TrustRecord, VersionInfo } from '../../../content/data/schema.ts';
import type { FootprintTopology } from '../geometry/map-geometry.ts';

/** The files of a version, by name, already parsed from JSON/CSV; null where a version has no such file. */
export interface RawVersion {
  'version.json': unknown;
  'footprints.json': unknown;
  'memberships.json': unknown;
  /** Rows of lsoas.csv, as strings. */
  'lsoas.csv': Record<string, string>[];
  'footprints.topo.json': unknown;
  /** 2017-04 only: NHS trusts and their footprints. */
  'trusts.json': unknown | null;
  /** The hand-designed hex layout, where the version has one. */
  'hex.json': unknown | null;
  /** 2017-04 only: rows of places.csv (towns and their districts). */
  'places.csv': unknown[] | null;
}

/** One 2011 LSOA in a version: its CCG (or sub-ICB location), district and area, and its people. */
export interface LsoaRow {
  lsoa: string;
  ccg: string;
  district: string;
  area: string;
  population: number;
}

export interface CcgInFootprint {
  code: string;
  odsCode: string;
  name: string;
  lsoas: number;
  population: number;
}

/** Another area holding part of a split council. */
export interface PartElsewhere {
  code: string;
  name: string;
  slug: string;
  lsoas: number;
  population: number;
  places: string[];
}

/** A council (or the part of it) in one area. */
export interface CouncilInFootprint {
  code: string;
  name: string;
  tier: 'upper' | 'lower';
  parent: string | null;
  /** True when the whole council lies in this area. */
  whole: boolean;
  /** This part's LSOAs, people, largest built-up areas and CCGs. */
  lsoas: number;
  population: number;
  places: string[];
  ccgs: string[];
  /** The whole council's LSOAs and people. */
  total: { lsoas: number; population: number };
  /** The other areas a split council's LSOAs fall in, largest part first. */
  elsewhere: PartElsewhere[];
}

/** An area of a version as published (the data contract in design.md), joined from the files. */
export interface Footprint extends FootprintRecord {
  /** LSOAs and mid-2020 population of the area. */
  lsoas: number;
  population: number;
  ccgs: CcgInFootprint[];
  councils: CouncilInFootprint[];
  trusts: { odsCode: string; name: string; type: TrustRecord['type'] }[];
}

export interface Dataset {
  version: VersionInfo;
  footprints: Footprint[];
  councils: DerivedCouncil[];
  ccgs: DerivedCcg[];
  /** The ONS files and sourced tables the memberships were derived from. */
  sources: Source[];
  /** What the population figures are (mid-2020 estimates), and their source. */
  population: { label: string; source: Source };
  totals: { lsoas: number; population: number };
  trusts: TrustRecord[];
  places: PlaceRecord[];
  lsoas: LsoaRow[];
  topology: FootprintTopology;
  hex: HexFile | null;
  byCode: Map<string, Footprint>;
  bySlug: Map<string, Footprint>;
}
