/**
 * Every licence, attribution and source line the site prints, built from one table: the footer,
 * map source lines, embeds and their snippets, standalone SVG and PNG files, and the downloads.
 * Components render the same parts with links; files get the same words as plain text.
 */
import { SITE_NAME } from '../site/site.ts';

export interface Link {
  name: string;
  url: string;
}

/**
 * The licences of what we publish. ONS codes, lookups, boundaries and population estimates, and
 * other public-sector facts, are reused under the Open Government Licence v3.0 (written "v.3.0" in
 * the attribution ONS asks for); our own text, maps and compilation are CC BY 4.0.
 */
export const LICENCES = {
  ogl: { name: 'Open Government Licence v.3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
  ccBy: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const satisfies Record<string, Link>;

/** One credit: words before a linked name (a licence or a source), the name, words after. */
export interface Credit {
  before: string;
  link: Link;
  after: string;
}

/** The credits every map, embed and download carries, in the order they are printed. */
export const CREDITS = {
  /**
   * The attribution ONS asks for on its boundaries and lookups, which every derived map and file
   * must carry ("any further sub-licences must retain this attribution": LSOA boundary licence).
   */
  ons: {
    before: 'Source: Office for National Statistics licensed under the ',
    link: LICENCES.ogl,
    after: '. Contains OS data © Crown copyright and database right 2016.',
  },
  /** Who turned the ONS boundaries into the GeoJSON we built the outlines from. */
  boundaries: {
    before: 'LSOA boundaries as GeoJSON by ',
    link: { name: 'Martin Chorley (UK-GeoJSON)', url: 'https://github.com/martinjc/UK-GeoJSON' },
    after: '.',
  },
  /** Our own work, and how to credit it. */
  ours: { before: `Maps, text and compilation: ${SITE_NAME}, `, link: LICENCES.ccBy, after: '.' },
} as const satisfies Record<string, Credit>;

export type CreditKey = keyof typeof CREDITS;
/** The order credits are printed in. */
export const CREDIT_ORDER: readonly CreditKey[] = ['ons', 'boundaries', 'ours'];

/** A credit as plain text, for files and snippets. */
export function creditText(key: CreditKey): string {
  const c = CREDITS[key];
  return `${c.before}${c.link.name}${c.after}`;
}

/** The full attribution as plain text: every credit, in order. */
export function attributionText(keys: readonly CreditKey[] = CREDIT_ORDER): string {
  return keys.map(creditText).join(' ');
}

/** How many publishers a source line names before "and N more". */
export const MAX_PUBLISHERS = 4;

/**
 * The line under a map and in its files naming where its values come from: "Values: A; B and 2
 * more. Data version 2017-04." `publishers` are the distinct publishers behind the values, most
 * used first. (The ONS attribution follows it, from CREDITS.)
 */
export function sourceLine(publishers: readonly string[], version: string): string {
  const shown = publishers.slice(0, MAX_PUBLISHERS).join('; ');
  const more = publishers.length > MAX_PUBLISHERS ? ` and ${publishers.length - MAX_PUBLISHERS} more` : '';
  return `Values: ${shown || 'none known yet'}${more}. Data version ${version}.`;
}

/** The line of an area's locator map, before the attribution: "STP footprint E54000007, data version 2017-04." */
export function locatorSourceLine(code: string, version: string, areaLong = 'STP footprint'): string {
  return `${areaLong.charAt(0).toUpperCase()}${areaLong.slice(1)} ${code}, data version ${version}.`;
}
