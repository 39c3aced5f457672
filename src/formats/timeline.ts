/**
 * `darien timeline` in the terminal: one row per claim, its period drawn as a bar (├──◆──┤) on a
 * time axis shared by every section, its value and source as text in columns beside the chart. The mark says what kind of
 * source it is (● article, ◆ reference); a claim in a conflict is flagged `!` and numbered, so the
 * chart reads the same without colour. A pure function of the model, the width and colour.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Timeline, TimelineRow, TimelineSection } from '../editors/timeline.js';
import { dayNumber, isoDay } from '../model/period.js';
import { textWidth, wrapHanging, wrapIndented } from '../text/wrap.js';
import { terminalText, type EditorFormatOptions } from './claim-cells.js';

export const MARKS = { article: '●', reference: '◆' } as const;

const MIN_CHART = 24;
/** Below this the value and source columns cannot shrink enough to leave the chart its room. */
const MIN_WIDTH = MIN_CHART + 30;

type Style = 'plain' | 'grid' | 'reference' | 'conflict';

interface Cell {
  char: string;
  style: Style;
}

interface Axis {
  readonly start: number;
  readonly days: number;
  readonly columns: number;
  readonly ticks: ReadonlyArray<{ column: number; label: string }>;
}

function yearOf(day: number): number {
  return Number(isoDay(day).slice(0, 4));
}

function monthOf(day: number): number {
  return Number(isoDay(day).slice(5, 7));
}

export function columnOf(axis: Axis, day: number): number {
  const column = Math.floor(((day - axis.start) * axis.columns) / axis.days);
  return Math.max(0, Math.min(axis.columns - 1, column));
}

/**
 * Whole years when the claims span two years or more, whole months otherwise; ticks as dense as
 * their labels allow.
 */
export function buildAxis(start: number, end: number, columns: number): Axis {
  const firstYear = yearOf(start);
  const lastYear = yearOf(end);
  const byYear = lastYear - firstYear >= 1;
  const from = byYear ? dayNumber(firstYear, 1, 1) : dayNumber(firstYear, monthOf(start), 1);
  const to = byYear ? dayNumber(lastYear, 12, 31) : dayNumber(lastYear, monthOf(end) + 1, 1) - 1;
  const base = { start: from, days: to - from + 1, columns, ticks: [] as Array<{ column: number; label: string }> };
  const candidates: Array<{ day: number; label: string }> = [];
  if (byYear) {
    for (let year = firstYear; year <= lastYear; year++) candidates.push({ day: dayNumber(year, 1, 1), label: String(year) });
  } else {
    for (let day = from; day <= to; ) {
      const year = yearOf(day);
      const month = monthOf(day);
      candidates.push({ day, label: `${year}-${String(month).padStart(2, '0')}` });
      day = month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1);
    }
  }
  const labelWidth = candidates[0]?.label.length ?? 4;
  const perTick = candidates.length > 1 ? columns / candidates.length : columns;
  const step = [1, 2, 3, 5, 10, 20, 50].find((s) => s * perTick >= labelWidth + 1) ?? candidates.length;
  const ticks = candidates
    .filter((_, i) => i % step === 0)
    .map(({ day, label }) => ({ column: columnOf(base, day), label }))
    .filter((tick) => tick.column + tick.label.length <= columns);
  return { ...base, ticks };
}

function blankRow(axis: Axis): Cell[] {
  const cells: Cell[] = Array.from({ length: axis.columns }, () => ({ char: ' ', style: 'plain' as Style }));
  for (const tick of axis.ticks) cells[tick.column] = { char: '·', style: 'grid' };
  return cells;
}

function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  let out = '';
  for (const char of text) {
    if (textWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** The value as darien reads it: "29,289" for "29.289", "500,000 – 550,000" for "over half a million". */
function valueText(row: TimelineRow): string {
  if (row.range === null) return terminalText(row.figure);
  return terminalText(row.range.startsWith('= ') ? row.range.slice(2) : row.range);
}

function flagText(row: TimelineRow): string {
  return row.conflicts.length > 0 ? `!${row.conflicts.join(',')}` : '';
}

/** The text columns beside the chart, most needed first; the rest are shown when there is room. */
interface Column {
  readonly name: string;
  readonly text: (row: TimelineRow) => string;
  readonly max: number;
}

const COLUMNS: readonly Column[] = [
  { name: 'value', text: valueText, max: 21 },
  // Room for the registry's ids ("ref-isacson-snm-monthly", "ref-aljazeera-2025-01-03") whole on a
  // wide terminal; a narrow one still gives the source way first (layoutFor).
  { name: 'source', text: (row) => terminalText(row.sourceId), max: 26 },
  { name: 'period', text: (row) => terminalText(row.period ?? 'unknown'), max: 21 },
  { name: 'as written', text: (row) => terminalText(row.figure), max: 24 },
];

const IDEAL_CHART = 40;

interface Layout {
  readonly flag: number;
  readonly columns: ReadonlyArray<{ column: Column; width: number }>;
  readonly chart: number;
}

export function layoutFor(rows: readonly TimelineRow[], width: number): Layout {
  const flag = Math.max(1, ...rows.map((row) => flagText(row).length));
  const fixed = flag + 1 + 2; // flag, a space, the mark and a space
  const sized = COLUMNS.map((column) => ({ column, width: Math.min(column.max, Math.max(column.name.length, ...rows.map((row) => textWidth(column.text(row))))) }));
  const columns: Array<{ column: Column; width: number }> = [];
  let used = fixed;
  for (const entry of sized) {
    // Value and source always; period and the words as written only while the chart keeps its room.
    if (columns.length >= 2 && width - used - entry.width - 1 < IDEAL_CHART) break;
    columns.push(entry);
    used += entry.width + 1;
  }
  // A narrow terminal: the source, then the value, give way before the chart does.
  for (const [index, least] of [[1, 8], [0, 9]] as const) {
    const entry = columns[index]!;
    const give = Math.min(entry.width - least, MIN_CHART - (width - used));
    if (give > 0) {
      columns[index] = { ...entry, width: entry.width - give };
      used -= give;
    }
  }
  return { flag, columns, chart: Math.max(MIN_CHART, width - used) };
}

function pad(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - textWidth(cut)));
}

function place(cells: Cell[], column: number, text: string, style: Style): void {
  let at = column;
  for (const char of text) {
    if (at >= cells.length) break;
    cells[at] = { char, style };
    at += Math.max(1, textWidth(char));
  }
}

function drawBar(row: TimelineRow, axis: Axis, periodShown: boolean): Cell[] {
  const cells = blankRow(axis);
  const conflict = row.conflicts.length > 0;
  const style: Style = conflict ? 'conflict' : row.sourceKind === 'reference' ? 'reference' : 'plain';
  const mark = MARKS[row.sourceKind];
  if (row.start === null || row.end === null) {
    if (!periodShown) place(cells, 0, 'period unknown', 'grid');
    return cells;
  }
  const from = columnOf(axis, row.start);
  const to = Math.max(from, columnOf(axis, row.end));
  const middle = Math.floor((from + to) / 2);
  for (let column = from; column <= to; column++) {
    const char = column === middle ? mark : column === from ? '├' : column === to ? '┤' : '─';
    cells[column] = { char, style };
  }
  return cells;
}

function paintCells(cells: readonly Cell[], chalk: ChalkInstance): string {
  const paint: Record<Style, (text: string) => string> = {
    plain: (t) => t,
    grid: (t) => chalk.dim(t),
    reference: (t) => chalk.cyan(t),
    conflict: (t) => chalk.red.bold(t),
  };
  let out = '';
  let run = '';
  let style: Style = 'plain';
  for (const cell of cells) {
    if (cell.style !== style && run !== '') {
      out += paint[style](run);
      run = '';
    }
    style = cell.style;
    run += cell.char;
  }
  return (out + paint[style](run)).trimEnd();
}

function axisLines(axis: Axis, indent: string, chalk: ChalkInstance): string[] {
  const labels = Array.from({ length: axis.columns }, () => ' ');
  const rule = Array.from({ length: axis.columns }, () => '─');
  let free = 0;
  for (const tick of axis.ticks) {
    rule[tick.column] = '┬';
    if (tick.column < free) continue;
    for (let i = 0; i < tick.label.length && tick.column + i < axis.columns; i++) labels[tick.column + i] = tick.label[i]!;
    free = tick.column + tick.label.length + 1;
  }
  return [`${indent}${chalk.dim(labels.join('').trimEnd())}`, `${indent}${chalk.dim(rule.join(''))}`];
}

function sectionTitle(section: TimelineSection): string {
  const unit = section.unit ? ` · ${section.unit}` : '';
  return `${section.title} · ${section.metric}${unit}`;
}

export function formatTimeline(timeline: Timeline, options: EditorFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(options.width, MIN_WIDTH);
  const out: string[] = [
    `${chalk.bold(`darien timeline ${terminalText(timeline.metric)}`)}`,
    // What the metric counts is the registry's text: indented, as every line of quoted text is.
    ...wrapIndented(terminalText(timeline.counts), width).map((line) => chalk.dim(line)),
    '',
  ];
  if (timeline.sections.length === 0) return `${out.join('\n')}No claims for this metric.\n`;
  // One layout and one axis for every section, so that the same day is the same column throughout.
  const layout = layoutFor(timeline.sections.flatMap((section) => section.rows), width);
  const start = timeline.start ?? 0;
  const axis = buildAxis(start, timeline.end ?? start, layout.chart);
  const periodShown = layout.columns.some(({ column }) => column.name === 'period');
  const heading = `${' '.repeat(layout.flag + 3)}${layout.columns.map(({ column, width: w }) => pad(column.name, w)).join(' ')} `;
  for (const section of timeline.sections) {
    out.push(chalk.bold(terminalText(sectionTitle(section))));
    const [labels, rule] = axisLines(axis, '', chalk);
    out.push(`${chalk.dim(heading)}${labels}`, `${' '.repeat(heading.length)}${rule}`);
    for (const row of section.rows) {
      const conflict = row.conflicts.length > 0;
      const paint = (text: string) => (conflict ? chalk.red.bold(text) : text);
      const mark = row.sourceKind === 'reference' && !conflict ? chalk.cyan(MARKS.reference) : paint(MARKS[row.sourceKind]);
      const text = layout.columns.map(({ column, width: w }) => pad(column.text(row), w)).join(' ');
      out.push(`${paint(flagText(row).padEnd(layout.flag))} ${mark} ${paint(text)} ${paintCells(drawBar(row, axis, periodShown), chalk)}`.trimEnd());
    }
    out.push('');
  }
  out.push(`${MARKS.article} article  ${chalk.cyan(MARKS.reference)} reference  ├─┤ the period a figure covers  ${chalk.red.bold('!n')} in conflict n below`);
  if (timeline.conflicts.length > 0) {
    out.push('', chalk.bold('Conflicts'));
    for (const conflict of timeline.conflicts) {
      const lines = wrapHanging(`!${conflict.number} ${terminalText(`${conflict.check}: ${conflict.message}`)}`, width);
      out.push(...lines.map((line) => chalk.red(line)));
    }
  }
  return `${out.join('\n')}\n`;
}
