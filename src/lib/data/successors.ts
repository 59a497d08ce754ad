/**
 * What an area became in each later version, and what it was made from in each earlier one, in
 * words: "Glossop (about 34,000 people) moved to Derby and Derbyshire ICB on 1 July 2022". Built
 * from the exact LSOA crosswalk, so every figure is the ONS one.
 */
import { crosswalk, partName, type Link } from './crosswalk.ts';
import { aboutPeople } from './describe.ts';
import type { Dataset } from './types.ts';
import { englishList } from '../site/english-list.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-07-01" → "1 July 2022". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export interface Step {
  /** The other version. */
  version: Dataset;
  /** The links from (or into) the area, largest first. */
  links: Link[];
  /** One or two sentences for a reader. */
  sentence: string;
}

/** How `code` of version `from` went on in version `to`. */
export function successorStep(from: Dataset, to: Dataset, code: string): Step {
  const all = crosswalk(from, to);
  const links = all.filter((l) => l.from.code === code).sort((a, b) => b.population - a.population);
  const area = from.byCode.get(code)!;
  const main = links[0]!;
  const label = (l: Link) => `${l.to.name} (${l.to.code})`;
  const gained = (l: Link) => all.filter((o) => o.to.code === l.to.code && o.from.code !== code);
  let sentence: string;
  if (links.length === 1) {
    if (main.kind === 'same') sentence = `Unchanged: still ${label(main)}.`;
    else if (main.kind === 'renamed') sentence = `The same area, as ${label(main)}.`;
    else if (main.kind === 'merged') sentence = `Merged with ${englishList(gained(main).map((o) => o.from.name))} into ${label(main)}.`;
    else {
      const parts = gained(main).filter((o) => o.kind === 'moved part');
      sentence = `Went on as ${label(main)}${parts.length ? `, which also took in ${englishList(parts.map((o) => `${partName(o)} (${aboutPeople(o.population)}) from ${o.from.name}`))}` : ''}.`;
    }
  } else {
    const moved = links.slice(1).map((l) => `${partName(l)} (${aboutPeople(l.population)}) moved to ${label(l)}`);
    const share = main.population * 2 > area.population ? 'Most of it' : 'The largest part';
    sentence = `${share} (${aboutPeople(main.population)}) went on as ${label(main)}; ${englishList(moved)}.`;
  }
  return { version: to, links, sentence };
}

/** What `code` of version `to` was made from in version `from`. */
export function predecessorStep(from: Dataset, to: Dataset, code: string): Step {
  const links = crosswalk(from, to)
    .filter((l) => l.to.code === code)
    .sort((a, b) => b.population - a.population);
  const parts = links.map((l) => {
    const whole = l.lsoas === from.byCode.get(l.from.code)!.lsoas;
    return whole ? `all of ${l.from.name} (${l.from.code})` : `${l.kind === 'moved part' ? partName(l) : `most of ${l.from.name}`} (${aboutPeople(l.population)}, from ${l.from.name})`;
  });
  return { version: from, links, sentence: `Made of ${englishList(parts)}.` };
}
