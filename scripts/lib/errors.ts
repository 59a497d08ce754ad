/**
 * Errors of the data scripts, formatted in one place: every problem with an input names the file,
 * and where it can, the row (the line number in the file, the header being row 1) and the field.
 */

export interface InputProblem {
  file: string;
  row?: number;
  field?: string;
  message: string;
}

export function formatProblem(p: InputProblem): string {
  const where = [p.file, p.row != null ? `row ${p.row}` : null, p.field ? `field "${p.field}"` : null].filter(Boolean).join(', ');
  return `${where}: ${p.message}`;
}

/** One or more problems with the inputs; the message lists them all. */
export class InputError extends Error {
  problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** A required file is not there: names it and its source. */
export class MissingInputError extends Error {
  constructor(path: string, source: string) {
    super(`Missing input file ${path}\n  It is ${source}.\n  See ../shared/data/README.md for how to fetch it.`);
    this.name = 'MissingInputError';
  }
}

/** Collects problems and throws them together, so one run reports every bad row. */
export class Problems {
  list: InputProblem[] = [];
  add(file: string, row: number | undefined, field: string | undefined, message: string): void {
    this.list.push({ file, row, field, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw new InputError(this.list);
  }
}
