/** The locator map of one footprint, from the version's shared geometry. */
import type { Dataset } from './dataset.ts';
import { LOCATOR, mapGeometry } from './map-geometry.ts';
import { londonCodes } from './map-model.ts';
import { renderLocator } from './render-map.ts';

export function locatorSvg(dataset: Dataset, version: string, slug: string, idPrefix: string): string {
  const footprint = dataset.bySlug.get(slug);
  if (!footprint) throw new Error(`No footprint with slug "${slug}" in version ${version}`);
  const london = londonCodes(dataset);
  return renderLocator({
    geometry: mapGeometry(version, london, LOCATOR),
    code: footprint.code,
    name: footprint.name,
    idPrefix,
    splitCouncils: footprint.councils.filter((c) => c.tier === 'upper' && !c.whole).map((c) => c.code),
    inLondon: london.has(footprint.code),
  });
}
