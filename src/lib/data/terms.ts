/**
 * The words a version's pages use: its areas are STP footprints (2017–2020) or integrated care
 * boards (2022), its CCGs are CCGs or, from July 2022, sub-ICB locations; and its date.
 */
import type { VersionInfo } from '../../../content/data/schema.ts';

export interface Terms {
  /** "footprint" or "ICB" */
  area: string;
  /** "footprints" or "ICBs" */
  areas: string;
  /** "STP footprint" or "integrated care board" (for first mentions) */
  areaLong: string;
  /** "CCG" or "sub-ICB location" */
  ccg: string;
  ccgs: string;
  /** "clinical commissioning group" or "sub-ICB location" (for first mentions) */
  ccgLong: string;
  /** The month the boundaries took effect: "April 2017", "July 2022". */
  when: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-07-01" → "July 2022". */
export function monthYear(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

export function termsOf(version: Pick<VersionInfo, 'kind' | 'start'>): Terms {
  const when = monthYear(version.start);
  return version.kind === 'icb'
    ? { area: 'ICB', areas: 'ICBs', areaLong: 'integrated care board', ccg: 'sub-ICB location', ccgs: 'sub-ICB locations', ccgLong: 'sub-ICB location', when }
    : { area: 'footprint', areas: 'footprints', areaLong: 'STP footprint', ccg: 'CCG', ccgs: 'CCGs', ccgLong: 'clinical commissioning group', when };
}
