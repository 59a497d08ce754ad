/**
 * Pure helpers for scripts/build-gazetteer.ts: turn the rows of the ONS lookups into the places of
 * the finder's gazetteer, each with the 2011 neighbourhoods (LSOAs) it is made of, or, where ONS
 * gives no neighbourhoods for it, the 2017 districts it lies in. No file system here, so the rules
 * are unit-tested on small tables (test/scripts/gazetteer.test.ts).
 *
 * The gazetteer is version-free: it says which LSOAs make a place, not which footprint it is in.
 * The site computes each place's shares for a data version from that version's lsoas.csv
 * (src/lib/publish/finder-index.ts), so the same gazetteer answers for 2017 and for today.
 */
import { normalise } from '../../src/client/finder/normalise.ts';
import { shortForms } from './gazetteer-names.ts';

/** What a place is, as the finder says it. */
export type PlaceKind = 'city' | 'town' | 'village' | 'ward';

export interface GazetteerPlace {
  /** ONS code (E34 built-up area, E35 sub-division, J01 major town or city, E05 ward) or `x-…` for a sourced extra place. */
  id: string;
  /** The name as people write it ("St Ives", "Chester-le-Street"). */
  name: string;
  kind: PlaceKind;
  /** 2017 districts (LAD17 codes) it lies in, most people first. */
  districts: string[];
  /** Its LSOAs (empty: ONS gives none, so the place resolves through its districts). */
  lsoas: string[];
  /** Short forms and other spellings people type ("Hull", "Stoke"). */
  aliases: string[];
}

export interface GazetteerDistrict {
  /** LAD17 code. */
  code: string;
  /** ONS name, tidied ("Kingston upon Hull", not "Kingston upon Hull, City of"). */
  name: string;
  /** County (CTY17 code and name) for a shire district, else empty. */
  county: string;
  countyName: string;
  lsoas: string[];
}

/** One row of the ONS LSOA (2011) → CCG → STP (April 2017) lookup, the fields used here. */
export interface LsoaRow {
  LSOA11CD: string;
  LSOA11NM: string;
  LAD17CD: string;
  LAD17NM: string;
}
export interface MsoaBuaRow {
  MSOA11CD: string;
  MSOA11NM: string;
  BUASD11CD: string;
  BUASD11NM: string;
  BUA11CD: string;
  BUA11NM: string;
  LAD11CD: string;
}
export interface BuaLadRow {
  BUA11CD: string;
  BUA11NM: string;
  LAD11CD: string;
}
export interface TownCityRow {
  LSOA11CD: string;
  TCITY15CD: string;
  TCITY15NM: string;
}
export interface WardRow {
  WD17CD: string;
  WD17NM: string;
  LAD17CD: string;
  CTY17CD: string;
  CTY17NM: string;
}
/** A sourced extra place (content/data/lookups/places-extra.csv): a name ONS's files do not carry. */
export interface ExtraPlaceRow {
  id: string;
  name: string;
  district: string;
}

export interface GazetteerInputs {
  lsoas: LsoaRow[];
  /** Mid-2020 people by LSOA (orders districts, and picks the main district of a place). */
  population: Map<string, number>;
  msoaBua: MsoaBuaRow[];
  buaLad: BuaLadRow[];
  townsCities: TownCityRow[];
  wards: WardRow[];
  extra: ExtraPlaceRow[];
}

export interface Gazetteer {
  districts: GazetteerDistrict[];
  places: GazetteerPlace[];
}

/**
 * "St Ives (Cornwall) BUA" → { name: "St Ives", qualifier: "Cornwall" }; "Royston BUASD" →
 * { name: "Royston", qualifier: null }. ONS adds the district in brackets to repeated names.
 */
export function placeName(onsName: string): { name: string; qualifier: string | null } {
  const bare = onsName.replace(/\s+BUA(SD)?$/, '').trim();
  const m = /^(.*?)\s*\(([^)]+)\)$/.exec(bare);
  return m ? { name: m[1]!.trim(), qualifier: m[2]!.trim() } : { name: bare, qualifier: null };
}

/** "Kingston upon Hull, City of" → "Kingston upon Hull"; "Herefordshire, County of" → "Herefordshire". */
export function tidyCouncilName(name: string): string {
  return name.replace(/,\s*(City|County) of$/i, '').trim();
}

/** An LSOA's MSOA, by name: "High Peak 001A" is in "High Peak 001". */
export function msoaName(lsoaName: string): string {
  return lsoaName.replace(/[A-Z]$/, '');
}

/** The key two names are compared by (the finder's own normalisation). */
export const nameKey = normalise;

/**
 * LSOA codes as compact ranges of their numbers: "E01011949 E01011950 E01011951 E01012000" →
 * "11949+2 12000" (a number, then "+n" for the n codes that follow it in sequence). The site reads
 * them back with decodeLsoas (src/lib/publish/finder-index.ts).
 */
export function encodeLsoas(codes: readonly string[]): string {
  const ns = [...new Set(codes)].map((c) => Number(c.slice(3))).sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(j > i ? `${ns[i]}+${j - i}` : String(ns[i]));
    i = j + 1;
  }
  return out.join(' ');
}

/** Districts of a set of LSOAs, most people first. */
function districtsOf(lsoas: readonly string[], ladOf: Map<string, string>, population: Map<string, number>): string[] {
  const people = new Map<string, number>();
  for (const l of lsoas) {
    const lad = ladOf.get(l)!;
    people.set(lad, (people.get(lad) ?? 0) + (population.get(l) ?? 0));
  }
  return [...people].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([lad]) => lad);
}

const isEngland = (code: string) => code.startsWith('E');

export function buildGazetteer(input: GazetteerInputs): Gazetteer {
  const lsoas = input.lsoas.filter((r) => isEngland(r.LSOA11CD));
  const ladOf = new Map(lsoas.map((r) => [r.LSOA11CD, r.LAD17CD]));
  const lsoasOfMsoa = new Map<string, string[]>();
  for (const r of lsoas) {
    const m = msoaName(r.LSOA11NM);
    const list = lsoasOfMsoa.get(m);
    if (list) list.push(r.LSOA11CD);
    else lsoasOfMsoa.set(m, [r.LSOA11CD]);
  }

  // Districts of 2017, with their counties (from the ward lookup, which covers every shire district).
  const county = new Map<string, { code: string; name: string }>();
  for (const w of input.wards) county.set(w.LAD17CD, { code: w.CTY17CD, name: w.CTY17NM });
  const ladName = new Map<string, string>();
  const ladLsoas = new Map<string, string[]>();
  for (const r of lsoas) {
    ladName.set(r.LAD17CD, tidyCouncilName(r.LAD17NM));
    const list = ladLsoas.get(r.LAD17CD);
    if (list) list.push(r.LSOA11CD);
    else ladLsoas.set(r.LAD17CD, [r.LSOA11CD]);
  }
  const districts: GazetteerDistrict[] = [...ladName]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([code, name]) => ({ code, name, county: county.get(code)?.code ?? '', countyName: county.get(code)?.name ?? '', lsoas: ladLsoas.get(code)! }));

  // 2011 districts → 2017 districts, through the MSOAs (an MSOA's LSOAs all lie in one district).
  const lad11to17 = new Map<string, Set<string>>();
  const msoaRows = input.msoaBua.filter((r) => isEngland(r.MSOA11CD));
  for (const r of msoaRows) {
    const set = lad11to17.get(r.LAD11CD) ?? new Set<string>();
    for (const l of lsoasOfMsoa.get(r.MSOA11NM) ?? []) set.add(ladOf.get(l)!);
    lad11to17.set(r.LAD11CD, set);
  }

  const places: GazetteerPlace[] = [];
  const withLsoas = (id: string, name: string, kind: PlaceKind, codes: string[]): GazetteerPlace => ({
    id,
    name,
    kind,
    districts: districtsOf(codes, ladOf, input.population),
    lsoas: codes,
    aliases: [],
  });

  // Built-up area sub-divisions, and built-up areas without sub-divisions: MSOA best fit.
  const byArea = new Map<string, { onsName: string; kind: 'bua' | 'buasd'; parent: string; lsoas: string[] }>();
  for (const r of msoaRows) {
    const code = r.BUASD11CD || r.BUA11CD;
    if (!code) continue; // an MSOA in no built-up area
    const found = lsoasOfMsoa.get(r.MSOA11NM);
    if (!found) throw new Error(`MSOA ${r.MSOA11NM} (${r.MSOA11CD}) has no LSOAs named after it in the LSOA lookup`);
    const entry = byArea.get(code) ?? { onsName: r.BUASD11NM || r.BUA11NM, kind: r.BUASD11CD ? 'buasd' : 'bua', parent: r.BUA11CD, lsoas: [] };
    entry.lsoas.push(...found);
    byArea.set(code, entry);
  }
  // Built-up areas with sub-divisions ("Thanet", "Barnsley/Dearne Valley", "Tyneside"): kept when
  // their name is not one of their own sub-divisions' names.
  const subNames = new Map<string, Set<string>>();
  const buaLsoas = new Map<string, { onsName: string; lsoas: string[] }>();
  for (const [, a] of byArea) {
    if (a.kind !== 'buasd') continue;
    const set = subNames.get(a.parent) ?? new Set<string>();
    set.add(nameKey(placeName(a.onsName).name));
    subNames.set(a.parent, set);
  }
  for (const r of msoaRows) {
    if (!r.BUASD11CD) continue;
    const entry = buaLsoas.get(r.BUA11CD) ?? { onsName: r.BUA11NM, lsoas: [] };
    entry.lsoas.push(...lsoasOfMsoa.get(r.MSOA11NM)!);
    buaLsoas.set(r.BUA11CD, entry);
  }
  for (const [code, a] of [...byArea].sort((x, y) => x[0].localeCompare(y[0]))) {
    places.push(withLsoas(code, placeName(a.onsName).name, 'town', a.lsoas));
  }
  for (const [code, b] of [...buaLsoas].sort((x, y) => x[0].localeCompare(y[0]))) {
    const name = placeName(b.onsName).name;
    if (subNames.get(code)?.has(nameKey(name))) continue;
    places.push(withLsoas(code, name, 'town', b.lsoas));
  }

  // Major towns and cities (LSOA best fit), where no built-up area of that name covers them.
  const tcity = new Map<string, { name: string; lsoas: string[] }>();
  for (const r of input.townsCities) {
    if (!isEngland(r.LSOA11CD) || !r.TCITY15CD) continue;
    const entry = tcity.get(r.TCITY15CD) ?? { name: r.TCITY15NM, lsoas: [] };
    entry.lsoas.push(r.LSOA11CD);
    tcity.set(r.TCITY15CD, entry);
  }
  // Which districts already hold a place of each name (to skip a repeat of the same place).
  const namedIn = new Map<string, Set<string>>();
  const note = (p: GazetteerPlace) => {
    const key = nameKey(p.name);
    const set = namedIn.get(key) ?? new Set<string>();
    for (const d of p.districts) set.add(d);
    namedIn.set(key, set);
  };
  places.forEach(note);
  const sameNameNear = (name: string, lads: readonly string[]) => {
    const set = namedIn.get(nameKey(name));
    return set ? lads.some((d) => set.has(d)) : false;
  };
  for (const [code, t] of [...tcity].sort((x, y) => x[0].localeCompare(y[0]))) {
    const place = withLsoas(code, t.name, 'city', t.lsoas);
    if (!sameNameNear(place.name, place.districts.slice(0, 1))) {
      places.push(place);
      note(place);
    }
  }

  // Built-up areas too small for an MSOA of their own (most villages): through their districts.
  const seen = new Set(places.map((p) => p.id));
  const villageLads = new Map<string, { onsName: string; lads: string[] }>();
  for (const r of input.buaLad) {
    if (!isEngland(r.LAD11CD) || seen.has(r.BUA11CD) || buaLsoas.has(r.BUA11CD)) continue;
    const lads = [...(lad11to17.get(r.LAD11CD) ?? [])];
    if (!lads.length) throw new Error(`District ${r.LAD11CD} of ${r.BUA11NM} has no 2017 district through its MSOAs`);
    const entry = villageLads.get(r.BUA11CD) ?? { onsName: r.BUA11NM, lads: [] };
    for (const l of lads) if (!entry.lads.includes(l)) entry.lads.push(l);
    villageLads.set(r.BUA11CD, entry);
  }
  for (const [code, v] of [...villageLads].sort((x, y) => x[0].localeCompare(y[0]))) {
    const village: GazetteerPlace = { id: code, name: placeName(v.onsName).name, kind: 'village', districts: v.lads, lsoas: [], aliases: [] };
    places.push(village);
    note(village);
  }

  // Sourced extra places (names no ONS file here carries), through their district.
  for (const x of input.extra) {
    if (!ladName.has(x.district)) throw new Error(`places-extra.csv: ${x.name}: ${x.district} is not a 2017 district`);
    const place: GazetteerPlace = { id: x.id, name: x.name, kind: 'town', districts: [x.district], lsoas: [], aliases: [] };
    places.push(place);
    note(place);
  }

  // Wards of May 2017 (shire districts): through their district, unless a place of the same name
  // in the same district is already there (it resolves as well or better).
  const wardSeen = new Set<string>();
  for (const w of [...input.wards].sort((a, b) => a.WD17CD.localeCompare(b.WD17CD))) {
    if (wardSeen.has(w.WD17CD)) continue; // one row per ward and county division
    wardSeen.add(w.WD17CD);
    if (sameNameNear(w.WD17NM, [w.LAD17CD])) continue;
    places.push({ id: w.WD17CD, name: w.WD17NM.trim(), kind: 'ward', districts: [w.LAD17CD], lsoas: [], aliases: [] });
  }

  for (const p of places) p.aliases = shortForms(p.name);
  return { districts, places };
}

/** How a place resolves: through its own LSOAs, or through its districts. */
export function resolvesBy(place: Pick<GazetteerPlace, 'lsoas'>): 'lsoas' | 'districts' {
  return place.lsoas.length ? 'lsoas' : 'districts';
}
