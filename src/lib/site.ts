/** Site-wide constants: the name, the navigation and the attribution line every page carries. */

export const SITE_NAME = 'STP footprints';
export const SITE_TAGLINE = "England's Sustainability and Transformation Plans, 2016–17, explained and mapped";

export interface NavItem {
  href: string;
  label: string;
}

export const NAV: readonly NavItem[] = [
  { href: '/articles/', label: 'Articles' },
  { href: '/footprints/', label: 'Footprints' },
  { href: '/maps/', label: 'Maps' },
  { href: '/data/', label: 'Data' },
  { href: '/about/', label: 'About' },
];

/** True when `href` is the current section, so the nav can mark it with aria-current. */
export function isCurrentSection(pathname: string, href: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}

/**
 * The licences of what we publish. Public-sector facts (ONS codes and names, NHS England
 * announcements) are reused under the Open Government Licence v3.0; the council outlines come from
 * Natural Earth, which is in the public domain (naturalearthdata.com/about/terms-of-use).
 */
export const LICENCES = {
  ogl: {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  naturalEarth: {
    name: 'Natural Earth (public domain)',
    url: 'https://www.naturalearthdata.com/about/terms-of-use/',
  },
  ccBy: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const;
