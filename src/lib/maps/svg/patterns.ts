/**
 * The fills every map shares that are not data colours: "not known" and London's silhouette on the
 * main map. Both are flat, never patterned, so they cannot fight the data colours; the page's CSS
 * (classes `nk` and `london-silhouette`) adapts them to the dark scheme, and standalone files keep
 * these light defaults. Legends draw their swatches from the same constants.
 */
import { NOT_KNOWN_FILL } from '../colour-scales.ts';

export { NOT_KNOWN_FILL };

/** The class of a footprint whose value is not known (its fill adapts to the page's scheme). */
export const NOT_KNOWN_CLASS = 'nk';

/** London's silhouette on the main map: paper with an outline, pointing to the inset. */
export const LONDON_FILL = '#ffffff';
export const LONDON_STROKE = '#5b6470';

/** The legend's words for the silhouette. */
export const LONDON_LEGEND = 'London: see the inset';
