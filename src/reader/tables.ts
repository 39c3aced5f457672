/**
 * Tables: a cell says only "302,203" or "−58%"; what it counts is in its column's header
 * ("Crossings", "Change on previous year") and its period in its row's first cell ("2024"). The
 * reader notes the header row and each row's first cell as it goes (cells come in reading order),
 * and asks here what a cell's headers say.
 */
import type { Metric, RateUnit } from '../model/types.js';
import type { PeriodMention } from '../text/periods.js';
import type { Sentence } from '../text/sentences.js';
import { mentionsPlace, stem, tokenize, type MetricCatalogue } from '../drafts/metrics.js';
import { yearOfDay } from '../model/period.js';
import { MONTH_KINDS, monthsInYear } from './resolve-period.js';

/** What a value cell's headers say. */
export interface CellHeaders {
  /** The column's header as written: "Crossings", "Change on previous year". */
  readonly column: string;
  /** The row's first cell, when it names a period ("2024"). */
  readonly rowPeriod: PeriodMention | null;
  /** The row above's, for a column of changes "on the previous year". */
  readonly previousRowPeriod: PeriodMention | null;
  /** Flows whose place the text named just before the table (each cell is a paragraph of its own). */
  readonly flowsBefore: readonly Metric[];
}

interface TableState {
  readonly headers: Map<number, string>;
  /** The months the first column's header names ("| Enero | Cruces |"), each row's year's. */
  headerMonths: PeriodMention | null;
  readonly rowPeriods: Map<number, PeriodMention | null>;
  readonly flowsBefore: readonly Metric[];
}

/** A column of changes: "Change", "% change on previous year", "Year-on-year growth", "Variación frente al año anterior". */
export const CHANGE_HEADER = /(?:^|[^\p{L}])(?:change|growth|rise|fall|increase|decrease|difference|y\/y|yoy|variación|cambio|crecimiento|aumento|disminución|diferencia)(?![\p{L}])/iu;
/**
 * A column of running totals: "Total so far", "Running total", "Cumulative", "Year to date",
 * "Acumulado", "En lo que va del año". Its cell on a month's row counts from the first of that
 * month's year to the month's end, not the month alone.
 */
export const RUNNING_HEADER = /(?:^|[^\p{L}])(?:so\s+far|running|cumulative|year[\s-]+to[\s-]+date|ytd|to\s+date|acumulad[oa]s?|en\s+lo\s+que\s+va)(?![\p{L}])/iu;
/** A header that names where its count starts ("Cumulative since January 2021", "desde 2021", "from 2019"): no running total of the row's year. */
export const OWN_START_HEADER = /(?:^|[^\p{L}])(?:since|from|desde|a\s+partir\s+de)(?![\p{L}])|(?:19|20)\d\d/iu;
/** A column of rates: "Daily average", "Per day", "A month", "Promedio diario", "Por día". */
const RATE_HEADER = /(?:^|[^\p{L}])(?:(daily|weekly|monthly|diari[oa]|semanal|mensual)|(?:an?|per|each|every|average|por|al|cada)\s+(day|week|month|día|semana|mes))(?![\p{L}])/iu;

export class TableContext {
  private readonly tables = new Map<number, TableState>();

  /** Notes a header cell, or a row's first cell and the period it names. */
  note(sentence: Sentence, body: string, periods: readonly PeriodMention[], flowsBefore: readonly Metric[]): void {
    const cell = sentence.cell;
    if (!cell || cell.row < 0) return;
    let table = this.tables.get(cell.table);
    if (!table) this.tables.set(cell.table, (table = { headers: new Map(), headerMonths: null, rowPeriods: new Map(), flowsBefore }));
    if (cell.row === 0) table.headers.set(cell.column, (table.headers.get(cell.column) ?? '') + body.trim());
    if (cell.row === 0 && cell.column === 0) table.headerMonths = periods.find((p) => p.resolved && (MONTH_KINDS.has(p.kind) || p.kind === 'half')) ?? null;
    else if (cell.column === 0) table.rowPeriods.set(cell.row, ofHeaderMonths(periods.find((p) => p.resolved) ?? null, table.headerMonths));
  }

  /** For a column of changes: the header of the first column of its table that is not. */
  valueHeaderOf(sentence: Sentence): string | null {
    const cell = sentence.cell;
    const table = cell ? this.tables.get(cell.table) : undefined;
    if (!table) return null;
    for (const [column, header] of [...table.headers].sort((a, b) => a[0] - b[0])) if (column > 0 && !CHANGE_HEADER.test(header)) return header;
    return null;
  }

  /** A value cell's headers; null outside a table with a header row, or in the first column. */
  headersOf(sentence: Sentence): CellHeaders | null {
    const cell = sentence.cell;
    if (!cell || cell.row <= 0 || cell.column === 0) return null;
    const table = this.tables.get(cell.table);
    const column = table?.headers.get(cell.column);
    if (!table || column === undefined) return null;
    return { column, rowPeriod: table.rowPeriods.get(cell.row) ?? null, previousRowPeriod: table.rowPeriods.get(cell.row - 1) ?? null, flowsBefore: table.flowsBefore };
  }
}

/** The rate a column's header or a list item's label gives its figures ("Daily average" is per day), or null. */
/** Words that make a header's or a gloss's rate an average ("Daily average", "promedio"). */
export const AVERAGE_WORDS = /\baverage|promedio|media\b/i;

export function headerRate(header: string): RateUnit | null {
  const rate = RATE_HEADER.exec(header);
  if (!rate) return null;
  const word = (rate[1] ?? rate[2]!).toLowerCase();
  return word.startsWith('da') || word.startsWith('diari') || word === 'día' ? 'day' : word.startsWith('week') || word.startsWith('seman') ? 'week' : 'month';
}

/**
 * The flow a column's header names: a flow whose frame counts a word of the header ("Crossings",
 * "Transits"), about a place the text names; the flow the text was counting first.
 */
export function headerFlow(catalogue: MetricCatalogue, header: string, topic: Metric | null, placeKeys: ReadonlySet<string>, recent: readonly Metric[] = []): Metric | null {
  const stems = new Set(tokenize(header, 0, header.length).map((t) => t.stem));
  const counts = (metric: Metric): boolean => metric.kind === 'flow' && (metric.frame?.counts ?? []).some((word) => stems.has(stem(word)));
  if (topic && counts(topic)) return topic;
  // The flows whose place the text named lately ("Migrant crossings of the Darién Gap fell" above
  // the table), nearest first; then any whose place the sentence, the one before or the title names.
  for (const metric of recent) if (counts(metric)) return metric;
  for (const metric of catalogue.metrics.values()) if (counts(metric) && mentionsPlace(catalogue, metric, placeKeys)) return metric;
  return null;
}

/**
 * "| Enero | Cruces |" over "| 2023 | 24.657 |": a year's row under a first column headed by a
 * month (or a part of a year) counts those months of its year, not the whole year.
 */
function ofHeaderMonths(row: PeriodMention | null, months: PeriodMention | null): PeriodMention | null {
  if (!row || !months || row.kind !== 'year' || !row.resolved) return row;
  const moved = monthsInYear(months.resolved!.period, yearOfDay(row.resolved.period.start));
  return moved ? { ...row, words: `${months.words} ${row.words}`, resolved: moved } : row;
}
