/**
 * The formats `check` and `lint` share, each loaded only when asked for: `brief` (the default, a
 * screen a person reads), `table` (every claim with its quote and citation), `line` (one finding
 * a line, for grep and editors) and `json`. Lint adds github and sarif itself.
 */
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
