/**
 * Problems that stop darien from running (exit code 2), each located like Vale's and ESLint's:
 * file:line:column and what is wrong. They are collected, never thrown one at a time, so a
 * fact-checker fixing a registry sees every problem of the run at once.
 */

export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Thrown (once, with all problems) when the input cannot be used. Maps to exit code 2. */
export class InputError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}
