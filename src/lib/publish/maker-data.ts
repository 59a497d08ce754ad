/**
 * The map maker's data, from every published version: areas, maps, their source lines, takeaways
 * and image sizes (lib/publish/maker.ts turns choices into snippets with it).
 */
import { listVersions, loadDataset } from '../data/read-version.ts';
import { longDate } from '../data/successors.ts';
import { termsOf } from '../data/terms.ts';
import { indicatorsFor } from '../maps/indicators.ts';
import { mapModel } from '../maps/map-model.ts';
import { standaloneLayout } from '../maps/svg/standalone.ts';
import type { MakerData } from './maker.ts';

export function makerData(): MakerData {
  const codes: Record<string, string[]> = {};
  const versions = listVersions().map((version) => {
    const dataset = loadDataset(version);
    const t = termsOf(dataset.version);
    for (const f of dataset.footprints) (codes[f.code] ??= []).push(version);
    const month = longDate(dataset.version.start).replace(/^\d+ /, '');
    return {
      version,
      label: `${month}: ${dataset.footprints.length} ${t.areaLong}s`,
      area: t.area,
      hasHex: dataset.hex !== null,
      areas: dataset.footprints.map((f) => ({ code: f.code, name: f.name })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
      indicators: indicatorsFor(dataset).map((i) => {
        const model = mapModel(i.id, version);
        const size = (view: 'geo' | 'hex') => {
          const { width, height } = standaloneLayout(model, view);
          return { width, height };
        };
        return { id: i.id, title: i.title, source: model.sourceLine, takeaway: model.takeaway, image: dataset.hex ? { geo: size('geo'), hex: size('hex') } : { geo: size('geo') } };
      }),
    };
  });
  return { versions, codes };
}
