/**
 * Builds the finder's search index (/data/<version>/finder.json) from a data version and the
 * gazetteer (content/data/gazetteer/, written by scripts/build-gazetteer.ts): every footprint,
 * council, district, CCG, NHS trust and hospital, and every place of the gazetteer, each resolved
 * to the footprint(s) of the version.
 *
 * A place made of neighbourhoods (LSOAs) resolves by their people: the footprint with the most
 * first, then any other holding at least 5% ("most of Sutton Coldfield is in Birmingham and
 * Solihull; about 11% is in the Black Country"). A place without LSOAs (a village too small for an
 * MSOA of its own, a ward) resolves through its district: exactly where the district is whole,
 * and as the district's parts, said to be a choice, where it is split. Where a later version with
 * the areas of today is given, each place also carries its answer there.
 *
 * The index is columnar and compact (it must stay within 120 KB gzipped): names, kind letters and
 * district numbers in parallel arrays, parts as short strings. src/client/finder/search.ts reads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { normalise } from '../../client/finder/normalise.ts';
import { encodeParts, KIND_ORDER, KIND_LETTER, packColumns, type EntryKind, type FinderIndex } from '../../client/finder/index-format.ts';
import type { DerivedCouncil } from '../../../content/data/schema.ts';
import { partLabel } from '../data/describe.ts';
import { creditText } from './credits.ts';
import { isSplit } from '../data/queries.ts';
import type { Dataset, LsoaRow } from '../data/types.ts';

export { decodeParts, encodeParts, KIND_LETTER, KIND_ORDER, unpackColumns, type FinderIndex } from '../../client/finder/index-format.ts';

/** The version whose areas are those of today: the 42 integrated care boards from 1 July 2022. */
export const TODAY_VERSION = '2022-07';

/** A share of a place at or above this is shown as a second answer. */
export const SHOWN_SHARE = 0.05;

// ---------------------------------------------------------------------------------------------
// The gazetteer and the hospital sites (committed, version-free)

export interface GazetteerPlace {
  id: string;
  name: string;
  kind: 'city' | 'town' | 'village' | 'ward';
  districts: string[];
  lsoas: string[];
  aliases: string[];
}
export interface GazetteerDistrict {
  code: string;
  name: string;
  lsoas: string[];
  aliases: string[];
}
export interface Gazetteer {
  places: GazetteerPlace[];
  districts: GazetteerDistrict[];
}
export interface HospitalSite {
  siteCode: string;
  name: string;
  aliases: string[];
  trust: string;
  town: string;
}

/** "11949+2 12000" → E01011949, E01011950, E01011951, E01012000 (scripts/lib/gazetteer.ts writes it). */
export function decodeLsoas(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(' ')) {
    if (!part) continue;
    const [start, more] = part.split('+');
    const n = Number(start);
    if (!Number.isInteger(n) || (more !== undefined && !/^\d+$/.test(more))) throw new Error(`bad LSOA range "${part}"`);
    for (let k = 0; k <= Number(more ?? 0); k++) out.push(`E01${String(n + k).padStart(6, '0')}`);
  }
  return out;
}

const DATA = join(process.cwd(), 'content', 'data');
const KINDS = new Set(['city', 'town', 'village', 'ward']);

function readCsv(path: string): Record<string, string>[] {
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run data:gazetteer`);
  return csvParse(readFileSync(path, 'utf8')).map((r) => ({ ...r }) as Record<string, string>);
}

/** Reads content/data/gazetteer/ and fails, naming the row, on anything malformed. */
export function readGazetteer(dir = join(DATA, 'gazetteer')): Gazetteer {
  const split = (s: string | undefined, by: string) => (s ? s.split(by).filter(Boolean) : []);
  const places = readCsv(join(dir, 'places.csv')).map((r, i): GazetteerPlace => {
    const where = `gazetteer/places.csv row ${i + 2} (${r.id})`;
    if (!r.id || !r.name || !KINDS.has(r.kind!)) throw new Error(`${where}: needs an id, a name and a kind (${[...KINDS].join(', ')})`);
    const districts = split(r.districts, ' ');
    if (!districts.length || districts.some((d) => !/^E0[6-9]\d{6}$/.test(d))) throw new Error(`${where}: districts must be LAD codes`);
    return { id: r.id, name: r.name, kind: r.kind as GazetteerPlace['kind'], districts, lsoas: decodeLsoas(r.lsoas ?? ''), aliases: split(r.aliases, '|') };
  });
  const districts = readCsv(join(dir, 'districts.csv')).map((r) => ({ code: r.code!, name: r.name!, lsoas: decodeLsoas(r.lsoas ?? ''), aliases: split(r.aliases, '|') }));
  return { places, districts };
}

/** Reads content/data/lookups/hospital-sites.csv. */
export function readHospitals(path = join(DATA, 'lookups', 'hospital-sites.csv')): HospitalSite[] {
  return readCsv(path).map((r) => ({ siteCode: r.site_code!, name: r.site_name!, aliases: r.aliases ? r.aliases.split('|').filter(Boolean) : [], trust: r.trust_ods!, town: r.town ?? '' }));
}

// ---------------------------------------------------------------------------------------------
// Shares

export interface Share {
  /** Area (footprint or ICB) code. */
  area: string;
  population: number;
  /** Of the place's people, 0–1. */
  share: number;
  /** The district holding most of the place's people in that area (for the link to the part). */
  district: string;
}

/** A place's people by area of a version, largest first (ties by code, so the order is stable). */
export function sharesOf(lsoas: readonly string[], table: ReadonlyMap<string, LsoaRow>): Share[] {
  const byArea = new Map<string, { population: number; districts: Map<string, number> }>();
  let total = 0;
  for (const code of lsoas) {
    const row = table.get(code);
    if (!row) throw new Error(`LSOA ${code} is not in the version's lsoas.csv`);
    const a = byArea.get(row.area) ?? { population: 0, districts: new Map<string, number>() };
    a.population += row.population;
    a.districts.set(row.district, (a.districts.get(row.district) ?? 0) + row.population);
    byArea.set(row.area, a);
    total += row.population;
  }
  return [...byArea]
    .map(([area, a]) => ({
      area,
      population: a.population,
      share: total ? a.population / total : 0,
      district: [...a.districts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0],
    }))
    .sort((x, y) => y.population - x.population || x.area.localeCompare(y.area));
}

/** The shares a reader is shown: the largest, and any other of at least 5%. */
export function shownShares(shares: readonly Share[]): Share[] {
  return shares.filter((s, i) => i === 0 || s.share >= SHOWN_SHARE);
}

/** "2017 footprint" or "2022 ICB": what an answer of this version is. */
export function answersOf(dataset: Pick<Dataset, 'version'>): string {
  return `${dataset.version.start.slice(0, 4)} ${dataset.version.kind === 'icb' ? 'ICB' : 'footprint'}`;
}

// ---------------------------------------------------------------------------------------------
// The index

interface Row {
  name: string;
  kind: EntryKind;
  district: number;
  parts: string;
  context: string;
  aliases: string[];
  /** For ordering: people (0 where not known). */
  weight: number;
  /** LSOAs for the answer of today ([] = through district `district`). */
  lsoas: string[];
  /** For trusts and hospitals: the areas of today, where known. */
  todayParts?: string;
}

const TIER_LABEL: Record<string, string> = {
  E06: 'Unitary council',
  E07: 'District council',
  E08: 'Metropolitan borough council',
  E09: 'London borough',
  E10: 'County council',
};

/** "NHS Tameside and Glossop CCG" → "Tameside and Glossop" (searched as an alias). */
function bareCcgName(name: string): string {
  return name.replace(/^NHS\s+/i, '').replace(/\s+CCG$/i, '');
}

export interface FinderOptions {
  gazetteer?: Gazetteer;
  hospitals?: HospitalSite[];
  /** A later version whose areas are those of today (2022-07, the ICBs), to answer for as well. */
  today?: Dataset | null;
}

export function buildFinderIndex(dataset: Dataset, options: FinderOptions = {}): FinderIndex {
  const gazetteer = options.gazetteer ?? readGazetteer();
  const hospitals = options.hospitals ?? readHospitals();
  const slugs = dataset.footprints.map((f) => f.slug);
  const areaIndex = new Map(dataset.footprints.map((f, i) => [f.code, i]));
  const slugOf = (code: string) => dataset.byCode.get(code)!.slug;
  const councils = [...dataset.councils].sort((a, b) => a.code.localeCompare(b.code));
  const councilIndex = new Map(councils.map((c, i) => [c.code, i]));
  const councilByCode = new Map(councils.map((c) => [c.code, c]));
  const table = new Map(dataset.lsoas.map((r) => [r.lsoa, r]));
  /** A part's link opens the council's part on the footprint page when the council, or its county, is split. */
  const anchorOf = (code: string) => {
    const c = councilByCode.get(code);
    if (!c) return -1;
    const county = c.parent ? councilByCode.get(c.parent) : undefined;
    return isSplit(c) || (county && isSplit(county)) ? councilIndex.get(code)! : -1;
  };
  const partsOfShares = (shares: Share[]) => {
    const shown = shownShares(shares);
    return encodeParts(shown.map((s) => ({ area: areaIndex.get(s.area)!, percent: Math.round(s.share * 100), anchor: anchorOf(s.district) })));
  };
  const gazDistrict = new Map(gazetteer.districts.map((d) => [d.code, d]));
  // The LSOAs of each footprint, CCG and council (a county's are its districts').
  const lsoasOf = new Map<string, string[]>();
  const add = (key: string, lsoa: string) => {
    const list = lsoasOf.get(key);
    if (list) list.push(lsoa);
    else lsoasOf.set(key, [lsoa]);
  };
  for (const r of dataset.lsoas) {
    add(r.area, r.lsoa);
    add(r.ccg, r.lsoa);
    add(r.district, r.lsoa);
    const county = councilByCode.get(r.district)?.parent;
    if (county) add(county, r.lsoa);
  }
  const rows: Row[] = [];

  for (const f of dataset.footprints) {
    rows.push({ name: f.name, kind: 'footprint', district: -1, parts: encodeParts([{ area: areaIndex.get(f.code)! }]), context: `${answersOf(dataset)} in NHS England's ${f.region} region`, aliases: f.onsName !== f.name ? [f.onsName] : [], weight: f.population, lsoas: lsoasOf.get(f.code) ?? [] });
  }
  for (const c of councils) {
    const parent = c.parent ? councilByCode.get(c.parent) : undefined;
    const kind = TIER_LABEL[c.code.slice(0, 3)] ?? 'Council';
    const name = tidyName(c.name);
    rows.push({
      name,
      kind: c.tier === 'upper' ? 'council' : 'district',
      district: councilIndex.get(c.code)!,
      parts: '',
      context: parent ? `${kind} in ${tidyName(parent.name)}` : kind,
      aliases: [...new Set([c.name, ...(gazDistrict.get(c.code)?.aliases ?? [])])].filter((a) => a !== name),
      weight: c.population,
      lsoas: lsoasOf.get(c.code) ?? [],
    });
  }
  for (const c of dataset.ccgs) {
    rows.push({ name: c.name, kind: 'ccg', district: -1, parts: encodeParts([{ area: areaIndex.get(c.area)! }]), context: `Clinical commissioning group (${c.odsCode})`, aliases: [bareCcgName(c.name), c.odsCode], weight: c.population, lsoas: lsoasOf.get(c.code) ?? [] });
  }

  // The gazetteer's districts are those of 2017; where a version's councils differ (mergers since),
  // a 2017 district stands for the council of the version that holds most of its people.
  const districtPeople = (lsoas: readonly string[]) => {
    const people = new Map<string, number>();
    for (const l of lsoas) {
      const r = table.get(l);
      if (r) people.set(r.district, (people.get(r.district) ?? 0) + r.population);
    }
    return [...people].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const versionDistrict = new Map<string, string>();
  const councilOf2017 = (code: string): string => {
    if (councilByCode.has(code)) return code;
    let found = versionDistrict.get(code);
    if (!found) {
      found = districtPeople(gazDistrict.get(code)?.lsoas ?? [])[0]?.[0];
      if (!found || !councilByCode.has(found)) throw new Error(`gazetteer: district ${code} has no council in ${dataset.version.version}`);
      versionDistrict.set(code, found);
    }
    return found;
  };

  // Places of the gazetteer.
  const footprintNames = new Map(dataset.footprints.map((f) => [normaliseKey(f.name), f.code]));
  const placeRows: { place: GazetteerPlace; row: Row; shares: Share[] }[] = [];
  for (const gazetteerPlace of gazetteer.places) {
    const place = { ...gazetteerPlace, districts: [...new Set(gazetteerPlace.districts.map(councilOf2017))] };
    const district = councilIndex.get(place.districts[0]!)!;
    let parts = '';
    let shares: Share[] = [];
    if (place.lsoas.length) {
      shares = sharesOf(place.lsoas, table);
      parts = partsOfShares(shares);
    } else if (place.districts.length > 1) {
      // A village spread over several districts: one of their areas (shares not known).
      const areas = [...new Set(place.districts.flatMap((d) => councilByCode.get(d)!.parts.map((p) => p.area)))];
      if (areas.length === 1) parts = encodeParts([{ area: areaIndex.get(areas[0]!)! }]);
    }
    const c = councilByCode.get(place.districts[0]!)!;
    // A built-up area named like a footprint ("Greater Manchester") answers what the footprint does.
    if (shares.length && footprintNames.get(normaliseKey(place.name)) === shares[0]!.area && shownShares(shares).length === 1) continue;
    // The town that only repeats its own district's name and answer adds nothing: "Barnsley" the
    // town and "Barnsley" the council are in the same footprint.
    if (place.lsoas.length && normaliseKey(place.name) === normaliseKey(c.name) && !isSplit(c) && shownShares(shares).length === 1) continue;
    // A place spread over many councils (London) is not said to be "in" the first of them.
    const spread = place.lsoas.length ? mainDistrictShare(place.lsoas, place.districts[0]!, table) < 0.5 && place.districts.length > 2 : false;
    const row: Row = {
      name: place.name,
      kind: place.kind,
      district: spread ? -1 : district,
      parts,
      context: spread ? `${PLACE_KIND[place.kind]} across ${place.districts.length} councils` : '',
      aliases: place.aliases,
      weight: shares.reduce((s, x) => s + x.population, 0),
      lsoas: place.lsoas,
    };
    rows.push(row);
    placeRows.push({ place, row, shares });
  }

  // Trusts and their hospitals.
  const trustByCode = new Map(dataset.trusts.map((t) => [t.odsCode, t]));
  for (const t of dataset.trusts) {
    rows.push({
      name: t.name,
      kind: 'trust',
      district: -1,
      parts: encodeParts(t.footprints.map((code) => ({ area: areaIndex.get(code)! }))),
      context: `NHS trust (${t.type}, ${t.odsCode})`,
      aliases: [t.odsCode],
      weight: 0,
      lsoas: [],
    });
  }
  const councilByName = new Map(councils.map((c) => [normaliseKey(c.name), c]));
  const townPlaces = new Map<string, { place: GazetteerPlace; shares: Share[] }[]>();
  for (const { place, shares } of placeRows) {
    if (!place.lsoas.length) continue;
    for (const key of new Set([place.name, ...place.aliases].map(normaliseKey))) townPlaces.set(key, [...(townPlaces.get(key) ?? []), { place, shares }]);
  }
  for (const h of hospitals) {
    const t = trustByCode.get(h.trust);
    if (!t) continue; // a site of a trust this version does not list
    // Where a trust serves several footprints, the hospital's town says which.
    const town = (townPlaces.get(normaliseKey(h.town)) ?? []).find((p) => t.footprints.includes(p.shares[0]!.area));
    const areas = t.footprints.length > 1 && town ? [town.shares[0]!.area] : t.footprints;
    // For the answer of today: the town's neighbourhoods, or those of the council of that name ("Stockport").
    const council = town ? undefined : councilByName.get(normaliseKey(h.town));
    const councilInTrust = council && council.parts.some((part) => t.footprints.includes(part.area)) ? council : undefined;
    rows.push({
      name: h.name,
      kind: 'hospital',
      district: -1,
      parts: encodeParts(areas.map((code) => ({ area: areaIndex.get(code)! }))),
      context: `Hospital${h.town ? ` in ${h.town}` : ''}, ${t.name}`,
      aliases: [...h.aliases, h.siteCode],
      weight: 0,
      lsoas: town?.place.lsoas ?? (councilInTrust ? (lsoasOf.get(councilInTrust.code) ?? []) : []),
    });
  }

  // Order: kind, then people, then name, so that ties in the search go to the larger place.
  const order = new Map(KIND_ORDER.map((k, i) => [k, i]));
  rows.sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || b.weight - a.weight || a.name.localeCompare(b.name, 'en') || a.context.localeCompare(b.context));

  const index: FinderIndex = {
    version: dataset.version.version,
    source: `${creditText('ons')} Places: ONS built-up areas (2011), major towns and cities (2015) and wards (May 2017), by their 2011 neighbourhoods; hospital sites from the NHS Choices hospital list (late 2017).`,
    answers: answersOf(dataset),
    areas: slugs,
    districts: councils.map((c) => [c.code, tidyName(c.name), c.parent ? councilIndex.get(c.parent)! : -1]),
    entries: packColumns({
      n: rows.map((r) => r.name),
      k: rows.map((r) => KIND_LETTER[r.kind]).join(''),
      d: rows.map((r) => r.district),
      p: rows.map((r) => r.parts),
      c: rows.map((r) => r.context),
      a: rows.flatMap((r, i): [number, string][] => (r.aliases.length ? [[i, r.aliases.join('|')]] : [])),
    }),
    footprints: Object.fromEntries(dataset.footprints.map((f) => [f.slug, f.name])),
    codes: Object.fromEntries(dataset.footprints.map((f) => [f.code, f.slug])),
    // For postcode and position look-ups, which arrive with ONS codes rather than names.
    councils: Object.fromEntries(councils.map((c) => [c.code, { n: tidyName(c.name), p: councilParts(c, slugOf) }])),
    ccgs: Object.fromEntries(dataset.ccgs.map((c) => [c.code, slugOf(c.area)])),
  };
  if (options.today) index.today = todayAnswers(options.today, rows, councils, (code) => lsoasOf.get(code) ?? []);
  return index;
}

/** One [footprint slug, note] per part of a council; the note names the part of a split one. */
function councilParts(c: DerivedCouncil, slugOf: (code: string) => string): [string, string | null][] {
  return c.parts.map((p) => [slugOf(p.area), isSplit(c) ? partLabel(c.name, p, c.parts) : null]);
}

function todayAnswers(today: Dataset, rows: Row[], councils: DerivedCouncil[], councilLsoas: (code: string) => string[]): NonNullable<FinderIndex['today']> {
  const table = new Map(today.lsoas.map((r) => [r.lsoa, r]));
  const areaIndex = new Map(today.footprints.map((f, i) => [f.code, i]));
  const answer = (lsoas: readonly string[], exact: boolean): string => {
    if (!lsoas.length) return '';
    const shares = sharesOf(lsoas, table);
    if (shares.length === 1 || exact) return encodeParts(shownShares(shares).map((s) => ({ area: areaIndex.get(s.area)!, percent: Math.round(s.share * 100) })));
    // Through a district: the areas it falls in, without shares (the place may be in any of them).
    return encodeParts(shares.map((s) => ({ area: areaIndex.get(s.area)! })));
  };
  return {
    version: today.version.version,
    answers: answersOf(today),
    areas: today.footprints.map((f) => [f.slug, f.name]),
    p: rows
      .map((r) => {
        if (r.lsoas.length) return answer(r.lsoas, r.kind !== 'hospital');
        const code = r.district >= 0 ? councils[r.district]!.code : null;
        return code ? answer(councilLsoas(code), false) : '';
      })
      .join('|'),
  };
}

const PLACE_KIND: Record<GazetteerPlace['kind'], string> = { city: 'Major town or city', town: 'Town', village: 'Village or small town', ward: 'Ward' };

/** The share of a place's people in one district. */
function mainDistrictShare(lsoas: readonly string[], district: string, table: ReadonlyMap<string, LsoaRow>): number {
  let inside = 0;
  let total = 0;
  for (const l of lsoas) {
    const r = table.get(l)!;
    total += r.population;
    if (r.district === district) inside += r.population;
  }
  return total ? inside / total : 0;
}

/** "Kingston upon Hull, City of" → "Kingston upon Hull". */
function tidyName(name: string): string {
  return name.replace(/,\s*(City|County) of$/i, '').trim();
}

function normaliseKey(name: string): string {
  return normalise(tidyName(name));
}
