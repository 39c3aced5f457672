/**
 * An official series (a CSV of months or of years, as Panama's SNM and most statistics offices
 * publish them) read into rows of period and figure, and checked the way a fact-checker would
 * before quoting it: every period read, no period twice, no month or year left out, every figure
 * a number, and every total equal to the sum of its parts. Each problem names its cell.
 */
import { isoDay, parsePeriod } from '../model/period.js';
import { sortProblems, type Problem } from '../registry/problems.js';
import type { Cell, CsvRecord, CsvTable } from './csv.js';

export interface SeriesRow {
  /** A month or year of the series, or a total of the months of a year (or of every row). */
  readonly kind: 'part' | 'total';
  /** ISO period: "2021-01", "2021", "2015/2020". */
  readonly period: string;
  readonly start: number;
  readonly end: number;
  /** The period cell as written, and the figure as written. */
  readonly periodCell: Cell;
  readonly figure: Cell;
  readonly value: number;
  readonly record: CsvRecord;
}

export interface SeriesOptions {
  readonly file: string;
  readonly periodColumn: string;
  readonly valueColumn: string;
  /** en: 1,071.5; es: 1.071,5 (as the registry's `language:` says how figures are written). */
  readonly language: 'en' | 'es';
  /** An excerpt of a table may leave months out on purpose; totals are then checked as far as they can be. */
  readonly allowGaps: boolean;
  /** The metric counts things (a flow or a level): each figure is a whole number, never below 0. */
  readonly counts: boolean;
}

export interface Series {
  readonly rows: readonly SeriesRow[];
  readonly problems: readonly Problem[];
  /** Months or years: what a part of this series is. */
  readonly step: 'month' | 'year';
}

const NUMBER = {
  en: /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/,
  es: /^[-−]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/,
};

/** "1,071" → 1071 (en), "1.071" → 1071 (es); null when the cell is not a plain number. */
export function readNumber(text: string, language: 'en' | 'es'): number | null {
  const cell = text.trim();
  if (!NUMBER[language].test(cell)) return null;
  const plain = language === 'en' ? cell.replace(/,/g, '') : cell.replace(/\./g, '').replace(',', '.');
  return Number(plain.replace('−', '-'));
}

const TOTAL = /^(?:total|totals?\s+general|grand\s+total)$/i;

function formatted(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function columnIndex(header: CsvRecord, name: string, option: string, problems: Problem[], file: string): number {
  const index = header.cells.findIndex((cell) => cell.text.trim() === name);
  if (index < 0) {
    const names = header.cells.map((cell) => `"${cell.text.trim()}"`).join(', ');
    problems.push({ file, line: header.line, column: 1, message: `no column "${name}" (${option}) in the header; it has ${names}` });
  }
  return index;
}

interface ReadRow {
  readonly cell: Cell;
  readonly period: string | null;
  readonly total: boolean;
}

/** The period cell: YYYY-MM, YYYY, or "Total". */
function readPeriodCell(cell: Cell, file: string, problems: Problem[]): ReadRow {
  const text = cell.text.trim();
  if (TOTAL.test(text)) return { cell, period: null, total: true };
  if (/^\d{4}(?:-\d{2})?$/.test(text)) {
    try {
      return { cell, period: parsePeriod(text).text, total: false };
    } catch (error) {
      problems.push({ file, line: cell.line, column: cell.column, message: `period: ${(error as Error).message}` });
      return { cell, period: null, total: false };
    }
  }
  const shown = text === '' ? 'an empty cell' : `"${text}"`;
  problems.push({ file, line: cell.line, column: cell.column, message: `period: ${shown} is not a month (YYYY-MM), a year (YYYY) or "Total"` });
  return { cell, period: null, total: false };
}

/**
 * Rows of period and figure, before the series is checked as a whole. A row whose period cannot
 * be read is reported and left out; one whose figure cannot be read is reported and kept with
 * no value, so its period still counts as there (no "gap" where the row stands, a duplicate of it
 * still found).
 */
function readRows(table: CsvTable, options: SeriesOptions, problems: Problem[]): Array<ReadRow & { figure: Cell; value: number | null; record: CsvRecord }> {
  const { file } = options;
  if (!table.header) {
    problems.push({ file, line: 1, column: 1, message: `no rows: expected a header naming the columns "${options.periodColumn}" and "${options.valueColumn}", then a row per period` });
    return [];
  }
  const periodAt = columnIndex(table.header, options.periodColumn, '--period-column', problems, file);
  const valueAt = columnIndex(table.header, options.valueColumn, '--value-column', problems, file);
  if (periodAt < 0 || valueAt < 0) return [];
  // After a syntax error no row is read: that problem says why, and "no rows" would be a second, misleading one.
  if (table.records.length === 0 && table.problems.length === 0) problems.push({ file, line: table.header.line, column: 1, message: 'no rows after the header: nothing to import' });
  const rows = [];
  const width = table.header.cells.length;
  for (const record of table.records) {
    const periodCell = record.cells[periodAt];
    const figure = record.cells[valueAt];
    if (!periodCell || !figure) {
      const last = record.cells[record.cells.length - 1]!;
      problems.push({ file, line: last.line, column: last.column, message: `the row has ${record.cells.length} cell${record.cells.length === 1 ? '' : 's'}: no "${periodCell ? options.valueColumn : options.periodColumn}" cell` });
      continue;
    }
    const read = readPeriodCell(periodCell, file, problems);
    // "2021-01,1,071": a thousands separator left unquoted splits the figure in two, and the row
    // has a cell more than the header. Its figure is not read: "1" would be a wrong number.
    const extra = record.cells[width];
    const value = extra ? null : readNumber(figure.text, options.language);
    if (extra) {
      problems.push({ file, line: extra.line, column: extra.column, message: `the row has ${record.cells.length} cells, the header ${width}: a figure written with a thousands separator must be quoted ("1,071"), or it is read as two cells` });
    } else if (value === null) {
      const shown = figure.text.trim() === '' ? 'an empty cell' : `"${figure.text.trim()}"`;
      const example = options.language === 'en' ? '1,071 or 1071.5' : '1.071 or 1071,5';
      problems.push({ file, line: figure.line, column: figure.column, message: `${options.valueColumn}: ${shown} is not a number (write it as ${example}; --language ${options.language})` });
    } else if (options.counts && (value < 0 || !Number.isInteger(value))) {
      const reading = options.language === 'en' ? 'with --language en, "1.071" is one and 71 thousandths' : 'with --language es, "1,5" is one and a half';
      problems.push({ file, line: figure.line, column: figure.column, message: `${options.valueColumn}: "${figure.text.trim()}" is not a count: the metric counts things, in whole numbers from 0 (${reading})` });
    }
    if (read.period !== null || read.total) rows.push({ ...read, figure, value, record });
  }
  return rows;
}

function label(day: number, step: 'month' | 'year'): string {
  return isoDay(day).slice(0, step === 'month' ? 7 : 4);
}

/** How many months (or years) a period spans: how many parts a complete total has. */
function stepsIn(start: number, end: number, step: 'month' | 'year'): number {
  const [y1, m1] = isoDay(start).split('-').map(Number) as [number, number];
  const [y2, m2] = isoDay(end).split('-').map(Number) as [number, number];
  return step === 'year' ? y2 - y1 + 1 : (y2 - y1) * 12 + m2 - m1 + 1;
}

/** Parts in order: no period twice, and (unless gaps are allowed) none left out between two rows. */
function checkParts(parts: SeriesRow[], step: 'month' | 'year', options: SeriesOptions, problems: Problem[]): void {
  const { file } = options;
  const seen = new Map<string, SeriesRow>();
  for (const row of parts) {
    const first = seen.get(row.period);
    if (first) problems.push({ file, line: row.periodCell.line, column: row.periodCell.column, message: `${row.period} again: already on line ${first.periodCell.line}` });
    else seen.set(row.period, row);
  }
  if (options.allowGaps) return;
  const ordered = [...seen.values()].sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    const before = ordered[i - 1]!;
    const row = ordered[i]!;
    if (row.start <= before.end + 1) continue;
    const missing = spanWords(before.end + 1, row.start - 1, step);
    problems.push({
      file,
      line: row.periodCell.line,
      column: row.periodCell.column,
      message: `gap before ${row.period}: no row for ${missing} (the ${step} before is ${before.period}, line ${before.periodCell.line}); pass --allow-gaps if the table leaves them out`,
    });
  }
}

/**
 * A total must be the sum of its parts. When the table leaves parts out (--allow-gaps) the parts
 * it holds may not add up to more than the total: a count cannot lose people.
 */
function checkTotals(parts: SeriesRow[], totals: SeriesRow[], step: 'month' | 'year', options: SeriesOptions, problems: Problem[]): void {
  const seen = new Map<string, SeriesRow>();
  for (const total of totals) {
    const first = seen.get(total.period);
    const cell = total.periodCell;
    if (first) {
      problems.push({ file: options.file, line: cell.line, column: cell.column, message: `a second total for ${total.period}: already on line ${first.periodCell.line}` });
      continue;
    }
    seen.set(total.period, total);
    const inside = parts.filter((p) => p.start >= total.start && p.end <= total.end);
    const sum = inside.reduce((acc, p) => acc + p.value, 0);
    const complete = inside.length >= stepsIn(total.start, total.end, step);
    const { figure } = total;
    const off = Math.round((sum - total.value) * 1e6) / 1e6;
    if (!complete && !options.allowGaps) {
      // "2021-01,1 / 2021-02,2 / 2021,3": the months under a year's total must be there, as between
      // two rows; else the total is "checked" against two months of twelve.
      const expected = stepsIn(total.start, total.end, step);
      problems.push({ file: options.file, line: cell.line, column: cell.column, message: `the total for ${total.period} is of ${expected} ${step}s; the table holds ${inside.length} of them (${missingSteps(inside, total, step)}); pass --allow-gaps if the table leaves them out` });
    } else if (complete && off !== 0) {
      problems.push({ file: options.file, line: figure.line, column: figure.column, message: `the total for ${total.period}, ${formatted(total.value)}, is not the sum of its ${inside.length} ${step}${inside.length === 1 ? '' : 's'}, ${formatted(sum)} (off by ${formatted(Math.abs(off))})` });
    } else if (!complete && off > 0) {
      problems.push({ file: options.file, line: figure.line, column: figure.column, message: `the total for ${total.period}, ${formatted(total.value)}, is less than the ${inside.length} ${step}${inside.length === 1 ? '' : 's'} the table holds of it, which add up to ${formatted(sum)}` });
    }
  }
}

/** "no row for 2021-03 to 2021-12", "no row for 2019, 2021": the steps of a total the table leaves out. */
function missingSteps(inside: readonly SeriesRow[], total: SeriesRow, step: 'month' | 'year'): string {
  const spans: string[] = [];
  let cursor = total.start;
  for (const part of [...inside].sort((a, b) => a.start - b.start)) {
    if (part.start > cursor) spans.push(spanWords(cursor, part.start - 1, step));
    cursor = Math.max(cursor, part.end + 1);
  }
  if (cursor <= total.end) spans.push(spanWords(cursor, total.end, step));
  return `no row for ${spans.join(', ')}`;
}

function spanWords(from: number, to: number, step: 'month' | 'year'): string {
  const first = label(from, step);
  const last = label(to, step);
  return first === last ? first : `${first} to ${last}`;
}

export function readSeries(table: CsvTable, options: SeriesOptions): Series {
  const problems: Problem[] = [...table.problems];
  const read = readRows(table, options, problems);
  const monthly = read.some((row) => row.period !== null && row.period.length === 7);
  const step = monthly ? 'month' : 'year';
  const rows: SeriesRow[] = [];
  const dated = read.filter((row) => row.period !== null);
  const first = Math.min(...dated.map((row) => parsePeriod(row.period!).start));
  const last = Math.max(...dated.map((row) => parsePeriod(row.period!).end));
  for (const row of read) {
    // A year in a table of months is that year's total; "Total" is the total of every row.
    const period = row.total ? (dated.length > 0 ? spanText(first, last, step) : null) : row.period!;
    if (period === null) {
      problems.push({ file: options.file, line: row.cell.line, column: row.cell.column, message: `a total with no ${step}s to be the total of` });
      continue;
    }
    const parsed = parsePeriod(period);
    const kind = row.total || (monthly && period.length === 4) ? 'total' : 'part';
    rows.push({ kind, period, start: parsed.start, end: parsed.end, periodCell: row.cell, figure: row.figure, value: row.value ?? Number.NaN, record: row.record });
  }
  const parts = rows.filter((row) => row.kind === 'part');
  checkParts(parts, step, options, problems);
  // A sum over a row that could not be read, or over a month counted twice, would only add a
  // second, misleading problem: totals are checked once every part is read, and read once.
  // A figure that could not be read was reported: its row is no claim.
  if (problems.length > 0) return { rows: rows.filter((row) => !Number.isNaN(row.value)), problems: sortProblems(problems), step };
  checkTotals(parts, rows.filter((row) => row.kind === 'total'), step, options, problems);
  return { rows, problems: sortProblems(problems), step };
}

/** The period from the first row's to the last row's, as the registry writes one: "2015/2020", "2021-01/2021-12". */
function spanText(first: number, last: number, step: 'month' | 'year'): string {
  const from = label(first, step);
  const to = label(last, step);
  return from === to ? from : `${from}/${to}`;
}
