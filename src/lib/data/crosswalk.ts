/**
 * How the areas of one version became the areas of another, computed exactly from the 2011 LSOAs
 * both versions are made of: every link from an area of the first to an area of the second, with
 * the LSOAs and mid-2020 population that went along it, what kind of change it was, and the
 * districts the moved LSOAs were in (to name a moved part: "Glossop", "Bassetlaw").
 */
import type { Dataset } from './types.ts';

/**
 * same: the whole area became the whole of an area with the same code and name;
 * renamed: the whole area became the whole of an area with another code or name;
 * merged: the whole area joined other whole areas in a new one;
 * continued: the whole area, or its largest part, went on in an area that also gained or lost parts;
 * moved part: a part of the area (not its largest) moved to another area.
 */
export type LinkKind = 'same' | 'renamed' | 'merged' | 'continued' | 'moved part';
export const LINK_KINDS: readonly LinkKind[] = ['same', 'renamed', 'merged', 'continued', 'moved part'];

export interface LinkEnd {
  version: string;
  code: string;
  name: string;
  slug: string;
}

export interface Link {
  from: LinkEnd;
  to: LinkEnd;
  lsoas: number;
  population: number;
  kind: LinkKind;
  /** The districts (of the earlier version) the link's LSOAs lie in, largest first, each with how much of it moved. */
  districts: { code: string; name: string; lsoas: number; population: number; whole: boolean; places: string[] }[];
}

const cache = new Map<string, Link[]>();

export function crosswalk(a: Dataset, b: Dataset): Link[] {
  const key = `${a.version.version}>${b.version.version}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const areaInB = new Map(b.lsoas.map((r) => [r.lsoa, r.area]));
  const tally = new Map<string, { lsoas: number; population: number; districts: Map<string, { lsoas: number; population: number }> }>();
  for (const r of a.lsoas) {
    const to = areaInB.get(r.lsoa);
    if (!to) throw new Error(`LSOA ${r.lsoa} is in version ${a.version.version} but not in ${b.version.version}`);
    const k = `${r.area} ${to}`;
    const t = tally.get(k) ?? { lsoas: 0, population: 0, districts: new Map() };
    t.lsoas += 1;
    t.population += r.population;
    const d = t.districts.get(r.district) ?? { lsoas: 0, population: 0 };
    d.lsoas += 1;
    d.population += r.population;
    t.districts.set(r.district, d);
    tally.set(k, t);
  }

  const end = (d: Dataset, code: string): LinkEnd => {
    const f = d.byCode.get(code)!;
    return { version: d.version.version, code, name: f.name, slug: f.slug };
  };
  const councilOf = new Map(a.councils.map((c) => [c.code, c]));
  const raw = [...tally].map(([k, t]) => {
    const [from, to] = k.split(' ') as [string, string];
    return { from, to, ...t };
  });
  const byFrom = Map.groupBy(raw, (l) => l.from);
  const byTo = Map.groupBy(raw, (l) => l.to);
  const links: Link[] = raw.map((l) => {
    const fromArea = a.byCode.get(l.from)!;
    const outgoing = byFrom.get(l.from)!;
    const incoming = byTo.get(l.to)!;
    const whole = l.lsoas === fromArea.lsoas;
    const largest = outgoing.every((o) => o === l || o.population < l.population || (o.population === l.population && o.lsoas <= l.lsoas));
    const wholeSources = incoming.every((i) => i.lsoas === a.byCode.get(i.from)!.lsoas);
    const toArea = b.byCode.get(l.to)!;
    let kind: LinkKind;
    if (!whole && !largest) kind = 'moved part';
    else if (whole && incoming.length === 1) kind = l.from === l.to && fromArea.onsName === toArea.onsName ? 'same' : 'renamed';
    else if (whole && wholeSources) kind = 'merged';
    else kind = 'continued';
    const districts = [...l.districts]
      .map(([code, d]) => {
        const council = councilOf.get(code)!;
        const part = council.parts.find((p) => p.area === l.from);
        return { code, name: council.name, lsoas: d.lsoas, population: d.population, whole: d.lsoas === council.lsoas, places: part && part.lsoas === d.lsoas ? part.places : [] };
      })
      .sort((x, y) => y.population - x.population);
    return { from: end(a, l.from), to: end(b, l.to), lsoas: l.lsoas, population: l.population, kind, districts };
  });
  links.sort((x, y) => x.from.name.localeCompare(y.from.name, 'en-GB') || y.population - x.population);
  cache.set(key, links);
  return links;
}

/**
 * A moved part in words, by its districts: "Bassetlaw" (a whole district), "Glossop" (the whole
 * part of a split district that was in the area, named by its largest town), or "part of Wyre".
 */
export function partName(link: Pick<Link, 'districts'>): string {
  const names = link.districts.map((d) => (d.whole ? d.name : d.places[0] ?? `part of ${d.name}`));
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
