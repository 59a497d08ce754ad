/** The map maker: choices to snippets and files, and its own address back to the same choices. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../src/lib/maps/options.ts';
import { makerOutputs, makerQuery, stateFromQuery, type MakerState } from '../../../src/lib/publish/maker.ts';
import { makerData } from '../../../src/lib/publish/maker-data.ts';

const data = makerData();
const ORIGIN = 'https://maps.example';
const state = (over: Partial<Omit<MakerState, 'options'>> & { options?: Partial<MakerState['options']> } = {}): MakerState => ({
  version: over.version ?? '2017-04',
  indicator: over.indicator ?? 'lead-type',
  options: { ...DEFAULT_OPTIONS, highlight: [], ...over.options },
});

describe('maker data', () => {
  it('has every version with its areas and maps, and a hex layout where the version has one', () => {
    expect(data.versions.map((v) => v.version)).toEqual(['2017-04', '2018-04', '2020-04', '2022-07']);
    const v2017 = data.versions[0]!;
    expect(v2017.areas).toHaveLength(44);
    expect(v2017.label).toBe('April 2017: 44 STP footprints');
    expect(v2017.indicators.map((i) => i.id)).toContain('lead-type');
    expect(data.versions[3]!.label).toBe('July 2022: 42 integrated care boards');
    for (const v of data.versions) for (const i of v.indicators) expect(i.image.geo!.width).toBeGreaterThan(0);
  });
});

describe('makerOutputs', () => {
  it('with no options: the plain embed, the PNG as the static image, pre-rendered files', () => {
    const out = makerOutputs(data, state(), ORIGIN);
    expect(out.embedPath).toBe('/embed/2017-04/lead-type/');
    expect(out.iframe).toContain(`src="${ORIGIN}/embed/2017-04/lead-type/"`);
    expect(out.image).toContain(`src="${ORIGIN}/data/2017-04/maps/lead-type.png"`);
    expect(out.files).toEqual({ svg: '/data/2017-04/maps/lead-type.svg', png: '/data/2017-04/maps/lead-type.png', csv: '/data/2017-04/maps/lead-type.csv' });
    expect(out.custom).toBe(false);
    expect(out.imageNote).toBeNull();
  });

  it('carries every option into the embed address, and the hex files for the hex view', () => {
    const out = makerOutputs(data, state({ options: { highlight: ['E54000007', 'E54000012'], view: 'hex', theme: 'dark', title: 'Our area' } }), ORIGIN);
    expect(out.embedPath).toBe('/embed/2017-04/lead-type/?highlight=E54000007%2CE54000012&view=hex&theme=dark&title=Our+area');
    expect(out.iframe).toContain('title="Map: Our area"');
    expect(out.files.svg).toBe('/data/2017-04/maps/hex/lead-type.svg');
    // The static image highlights the first area through the SVG's fragment, and says what it leaves out.
    expect(out.image).toContain(`src="${ORIGIN}/data/2017-04/maps/hex/lead-type.svg#E54000007"`);
    expect(out.image).toContain('Highlighted: Greater Manchester, Derbyshire.');
    expect(out.imageNote).toMatch(/highlights one area, Greater Manchester; .* all 2\./);
    expect(out.custom).toBe(true);
    expect(out.fileName).toBe('lead-type-2017-04-hex-E54000007-E54000012');
  });
});

describe('the maker’s own address', () => {
  it('round-trips a state', () => {
    const s = state({ version: '2022-07', indicator: 'region', options: { highlight: ['E54000057'], view: 'hex', title: 'ICBs' } });
    const q = makerQuery(s);
    expect(q).toBe('?version=2022-07&indicator=region&highlight=E54000057&view=hex&title=ICBs');
    expect(stateFromQuery(data, q)).toEqual({ state: s, ignored: [] });
  });

  it('falls back to the first map of the first version, saying what it ignored', () => {
    const { state: s, ignored } = stateFromQuery(data, '?version=1999-01&indicator=nope&highlight=E54000099');
    expect(s.version).toBe('2017-04');
    expect(s.indicator).toBe(data.versions[0]!.indicators[0]!.id);
    expect(s.options.highlight).toEqual([]);
    expect(ignored).toHaveLength(3);
    expect(ignored[0]).toContain('1999-01');
  });

  it('names the version an unknown code belongs to', () => {
    const { ignored } = stateFromQuery(data, '?version=2017-04&highlight=E54000057');
    expect(ignored).toEqual(['highlight E54000057 (an area of data version 2022-07, not 2017-04)']);
  });
});
