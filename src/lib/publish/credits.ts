/**
 * Every licence, attribution and source line the site prints, built from one table: the footer,
 * map source lines, embeds and their snippets, standalone SVG and PNG files, and the downloads.
 * Components render the same parts with links; files get the same words as plain text.
 */
import { SITE_NAME } from '../site/site.ts';

export interface Licence {
  name: string;
  url: string;
}

/**
 * The licences of what we publish. Public-sector facts (ONS codes and names, NHS England
 * announcements) are reused under the Open Government Licence v3.0; the council outlines come from
 * Natural Earth, which is in the public domain (naturalearthdata.com/about/terms-of-use); our own
 * text, maps and compilation are CC BY 4.0.
 */
export const LICENCES = {
  ogl: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
  naturalEarth: { name: 'Natural Earth (public domain)', url: 'https://www.naturalearthdata.com/about/terms-of-use/' },
  ccBy: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const satisfies Record<string, Licence>;

/** One credit: words before the licence name, the licence (linked on pages), words after. */
export interface Credit {
  before: string;
  licence: Licence;
  after: string;
}

/** The credits every map, embed and download carries, in the order they are printed. */
export const CREDITS = {
  /** Public-sector information, and ONS's copyright notice for its codes and lookups. */
  data: {
    before: 'Contains public sector information licensed under the ',
    licence: LICENCES.ogl,
    after: ', including Office for National Statistics data © Crown copyright and database right 2017.',
  },
  /** Where the outlines come from. */
  outlines: { before: 'Council outlines from ', licence: LICENCES.naturalEarth, after: ', merged into footprints.' },
  /** Our own work, and how to credit it. */
  ours: { before: `Maps, text and compilation: ${SITE_NAME}, `, licence: LICENCES.ccBy, after: '.' },
} as const satisfies Record<string, Credit>;

export type CreditKey = keyof typeof CREDITS;
/** The order credits are printed in. */
export const CREDIT_ORDER: readonly CreditKey[] = ['data', 'outlines', 'ours'];

/** A credit as plain text, for files and snippets. */
export function creditText(key: CreditKey): string {
  const c = CREDITS[key];
  return `${c.before}${c.licence.name}${c.after}`;
}

/** The full attribution as plain text: every credit, in order. */
export function attributionText(keys: readonly CreditKey[] = CREDIT_ORDER): string {
  return keys.map(creditText).join(' ');
}

/** How many publishers a source line names before "and N more". */
export const MAX_PUBLISHERS = 4;

/**
 * The source line under a map and in its files: "Source: A; B and 2 more. Data version 2017-04."
 * `publishers` are the distinct publishers behind the values, most used first.
 */
export function sourceLine(publishers: readonly string[], version: string): string {
  const shown = publishers.slice(0, MAX_PUBLISHERS).join('; ');
  const more = publishers.length > MAX_PUBLISHERS ? ` and ${publishers.length - MAX_PUBLISHERS} more` : '';
  return `Source: ${shown || 'see the data file'}${more}. Data version ${version}.`;
}

/** The source line of a footprint's locator map. */
export function locatorSourceLine(code: string, version: string): string {
  return `STP footprint ${code}, data version ${version}. Source: Office for National Statistics.`;
}
