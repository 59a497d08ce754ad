/**
 * The finder's data, fetched on first use and kept for the page's life: the search index of a
 * data version, and (for postcode and position look-ups) its footprint and council outlines.
 * Every request goes through net.ts (5 s timeout); a failed load is retried on the next call.
 */
import type { FinderIndex } from './index-format.ts';
import type { PointAreas } from './resolve-location.ts';
import { fetchJson } from '../net.ts';
import { prepareIndex, type PreparedIndex } from './search.ts';
import type { AreaTopology, Outlines } from './locate-point.ts';

export interface LoadedIndex {
  data: FinderIndex;
  prepared: PreparedIndex;
}

export interface FinderData {
  /** The index, loaded once. */
  index(): Promise<LoadedIndex>;
  /** The 2017 footprint and upper-tier council under a point (ONS codes; null where none). */
  areasAt(longitude: number, latitude: number): Promise<PointAreas>;
}

export function finderData(version: string): FinderData {
  let index: Promise<LoadedIndex> | null = null;
  let outlines: Promise<Outlines> | null = null;
  return {
    index: () =>
      (index ??= fetchJson<FinderIndex>(`/data/${version}/finder.json`)
        .then((data) => ({ data, prepared: prepareIndex(data) }))
        .catch((error: unknown) => {
          index = null;
          throw error;
        })),
    async areasAt(longitude, latitude) {
      const { featureAt, outlinesOf } = await import('./locate-point.ts');
      outlines ??= fetchJson<AreaTopology>(`/data/${version}/outlines.topo.json`)
        .then(outlinesOf)
        .catch((error: unknown) => {
          outlines = null;
          throw error;
        });
      const o = await outlines;
      return { footprint: featureAt(o.footprints, longitude, latitude), council: featureAt(o.councils, longitude, latitude) };
    },
  };
}
