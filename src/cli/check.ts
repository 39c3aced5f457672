/** `darien check [paths...]`: wiring only; the work is checkRegistry() and the formatters. */
import type { Command } from 'commander';
import type { Severity } from '../checks/types.js';
import { optionProblems, outputSettings, UsageError, writeOut } from './io.js';

const SEVERITIES = ['error', 'warning', 'info'];
const FORMATS = ['table', 'json'];

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('cross-check the claims registry and print every conflict')
    .argument('[paths...]', 'registry files or folders', ['claims'])
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('--min-severity <level>', `lowest severity to show: ${SEVERITIES.join(', ')}`, 'warning')
    .option('--check <ids...>', 'run only these checks')
    .option('--strict', "ignore the registry's verdicts: every conflict counts, settled or not")
    .option('--no-color', 'no colour even on a terminal')
    .action(async (paths: string[], options: { format: string; minSeverity: string; check?: string[]; strict?: boolean; color: boolean }, command: Command) => {
      // Every problem with the options at once.
      const problems = optionProblems(command);
      if (!FORMATS.includes(options.format)) problems.push(`unknown format "${options.format}" (expected ${FORMATS.join(', ')})`);
      if (!SEVERITIES.includes(options.minSeverity)) problems.push(`unknown severity "${options.minSeverity}" (expected ${SEVERITIES.join(', ')})`);
      const { checkRegistry, exitCodeOf, CHECKS } = await import('../check.js');
      const unknown = (options.check ?? []).filter((id) => !CHECKS.some((c) => c.meta.id === id));
      if (unknown.length > 0) problems.push(`unknown check ${unknown.join(', ')} (see docs/checks/)`);
      if (problems.length > 0) throw new UsageError(problems);
      const { report } = checkRegistry({ paths, minSeverity: options.minSeverity as Severity, checks: options.check, strict: options.strict === true });
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
    });
}
