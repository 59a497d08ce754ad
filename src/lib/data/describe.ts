/**
 * Plain-English descriptions of the parts of split councils, from the derived memberships: "The
 * Glossop part of High Peak (21 neighbourhoods, about 34,000 people) is in Greater Manchester; the
 * rest of High Peak is in Derbyshire." One place writes them, so pages, the finder and downloads
 * say the same thing. A "neighbourhood" is an ONS lower layer super output area (LSOA) of 2011.
 */
import { englishList } from '../site/english-list.ts';

interface PartFigures {
  lsoas: number;
  population: number;
  places: string[];
}

/** A population as a reader takes it in: "about 34,000 people", "about 2.6 million people" (two significant figures). */
export function aboutPeople(n: number): string {
  if (n < 100) return `${n} ${n === 1 ? 'person' : 'people'}`;
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  const rounded = Math.round(n / magnitude) * magnitude;
  if (rounded >= 1_000_000) return `about ${(rounded / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} million people`;
  return `about ${rounded.toLocaleString('en-GB')} people`;
}

export function neighbourhoods(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'neighbourhood' : 'neighbourhoods'}`;
}

/** "21 neighbourhoods, about 34,000 people" */
export function partFigures(p: Pick<PartFigures, 'lsoas' | 'population'>): string {
  return `${neighbourhoods(p.lsoas)}, ${aboutPeople(p.population)}`;
}

/** The towns that name a part: its largest built-up area, or its two largest when they are close in size. */
function placeName(places: string[]): string | null {
  return places[0] ?? null;
}

/** "the Glossop part of High Peak", or "a small rural part of Aylesbury Vale" where it has no town. */
export function partName(councilName: string, part: PartFigures): string {
  const place = placeName(part.places);
  return place ? `the ${place} part of ${councilName}` : `a rural part of ${councilName}`;
}

export interface SplitContext {
  /** The council's name. */
  council: string;
  /** This part and the area it is in. */
  here: PartFigures & { areaName: string };
  /** The other parts and their areas. */
  elsewhere: (PartFigures & { areaName: string })[];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The sentence a page shows for a council split between areas, from the point of view of the
 * area whose page it is.
 */
export function splitSentence({ council, here, elsewhere }: SplitContext): string {
  const total = here.population + elsewhere.reduce((sum, o) => sum + o.population, 0);
  const largest = elsewhere.every((o) => here.population >= o.population);
  const others = [...elsewhere].sort((a, b) => b.population - a.population);
  if (largest) {
    const lead = here.population * 2 > total ? `Most of ${council}` : `The largest part of ${council}`;
    const rest = others.map((o) => `${partName(council, o).replace(` of ${council}`, '')} (${partFigures(o)}) is in ${o.areaName}`);
    return `${lead} (${partFigures(here)}) is in ${here.areaName}; ${englishList(rest)}.`;
  }
  const lead = `${capitalise(partName(council, here))} (${partFigures(here)}) is in ${here.areaName}`;
  if (others.length === 1) return `${lead}; the rest of ${council} is in ${others[0]!.areaName}.`;
  return `${lead}; the rest of ${council} is split between ${englishList(others.map((o) => `${o.areaName} (${partFigures(o)})`))}.`;
}

/** A short label for a part, for lists and the finder: "Glossop part" or "most of High Peak". */
export function partLabel(councilName: string, part: PartFigures, allParts: PartFigures[]): string {
  const total = allParts.reduce((sum, p) => sum + p.population, 0);
  const largest = allParts.every((p) => part.population >= p.population);
  if (largest && part.population * 2 > total) return `most of ${councilName}`;
  if (largest) return `the largest part of ${councilName}`;
  return partName(councilName, part);
}
