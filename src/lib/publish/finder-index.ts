/**
 * Builds the finder's search index from a data version: every footprint, council (upper and lower
 * tier), CCG, NHS trust and gazetteer place, each resolved to its footprint(s). A split council or
 * district keeps one part per footprint, with the note that says which part is where.
 */
import type { AreaTables } from '../../client/finder/resolve-location.ts';
import type { FinderEntry } from '../../client/finder/search.ts';
import type { DerivedCouncil } from '../../../content/data/schema.ts';
import { partLabel } from '../data/describe.ts';
import { isSplit } from '../data/queries.ts';
import type { Dataset } from '../data/types.ts';

export interface FinderIndex extends AreaTables {
  version: string;
  entries: FinderEntry[];
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

export function buildFinderIndex(dataset: Dataset): FinderIndex {
  const slugOf = (code: string) => dataset.byCode.get(code)!.slug;
  /** One [footprint slug, note] per part of a council; the note names the part of a split one. */
  const partsOf = (c: DerivedCouncil): [string, string | null][] => c.parts.map((p) => [slugOf(p.area), isSplit(c) ? partLabel(c.name, p, c.parts) : null]);
  const councilByCode = new Map(dataset.councils.map((c) => [c.code, c]));
  const ccgByCode = new Map(dataset.ccgs.map((c) => [c.code, c]));
  const entries: FinderEntry[] = [];

  for (const f of dataset.footprints) {
    const aliases = f.onsName !== f.name ? [f.onsName] : [];
    entries.push({ n: f.name, t: 'footprint', k: `STP footprint, ${f.region}`, a: aliases.length ? aliases : undefined, p: [[f.slug, null]] });
  }

  for (const c of dataset.councils) {
    const parent = c.parent ? councilByCode.get(c.parent) : undefined;
    const kind = TIER_LABEL[c.code.slice(0, 3)] ?? 'Council';
    entries.push({
      n: c.name,
      t: c.tier === 'upper' ? 'council' : 'district',
      k: parent ? `${kind} in ${parent.name}` : kind,
      p: partsOf(c),
    });
  }

  for (const c of dataset.ccgs) {
    entries.push({ n: c.name, t: 'ccg', k: `Clinical commissioning group (${c.odsCode})`, a: [bareCcgName(c.name), c.odsCode], p: [[slugOf(c.area), null]] });
  }

  for (const t of dataset.trusts) {
    entries.push({
      n: t.name,
      t: 'trust',
      k: `NHS trust (${t.type}, ${t.odsCode})`,
      a: [t.odsCode],
      p: t.footprints.map((code) => [slugOf(code), t.footprints.length > 1 ? 'one of the footprints it serves' : null]),
    });
  }

  for (const place of dataset.places) {
    const district = councilByCode.get(place.lad_code)!;
    const county = district.parent ? councilByCode.get(district.parent) : undefined;
    const where = county ? `${district.name}, ${county.name}` : district.name;
    // Skip rows that only repeat a district's own name: the district is indexed already.
    if (place.name === district.name) continue;
    const ccg = place.ccg_code ? ccgByCode.get(place.ccg_code) : undefined;
    const parts: FinderEntry['p'] = ccg
      ? [[slugOf(ccg.area), isSplit(district) ? `${place.name} is in ${ccg.name}` : null]]
      : partsOf(district);
    entries.push({ n: place.name, t: 'place', k: `Place in ${where}`, p: parts });
  }

  return {
    version: dataset.version.version,
    footprints: Object.fromEntries(dataset.footprints.map((f) => [f.slug, f.name])),
    // For postcode and position look-ups, which arrive with ONS codes rather than names.
    councils: Object.fromEntries(
      dataset.councils.map((c) => [c.code, { n: c.name, p: partsOf(c) }]),
    ),
    ccgs: Object.fromEntries(dataset.ccgs.map((c) => [c.code, slugOf(c.area)])),
    entries,
  };
}
