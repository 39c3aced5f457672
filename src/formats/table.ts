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
import { wrapHanging, wrapIndented, wrapText } from '../text/wrap.js';
import { renderBox } from './box.js';
import { plain } from './paint.js';

export interface TableOptions {
  /** Terminal width in columns; tables wrap to fit. */
  readonly width: number;
  /** Colours, from painter() in paint.ts; none when omitted. */
  readonly chalk?: ChalkInstance;
}

const MIN_WIDTH = 60;

/** Column widths (content, without borders and padding) for the four columns at `width`. */
export function columnWidths(width: number): [number, number, number, number] {
  const usable = Math.max(width, MIN_WIDTH) - 13; // 5 borders + 2 spaces of padding per column
  const figure = Math.max(12, Math.floor(usable * 0.2));
  const period = Math.max(12, Math.floor(usable * 0.2));
  const source = Math.max(14, Math.floor(usable * 0.24));
  return [figure, period, source, usable - figure - period - source];
}

function paint(chalk: ChalkInstance, severity: Severity, text: string): string {
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
  // A space after the slash lets an interval wrap at its middle rather than inside a date.
  return `${escapeTerminal(claim.period ?? 'unknown').replace('/', '/ ')}\n"${escapeTerminal(claim.periodWords)}"`;
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
function verdictLines(finding: ReportedFinding, width: number): string {
  const { verdict, severity } = finding.settled!;
  const where = `${displayPath(verdict.location.file)}:${verdict.location.line}:${verdict.location.column}`;
  const head = `settled (was ${severity}): ${verdict.claim} "${verdict.figure}" rated ${verdict.rating} by ${verdict.by} on ${verdict.date} (${where}).`;
  return [
    ...wrapIndented(escapeTerminal(head), width),
    ...wrapIndented(escapeTerminal(verdict.reasoning), width, '    '),
    ...wrapIndented(escapeTerminal(`Evidence: ${verdict.evidence.join(', ')}.`), width),
  ].join('\n');
}

function findingBlock(finding: ReportedFinding, options: TableOptions, chalk: ChalkInstance): string {
  const { file, line, column } = finding.location;
  // The location alone on its line: greppable, and a long path never pushes the rest off screen.
  // A path can hold escape sequences and line breaks (a file name may be any bytes but "/" and
  // NUL), and can start with "::" or a space: displayPath shows such a name as "./name".
  const heading = `${chalk.dim(`${displayPath(file)}:${line}:${column}`)}\n${paint(chalk, finding.severity, finding.severity)}  ${chalk.bold(escapeTerminal(finding.check))}`;
  // The message quotes figures, periods and names from drafts and the registry, and any of its
  // lines may start with one: every line is indented, so that darien's own text starts each line.
  const message = wrapIndented(escapeTerminal(finding.message), Math.max(options.width, MIN_WIDTH)).join('\n');
  if (finding.settled) return `${heading}\n${message}\n${verdictLines(finding, Math.max(options.width, MIN_WIDTH))}\n`;
  // A finding about a verdict whose claim has gone has no claim to show.
  if (finding.claims.length === 0) return `${heading}\n${message}\n`;
  const widths = columnWidths(options.width);
  const rows = finding.claims.map((claim) =>
    [figureCell(claim), periodCell(claim), sourceCell(claim), `“${escapeTerminal(claim.quote)}”`].map((cell, i) => wrapText(cell, widths[i]!)),
  );
  const table = renderBox(['figure', 'period', 'source', 'quote'], rows, { widths, chalk });
  return `${heading}\n${message}\n${table}\n`;
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
  if (summary.skippedChecks.length > 0) notes.push(`info checks not run: --min-severity info runs them`);
  return `${counts} in ${scope}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

export function formatTable(report: Report, options: TableOptions): string {
  const chalk = options.chalk ?? plain;
  const blocks = report.findings.map((finding) => findingBlock(finding, options, chalk));
  const summary = wrapHanging(summaryLine(report.summary), Math.max(options.width, MIN_WIDTH)).join('\n');
  const painted = report.summary.errors > 0 ? chalk.red(summary) : report.summary.warnings > 0 ? chalk.yellow(summary) : chalk.green(summary);
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${painted}\n`;
}
