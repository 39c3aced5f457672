/** The report as JSON, for programs. A pure function: the CLI writes it. */
import type { Report } from '../report.js';

export function formatJson(report: Report): string {
  return `${JSON.stringify({ version: 1, summary: report.summary, minSeverity: report.minSeverity, findings: report.findings }, null, 2)}\n`;
}
