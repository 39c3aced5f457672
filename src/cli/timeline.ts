/**
 * `darien timeline <metric> [--format text|svg|html]`: wiring only; the work is buildTimeline() and
 * a formatter: formatTimeline() for the terminal, renderTimelineSvg() and timelineHtml() for a
 * chart. Vega is loaded only for svg and html.
 */
import type { Command } from 'commander';
import { withConfigOptions } from '../config/options.js';
import { optionProblems, readerConfig, terminalOutput, UsageError, writeOut } from './io.js';

const FORMATS = ['text', 'svg', 'html'] as const;

interface TimelineOptions {
  registry: string;
  color: boolean;
  format: string;
}

export function registerTimeline(program: Command): void {
  withConfigOptions(
    program
      .command('timeline')
      .description('chart one metric over time: each claim\'s period as a bar, conflicts marked; as text, SVG or HTML')
      .argument('<metric>', 'a metric id from the catalogue, e.g. darien-crossings')
      .option('--registry <path>', 'the claims registry', 'claims')
      .option('--format <format>', 'text (the terminal), svg (a chart of values over time) or html (the chart and its claims, one file)', 'text')
      .option('--no-color', 'no colour even on a terminal'),
  ).action(async (metric: string, options: TimelineOptions, command: Command) => {
    const problems = optionProblems(command);
    // The config file's registry unless --registry is typed (docs/config.md).
    const settings = await readerConfig(command, options, problems);
    if (!(FORMATS as readonly string[]).includes(options.format)) problems.push(`--format must be text, svg or html, not "${options.format}"`);
    const { readFilters, buildTimeline, loadRegistry } = await import('../editors/index.js');
    const registry = loadRegistry({ paths: [options.registry], ignore: settings.ignoreFile });
    const filters = readFilters(registry, { metric });
    if (!filters.ok) problems.push(filters.problem);
    if (problems.length > 0) throw new UsageError(problems);
    // Each claim's standing verdict, marked on the chart (a stale one, whose figure changed, is not).
    const { currentVerdicts } = await import('../verdicts/current.js');
    const standing = currentVerdicts(registry);
    const timeline = buildTimeline(registry, metric, undefined, (id) => {
      const verdict = standing.get(id);
      return verdict ? { rating: verdict.rating, by: verdict.by, date: verdict.date } : null;
    });
    if (options.format === 'text') {
      const { formatTimeline } = await import('../formats/timeline.js');
      writeOut(formatTimeline(timeline, await terminalOutput(options.color ? undefined : false)));
    } else {
      const { renderTimelineSvg, timelineHtml } = await import('../formats/timeline-svg.js');
      const svg = await renderTimelineSvg(timeline);
      writeOut(options.format === 'svg' ? svg : timelineHtml(timeline, svg));
    }
    process.exitCode = 0;
  });
}
