/** The report as JSON, for programs. A pure function: the CLI writes it. */
import type { Report } from '../report.js';
import { escapeUnicode } from '../text/escape.js';

export interface JsonOptions {
  /**
   * Indented for a reader (the CLI's choice on a terminal), or one line for a program: a large
   * archive's report is tens of megabytes, and indenting it costs a third more to build and write.
   */
  readonly pretty?: boolean;
}

/**
 * JSON text ending in a line break, indented or not. Control, separator and bidi characters from
 * drafts and the registry are written as \u escapes (escapeUnicode): the same string to a program,
 * and nothing live for the terminal or CI log that shows it.
 */
export function jsonText(value: unknown, { pretty = true }: JsonOptions = {}): string {
  return `${escapeUnicode(JSON.stringify(value, null, pretty ? 2 : undefined))}\n`;
}

export function formatJson(report: Report, options: JsonOptions = {}): string {
  return jsonText({ version: 1, summary: report.summary, minSeverity: report.minSeverity, findings: report.findings }, options);
}
