/**
 * The finder's data, fetched on first use and kept for the page's life: the search index of a
 * data version, and (for position look-ups) its council outlines.
 */
import type { Feature } from 'geojson';
import type { FinderIndex } from '../../lib/publish/finder-index.ts';
import { fetchJson } from '../net.ts';
import { prepareIndex, type PreparedIndex } from './search.ts';

export interface LoadedIndex {
  data: FinderIndex;
  prepared: PreparedIndex;
}

export interface FinderData {
  /** The index, loaded once; a failed load is retried on the next call. */
  index(): Promise<LoadedIndex>;
  /** The ONS code of the 2017 upper-tier council under a point, or null. */
  councilAt(longitude: number, latitude: number): Promise<string | null>;
}

export function finderData(version: string): FinderData {
  let index: Promise<LoadedIndex> | null = null;
  let councils: Promise<Feature[]> | null = null;
  return {
    index: () =>
      (index ??= fetchJson<FinderIndex>(`/data/${version}/finder.json`)
        .then((data) => ({ data, prepared: prepareIndex(data.entries) }))
        .catch((error: unknown) => {
          index = null;
          throw error;
        })),
    async councilAt(longitude, latitude) {
      const { councilAt, councilsOf } = await import('./locate-point.ts');
      councils ??= fetchJson<Parameters<typeof councilsOf>[0]>(`/data/${version}/footprints.topo.json`)
        .then(councilsOf)
        .catch((error: unknown) => {
          councils = null;
          throw error;
        });
      return councilAt(await councils, longitude, latitude);
    },
  };
}
