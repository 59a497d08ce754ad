/** What ships to the browser never reads files: nothing under src/client imports node:* or the file-reading modules. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLIENT = join(process.cwd(), 'src', 'client');
const files = (readdirSync(CLIENT, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();

describe.each(files)('src/client/%s', (file) => {
  const text = readFileSync(join(CLIENT, file), 'utf8');
  const imports = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]!);

  it('imports nothing from node:* and no module that reads files', () => {
    for (const spec of imports) {
      expect(spec, spec).not.toMatch(/^node:|^(fs|path|module|child_process)$/);
      expect(spec, spec).not.toMatch(/read-version|read-topology|maps\/svg\/png/);
    }
  });
});

it('src/client has modules to check', () => {
  expect(files.length).toBeGreaterThanOrEqual(10);
});
