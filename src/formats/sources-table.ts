/**
 * `darien sources` for the terminal: for each metric and period, the claims that state the figure,
 * those consistent with it and those that contradict it; then the same number meaning other things;
 * then a citation line per source. A pure function of the result and the terminal's width.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { ClaimView } from '../editors/claim-view.js';
import type { Lookalike, SourcesGroup, SourcesResult } from '../editors/sources.js';
import { formatNumber } from '../model/figure.js';
import { wrapIndented } from '../text/wrap.js';
import { claimTable, ownLines, periodCell, terminalText, type EditorFormatOptions } from './claim-cells.js';
import { readableWidth, tableOrCards } from './table.js';

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
  if (claims.length === 0) return `${ownLines(`${title}: none`, options.width, paint)}\n`;
  return `${ownLines(`${title} (${plural(claims.length, 'claim')})`, options.width, paint)}\n${claimTable(claims, options, chalk)}\n`;
}

function groupBlock(group: SourcesGroup, options: EditorFormatOptions, chalk: ChalkInstance): string {
  // The metric id and what it counts are the registry's text: the title line starts with darien's
  // word for it, and the description is indented, so that neither starts a line.
  const heading = `${ownLines(`metric ${terminalText(groupTitle(group))}`, options.width, (t) => chalk.bold(t))}\n${chalk.dim(wrapIndented(terminalText(group.counts), readableWidth(options.width)).join('\n'))}`;
  return [
    `${heading}\n`,
    section('States it', group.states, options, chalk, (t) => chalk.green.bold(t)),
    section('Consistent with it (same metric and period, intervals overlap)', group.consistent, options, chalk, (t) => chalk.bold(t)),
    section('Contradicts it (same metric and period, intervals do not overlap)', group.contradicts, options, chalk, (t) => chalk.red.bold(t)),
  ].join('\n');
}

function lookalikeBlock(result: SourcesResult, options: EditorFormatOptions, chalk: ChalkInstance): string {
  const count = result.lookalikes.length;
  const heading =
    count > 1
      ? `Lookalikes: ${formatNumber(result.query.value)} is stated for ${count} different things; do not take one for another`
      : `Lookalikes: ${formatNumber(result.query.value)} is also stated for another thing`;
  const cells = result.lookalikes.flatMap((lookalike) => {
    const what = `${terminalText(lookalikeTitle(lookalike))}\n${terminalText(lookalike.counts)}${lookalike.shown ? '' : '\n(left out above by --metric/--period)'}`;
    // What a lookalike counts is given once, beside its first claim.
    return lookalike.claims.map((claim, row) => [terminalText(claim.figure), periodCell(claim), `${terminalText(claim.source.id)} (${claim.source.kind})`, row === 0 ? what : '']);
  });
  const table = tableOrCards(['figure', 'period', 'source', 'what it counts'], cells, readableWidth(options.width), chalk);
  return `${ownLines(heading, options.width, (t) => chalk.yellow.bold(t))}\n${table}\n`;
}

function citationBlock(result: SourcesResult, chalk: ChalkInstance): string {
  // One line each, never wrapped: they are for copying. Indented under their heading: a source id
  // is the registry's text, and no line starts with that.
  const lines = result.citations.map((c) => `  ${chalk.dim(`${terminalText(c.sourceId)}:`)} ${terminalText(c.citation)}`);
  return `${chalk.bold('Citations')}\n${lines.join('\n')}\n`;
}

export function formatSourcesTable(result: SourcesResult, options: EditorFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  // The command's name in bold: the first line always starts with it, as its two words fit any width.
  const name = 'darien sources';
  const query = ownLines(`${name} ${terminalText(queryLine(result))}`, options.width, (line, i) => (i === 0 ? `${chalk.bold(name)}${line.slice(name.length)}` : line));
  const blocks: string[] = [`${query}\n`];
  if (result.groups.length === 0) blocks.push(...noMatchBlocks(result, options, chalk));
  for (const group of result.groups) blocks.push(groupBlock(group, options, chalk));
  if (result.lookalikes.length > 0) blocks.push(lookalikeBlock(result, options, chalk));
  if (result.citations.length > 0) blocks.push(citationBlock(result, chalk));
  return blocks.join('\n');
}

/** No claim states the figure: says so, then the nearest figures, if any. */
function noMatchBlocks(result: SourcesResult, options: EditorFormatOptions, chalk: ChalkInstance): string[] {
  const { metric, period } = result.filters;
  const blocks = [`${ownLines(`No claim states ${terminalText(`"${result.query.text}"`)}${metric ? ` for ${terminalText(metric)}` : ''}${period ? ` inside ${period}` : ''}.`, options.width)}\n`];
  if (result.nearest.length > 0) {
    const scope = metric ? `for ${terminalText(metric)}` : 'of any metric';
    blocks.push(`${ownLines(`Nearest figures ${scope}`, options.width, (t) => chalk.bold(t))}\n${claimTable(result.nearest, options, chalk)}\n`);
  }
  return blocks;
}
