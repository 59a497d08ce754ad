/**
 * The parameters of every versioned route, in one place: each data version, each version's
 * indicators, each version's footprints. Pages and endpoints call these from getStaticPaths.
 */
import { listVersions, loadDataset } from '../data/read-version.ts';
import { indicatorsFor } from '../maps/indicators.ts';

export function versionPaths() {
  return listVersions().map((version) => ({ params: { version } }));
}

export function indicatorPaths() {
  return listVersions().flatMap((version) => indicatorsFor(loadDataset(version)).map((i) => ({ params: { version, indicator: i.id } })));
}

export function footprintPaths() {
  return listVersions().flatMap((version) => loadDataset(version).footprints.map((f) => ({ params: { version, slug: f.slug } })));
}

/** The indicators of the versions that have a hex layout (for the hex map files). */
export function hexIndicatorPaths() {
  return indicatorPaths().filter((p) => loadDataset(p.params.version).hex !== null);
}
