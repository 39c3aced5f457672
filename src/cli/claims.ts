/** `darien claims`: wiring only; the work is listClaims() and the formatters. */
import type { Command } from 'commander';
import { withConfigOptions } from '../config/options.js';
import { optionProblems, outputSettings, readerConfig, terminalOutput, UsageError, writeOut } from './io.js';

const FORMATS = ['table', 'json', 'markdown'];

interface ClaimsOptions {
  metric?: string;
  source?: string;
  period?: string;
  registry: string;
  format: string;
  color: boolean;
}

export function registerClaims(program: Command): void {
  withConfigOptions(
    program
      .command('claims')
      .description('list the claims in the registry, by metric and then period')
      .option('--metric <id>', 'only claims of this metric')
      .option('--source <name>', 'only claims from this source id, outlet or attribution ("Associated Press")')
      .option('--period <iso>', 'only claims whose period lies inside this one (2023, 2024-07, 2024-07-01/2024-07-17)')
      .option('--registry <path>', 'the claims registry', 'claims')
      .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
      .option('--no-color', 'no colour even on a terminal'),
  ).action(async (options: ClaimsOptions, command: Command) => {
    const problems = optionProblems(command);
    // The config file's registry unless --registry is typed (docs/config.md).
    const settings = await readerConfig(command, options, problems);
    if (!FORMATS.includes(options.format)) problems.push(`unknown format "${options.format}" (expected ${FORMATS.join(', ')})`);
    const { readFilters, listClaims, loadRegistry } = await import('../editors/index.js');
    const registry = loadRegistry({ paths: [options.registry], ignore: settings.ignoreFile });
    const filters = readFilters(registry, { metric: options.metric, source: options.source, period: options.period });
    if (!filters.ok) problems.push(filters.problem);
    if (problems.length > 0 || !filters.ok) throw new UsageError(problems);
    const listing = listClaims(registry, filters.filters);
    if (options.format === 'json') {
      const { formatClaimsJson } = await import('../formats/claims-json.js');
      writeOut(formatClaimsJson(listing, outputSettings(process.stdout, process.env)));
    } else if (options.format === 'markdown') {
      const { formatClaimsMarkdown } = await import('../formats/claims-markdown.js');
      writeOut(formatClaimsMarkdown(listing));
    } else {
      const { formatClaimsTable } = await import('../formats/claims-table.js');
      writeOut(formatClaimsTable(listing, await terminalOutput(options.color ? undefined : false)));
    }
    process.exitCode = 0;
  });
}
