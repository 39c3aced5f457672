/** `darien check [paths...]`: wiring only; the work is checkRegistry() and the formatters. */
import type { Command } from 'commander';
import { withConfigOptions } from '../config/options.js';
import { didYouMean } from '../registry/suggest.js';
import { optionProblems, stopOnProblems } from './io.js';
import { startProgress } from './progress.js';
import { changedSince, isReportFormat, onChangedLines, REPORT_FORMATS, writeReport } from './report-output.js';

const SEVERITIES = ['error', 'warning', 'info'];

export function registerCheck(program: Command): void {
  const command = program
    .command('check')
    .description('cross-check the claims registry and print every conflict')
    .argument('[paths...]', 'registry files or folders', ['claims'])
    .option('-f, --format <format>', `output format: ${REPORT_FORMATS.join(', ')} (table: with quotes and citations)`, 'brief')
    .option('--min-severity <level>', `lowest severity to show: ${SEVERITIES.join(', ')}`, 'warning')
    .option('--check <ids...>', 'run only these checks')
    .option('--strict', "ignore the registry's verdicts: every conflict counts, settled or not")
    .option('--changed-since <ref>', 'only findings on lines changed since this git ref (a branch, tag or commit)')
    .option('--no-color', 'no colour even on a terminal');
  withConfigOptions(command).action(
    async (paths: string[], options: { format: string; minSeverity: string; check?: string[]; strict?: boolean; changedSince?: string; color: boolean; config?: string | boolean }, command: Command) => {
      // Every problem with the options at once.
      const problems = optionProblems(command);
      if (!isReportFormat(options.format)) problems.push(`unknown format "${options.format}" (expected ${REPORT_FORMATS.join(', ')})`);
      if (!SEVERITIES.includes(options.minSeverity)) problems.push(`unknown severity "${options.minSeverity}" (expected ${SEVERITIES.join(', ')})`);
      const { checkRegistry, exitCodeOf, CHECKS, STALE_VERDICT } = await import('../check.js');
      const ids = [...CHECKS.map((c) => c.meta.id), STALE_VERDICT.id];
      for (const id of options.check ?? []) if (!ids.includes(id)) problems.push(`unknown check "${id}"${didYouMean(id, ids)} (see docs/checks/)`);
      const changes = await changedSince(options.changedSince, problems);
      // The config file (docs/config.md): what is typed here wins over it.
      const { commandSettings } = await import('../config/cli.js');
      const { settings, problems: configProblems } = await commandSettings(command, options);
      stopOnProblems(problems, configProblems);
      const typedPaths = command.args.length > 0;
      const progress = startProgress(options.format);
      const { report: all } = progress.around(() =>
        checkRegistry({
          paths: typedPaths ? paths : [settings.registry],
          minSeverity: settings.minSeverity,
          checks: settings.checks,
          severities: settings.severities,
          ignore: settings.ignoreFile,
          strict: options.strict === true,
          onProgress: progress.update,
        }),
      );
      const report = await onChangedLines(all, changes);
      await writeReport(report, options.format as (typeof REPORT_FORMATS)[number], options.color ? undefined : false);
      process.exitCode = exitCodeOf(report);
    },
  );
}
