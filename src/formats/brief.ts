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
import { textWidth, unbreakableWidth, wrapIndented, wrapText } from '../text/wrap.js';
import { plain } from './paint.js';
import { findingHeading, findingMessage, readableWidth, summaryBlock, verdictPlace, type TableOptions } from './table.js';

const INDENT = '  ';
const GAP = '  ';
// The widest each of the first three columns may grow before it wraps; the source takes the rest.
const CAPS = [14, 22, 21];
const SOURCE_MIN = 16;
// A source given a line of its own (BriefLayout) is indented two columns past its claim's role,
// as a wrapped claim's later lines are (stackedLines): it reads as part of the claim above.
const SOURCE_INDENT = '    ';

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

/** The widest word of column `i` (unbreakableWidth): what the column must hold for no word of it to break. */
function widestWord(rows: ReadonlyArray<readonly string[]>, i: number): number {
  return Math.max(...rows.flatMap((row) => row[i]!.split(' ').map(unbreakableWidth)));
}

const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);

/**
 * Narrows the figure column, then the period's, down to their widest words until `widths` fit in
 * `room`; null when they cannot. "An estimated 520,085" wraps between words; an id would break
 * inside one, so no column is narrowed below its widest word.
 */
function fitColumns(rows: ReadonlyArray<readonly string[]>, widths: number[], room: number): number[] | null {
  for (const i of [1, 2]) {
    const give = Math.min(sum(widths) - room, widths[i]! - widestWord(rows, i));
    if (give > 0) widths[i]! -= give;
  }
  return sum(widths) <= room ? widths : null;
}

/**
 * How a finding's claims are laid out: four columns; or, when the source cannot have a column
 * wide enough for its id ("ref-aljazeera-2025-01-03" at 55 columns), three, with each claim's
 * source on a line of its own below; or, when even three cannot hold their words, null: each
 * claim is wrapped on lines of its own (stackedLines).
 */
interface BriefLayout {
  readonly widths: readonly number[];
  readonly sourceBelow: boolean;
}

/** The first three columns, each as wide as its widest cell up to its cap, and never narrower than its widest word. */
function cappedWidths(rows: ReadonlyArray<readonly string[]>): number[] {
  return CAPS.map((cap, i) => Math.max(widestWord(rows, i), Math.min(cap, Math.max(...rows.map((row) => textWidth(row[i]!))))));
}

function briefLayout(rows: ReadonlyArray<readonly string[]>, width: number): BriefLayout | null {
  const columns = width - INDENT.length;
  const four = fitColumns(rows, [...cappedWidths(rows), Math.max(SOURCE_MIN, widestWord(rows, 3))], columns - GAP.length * 3);
  // The source takes what the first three leave: at least its widest word and SOURCE_MIN.
  if (four) return { widths: [...four.slice(0, 3), columns - GAP.length * 3 - sum(four.slice(0, 3))], sourceBelow: false };
  const three = fitColumns(rows, cappedWidths(rows), columns - GAP.length * 2);
  return three ? { widths: three, sourceBelow: true } : null;
}

/** Lines of one row: each cell wrapped to its column, side by side, never padded at the end. */
function rowLines(row: readonly string[], widths: readonly number[], chalk: ChalkInstance): string[] {
  const cells = row.map((cell, i) => wrapText(cell, widths[i]!));
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

/** A row of three columns, its source wrapped on the lines below it. */
function sourceBelowLines(row: readonly string[], widths: readonly number[], width: number, chalk: ChalkInstance): string[] {
  return [...rowLines(row.slice(0, 3), widths, chalk), ...wrapIndented(row[3]!, width, SOURCE_INDENT)];
}

/** Too narrow for columns: each claim on its own lines, wrapped, every line indented. */
function stackedLines(row: readonly string[], width: number): string[] {
  const text = `${row[0]}: ${row[1]}, ${row[2]}, ${row[3]}`;
  return wrapText(text, width - INDENT.length - 2).map((line, i) => `${INDENT}${i === 0 ? '' : '  '}${line}`);
}

function briefClaims(claims: readonly ReportedClaim[], width: number, chalk: ChalkInstance): string[] {
  const rows = claims.map(briefCells);
  const layout = briefLayout(rows, width);
  return rows.flatMap((row) => {
    if (layout === null) return stackedLines(row, width);
    return layout.sourceBelow ? sourceBelowLines(row, layout.widths, width, chalk) : rowLines(row, layout.widths, chalk);
  });
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
