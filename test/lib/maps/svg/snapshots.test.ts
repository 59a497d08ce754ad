/** The rendered SVG of one choropleth and one locator, compared byte for byte with reviewed snapshots. */
import { describe, it } from 'vitest';
import { loadDataset } from '../../../../src/lib/data/read-version.ts';
import { mapModel } from '../../../../src/lib/maps/map-model.ts';
import { locatorSvg } from '../../../../src/lib/maps/svg/locator.ts';
import { expectSnapshot } from '../../../helpers/snapshot.ts';

describe('rendered SVG snapshots (2017-04)', () => {
  it('choropleth of region', () => {
    expectSnapshot('choropleth-region.svg', mapModel('region', '2017-04').svg('snap') + '\n');
  });

  it('locator of Greater Manchester', () => {
    expectSnapshot('locator-greater-manchester.svg', locatorSvg(loadDataset('2017-04'), 'greater-manchester', 'snap') + '\n');
  });
});
