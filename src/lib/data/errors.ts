/**
 * How data problems are reported: every message names the file, the record and the field, so a
 * broken edit can be found without a debugger. All data checks format their problems here.
 */
import type { z } from 'zod';

export class DataError extends Error {
  readonly version: string;
  readonly problems: string[];
  constructor(version: string, problems: string[]) {
    super(
      `Data version ${version} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'DataError';
    this.version = version;
    this.problems = problems;
  }
}

/** Problems found so far; checks push to it and the caller throws once with all of them. */
export type Problems = string[];

/** Describes record `index` of an array for a message: its position and, if known, its code and name. */
export function describeRecord(record: unknown, index: number): string {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    const id = r.code ?? r.odsCode ?? r.name;
    const name = r.code && r.name ? ` "${String(r.name)}"` : '';
    if (id) return `record ${index + 1} (${String(id)}${name})`;
  }
  return `record ${index + 1}`;
}

/**
 * Validates `data` against `schema`; on failure, pushes one message per issue naming the file, the
 * record (for issues inside the array `arrayKey`, or in a top-level array when it is null) and the
 * field path.
 */
export function parseFile<S extends z.ZodType>(file: string, schema: S, data: unknown, arrayKey: string | null, problems: Problems): z.infer<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...issue.path];
    let where = '';
    if (arrayKey !== null && path[0] === arrayKey && typeof path[1] === 'number') {
      const records = (data as Record<string, unknown[]>)[arrayKey] ?? [];
      where = `${describeRecord(records[path[1]], path[1])}, `;
      path.splice(0, 2);
    } else if (arrayKey === null && typeof path[0] === 'number') {
      where = `${describeRecord((data as unknown[])[path[0]], path[0])}, `;
      path.splice(0, 1);
    }
    const field = path.length ? path.join('.') : '(whole record)';
    problems.push(`${file}: ${where}field ${field}: ${issue.message}`);
  }
  return null;
}

/** The keys that occur more than once in `items`. */
export function duplicates<T>(items: readonly T[], key: (t: T) => string): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return [...dup];
}
