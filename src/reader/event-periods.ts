/**
 * Prepare stage, periods named by an event the catalogue dates: "since Mulino took office", "in his
 * first 17 days", "the first 100 days of his term", "en sus primeros 17 días de gobierno". The text
 * rules (src/text/periods.ts) find these phrases but cannot resolve them: only the catalogue knows
 * the day a term began, from a `date:` on a metric that dates taking office (claims/metrics.yaml).
 *
 * Never guessed: "since X took office" resolves only when X is named in that metric's `counts:`;
 * "his first N days" only when the catalogue dates exactly one taking of office, on or before the
 * page date. Either is read from context (the catalogue, not the sentence), so lint can warn about a
 * figure it dates, never fail it.
 */
import { dayNumber, isoDay, periodFromDays, type Period } from '../model/period.js';
import type { Metric } from '../model/types.js';
import type { MetricCatalogue } from '../drafts/metrics.js';
import type { PeriodMention } from '../text/periods.js';

/** A catalogue metric dates the start of a term when one of its phrases says so. */
const TAKES_OFFICE = /\b(?:took office|sworn in|sworn into office|inauguration|entered office|took the oath|asumió (?:el cargo|la presidencia)|toma de posesión)\b/i;
const COUNTS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
};
const FIRST_SPAN = /\bfirst (\w+) (day|week|month|día|semana|mes)/i;

interface TermStart {
  readonly day: number;
  /** The capitalised words of the metric's `counts:` ("José", "Raúl", "Mulino", "President", "Panama"). */
  readonly names: ReadonlySet<string>;
}

const MADE = new WeakMap<MetricCatalogue, readonly TermStart[]>();

/** The starts of terms the catalogue dates, found once per catalogue. */
function termStarts(catalogue: MetricCatalogue): readonly TermStart[] {
  let made = MADE.get(catalogue);
  if (made) return made;
  made = [...catalogue.metrics.values()].filter(startsATerm).map((metric) => ({ day: metric.date!.start, names: new Set(metric.counts.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []) }));
  MADE.set(catalogue, made);
  return made;
}

function startsATerm(metric: Metric): boolean {
  return metric.kind === 'date' && metric.date != null && metric.phrases.some((phrase) => TAKES_OFFICE.test(phrase));
}

/** The day a mention's term began, or null when the catalogue does not say which. */
function startOf(mention: PeriodMention, starts: readonly TermStart[], page: Period): number | null {
  const known = starts.filter((start) => start.day <= page.end);
  if (mention.kind === 'since-event') {
    const named = known.filter((start) => (mention.words.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).some((word) => start.names.has(word) && word !== 'President'));
    return named.length === 1 ? named[0]!.day : null;
  }
  return known.length === 1 ? known[0]!.day : null;
}

/** The span "the first N days/weeks/months" makes from its first day, or null. */
function firstSpan(words: string, from: number): Period | null {
  const found = FIRST_SPAN.exec(words);
  if (!found) return null;
  const count = /^\d+$/.test(found[1]!) ? Number(found[1]) : COUNTS[found[1]!.toLowerCase()];
  if (!count) return null;
  const unit = found[2]!.toLowerCase();
  if (unit === 'day' || unit === 'día') return periodFromDays(from, from + count - 1);
  if (unit === 'week' || unit === 'semana') return periodFromDays(from, from + 7 * count - 1);
  const [year, month, day] = isoDay(from).split('-').map(Number) as [number, number, number];
  return periodFromDays(from, dayNumber(year, month + count, day) - 1);
}

/** The text's period mentions with those an event of the catalogue dates resolved. */
export function withEventDates(mentions: readonly PeriodMention[], catalogue: MetricCatalogue, page: Period | null): PeriodMention[] {
  if (!page || !mentions.some((m) => m.kind === 'since-event' || m.kind === 'term-days')) return mentions as PeriodMention[];
  const starts = termStarts(catalogue);
  return mentions.map((mention) => {
    if (mention.kind !== 'since-event' && mention.kind !== 'term-days') return mention;
    const from = startOf(mention, starts, page);
    const period = from === null ? null : mention.kind === 'since-event' ? periodFromDays(from, page.end) : firstSpan(mention.glossed ?? mention.words, from);
    if (!period || period.end > page.end) return mention;
    return { ...mention, resolved: { period, deictic: false }, borrowed: true };
  });
}
