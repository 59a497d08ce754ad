/** Postcode, outward code and position answers, from stubbed postcodes.io results (no network). */
import { describe, expect, it } from 'vitest';
import { buildFinderIndex } from '../../../src/lib/publish/finder-index';
import { loadDataset } from '../../../src/lib/data/read-version';
import { POSTCODE_MESSAGES, resolveOutcode, resolvePosition, resolvePostcode, type PointAreas, type PostcodeResult } from '../../../src/client/finder/resolve-location';
import { isOutcode, offerPostcode } from '../../../src/client/finder/postcode';

const tables = buildFinderIndex(loadDataset('2017-04'));
const pc = (codes: PostcodeResult['codes'], country = 'England'): PostcodeResult => ({ postcode: 'AB1 2CD', country, codes });
const at = (footprint: string | null, council: string | null = null): PointAreas => ({ footprint, council });

describe('resolvePostcode', () => {
  it.each([
    ['a whole district', pc({ admin_district: 'E08000035' }), null, 'exact', ['west-yorkshire'], false],
    ['a split district settled by its 2017 CCG', pc({ admin_district: 'E07000037', ccg: 'E38000182' }), null, 'exact', ['greater-manchester'], false],
    ['a split district with a CCG code of today and no outline', pc({ admin_district: 'E07000037', ccg: 'E38000252' }), null, 'choice', ['derbyshire', 'greater-manchester'], false],
    // Glossop's postcodes: High Peak is split, and the exact 2017 footprint outline under the point says which part.
    ['a split district settled by the footprint outline under the point', pc({ admin_district: 'E07000037', ccg: 'E38000252' }), at('E54000007'), 'exact', ['greater-manchester'], true],
    ['a split district whose point falls outside its parts (near a boundary)', pc({ admin_district: 'E07000037' }), at('E54000008'), 'choice', ['derbyshire', 'greater-manchester'], false],
    ['a district merged since 2017, placed by its 2017 CCG', pc({ admin_district: 'E06000060', ccg: 'E38000003' }), null, 'exact', ['buckinghamshire-oxfordshire-and-berkshire-west'], false],
    ['a district merged since 2017, by the footprint outline', pc({ admin_district: 'E06000060' }), at('E54000024', 'E10000002'), 'exact', ['milton-keynes-bedfordshire-and-luton'], true],
    // Buckinghamshire county was split in 2017 (four LSOAs of Aylesbury Vale were in Milton Keynes, Bedfordshire and Luton).
    ['a district merged since 2017, in a county that was split, by council outline alone', pc({ admin_district: 'E06000060' }), at(null, 'E10000002'), 'choice', ['buckinghamshire-oxfordshire-and-berkshire-west', 'milton-keynes-bedfordshire-and-luton'], true],
    ['a merged district in a split county, by council outline alone', pc({ admin_district: 'E06000065' }), at(null, 'E10000023'), 'choice', ['durham-darlington-teesside-hambleton-richmondshire-and-whitby', 'humber-coast-and-vale', 'lancashire-and-south-cumbria', 'west-yorkshire'], true],
  ] as const)('%s', (_label, result, point, status, slugs, approximate) => {
    const r = resolvePostcode(tables, result, point);
    expect(r.status).toBe(status);
    expect(r.candidates.map((c) => c.slug).sort()).toEqual([...slugs].sort());
    expect(r.approximate).toBe(approximate);
    expect(r.message.length).toBeGreaterThan(10);
  });

  it('says a Scottish postcode is outside England', () => {
    const r = resolvePostcode(tables, pc({ admin_district: 'S12000036' }, 'Scotland'), null);
    expect(r.status).toBe('outside');
    expect(r.message).toContain('England only');
  });

  it('admits when nothing matches, and suggests a search by name', () => {
    const r = resolvePostcode(tables, pc({ admin_district: 'E06000999' }), null);
    expect(r.status).toBe('unknown');
    expect(r.message).toMatch(/town or council/);
  });
});

describe('outward codes', () => {
  it.each(['SK13', 'sk13', 'M1', 'SW1A', 'EC1A'])('%s is an outward code alone', (q) => {
    expect(isOutcode(q)).toBe(true);
    expect(offerPostcode(q)).toBe(false);
  });
  it.each(['SK13 8AA', 'SK13 8', 'Stoke', 'S', '13'])('%s is not', (q) => expect(isOutcode(q)).toBe(false));

  it('need the whole postcode, and list the footprints of the councils they cover', () => {
    const r = resolveOutcode(tables, { outcode: 'SK13', admin_district: ['High Peak', 'Tameside'] });
    expect(r.status).toBe('choice');
    expect(r.message).toContain('whole postcode');
    expect(r.message).toContain('High Peak, Tameside');
    expect([...new Set(r.candidates.map((c) => c.slug))].sort()).toEqual(['derbyshire', 'greater-manchester']);
    expect(r.candidates.map((c) => c.note)).toContain('Tameside');
  });

  it('still say the whole postcode is needed when the councils are not known', () => {
    const r = resolveOutcode(tables, { outcode: 'ZZ9', admin_district: ['Nowhere'] });
    expect(r.candidates).toEqual([]);
    expect(r.message).toContain('whole postcode');
  });
});

describe('resolvePosition', () => {
  it('is always approximate, and a choice in a split council', () => {
    expect(resolvePosition(tables, 'E08000035')).toMatchObject({ status: 'exact', approximate: true });
    expect(resolvePosition(tables, 'E10000007')).toMatchObject({ status: 'choice', approximate: true });
    expect(resolvePosition(tables, null)).toMatchObject({ status: 'unknown' });
  });
});

describe('failure messages', () => {
  it.each(Object.entries(POSTCODE_MESSAGES))('%s points the reader to search by name', (_key, make) => {
    expect((make as (x: string) => string)('ZZ1 1ZZ')).toMatch(/town|council|CCG/);
  });
});
