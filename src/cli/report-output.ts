/**
 * The formats `check` and `lint` share, each loaded only when asked for: `brief` (the default, a
 * screen a person reads), `table` (every claim with its quote and citation), `line` (one finding
 * a line, for grep and editors) and `json`. Lint adds github and sarif itself.
 */
import type { ChangedLines } from '../git/changed-lines.js';
import type { Report } from '../report.js';
import { outputSettings, writeOut } from './io.js';

export const REPORT_FORMATS = ['brief', 'table', 'line', 'json'] as const;

export function isReportFormat(format: string): format is (typeof REPORT_FORMATS)[number] {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}

/** Writes `report` in one of REPORT_FORMATS; `colorFlag` is false under --no-color. */
export async function writeReport(report: Report, format: (typeof REPORT_FORMATS)[number], colorFlag?: boolean): Promise<void> {
  if (format === 'json') {
    const { formatJson } = await import('../formats/json.js');
    writeOut(formatJson(report, outputSettings(process.stdout, process.env)));
  } else if (format === 'line') {
    const { formatLine } = await import('../formats/line.js');
    writeOut(formatLine(report));
  } else {
    const { painter } = await import('../formats/paint.js');
    const { allNarrow, loadTextWidth } = await import('../text/wrap.js');
    if (!allNarrow(report)) await loadTextWidth();
    const { width, color } = outputSettings(process.stdout, process.env, colorFlag);
    const chalk = await painter(color);
    const render = format === 'brief' ? (await import('../formats/brief.js')).formatBrief : (await import('../formats/table.js')).formatTable;
    writeOut(render(report, { width, chalk }));
  }
}

/**
 * `--changed-since REF`: the changed lines, asked of git before any check runs, so a bad ref or a
 * folder outside git is one problem line (exit 2) with the command's other bad options.
 */
export async function changedSince(ref: string | undefined, problems: string[]): Promise<ChangedLines | null> {
  if (ref === undefined) return null;
  const { changedLinesSince, GitError } = await import('../git/changed-lines.js');
  try {
    return changedLinesSince(ref, process.cwd());
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    problems.push(error.message);
    return null;
  }
}

/** The report with only the findings on changed lines, when --changed-since was given. */
export async function onChangedLines<R extends Report>(report: R, changes: ChangedLines | null): Promise<R> {
  if (changes === null) return report;
  const { keepChanged } = await import('../git/changed-lines.js');
  return keepChanged(report, changes, process.cwd());
}
