/**
 * For tests that read the ONS inputs in ../shared/data/ (present in CI): whether they are there,
 * and the message a skipped test gives when they are not.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../scripts/lib/read-inputs.ts';

export const HAVE_SHARED_DATA = existsSync(join(sharedDir(), 'ons-lookups')) && existsSync(join(sharedDir(), 'lsoa-2011-boundaries'));

export const SKIPPED = `skipped: the ONS inputs are not at ${sharedDir()} (see ../shared/data/README.md)`;

if (!HAVE_SHARED_DATA) console.warn(`test/scripts: ${SKIPPED}`);
