/**
 * File snapshots in the manner of Observable Plot's tests: the expected output lives in
 * test/snapshots/<name>. Outside CI a missing snapshot is written (review it, then commit it); in
 * CI it fails. A changed output is written beside the snapshot as <name>.changed.<ext> for review,
 * and the test fails until the snapshot is updated (delete it and re-run, or copy the changed file).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { expect } from 'vitest';

export const SNAPSHOT_DIR = join(process.cwd(), 'test', 'snapshots');

function changedPath(file: string): string {
  const ext = extname(file);
  return `${file.slice(0, -ext.length)}.changed${ext}`;
}

export function expectSnapshot(name: string, actual: string): void {
  const file = join(SNAPSHOT_DIR, name);
  const changed = changedPath(file);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`Snapshot test/snapshots/${name} is missing: run the tests once outside CI to write it, review it, and commit it.`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(`test/snapshots/${name} differs from the output; the new output is in ${changed.slice(process.cwd().length + 1)} for review.`);
}
