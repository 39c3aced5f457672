/**
 * Attach stage, table cells: a cell's figure takes its metric from its column header and its
 * period from its row (src/reader/tables.ts keeps the headers).
 */
import { CHANGE_HEADER, OWN_START_HEADER, RUNNING_HEADER, headerFlow, headerRate, TableContext } from './tables.js';
import { dayNumber, parsePeriod, periodFromDays, yearOfDay, type Period } from '../model/period.js';
import type { SentenceContext } from './context.js';
import { type Building, blame } from './record.js';
import { cut } from '../text/one-byte.js';

/**
 * A table cell's figure takes what it counts from its column's header and its period from its
 * row's first cell: "| 2024 | 302,203 | −58% |" under "| Year | Crossings | Change on previous
 * year |". A column of changes holds percent changes (or differences) on the row above's period.
 * Both are read from context, so findings on them are warnings.
 */
export function attachCells(ctx: SentenceContext, built: readonly Building[], tables: TableContext): void {
  const headers = tables.headersOf(ctx.sentence);
  if (!headers?.rowPeriod?.resolved) return;
  const change = CHANGE_HEADER.test(headers.column);
  // "Cumulative since January 2021": a header that names its own start is no running total of the row's year.
  const running = !change && RUNNING_HEADER.test(headers.column) && !OWN_START_HEADER.test(headers.column);
  // "Change on previous year", "Daily average": of what the table's first column of values counts.
  const recent = [...ctx.frameContext.recentPlaces.map((frame) => frame.metric), ...headers.flowsBefore];
  const flow = headerFlow(ctx.catalogue, headers.column, ctx.topic, ctx.context(), recent) ?? (change || running || headerRate(headers.column) ? headerFlow(ctx.catalogue, tables.valueHeaderOf(ctx.sentence) ?? '', ctx.topic, ctx.context(), recent) : null);
  if (!flow) return;
  for (const figure of built) {
    if (figure.metric || figure.mention!.part || figure.kind !== 'quantity') continue;
    const per = change ? null : (figure.per ?? headerRate(headers.column));
    const metric = per === null ? flow : ctx.catalogue.rates.get(`${flow.id}|${per}`);
    if (!metric) continue;
    if (change) {
      if (!headers.previousRowPeriod?.resolved || (figure.unit !== 'percent' && figure.unit !== null)) continue;
      const sign = cut(ctx.m, Math.max(0, figure.start - 1), figure.start);
      const direction = sign === '+' ? 'increase' : /[−–-]/.test(sign) ? 'decrease' : null;
      const kind = figure.unit === 'percent' ? 'percent-change' : 'difference';
      figure.comparisonDraft = { kind, direction, subject: null, baseline: null, baselinePeriod: headers.previousRowPeriod.resolved.period, baselineWords: headers.previousRowPeriod.words };
      figure.unit = kind === 'percent-change' ? 'percent' : flow.unit;
    }
    figure.per = per;
    if (per !== null && figure.basis === null) figure.basis = 'average';
    figure.metric = metric;
    figure.metricFrom = 'context';
    figure.phrase = `the column "${headers.column}"`;
    figure.period = running ? yearToRowEnd(headers.rowPeriod.resolved.period) : headers.rowPeriod.resolved.period;
    figure.periodWords = running ? `${headers.rowPeriod.words} (${headers.column})` : headers.rowPeriod.words;
    figure.periodMention = headers.rowPeriod;
    figure.periodFrom = 'context';
    blame(figure, null);
  }
}

/** A running total's period on a row: from the first day of the row's year to the row's last day ("March" under "Total so far" is January to March). */
function yearToRowEnd(row: Period): Period {
  const year = yearOfDay(row.start);
  if (yearOfDay(row.end) !== year) return row;
  // A month's row keeps a month's precision: "2023-01/2023-03", as the registry writes it.
  return /^\d{4}-\d{2}$/.test(row.text) ? parsePeriod(`${year}-01/${row.text}`) : periodFromDays(dayNumber(year, 1, 1), row.end);
}
