/**
 * The default for people at a terminal (`--format brief`): each finding as its location, its
 * severity and check, the message, and one line per claim involved (its role, the figure as
 * written, the period and the source), without quotes or citations. The bundled registry's six
 * findings take 52 lines at 80 columns; the full tables (`--format table`) take 185. The quotes
 * and citations are one option away, and `darien sources <figure>` shows any figure in full.
 *
 * A pure function of the report and the width, like table.ts, whose heading, message and summary
 * it shares so the two read alike. A new kind of finding (a verdict, a settled conflict at info)
 * needs nothing here: its claims' roles say what each line is.
 */
import type { ChalkInstance } from 'chalk';
import type { Report, ReportedClaim, ReportedFinding } from '../report.js';
import { escapeTerminal } from '../text/escape.js';
import { textWidth, wrapIndented } from '../text/wrap.js';
import { wrapCell } from './claim-cells.js';
import { plain } from './paint.js';
import { findingHeading, findingMessage, readableWidth, summaryBlock, verdictPlace, type TableOptions } from './table.js';

const INDENT = '  ';
const GAP = '  ';
// The widest each of the first three columns may grow before it wraps; the source takes the rest.
const CAPS = [14, 22, 21];
const SOURCE_MIN = 16;

/**
 * A claim's four cells: role, figure as written, period, and the source as its id and outlet.
 * Who the outlet cites (the attribution chain) and the quote are the table's: with them the
 * bundled registry's findings took 60 lines at 80 columns, the chains wrapping.
 */
export function briefCells(claim: ReportedClaim): [string, string, string, string] {
  const s = claim.source;
  // A draft is named by its path (its id); a source of no known outlet by its id alone.
  const outlet = s.outlet && s.outlet !== 'unknown' && !s.id.startsWith('draft:') ? ` ${s.outlet}` : '';
  return [claim.role, claim.figure, claim.period ?? 'unknown', `${s.id}${outlet}`].map(escapeTerminal) as [string, string, string, string];
}

/** The widest word of column `i`: what the column must hold for no word of it to break. */
function widestWord(rows: ReadonlyArray<readonly string[]>, i: number): number {
  return Math.max(...rows.flatMap((row) => row[i]!.split(' ').map(textWidth)));
}

/**
 * Widths of the four columns for these rows, or null when the source would be too narrow to read.
 * A source id wider than its column ("ref-aljazeera-2025-01-03" at 60 columns) takes room from
 * the figure, then the period, as long as their own words still fit: "An estimated 520,085" wraps
 * between words, an id would break inside one.
 */
function briefWidths(rows: ReadonlyArray<readonly string[]>, width: number): number[] | null {
  const first = CAPS.map((cap, i) => Math.min(cap, Math.max(...rows.map((row) => textWidth(row[i]!)))));
  let source = width - INDENT.length - GAP.length * 3 - first.reduce((a, b) => a + b, 0);
  for (const i of [1, 2]) {
    const give = Math.min(widestWord(rows, 3) - source, first[i]! - widestWord(rows, i));
    if (give > 0) {
      first[i]! -= give;
      source += give;
    }
  }
  return source < SOURCE_MIN ? null : [...first, source];
}

/** Lines of one row: each cell wrapped to its column, side by side, never padded at the end. */
function rowLines(row: readonly string[], widths: readonly number[], chalk: ChalkInstance): string[] {
  const cells = row.map((cell, i) => wrapCell(cell, widths[i]!));
  const height = Math.max(...cells.map((cell) => cell.length));
  const lines: string[] = [];
  for (let l = 0; l < height; l++) {
    const parts = cells.map((cell, i) => {
      const text = cell[l] ?? '';
      const padded = i === cells.length - 1 ? text : text + ' '.repeat(widths[i]! - textWidth(text));
      return i === 1 ? chalk.bold(padded) : padded;
    });
    lines.push(`${INDENT}${parts.join(GAP)}`.trimEnd());
  }
  return lines;
}

/** Too narrow for columns: each claim on its own lines, wrapped, every line indented. */
function stackedLines(row: readonly string[], width: number): string[] {
  const text = `${row[0]}: ${row[1]}, ${row[2]}, ${row[3]}`;
  return wrapCell(text, width - INDENT.length - 2).map((line, i) => `${INDENT}${i === 0 ? '' : '  '}${line}`);
}

function briefClaims(claims: readonly ReportedClaim[], width: number, chalk: ChalkInstance): string[] {
  const rows = claims.map(briefCells);
  const widths = briefWidths(rows, width);
  return rows.flatMap((row) => (widths ? rowLines(row, widths, chalk) : stackedLines(row, width)));
}

function findingBlock(finding: ReportedFinding, width: number, chalk: ChalkInstance): string {
  return [findingHeading(finding, chalk), findingMessage(finding, width), ...briefClaims(finding.claims, width, chalk), ...settledLine(finding, width)].join('\n');
}

/**
 * A settled finding's verdict in one line: its rating and where it is written, which the reader
 * opens for who rated which claim and why (`--format table` prints it whole).
 */
function settledLine(finding: ReportedFinding, width: number): string[] {
  if (!finding.settled) return [];
  const { verdict, severity } = finding.settled;
  const text = `settled (was ${severity}): rated ${verdict.rating}, ${verdictPlace(finding)}`;
  return wrapIndented(escapeTerminal(text), width);
}

export function formatBrief(report: Report, options: TableOptions): string {
  const chalk = options.chalk ?? plain;
  const width = readableWidth(options.width);
  const blocks = report.findings.map((finding) => `${findingBlock(finding, width, chalk)}\n`);
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${summaryBlock(report.summary, width, chalk)}\n`;
}
