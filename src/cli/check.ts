/** `darien check [paths...]`: wiring only; the work is checkRegistry() and the formatters. */
import type { Command } from 'commander';
import { withConfigOptions } from '../config/options.js';
import { optionProblems, outputSettings, stopOnProblems, writeOut } from './io.js';
import { startProgress } from './progress.js';

const SEVERITIES = ['error', 'warning', 'info'];
const FORMATS = ['table', 'json'];

export function registerCheck(program: Command): void {
  const command = program
    .command('check')
    .description('cross-check the claims registry and print every conflict')
    .argument('[paths...]', 'registry files or folders', ['claims'])
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('--min-severity <level>', `lowest severity to show: ${SEVERITIES.join(', ')}`, 'warning')
    .option('--check <ids...>', 'run only these checks')
    .option('--strict', "ignore the registry's verdicts: every conflict counts, settled or not")
    .option('--no-color', 'no colour even on a terminal');
  withConfigOptions(command).action(
    async (paths: string[], options: { format: string; minSeverity: string; check?: string[]; strict?: boolean; color: boolean; config?: string | boolean }, command: Command) => {
      // Every problem with the options at once.
      const problems = optionProblems(command);
      if (!FORMATS.includes(options.format)) problems.push(`unknown format "${options.format}" (expected ${FORMATS.join(', ')})`);
      if (!SEVERITIES.includes(options.minSeverity)) problems.push(`unknown severity "${options.minSeverity}" (expected ${SEVERITIES.join(', ')})`);
      const { checkRegistry, exitCodeOf, CHECKS } = await import('../check.js');
      const { didYouMean } = await import('../registry/suggest.js');
      const ids = CHECKS.map((c) => c.meta.id);
      for (const id of options.check ?? []) if (!ids.includes(id)) problems.push(`unknown check "${id}"${didYouMean(id, ids)} (see docs/checks/)`);
      // The config file (docs/config.md): what is typed here wins over it.
      const { commandSettings } = await import('../config/cli.js');
      const { settings, problems: configProblems } = await commandSettings(command, options);
      stopOnProblems(problems, configProblems);
      const typedPaths = command.args.length > 0;
      const progress = startProgress(options.format);
      const { report } = progress.around(() =>
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
      if (options.format === 'json') {
        const { formatJson } = await import('../formats/json.js');
        writeOut(formatJson(report, outputSettings(process.stdout, process.env)));
      } else {
        const { formatTable } = await import('../formats/table.js');
        const { painter } = await import('../formats/paint.js');
        const { width, color } = outputSettings(process.stdout, process.env, options.color ? undefined : false);
        writeOut(formatTable(report, { width, chalk: await painter(color) }));
      }
      process.exitCode = exitCodeOf(report);
    },
  );
}
