/** Site-wide constants: the name and the navigation every page carries (credits: publish/credits.ts). */

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
