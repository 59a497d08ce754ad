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

/** The kind of a value, as a message names it: "string", "number", "array", "null", "undefined"… */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A short preview of a value for a message: `"12"`, `[1,2]`, `{…}`. */
function preview(value: unknown): string {
  if (value === undefined) return '';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return '';
  const text = JSON.stringify(value) ?? String(value);
  return ` ${text.length > 40 ? `${text.slice(0, 39)}…` : text}`;
}

type Issue = z.core.$ZodIssue;

/**
 * One message per problem in an issue, each with its own field path. Unions are opened: of their
 * branches, the one with the fewest problems is the one the author most likely meant, so its
 * problems are reported (with the union's own message, if it has one, as a hint).
 */
function explain(issue: Issue, base: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  const path = [...base, ...issue.path];
  switch (issue.code) {
    case 'invalid_union': {
      const branches = issue.errors.filter((b) => b.length > 0);
      if (!branches.length) return [{ path, text: issue.message }];
      const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
      const hint = issue.message && !issue.message.startsWith('Invalid input') ? ` (${issue.message})` : '';
      return best.flatMap((sub) => explain(sub, path)).map((e) => ({ ...e, text: e.text + hint }));
    }
    case 'invalid_type':
      return [{ path, text: `expected ${issue.expected}, received ${kindOf(issue.input)}${preview(issue.input)}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], text: 'unknown field (every field is checked: fix its spelling or remove it)' }));
    default:
      return [{ path, text: `${issue.message}${'input' in issue ? ` (received${preview(issue.input) || ` ${kindOf(issue.input)}`})` : ''}` }];
  }
}

/**
 * Validates `data` against `schema`; on failure, pushes one message per problem naming the file,
 * the record (for problems inside the array `arrayKey`, or in a top-level array when it is null),
 * the field path (e.g. `population.value`), what was expected and what was found.
 */
export function parseFile<S extends z.ZodType>(file: string, schema: S, data: unknown, arrayKey: string | null, problems: Problems): z.infer<S> | null {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    for (const { path, text } of explain(issue)) problems.push(`${file}: ${where(data, path, arrayKey)}: ${text}`);
  }
  return null;
}

/**
 * "record 3 (E54000007 "Greater Manchester"), field lead.source.url" for a path into `data`: the
 * first record along the path (an array item) is named by its position, code and name; the rest is
 * the field. A record of the file's main array (`arrayKey`) is named without the array's name.
 */
function where(data: unknown, path: PropertyKey[], arrayKey: string | null): string {
  let node = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (typeof key === 'number' && Array.isArray(node)) {
      const array = i === 0 ? '' : path.slice(0, i).map(String).join('.');
      const prefix = array && array !== arrayKey ? `${array} ` : '';
      const rest = path.slice(i + 1).map(String).join('.');
      return `${prefix}${describeRecord(node[key], key)}, field ${rest || '(whole record)'}`;
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return `field ${path.length ? path.map(String).join('.') : '(whole record)'}`;
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
