/**
 * `darien import`: an official series (CSV) to a reference source file. The API the CLI and the
 * tests call: read the CSV, check it as a series, and write the source file's YAML, or report every
 * problem of the run. csv-parse and yaml are loaded here, when a series is imported, never by
 * `darien check`.
 */
import { createRequire } from 'node:module';
import { readCsv } from './csv.js';
import { readSeries } from './series.js';
import { keptFrom, sourceFileYaml, type ClaimMeta, type SourceMeta } from './source-file.js';
import type { Problem } from '../registry/problems.js';

export { readCsv } from './csv.js';
export { readNumber, readSeries } from './series.js';
export { claimId } from './source-file.js';

const load = createRequire(import.meta.url);

export interface ImportOptions {
  /** The CSV's text and its path as shown in problems. */
  readonly csv: string;
  readonly csvFile: string;
  /** The CSV's file name, for the title of a source that has none. */
  readonly csvName: string;
  readonly periodColumn: string;
  readonly valueColumn: string;
  readonly noteColumn?: string;
  readonly allowGaps: boolean;
  /** The metric counts things (a flow or a level): whole figures from 0. */
  readonly counts: boolean;
  readonly source: SourceMeta;
  readonly claims: Omit<ClaimMeta, 'noteColumn'>;
  /** The text of the source file being replaced (with --force), whose notes are kept. */
  readonly replacing?: string;
  /** The `# yaml-language-server: $schema=…` line to start the file with (src/registry/schema-path.ts). */
  readonly modeline?: string | null;
}

/** Problems are the CSV's, located; usage names what the command line must add. */
export type ImportResult =
  | { readonly ok: true; readonly yaml: string; readonly claims: number }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly usage: readonly string[] };

export function importSeries(options: ImportOptions): ImportResult {
  const { parse } = load('csv-parse/sync') as { parse: (input: string, options: Record<string, unknown>) => unknown };
  const table = readCsv(options.csv, options.csvFile, parse);
  const series = readSeries(table, {
    file: options.csvFile,
    periodColumn: options.periodColumn,
    valueColumn: options.valueColumn,
    language: options.source.language,
    allowGaps: options.allowGaps,
    counts: options.counts,
  });
  const problems = [...series.problems];
  let noteColumn: number | undefined;
  if (options.noteColumn !== undefined && table.header) {
    noteColumn = table.header.cells.findIndex((cell) => cell.text.trim() === options.noteColumn);
    if (noteColumn < 0) problems.push({ file: options.csvFile, line: table.header.line, column: 1, message: `no column "${options.noteColumn}" (--note-column) in the header` });
  }
  if (problems.length > 0) return { ok: false, problems, usage: [] };
  const yaml = load('yaml') as typeof import('yaml');
  const kept = options.replacing === undefined ? null : keptFrom(options.replacing, yaml);
  if (options.source.pageDate === undefined && (kept?.source.page_date ?? null) === null) {
    return { ok: false, problems: [], usage: ['the source needs a page date: pass --page-date (YYYY, YYYY-MM or YYYY-MM-DD), the date of the table as read'] };
  }
  const text = sourceFileYaml(series, options.source, { ...options.claims, noteColumn }, kept, options.csvName, yaml);
  return { ok: true, yaml: options.modeline ? `${options.modeline}\n${text}` : text, claims: series.rows.length };
}
