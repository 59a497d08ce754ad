/**
 * Naming the parts of split councils by the built-up areas their people live in. An LSOA's name is
 * its 2011 MSOA's name plus one letter ("High Peak 001A" is in "High Peak 001"); the ONS best-fit
 * lookup gives each MSOA's built-up area (BUA) and, in large BUAs, its sub-division (BUASD). Pure.
 */
import type { CsvRow } from './csv.ts';
import { rowNumber } from './csv.ts';
import { Problems } from './errors.ts';

/** "High Peak 001A" → "High Peak 001". */
export function msoaNameOf(lsoaName: string): string | null {
  const m = /^(.* \d{3})[A-Z]$/.exec(lsoaName);
  return m ? m[1]! : null;
}

/** "Glossop BUASD" → "Glossop"; "Greatham (Hartlepool) BUA" → "Greatham". */
export function cleanPlaceName(name: string): string {
  return name
    .replace(/ BUASD$/, '')
    .replace(/ BUA$/, '')
    .replace(/\s*\([^()]*\)$/, '')
    .trim();
}

export interface PlaceColumns {
  msoaName: string;
  subdivisionName: string;
  builtUpAreaName: string;
}

export const PLACE_COLUMNS: PlaceColumns = { msoaName: 'MSOA11NM', subdivisionName: 'BUASD11NM', builtUpAreaName: 'BUA11NM' };

/**
 * MSOA name → place name: the sub-division's name where the MSOA has one, else the built-up
 * area's; MSOAs in no built-up area are left out.
 */
export function placesByMsoa(file: string, rows: CsvRow[], columns: PlaceColumns = PLACE_COLUMNS): Map<string, string> {
  const p = new Problems();
  const out = new Map<string, string>();
  rows.forEach((r, i) => {
    const msoa = r[columns.msoaName];
    if (msoa == null) return p.add(file, rowNumber(i), columns.msoaName, 'column is missing');
    const raw = r[columns.subdivisionName] || r[columns.builtUpAreaName] || '';
    if (!raw) return;
    if (out.has(msoa)) return p.add(file, rowNumber(i), columns.msoaName, `MSOA "${msoa}" is listed twice`);
    out.set(msoa, cleanPlaceName(raw));
  });
  p.throwIfAny();
  return out;
}

/**
 * Up to `max` place names with the most people among the given LSOAs, largest first (ties by
 * name). LSOAs outside any built-up area do not count.
 */
export function topPlaces(lsoas: { name: string; population: number }[], placeOf: (lsoaName: string) => string | null, max = 3): string[] {
  const totals = new Map<string, number>();
  for (const l of lsoas) {
    const place = placeOf(l.name);
    if (place) totals.set(place, (totals.get(place) ?? 0) + l.population);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([name]) => name);
}

/** A place look-up by LSOA name from an MSOA → place table. */
export function placeOfLsoa(byMsoa: Map<string, string>): (lsoaName: string) => string | null {
  return (lsoaName) => {
    const msoa = msoaNameOf(lsoaName);
    return msoa ? (byMsoa.get(msoa) ?? null) : null;
  };
}
