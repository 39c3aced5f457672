/**
 * One line per finding (`--format line`): `file:line:col  severity  check  message`, for grep,
 * editors' quickfix lists and `wc -l`, as Vale's `line` and ESLint's `unix` formats. The last line
 * is the summary (what was checked, so a run that read nothing is never silent), and it starts
 * with `darien:`, never with a location, so a pattern for findings cannot match it.
 *
 * Every field is escaped for the terminal (a line break becomes a space), so a finding is one
 * line whatever its message or file name holds, and displayPath keeps a file name from starting
 * the line with anything but itself.
 */
import type { Report, ReportedFinding } from '../report.js';
import { displayPath, escapeTerminal } from '../text/escape.js';
import { summaryLine } from './table.js';

export function findingLine(finding: ReportedFinding): string {
  const { file, line, column } = finding.location;
  return `${displayPath(file)}:${line}:${column}  ${finding.severity}  ${escapeTerminal(finding.check)}  ${escapeTerminal(finding.message)}`;
}

export function formatLine(report: Report): string {
  const lines = report.findings.map(findingLine);
  lines.push(`darien: ${escapeTerminal(summaryLine(report.summary))}`);
  return `${lines.join('\n')}\n`;
}
