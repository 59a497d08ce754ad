/** content/data/<version>/derive.json: strict, checked against its folder, bases built first. */
import { describe, expect, it } from 'vitest';
import { buildOrder, parseDeriveConfig } from '../../scripts/lib/derive-config.ts';
import { readConfigs } from '../../scripts/lib/read-inputs.ts';

const derived = (version: string, base: string) => ({
  version,
  base,
  ccgs: 'ccgs.csv',
  ccgLookup: { file: 'ccg-lookup.csv', columns: { ccg: 'a', ccgOds: 'b', ccgName: 'c', area: 'd' } },
  areaNames: { shared: 'ons-lookups/stp20-names.csv', columns: { area: 'STP20CD', areaName: 'STP20NM' } },
  districts: null,
  changes: null,
});

describe('derive.json', () => {
  it('accepts a derived version and rejects an unknown key, naming the file and field', () => {
    expect(parseDeriveConfig('x/derive.json', derived('2020-04', '2018-04'), '2020-04').version).toBe('2020-04');
    expect(() => parseDeriveConfig('x/derive.json', { ...derived('2020-04', '2018-04'), extra: 1 }, '2020-04')).toThrow(/^x\/derive\.json: .*extra/);
    expect(() => parseDeriveConfig('x/derive.json', { ...derived('2020-04', '2018-04'), ccgs: '../escape.csv' }, '2020-04')).toThrow('x/derive.json, field "ccgs"');
  });

  it('rejects a version that does not match its folder', () => {
    expect(() => parseDeriveConfig('x/derive.json', derived('2020-04', '2018-04'), '2021-04')).toThrow('x/derive.json, field "version": "2020-04" does not match its folder 2021-04');
  });

  it('orders bases first, and refuses a missing base or a circle', () => {
    const a = derived('2022-07', '2020-04');
    const b = derived('2020-04', '2018-04');
    const c = { version: '2018-04', lsoaLookup: { shared: 'x', columns: {} }, counties: { shared: 'y', columns: {} } } as never;
    expect(buildOrder([a, b, c]).map((x) => x.version)).toEqual(['2018-04', '2020-04', '2022-07']);
    expect(() => buildOrder([a, b])).toThrow('no version 2018-04');
    expect(() => buildOrder([derived('2020-04', '2022-07'), a])).toThrow('in a circle');
  });

  it('finds the four published versions, each after its base', () => {
    expect(readConfigs().map((c) => [c.version, 'base' in c ? c.base : null])).toEqual([
      ['2017-04', null],
      ['2018-04', null],
      ['2020-04', '2018-04'],
      ['2022-07', '2020-04'],
    ]);
  });
});
