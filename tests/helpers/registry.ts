/**
 * A RuleTester for darien's checks, after ESLint's: each case is a small registry written out as
 * files, the check runs over it, and the findings are compared with the message ids and the
 * file:line:column the case expects. Valid cases must produce no finding from the check at all.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { ClaimIndex } from '../../src/checks/claim-index.js';
import { runChecks } from '../../src/checks/index.js';
import type { Check } from '../../src/checks/types.js';
import { loadRegistry } from '../../src/registry/load.js';
import { formatProblem, InputError } from '../../src/registry/problems.js';
import { buildReport } from '../../src/report.js';

export const METRICS = `metrics:
  - id: crossings
    counts: migrants crossing into Panama
    kind: flow
    unit: people
    place: Darién
  - id: crossings-daily
    counts: migrants crossing into Panama per day
    kind: rate
    rate_of: crossings
    per: day
    unit: people
    place: Darién
  - id: returning
    counts: migrants returning south
    kind: flow
    unit: people
    place: Darién
  - id: inauguration
    counts: the president takes office
    kind: date
    place: Panama
  - id: election-margin
    counts: winning margin
    kind: percentage
    unit: percentage-points
    place: Panama
`;

/** The test catalogue with a typical year's rate, of no period in particular (`typical: true`). */
export const WITH_TYPICAL = `${METRICS}  - id: crossings-typical-year
    counts: migrants crossing into Panama in a typical year
    kind: rate
    typical: true
    rate_of: crossings
    per: year
    unit: people
    place: Darién
`;

/** A one-line source header, so a case's first claim starts on line 3 of its file. */
export function header(id: string, pageDate = '2024-07-17', extra = ''): string {
  return `source: {id: "${id}", kind: article, outlet: Test Wire, title: "T ${id}", author: A, page_date: ${pageDate}, page_date_inferred: false, text: ${id}.txt${extra}}\nclaims:\n`;
}

/** Writes `files` (path → text) into a new folder with the test catalogue, and returns the folder. */
export function writeRegistry(files: Record<string, string>, options: { catalogue?: boolean; texts?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'darien-test-'));
  const all: Record<string, string> = { ...(options.catalogue === false ? {} : { 'metrics.yaml': METRICS }), ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // Unless a case gives its own archived texts, each source's text holds its quotes, so checks
  // other than quote-in-text see valid citations.
  if (options.texts !== false) {
    for (const [path, text] of Object.entries(files)) {
      const id = /id: "([^"]+)"/.exec(text)?.[1];
      if (!id || `${id}.txt` in files) continue;
      const quotes = [...text.matchAll(/quote: "((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
      writeFileSync(join(dir, dirname(path), `${id}.txt`), quotes.join('\n'));
    }
  }
  return dir;
}

/** A claim of 8 lines, for the first claim of a file after header(): `value:` is its 4th line, at column 12. */
export const GOOD_CLAIM = `  - id: a1
    quote: "11,363 migrants crossed"
    figure: "11,363"
    value: 11363
    metric: crossings
    period: 2024-07-01/2024-07-17
    period_words: "since July 1"
    attribution: [AP]
`;

/** Loads `files` (with the test catalogue unless told) and returns the problems as "file:line:column: message" lines. */
export function loadProblems(files: Record<string, string>, options: { catalogue?: boolean; texts?: boolean } = {}): string[] {
  const dir = writeRegistry(files, options);
  try {
    loadRegistry({ paths: [dir], cwd: dir });
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

export interface Expected {
  messageId: string;
  file: string;
  line: number;
  column: number;
}

export interface Case {
  name: string;
  files: Record<string, string>;
  errors?: Expected[];
}

export function findingsOf(check: Check, files: Record<string, string>): Expected[] {
  const dir = writeRegistry(files);
  const registry = loadRegistry({ paths: [dir], cwd: dir });
  const report = buildReport(registry, runChecks(registry, [check], new ClaimIndex(registry.claims)), 'info');
  return report.findings.map((f) => ({ messageId: f.messageId, file: f.location.file, line: f.location.line, column: f.location.column }));
}

export function checkTester(check: Check, cases: { valid: Case[]; invalid: Case[] }): void {
  for (const c of cases.valid) {
    it(`${check.meta.id} passes: ${c.name}`, () => {
      expect(findingsOf(check, c.files)).toEqual([]);
    });
  }
  for (const c of cases.invalid) {
    it(`${check.meta.id} reports: ${c.name}`, () => {
      expect(c.errors?.length, 'an invalid case must expect findings').toBeGreaterThan(0);
      const sort = (list: Expected[]) => [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
      expect(sort(findingsOf(check, c.files))).toEqual(sort(c.errors!));
    });
  }
}

/** A figure claim of 8 lines: its `value:` is the 4th line, at column 12. */
export function figureClaim(id: string, figure: string, value: number, period: string, metric = 'crossings'): string {
  return `  - id: ${id}
    quote: "${figure} migrants crossed the border"
    figure: "${figure}"
    value: ${value}
    metric: ${metric}
    period: ${period}
    period_words: "in the period"
    attribution: []
`;
}

/** A daily rate claim: 9 lines, `value:` on the 4th at column 12. */
export function rateClaim(id: string, figure: string, value: number, period: string, basis: string): string {
  return `  - id: ${id}
    quote: "${figure} migrants a day"
    figure: "${figure}"
    value: ${value}
    metric: crossings-daily
    basis: ${basis}
    period: ${period}
    period_words: "in the period"
    attribution: []
`;
}
