/**
 * The report for people at a terminal: each finding is a heading line (severity, check, location,
 * why) over a table of the claims involved, with their figures, periods, citations and quotes.
 * A pure function of the report and the terminal's width; the CLI decides colour and writes.
 * The tables are drawn by box.ts, not cli-table3: see there for the measurement behind that.
 */
import type { ChalkInstance } from 'chalk';
import type { Severity } from '../checks/types.js';
import type { Report, ReportedClaim, ReportedFinding, Summary } from '../report.js';
import { displayPath, escapeTerminal } from '../text/escape.js';
import { unbreakableWidth, wrapHanging, wrapIndented, wrapText } from '../text/wrap.js';
import { CARD_INDENT, renderBox, renderCards } from './box.js';
import { plain } from './paint.js';

export interface TableOptions {
  /** Terminal width in columns; tables wrap to fit. */
  readonly width: number;
  /** Colours, from painter() in paint.ts; none when omitted. */
  readonly chalk?: ChalkInstance;
}

/** Below this the four columns cannot hold a word each: each claim is drawn as a card instead. */
export const TABLE_MIN_WIDTH = 44;
// Borders (5) and one space of padding either side of each of the four columns.
const FRAME = 13;
const QUOTE_MIN = 16;

/** The headings of a table of claims: check's, and the editors' `sources` and `claims`. */
export const CLAIM_HEAD: readonly string[] = ['figure', 'period', 'source', 'quote'];

/**
 * The least width each column needs for no word of it to break: its heading and its longest word
 * (an id, a date, a period, a figure); the quote's longest word alone, since its heading is drawn
 * in whatever the quote is given.
 */
function leastWidths(longest: readonly number[]): number[] {
  return [0, 1, 2, 3].map((i) => Math.max(i < 3 ? CLAIM_HEAD[i]!.length : 0, longest[i] ?? 0));
}

/**
 * Column widths (content, without borders and padding) for the four columns at `width`: together
 * with the frame, exactly `width`. `longest`, the widest unbreakable word of each column (an id, a
 * date, a period, a figure), widens each of the first three columns to hold it whole: first from
 * the quote's share while the quote keeps QUOTE_MIN columns and its own longest word, then from
 * the other two's room beyond their own longest words. Whether that was enough is holdsWhole's.
 */
export function columnWidths(width: number, longest: readonly number[] = []): [number, number, number, number] {
  const usable = Math.max(width, TABLE_MIN_WIDTH) - FRAME;
  const share = (part: number, least: number) => Math.max(Math.min(least, Math.floor(usable / 5)), Math.floor(usable * part));
  const widths = [share(0.2, 12), share(0.2, 12), share(0.24, 14)];
  const least = leastWidths(longest);
  const quoteLeast = Math.max(QUOTE_MIN, least[3]!);
  // The source column first: its ids are the longest words, and the ones a reader greps for.
  for (const i of [2, 1, 0]) {
    const room = usable - widths.reduce((a, b) => a + b, 0) - quoteLeast;
    widths[i]! += Math.max(0, Math.min(least[i]! - widths[i]!, room));
    for (const j of [0, 1, 2].filter((j) => j !== i)) {
      const give = Math.min(least[i]! - widths[i]!, widths[j]! - least[j]!);
      if (give > 0) {
        widths[j]! -= give;
        widths[i]! += give;
      }
    }
  }
  const [figure, period, source] = widths as [number, number, number];
  return [figure, period, source, usable - figure - period - source];
}

/** Whether every column of `widths` holds its longest word whole (and its heading). */
export function holdsWhole(widths: readonly number[], longest: readonly number[]): boolean {
  const least = leastWidths(longest);
  return widths.every((w, i) => w >= least[i]!);
}

/** The widest word of each cell of each column: what columnWidths() makes room for. */
export function longestWords(rows: ReadonlyArray<readonly string[]>): number[] {
  const longest: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      for (const word of cell.split(/[ \n]+/)) longest[i] = Math.max(longest[i] ?? 0, unbreakableWidth(word));
    });
  }
  return longest;
}

export function paintSeverity(chalk: ChalkInstance, severity: Severity, text: string): string {
  if (severity === 'error') return chalk.red.bold(text);
  if (severity === 'warning') return chalk.yellow.bold(text);
  return chalk.cyan(text);
}

// Every string of the report is escaped, not only those known to come from articles: paths, ids
// and roles reach the report from file names, YAML and API callers, and the table cannot tell.
function figureCell(claim: ReportedClaim): string {
  const range = claim.range === null ? '' : `\n${escapeTerminal(claim.range)}${claim.per ? ` /${escapeTerminal(claim.per)}` : ''}`;
  return `${escapeTerminal(claim.role)}\n${escapeTerminal(claim.figure)}${range}`;
}

function periodCell(claim: ReportedClaim): string {
  return `${escapeTerminal(claim.period ?? 'unknown')}\n"${escapeTerminal(claim.periodWords)}"`;
}

function sourceCell(claim: ReportedClaim): string {
  const s = claim.source;
  const date = `${escapeTerminal(s.pageDate)}${s.pageDateInferred ? '?' : ''}`;
  const copy = s.republishedFrom ? `\ncopy of ${escapeTerminal(s.republishedFrom)}` : '';
  return `${escapeTerminal(s.id)} (${s.kind === 'reference' ? 'reference' : 'article'})\n${escapeTerminal(claim.attribution)}\n${date}${copy}`;
}

/**
 * A settled finding: the check's message and the verdict that decides it, without the table of
 * claims (the conflict is decided; `--strict` shows it in full). Every line is indented under
 * darien's own heading, as the message is.
 */
/** Where a settled finding's verdict is written, as file:line:column. */
export function verdictPlace(finding: ReportedFinding): string {
  const { location } = finding.settled!.verdict;
  return `${displayPath(location.file)}:${location.line}:${location.column}`;
}

function verdictLines(finding: ReportedFinding, width: number): string {
  const { verdict, severity } = finding.settled!;
  const head = `settled (was ${severity}): ${verdict.claim} "${verdict.figure}" rated ${verdict.rating} by ${verdict.by} on ${verdict.date} (${verdictPlace(finding)}).`;
  return [
    ...wrapIndented(escapeTerminal(head), width),
    ...wrapIndented(escapeTerminal(verdict.reasoning), width, '    '),
    ...wrapIndented(escapeTerminal(`Evidence: ${verdict.evidence.join(', ')}.`), width),
  ].join('\n');
}

/** The heading every terminal format shares: the location alone on its line, then severity and check. */
export function findingHeading(finding: ReportedFinding, chalk: ChalkInstance): string {
  const { file, line, column } = finding.location;
  // The location alone on its line: greppable, and a long path never pushes the rest off screen.
  // A path can hold escape sequences and line breaks (a file name may be any bytes but "/" and
  // NUL), and can start with "::" or a space: displayPath shows such a name as "./name".
  return `${chalk.dim(`${displayPath(file)}:${line}:${column}`)}\n${paintSeverity(chalk, finding.severity, finding.severity)}  ${chalk.bold(escapeTerminal(finding.check))}`;
}

/**
 * The message quotes figures, periods and names from drafts and the registry, and any of its
 * lines may start with one: every line is indented, so that darien's own text starts each line.
 */
export function findingMessage(finding: ReportedFinding, width: number): string {
  return wrapIndented(escapeTerminal(finding.message), width).join('\n');
}

function claimCells(claim: ReportedClaim): string[] {
  return [figureCell(claim), periodCell(claim), sourceCell(claim), `“${escapeTerminal(claim.quote)}”`];
}

/** Paints a column's wrapped lines (the editors' highlighted figure); `width` is the column's, null in a card. */
export type PaintColumn = (lines: string[], column: number, width: number | null) => string[];

/**
 * Rows of four cells as a table, or as cards (renderCards) where the table's columns cannot hold
 * each word of theirs whole, and always below TABLE_MIN_WIDTH: cards give every field the whole
 * width, so an id or a period that fits the terminal is never broken inside to fit a column.
 * `check`'s findings and the editors' `sources` and `claims` share it, so they change layout alike.
 */
export function tableOrCards(head: readonly string[], cells: ReadonlyArray<readonly string[]>, width: number, chalk: ChalkInstance, paint: PaintColumn = (lines) => lines): string {
  const longest = longestWords(cells);
  const widths = columnWidths(width, longest);
  if (width < TABLE_MIN_WIDTH || !holdsWhole(widths, longest)) {
    return renderCards(head, cells.map((row) => row.map((cell, i) => paint(wrapText(cell, width - CARD_INDENT.length), i, null))), chalk);
  }
  return renderBox(head, cells.map((row) => row.map((cell, i) => paint(wrapText(cell, widths[i]!), i, widths[i]!))), { widths, chalk });
}

function findingBlock(finding: ReportedFinding, options: TableOptions, chalk: ChalkInstance): string {
  const width = readableWidth(options.width);
  const head = `${findingHeading(finding, chalk)}\n${findingMessage(finding, width)}\n`;
  // A settled finding shows its verdict instead of its claims (`--strict` shows them in full); a
  // finding about a verdict whose claim has gone has no claim to show.
  if (finding.settled) return `${head}${verdictLines(finding, width)}\n`;
  if (finding.claims.length === 0) return head;
  return `${head}${tableOrCards(CLAIM_HEAD, finding.claims.map(claimCells), width, chalk)}\n`;
}

/** Narrower than this nothing is readable; a width below it (or none) is taken as this. */
export function readableWidth(width: number): number {
  return Number.isFinite(width) ? Math.max(20, Math.floor(width)) : 80;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summaryLine(summary: Summary): string {
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.infos} info`;
  const scope = `${plural(summary.claims, 'claim')} from ${plural(summary.sources, 'source')} in ${plural(summary.files, 'file')}`;
  const notes: string[] = [];
  if (summary.settled) notes.push(`${summary.settled} settled by verdicts`);
  if (summary.hidden > 0) notes.push(`${summary.hidden} below --min-severity not shown`);
  if (summary.outsideChanges) notes.push(`${summary.outsideChanges} on unchanged lines not shown`);
  if (summary.skippedChecks.length > 0) notes.push(`info checks not run: --min-severity info runs them`);
  return `${counts} in ${scope}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

/** The summary line, wrapped with a hanging indent and coloured by the worst severity in it. */
export function summaryBlock(summary: Summary, width: number, chalk: ChalkInstance): string {
  const text = wrapHanging(summaryLine(summary), readableWidth(width)).join('\n');
  return summary.errors > 0 ? chalk.red(text) : summary.warnings > 0 ? chalk.yellow(text) : chalk.green(text);
}

export function formatTable(report: Report, options: TableOptions): string {
  const chalk = options.chalk ?? plain;
  const blocks = report.findings.map((finding) => findingBlock(finding, options, chalk));
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${summaryBlock(report.summary, options.width, chalk)}\n`;
}
