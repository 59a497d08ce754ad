/** Postcode and position answers, from stubbed postcodes.io results (no network). */
import { describe, expect, it } from 'vitest';
import { buildFinderIndex } from '../../../src/lib/publish/finder-index';
import { loadDataset } from '../../../src/lib/data/read-version';
import { POSTCODE_MESSAGES, resolvePosition, resolvePostcode, type PostcodeResult } from '../../../src/client/finder/resolve-location';

const tables = buildFinderIndex(loadDataset('2017-04'));
const pc = (codes: PostcodeResult['codes'], country = 'England'): PostcodeResult => ({ postcode: 'AB1 2CD', country, codes });

describe('resolvePostcode', () => {
  it.each([
    ['a whole district', pc({ admin_district: 'E08000035' }), null, 'exact', ['west-yorkshire'], false],
    ['a split district settled by its 2017 CCG', pc({ admin_district: 'E07000037', ccg: 'E38000182' }), null, 'exact', ['greater-manchester'], false],
    ['a split district with a CCG code of today', pc({ admin_district: 'E07000037', ccg: 'E38000252' }), null, 'choice', ['derbyshire', 'greater-manchester'], false],
    ['a district merged since 2017, placed by its 2017 CCG', pc({ admin_district: 'E06000060', ccg: 'E38000003' }), null, 'exact', ['buckinghamshire-oxfordshire-and-berkshire-west'], false],
    // Buckinghamshire county was split in 2017 (four LSOAs of Aylesbury Vale were in Milton Keynes, Bedfordshire and Luton).
    ['a district merged since 2017, in a county that was split, by outline', pc({ admin_district: 'E06000060' }), 'E10000002', 'choice', ['buckinghamshire-oxfordshire-and-berkshire-west', 'milton-keynes-bedfordshire-and-luton'], true],
    ['a district merged since 2017, in a county split by nine LSOAs, by outline', pc({ admin_district: 'E06000061' }), 'E10000021', 'choice', ['northamptonshire', 'cambridgeshire-and-peterborough'], true],
    ['a merged district in a split county, by outline', pc({ admin_district: 'E06000065' }), 'E10000023', 'choice', ['durham-darlington-teesside-hambleton-richmondshire-and-whitby', 'humber-coast-and-vale', 'lancashire-and-south-cumbria', 'west-yorkshire'], true],
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
