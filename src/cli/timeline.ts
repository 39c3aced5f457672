/** `darien timeline <metric>`: wiring only; the work is buildTimeline() and formatTimeline(). */
import type { Command } from 'commander';
import { optionProblems, terminalOutput, UsageError, writeOut } from './io.js';

interface TimelineOptions {
  registry: string;
  color: boolean;
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('chart one metric over time: each claim\'s period as a bar, conflicts marked')
    .argument('<metric>', 'a metric id from the catalogue, e.g. darien-crossings')
    .option('--registry <path>', 'the claims registry', 'claims')
    .option('--no-color', 'no colour even on a terminal')
    .action(async (metric: string, options: TimelineOptions, command: Command) => {
      const problems = optionProblems(command);
      const { readFilters, buildTimeline, loadRegistry } = await import('../editors/index.js');
      const registry = loadRegistry({ paths: [options.registry] });
      const filters = readFilters(registry, { metric });
      if (!filters.ok) problems.push(filters.problem);
      if (problems.length > 0) throw new UsageError(problems);
      const { formatTimeline } = await import('../formats/timeline.js');
      writeOut(formatTimeline(buildTimeline(registry, metric), await terminalOutput(options.color ? undefined : false)));
      process.exitCode = 0;
    });
}
