/**
 * The public URLs of versioned things (design.md, "Public URLs"): the 2017 footprints live at
 * /footprints/ and /maps/, every later version under /versions/<version>/. Every link to an area,
 * a map or a file is built here, so no page types a URL pattern twice.
 */
import { CURRENT_VERSION } from '../data/current.ts';

/** The page of one area of a version. */
export function areaPath(version: string, slug: string): string {
  return version === CURRENT_VERSION ? `/footprints/${slug}/` : `/versions/${version}/${slug}/`;
}

/** The page of a version's national map of one indicator. */
export function mapPath(version: string, indicator: string): string {
  return version === CURRENT_VERSION ? `/maps/${indicator}/` : `/versions/${version}/maps/${indicator}/`;
}

/** The page of a version. */
export function versionPath(version: string): string {
  return `/versions/${version}/`;
}

/** The chrome-free embed of a version's map (stable forever). */
export function embedPath(version: string, indicator: string): string {
  return `/embed/${version}/${indicator}/`;
}

/** A download of a version. */
export function dataPath(version: string, file: string): string {
  return `/data/${version}/${file}`;
}

/** A national map's standalone file: the geographic map, or the hex map in maps/hex/. */
export function mapImagePath(version: string, indicator: string, view: 'geo' | 'hex', ext: 'svg' | 'png'): string {
  return dataPath(version, view === 'hex' ? `maps/hex/${indicator}.${ext}` : `maps/${indicator}.${ext}`);
}

/** The hex view of a national map, fetched by the page when a reader switches to it. */
export function hexViewPath(version: string, indicator: string): string {
  return dataPath(version, `views/hex/${indicator}.svg`);
}
