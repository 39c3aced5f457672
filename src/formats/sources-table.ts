/**
 * `darien sources` for the terminal: for each metric and period, the claims that state the figure,
 * those consistent with it and those that contradict it; then the same number meaning other things;
 * then a citation line per source. A pure function of the result and the terminal's width.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { ClaimView } from '../editors/claim-view.js';
import type { Lookalike, SourcesGroup, SourcesResult } from '../editors/sources.js';
import { formatNumber } from '../model/figure.js';
import { wrapIndented, wrapText } from '../text/wrap.js';
import { claimTable, periodCell, terminalText, type EditorFormatOptions } from './claim-cells.js';
import { renderBox } from './box.js';
import { columnWidths } from './table.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "darien-crossings · 2023 · people"; shared with the markdown format. */
export function groupTitle(group: Pick<SourcesGroup, 'metric' | 'period' | 'unit' | 'per' | 'comparison'>): string {
  const unit = `${group.unit}${group.per ? ` per ${group.per}` : ''}`;
  return [group.metric, group.period ?? 'period unknown', unit, group.comparison].filter((part) => part !== null).join(' · ');
}

export function lookalikeTitle(lookalike: Lookalike): string {
  return groupTitle({ ...lookalike, period: null }).replace(' · period unknown', '');
}

export function queryLine(result: SourcesResult): string {
  const q = result.query;
  const unit = [q.unit, q.per ? `per ${q.per}` : null].filter((x) => x !== null).join(' ');
  const filters = [result.filters.metric ? `metric ${result.filters.metric}` : null, result.filters.period ? `period inside ${result.filters.period}` : null].filter((x) => x !== null);
  // "= 12,345" would only repeat the value; an interval says how far the figure reaches.
  const range = q.range === `= ${formatNumber(q.value)}` ? '' : ` (${q.range})`;
  return `"${q.text}" read as ${formatNumber(q.value)}${unit ? ` ${unit}` : ''}${range}${filters.length > 0 ? `; ${filters.join(', ')}` : ''}`;
}

function section(title: string, claims: readonly ClaimView[], options: EditorFormatOptions, chalk: ChalkInstance, paint: (text: string) => string): string {
  if (claims.length === 0) return `${paint(title)}: none\n`;
  return `${paint(`${title} (${plural(claims.length, 'claim')})`)}\n${claimTable(claims, options, chalk)}\n`;
}

function groupBlock(group: SourcesGroup, options: EditorFormatOptions, chalk: ChalkInstance): string {
  // The metric id and what it counts are the registry's text: the title line starts with darien's
  // word for it, and the description is indented, so that neither starts a line.
  const heading = `${chalk.bold(`metric ${terminalText(groupTitle(group))}`)}\n${chalk.dim(wrapIndented(terminalText(group.counts), Math.max(options.width, 40)).join('\n'))}`;
  return [
    `${heading}\n`,
    section('States it', group.states, options, chalk, (t) => chalk.green.bold(t)),
    section('Consistent with it (same metric and period, intervals overlap)', group.consistent, options, chalk, (t) => chalk.bold(t)),
    section('Contradicts it (same metric and period, intervals do not overlap)', group.contradicts, options, chalk, (t) => chalk.red.bold(t)),
  ].join('\n');
}

function lookalikeBlock(result: SourcesResult, options: EditorFormatOptions, chalk: ChalkInstance): string {
  const count = result.lookalikes.length;
  const heading = chalk.yellow.bold(
    count > 1
      ? `Lookalikes: ${formatNumber(result.query.value)} is stated for ${count} different things; do not take one for another`
      : `Lookalikes: ${formatNumber(result.query.value)} is also stated for another thing`,
  );
  const widths = columnWidths(options.width);
  const rows = result.lookalikes.flatMap((lookalike) => {
    const what = `${terminalText(lookalikeTitle(lookalike))}\n${terminalText(lookalike.counts)}${lookalike.shown ? '' : '\n(left out above by --metric/--period)'}`;
    return lookalike.claims.map((claim, row) =>
      [terminalText(claim.figure), periodCell(claim), `${terminalText(claim.source.id)} (${claim.source.kind})`, row === 0 ? what : ''].map((cell, i) => wrapText(cell, widths[i]!)),
    );
  });
  const table = renderBox(['figure', 'period', 'source', 'what it counts'], rows, { widths, chalk });
  return `${heading}\n${table}\n`;
}

function citationBlock(result: SourcesResult, chalk: ChalkInstance): string {
  // One line each, never wrapped: they are for copying. Indented under their heading: a source id
  // is the registry's text, and no line starts with that.
  const lines = result.citations.map((c) => `  ${chalk.dim(`${terminalText(c.sourceId)}:`)} ${terminalText(c.citation)}`);
  return `${chalk.bold('Citations')}\n${lines.join('\n')}\n`;
}

export function formatSourcesTable(result: SourcesResult, options: EditorFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks: string[] = [`${chalk.bold('darien sources')} ${terminalText(queryLine(result))}\n`];
  if (result.groups.length === 0) {
    blocks.push(`No claim states ${terminalText(`"${result.query.text}"`)}${result.filters.metric ? ` for ${terminalText(result.filters.metric)}` : ''}${result.filters.period ? ` inside ${result.filters.period}` : ''}.\n`);
    if (result.nearest.length > 0) {
      const scope = result.filters.metric ? `for ${terminalText(result.filters.metric)}` : 'of any metric';
      blocks.push(`${chalk.bold(`Nearest figures ${scope}`)}\n${claimTable(result.nearest, options, chalk)}\n`);
    }
  }
  for (const group of result.groups) blocks.push(groupBlock(group, options, chalk));
  if (result.lookalikes.length > 0) blocks.push(lookalikeBlock(result, options, chalk));
  if (result.citations.length > 0) blocks.push(citationBlock(result, chalk));
  return blocks.join('\n');
}
