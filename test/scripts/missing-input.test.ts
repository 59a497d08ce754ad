/**
 * Without ../shared/data, or with one of its files missing, the data scripts stop with a message
 * naming the missing file and its ONS source (STP_SHARED_DATA points them at a stand-in folder).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { deriveAll } from '../../scripts/derive-areas.ts';
import { MissingInputError } from '../../scripts/lib/errors.ts';
import { readBoundaries } from '../../scripts/lib/read-boundaries.ts';
import { sharedDir } from '../../scripts/lib/read-inputs.ts';
import { HAVE_SHARED_DATA } from './shared-data.ts';

const real = sharedDir();
const scratch = mkdtempSync(join(tmpdir(), 'stp-shared-'));
const saved = process.env.STP_SHARED_DATA;
afterEach(() => {
  if (saved == null) delete process.env.STP_SHARED_DATA;
  else process.env.STP_SHARED_DATA = saved;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('missing inputs', () => {
  it('derive-areas names the first missing file and where ONS publishes it', () => {
    process.env.STP_SHARED_DATA = join(scratch, 'nothing-here');
    const e = thrown(() => deriveAll());
    expect(e).toBeInstanceOf(MissingInputError);
    expect(e.message).toContain('Missing input file ../shared/data/ons-population/lsoa11-population-mid2020.csv');
    expect(e.message).toContain('Lower layer Super Output Area population estimates');
    expect(e.message).toContain('https://www.ons.gov.uk/');
  });

  it('build-topology names the boundary folder and its source', () => {
    process.env.STP_SHARED_DATA = join(scratch, 'nothing-here');
    const e = thrown(() => readBoundaries());
    expect(e).toBeInstanceOf(MissingInputError);
    expect(e.message).toContain('../shared/data/lsoa-2011-boundaries');
    expect(e.message).toContain('martinjc/UK-GeoJSON');
  });

  it.skipIf(!HAVE_SHARED_DATA)('with one lookup missing, names that lookup and its data.gov.uk page', () => {
    const partial = join(scratch, 'partial');
    mkdirSync(join(partial, 'ons-lookups'), { recursive: true });
    symlinkSync(join(real, 'ons-population'), join(partial, 'ons-population'));
    for (const f of readdirSync(join(real, 'ons-lookups'))) {
      if (f !== 'ward17-lad17-cty17-ced17.csv') symlinkSync(join(real, 'ons-lookups', f), join(partial, 'ons-lookups', f));
    }
    process.env.STP_SHARED_DATA = partial;
    const e = thrown(() => deriveAll());
    expect(e).toBeInstanceOf(MissingInputError);
    expect(e.message).toContain('../shared/data/ons-lookups/ward17-lad17-cty17-ced17.csv');
    expect(e.message).toContain('https://data.gov.uk/dataset/2251797b-a7fb-428a-974c-150adb84c599');
  });
});
