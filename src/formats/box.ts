/**
 * A box-drawn table of pre-wrapped cells, the layout cli-table3 draws. `darien check` uses this
 * rather than cli-table3 because cli-table3 measures each cell seven times per drawn line with a
 * regex-heavy width function: 35–45 ms for the bundled registry's tables, a quarter of the
 * command's start-up budget (2.5 × `node -e 0`). Here each line is measured once.
 */
import type { ChalkInstance } from 'chalk';
import { textWidth } from '../text/wrap.js';

export interface BoxOptions {
  /** Content width of each column, without padding. */
  readonly widths: readonly number[];
  readonly chalk: ChalkInstance;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

function rule(widths: readonly number[], left: string, middle: string, right: string): string {
  return left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right;
}

/** `rows`: each row is its cells, each cell its lines. Rows are separated by a blank line. */
export function renderBox(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<readonly string[]>>, options: BoxOptions): string {
  const { widths, chalk } = options;
  const border = (text: string) => chalk.grey(text);
  const line = (cells: readonly string[], style: (text: string) => string = (t) => t) =>
    border('│') + cells.map((cell, i) => ` ${style(pad(cell, widths[i]!))} `).join(border('│')) + border('│');
  const out = [border(rule(widths, '┌', '┬', '┐')), line(head, (t) => chalk.bold(t)), border(rule(widths, '├', '┼', '┤'))];
  rows.forEach((row, index) => {
    if (index > 0) out.push(line(widths.map(() => '')));
    const height = Math.max(...row.map((cell) => cell.length));
    for (let i = 0; i < height; i++) out.push(line(row.map((cell) => cell[i] ?? '')));
  });
  out.push(border(rule(widths, '└', '┴', '┘')));
  return out.join('\n');
}

/** How far a card's field lines are indented: two past its heading, which is indented two. */
export const CARD_INDENT = '    ';

/**
 * The same cells as cards, for a width too narrow for columns: each row a card, each field its
 * heading and then its lines, wrapped by the caller to the width less CARD_INDENT and indented
 * under it (any line of a cell may start with the registry's words, and a line starts with
 * darien's own); a blank line between cards. A field with no text is left out: the lookalikes'
 * "what it counts" is given on the first of a group's rows only, as the table leaves it blank.
 */
export function renderCards(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<readonly string[]>>, chalk: ChalkInstance): string {
  const field = (cell: readonly string[], i: number) =>
    cell.every((line) => line === '') ? [] : [`  ${chalk.bold(head[i]!)}`, ...cell.map((line) => (line === '' ? line : `${CARD_INDENT}${line}`))];
  return rows.map((row) => row.flatMap(field).join('\n')).join('\n\n');
}
