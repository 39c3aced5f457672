/** `darien check [paths...]`: wiring only; the work is checkRegistry() and the formatters. */
import type { Command } from 'commander';
import type { Severity } from '../checks/types.js';
import { optionProblems, UsageError } from './io.js';
import { changedSince, isReportFormat, onChangedLines, REPORT_FORMATS, writeReport } from './report-output.js';

const SEVERITIES = ['error', 'warning', 'info'];

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('cross-check the claims registry and print every conflict')
    .argument('[paths...]', 'registry files or folders', ['claims'])
    .option('-f, --format <format>', `output format: ${REPORT_FORMATS.join(', ')} (table: with quotes and citations)`, 'brief')
    .option('--min-severity <level>', `lowest severity to show: ${SEVERITIES.join(', ')}`, 'warning')
    .option('--check <ids...>', 'run only these checks')
    .option('--changed-since <ref>', 'only findings on lines changed since this git ref (a branch, tag or commit)')
    .option('--no-color', 'no colour even on a terminal')
    .action(async (paths: string[], options: { format: string; minSeverity: string; check?: string[]; changedSince?: string; color: boolean }, command: Command) => {
      // Every problem with the options at once.
      const problems = optionProblems(command);
      if (!isReportFormat(options.format)) problems.push(`unknown format "${options.format}" (expected ${REPORT_FORMATS.join(', ')})`);
      if (!SEVERITIES.includes(options.minSeverity)) problems.push(`unknown severity "${options.minSeverity}" (expected ${SEVERITIES.join(', ')})`);
      const { checkRegistry, exitCodeOf, CHECKS } = await import('../check.js');
      const unknown = (options.check ?? []).filter((id) => !CHECKS.some((c) => c.meta.id === id));
      if (unknown.length > 0) problems.push(`unknown check ${unknown.join(', ')} (see docs/checks/)`);
      const changes = await changedSince(options.changedSince, problems);
      if (problems.length > 0) throw new UsageError(problems);
      const report = await onChangedLines(checkRegistry({ paths, minSeverity: options.minSeverity as Severity, checks: options.check }).report, changes);
      await writeReport(report, options.format as (typeof REPORT_FORMATS)[number], options.color ? undefined : false);
      process.exitCode = exitCodeOf(report);
    });
}
