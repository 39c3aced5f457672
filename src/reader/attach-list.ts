/**
 * Attach stage, periods of a list: "January and February 2021 saw just 1,071 and 1,857 crossings",
 * "The first two months of 2022 brought 4,702 and 4,262", "September and October, at 25,505 and
 * 25,904 respectively". A list of as many figures as the whole months of the one span they share
 * is a figure a month, in order: the span is no one figure's, and reading each as the span's total
 * made a true sentence contradict the registry. A figure outside the list that sums it ("— under
 * 2,000 between them") keeps the span, and so does a comparison whose subject was the list ("4,702
 * and 4,262, roughly three times the same months of 2021"): its subject is their sum, which the
 * checks look up by metric and period. Run after the comparison stage, which reads the list as one.
 */
import { dayNumber, daysInMonth, periodFromDays, yearPeriod, type Period } from '../model/period.js';
import type { PeriodMention } from '../text/periods.js';
import { type Building, blame, isFraction } from './record.js';
import { because } from './reasons.js';
import { EN } from './lexicon/en.js';
import { cut } from '../text/one-byte.js';

const RANGE_BEFORE = EN.pattern('range-before');
const RANGE_FROM_BEFORE = EN.pattern('range-from-before');
/** "between 8,500 and 9,000", "from 8,500 to 9,000": one figure's range; "fue de 4.702 y 4.262" is a list. */
function isRange(list: readonly Building[], m: string): boolean {
  const lead = cut(m, Math.max(0, list[0]!.start - 12), list[0]!.start);
  return RANGE_BEFORE.test(lead) || (RANGE_FROM_BEFORE.test(lead) && /^\s*(?:to|a|-|–)\s*$/i.test(cut(m, list[0]!.end, list[1]!.start)));
}
const SUM_BEFORE = EN.pattern('sum-before');
const SUM_AFTER = EN.pattern('sum-after');
const TIGHT = EN.pattern('list-joiner');
const SUMS_YEARS = EN.pattern('sums-years');
const MONTHS_OF = /\b(?:the months of|(?:los|el) meses de)\s/i;

/** The whole months a period spans, when it starts on a 1st and ends on a month's last day. */
function wholeMonths(period: Period): Period[] {
  const start = new Date(period.start * 86_400_000);
  const months: Period[] = [];
  if (start.getUTCDate() !== 1) return months;
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + 1;
  for (let first = period.start; first <= period.end && months.length <= 12; ) {
    const last = dayNumber(year, month, daysInMonth(year, month));
    if (last > period.end) return [];
    months.push(periodFromDays(first, last));
    first = last + 1;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** Each run of figures listed tightly together that shares one period phrase. */
function listsByPeriod(built: readonly Building[], m: string): Array<{ mention: PeriodMention; list: Building[] }> {
  const lists: Array<{ mention: PeriodMention; list: Building[] }> = [];
  let current: { mention: PeriodMention; list: Building[] } | null = null;
  for (const figure of built) {
    const mention = figure.periodMention;
    // "Entre agosto y octubre … 25.332, 25.505 y 25.904 personas, casi la misma cifra cada mes":
    // a figure said per month may be one month's own, listed with the others.
    const eligible = mention !== null && figure.kind === 'quantity' && (figure.per === null || figure.per === 'month') && !figure.comparisonDraft && !figure.mention!.part;
    const last = current?.list[current.list.length - 1];
    // "In 2021 the busiest stretch ran from August through October, with 25,332, 25,505 and 25,904":
    // a figure listed tightly after one of the span took the sentence's opening year, farther back;
    // it is the list's, and so is the span.
    const sameList = current !== null && (current.mention === mention || (mention !== null && mention.end <= current.mention.start));
    if (eligible && current && last && sameList && TIGHT.test(cut(m, last.end, figure.start))) current.list.push(figure);
    else {
      current = eligible ? { mention: mention!, list: [figure] } : null;
      if (current) lists.push(current);
    }
  }
  return lists;
}

export function pairListWithMonths(built: readonly Building[], m: string): void {
  for (const { mention, list } of listsByPeriod(built, m)) {
    if (mention.kind === 'year-pair') {
      pairListWithYears(built, mention, list, m);
      continue;
    }
    const span = mention.resolved?.period;
    if (list.length < 2 || !span) continue;
    const months = wholeMonths(span);
    // "between 8,500 and 9,000": a range of one figure, no list.
    if (months.length !== list.length || isRange(list, m)) continue;
    list.forEach((figure, i) => {
      figure.period = months[i]!;
      figure.periodWords = `${mention.words} (month ${i + 1} of ${months.length}, in the order listed)`;
      if (figure.reason === 'respectively') blame(figure, null);
    });
    for (const figure of built) {
      const comparison = figure.comparisonDraft;
      if (comparison?.subject && list.includes(comparison.subject as Building)) comparison.subject = null;
    }
  }
  unpairedMonthLists(built, m);
  sumsOfListed(built, m);
}

/**
 * "January 2021 had 1,071 crossings and February 1,857, so 2,928 for the pair": a figure that sums
 * ("for the pair", "together") and borrows the period of the figure before it is the total of the
 * periods the figures before it were given, one after another; read as the last one's, it was
 * more than that month's own count.
 */
function sumsOfListed(built: readonly Building[], m: string): void {
  // The counts before each figure, kept as the sentence is walked: a sentence of thousands of
  // figures is read once, not once per figure.
  const before: Building[] = [];
  for (const figure of built) {
    const last = before[before.length - 1];
    if (before.length >= 2 && sumsTheListBefore(figure, last!, m)) {
      // One after another, with no gap and no overlap: "January … and February …".
      if (before.every((b, k) => k === 0 || b.period!.start === before[k - 1]!.period!.end + 1)) {
        figure.period = periodFromDays(before[0]!.period!.start, last!.period!.end);
        figure.periodWords = `${before.map((b) => b.periodWords).join(' + ')} (together)`;
      }
    }
    if (figure.kind === 'quantity' && figure.per === null && !figure.comparisonDraft && figure.period) before.push(figure);
  }
}

/** A count that borrows the period of the count just before it and says it sums ("for the pair"). */
function sumsTheListBefore(figure: Building, last: Building, m: string): boolean {
  if (!figure.period || figure.per !== null || figure.comparisonDraft || figure.periodMention === null || figure.periodMention !== last.periodMention) return false;
  return SUM_BEFORE.test(cut(m, Math.max(0, figure.start - 40), figure.start)) || SUM_AFTER.test(cut(m, figure.end, figure.end + 40));
}

/**
 * "2015 and 2016 saw 29,289 and 30,055 crossings, a combined 49,344": two years named together,
 * which alone resolve to no period, and as many figures listed in order are a figure a year; a
 * figure of the sentence that sums them ("combined", "together") is of both years.
 */
function pairListWithYears(built: readonly Building[], mention: PeriodMention, list: readonly Building[], m: string): void {
  const years = (mention.words.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number);
  // "Counting both years, close to 1.2 million people crossed in 2023 and 2024": one figure said
  // of two years, in a sentence that says it sums them, is their total.
  const only = list.length === 1 ? list[0]! : null;
  if (only && years.length === 2 && years[0]! < years[1]! && only.reason === 'period-unresolved' && SUMS_YEARS.test(cut(m, only.sentence.start, only.sentence.end))) {
    only.period = periodFromDays(dayNumber(years[0]!, 1, 1), dayNumber(years[1]!, 12, 31));
    only.periodWords = `${mention.words} (the two together)`;
    blame(only, null);
    return;
  }
  // A list given "respectively" keeps the reason the period stage gave it (reasons.ts).
  if (years.length !== 2 || list.length !== 2 || years[0]! >= years[1]! || list.some((figure) => figure.reason === 'respectively') || isRange(list, m)) return;
  list.forEach((figure, i) => {
    figure.period = yearPeriod(years[i]!);
    figure.periodWords = `${mention.words} (year ${i + 1} of 2, in the order listed)`;
    blame(figure, null);
  });
  for (const figure of built) {
    if (list.includes(figure) || (figure.periodMention !== null && figure.periodMention !== mention) || figure.comparisonDraft || !(SUM_BEFORE.test(cut(m, Math.max(0, figure.start - 40), figure.start)) || SUM_AFTER.test(cut(m, figure.end, figure.end + 40)))) continue;
    figure.period = periodFromDays(dayNumber(years[0]!, 1, 1), dayNumber(years[1]!, 12, 31));
    figure.periodWords = `${mention.words} (the two together)`;
    blame(figure, null);
  }
}

/**
 * "In August, September and October 2021, more than 25,000 came through": a figure of a list of
 * months that is neither one of a figure a month nor their sum ("together about 90,000") may be
 * each month's, or any one's; it is left unchecked rather than given the span. A rate per month
 * ("more than 25,000 each month") is each month's, and so the span's.
 */
function unpairedMonthLists(built: readonly Building[], m: string): void {
  for (const figure of built) {
    const mention = figure.periodMention;
    if (mention?.kind !== 'month-list' || !figure.period || figure.periodWords !== mention.words) continue;
    const sums = SUM_BEFORE.test(cut(m, Math.max(0, figure.start - 40), figure.start)) || SUM_AFTER.test(cut(m, figure.end, figure.end + 40));
    // "during the months of January, February and March", "durante los meses de enero, febrero y
    // marzo": months named as one span of months.
    // "more than 25,000 each month", "mes tras mes": a rate per month over the months listed holds
    // for each of them, and so for the span.
    // "Agosto, septiembre y octubre … se llevaron más de dos tercios de todos los cruces de ese año":
    // a fraction of a whole said of the months is of the months together.
    const share = isFraction(figure);
    if (sums || share || figure.per === 'month' || MONTHS_OF.test(cut(m, Math.max(0, mention.start - 12), mention.start + 28))) continue;
    figure.period = null;
    blame(figure, because('period-unresolved', { words: mention.words }));
  }
}
