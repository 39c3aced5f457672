/** `darien sources <figure>`: wiring only; the work is readQuery(), findSources() and the formatters. */
import type { Command } from 'commander';
import { withConfigOptions } from '../config/options.js';
import { optionProblems, outputSettings, readerConfig, terminalOutput, UsageError, writeOut } from './io.js';

const FORMATS = ['table', 'json', 'markdown'];

interface SourcesOptions {
  metric?: string;
  period?: string;
  registry: string;
  format: string;
  color: boolean;
}

export function registerSources(program: Command): void {
  withConfigOptions(
    program
      .command('sources')
      .description('who states a figure, in which words, for which period, citing whom, and who says otherwise')
      .argument('<figure...>', 'the figure as written: 11,363, "half a million", 500k, 99%, "140 per day"')
      .option('--metric <id>', 'only claims of this metric')
      .option('--period <iso>', 'only claims whose period lies inside this one (2023, 2024-07, 2024-07-01/2024-07-17)')
      .option('--registry <path>', 'the claims registry', 'claims')
      .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
      .option('--no-color', 'no colour even on a terminal'),
  ).action(async (words: string[], options: SourcesOptions, command: Command) => {
    const problems = optionProblems(command);
    // The config file's registry unless --registry is typed (docs/config.md).
    const settings = await readerConfig(command, options, problems);
    if (!FORMATS.includes(options.format)) problems.push(`unknown format "${options.format}" (expected ${FORMATS.join(', ')})`);
    const { readQuery, readFilters, findSources, loadRegistry } = await import('../editors/index.js');
    const text = words.join(' ');
    const query = readQuery(text);
    if (!query) problems.push(`cannot read "${text}" as a figure (write it as 11,363, "half a million", 500k, "3 million", 99% or "140 per day")`);
    const registry = loadRegistry({ paths: [options.registry], ignore: settings.ignoreFile });
    const filters = readFilters(registry, { metric: options.metric, period: options.period });
    if (!filters.ok) problems.push(filters.problem);
    if (problems.length > 0 || !filters.ok || !query) throw new UsageError(problems);
    const result = findSources(registry, query, filters.filters);
    if (options.format === 'json') {
      const { formatSourcesJson } = await import('../formats/sources-json.js');
      writeOut(formatSourcesJson(result, outputSettings(process.stdout, process.env)));
    } else if (options.format === 'markdown') {
      const { formatSourcesMarkdown } = await import('../formats/sources-markdown.js');
      writeOut(formatSourcesMarkdown(result));
    } else {
      const { formatSourcesTable } = await import('../formats/sources-table.js');
      writeOut(formatSourcesTable(result, await terminalOutput(options.color ? undefined : false)));
    }
    // Finding nothing is an answer, not a failure.
    process.exitCode = 0;
  });
}
