/** The version the site is about: the 44 STP footprints of April 2017 (/footprints/, /maps/). */
export const CURRENT_VERSION = '2017-04';
