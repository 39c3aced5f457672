/**
 * Attach stage, periods: each figure's period phrase, the nearest in its clause that is its own (not
 * a baseline's, a bound's or the day someone spoke), else one from context: an earlier figure of
 * its clause, or the sentence before when the sentence refers back.
 */
import { findPeriods, spansToPartOfMonth, type PeriodMention } from '../text/periods.js';
import { YEAR_DIGITS, type FigureMention } from '../text/numbers.js';
import { calendarYearOf, contains, dayNumber, isNewYearsDay, isoDay, monthOfDay, periodKey, parsePeriod, periodFromDays, yearOfDay, yearPeriod, type Period } from '../model/period.js';
import { because } from './reasons.js';
import { type SentenceContext, REFERS_BACK } from './context.js';
import { type Building, blame } from './record.js';
import { monthOf, monthsInYear, monthsSpanned, wholeMonth, looksBack, recordReach, UNTIL, UNTIL_BEFORE, THEN, STOOD_AT_WORDS, type UntilMention } from './resolve-period.js';
import { clauseBounds } from './clauses.js';
import { SAID_BEFORE } from './attribution.js';
import { isBaselineLead, isBaseline, followsBaselineLead } from './baselines.js';
import { EN } from './lexicon/en.js';
import { keyed } from '../text/keyed.js';
import { ES } from './lexicon/es.js';
import { cut } from '../text/one-byte.js';
import { GROUPS } from '../drafts/metrics.js';

const RESPECTIVELY = EN.pattern('respectively');
const CLOSES_PRIOR_CLAUSE = EN.pattern('closes-prior-clause');
const NEXT_ITEM = EN.pattern('next-item');
/** How far apart a period and a figure may be for the words between them to say whose the period is. */
const BETWEEN_REACH = 60;
const OPENS_NEXT_EN = EN.pattern('opens-next-clause');
const RESPECTIVE_LEAD = EN.pattern('respective-lead');
const SOME_OF = keyed(EN.pattern('some-of-the-period'), / of (?:those|these|the|them)/i);

/**
 * "36,001 in January, 37,165 in February and 35,903 in March, compared to 24,634, 24,657 and
 * 38,099, respectively, in 2023": a list given "respectively" against as many figures before it,
 * one month each, with one year named after the word, is of those months of that year, in order.
 * Left unpaired otherwise.
 */
function monthsOfTheListBefore(ctx: SentenceContext, built: readonly Building[], listFrom: number): void {
  const list = built.filter((f) => f.start >= listFrom && f.reason === 'respectively');
  const months = built.filter((f) => f.start < listFrom && f.period && !f.mention!.change && monthsSpanned(f.period) === 1).map((f) => f.period!);
  const at = RESPECTIVELY.exec(ctx.body);
  const after = at ? ctx.sentence.start + at.index : Number.POSITIVE_INFINITY;
  const years = ctx.periods.filter((p) => p.start >= after && p.kind === 'year' && p.resolved);
  if (list.length < 2 || list.length !== months.length || years.length !== 1) return;
  const year = yearOfDay(years[0]!.resolved!.period.start);
  list.forEach((figure, i) => {
    const moved = monthsInYear(months[i]!, year);
    if (!moved) return;
    Object.assign(figure, { period: moved.period, periodMention: years[0], periodWords: `${years[0]!.words} (the months before it, respectively)`, periodFrom: 'sentence' });
    blame(figure, null);
  });
}

/** Where the list given "respectively" starts in a sentence: past the last comparison's lead before the word, else at its start. */
function respectiveListStart(body: string): number {
  const end = body.search(RESPECTIVELY);
  let start = 0;
  RESPECTIVE_LEAD.lastIndex = 0;
  for (let found = RESPECTIVE_LEAD.exec(body); found !== null && found.index < end; found = RESPECTIVE_LEAD.exec(body)) start = found.index + found[0].length;
  return start;
}

/**
 * A list given "respectively": whether there is one, its pairs of periods and figures when the
 * periods are named as a pair, else the span named just before it and where it starts.
 */
function respectiveList(ctx: SentenceContext, built: readonly Building[]): { respectively: boolean; pairs: Map<Building, { mention: PeriodMention; period: Period }> | null; listSpan: PeriodMention | null; listFrom: number; groups: boolean } {
  const { periods, body } = ctx;
  const respectively = built.length > 1 && (periods.length > 1 || periods.some((p) => p.kind === 'month-pair' || p.kind === 'year-pair')) && RESPECTIVELY.test(body);
  if (!respectively) return { respectively, pairs: null, listSpan: null, listFrom: 0, groups: false };
  // "36,001 in January, 37,165 in February ..., against 24,634, 24,657 and 38,099, respectively, in
  // 2023": only the list after the comparison's lead is given in order; the figures before it have
  // their own periods.
  const pairs = pairedInOrder(ctx, built);
  // Paired, the list is read; the sentence's other figures take their own periods as in any sentence.
  if (pairs) return { respectively, pairs, listSpan: null, listFrom: Number.POSITIVE_INFINITY, groups: false };
  // "en junio, cuando 2.676 entraron, y en los siguientes dos meses entraron 2.126 y 2.557,
  // respectivamente": the list starts after the last period named before two or more figures that
  // run up to the word; a figure before that period has its own.
  const word = ctx.sentence.start + body.search(RESPECTIVELY);
  const listSpan = [...periods].reverse().find((p) => p.end <= word && built.filter((f) => f.start >= p.end && f.end <= word).length >= 2) ?? null;
  // "in the two months that followed, Venezuelans and Haitians numbered 50,000 and 10,000,
  // respectively": groups named between the span and the word are what the list pairs, not months;
  // the list is left unpaired.
  const groups = listSpan !== null && ctx.tokens.some((t) => t.start >= listSpan.end && t.end <= word && GROUPS.has(t.stem));
  return { respectively, pairs, listSpan, listFrom: Math.max(ctx.sentence.start + respectiveListStart(body), listSpan?.end ?? 0), groups };
}

/**
 * "January and February with 24,634 and 24,657, respectively", "en 2022 y 2023, con 248.284 y
 * 520.085, respectivamente": two periods named as a pair, then as many figures right after them
 * and before the word, are paired in order, the first month or year with the first figure. Any
 * other list given "respectively" is left unpaired (null).
 */
function pairedInOrder(ctx: SentenceContext, built: readonly Building[]): Map<Building, { mention: PeriodMention; period: Period }> | null {
  const word = ctx.sentence.start + ctx.body.search(RESPECTIVELY);
  const pair = [...ctx.periods].reverse().find((p) => p.end <= word && ((p.kind === 'month-pair' && p.resolved) || p.kind === 'year-pair'));
  if (!pair) return null;
  const after = built.filter((f) => f.start >= pair.end && f.end <= word && !f.mention?.change);
  // Nothing but the figures, their joiners and a few words between the pair and the word; or the two
  // figures just before the pair ("los 24 634 y 24 657 de enero y febrero, respectivamente").
  const listed = after.length === 2 && cut(ctx.m, pair.end, word).length <= 80 ? after : figuresBeforePair(ctx, built, pair, word);
  if (!listed) return null;
  // A pair of years is written out ("2022 and 2023"); a pair of months, resolved, spans the two.
  const years = pair.kind === 'year-pair' ? (pair.words.match(/\b(?:19|20)\d\d\b/g) ?? []) : [];
  if (pair.kind === 'year-pair' && years.length !== 2) return null;
  const span = pair.resolved?.period;
  const [first, last] = pair.kind === 'year-pair' ? years.map((y) => parsePeriod(y)) : [parsePeriod(isoDay(span!.start).slice(0, 7)), parsePeriod(isoDay(span!.end).slice(0, 7))];
  return new Map([[listed[0]!, { mention: pair, period: first! }], [listed[1]!, { mention: pair, period: last! }]]);
}

/** "24,634 and 24,657 in January and February, respectively": the two figures right before the pair, the pair right before the word. */
function figuresBeforePair(ctx: SentenceContext, built: readonly Building[], pair: PeriodMention, word: number): Building[] | null {
  const before = built.filter((f) => f.end <= pair.start && !f.mention?.change).slice(-2);
  if (before.length !== 2 || !/^[\s,]*$/.test(cut(ctx.m, pair.end, word))) return null;
  return JOINED_PAIR.test(cut(ctx.m, before[0]!.end, before[1]!.start)) && PAIR_AFTER_FIGURES.test(cut(ctx.m, before[1]!.end, pair.start)) ? before : null;
}
const JOINED_PAIR = /^\s*(?:and|y|e)\s*$/i;
/** "… 24,657 in January and February", "24 657 de enero y febrero": a preposition (or none, when the pair's words hold it), a noun at most before it. */
const PAIR_AFTER_FIGURES = /^\s*(?:(?:\p{L}+\s+)?(?:in|for|of|during|de|en|del|durante))?\s*$/iu;

/**
 * Periods: the nearest in the figure's clause (nearestPeriod), else from context. "In 2022 and in
 * 2023, respectively, 248,284 and 520,085": beyond a pair with its two figures (pairedInOrder),
 * darien does not pair figures with periods in order, so such figures are left unchecked (but for
 * a list set against as many months before it, monthsOfTheListBefore); only
 * where the sentence names several periods: "Panama and
 * Costa Rica deported 300 and 200, respectively" pairs places, and its one period is every figure's.
 */
export function attachPeriods(ctx: SentenceContext, built: readonly Building[]): void {
  const { periods, body, pageDate } = ctx;
  const { respectively, pairs, listSpan, listFrom, groups } = respectiveList(ctx, built);
  // A level or a rate "now" in reported speech is as of when it was said, not as of the page; said
  // "this month", as of the month ("told reporters this month that about 140 a day cross now").
  const spoken = wholeMonth(whenSpoken(ctx));
  // "Before the surge, about 10,000 migrants a year made the journey": not as of the page date.
  const bounded = periods.find((p) => p.kind === 'bound');
  for (const figure of built) {
    if (spoken) figure.spokenAt = spoken;
    if (bounded) figure.boundedBy = bounded;
    const pair = pairs?.get(figure) ?? yearItsClauseIsOf(ctx, figure);
    if (pair) {
      Object.assign(figure, { periodMention: pair.mention, periodWords: pair.mention.words, periodFrom: pair.mention.borrowed ? 'context' : 'sentence', period: pair.period });
      continue;
    }
    const best = nearestPeriod(figure, built, periods, ctx.breaks(), body, ctx.sentence.start, ctx.m, ctx.options.language === 'es');
    // "Between his inauguration and July 17, SENAFRONT counted 11,363": a bound that opens the
    // sentence, where no other phrase is the figure's, is its period, unresolved; not one borrowed
    // from the sentence before.
    // Only a bound to a day ("… and July 17"): "Before the surge, about 10,000 a year" keeps its reading.
    // "Before Mulino's inauguration, crossings in 2024 had been running at about 1,100 a day": a
    // bound to someone's day that opens the sentence cuts the year written after it; neither end of
    // what is left is given, so the figure is unresolved rather than read as the whole year.
    const cutsTheYear = bounded && best?.kind === 'year' && bounded.start - ctx.sentence.start <= 2 && SOMEONES_DAY.test(bounded.words);
    const opening = bounded && (cutsTheYear || (!best && bounded.start - ctx.sentence.start <= 2 && /\b\d{1,2}\b/.test(bounded.words)));
    if (bounded && (opening || boundsFigure(bounded, figure, best, built, ctx.m))) {
      // The bound is the figure's period phrase, one darien does not resolve: no other is borrowed.
      figure.periodMention = bounded;
      figure.periodWords = bounded.words;
      figure.periodFrom = 'sentence';
      blame(figure, because('period-unresolved', { words: bounded.words }));
      continue;
    }
    const inList = respectively && figure.start >= listFrom;
    // "frente a 20.500, 21.400 y 33.000, respectivamente": the list's first, a baseline, names no
    // period of its own, and is as unpaired as the rest.
    if ((!best || groups) && inList) blame(figure, because('respectively'));
    if (groups && inList) continue;
    // The list's span is each listed figure's phrase, unresolved, for attach-list.ts to pair by months.
    if (!best && inList && listSpan) Object.assign(figure, { periodMention: listSpan, periodWords: listSpan.words, periodFrom: 'sentence' });
    if (!best) continue;
    figure.periodMention = best;
    figure.periodWords = best.words;
    figure.periodFrom = best.borrowed ? 'context' : 'sentence';
    figure.period = inList ? null : periodOfItsClause(ctx.m, best, figure);
    if (saidAtOpening(ctx, best)) figure.spokenAt ??= best;
    if (!inList && reachedOnADay(ctx, figure, best)) continue;
    if (inList) blame(figure, because('respectively'));
    else if (figure.period === null) {
      blame(figure, because(pageDate === null && best.relative ? 'period-needs-date' : 'period-unresolved', { words: best.words }));
      figure.window = best.window ?? null;
      reachedByWindow(ctx, best, figure);
    }
  }
  if (respectively && !pairs) monthsOfTheListBefore(ctx, built, listFrom);
  if (!respectively) periodFromContext(built, (ctx.before ?? ctx.previous)?.figures ?? [], ctx.breaks(), body, ctx.sentence.start, ctx.m);
  if (!respectively) periodFromSentenceBefore(ctx, built);
  if (!respectively) periodOfTheSameCount(ctx, built);
  if (!respectively) fromToPeriods(ctx, built);
  monthOfEachYear(ctx, built);
  monthOpeningOfTheYear(ctx, built);
  theYearClosedAt(ctx, built);
  toAfterItsStart(ctx, built);
  someOfThePeriod(ctx, built);
  sinceWithinTheGroupBefore(ctx, built);
  runningTotalAfterPart(ctx, built);
  if (ctx.periods.length === 0) periodSaidAgain(built);
}

/**
 * "- Dec. 2021: The year closes at 133,726 crossings", "En diciembre el año cerró con 133.726": what
 * the year closed at is the whole year's count, though the sentence is dated by its last month.
 */
function theYearClosedAt(ctx: SentenceContext, built: readonly Building[]): void {
  for (const figure of built) {
    const period = figure.period;
    if (!period || figure.mention!.change || figure.per !== null || calendarYearOf(period) !== null || yearOfDay(period.start) !== yearOfDay(period.end)) continue;
    // "The year ended with 5,000 crossings … in December 2021, the fewest since May": a month
    // the figure's own clause names after it is its own.
    if (figure.periodMention && figure.periodMention.start > figure.end && !figure.periodMention.borrowed) continue;
    if (!YEAR_CLOSED_AT_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 48), figure.start))) continue;
    const year = yearPeriod(yearOfDay(period.start));
    Object.assign(figure, { period: year, periodWords: `${figure.periodWords ?? ''} (the year closed)`.trim() });
  }
}
const YEAR_CLOSED_AT_BEFORE = EN.pattern('year-closed-at-before');

/**
 * "durante los primeros cinco días de noviembre se registró el paso de 5 mil 595, totalizando ya
 * 463 mil 823", "5,595 crossed in the first five days of November, bringing the total to 463,823":
 * a total a part brings the count to runs from the year's first day to the part's last, not over
 * the part. Read from context: a finding on it is a warning.
 */
function runningTotalAfterPart(ctx: SentenceContext, built: readonly Building[]): void {
  for (const figure of built) {
    const part = figure.period;
    if (!part || figure.per !== null || !RUNNING_TOTAL_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 48), figure.start))) continue;
    const yearStart = dayNumber(yearOfDay(part.start), 1, 1);
    if (yearOfDay(part.end) !== yearOfDay(part.start) || part.start === yearStart) continue;
    Object.assign(figure, { period: periodFromDays(yearStart, part.end), periodFrom: 'context' });
  }
}
const RUNNING_TOTAL_BEFORE = EN.pattern('running-total-before');

/**
 * "De ellas, 11.363 llegaron desde el 1 de julio. … Esos 11.363 supusieron …": a figure said again,
 * in a sentence that names no period, is of the period it was first said for.
 */
function periodSaidAgain(built: readonly Building[]): void {
  for (const figure of built) {
    const first = figure.saidAgainOf;
    if (!first?.period || figure.period || (figure.periodMention && figure.periodMention.start > figure.end)) continue;
    Object.assign(figure, { period: first.period, periodWords: first.periodWords, periodMention: first.periodMention, periodFrom: 'context' });
    if (figure.problem?.includes('period')) blame(figure, null);
  }
}

/**
 * "Hasta el 17 de julio habían cruzado más de 212.000 personas. De ellas, 11.363 llegaron desde el 1
 * de julio": a part of the group counted just before ("De ellas", "Of those,") that came "since" a
 * day came since then until the day that group was counted to, not until the page date.
 */
function sinceWithinTheGroupBefore(ctx: SentenceContext, built: readonly Building[]): void {
  if (!ctx.previous || !OF_THE_GROUP_OPENS.test(cut(ctx.m, ctx.sentence.start, Math.min(ctx.sentence.end, ctx.sentence.start + 24)))) return;
  const page = ctx.pageDate;
  for (const figure of built) {
    const own = figure.period;
    if (!own || !page || own.end !== page.end || !figure.periodMention?.since) continue;
    // The group's own span, or the day it was counted to ("Hasta el 17 de julio", left unresolved).
    const endOf = (f: Building): number | undefined => f.period?.end ?? (f.periodMention && STOOD_UNTIL_WORDS.test(f.periodMention.words) ? (f.periodMention.resolved?.period ?? (f.periodMention as UntilMention).asOf)?.end : undefined);
    const group = ctx.previous.figures.find((f) => f.metric === figure.metric && (endOf(f) ?? Infinity) < own.end && endOf(f)! >= own.start);
    if (group) figure.period = periodFromDays(own.start, endOf(group)!);
  }
}
const STOOD_UNTIL_WORDS = /^(?:by|as of|until|through|hasta|para)\s/i;
const OF_THE_GROUP_OPENS = /^\W*(?:of (?:them|those|these)|among them|de (?:ellas|ellos|esas|esos|estas|estos)|entre (?:ellas|ellos))\s*,/i;

/** "in three of those six years they stayed under 10,000": some of the period's years, not it. */
function someOfThePeriod(ctx: SentenceContext, built: readonly Building[]): void {
  for (const figure of built) {
    const someOf = figure.period ? SOME_OF.exec(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 60), figure.start)) : null;
    if (!someOf) continue;
    figure.period = null;
    blame(figure, because('period-unresolved', { words: someOf[0] }));
  }
}

/**
 * "durante el mes de agosto, donde la entrada disminuyó de 81,523 en 2023 a solo 16,000 este
 * año", "in August, when crossings fell from 81,946 in 2023 to 16,603 this year": a month whose
 * clause ("where", "when") gives figures by year is each figure's month, of that figure's year.
 */
function monthOfEachYear(ctx: SentenceContext, built: readonly Building[]): void {
  const month = ctx.periods.find((p) => p.kind === 'month' && p.resolved && MONTH_WHOSE_YEARS.test(cut(ctx.m, p.end, p.end + 12)));
  if (!month) return;
  const [from, to] = [monthOfDay(month.resolved!.period.start), monthOfDay(month.resolved!.period.end)];
  if (from !== to) return;
  // Up to the clause's first full stop or semicolon after the month, found once.
  const after = cut(ctx.m, month.end, ctx.sentence.end);
  const stop = month.end + (/[.;]/.exec(after)?.index ?? after.length);
  for (const figure of built) {
    const year = figure.period && figure.start > month.end && figure.per === null && !figure.mention?.change ? calendarYearOf(figure.period) ?? yearToDate(figure.period) : null;
    if (year === null || figure.start > stop) continue;
    const days = dayNumber(year, from, 1);
    figure.period = monthOf(days);
    figure.periodWords = `${month.words} (of ${year}: ${figure.periodWords ?? ''})`;
  }
}
/**
 * "January alone brought 24,634 this year", "August set the record this year, with 81,946": a
 * month that opens the sentence as its subject is the period of the figures of its clause, and the
 * year said after it ("this year", "in 2023", "last year") says which year's month, not a span of
 * its own.
 */
function monthOpeningOfTheYear(ctx: SentenceContext, built: readonly Building[]): void {
  const month = ctx.periods.find((p) => p.kind === 'month' && p.resolved && p.start - ctx.sentence.start <= 4);
  if (!month || !MONTH_SUBJECT_OPENING.test(cut(ctx.m, ctx.sentence.start, ctx.sentence.end))) return;
  const number = monthOfDay(month.resolved!.period.start);
  if (monthOfDay(month.resolved!.period.end) !== number) return;
  // Up to the clause's first semicolon or full stop, or a comma that opens another clause.
  const after = cut(ctx.m, month.end, ctx.sentence.end);
  const stop = month.end + (/[.;]|,\s+(?:and|but|while|whereas|y|pero|mientras)\s/i.exec(after)?.index ?? after.length);
  // Only the clause's first count, the month's own: "…, out of 133,726 who crossed in 2021" is the
  // year's, and "April pushed the number who crossed this year past 110,000" a running total.
  const figure = built.find((f) => f.kind === 'quantity' && f.start > month.end);
  const said = figure?.periodMention;
  if (!figure || !figure.period || !said || said === month || said.start < month.end || figure.start > stop || said.start > stop || figure.per !== null || figure.mention?.change) return;
  if (RUNNING_NOUN_BETWEEN.test(cut(ctx.m, month.end, figure.start))) return;
  // A span of a year, or of the year so far: "in January 2021" after it is a month of its own.
  const year = calendarYearOf(figure.period) ?? (figure.period.end - figure.period.start > 62 ? yearToDate(figure.period) : null);
  if (year === null) return;
  figure.period = monthOf(dayNumber(year, number, 1));
  figure.periodWords = `${month.words} (of ${year}: ${figure.periodWords ?? ''})`;
}
/** A running count between the month and its figure: "April pushed the number … past 110,000". */
const RUNNING_NOUN_BETWEEN = EN.pattern('running-noun-between');
const MONTH_SUBJECT_OPENING = EN.pattern('month-subject-opening');

/** The clause after a month that tells of it: "…, donde", "…, when", "en el que". */
const MONTH_WHOSE_YEARS = /^\s*,?\s*(?:donde|cuando|en\s+(?:el\s+)?que|when|where|in\s+which)\b/i;
/** The year of a span from January 1 to a day within it ("este año" read to the page date), or null. */
function yearToDate(period: Period): number | null {
  const year = yearOfDay(period.start);
  return isNewYearsDay(period.start) && yearOfDay(period.end) === year ? year : null;
}

/** How far a bound may stand from the figure it bounds ("a pre-surge norm of about 10,000"). */
const BOUND_REACH = 40;

/**
 * "For the full year SNM recorded 133,726, ... against a pre-surge norm of about 10,000 a year": a
 * bound ("pre-surge", "before 2021") nearer the figure than its period phrase, with no figure
 * between, says the figure is of some years before or after it, not of the phrase's period.
 */
/** "Before Mulino's inauguration", "after his election": a bound to the day of someone's event. */
const SOMEONES_DAY = /['’]s\s|\b(?:his|her|their)\s/i;

function boundsFigure(bound: PeriodMention, figure: Building, best: PeriodMention | null, built: readonly Building[], m: string): boolean {
  const gap = bound.end <= figure.start ? figure.start - bound.end : bound.start >= figure.end ? bound.start - figure.end : -1;
  if (gap < 0 || gap > BOUND_REACH) return false;
  const [from, to] = bound.end <= figure.start ? [bound.end, figure.start] : [figure.end, bound.start];
  // Only where another phrase would be the figure's (with none, finish.ts reads the bound), and
  // only a bound in words ("By then" is one only for want of a period of its own).
  if (!best || THEN.test(bound.glossed ?? bound.words) || built.some((other) => other !== figure && other.start >= from && other.end <= to)) return false;
  // "some 366 a day, against a pre-surge norm", "In 2020, before the surge, 22,102 crossed", "ran
  // ahead of 2021: 4,702 in January": a bound set off by a comma or a colon is another clause's,
  // or describes the period phrase beside it.
  if (/[,;:()]/.test(cut(m, from, to))) return false;
  // "In 2021, a post-pandemic wave of 33,726 crossed": a count keeps the year written out; only a
  // yearly norm ("a pre-surge norm of about 10,000 a year") is of the years the bound names.
  if (figure.per !== 'year' && /\b(?:19|20)\d\d\b/.test(best.words)) return false;
  const bestGap = best.end <= figure.start ? figure.start - best.end : best.start - figure.end;
  return bestGap > gap;
}

/**
 * "This Friday, the number of migrants who crossed reached the figure of 134,178": a tally reached
 * on a day is a running total as of that day, from a start not named, never the day's count (the
 * year so far when the text counts that way: finish.ts).
 */
function reachedOnADay(ctx: SentenceContext, figure: Building, best: PeriodMention): boolean {
  const day = figure.period;
  if (!day || !tallyReachedOn(day, figure, ctx.m, ctx.sentence.start)) return false;
  figure.periodMention = { ...best, resolved: null, asOf: day } as UntilMention;
  figure.period = null;
  blame(figure, because('period-unresolved', { words: best.words }));
  return true;
}
const REACHED_TALLY = EN.pattern('reached-tally');

/** A count (not a rate) said as reached on a single day: a running total then, not the day's count. */
function tallyReachedOn(day: Period, figure: Building, m: string, sentenceStart: number): boolean {
  return day.start === day.end && figure.per === null && REACHED_TALLY.test(cut(m, Math.max(sentenceStart, figure.start - 40), figure.start));
}

// Whether a period phrase trails a figure depends on the phrase alone (the figure it might be for
// stands after it), so it is asked once per phrase of a sentence, not once per figure.
const AND_BEFORE = EN.pattern('and-before-period');
const TRAILING = new WeakMap<readonly Building[], Map<PeriodMention, boolean>>();

function trailsAFigure(p: PeriodMention, built: readonly Building[], m: string): boolean {
  let known = TRAILING.get(built);
  if (!known) TRAILING.set(built, (known = new Map()));
  let trails = known.get(p);
  if (trails === undefined) {
    // "133.726 personas y en 2022 fueron 248.284": a phrase just past "and" opens the next clause.
    trails = built.some((o) => o.end <= p.start && p.start - o.end < 30 && !/[,;]/.test(cut(m, o.end, p.start)) && !AND_BEFORE.test(cut(m, o.end, p.start)));
    known.set(p, trails);
  }
  return trails;
}

/**
 * "By mid-July of last year, about 180,000 had crossed in 2024": the year left unresolved by the
 * vague day it was reached by; that phrase's window is where the figure's span ends.
 */
function reachedByWindow(ctx: SentenceContext, best: PeriodMention, figure: Building): void {
  // Another phrase only when the figure's own names the year ("in 2024"), not "the rest of the year".
  const year = /(?:19|20)\d\d$/.test(best.words) ? best.words.slice(-4) : null;
  const reachedBy = best.window ? best : year ? ctx.periods.find((p) => p.kind === 'vague' && p.window && p.end <= figure.start && String(yearOfDay(p.window.end)) === year && !spansToPartOfMonth(p.glossed ?? p.words)) : undefined;
  const span = reachedBy ? runsFrom(ctx.m, reachedBy, figure) : null;
  if (span) Object.assign(figure, { runsFrom: span.from, window: span.endsWithin });
}

/**
 * "By mid-July of last year, about 180,000 had crossed", "as of early August, more than 212,000":
 * a count said as reached by a time known only to within its window is the count from the start
 * of that year to then. Not a rate ("by mid-July, 500 a day"), nor a window wider than a year.
 */
function runsFrom(m: string, mention: PeriodMention, figure: Building): { from: number; endsWithin: Period } | null {
  const window = mention.window;
  if (!window || figure.per !== null) return null;
  // "between January and mid-July", "entre enero y mediados de julio": from the first month's first
  // day to a day of the last month.
  if (spansToPartOfMonth(mention.glossed ?? mention.words)) return { from: window.start, endsWithin: periodFromDays(dayNumber(yearOfDay(window.end), monthOfDay(window.end), 1), window.end) };
  if (!REACHED_BY_BEFORE.test(cut(m, Math.max(0, mention.start - 12), mention.start))) return null;
  const year = yearOfDay(window.start);
  return yearOfDay(window.end) === year ? { from: dayNumber(year, 1, 1), endsWithin: window } : null;
}
const REACHED_BY_BEFORE = EN.pattern('reached-by-before');

/** Spanish: past a comma or "y", a period opens the next clause ("…22.012, en 2020 se registraron 8.594"). */
const OPENS_NEXT_ES = ES.pattern('opens-next-clause');
// Not a verb that stands for the one before: "302,203 did so in 2024" is no noun and a "so".
const COUNTED_NOUN_FIRST = /^\s+(?!(?:did|does|do)\s)\p{L}+(?=,?\s)/u;

/** A figure, and the sentence and clause its period is looked for in. */
interface PeriodSite {
  readonly figure: Building;
  readonly built: readonly Building[];
  /** Where the sentence starts in the masked text `m`. */
  readonly offset: number;
  readonly m: string;
  readonly spanish: boolean;
  /** The figure's clause, as offsets in the sentence. */
  readonly clause: readonly [number, number];
}

/**
 * The period phrase of a figure: the nearest in its clause, with no other figure between them
 * (unless the two are listed together: "16 boats and 32 motors"). A bound ("before 2021") is never
 * a figure's; a vague phrase ("early 2022") is one only when nothing resolved is in the clause.
 */
function nearestPeriod(figure: Building, built: readonly Building[], periods: readonly PeriodMention[], breaks: ReadonlyArray<readonly [number, number]>, body: string, offset: number, m: string, spanish = false): PeriodMention | null {
  const mention = figure.mention!;
  const site: PeriodSite = { figure, built, offset, m, spanish, clause: clauseBounds(breaks, body.length, mention.start - offset) };
  let best: { p: PeriodMention; distance: number } | null = null;
  for (const p of periods) {
    // "…, the lowest count of any year since at least 2015": how far back a record reaches.
    if (p.start > mention.end && recordReach(p, m)) continue;
    const distance = periodDistance(p, site);
    if (distance === null) continue;
    if (!best || distance < best.distance) best = { p, distance };
  }
  if (best && best.p.at && best.p.end <= mention.start) return { ...best.p, resolved: { period: best.p.at, deictic: false }, since: false };
  // "Del 1 al 17 de julio, tras la llegada de Mulino a la presidencia el 1 de julio, Senafront contó
  // 11.363": a day inside an aside of what came before ("tras", "after") is that event's; the span
  // that opens the sentence is the figure's.
  if (best && best.p.end <= mention.start && ASIDE_LEAD.test(cut(m, offset, best.p.start)) && /^[^,;.]*,/.test(cut(m, best.p.end, mention.start))) {
    const opening = periods.find((p) => p !== best!.p && p.resolved && p.start - offset <= 2);
    if (opening && opening.end <= best.p.start) return opening;
  }
  // "the peak came only two years earlier, when 520,085 crossed in 2023": a period the figure's own
  // clause names outright, after it, over one counted back from another before it.
  if (best?.p.sameAs && best.p.end <= mention.start) {
    const named = periods.find((p) => p.start >= mention.end && !/[,;:]/.test(cut(m, mention.end, p.start)) && p.resolved && !p.sameAs && p.kind === 'year' && periodDistance(p, site) !== null);
    if (named) return named;
  }
  // "En julio pasado «ingresaron 55.387 (…) durante este fin de semana se contabilizó la llegada
  // de 4.910»": a vague phrase in the figure's own clause is its period, unresolved, over one that
  // opens the sentence from another clause.
  const inClause = (p: PeriodMention): boolean => p.start - offset >= site.clause[0] && p.end - offset <= site.clause[1];
  const vague = best && !inClause(best.p) ? periods.find((p) => p.kind === 'vague' && inClause(p) && p.end <= mention.start) : undefined;
  return vague ?? (best ? finerAfter(best.p, figure, periods, m, offset) ?? sinceOverEntry(best.p, periods, m, offset) : null) ?? best?.p ?? null;
}

/**
 * "In 2022, 4,702 people crossed the Darién in January": a year that opens the sentence dates a
 * month named just after the figure's verb, and the month, inside it, is the figure's. Not past
 * other words ("with a peak in August", "since"): only the figure's noun, verb and place between.
 */
function finerAfter(best: PeriodMention, figure: Building, periods: readonly PeriodMention[], m: string, offset: number): PeriodMention | null {
  const year = best.resolved?.period;
  if (!year || best.end > figure.start) return null;
  // "The flow took off in the second half of 2021: 25,332 crossings in August, …": a period a
  // colon opens a list with holds the periods its items name.
  const listed = /^\s*:\s*$/.test(cut(m, best.end, figure.start));
  // "Panama's monthly tallies for 2021 show 25,332 crossings in August": the data's year, as a year that opens the sentence.
  const theData = DATA_SHOW_BETWEEN.test(cut(m, best.end, figure.start));
  if (!listed && (calendarYearOf(year) === null || !(theData || /^\W*$/.test(cut(m, offset, best.start))))) return null;
  const finer = periods.find((p) => p.start >= figure.end && p.start - figure.end <= 60 && p.resolved && p.resolved.period !== year && contains(year, p.resolved.period) && !p.sameAs);
  return finer && PLAIN_GAP.test(cut(m, figure.end, finer.start)) ? finer : null;
}
const PLAIN_GAP = EN.pattern('plain-gap-to-period');
const DATA_SHOW_BETWEEN = EN.pattern('year-data-show-between');
const GAPPED_AND_BEFORE = /\s(?:and|while|whereas)\s+$/i;
const GAPPED_FIGURE_AFTER = /^\s*(?:for|with|at)\s+(?:(?:about|some|nearly|roughly|around|just|only|almost|over|more\s+than)\s+)?\d/i;
const ASIDE_LEAD = EN.pattern('aside-lead-before');
const YEAR_APPOSITIVE_BEFORE = EN.pattern('year-appositive-before');

/**
 * "- **July 17, 2024:** Border police say just 1,136 have crossed since the inauguration": the
 * entry's date is when the running count stood; the "since" phrase, ending on it, is the count's.
 * So is a day said with "by" or "as of" in the sentence.
 */
function sinceOverEntry(best: PeriodMention, periods: readonly PeriodMention[], m: string, offset: number): PeriodMention | null {
  // "By July 17 of last year, 11,363 had come through since Mulino took office": the day the count
  // stood at, said with "by" or "as of", is as much the end of the span as an entry's date.
  const entry = /^[\s*_#>+-]*$/.test(cut(m, offset, best.start)) && /^[\s*_]*[:.—–]/.test(cut(m, best.end, best.end + 4));
  if (!best.pointInTime || !(entry || STOOD_AT_WORDS.test(best.words))) return null;
  return periods.find((p) => p.since && p.start > best.end && p.resolved?.period.end === best.resolved?.period.end) ?? null;
}

/**
 * "… en comparación con el mismo lapso de 2023, año que registró la cifra récord de más de 520.000
 * personas", "against 2023, the year that saw a record 520,085": a figure in a clause that
 * describes a year written out just before it is that whole year's, whatever phrase holds the year.
 */
function yearItsClauseIsOf(ctx: SentenceContext, figure: Building): { mention: PeriodMention; period: Period } | null {
  const from = Math.max(ctx.sentence.start, figure.start - 110);
  const found = YEAR_DESCRIBED_BEFORE.exec(cut(ctx.m, from, figure.start));
  if (!found) return null;
  const start = from + found.index + found[0].indexOf(found[1]!);
  const year = findPeriods(ctx.m, ctx.pageDate, start, start + 4).find((p) => p.kind === 'year' && p.resolved);
  return year ? { mention: year, period: year.resolved!.period } : null;
}
const YEAR_DESCRIBED_BEFORE = EN.pattern('year-described-before');

/** A period after the figure that opens the clause or list item of another figure. */
function headsTheNextItem(p: PeriodMention, site: PeriodSite): boolean {
  const { figure, m } = site;
  const mention = figure.mention!;
  if (p.start < mention.end) return false;
  // "January accounted for 4,702 of those and February for 4,262": a period after "and" that a
  // preposition and another figure follow opens that figure's clause, the verb left unsaid.
  if (GAPPED_AND_BEFORE.test(cut(m, mention.end, p.start)) && GAPPED_FIGURE_AFTER.test(cut(m, p.end, p.end + 24))) return true;
  // "fue de 2 mil 665, al día siguiente mil 522 y el jueves mil 213", "36,001 migrants, in February
  // 37,165": a period after a comma with another figure right after it heads that figure's item of
  // the list, not this one's.
  // "the daily flow is approximately 2,000 people, in 2022 there were less than a thousand": the
  // same with a few words of the next clause's own between, no comma.
  return /^(?:\s+[\p{L}-]+){0,2}\s*,\s*$/u.test(cut(m, mention.end, p.start)) && site.built.some((other) => other !== figure && other.start >= p.end && other.start - p.end <= 40 && NEXT_ITEMS_OWN_BETWEEN.test(cut(m, p.end, other.start)));
}
/** What may stand between a period heading the next item and that item's figure: nothing, or its own verb. */
const NEXT_ITEMS_OWN_BETWEEN = /^(?:[\s,:]*|\s+(?:there\s+)?(?:were|was|came|crossed|fueron|hubo|cruzaron|llegaron)(?:\s+[\p{L}]+){0,3}\s+)$/u;

/** How the words between a period phrase and a figure tie them, or null when the phrase is not the figure's. */
function tieOf(p: PeriodMention, site: PeriodSite): { facts: PeriodFacts; possessive: boolean; when: boolean; outside: boolean; bracketed: boolean } | null {
  const { figure, offset, m } = site;
  const mention = figure.mention!;
  const [clauseStart, clauseEnd] = site.clause;
  if (p.kind === 'bound') return null;
  if (headsTheNextItem(p, site)) return null;
  // "the flow peaked at 2,461 a day in August and has fallen to 140 a day": a perfect of change
  // after the period's clause says where the figure stands since, as of when it was said.
  // (Only the words just before the figure: a sentence of thousands of figures stays linear.)
  if (p.end <= mention.start && SINCE_CHANGED_BETWEEN.test(cut(m, Math.max(p.end, mention.start - 80), mention.start))) return null;
  // "In 2019, the busiest year since 2016, Panama counted 22,102", "In 2023, the year before his
  // election, …": a period inside an aside that describes the year before it is that aside's.
  const lead = cut(m, Math.max(offset, p.start - 60), p.start);
  const appositive = YEAR_APPOSITIVE_BEFORE.test(lead) || (/(?:19|20)\d\d,\s+$/.test(lead) && /^(?:the|el|la)\s/i.test(p.words));
  if (appositive && /^[^.;:\d]{0,40},/.test(cut(m, p.end, p.end + 42))) return null;
  // A period that opens the sentence ("In December and January, ...") stands for every clause
  // that names none of its own; so does a list item's ("- **2022** — Crossings nearly double").
  const opens = opensSentence(p, offset, m, mention.start);
  // A phrase that starts in the clause is in it, though it runs on past a comma of its own
  // ("between July 1, when Mulino was sworn in, and July 17").
  const outside = p.start - offset < clauseStart || p.start - offset >= clauseEnd;
  // "September (25,505) and August (25,332)", "2017 (6.780)": a figure in brackets just after a
  // period is that period's, though the bracket opens a clause of its own.
  // "(" always; "with" only in a list of months ("by May with 38,962, March with 38,009": a month
  // after a comma, or one whose figure the next pair follows, "came May with 38,962, March with …"), not
  // "closed out the year in December with 133,726 for all of 2021".
  const between = cut(m, p.end, figure.start);
  // Not when the bracket gives the figure a year of its own, right after it: "in the last 6 years (30,065 in 2016)".
  const bracketed = p.end <= mention.start && BRACKET_AFTER.test(between) && (/\(/.test(between) || LIST_BEFORE.test(cut(m, Math.max(offset, p.start - 6), p.start)) || MONTH_PAIR_AFTER.test(cut(m, mention.end, mention.end + 40))) && !OWN_YEAR_IN_BRACKET.test(cut(m, mention.end, mention.end + 40));
  // "the month with the fewest crossings this year (11,144)": a gloss in brackets takes the period
  // before it, unless that period is what a superlative is the most of.
  if (bracketed) return SUPERLATIVE_SCOPE.test(cut(m, Math.max(offset, p.start - 120), p.start)) ? null : { facts: factsOf(p, m, offset), possessive: false, when: false, outside: false, bracketed };
  if (yearInBracketsAfter(p, mention, m)) return { facts: factsOf(p, m, offset), possessive: false, when: false, outside: false, bracketed: true };
  if (!opens && outside) return null;
  // "about 366 people a day, which would have sounded absurd to anyone who knew the route only a
  // year before": a time counted back, in a relative clause after the figure, is that clause's
  // ("2,461 a day, which she placed in August" still names the figure's month).
  if (COUNTED_BACK.has(p.kind) && p.start >= mention.end && RELATIVE_AFTER_FIGURE.test(cut(m, mention.end, p.start))) return null;
  // "than in the same period of 2023", "compared with 2022": the baseline's period, not the
  // figure's; "the busiest month was not August": no figure's at all.
  const facts = factsOf(p, m, offset);
  // "also topped August's 25,332": a possessive just before a figure is that figure's own period,
  // a baseline's too.
  // "about ten times the 2020 total of 6,465": a period naming a tally names the figure it gives.
  const possessive = POSSESSIVE_OF.test(cut(m, p.end, mention.start));
  // "the previous year's record, when 133,000 migrants crossed": the when-clause is of that period.
  const when = p.end <= mention.start && WHEN_CLAUSE.test(cut(m, p.end, mention.start));
  if (facts.notAFigures && !possessive && !when) return null;
  // "crossings this year exceed the 133,716 registered the previous year": a period before a
  // compared figure's lead ("exceed the", "than the") is the other side's.
  if (p.end <= mention.start && !possessive && !when && followsBaselineLead(figure, m, offset)) return null;
  // "tripled on the year before": what a change refers back to is its baseline.
  if (mention.change && looksBack(p)) return null;
  // "fallen from 2,461 at the August 2021 peak to about 140": a phrase before the "to" end is the
  // other end's; the "to" end has a period only if one follows it.
  // With no "from" figure in the sentence ("y en 2024 la cifra bajó un 42 por ciento, hasta los
  // 302 mil 203"), the phrase before is the "to" end's own.
  if (mention.to && p.start < mention.start && p.start > sentenceStartOf(site.built, figure) && site.built.some((f) => f !== figure && f.mention?.from && f.start < figure.start)) return null;
  // "la cifra diaria … en enero también bajó, al pasar de un promedio de 2.400 a 140 este año": the
  // "from" end of a change is the earlier value; a phrase before it inside the sentence dates the
  // change, not that value (only one that opens the sentence stands for all of it).
  // Nor, for two counts, one that opens it (countsBothEnds).
  if (mention.from && mention.changeVerb && p.end <= mention.start && site.built.some((f) => f.mention?.to && f.start > figure.end && (!opens || countsBothEnds(figure, f)))) return null;
  // "rose from 133,726 to 248,284 from 2021 to 2022", "more than doubled from 2022 to 2023, reaching
  // 520,085": in a sentence that tells a change, a span of two periods is the change's; which end
  // each other figure is, is not read.
  if (p.kind === 'between' && YEAR_TO_YEAR.test(p.glossed ?? p.words) && !mention.change && site.built.some((f) => f.mention?.change || f.mention?.to)) return null;
  return { facts, possessive, when, outside: opens && outside, bracketed: false };
}
const BRACKET_AFTER = EN.pattern('bracket-after-period');
/**
 * "rose to 133,726 (2021) and then to 248,284 (2022)", "entre 6.465 personas (2020) y 30.055
 * (2016)": a year alone in brackets right after a figure (and its noun) is that figure's.
 */
function yearInBracketsAfter(p: PeriodMention, mention: { readonly end: number }, m: string): boolean {
  return p.start >= mention.end && p.kind === 'year' && YEAR_BRACKET_BETWEEN.test(cut(m, mention.end, p.start)) && /^\s*\)/.test(cut(m, p.end, p.end + 3));
}
/** Between a figure and a year in brackets after it: at most its noun ("6.465 personas (2020)"). */
const YEAR_BRACKET_BETWEEN = /^(?:\s+\p{L}+)?\s*\(\s*$/u;
const YEAR_IN_WHICH = /^,?\s+(?:itself\s+)?an?\s+(?:[\w-]+\s+){0,3}year\s+(?:in\s+which|when)\s[^,;.]*$/i;
/** A phrase's period as the figure's; "October 2022, a year in which 248,284 crossed": the clause is of the month's whole year. */
function periodOfItsClause(m: string, best: PeriodMention, figure: Building): Period | null {
  const period = best.resolved?.period ?? null;
  if (!period || best.end > figure.start || !YEAR_IN_WHICH.test(cut(m, best.end, figure.start))) return period;
  const year = yearOfDay(period.start);
  return yearOfDay(period.end) === year ? parsePeriod(String(year)) : period;
}
const EARLIER_FIGURE = /\b(?:that|the|this)\s+(?:earlier|older|lower|smaller|previous|prior|first)\s+(?:figure|number|count|total|tally)\b|\b(?:esa|la)\s+cifra\s+(?:anterior|menor)\b/i;
const COUNTED_BACK: ReadonlySet<string> = new Set(['year-earlier', 'years-ago', 'days-ago', 'past']);
const RELATIVE_AFTER_FIGURE = /,\s+(?:which|who|whom|where|que|quien|quienes|lo\s+que|donde)\s[^.;:]*$/iu;
const OWN_YEAR_IN_BRACKET = /^\s+(?:in|en|de|del|for|during)\s+(?:19|20)\d\d\s*\)/i;
/** "from 2021 to 2022", "between 2022 and 2023": a span whose ends are two years, as a change is told. */
const YEAR_TO_YEAR = /\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|through|until|till)\s+(?:19|20)\d\d\b/i;
const LIST_BEFORE = /(?:,|\bby|\band|\bor|\by)\s*$/i;
/** "… and has fallen to", "y ha caído a": a present perfect of change just before the figure, after a conjunction. */
const SINCE_CHANGED_BETWEEN = /(?:^|[^\p{L}])(?:and|but|y|pero)\s+(?:has|have|ha|han)\s+(?:since\s+|desde\s+entonces\s+)?(?:fallen|dropped|declined|slowed|shrunk|risen|climbed|grown|caído|bajado|descendido|subido|crecido)\s+(?:to|a|hasta)\s+(?:(?:about|some|just|only|roughly|around|unas?|apenas|solo|sólo)\s+)?$/iu;
/**
 * A share said of a figure in an aside just after its noun: "nearly 134,000 people, 80 per cent of
 * whom were Haitians, risked … in 2021"; "Un total de 48.204 migrantes, el 79,6 % venezolanos,
 * llegaron en septiembre", a share set off with its group between commas. It claims no period the
 * clause names; past the figure's verb, the clause has ended.
 */
function shareAside(other: Building, mention: FigureMention, m: string): boolean {
  if (other.start <= mention.end || other.start - mention.end > 24) return false;
  if (OF_WHOM_AFTER.test(cut(m, other.end, other.end + 20))) return true;
  return other.mention?.unit === 'percent' && SHARE_ASIDE_BEFORE.test(cut(m, mention.end, other.start)) && SHARE_ASIDE_AFTER.test(cut(m, other.end, other.end + 40));
}
const SHARE_ASIDE_BEFORE = EN.pattern('share-aside-before');
const SHARE_ASIDE_AFTER = EN.pattern('share-aside-after');
const OF_WHOM_AFTER = /^\s+(?:of\s+(?:whom|which|them)|de\s+(?:los|las)\s+cuales|de\s+ell[oa]s)\b/i;
const MONTH_PAIR_AFTER = EN.pattern('month-pair-after');
const CLAUSE_OPENER_BEFORE = EN.pattern('clause-opener-before');

/** How far a period phrase stands from the figure, weaker readings counted as farther; null when it is not the figure's. */
function periodDistance(p: PeriodMention, site: PeriodSite): number | null {
  const { figure, built, offset, m } = site;
  const mention = figure.mention!;
  const tie = tieOf(p, site);
  if (!tie) return null;
  if (tie.bracketed) return 0;
  const { facts, possessive, when } = tie;
  const after = p.start >= mention.end;
  const from = after ? mention.end : p.end;
  const to = after ? p.start : mention.start;
  // "Last month, Panama arrested six ..., rescuing 26 ...": a period that opens the sentence
  // stands for all of it; elsewhere a figure between claims the period for itself.
  // Not a figure that counts no whole ("two per boat", "one in five"): it claims no period.
  // Nor a share said of the figure in an aside just after its noun (shareAside).
  const between = (other: Building): boolean => other !== figure && other.start >= from && other.end <= to && !other.mention?.part && !listedTogether(other, figure, m) && !shareAside(other, mention, m);
  // A list item's label is not the period of what it is compared with ("- **2023** — A record
  // 520,085 …, up from 248,284").
  if (!(p.start === offset || (opensSentence(p, offset, m, mention.start) && !isBaseline(figure, m, offset))) && built.some(between)) return null;
  // Weaker readings, taken only when nothing better is in the clause: a vague phrase; a
  // possessive ("last year's surge in August" dates the surge, and August the figure); for the
  // "to" end of "from 2,461 ... to about 140 a day now", a phrase before it, which is the other end's.
  // and a phrase before the figure set off from it by a comma ("on July 1, the agency said,
  // reporting 11,363 crossings from ... through Wednesday"), when one closer in follows it.
  // "In July, 22,822 migrants crossed, in August, 31,142": a phrase that opens the sentence, its
  // comma just before the figure, is the figure's, not weaker than one after it.
  const comma = m.indexOf(',', from);
  // So is one that opens a clause after "and" ("…133.726 personas y en 2022, 248.284"): it does
  // not trail the figure before it.
  const opensWithComma = /^,\s*$/.test(cut(m, p.end, mention.start)) && (p.start === offset || CLAUSE_OPENER_BEFORE.test(cut(m, Math.max(offset, p.start - 12), p.start)));
  // "11.363 cruzaron entre el 1 y el 17": a vague phrase just after the figure's verb is its own.
  const ownVague = p.kind === 'vague' && after && to - from <= 24 && /^[\s\p{L}]*$/u.test(cut(m, from, to));
  // "Last year's total topped half a million, a record 2024 is unlikely to match": a tally said as
  // the period's, just before the figure, is its own, over one past a comma after it.
  const weaker = facts.weaker - (ownVague ? facts.weaker : 0) - (possessive || when ? POSSESSIVE_PENALTY : 0) - (possessive && !after && ownYear(p) ? OWN_TALLY_BONUS : 0) - (when ? 100 : 0) + (!after && !possessive && comma >= 0 && comma < to && !opensWithComma ? 25 : 0) + (mention.to && !after ? 1_000 : 0);
  // "the year before", "a year earlier" after a figure are mostly what it is compared with.
  // Not for a figure that is itself compared with ("five times the 2,928 recorded a year earlier"):
  // the phrase is then its own.
  // Nor one listed after "after" ("crossed last year, after 248,284 the year before"): a count of
  // the year before, in a sequence of years.
  const baseline = looksBack(p) && !mention.change && !mention.from && after && !isBaseline(figure, m, offset) && !AFTER_BEFORE.test(cut(m, Math.max(offset, mention.start - 24), mention.start)) ? 50 : 0;
  // "650 a day for the rest of August and 500 a day in September": a phrase that trails another
  // figure is that figure's.
  const trails = !after && !opensWithComma && trailsAFigure(p, built, m) ? 40 : 0;
  // Spanish puts a period before its verb and figure ("en 2020 se registraron 8.594"): one after
  // the figure, past a comma or "y", is mostly the next clause's.
  // The words between, when few enough for the tests below to look at (each looks at short spans
  // only: a slice per period and figure over long spans cost a tenth of a 1 MB draft's reading).
  const words = to - from <= BETWEEN_REACH ? cut(m, from, to) : null;
  // "con 59 mil 773, seguido por el mes de septiembre, con 48 mil 204": what follows "seguido por"
  // or "followed by" is the next item's, never this figure's.
  if (after && words !== null && NEXT_ITEM.test(words)) return null;
  // English the same way only across a conjunction alone ("was 1,500 and this week it is 750").
  // "29.289 personas y al siguiente, 30.055": a phrase that begins with its own "y" opens it too.
  const opensNextEs = site.spanish && after && (OPENS_NEXT_ES.test(cut(m, from, to)) || /^y\s/i.test(p.words));
  // "133.726 personas, y al año siguiente …": the noun the figure counts may come first.
  const opensNext = (between: string | null): boolean => between !== null && (OPENS_NEXT_EN.test(between) || OPENS_NEXT_EN.test(between.replace(COUNTED_NOUN_FIRST, '')));
  const opensNextEn = !site.spanish && after && opensNext(words);
  // "reached 520,085 and, in 2024, fell to 302,203": with a figure of its own after it, a phrase
  // that opens the next clause is that figure's, never this one's.
  // (Spanish only across "y" alone: past a comma, "…del Darién, en lo que va de 2024, una
  // disminución de 110.056" the phrase is still this figure's.)
  const conjunctionAlone = opensNextEn || (opensNextEs && opensNext(words));
  if (conjunctionAlone && built.some((other) => other !== figure && other.start >= p.end && !other.mention?.part)) return null;
  const nextClause = opensNextEs ? 40 : opensNextEn ? 100 : 0;
  // "traversed the corridor last year and more than 190,000 have crossed so far in 2024": a phrase
  // before the figure, across "and", ends the clause before; one after it in its own clause is nearer.
  const priorClause = !after && words !== null && CLOSES_PRIOR_CLAUSE.test(words) ? 40 : 0;
  return to - from + weaker + baseline + trails + nextClause + priorClause + (tie.outside ? 1_000 : 0);
}

interface PeriodFacts {
  /** After "than", "compared with" or "not": a baseline's period, or no one's. */
  readonly notAFigures: boolean;
  /** How much weaker a reading it is, whatever the figure: vague, unresolved "until", possessive. */
  readonly weaker: number;
  /** "said Wednesday", "told reporters this month": when someone spoke. */
  readonly spoken: boolean;
}

/** What lies between a period and a figure of its when-clause: "’s record, when 133,000". */
const WHEN_CLAUSE = EN.pattern('when-clause');

/**
 * "August 2021 was the busiest month of that year, with 25,332": a period that holds the part a
 * sentence speaks of is not the figure's.
 */
const PART_OF_LEAD = keyed(EN.pattern('part-of-lead'), /month|week|day|quarter|mes|semana|día|trimestre/iu);

/** What stands between a period and the figure it dates: "August's 25,332", "the 2020 total of 6,465". */
const POSSESSIVE_OF = EN.pattern('possessive-of');

/** "last year's surge in August": a possessive dates its noun, mostly not the figure. */
const POSSESSIVE_PENALTY = 40;
/**
 * "Last year's total topped …", "2023's total": the tally the possessive dates is the figure
 * itself. Only a period that says its own year: "That October total" takes its year from the text.
 */
const OWN_TALLY_BONUS = 20;
const ownYear = (p: PeriodMention): boolean => p.kind === 'deictic' || YEAR_DIGITS.test(p.words);

// What a period phrase's own words say, worked out once per phrase rather than once per figure.
const FACTS = new WeakMap<PeriodMention, PeriodFacts>();

/** A period phrase's own first word that may lead to a baseline: "over 2021", "up about 60% on February 2021". */
const OWN_LEAD = /^(?:over|on)\s+/i;
/** …only right after a change's figure ("150 percent over 2021"), not "Over 2022, some 248,284 crossed" or "248,284 over 2022". */
// "2022 over 2021" (a box of numbers' gloss): a year set over another is compared with it.
const CHANGE_JUST_BEFORE = /(?:percent|per cent|%|times|fold|\b(?:19|20)\d\d)\s+$/i;

/**
 * Whether the words before a period phrase (up to `reach` characters) make it what a figure is
 * compared with: "than in 2022", "compared with 2021", and "150 percent over 2021", whose "over" the
 * year's phrase took for itself.
 */
export function leadsToBaseline(p: PeriodMention, m: string, offset: number, reach: number): boolean {
  const before = cut(m, Math.max(offset, p.start - reach), p.start);
  if (isBaselineLead(before + (CHANGE_JUST_BEFORE.test(before) ? (OWN_LEAD.exec(p.words)?.[0] ?? '') : ''))) return true;
  // "frente al año anterior": the phrase took the "al" that "frente" leads with.
  const contraction = SPANISH_OWN_LEAD.exec(p.words)?.[0];
  return contraction !== undefined && /\p{L}\s+$/u.test(before) && isBaselineLead(before + contraction);
}
const SPANISH_OWN_LEAD = /^(?:al|a la|a los|a las|del|de la)\s+/i;

/** A day that dates when a figure was said ("said Wednesday", "in a Jan. 2 speech"), looked at alone. */
export function spokenOn(p: PeriodMention, m: string, offset: number): boolean {
  if (saidThen(p, m, offset) || AS_SAID_BEFORE.test(cut(m, Math.max(offset, p.start - 96), p.start))) return true;
  // "según el Gobierno panameño en 2022": who said it, then when.
  if (ACCORDING_TO_THEN.test(cut(m, Math.max(offset, p.start - 64), p.start))) return true;
  // "In June, by the count DHS relayed in August, only about 100 crossed": when a count was
  // given, in an aside the comma closes.
  if (/^\s*,/.test(m.slice(p.end, p.end + 4)) && REPORTED_THEN_BEFORE.test(m.slice(Math.max(offset, p.start - 24), p.start))) return true;
  // "**August 1, 2025.** DHS says just 100 crossed in June": a timeline entry's date.
  if (p.pointInTime && /^[\s*_#>-]*$/.test(cut(m, offset, p.start)) && ENTRY_SAID_AFTER.test(cut(m, p.end, p.end + 60))) return true;
  // "el presidente en enero dijo 511 mil": a Spanish verb of saying just after the period.
  // Not a period that opens the sentence: "En 2024 reportó el SNM el paso de 302.203" dates the figure.
  if (/\p{L}/u.test(cut(m, offset, p.start)) && SAID_VERBS_ES.has(SAID_FIRST_ES.exec(cut(m, p.end, p.end + 24))?.[1]?.toLowerCase() ?? '')) return true;
  // "informó este lunes", "dijo el jueves": a Spanish verb of saying just before a day, as "said Monday".
  // "a figure of 511,103 in a speech this January": an occasion dates when it was said, a month too.
  // Not "el informe de julio", "the report of July": the month the report covers.
  const beforeMonth = cut(m, Math.max(offset, p.start - 40), p.start);
  if (p.kind === 'month' && !/(?:of|de|del)\s+$/i.test(beforeMonth) && !/^(?:of|de|del)\s/i.test(p.words) && OCCASION_BEFORE.test(beforeMonth.replace(/(?:this|last|este|esta)\s+$/i, ''))) return true;
  return p.pointInTime && (SAID_BEFORE.test(cut(m, Math.max(offset, p.start - 64), p.start)) || SAID_COMPOUND_ES.test(cut(m, Math.max(offset, p.start - 40), p.start)) || MADE_PUBLIC_ES.test(cut(m, Math.max(offset, p.start - 40), p.start)) || SAID_VERBS_ES.has(SAID_LAST_ES.exec(cut(m, Math.max(offset, p.start - 24), p.start))?.[1] ?? '') || OCCASION_AFTER.test(cut(m, p.end, p.end + 24)) || OCCASION_BEFORE.test(cut(m, Math.max(offset, p.start - 40), p.start)));
}

/**
 * "The ministry said in February that the flow had fallen to 140", "aseguró en febrero que": a
 * period between a verb of saying and "that" is when someone spoke, of any length; what was said
 * carries its own period or none.
 */
function saidThen(p: PeriodMention, m: string, offset: number): boolean {
  if (!THAT_AFTER.test(cut(m, p.end, p.end + 24))) return false;
  const lead = cut(m, Math.max(offset, p.start - 64), p.start);
  return SAID_BEFORE.test(lead) || SAID_VERBS_ES.has(/(\p{L}+)\s+$/u.exec(lead)?.[1] ?? '');
}
const THAT_AFTER = EN.pattern('said-that-after');
const AS_SAID_BEFORE = EN.pattern('as-said-before');
const ACCORDING_TO_THEN = EN.pattern('according-to-then-before');
const REPORTED_THEN_BEFORE = EN.pattern('reported-then-before');
const ENTRY_SAID_AFTER = EN.pattern('entry-said-after');
const SAID_LAST_ES = /(\p{L}+),?\s+$/u;
const SAID_FIRST_ES = /^\s+(\p{L}+)/u;
const SAID_VERBS_ES: ReadonlySet<string> = new Set(ES.list('said-verbs'));
const SAID_COMPOUND_ES = ES.pattern('said-compound-before');
const MADE_PUBLIC_ES = ES.pattern('made-public-before');

export function factsOf(p: PeriodMention, m: string, offset: number): PeriodFacts {
  let facts = FACTS.get(p);
  if (facts) return facts;
  const lead = cut(m, Math.max(offset, p.start - 24), p.start);
  const until = (p.kind === 'that' || UNTIL.test(p.words) || UNTIL_BEFORE.test(lead)) && !p.resolved;
  // "said Wednesday", "in a Jan. 2 speech", "in a speech on Jan. 2": when a figure was said.
  const spoken = spokenOn(p, m, offset);
  facts = {
    // "said Wednesday that 9,683 ...": the day someone spoke is no figure's period.
    // "the busiest month of 2023 saw 81,946": the year holds the month, whose period is not named.
    // "exceeding total migrant traffic for 2022": the verb may stand a few words back.
    // "rose by 150 percent over 2021": the year's phrase took "over" for itself; it is the lead.
    // "In the first 17 days after Mulino was sworn in on July 1, Panama counted 11,363": the day
    // dates the event, and the figure is of the span it starts.
    // "Now compare June's 10 with July 2024 …": "now" that turns to the reader is no time.
    // "el mayor número de migrantes … este año": what the superlative is the most of.
    notAFigures: leadsToBaseline(p, m, offset, 100) || /\bnot\s+$/i.test(lead) || spoken || PART_OF_LEAD.test(lead) || (p.pointInTime && EVENT_JUST_BEFORE.test(lead)) || BEGAN_BEFORE.test(lead) || SUPERLATIVE_SCOPE.test(cut(m, Math.max(offset, p.start - 120), p.start)) || SUPERLATIVE_SCOPE_AFTER.test(cut(m, p.end, p.end + 48)) || (/^now$/i.test(p.words) && NOW_IMPERATIVE.test(cut(m, p.end, p.end + 16))),
    spoken,
    weaker: (p.kind === 'vague' ? 10_000 : 0) + (until ? 500 : 0) + (/['’]s$/.test(cut(m, p.end, p.end + 2)) ? POSSESSIVE_PENALTY : 0),
  };
  FACTS.set(p, facts);
  return facts;
}

/**
 * "In February, Foreign Minister Erika Mouynes said …": a period that opens the sentence before who
 * spoke is when they spoke, and still the period of a count said then (finish.ts reads a rate said
 * then as the rate at that time).
 */
function saidAtOpening(ctx: SentenceContext, p: PeriodMention): boolean {
  return /^[\s*_#>-]*$/.test(cut(ctx.m, ctx.sentence.start, p.start)) && SAID_OPENING_AFTER.test(cut(ctx.m, p.end, p.end + 90));
}
const SAID_OPENING_AFTER = EN.pattern('said-opening-after');

/** Where the "from" end of a "to" figure starts, or the figure itself when it has none. */
function sentenceStartOf(built: readonly Building[], figure: Building): number {
  const from = [...built].reverse().find((f) => f.start < figure.start && f.mention?.from);
  return from ? from.start : figure.start;
}

/** "16 boats and 32 motors", "4,702 and 4,262": figures of one list share a period. */
function listedTogether(a: Building, b: Building, m: string): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^[^,.;:\d]{0,40}\s(?:and|or)\s$/.test(cut(m, first.end, second.start)) || /^\s(?:and|or)\s$/.test(cut(m, first.end, second.start));
}

/** "about 2,000 of them were alone": a part of the figure before it. */
const OF_THEM = EN.pattern('of-them');
const OCCASION_AFTER = EN.pattern('occasion-dated-after');
const A_MOMENT = EN.pattern('a-moment');
const NOW_IMPERATIVE = EN.pattern('now-to-the-reader');
const SUPERLATIVE_SCOPE_AFTER = EN.pattern('superlative-scope-after');
const EVENT_JUST_BEFORE = EN.pattern('event-just-before');
/** "the surge that began in 2021": a period that dates something else in a relative clause. */
const BEGAN_BEFORE = EN.pattern('began-before');
const SUPERLATIVE_SCOPE = keyed(EN.pattern('superlative-scope'), /highest|largest|biggest|greatest|lowest|smallest|mayor|menor|más\s+alt|más\s+baj|most|fewest|least|con\s+m[aáe]/iu);
/**
 * "En 2020 la cifra bajó de 22.102 a 6.465": 2020's count and the one before it; two totals of one
 * period would be no change. Only of a flow: a level's two ends ("waiting in Necoclí rose from 1,000
 * to 20,000" in 2021) are both within the period.
 */
function countsBothEnds(figure: Building, to: Building): boolean {
  const from = figure.mention!;
  return figure.metric?.kind !== 'level' && to.metric?.kind !== 'level' && from.per === null && to.mention?.per === null && from.unit === null && to.mention?.unit === null;
}

/**
 * A period that opens its sentence, or labels a list item ("- **2022** — Crossings nearly double,
 * to 302,203", "- **Full year 2025** — 3,091 crossings"): every figure after it that names no
 * period of its own is of it.
 */
function opensSentence(p: PeriodMention, offset: number, m: string, figureStart: number): boolean {
  // «En lo que va de 2022, han ingresado …»: an opening quotation mark or question mark is no word
  // before it, for a figure inside the same quotation («En 2021 creímos …», dijo; la cifra llegó a
  // 520.085 is not).
  const quoted = p.start - offset <= 3 && OPENING_MARKS.test(cut(m, offset, p.start)) && !CLOSING_MARKS.test(cut(m, p.end, figureStart));
  if (p.start === offset || quoted) return true;
  // "… y en 2024 la cifra bajó un 42 por ciento, hasta los 302 mil 203": a period that opens a
  // clause after "and" stands for the clauses after it, as one opening the sentence does.
  if (p.end <= figureStart && COORDINATE_BEFORE.test(cut(m, Math.max(offset, p.start - 10), p.start)) && !ANOTHER_CLAUSE.test(cut(m, p.end, figureStart))) return true;
  // "La pandemia pareció cerrar la ruta: en 2020 la cifra bajó de 22.102 a 6.465", "En resumen, en
  // 2020 …": so does one that opens the clause after a colon, or after an opener set off by a comma,
  // that holds no figure.
  // Not a speaker's or a caption's label ("LOCUTOR:", "RÓTULO:"), nor past a semicolon.
  if (p.end <= figureStart && p.start - offset <= 80 && OPENER_BEFORE.test(cut(m, offset, p.start)) && !LABEL_ONLY.test(cut(m, offset, p.start)) && !/[;]/.test(cut(m, p.end, figureStart)) && !ANOTHER_CLAUSE.test(cut(m, p.end, figureStart))) return true;
  if (p.start - offset > 40) return false;
  const lead = cut(m, offset, p.start);
  // "Go back to 2020, and 133,000 made the journey", "Look at 2021: …": a short opening clause that
  // ends with the period and holds no figure sets it for the sentence.
  return (ITEM_LABEL_BEFORE.test(lead) && ITEM_LABEL_AFTER.test(cut(m, p.end, p.end + 8))) || (OPENING_CLAUSE_BEFORE.test(lead) && OPENING_CLAUSE_AFTER.test(cut(m, p.end, figureStart)));
}
const COORDINATE_BEFORE = /(?:^|[^\p{L}])(?:y|and)\s+$/u;
const OPENER_BEFORE = /^[^\d:;,]+[:,]\s+$/u;
const LABEL_ONLY = /^[\p{Lu}\s.*_]+:\s+$/u;
/** "…, and in July and August the flow slowed, but the year still closed with 302,203": another clause after it. */
const ANOTHER_CLAUSE = /(?:^|[^\p{L}])(?:but|and|yet|while|pero|y|mientras|aunque)\s/iu;
const OPENING_CLAUSE_BEFORE = /^\s*(?:[\p{L}'’-]+\s+){1,4}$/u;
const OPENING_CLAUSE_AFTER = /^\s*(?:,\s*(?:and|y)\s+|:\s+|\s[—–]\s)(?:[\p{L}'’-]+\s+){0,3}$/u;
const OPENING_MARKS = /^[\s«“"‘'¿¡]+$/;
const CLOSING_MARKS = /[»”"?!]/;
const ITEM_LABEL_BEFORE = /^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?(?:\*\*|__|\*|_)?\s*(?:[\p{L}-]+\s+){0,3}$/u;
const ITEM_LABEL_AFTER = /^\s*(?:\*\*|__|\*|_)?\s*(?:[—–:]|-\s)/;
const OCCASION_BEFORE = EN.pattern('occasion-dated-before');

/**
 * A figure whose sentence names no period for it takes one from context: an earlier figure of its
 * clause ("81,946 crossings that August, an average of more than 2,600 a day"), else, when the
 * sentence refers back ("That is an average of about 680 a day"), the last dated figure of the
 * sentence before. Marked as read from context.
 */
/**
 * "Every day of 2023, some 1,400 emerged from the forest. Picture 14,000 arriving every single
 * day.": a rate that names no period, right after a rate of the same unit in the same paragraph,
 * is a rate of that one's period (read from context, so at most a warning).
 */
/**
 * "That was nearly triple the 133,726 who crossed in 2021. / It works out to roughly 680 a day": a
 * sentence that refers back to one whose own figure took its period from the text before it (a
 * ratio of "last year"), the other being a baseline, is about that figure's period.
 */
function carriedBefore(before: readonly Building[], m: string): Building | undefined {
  return [...before].reverse().find((f) => f.period && f.periodFrom === 'context' && f.kind === 'quantity' && !isBaseline(f, m, f.sentence.start));
}

function sameRateBefore(figure: Building, before: readonly Building[]): Building | undefined {
  if (figure.per === null) return undefined;
  // "Octubre deja un promedio de más de 830 personas al día. Unas 60 por hora": the same rate told
  // in another unit, in the next sentence, is of the same period.
  // Not a rate its sentence bounds, nor a yearly one ("Before the surge, about 10,000 a year", "en
  // un año normal"): that is of other years, as a year's restatement would be its total.
  const last = figure.boundedBy || figure.per === 'year' ? undefined : before.at(-1);
  return [...before].reverse().find((f) => f.period && f.kind === 'quantity' && (f.per === figure.per || (f.per !== null && f === last)) && !f.mention?.change && f.sentence.paragraph === figure.sentence.paragraph);
}

/**
 * "Durante el año 2025, el tránsito … experimentó un descenso sin precedentes. Según los datos
 * oficiales, solo 3.091 migrantes lograron cruzar": a sentence that names no period continues the
 * one period the sentence before it, in its paragraph, named while counting nothing itself. Read
 * from context, so lint may warn about it, never fail it.
 */
function periodFromSentenceBefore(ctx: SentenceContext, built: readonly Building[]): void {
  // "Q: How many crossed in 2023? / A: About 520,085.": an answer, in its own paragraph, too.
  // "Likewise, in Panama, 2023 broke records for migrants … / An estimated 520,085 people passed
  // through the perilous jungle": a paragraph before that names one year and no figure sets up
  // the next one, as a heading does.
  // A heading that is a period ("## August", "## 2023") sets up its section's first sentence, whatever kind of period it names.
  const heading = ctx.previous?.sentence.heading === true && ctx.previous.periods.length === 1;
  // "… ha experimentado una notable disminución en lo que va del año 2024. / Se han registrado al
  // menos 244,243 cruces": the year so far sets up the next paragraph as a year does.
  const setUp = ctx.previous && ctx.previous.periods.length === 1 && (ctx.previous.periods[0]!.kind === 'year' || ctx.previous.periods[0]!.kind === 'so-far' || heading) ? ctx.previous : null;
  const prior = ctx.prior ?? (ctx.answers ? ctx.previous : setUp);
  // A running total ("Se han registrado") stands at a moment, no period's count; of a year so far,
  // in a sentence set against the same span of another year ("frente al mismo período del año
  // anterior"), it is that span's. ("More than 1,000,000 have crossed the jungle" is a count since
  // the route began.)
  const soFar = prior !== null && prior.periods.length === 1 && prior.periods[0]!.kind === 'so-far' && ctx.periods.some((p) => p.kind === 'same');
  if (!prior || prior.figures.some((f) => f.kind === 'quantity') || (A_MOMENT.test(ctx.body) && !soFar)) return;
  const named = prior.periods.filter((p) => p.resolved && p.kind !== 'bound' && p.kind !== 'vague' && !p.sameAs);
  // "¿Cuántos cruzaron en 2023, el año récord?": a question may name its year twice.
  // "¿… en 2024 y cuántos el año anterior?" asks of two years, each resolved.
  const resolved = prior.periods.filter((p) => p.resolved && p.kind !== 'bound' && p.kind !== 'vague');
  const said = ctx.answers ? new Set(resolved.map((p) => p.resolved!.period.text)).size + prior.periods.filter((p) => !p.resolved && !p.sameAs).length : prior.periods.length;
  if (named.length === 0 || said !== 1) return;
  const [only] = named;
  // "**Was last year really a drop?** Yes: the flow fell by about 25% from the 2023 record": a
  // question asks of its period, and the change that answers it is of that period; so is the
  // rate an answer gives ("¿Cuántas al día, en 2023? R. Unas 1.400").
  const asked = /\?[\s*_]*$/.test(cut(ctx.m, prior.sentence.start, prior.sentence.end));
  for (const figure of built) {
    if (figure.periodMention || figure.kind !== 'quantity' || (figure.mention!.change && !asked) || figure.mention!.part || (figure.per !== null && !(asked && ctx.answers))) continue;
    // Across a paragraph, only a figure whose own words say what it counts: a page footer's "312"
    // is no count of the year the paragraph before named.
    // The words that say what it counts may stand with a place named before ("Se han registrado al
    // menos 244,243 cruces"): the figure's own noun, its frame's word for what it counts, is words
    // enough (not a page footer's "312 · Unit 3: Population and Movement").
    if (!ctx.prior && !ctx.answers && !heading && figure.metricFrom !== 'sentence' && !figure.ownNounFramed) continue;
    figure.period = only!.resolved!.period;
    figure.periodWords = only!.words;
    figure.periodMention = only!;
    figure.periodFrom = 'context';
  }
}

/**
 * "Migration through the Darién fell 41% during 2024. A total of 302,203 migrants crossed the
 * jungle, compared with 520,085 the year before.": a total that names no period of its own (the
 * sentence's only period is its baseline's), of the metric the sentence before, in its paragraph,
 * counted over the one period it named, is of that period. Read from context, so lint may warn
 * about it, never fail it; not a rate (said as of when), a part, or a running total ('a-moment').
 */
function periodOfTheSameCount(ctx: SentenceContext, built: readonly Building[]): void {
  const prior = ctx.prior;
  if (!prior || A_MOMENT.test(ctx.body)) return;
  // Every period the sentence names is a baseline's ("compared with 520,085 the year before").
  const baselines = built.filter((f) => isBaseline(f, ctx.m, ctx.sentence.start));
  if (ctx.periods.some((p) => !baselines.some((f) => f.periodMention === p))) return;
  const named = prior.periods.filter((p) => p.resolved && p.kind !== 'bound' && p.kind !== 'vague' && !p.sameAs);
  if (named.length !== 1 || prior.periods.length !== 1) return;
  const [only] = named;
  const period = only!.resolved!.period;
  const counted = prior.figures.filter((f) => f.metric && f.periodFrom === 'sentence' && f.period?.start === period.start && f.period.end === period.end);
  for (const figure of built) {
    if (figure.period || figure.periodMention || figure.kind !== 'quantity' || figure.mention!.change || figure.mention!.part || figure.mention!.to || figure.per !== null) continue;
    if (!figure.metric || figure.metricFrom !== 'sentence' || isBaseline(figure, ctx.m, ctx.sentence.start)) continue;
    if (!counted.some((f) => f.metric === figure.metric || f.metric!.id === figure.metric!.rateOf)) continue;
    Object.assign(figure, { period, periodWords: only!.words, periodMention: only!, periodFrom: 'context' });
  }
}

/**
 * "… counted 302,203 crossings last year, down from 520,085 in 2023. / Put per day, that is a drop
 * from roughly 1,400 people a day to something closer to 830.": a change from one figure to
 * another, in a sentence that names no period and refers back to one that named two, runs from
 * the earlier of them to the later. Read from context: it can warn, never fail. In a sentence that
 * names a span of months, from its first month to its last (fromToOfTheSpan).
 */
function fromToPeriods(ctx: SentenceContext, built: readonly Building[]): void {
  const to = built.find((f) => f.mention!.to && !f.mention!.change);
  const from = to ? [...built].reverse().find((f) => f.start < to.start && f.mention!.from && !f.mention!.change) : undefined;
  if (!to || !from) return;
  if (ctx.periods.length > 0) {
    fromToOfTheSpan(ctx, from, to);
    return;
  }
  if (from.periodMention || to.periodMention) return;
  const before = ctx.before ?? ctx.prior;
  if (!before) return;
  const named = before.figures.filter((f) => f.kind === 'quantity' && f.period && f.periodMention && !f.mention?.change);
  const periods = [...new Map(named.map((f) => [periodKey(f.period!), f] as const)).values()].sort((a, b) => a.period!.start - b.period!.start);
  if (periods.length !== 2 || periods[0]!.period!.end >= periods[1]!.period!.start) return;
  for (const [figure, source] of [[from, periods[0]!], [to, periods[1]!]] as const) {
    figure.period = source.period;
    figure.periodWords = source.periodWords;
    figure.periodMention = source.periodMention;
    figure.periodFrom = 'context';
  }
}

/**
 * "Panamá ha pasado de … más de 25.000 migrantes entre agosto y octubre del 2021 a 4.700 en enero":
 * the end of a change comes after its start, so a bare month that took an earlier year from the
 * text (the sentence before spoke of 2021) is the same month a year on, when that is after the
 * start and not after the page date. A month written with its year is left as written.
 */
function toAfterItsStart(ctx: SentenceContext, built: readonly Building[]): void {
  const to = built.find((f) => f.mention!.to && f.period && f.periodMention);
  const start = to ? [...built].reverse().find((f) => f.start < to.start && f.period && !f.mention!.change) : undefined;
  if (!to || !start || /\d{3,4}/.test(to.periodMention!.words) || to.period!.end >= start.period!.start) return;
  const month = monthOf(to.period!.start);
  if (month.start !== to.period!.start || month.end !== to.period!.end) return;
  const next = monthOf(dayNumber(yearOfDay(month.start) + 1, monthOfDay(month.start), 1));
  if (next.start < start.period!.end || (ctx.pageDate && next.start > ctx.pageDate.end)) return;
  to.period = next;
  to.periodWords = `${to.periodMention!.words} (after the start of the change)`;
}

/**
 * "From January to October the monthly count rose 24-fold, from 1,071 to 25,904": a change from
 * one figure to another with no period of their own, in a sentence whose one period is a span of
 * months, runs from its first month to its last.
 */
function fromToOfTheSpan(ctx: SentenceContext, from: Building, to: Building): void {
  const spans = ctx.periods.filter((p) => p.kind === 'month-span' || p.kind === 'between');
  const span = spans.length === 1 && ctx.periods.length === 1 ? spans[0]!.resolved?.period : undefined;
  if (!span || [from, to].some((f) => f.periodMention && f.periodMention !== spans[0])) return;
  const [first, last] = [monthOf(span.start), monthOf(span.end)];
  // Months of one year ("From January to October"); a span of years ("from 2021 to 2022") has its ends read elsewhere.
  if (first.start !== span.start || last.end !== span.end || first.start === last.start || yearOfDay(span.start) !== yearOfDay(span.end)) return;
  for (const [figure, month, end] of [[from, first, 'first'], [to, last, 'last']] as const) {
    figure.period = month;
    figure.periodWords = `${spans[0]!.words} (its ${end} month)`;
    figure.periodMention = spans[0]!;
    figure.periodFrom = 'sentence';
  }
}

/**
 * When the sentence's source spoke: a period of its own said so ("said in February"), or, for
 * "She added that by the time she spoke, the flow had dropped to 140", the sentence before's.
 */
function whenSpoken(ctx: SentenceContext): PeriodMention | undefined {
  const own = ctx.periods.find((p) => p.resolved && factsOf(p, ctx.m, ctx.sentence.start).spoken);
  if (own || ctx.periods.length > 0 || !ctx.previous || !WHEN_SHE_SPOKE.test(ctx.body)) return own;
  return ctx.previous.periods.find((p) => p.resolved && factsOf(p, ctx.m, ctx.previous!.sentence.start).spoken);
}

/** "put the figure at 511,103": the figure is a value of the figure before (lexicon puts-the-figure). */
function givesTheFigure(body: string, at: number): boolean {
  const phrase = PUTS_THE_FIGURE.exec(body);
  return phrase !== null && /^\s+(?:(?:about|some|nearly|almost|roughly|around|only|just)\s+|(?:more|fewer|less) than\s+)?$/i.test(body.slice(phrase.index + phrase[0].length, at));
}
const PUTS_THE_FIGURE = EN.pattern('puts-the-figure');
const WHEN_SHE_SPOKE = keyed(EN.pattern('when-she-spoke'), /spoke|said\s+so|speaking|habló|hablaba/iu);
const AFTER_A_FIGURE = EN.pattern('after-a-figure');
const AFTER_BEFORE = EN.pattern('after-before-figure');

function periodFromContext(built: readonly Building[], before: readonly Building[], breaks: ReadonlyArray<readonly [number, number]>, body: string, offset: number, m: string): void {
  for (let i = 0; i < built.length; i++) {
    const figure = built[i]!;
    // The "to" end of "from 2,461 in August to about 140" is not of the "from" end's period, nor is
    // a baseline of the figure it is compared with ("520,085 …, up from 248,284").
    if (figure.periodMention || figure.mention!.change || (figure.mention!.to && sentenceStartOf(built, figure) !== figure.start) || isBaseline(figure, m, offset)) continue;
    // "Mouynes said in February that the flow was down to about 140 a day": a rate said then is
    // the rate when it was said, not the one before it in the text (finish.ts reads it so).
    if (figure.spokenAt && figure.per !== null) continue;
    // "30,000 children crossed in the first four months ..., and about 2,000 of them were alone":
    // a part is of the period of the figure it is part of.
    if (figure.mention!.part) {
      const whole = built.slice(0, i).reverse().find((f) => f.period && !f.mention!.change && !f.mention!.part);
      if (whole && OF_THEM.test(figure.mention!.part.message + body.slice(figure.end - offset, figure.end - offset + 12))) {
        figure.period = whole.period;
        figure.periodWords = whole.periodWords;
        figure.periodMention = whole.periodMention;
        figure.periodFrom = 'context';
      }
      continue;
    }
    const clause = clauseBounds(breaks, body.length, figure.start - offset);
    const earlier = built
      .slice(0, i)
      .reverse()
      .find((f) => f.period && f.periodMention && !f.mention!.change && clauseBounds(breaks, body.length, f.start - offset)[0] === clause[0]);
    // Not a period a figure had by default ("140 a day", as of when it was said): that one names none.
    // "Some 25,904 crossed last month, after 25,505 in September and 25,332 in August. That works
    // out to …": the figures after ", after" are what came before it, not what "That" is.
    // "That record year was more than five times the 133,726 of 2021. / Even that earlier figure
    // meant about 366 a day": "that earlier figure" is the one compared with.
    const compared = EARLIER_FIGURE.test(body) ? [...before].reverse().find((f) => f.period && f.periodMention && f.kind === 'quantity' && !f.mention?.change && isBaseline(f, m, f.sentence.start)) : undefined;
    const referred = REFERS_BACK.test(body) || givesTheFigure(body, figure.start - offset);
    const source = earlier ?? compared ?? (referred ? [...before].reverse().find((f) => f.period && f.periodMention && f.kind === 'quantity' && !f.mention?.change && !isBaseline(f, m, f.sentence.start) && !AFTER_A_FIGURE.test(cut(m, f.sentence.start, f.start))) : undefined) ?? (referred ? carriedBefore(before, m) : undefined) ?? sameRateBefore(figure, before);
    if (!source) continue;
    // "llegaron 2,316 a Darién, lo cual dio a 132,153": a running total reached on the day of the
    // figure before it is no count of that day.
    if (tallyReachedOn(source.period!, figure, m, offset)) {
      blame(figure, because('period-unresolved', { words: source.periodWords ?? '' }));
      continue;
    }
    figure.period = source.period;
    figure.periodWords = source.periodWords;
    figure.periodMention = source.periodMention;
    figure.periodFrom = 'context';
  }
}
