/**
 * Attach stage, comparisons: for each figure that compares ("up from", "tripled", "41 percent
 * fewer than"), its subject and baseline figures, in the sentence or the one before, and the
 * period it is compared against.
 */
import { calendarYearOf, contains, dayNumber, isoDay, monthOfDay, overlaps, parsePeriod, periodFromDays, samePeriod, yearOfDay, yearPeriod, type Period } from '../model/period.js';
import { TO_ONE_ENDS } from '../model/figure.js';
import { findPeriods, resolveSameAs, type PeriodMention } from '../text/periods.js';
import type { Sentence } from '../text/sentences.js';
import { type SentenceContext, REFERS_BACK } from './context.js';
import { type Building, type MetricFallback, blame, isFraction } from './record.js';
import { followsBaselineLead, isBaseline } from './baselines.js';
import { factsOf, leadsToBaseline } from './attach-period.js';
import { monthOf, monthsInYear, monthsSpanned, looksBack, namedAfterThan, type UntilMention } from './resolve-period.js';
import { EN } from './lexicon/en.js';
import { keyed } from '../text/keyed.js';
import { changesOtherCount } from './metric-context.js';
import { cut } from '../text/one-byte.js';

/** Comparisons: what is compared with what, and over which periods. */
export function attachComparisons(ctx: SentenceContext, built: readonly Building[], fallback: MetricFallback): void {
  for (const figure of built) if (!figure.mention!.change && !figure.comparisonDraft) gapBetween(ctx, built, figure);
  const plain = built.filter((f) => !f.mention!.change && !f.comparisonDraft);
  for (const figure of built) {
    const change = figure.mention!.change;
    if (!change) continue;
    // "so it nearly quadrupled in two years": "it" is no figure of the sentence; left unchecked.
    // "last year's traffic was roughly 25 times normal": a ratio to what is usual, no figure or
    // period of the flow, is left open.
    if (CHANGE_OVER_SPAN.test(ctx.body) || AGAINST_THE_NORM.test(cut(ctx.m, figure.end, figure.end + 48))) {
      figure.comparisonDraft = { kind: change.kind, direction: change.direction, subject: null, baseline: null, baselinePeriod: null, baselineWords: null };
      continue;
    }
    if (subjectByItsYear(ctx, figure, plain) || ratioOfTheTwoBefore(ctx, figure, plain) || shareInApposition(ctx, figure, plain) || percentShare(ctx, figure, plain, fallback)) continue;
    const compared = namedInItsOwnWords(figure, comparedFigures(ctx, built, figure, plain), fallback);
    const paired = spanOfTheBaseline(figure, earlierSaidSecond(ctx, figure, pairBefore(ctx, figure, compared.subject || compared.baseline ? compared : (vaguePair(ctx, figure) ?? compared))));
    const subject = paired.subject;
    if (subject) soFarAgainstTheSameSpan(ctx, subject);
    const named = baselinePeriodOf(ctx, subject, figure, built);
    const baseline = outranked(ctx, figure, paired.baseline, named) ? null : paired.baseline;
    const unnamed = !subject && !baseline && named.period === null ? (unnamedBaseline(ctx, figure) ?? named) : named;
    // The year before the subject's: the comparison's own period is its subject's (takeFromSubject, below).
    const implied = unnamed.period === null && !baseline && figure.periodFrom === 'sentence' && !NAMES_A_BASELINE.test(ctx.body) ? yearBefore(subject?.period ?? figure.period) : null;
    const { period: baselinePeriod, words: baselineWords } = implied ?? unnamed;
    // "4,702 in January and 4,262 in February, about three times the same two months of 2021".
    const together = !baseline && monthsTogether(plain, subject, figure, baselinePeriod);
    figure.comparisonDraft = { kind: change.kind, direction: change.direction, subject: together ? null : subject, baseline, baselinePeriod, baselineWords };
    if (!subject) monthsOfTheWholesYear(figure, baseline?.period ?? baselinePeriod);
    // With no subject figure ("La cifra del primer cuatrimestre de 2023 sextuplica a la de …"), the
    // comparison's own period is its subject's.
    if (baseline) baselineOfTheSameDays(ctx, figure, subject ?? (figure.period ? figure : built.find((f) => f !== baseline && !f.mention!.change && f.period !== null)) ?? null, baseline);
    if (!subject && !baseline && !figure.period && baselinePeriod === null) presentPerfectSoFar(ctx, figure);
    if (subject && baseline) periodsOfTheEnds(figure, subject, baseline, baselinePeriod, baselineWords);
    if (subject && !together) {
      takeFromSubject(figure, subject, true);
      // "Esa cifra duplica los 248.284 tránsitos registrados en 2022 … y es casi 17 veces más …":
      // a subject with no period leaves the comparison none, not the period of a figure before it.
      if (!subject.period && figure.periodMention && built.some((o) => o !== figure && o !== subject && o.periodMention === figure.periodMention && o.end <= figure.start)) {
        figure.period = null;
        figure.periodWords = null;
        figure.periodMention = null;
      }
    } else if (!figure.metric && fallback.has(figure)) {
      const reading = fallback.get(figure)!;
      figure.metric = reading.metric;
      figure.metricFrom = reading.from;
      figure.phrase = reading.phrase;
    }
    if (baseline) countsAsCompared(figure, baseline);
  }
  // "238,185 … in the first eight months of the year, compared to 333,704 in 2023": no change
  // figure, the same reading.
  plain.forEach((figure, i) => {
    const other = plain.slice(0, i).reverse().find((f) => f.period !== null);
    if (other && !figure.comparisonDraft) baselineOfTheSameDays(ctx, null, other, figure);
    // "87.000 personas, lo que rebasa con mucho la cifra de 13.796 registradas en …": a figure
    // compared with, and no change between them, counts what the figure before it counts, whether
    // or not that one's period could be read ("en los primeros días de abril, frente a las 194").
    const counted = other?.metric ? other : plain.slice(0, i).reverse().find((f) => f.metric !== null && f.periodMention !== null && f.period === null);
    if (counted?.metric && !figure.metric && figure.unit === counted.unit && isBaseline(figure, ctx.m, ctx.sentence.start)) {
      figure.metric = counted.metric;
      figure.metricFrom = counted.metricFrom === 'sentence' ? 'subject' : counted.metricFrom;
      figure.phrase = counted.phrase;
      if (figure.reason === 'no-metric') blame(figure, null);
    }
  });
}

/**
 * "August, September and October together carried more than two-thirds of the 2021 flow", on a
 * page of 2023: a share of a year said of months that name no year of their own is of that year's
 * months, not the page's.
 */
function monthsOfTheWholesYear(figure: Building, whole: Period | null): void {
  const year = whole ? calendarYearOf(whole) : null;
  const own = figure.periodMention;
  if (year === null || !figure.period || !own?.relative || !MONTHS_NAMED.has(own.kind) || contains(whole!, figure.period)) return;
  if (!isFraction(figure)) return;
  const moved = monthsInYear(figure.period, year);
  if (moved) figure.period = moved.period;
}

/**
 * "more than double the 133,726 recorded in 2022": the baseline counts what the comparison does.
 * "Fueron 6.465, y al año siguiente el salto fue de un 450 %": a comparison no reading gave a
 * metric (its frame, its subject, the sentence before) counts what its baseline in the sentence
 * does; a price's baseline has no metric to give.
 */
function countsAsCompared(figure: Building, baseline: Building): void {
  if (!figure.metric && baseline.metric && baseline.sentence === figure.sentence && figure.unit !== 'USD') {
    Object.assign(figure, { metric: baseline.metric, metricFrom: baseline.metricFrom === 'sentence' ? 'subject' : baseline.metricFrom, phrase: baseline.phrase });
    if (figure.reason === 'no-metric') blame(figure, null);
    return;
  }
  if (baseline.metric || !figure.metric || baseline.sentence !== figure.sentence || figure.metric.kind === 'rate') return;
  baseline.metric = figure.metric;
  baseline.metricFrom = figure.metricFrom === 'sentence' ? 'subject' : figure.metricFrom;
  baseline.phrase = figure.phrase;
  if (baseline.reason === 'no-metric') blame(baseline, null);
}

/**
 * "Early 2022 brought 4,702 entries in January and 4,262 in February, about three times the same
 * two months of 2021": a change whose baseline spans as many months as the sentence gives figures
 * for, one month each and in a row, compares their sum, not the last of them. The span, made the
 * change's own period with no subject figure, is then checked against what the registry's months
 * add up to (src/drafts/summed-side.ts). False, the figure untouched, where the months are not so given.
 */
function monthsTogether(plain: readonly Building[], subject: Building | null, figure: Building, baselinePeriod: Period | null): boolean {
  const span = monthsTogetherSpan(plain, subject, figure, baselinePeriod);
  if (span) Object.assign(figure, { period: span, periodWords: `${subject!.periodWords ?? ''} (with the months before it)`, periodFrom: 'sentence' });
  return span !== null;
}
function monthsTogetherSpan(plain: readonly Building[], subject: Building | null, figure: Building, baselinePeriod: Period | null): Period | null {
  const count = baselinePeriod ? monthsSpanned(baselinePeriod) : 0;
  if (!subject?.period || monthsSpanned(subject.period) !== 1 || count < 2) return null;
  const months = plain.filter((f) => f.end <= figure.start && f.period && monthsSpanned(f.period) === 1 && f.unit === subject.unit && f.per === subject.per).map((f) => f.period!);
  if (months.length < count || !months.includes(subject.period)) return null;
  const last = months.slice(-count).sort((a, b) => a.start - b.start);
  const span = periodFromDays(last[0]!.start, last.at(-1)!.end);
  // In a row, and the same months of the year as the baseline's.
  if (monthsSpanned(span) !== count || monthOfDay(span.start) !== monthOfDay(baselinePeriod!.start)) return null;
  return span;
}

/**
 * "Even the first two months of 2022 roughly tripled the same stretch of 2021, to 8,964 from
 * 2,928": the "to" end is the change's subject and counts over the change's own period, the "from"
 * end over its baseline's. An end that took the other side's phrase (the nearest to it), or none,
 * takes its own side's.
 */
function periodsOfTheEnds(figure: Building, subject: Building, baseline: Building, named: Period | null, namedWords: string | null): void {
  if (!subject.mention!.to || !baseline.mention!.from || !figure.period || figure.periodFrom !== 'sentence') return;
  // "En 2020 la cifra bajó de 22.102 a 6.465, una caída de apenas el 30 %": two counts of a flow, the
  // change's year the "to" end's, the "from" end the year before's, read from context (attach-period.ts
  // leaves it none). Not a level's ("waiting in Necoclí rose from 1,000 to 20,000" in one year).
  // (The "from" end takes its metric from the subject later: none yet is the subject's.)
  const flows = (subject.metric ?? figure.metric)?.kind === 'flow' && (baseline.metric === null || baseline.metric.kind === 'flow');
  const year = !named && !baseline.period && flows && subject.per === null && baseline.per === null && subject.unit === null && baseline.unit === null ? calendarYearOf(figure.period) : null;
  const baselinePeriod = named ?? (year !== null ? yearPeriod(year - 1) : null);
  const baselineWords = named ? namedWords : `${year! - 1} (the year before "${figure.periodWords ?? year}": the change's other end)`;
  if (!baselinePeriod) return;
  const take = (end: Building, period: Period, words: string | null): void => {
    Object.assign(end, { period, periodWords: words, periodFrom: 'sentence' });
    if (end.reason === 'no-period' || end.reason === 'period-unresolved') blame(end, null);
  };
  if (!subject.period || samePeriod(subject.period, baselinePeriod)) take(subject, figure.period, figure.periodWords);
  if (!baseline.period) {
    take(baseline, baselinePeriod, baselineWords);
    if (!named) baseline.periodFrom = 'context';
  }
}

/** "That number was ten times higher" in a sentence of its own period: the number then is the baseline. */
const THAT_NUMBER = EN.pattern('that-number');
const ITSELF_BEFORE = EN.pattern('itself-before');
const CHANGE_OVER_SPAN = EN.pattern('change-over-span');
const COMPARATIVE_AFTER = EN.pattern('comparative-after');
/** Words by which a change names what it is compared with: "en comparación con", "compared with". */
const OWN_BASELINE_BETWEEN = /\b(?:en\s+comparación\s+con|comparad[oa]s?\s+con|respecto\s+(?:a|al|de)|frente\s+a|compared\s+(?:with|to)|against|than)\b/i;

/** "Officials put the increase at 306 percent": the change the sentence before described. */
const THE_CHANGE = EN.pattern('the-change');

/**
 * "quadrupled from 2,928 ... to 8,456": the two ends of the sentence's "from ... to". With no
 * "from" ("en 2023 se alcanzó un récord de 520 mil 85 y en 2024 la cifra bajó un 42 por ciento,
 * hasta los 302 mil 203"), the "to" end after the change is its subject and the figure before of
 * another period its baseline.
 */
function changeEnds(built: readonly Building[], figure: Building, plain: readonly Building[], m: string): { subject: Building; baseline: Building } | null {
  const to = built.find((f) => f !== figure && f.mention!.to && !f.mention!.change);
  if (!to) return null;
  // "…, to 8,964 from 2,928": the "from" end may follow the "to" end right after it.
  const from = [...built].reverse().find((f) => f !== figure && f.start < to.start && f.mention!.from && !f.mention!.change) ?? built.find((f) => f !== figure && f.start > to.end && f.mention!.from && !f.mention!.change && /^[^,;.]{0,12}$/.test(cut(m, to.end, f.start)));
  // "una reducción de 117,607 en comparación con el año pasado, especialmente en agosto, donde
  // disminuyó de 81,523 a 16,000": a change that names its own baseline before the "from … to"
  // is not the change from one end to the other.
  if (from && from.start > figure.end && OWN_BASELINE_BETWEEN.test(cut(m, figure.end, Math.min(from.start, figure.end + 120)))) return null;
  if (from) return { subject: to, baseline: from };
  if (to.start < figure.end || !to.period) return null;
  const earlier = [...plain].reverse().find((f) => f.start < figure.start && f.period !== null && !overlaps(f.period, to.period!));
  return earlier ? { subject: to, baseline: earlier } : null;
}

/**
 * "just 6,465 people crossed, which makes 2021's total more than 30 times as large": a subject
 * named by its year's possessive, with no figure, against the figure before it ("as large", no
 * "as" after). The subject is looked up by its year; the comparison's period is that year.
 */
function subjectByItsYear(ctx: SentenceContext, figure: Building, plain: readonly Building[]): boolean {
  const { m, sentence } = ctx;
  const from = Math.max(sentence.start, figure.start - 48);
  const named = YEARS_TOTAL_BEFORE.exec(cut(m, from, figure.start));
  if (!named || !AS_LARGE_AFTER.test(cut(m, figure.end, figure.end + 24))) return false;
  const at = from + named.index + (named[0].length - named[0].trimStart().length);
  const mention = ctx.periods.find((p) => p.kind === 'year' && p.start <= at + 4 && p.end >= at && p.resolved);
  const baseline = [...plain].reverse().find((f) => f.end <= at && f.period !== null);
  if (!mention || !baseline || baseline.period!.start === mention.resolved!.period.start) return false;
  const change = figure.mention!.change!;
  figure.comparisonDraft = { kind: change.kind, direction: change.direction, subject: null, baseline, baselinePeriod: baseline.period, baselineWords: baseline.periodWords };
  Object.assign(figure, { period: mention.resolved!.period, periodWords: mention.words, periodMention: mention, periodFrom: 'sentence', metric: figure.metric ?? baseline.metric, metricFrom: figure.metricFrom ?? baseline.metricFrom });
  return true;
}
const YEARS_TOTAL_BEFORE = EN.pattern('years-total-before');

/**
 * "Según el SNM, en 2021 atravesaron la selva 133.726 personas y en 2019, 22.102: unas seis veces
 * más": a ratio that ends the sentence naming nothing of its own, right after two counts with
 * periods of their own, sets those two side by side, not the last of them against the year before
 * it. The larger is the subject of a ratio said as a rise, the smaller of one said as a fall. So
 * is a difference: "en agosto fueron 25.332 y en septiembre 25.505, casi 4.000 más".
 */
function ratioOfTheTwoBefore(ctx: SentenceContext, figure: Building, plain: readonly Building[]): boolean {
  const change = figure.mention!.change!;
  // "6,465 in 2020 and 248,284 in 2022, a ratio of about 38 to 1": the larger to the smaller. The
  // order only sets which count is the subject; the comparison keeps the direction it was said with
  // (none, for "38 to 1").
  const order = change.direction ?? (change.kind === 'ratio' && TO_ONE_ENDS.test(figure.text) ? 'increase' : null);
  if ((change.kind !== 'ratio' && change.kind !== 'difference') || !order) return false;
  const before = plain.filter((f) => f.end <= figure.start && f.kind === 'quantity');
  if (before.length !== 2) return false;
  const [a, b] = before as [Building, Building];
  // Its own period phrase, though its year came from a heading ("**Primeros meses de 2022** / … en febrero 4.262").
  const ownPeriod = (f: Building): boolean => f.periodFrom === 'sentence' || (f.periodMention != null && f.periodMention.start >= ctx.sentence.start);
  const counts = (f: Building): boolean => f.period !== null && ownPeriod(f) && f.value !== null && f.per === null && f.unit === a.unit && !f.mention!.part;
  const between = cut(ctx.m, b.end, figure.start);
  if (!counts(a) || !counts(b) || a.period!.start === b.period!.start || !(/^\s*[,:;—–]\s*$/.test(between) || RATIO_NAMED_BETWEEN.test(between))) return false;
  if (!RATIO_ENDS_AFTER.test(cut(ctx.m, figure.end, ctx.sentence.end))) return false;
  const [large, small] = a.value! >= b.value! ? [a, b] : [b, a];
  const [subject, baseline] = order === 'decrease' ? [small, large] : [large, small];
  figure.comparisonDraft = { kind: change.kind, direction: change.direction, subject, baseline, baselinePeriod: baseline.period, baselineWords: baseline.periodWords };
  takeFromSubject(figure, subject, true);
  return true;
}
const RATIO_ENDS_AFTER = EN.pattern('ratio-ends-after');
const RATIO_NAMED_BETWEEN = EN.pattern('ratio-named-between');

/**
 * "August, September and October together made up more than 70% of last year's 133,726 crossings",
 * "suponen cerca del 40 % de todos los registrados entre 2021 y 2024": a share in percent is of the
 * figure its "of" leads to, else of the period named after it; its part is the sentence's own
 * period (lint sums it from the registry's months where no source states it).
 */
function percentShare(ctx: SentenceContext, figure: Building, plain: readonly Building[], fallback: MetricFallback): boolean {
  const change = figure.mention!.change!;
  if (change.kind !== 'ratio' || figure.unit !== 'percent') return false;
  const baseline = wholeAfter(ctx, figure, plain);
  const whole = baseline ? null : ctx.periods.find((p) => p.start >= figure.end && p.resolved && p.start - figure.end <= 80);
  if (!baseline && !whole) return false;
  figure.comparisonDraft = { kind: 'ratio', direction: 'decrease', subject: null, baseline, baselinePeriod: baseline ? baseline.period : whole!.resolved!.period, baselineWords: baseline ? baseline.periodWords : whole!.words };
  if (figure.periodMention === whole) Object.assign(figure, { period: null, periodWords: null, periodMention: null });
  if (baseline && !figure.metric && baseline.metric) Object.assign(figure, { metric: baseline.metric, metricFrom: baseline.metricFrom === 'sentence' ? 'subject' : baseline.metricFrom, phrase: baseline.phrase });
  const reading = figure.metric ? undefined : fallback.get(figure);
  if (reading) Object.assign(figure, { metric: reading.metric, metricFrom: reading.from, phrase: reading.phrase });
  if (figure.metric && figure.reason === 'no-metric') blame(figure, null);
  return true;
}
const AS_LARGE_AFTER = EN.pattern('as-large-after');

/** The count a share is of, said after it: "70% of last year's 133,726", "tres cuartas partes de las 133.726". */
function wholeAfter(ctx: SentenceContext, figure: Building, plain: readonly Building[]): Building | null {
  return plain.find((f) => f.start >= figure.end && f.kind === 'quantity' && /^\s*(?:of|de|del)\b[^,;.\d]{0,40}$/iu.test(cut(ctx.m, figure.end, f.start))) ?? null;
}

/**
 * "August, September and October alone brought 76,741 of those arrivals, nearly three-quarters of
 * the year", "cruzaron 76.741 personas, tres cuartas partes de las 133.726 de aquel año": a share
 * set off after a count is that count's part of the whole named after it (a figure, else the year
 * of the count's period), a ratio of the two.
 */
function shareInApposition(ctx: SentenceContext, figure: Building, plain: readonly Building[]): boolean {
  const change = figure.mention!.change!;
  if (change.kind !== 'ratio' || change.direction !== 'decrease' || !(figure.unit === 'percent' || (figure.value !== null && figure.value < 1))) return false;
  const count = [...plain].reverse().find((f) => f.end <= figure.start && f.kind === 'quantity' && f.unit === null);
  const after = cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 80));
  if (!count?.metric || !count.period || !SET_OFF_BETWEEN.test(cut(ctx.m, count.end, figure.start)) || !WHOLE_AFTER.test(after)) return false;
  const whole = wholeAfter(ctx, figure, plain);
  const year = yearOfDay(count.period.start) === yearOfDay(count.period.end) ? yearPeriod(yearOfDay(count.period.start)) : null;
  // "11.363 …, apenas un tercio del total del mes": of the month the count's days lie in.
  const month = WHOLE_MONTH_AFTER.test(after) ? monthAround(count.period) : null;
  // "casi dos tercios de todo el primer bimestre de 2022": the span the whole is said as, holding the
  // count's; left open when that span names no year ("of the first quarter's total").
  const span = !whole && !month && SPAN_WHOLE_AFTER.test(after) ? spanNamedAfter(ctx, figure, count.period) : null;
  if (span === undefined) return false;
  const baselinePeriod = whole?.period ?? month ?? span?.resolved?.period ?? year;
  if (!baselinePeriod || (!whole && samePeriod(baselinePeriod, count.period))) return false;
  figure.comparisonDraft = { kind: 'ratio', direction: 'decrease', subject: count, baseline: whole, baselinePeriod, baselineWords: whole?.periodWords ?? span?.words ?? (month ? 'the month, the whole the share is of' : `${yearOfDay(baselinePeriod.start)}, the whole the share is of`) };
  Object.assign(figure, { metric: count.metric, metricFrom: 'subject', phrase: count.phrase, period: count.period, periodWords: count.periodWords, periodFrom: count.periodFrom });
  if (figure.reason === 'no-metric' || figure.reason === 'no-period') blame(figure, null);
  return true;
}
/** ", " after the count (and a few words of it: "of those arrivals"), nothing else. */
const SET_OFF_BETWEEN = EN.pattern('share-set-off');
/** "of the first quarter", "de todo el primer bimestre": a whole said as a span of months. */
const SPAN_WHOLE_AFTER = /^\s+(?:of|de|del)\s+(?:the\s+|todo\s+el\s+|toda\s+la\s+)?(?:(?:first|second|third|fourth|primer|segundo|tercer|cuarto)\s+)?(?:quarter|half|trimestre|bimestre|cuatrimestre|semestre)(?![\p{L}-])/iu;

/** The period phrase right after a share that holds its count's period; undefined when none resolves. */
function spanNamedAfter(ctx: SentenceContext, figure: Building, part: Period): PeriodMention | undefined {
  return ctx.periods.find((p) => p.start >= figure.end && p.start - figure.end <= 24 && p.resolved && contains(p.resolved.period, part) && !samePeriod(p.resolved.period, part));
}
/** "of the year", "of the year's crossings", "del total de ese año", "de las 133.726 de aquel año", "de todo el año". */
const WHOLE_AFTER = EN.pattern('whole-after');

/** What a comparison compares: its subject and its baseline figures, either of them null when not read. */
type Compared = { subject: Building | null; baseline: Building | null };

/**
 * "2021's 133,726 crossings were more than 30 times the 6,465 of 2020. / Then 2022 nearly doubled
 * that": with no figure before it in its own sentence, "that" is the count before of the year
 * just before the one the sentence names, not the last figure said (a baseline of its own).
 */
function thatOfTheYearBefore(ctx: SentenceContext, figures: readonly Building[]): Building | undefined {
  const own = ctx.periods.find((p) => p.kind === 'year' && p.resolved && !p.sameAs)?.resolved?.period;
  if (!own) return undefined;
  const counts = figures.filter((f) => f.kind === 'quantity' && !f.mention?.change && f.unit !== 'percent' && f.per === null && f.period);
  return counts.find((f) => calendarYearOf(f.period!) === yearOfDay(own.start) - 1);
}

/** The counts (no rate) among `figures`; with none, the last count of the sentence before them. */
function countsBefore(ctx: SentenceContext, figures: readonly Building[]): Building[] {
  const isCount = (f: Building): boolean => f.kind === 'quantity' && f.per === null && !f.mention?.change && f.unit !== 'percent';
  const counts = figures.filter((f) => f.per === null);
  if (counts.some(isCount) || figures.length === 0) return counts;
  const earlier = ctx.earlier.filter((f) => f.sentence.start < figures[0]!.sentence.start);
  const sentence = earlier.at(-1)?.sentence;
  return earlier.filter((f) => f.sentence === sentence && isCount(f));
}

/**
 * "… 248.284 personas atravesaron la selva el año pasado. / Frente a los 133.726 ingresos de 2021, el
 * tránsito creció alrededor de un 86 %": a baseline set off at the sentence's head, with no other
 * figure before the change, is what the change is against; its subject is the latest count the
 * text gave before, of a later period than the baseline's.
 */
function frontedAgainst(ctx: SentenceContext, plain: readonly Building[], figure: Building): Compared | null {
  const { m, sentence } = ctx;
  const before = plain.filter((f) => f.start < figure.start);
  const base = before.length === 1 ? before[0]! : null;
  if (!base?.period || !isBaseline(base, m, sentence.start) || !FRONTED_BASELINE.test(cut(m, sentence.start, base.start)) || !/,/.test(cut(m, base.end, figure.start))) return null;
  const sentences = [...new Set(ctx.earlier.map((f) => f.sentence))].slice(-2);
  // Not a baseline of its own sentence ("El récord de 2023, con 520.085, multiplicó por seis los 133.726 de 2021").
  const subject = [...ctx.earlier].reverse().find((f) => sentences.includes(f.sentence) && f.kind === 'quantity' && f.per === null && !f.mention?.change && f.unit !== 'percent' && f.period !== null && f.period.start > base.period!.end && (!base.metric || f.metric === base.metric) && !isBaseline(f, m, f.sentence.start));
  return subject ? { subject, baseline: base } : null;
}
const FRONTED_BASELINE = /^\W*(?:frente\s+a|comparad[oa]s?\s+con|en\s+comparación\s+con|compared\s+(?:with|to)|against|set\s+against)\s+(?:(?:los|las|el|la|the)\s+)?$/iu;

/** The last plain figure (no change) of a list. */
function lastOf(figures: readonly Building[]): Building | null {
  // "… la reducción supera el 99 %. En términos absolutos, pasaron unas 250.000 personas menos":
  // a share is no count a change could be of.
  return [...figures].reverse().find((f) => f.kind === 'quantity' && !f.mention?.change && f.unit !== 'percent' && f.mention?.part?.reason !== 'proportion') ?? null;
}

/** What a comparison compares: its subject and its baseline, in the sentence or the one before. */
function comparedFigures(ctx: SentenceContext, built: readonly Building[], figure: Building, plain: readonly Building[]): Compared {
  const { m, body, sentence, before } = ctx;
  const change = figure.mention!.change!;
  const ends = changeEnds(built, figure, plain, m);
  if (ends) return ends;
  // "133,726 in 2021 and 6,465 in 2020, a ratio of almost 21 to one": the first term is the
  // figure said first, the second the one after it.
  if (TO_ONE_ENDS.test(figure.text)) {
    const terms = plain.filter((f) => f.end <= figure.start).slice(-2);
    if (terms.length === 2) return { subject: terms[0]!, baseline: terms[1]! };
  }
  // "slightly more than the 25,332 of August and more than 23 times the 1,071": a figure that is
  // itself compared with is a baseline, never the subject.
  // "…, which was itself nearly twice the 133,726 of 2021": the figure the relative clause follows
  // is this comparison's subject, baseline of another though it is.
  const itself = ITSELF_BEFORE.test(cut(m, Math.max(sentence.start, figure.start - 48), figure.start));
  // "Y frente a 2020, cuando … apenas 6.465 personas hicieron la ruta, el aumento es de más de 38
  // veces": a figure of a period named as what is compared with is that baseline too.
  const subject = [...plain].reverse().find((f) => f.start < figure.start && (itself || (!isBaseline(f, m, sentence.start) && !(f.periodMention && f.periodMention.end <= f.start && leadsToBaseline(f.periodMention, m, sentence.start, 40))))) ?? null;
  const fronted = !subject && !itself ? frontedAgainst(ctx, plain, figure) : null;
  if (fronted) return fronted;
  const split = subject ? ownClauseAgainst(ctx, subject, figure) : null;
  if (split) return split;
  // "barely a tenth of that", "more than half of that record": the figure before is the baseline.
  // Not "a hundred times that of last year": a period named after it says whose figure it is.
  // "about 10,000 crossed in a normal year, and 2025 came in at less than a third of that": with a
  // figure before it in its own sentence, "that" is that figure, and a period named in a clause of
  // its own between them ("…, and 2025") is the subject's, looked up.
  if (change.kind === 'ratio' && subject && OF_THAT.test(cut(m, figure.end, figure.end + 40)) && ctx.periods.some((p) => p.start > subject.end && p.end <= figure.start && /[,;]/.test(cut(m, subject.end, p.start)))) return { subject: null, baseline: subject };
  if (change.kind === 'ratio' && subject && THAT_MANY_AFTER.test(cut(m, figure.end, figure.end + 40))) return thatMany(figure, subject);
  // "Sumados, esos tres meses dejan 76.741 cruces, unas 830 al día. Los 25.904 de octubre son casi
  // la mitad de ese total": a part is compared with the like figure before it, a count with a count.
  if (change.kind === 'ratio' && before && OF_THAT.test(cut(m, figure.end, figure.end + 40)) && !ctx.periods.some((p) => p.start >= figure.end && p.start - figure.end <= 20)) return { subject, baseline: (subject ? [...before.figures].reverse().find((f) => f.per === subject.per && f.kind === 'quantity' && !f.mention?.change && f.unit !== 'percent') : thatOfTheYearBefore(ctx, before.figures)) ?? lastOf(before.figures) };
  // "In 2019, the figure was a hundredth of last year's" names its own period: not the one before.
  // "Crossings rose roughly 60% year-on-year", "creció un 60 % de un año para otro": the phrase says
  // what the change is against, not whose it is; the subject is the sentence before's.
  const ownPeriod = ctx.periods.some((p) => p.kind !== 'bound' && !factsOf(p, m, sentence.start).notAFigures && !isYearOnYear(p));
  // "By last year, that number was more than ten times higher": the number then is the baseline.
  if (!subject && before && ownPeriod && THAT_NUMBER.test(body) && COMPARATIVE_AFTER.test(cut(m, figure.end, figure.end + 20))) return { subject: null, baseline: lastOf(before.figures) };
  // "Officials put the increase at 306 percent": what the sentence before compared.
  const described = !subject && plain.length === 0 && before && THE_CHANGE.test(body) ? before.figures.find((f) => f.comparisonDraft?.subject && f.comparisonDraft.baseline) : undefined;
  if (described) return { subject: described.comparisonDraft!.subject as Building, baseline: described.comparisonDraft!.baseline as Building };
  // "more than double the 133,726 recorded in 2022": a figure after it that it is compared with.
  const baseline = plain.find((f) => f.start > figure.end && isBaseline(f, m, sentence.start) && !built.some((o) => o !== figure && o.mention?.change && o.start > figure.end && o.start < f.start)) ?? null;
  // "between 2016 and 2017 it fell by about 13,000": a change over a span of its own compares the
  // span's ends (unnamedBaseline), whatever "it" refers back to.
  if (!subject && !baseline && spanEnds(figure.periodMention, ctx.pageDate)) return { subject: null, baseline: null };
  // "Put differently, last year's total was barely a thousandth of what passed through in 2023":
  // a tally the sentence names by its own period is its subject, looked up, whatever it refers back to.
  if (!subject && OWN_TALLY_BEFORE.test(cut(m, sentence.start, figure.start))) return { subject: null, baseline };
  // "En 2022 cruzaron 248.284 … en 2021 habían cruzado 133.726. Dicho de otro modo, el flujo creció un
  // 86 % de un año a otro": a change year on year is the newest year's, whichever figure came last.
  const newest = !subject && !baseline && !ownPeriod && ctx.periods.some(isYearOnYear) ? newestCount(ctx) : null;
  if (newest) return { subject: newest, baseline: null };
  // "That is about 9,000 fewer than ...": the figure of the sentence before.
  const referBack = before && ((plain.length === 0 && !ownPeriod) || REFERS_BACK.test(body)) && !changesOtherCount(ctx, figure);
  if (subject || !referBack) return { subject, baseline };
  // "That was down from a record 520,085 in 2023, a fall of roughly 60 percent": the sentence's
  // own baseline may come before the change.
  const own = baseline ?? [...plain].reverse().find((f) => f.start < figure.start && isBaseline(f, m, sentence.start)) ?? null;
  return comparedBefore(ctx, before, figure, plain, own, ownPeriod);
}

/**
 * "built for about 500 people, staff often count twice that many": "that many" after a figure of
 * its own sentence is that figure; the count compared with it is not said. "500 arrivals a day in
 * May 2024, but twice that many came": the ratio is of the same unit and period.
 */
function thatMany(figure: Building, baseline: Building): Compared {
  figure.per ??= baseline.per;
  if (figure.period === null && baseline.period) Object.assign(figure, { period: baseline.period, periodWords: baseline.periodWords, periodMention: baseline.periodMention, periodFrom: 'context' });
  return { subject: null, baseline };
}

/** What a comparison that refers back compares, among the figures of the sentence before. */
function comparedBefore(ctx: SentenceContext, before: NonNullable<SentenceContext['before']>, figure: Building, plain: readonly Building[], own: Building | null, ownPeriod: boolean): Compared {
  const { m, body } = ctx;
  // "8,964 crossed ..., up from 2,928 ... That is more than three times as many": the sentence
  // before's own figure is the subject, the one it was compared with the baseline.
  const beforeBaseline = (figures: readonly Building[]): Building | null => [...figures].reverse().find((f) => f.kind === 'quantity' && !f.mention?.change && isBaseline(f, m, f.sentence.start)) ?? null;
  // "… 133 mil 726 personas en 2021. Esto significa que durante el 2022 pasaron 114 mil 558 más",
  // "That meant that in 2020, about 127,000 fewer had crossed": a sentence that names its own
  // period for the change, and no baseline figure (whose period that would be), compares that
  // period's figure, looked up, with the one before, of another period.
  const ownOther = (f: Building | null): boolean => ownPeriod && own === null && f !== null && figure.period !== null && f.period !== null && !overlaps(figure.period, f.period) && !(figure.periodMention && ledToAsBaseline(ctx, figure.periodMention));
  // "… that comes to over 1,200 a day. The total is down 36 percent": "the total" is the count
  // the rate was worked out from, not the rate.
  // "… or some 980 people a day. / That was nearly double 2021's count": a count against a count.
  // With none there ("248,284 crossed last year. / Spread over the year, that count averages out to
  // roughly 680 a month. / It was about four times the previous year's total"), the count the
  // rate was worked out from, a sentence further back.
  const counts = COUNT_BASELINE_AFTER.test(cut(m, figure.end, Math.min(ctx.sentence.end, figure.end + 40))) ? countsBefore(ctx, before.figures) : before.figures;
  const referred = sameSpanLater(ctx) ?? referredSubject(counts, m);
  const paired = referred && referred.per !== null && THE_TOTAL.test(body) ? ([...ctx.earlier].reverse().find((f) => f.start < referred.start && f.kind === 'quantity' && f.per === null && !f.mention?.change && f.metric?.id === referred.metric?.rateOf) ?? referred) : referred;
  const other = paired ?? lastOf(counts);
  if (ownOther(other)) return { subject: null, baseline: other };
  // "August was close behind. Those three months alone made up more than half the year's total":
  // the sentence's own span, of which the figure before is a part, is the subject, looked up.
  if (ownPeriod && own === null && other?.period && figure.period && contains(figure.period, other.period) && !samePeriod(figure.period, other.period)) return { subject: null, baseline: null };
  // "August, September and October each passed 25,000. / Those three months alone made up more than
  // half of the year's total": nor is a figure before whose period could not be read the subject of
  // a sentence that names its own.
  if (ownPeriod && own === null && other && other.period === null && figure.period) return { subject: null, baseline: null };
  // "That September tally is nearly four times the number … in all of 2020": a sentence that names
  // a baseline period of its own is not set against what the sentence before was.
  if (paired) return { subject: paired, baseline: own ?? (plain.length === 0 && !ctx.periods.some((p) => ledToAsBaseline(ctx, p)) ? beforeBaseline(before.figures) : null) };
  const chained = plain.length === 0 && !ownPeriod ? chainedPair(ctx, before) : null;
  if (chained) return { subject: chained.subject, baseline: own ?? keptBaseline(ctx, chained.baseline) };
  // "Last year's total was still more than double the 248,284 of 2022. It was also nearly 14 times
  // the 22,102 of 2019": when the sentence before compared a figure it looked up by its period,
  // "it" is that figure, not the baseline it was set against.
  const lookedUp = before.figures.find((f) => f.comparisonDraft && f.comparisonDraft.kind !== 'change' && !f.comparisonDraft.subject && f.period);
  // Its period is that figure's, from context, to be looked up as that one was.
  if (lookedUp && figure.period === null) Object.assign(figure, { period: lookedUp.period, periodWords: lookedUp.periodWords, periodMention: lookedUp.periodMention, periodFrom: 'context' });
  // "That was more than double the 248,284 of 2022. It was also roughly 77 times the 6,780 of
  // 2017": "it" is what the comparison before compared, not the baseline it was set against.
  const comparedThen = own && !lookedUp ? before.figures.find((f) => f.comparisonDraft && f.comparisonDraft.kind !== 'change' && f.comparisonDraft.subject && f.comparisonDraft.baseline) : undefined;
  if (comparedThen) return { subject: comparedThen.comparisonDraft!.subject as Building, baseline: own };
  const last = lookedUp ? null : lastOf(counts);
  if (last) return { subject: last, baseline: own };
  // "That is a drop of nearly 60%. In absolute terms, that was some 150,000 fewer": a sentence
  // before that only compared hands on what it compared.
  // Its baseline may be one looked up by period ("roughly three times the same two months of 2021").
  const handed = before.figures.find((f) => f.comparisonDraft?.subject && f.comparisonDraft.baseline) ?? before.figures.find((f) => f.comparisonDraft?.subject && f.comparisonDraft.baselinePeriod);
  // "Put another way, 2024 saw roughly a hundred times as many as 2025": a sentence that names
  // its own period compares that period's figure, whatever the sentence before compared.
  const handedSubject = handed?.comparisonDraft!.subject as Building | undefined;
  const compared = handed && (!ownPeriod || !figure.period || (handedSubject?.period && samePeriod(figure.period, handedSubject.period))) ? handed : undefined;
  if (!compared) return { subject: null, baseline: own };
  return { subject: compared.comparisonDraft!.subject as Building, baseline: own ?? keptBaseline(ctx, (compared.comparisonDraft!.baseline as Building | null) ?? null) };
}

/**
 * "So far this year, more than 230,000 … And so far in August, more than 8,000 … These figures
 * would represent a decrease of 30% compared to the same period from January to August 2023": of
 * the figures before in its paragraph, the last whose period is the named baseline's a year or more
 * later (from the same day of the year, at least half as long) is what the change is of, not the
 * last one said.
 */
const SAME_SPAN_BEFORE = EN.pattern('same-span-before');
function sameSpanLater(ctx: SentenceContext): Building | null {
  // A baseline named with its year ("2023"), not one said from the subject ("the year before"),
  // and said to be the same span ("than in 2022" after a chain hands its subject on).
  const base = ctx.periods.find((p) => p.resolved && !p.relative && SAME_SPAN_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, p.start - 40), p.start)))?.resolved?.period;
  if (!base) return null;
  const dayOfYear = (day: number): string => isoDay(day).slice(5);
  const length = base.end - base.start;
  const paragraph = ctx.sentence.paragraph;
  return [...ctx.earlier].reverse().find((f) => f.sentence.paragraph === paragraph && f.kind === 'quantity' && !f.mention?.change && f.period && f.period.start > base.end && dayOfYear(f.period.start) === dayOfYear(base.start) && 2 * (f.period.end - f.period.start) >= length) ?? null;
}

const AGAINST_THE_NORM = EN.pattern('against-the-norm-after');
/** Periods that name their months ("January and February 2022", "the first two months of 2022"), not a year so far. */
const MONTHS_NAMED: ReadonlySet<string> = new Set(['month', 'month-pair', 'month-list', 'month-span', 'first-months', 'half']);
const LAST_YEAR_WORDS = /^(?:last year|the (?:previous|prior) year|a year (?:earlier|before|ago)|el año (?:pasado|anterior)|año pasado)$/i;

/**
 * Whether the baseline period a sentence names outranks a baseline figure of another period: one
 * taken from the sentence before ("the traffic of 2024 was almost a hundred times that of last
 * year"), or one set against in a clause of its own after the named period ("a six-fold increase
 * from last year, and way up from the 500 crossings in all of 2010").
 */
function outranked(ctx: SentenceContext, figure: Building, baseline: Building | null, named: { period: Period | null; words: string | null }): boolean {
  if (!baseline?.period || !named.period || overlaps(named.period, baseline.period)) return false;
  return baseline.sentence !== figure.sentence || ctx.periods.some((p) => p.end <= baseline.start && p.words === named.words);
}

/**
 * The baseline a sentence that refers back takes from the one before, unless it names a period
 * of its own and that one is not the baseline's: "That is a fall of about 42 percent. That is still
 * about 22 percent more than in 2022" compares with 2022, looked up.
 */
const THE_TOTAL = EN.pattern('the-total');

function keptBaseline(ctx: SentenceContext, baseline: Building | null): Building | null {
  const named = ctx.periods.filter((p) => p.kind !== 'bound' && p.resolved);
  if (!baseline?.period || named.length === 0) return baseline;
  return named.some((p) => samePeriod(p.resolved!.period, baseline.period!)) ? baseline : null;
}

/**
 * "302,203 crossed in 2024. / That is a long way below the 520,085 of the year before. / That is a
 * fall of about 52 percent": a sentence before that only set what it referred back to against a
 * baseline hands on both, the figure it referred to (the latest earlier one of the baseline's
 * metric and another period) as the subject.
 */
function chainedPair(ctx: SentenceContext, before: NonNullable<SentenceContext['before']>): { subject: Building; baseline: Building } | null {
  const { m } = ctx;
  const own = before.figures.filter((f) => f.kind === 'quantity' && !f.mention?.change);
  const baseline = own.length === 1 ? own[0]! : null;
  if (!baseline?.metric || !baseline.period || !isBaseline(baseline, m, before.sentence.start) || !REFERS_BACK.test(cut(m, before.sentence.start, before.sentence.end))) return null;
  const subject = [...ctx.earlier].reverse().find((f) => f.start < before.sentence.start && f.kind === 'quantity' && !f.mention?.change && f.metric === baseline.metric && f.period !== null && !overlaps(f.period, baseline.period!) && !isBaseline(f, m, f.sentence.start));
  return subject ? { subject, baseline } : null;
}

/**
 * What a sentence that refers back compares, among the figures of the sentence before (not one
 * that is itself compared with): "about nine thousand crossed: 4,700 in January and 5,200 in
 * February. That was …" means the total whose period holds the others', not the last of its parts;
 * "Even last year, with 302,203 crossings, the jungle averaged more than 800 a week. That was down
 * about 20% from 2023" means the total beside its rate, which the registry holds for a year.
 */
function referredSubject(figures: readonly Building[], m: string): Building | null {
  // "… 248.284 migrantes en total, así que uno de cada seis era menor": a proportion's numbers count nothing a change could be of.
  const candidates = figures.filter((f) => f.kind === 'quantity' && !f.mention?.change && f.mention?.part?.reason !== 'proportion' && !isBaseline(f, m, f.sentence.start));
  const whole = candidates.length > 1 ? candidates.find((f) => f.period && candidates.every((o) => o === f || (o.period && contains(f.period!, o.period) && !samePeriod(f.period!, o.period)))) : undefined;
  const last = candidates.at(-1);
  const total = last?.per !== null && last?.period ? candidates.find((f) => f.per === null && f.period && samePeriod(f.period, last.period!)) : undefined;
  return whole ?? total ?? last ?? null;
}

/**
 * "Early-2022 crossings were therefore almost five times those of early 2021": two vague periods of
 * different years, and no figure in the sentence. Each end is the latest figure the text gave for
 * a part of that year, of one metric and as many months as the other, so "early" means what the
 * text said before it; with none such, the comparison stays unresolved.
 */
function vaguePair(ctx: SentenceContext, figure: Building): { subject: Building; baseline: Building } | null {
  const years = ctx.periods.filter((p) => p.kind === 'vague').map((p) => /\b(?:19|20)\d\d\b/.exec(p.words)?.[0]).filter((y): y is string => y !== undefined);
  if (years.length !== 2 || years[0] === years[1] || figure.mention!.change!.kind === 'difference') return null;
  const latestIn = (year: string, like: Building | null): Building | undefined =>
    [...ctx.earlier].reverse().find((f) => f.kind === 'quantity' && !f.mention?.change && f.metric && f.period && f.period.text.startsWith(year) && f.period.text.split('/').every((end) => end.startsWith(year)) && (!like || (f.metric === like.metric && monthsSpanned(f.period) === monthsSpanned(like.period!) && monthsSpanned(f.period) > 0)));
  const subject = latestIn(years[0]!, null);
  const baseline = subject ? latestIn(years[1]!, subject) : undefined;
  return subject && baseline ? { subject, baseline } : null;
}

/**
 * The period a change that names neither figure nor baseline period is made against, or null.
 * "Between 2022 and 2023 the count rose by 170,000", "From August to October it grew 12 percent",
 * "tripled between 2021 and 2022": from the span's first period to its last. "fell by 41 percent in
 * 2024": a calendar year's change, with nothing else named, is on the year before. "- Change,
 * 2023 to 2024: down 217,882. - Change in percent: down 52%.": what the change just before compared.
 * Each may set the figure's own period too.
 */
function unnamedBaseline(ctx: SentenceContext, figure: Building): { period: Period | null; words: string | null } | null {
  const change = figure.mention!.change!;
  const ends = spanEnds(figure.periodMention, ctx.pageDate);
  if (ends) {
    figure.period = ends.last;
    return { period: ends.first, words: figure.periodWords };
  }
  if (change.kind !== 'ratio' && ctx.periods.length === 1 && figure.period && calendarYearOf(figure.period) !== null) {
    const year = new Date(figure.period.start * 86_400_000).getUTCFullYear() - 1;
    return { period: parsePeriod(String(year)), words: `(the year before ${figure.periodWords ?? ''})` };
  }
  const parallel = figure.period ? parallelBaseline(ctx, figure.period) : null;
  if (parallel) return parallel;
  const monthBefore = ctx.periods.length === 1 ? monthSaidJustBefore(ctx, figure) : null;
  if (monthBefore) return monthBefore;
  const echoed = ctx.periods.length === 0 && !changesOtherCount(ctx, figure) ? echoedChange(ctx) : null;
  if (!echoed) return null;
  figure.period = echoed.period;
  figure.periodWords = echoed.periodWords;
  figure.periodFrom = 'context';
  if (!figure.metric && echoed.metric) {
    figure.metric = echoed.metric;
    figure.metricFrom = 'previous sentence';
  }
  if (figure.problem?.includes('period')) blame(figure, null);
  return { period: echoed.comparisonDraft!.baselinePeriod, words: echoed.comparisonDraft!.baselineWords };
}

/**
 * "En enero los ingresos bajaron a 4.702. En febrero cayeron otro 19 %, hasta 4.262": a change of a
 * month that names no baseline, told as the next step, right after the sentence that gave the count
 * of the month before, is against that month (as a year's change with none named is against the
 * year before).
 */
function monthSaidJustBefore(ctx: SentenceContext, figure: Building): { period: Period; words: string } | null {
  const own = figure.period;
  // Only a change told as the next step of a series: "another", "otro", or the new level after it
  // ("…, hasta 4.262"). "February's rose by roughly 180%" alone may be year on year, and stays open.
  if (!own || monthsSpanned(own) !== 1 || !ctx.before || !(NEXT_STEP.test(ctx.body) || TO_LEVEL_AFTER.test(cut(ctx.m, figure.end, figure.end + 24)))) return null;
  const start = new Date(own.start * 86_400_000);
  const previous = periodFromDays(dayNumber(start.getUTCFullYear(), start.getUTCMonth(), 1), own.start - 1);
  const said = ctx.before.figures.find((f) => f.kind === 'quantity' && f.per === null && !f.mention?.change && f.period && samePeriod(f.period, previous) && (!figure.metric || f.metric === figure.metric));
  return said ? { period: previous, words: said.periodWords ?? isoDay(previous.start).slice(0, 7) } : null;
}

const NEXT_STEP = /\b(?:another|again|a further|otro|otra|de nuevo|nuevamente)(?![\p{L}])/iu;
const TO_LEVEL_AFTER = /^,?\s+(?:to|hasta)\s+(?:(?:about|some|nearly|around|roughly|unos|unas|casi|cerca de|alrededor de)\s+)?\d/iu;

/**
 * "January's count was up 339% year-on-year. February's rose by roughly 180%.": a change that
 * names no baseline, right after one in its paragraph that compared its own period with the same
 * period a year back, compares its own period the same way.
 */
function parallelBaseline(ctx: SentenceContext, own: Period): { period: Period; words: string } | null {
  const before = ctx.prior?.figures.find((f) => f.mention?.change && f.period && f.comparisonDraft?.baselinePeriod);
  if (!before) return null;
  const yearBack = { year: null, shift: -1 } as const;
  if (resolveSameAs(yearBack, before.period!)?.text !== before.comparisonDraft!.baselinePeriod!.text) return null;
  const period = resolveSameAs(yearBack, own);
  return period ? { period, words: `(a year back, as in the sentence before: "${before.comparisonDraft!.baselineWords ?? ''}")` } : null;
}

/** The change of the sentence just before, when it compared two periods. */
function echoedChange(ctx: SentenceContext): Building | null {
  const change = ctx.previous?.figures.find((f) => f.mention?.change && f.period && f.comparisonDraft?.baselinePeriod && !f.comparisonDraft.subject && !f.comparisonDraft.baseline);
  return change ?? null;
}


const SPAN_ENDS = EN.pattern('span-ends');

/** The first and the last period of "between 2022 and 2023", "from August to October 2021". */
function spanEnds(mention: PeriodMention | null, pageDate: Period | null): { first: Period; last: Period } | null {
  if (!mention || (mention.kind !== 'between' && mention.kind !== 'month-span')) return null;
  // A Spanish span is read by its English gloss ("de 2021 a 2022" is "between 2021 and 2022").
  const parts = SPAN_ENDS.exec(mention.glossed ?? mention.words);
  if (!parts) return null;
  const year = /\b(?:19|20)\d\d\b/.exec(parts[2]!)?.[0];
  const firstWords = /\d{4}/.test(parts[1]!) || !year ? parts[1]! : `${parts[1]} ${year}`;
  const first = findPeriods(firstWords, pageDate).find((p) => p.resolved)?.resolved?.period;
  const last = findPeriods(parts[2]!, pageDate).find((p) => p.resolved)?.resolved?.period;
  return first && last && first.end < last.start ? { first, last } : null;
}

const OF_THAT = EN.pattern('of-that');
const THAT_MANY_AFTER = EN.pattern('that-many-after');
const COUNT_BASELINE_AFTER = EN.pattern('count-baseline-after');
/** "Change, 2023 to 2024: down 217,882": the year before "to" another is where the change starts. */
const SPAN_FROM = EN.pattern('span-from');
/** How far back a comparison's lead may start before its period: "respecto al récord histórico de 2023". */
const BASELINE_LEAD_REACH = 40;
const OWN_TALLY_BEFORE = EN.pattern('own-tally-before');
/** "four times the number of people who made the crossing in all of 2020": the count's own clause, longer than a lead. */
const COUNT_OF_THOSE_WHO = EN.pattern('count-of-those-who-before');
/** Whether the words before a period make it what a figure is compared with ("than in 2020", "the number of people who crossed in 2020"). */
function ledToAsBaseline(ctx: SentenceContext, p: PeriodMention): boolean {
  return leadsToBaseline(p, ctx.m, ctx.sentence.start, BASELINE_LEAD_REACH) || COUNT_OF_THOSE_WHO.test(cut(ctx.m, Math.max(ctx.sentence.start, p.start - 110), p.start));
}

/**
 * The period a comparison is made against: after "than", "compared with", "double the", "a third
 * of", or one that refers back. The nearest after the comparison comes first, up to the next one:
 * "more than double the 2022 total and nearly four times the number in 2021".
 */
function baselinePeriodOf(ctx: SentenceContext, subject: Building | null, figure: Building, built: readonly Building[]): { period: Period | null; words: string | null } {
  const next = built.find((f) => f.start > figure.end && f.mention?.change);
  const ordered = [...ctx.periods].sort((a, b) => rank(a) - rank(b));
  function rank(p: PeriodMention): number {
    if (p.start >= figure.end && (!next || p.start < next.start)) return p.start - figure.end;
    return 1_000_000 + Math.abs(p.start - figure.start);
  }
  for (const p of ordered) {
    const spanFrom = SPAN_FROM.test(cut(ctx.m, p.end, p.end + 12));
    if (!ledToAsBaseline(ctx, p) && !looksBack(p) && !spanFrom) continue;
    // "the same two months of 2021" after "4,702 in January and 4,262 in February": the months it
    // counts, as resolved, not the last month's alone (monthsTogether makes them the subject's).
    if (looksBack(p) && subject?.period && p.resolved && COUNTS_MONTHS.test(p.words) && monthsSpanned(p.resolved.period) > monthsSpanned(subject.period)) return { period: p.resolved.period, words: p.words };
    if (looksBack(p) && subject?.period) return { period: resolveSameAs(partOfYearBack(p, figure, subject.period), subject.period), words: p.words };
    // "soared in April to 40,297. That's a six-fold increase from last year": part of a year set
    // against the year before by those words is against the same part of it.
    // (A year so far is left as the code below reads it: "doubles the record set last year".)
    // "January and February … roughly three times last year's pace": months named, not a year so far
    // that happens to start on January 1, are set against the same months.
    const namedMonths = subject?.periodMention && MONTHS_NAMED.has(subject.periodMention.kind);
    const back = subject?.period && p.resolved && LAST_YEAR_WORDS.test(p.words) && yearOf(subject.period, true) === null && (yearOf(subject.period, false) === null || namedMonths) && yearOfDay(p.resolved.period.start) === yearOfDay(subject.period.start) - 1;
    if (back) return { period: resolveSameAs({ year: null, shift: -1 }, subject!.period!), words: p.words };
    // "13.425 en el primer trimestre de 2022, más del doble que en 2021": a ratio said against a
    // year "than in" it compares like with like, the same months; "a tenth of 2021" may be the year.
    const likeForLike = figure.mention!.change!.kind !== 'ratio' || namedAfterThan(p, ctx.m);
    const sameSpan = likeForLike ? sameSpanOfYear(ctx, p, subject?.period ?? (figure.mention!.change!.kind === 'ratio' ? figure.period : null)) : null;
    // "103,913 crossed in all, roughly a third of what crossed in 2024 alone": the baseline's
    // period is no period of the comparison's own, which its subject gives or nothing does.
    if (figure.periodMention === p) Object.assign(figure, { period: null, periodWords: null, periodMention: null });
    return { period: sameSpan ?? p.resolved?.period ?? null, words: p.words };
  }
  // "4.702 en enero, casi la décima parte de todo el año": a fraction of the whole year of the subject's.
  // Only of a count: a rate's share of a year's total is no ratio of the two as they stand.
  // "Esos tres meses sumaron casi tres cuartas partes de los ingresos del año": with no subject
  // figure, of the comparison's own months.
  // "By July 17 of that year, more than 212,000 …, some four fifths of the eventual total": a running
  // total, its start not yet read (finish.ts), is of the year of the day it stood on.
  const part = subject ? (subject.period ?? (subject.periodMention as UntilMention | null)?.asOf ?? null) : figure.periodMention ? figure.period : null;
  const year = part && (subject ? subject.per : figure.per) === null && figure.mention!.change!.kind === 'ratio' && WHOLE_YEAR_AFTER.exec(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 40)));
  if (year) {
    const y = yearOfDay(part!.start);
    if (y === yearOfDay(part!.end)) return wholeYearNamed(figure, subject, part!, year[0]) ?? { period: yearPeriod(y), words: year[0].trim() };
  }
  // "11.363 entre el 1 y el 17 de julio, apenas un tercio del total del mes": of the month the days lie in.
  const month = part && !year && (subject ? subject.per : figure.per) === null && figure.mention!.change!.kind === 'ratio' && WHOLE_MONTH_AFTER.exec(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 40)));
  const around = month ? monthAround(part!) : null;
  if (around && month) return { period: around, words: month[0].trim() };
  // "The 2024 total of 302,203 was some 281,000 below the record": the year the text called a record.
  const record = ctx.recordYear && RECORD_BASELINE_AFTER.exec(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 60)));
  if (record) return { period: ctx.recordYear, words: `${record[1]} (the year the text called a record)` };
  return { period: null, words: null };
}
/**
 * "Solo agosto, septiembre y octubre sumaron casi tres cuartas partes de todo aquel 2021": a whole
 * that names its year makes months said without one (read against the page) that year's; the
 * whole is that year. Null when the whole names no year, or the subject's own words named another.
 */
function wholeYearNamed(figure: Building, subject: Building | null, part: Period, words: string): { period: Period; words: string } | null {
  const named = /(?:19|20)\d\d/.exec(words);
  if (!named) return null;
  const shift = Number(named[0]) - yearOfDay(part.start);
  const own = subject ?? figure;
  if (shift !== 0) {
    if (!own.periodMention?.relative || own.period !== part) return null;
    own.period = resolveSameAs({ year: null, shift }, part);
  }
  return { period: yearPeriod(Number(named[0])), words: words.trim() };
}
const COUNTS_MONTHS = EN.pattern('counts-months');
/** "year-on-year", "de un año para otro": what a change is against, said with no period of its own. */
function isYearOnYear(p: PeriodMention): boolean {
  return p.kind === 'year-earlier' && YEAR_ON_YEAR.test(p.glossed ?? p.words);
}

/** Of the counts of the two sentences before, the one of the newest whole year, if one is newest. */
function newestCount(ctx: SentenceContext): Building | null {
  const sentences = [...new Set(ctx.earlier.map((f) => f.sentence))].slice(-2);
  const counts = ctx.earlier.filter((f) => sentences.includes(f.sentence) && f.kind === 'quantity' && !f.mention?.change && f.per === null && f.metric && f.period && yearOfDay(f.period.start) === yearOfDay(f.period.end));
  const latest = Math.max(...counts.map((f) => f.period!.end));
  const newest = counts.filter((f) => f.period!.end === latest);
  return newest.length >= 1 && counts.some((f) => f.period!.end < latest) ? newest[newest.length - 1]! : null;
}
const RECORD_BASELINE_AFTER = EN.pattern('record-baseline-after');
const YEAR_ON_YEAR = /year[- ](?:on|over)[- ]year/i;
const WHOLE_YEAR_AFTER = EN.pattern('whole-year-after');
const WHOLE_MONTH_AFTER = EN.pattern('whole-month-after');
/** The whole month a part of a month lies in ("between July 1 and 17" → July), or null. */
function monthAround(part: Period): Period | null {
  const month = monthOf(part.start);
  return part.end <= month.end && monthsSpanned(part) === 0 ? month : null;
}

/**
 * "8,964 in the same two months of 2022. That is slightly more than three times the year before":
 * a ratio or percent change of part of a year against "the year before" is against the same part
 * of it; a difference ("already more than the year before") may be against the whole year.
 */
function partOfYearBack(p: PeriodMention, figure: Building, subject: Period): NonNullable<PeriodMention['sameAs']> {
  const sameAs = p.sameAs!;
  const kind = figure.mention!.change!.kind;
  if (!sameAs.wholeYear || (kind !== 'ratio' && kind !== 'percent-change')) return sameAs;
  return calendarYearOf(subject) !== null ? sameAs : { ...sameAs, wholeYear: false };
}

/**
 * "Crossings have dropped nearly 40% compared to the previous year": a change in the present
 * perfect that names no period of its own runs over the year so far, from the same days of the
 * year before; both from context (a warning at most).
 */
function presentPerfectSoFar(ctx: SentenceContext, figure: Building): void {
  const page = ctx.pageDate;
  const back = ctx.periods.find((p) => looksBack(p) && /\byear\b/i.test(p.words));
  if (!page || !back || !PRESENT_PERFECT.test(ctx.body)) return;
  const soFar = periodFromDays(dayNumber(Number(isoDay(page.end).slice(0, 4)), 1, 1), page.end);
  figure.period = soFar;
  figure.periodWords = `the year so far (the change is told in the present perfect)`;
  figure.periodFrom = 'context';
  figure.comparisonDraft = { ...figure.comparisonDraft!, baselinePeriod: resolveSameAs({ year: null, shift: -1 }, soFar), baselineWords: `${back.words} (the same days of it)` };
  if (figure.problem?.includes('period')) blame(figure, null);
}
const PRESENT_PERFECT = EN.pattern('present-perfect-change');

/**
 * "over 100,000 people have crossed the Darién, six times more than during the same period in
 * 2022": a count of the sentence with no period, told in the present perfect against the same span
 * of an earlier year, is the year so far (the same span of that year is then its baseline).
 */
function soFarAgainstTheSameSpan(ctx: SentenceContext, subject: Building): void {
  const page = ctx.pageDate;
  // Not "Since the rains began, 30,000 have crossed": a count since something is not the year's.
  if (!page || subject.period || subject.sentence !== ctx.sentence || !PRESENT_PERFECT_COUNT.test(ctx.body) || /\b(?:since|desde)\b/i.test(ctx.body)) return;
  const year = yearOfDay(page.end);
  if (!ctx.periods.some((p) => (p.sameAs?.year ?? year) < year)) return;
  Object.assign(subject, { period: periodFromDays(dayNumber(year, 1, 1), page.end), periodWords: 'the year so far (told in the present perfect, against the same span of an earlier year)', periodFrom: 'context' });
  if (subject.problem?.includes('period')) blame(subject, null);
}
const PRESENT_PERFECT_COUNT = EN.pattern('present-perfect-count');

/**
 * "about 32,000 crossing so far this year, compared to 16,000 in 2021": a figure set "compared
 * to" a year so far, given for a year named bare, counts the same days of that year (taken from
 * context, so a warning at most). Not "double the 9,222 of 2018", a year's total.
 */
function baselineOfTheSameDays(ctx: SentenceContext, figure: Building | null, subject: Building | null, baseline: Building): void {
  const mention = baseline.periodMention;
  // "127,687 in the first four months of 2023, six times the 19,925 of 2022": against a span of
  // whole months the sentence names, a year named bare is that span of it, whatever the lead.
  // Only for a multiple ("six times", "sextuplica"): "more than a third of the 133,726 of 2021" is
  // the whole year's.
  const multiple = figure?.comparisonDraft?.kind === 'ratio' && (figure.value ?? 0) >= 2;
  const lead = COMPARED_WITH.test(cut(ctx.m, Math.max(ctx.sentence.start, baseline.start - 24), baseline.start)) || (multiple && subject !== null && namedMonths(subject) && followsBaselineLead(baseline, ctx.m, ctx.sentence.start));
  const same = subject && mention && lead && baseline.periodFrom === 'sentence' ? sameSpanOfYear(ctx, mention, subject.period, namedMonths(subject)) : null;
  if (!same) return;
  const whole = baseline.period;
  baseline.period = same;
  baseline.periodFrom = 'context';
  baseline.periodWords = `${mention!.words} (the same days of it as the figure it is set against)`;
  const draft = figure?.comparisonDraft;
  if (figure && draft?.baselinePeriod && whole && draft.baselinePeriod.text === whole.text) figure.comparisonDraft = { ...draft, baselinePeriod: same };
}

/**
 * A span of whole months from January that the sentence names ("the first four months of 2023",
 * "enero a abril"), not a year so far: that one runs to the page's day, and a whole earlier year
 * is set against it too ("already double the number in 2018").
 */
function namedMonths(subject: Building): boolean {
  if (!subject.period || subject.periodFrom !== 'sentence' || subject.periodMention?.kind === 'so-far') return false;
  const [from, to] = [isoDay(subject.period.start), isoDay(subject.period.end)];
  const next = isoDay(subject.period.end + 1);
  return from.endsWith('-01-01') && next.endsWith('-01') && !to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4);
}

const NAMES_A_BASELINE = EN.pattern('names-a-baseline');
const COMPARED_WITH = EN.pattern('compared-with-before');

/**
 * "almost doubled in 2022", "fell 41% in 2024": a change over a whole year that names nothing it
 * is compared with is a change from the year before, as a year's change is reported.
 */
function yearBefore(period: Period | null): { period: Period; words: string } | null {
  const year = period ? yearOf(period, true) : null;
  return year === null ? null : { period: yearPeriod(year - 1), words: `${year - 1}, the year before (the change names no other)` };
}

/**
 * "En 2023 habían sido 520.085 … Es una caída de casi el 60 %", "302.203 … el año pasado. En 2023
 * habían sido 520.085": a change that names neither its figures nor a period, after two figures of
 * one metric for two periods (the subject it refers back to, and the one before it, in that
 * paragraph or the one before), compares the two, the later period's against the earlier's,
 * whichever was said last. Read as the last figure alone, it compared nothing.
 */
function pairBefore(ctx: SentenceContext, figure: Building, compared: Compared): Compared {
  const { subject, baseline } = compared;
  if (baseline || !subject?.metric || !subject.period || subject.sentence === figure.sentence || ctx.periods.length > 0) return compared;
  // "That was 12 fewer flights than planned": a difference of something else.
  const noun = MORE_OR_FEWER_NOUN_AFTER.exec(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 40)))?.[1];
  if (noun && !(subject.metric.frame?.counts ?? []).some((word) => word.toLowerCase() === noun.toLowerCase())) return compared;
  // "in two years the flow nearly quadrupled": the baseline is two years before the subject.
  const years = yearsSpanned(ctx.body);
  const counted = (f: Building): boolean => f !== subject && f.kind === 'quantity' && !f.comparisonDraft && !f.mention?.change && f.value !== null && f.metric === subject.metric && f.per === subject.per && f.period !== null && f.problem === null;
  const near = (f: Building): boolean => f.start < subject.start && subject.sentence.paragraph - f.sentence.paragraph <= 1;
  let other: Building | undefined;
  for (let i = ctx.earlier.length - 1; i >= 0 && !other; i--) {
    const f = ctx.earlier[i]!;
    if (counted(f) && near(f) && (f.period!.end < subject.period.start || subject.period.end < f.period!.start)) other = f;
  }
  if (!other || (years !== null && Math.abs(yearOfDay(other.period!.start) - yearOfDay(subject.period.start)) !== years)) return compared;
  return other.period!.start > subject.period.start ? { subject: other, baseline: subject } : { subject, baseline: other };
}

const MORE_OR_FEWER_NOUN_AFTER = EN.pattern('more-or-fewer-noun-after');
const SPAN_OF_YEARS = EN.pattern('span-of-years');
const SPAN_NUMBERS: Readonly<Record<string, number>> = { 'a single': 1, one: 1, un: 1, una: 1, 'un solo': 1, two: 2, dos: 2, three: 3, tres: 3, four: 4, cuatro: 4, five: 5, cinco: 5 };

/** How many years a sentence says a change ran over ("in two years", "en un año"), or null. */
function yearsSpanned(body: string): number | null {
  const count = SPAN_OF_YEARS.exec(body)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  return count === undefined ? null : (SPAN_NUMBERS[count] ?? Number(count));
}

/**
 * "That year's total, 133,726, looks small now: last year's was nearly four times larger",
 * "January's count was 4,702, so February came in 440 lower": a change in a clause of its own
 * (after a colon, a semicolon, or ", so") that names a period of its own, other than the figure's
 * before it, is of that period (looked up), against that figure.
 */
// "En 2015 cruzaron 29.289 y en 2016, unas 1.700 más": "and" before a period of its own opens the
// clause too, as in "and a year later they doubled", "y para 2023 se duplicó".
const CLAUSE_MARK = /[:;]|,\s+(?:so|while|whereas|but|yet|and then|thus|así que|mientras que|pero)\s|,?\s(?:and|y)\s(?=(?:in|during|by|en|durante|para|el|al|un|a|one|last|this|the)\s)/giu;
function ownClauseAgainst(ctx: SentenceContext, earlier: Building, figure: Building): { subject: null; baseline: Building } | null {
  if (!earlier.period) return null;
  const between = cut(ctx.m, earlier.end, figure.start);
  // A colon, a semicolon, or a comma and a word that opens the next clause ("…, so February came in
  // 440 lower").
  const mark = Math.max(-1, ...[...between.matchAll(CLAUSE_MARK)].map((found) => found.index!));
  if (mark < 0) return null;
  const from = earlier.end + mark;
  const own = ctx.periods.find((p) => p.start > from && p.end <= figure.start && p.resolved && p.kind !== 'bound');
  if (!own || overlaps(own.resolved!.period, earlier.period)) return null;
  // Its period is that clause's, whatever phrase of the clause before stands nearer ("… now: last year's").
  Object.assign(figure, { period: own.resolved!.period, periodMention: own, periodWords: own.words, periodFrom: own.borrowed ? 'context' : 'sentence' });
  return { subject: null, baseline: earlier };
}

/**
 * "In 2025, just 3,091 crossed. A year earlier the count had been 302,203, so the fall was about 99
 * percent": a subject dated by looking back from the sentence before ("a year earlier", "the year
 * before") is the earlier end of the change; the later is the figure before it of the same metric.
 */
function earlierSaidSecond(ctx: SentenceContext, figure: Building, compared: Compared): Compared {
  const { subject, baseline } = compared;
  const mention = subject?.periodMention;
  if (baseline || !subject?.metric || !subject.period || subject.sentence !== figure.sentence || subject.start > figure.start || !mention || !(looksBack(mention) || namedAfterLookingBack(ctx, mention)) || ctx.periods.some((p) => p !== mention && p.end <= figure.start && p.start >= subject.end)) return compared;
  const paragraph = ctx.sentence.paragraph;
  const later = [...ctx.earlier].reverse().find((f) => f.sentence !== figure.sentence && paragraph - f.sentence.paragraph <= 1 && f.kind === 'quantity' && !f.mention?.change && f.metric === subject.metric && f.per === subject.per && f.period && f.period.start > subject.period!.end);
  return later ? { subject: later, baseline: subject } : compared;
}

/**
 * "4.702 cruces en enero y 4.262 en febrero. Los mismos dos meses de 2021 habían sumado 2.928, de
 * modo que el total casi se triplicó": a baseline said as the same span of another year compares
 * that whole span, not the last month named before it; the subject is the span in the subject's
 * year, looked up, when the subject's own period lies in it.
 */
function spanOfTheBaseline(figure: Building, compared: Compared): Compared {
  const { subject, baseline } = compared;
  if (!subject?.period || !baseline?.period || !baseline.periodMention?.sameAs || monthsSpanned(baseline.period) <= monthsSpanned(subject.period)) return compared;
  const years = yearOfDay(subject.period.start) - yearOfDay(baseline.period.start);
  if (years <= 0) return compared;
  const span = parsePeriod(baseline.period.text.replace(/\d{4}/g, (year) => String(Number(year) + years)));
  if (!contains(span, subject.period)) return compared;
  Object.assign(figure, { period: span, periodWords: `${baseline.periodWords ?? ''} (the same span ${years === 1 ? 'a year' : `${years} years`} on)`, periodMention: null, periodFrom: 'context' });
  // Both ends count one thing: the span looked up counts what its baseline does.
  if (!figure.metric && baseline.metric) Object.assign(figure, { metric: baseline.metric, metricFrom: 'context', phrase: baseline.phrase });
  return { subject: null, baseline };
}

/**
 * "Un año antes, en 2024, habían sido 302.203", "A year earlier, in 2024, there had been": a
 * period named right after one that looks back, as its apposition, looks back as that one does.
 */
function namedAfterLookingBack(ctx: SentenceContext, mention: PeriodMention): boolean {
  return ctx.periods.some((p) => p.end <= mention.start && looksBack(p) && APPOSITION.test(cut(ctx.m, p.end, mention.start)));
}
const APPOSITION = /^\s*,\s*(?:(?:in|en|during|durante)\s+)?$/i;

/**
 * "… to hand Panama 16 boats. Officials said irregular migration through the jungle was down 99%.":
 * a change whose own sentence names what changed (its frame, read from the sentence) compares
 * that, not a figure of the sentence before that counts something else.
 */
function namedInItsOwnWords(figure: Building, compared: Compared, fallback: MetricFallback): Compared {
  const { subject } = compared;
  const own = fallback.get(figure);
  if (!subject?.metric || subject.sentence === figure.sentence || own?.from !== 'sentence') return compared;
  const same = own.metric === subject.metric || own.metric.id === subject.metric.rateOf || subject.metric.id === own.metric.rateOf;
  return same ? compared : { subject: null, baseline: compared.baseline?.sentence === figure.sentence ? compared.baseline : null };
}

/**
 * The year of a period that runs from its January 1 to its December 31 (`whole`), or to a day
 * before it ("so far this year"); else null.
 */
function yearOf(period: Period, whole: boolean): number | null {
  const [from, to] = [isoDay(period.start), isoDay(period.end)];
  return from.endsWith('-01-01') && from.slice(0, 4) === to.slice(0, 4) && to.endsWith('-12-31') === whole ? Number(from.slice(0, 4)) : null;
}

/**
 * "68,000 so far this year, 22,000 more than in 2023", "un 31 % menos que en 2023": a year so far,
 * changed by a difference or a percentage from a year named bare, is compared with the same days
 * of that year, as the services report it; not when the words say the whole year ("than in all of
 * 2023", "the 2023 total", "el récord de 2023"). A ratio ("nearly double the number in 2018") is
 * left with the whole year: a year so far is set against a whole earlier year that way.
 */
function sameSpanOfYear(ctx: SentenceContext, p: PeriodMention, subject: Period | null, monthsNamed = false): Period | null {
  // "2.158 en enero de este año, en contraste con los 34.839 del año pasado": against one month's
  // count, last year said by when it was is that month of it, as a year named is; so against
  // months the sentence names from the year's start ("from January to March, 87,390 compared to
  // 13,791 last year").
  const bare = p.kind === 'year' || (p.kind === 'deictic' && subject !== null && (monthsSpanned(subject) === 1 || monthsNamed) && /^(?:in |of )?last year$/i.test(p.glossed ?? p.words));
  const year = bare && p.resolved ? yearOf(p.resolved.period, true) : null;
  const soFar = subject ? yearOf(subject, false) : null;
  if (year === null || soFar === null || year >= soFar || WHOLE_YEAR.test(cut(ctx.m, Math.max(ctx.sentence.start, p.start - 24), p.end))) return null;
  return resolveSameAs({ year, shift: 0 }, subject!);
}
const WHOLE_YEAR = EN.pattern('whole-year');

/**
 * A comparison ("nearly tripled") counts what its subject counts, over its subject's period. With
 * `clearAll`, the comparison's own problem goes too; otherwise only a missing period is answered.
 */
function takeFromSubject(figure: Building, subject: Building, clearAll: boolean): void {
  // A subject in the sentence before is a reference back: how sure the reading is says so.
  const elsewhere = subject.sentence !== figure.sentence;
  // "248 mil personas, luego de cruzar … por lancha, una cifra que supera un 40%": a comparison
  // counts what its subject in the sentence counts, whatever other word it stands near.
  if (subject.metric && figure.metric && figure.metric !== subject.metric && !elsewhere && figure.metric.unit !== subject.metric.unit) figure.metric = null;
  if (!figure.metric && subject.metric) {
    figure.metric = subject.metric;
    // The subject's own reading, if it was from context, is this figure's too.
    figure.metricFrom = elsewhere ? 'previous sentence' : subject.metricFrom === 'sentence' || subject.metricFrom === 'subject' ? 'subject' : subject.metricFrom;
  }
  if (subject.period) {
    figure.period = subject.period;
    figure.periodWords = subject.periodWords;
    if (elsewhere || subject.periodFrom === 'context') figure.periodFrom = 'context';
    if (clearAll || figure.problem?.includes('period')) blame(figure, null);
  }
}

/**
 * "302,203 … in 2024, down 42% from the record 520,085 of 2023. The difference of about 218,000
 * people …", "Mulino put the figure at 511,103, a gap of almost 9,000": a gap named after the two
 * figures it lies between, the last two of one metric in its sentence or the sentence before, is
 * their difference, the later period's figure less the earlier's; it does not say which
 * is larger, so its way is theirs. With no such pair it stays unchecked (finish.ts, `gap`).
 */
function gapBetween(ctx: SentenceContext, built: readonly Building[], figure: Building): void {
  if (!GAP_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 80), figure.start))) return;
  const counted = (f: Building): boolean => f.kind === 'quantity' && !f.mention?.change && f.metric !== null && f.period !== null && f.value !== null;
  // "…, a gap of 217,882 over 2024's 302,203": a figure after the gap is one of its two, and with
  // one figure before it the two are the pair ("The 2022 count, 248,284, differs by 50,000 from
  // 2021's 133,726"); else unpaired.
  const own = built.filter((f) => f.start < figure.start && counted(f));
  const after = built.filter((f) => f.start > figure.end && counted(f));
  if (after.length > 0 && !(after.length === 1 && own.length === 1)) return;
  // Its own sentence's two ("rose from 133,726 in 2021 to 248,284 in 2022, a gap of 114,558") come
  // first; "The difference of …" opening a paragraph speaks of the sentence just before, as "That" does.
  const near = after.length === 1 ? [...own, ...after] : own.length >= 2 ? own : [...((ctx.before ?? ctx.previous)?.figures ?? []).filter((f) => counted(f) && !f.comparisonDraft), ...own];
  // "La diferencia entre un año y otro fue de …": the two years the text just gave, a sentence or two back.
  // "La diferencia entre ambas cuentas, de casi 18.000": the two counts of one year the text gave.
  const lead = cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 80), figure.start);
  const candidates = near.length >= 2 || !(BETWEEN_TWO_YEARS.test(lead) || BETWEEN_TWO_COUNTS.test(lead)) ? near : ctx.earlier.filter((f) => counted(f) && !f.comparisonDraft && ctx.sentence.paragraph - f.sentence.paragraph <= 3).slice(-3);
  const last = candidates.at(-1);
  const other = last ? [...candidates].reverse().find((f) => f !== last && f.metric === last.metric && f.value !== last.value) : undefined;
  if (!last || !other) return;
  const [subject, baseline] = other.period!.start > last.period!.start ? [other, last] : [last, other];
  figure.comparisonDraft = { kind: 'difference', direction: subject.value! >= baseline.value! ? 'increase' : 'decrease', subject, baseline, baselinePeriod: baseline.period, baselineWords: baseline.periodWords };
  takeFromSubject(figure, subject, true);
}
const GAP_BEFORE = keyed(EN.pattern('gap-before'), /gap|differ|discrepanc|diferencia|brecha|diverge|move|shift|var|off|difier/iu);
const BETWEEN_TWO_COUNTS = EN.pattern('between-two-counts');
const BETWEEN_TWO_YEARS = /\b(?:between|entre)\s+(?:(?:the|those|these|both|esos|estos|ambos|los)\s+)?(?:two\s+|dos\s+)?(?:years|años)\b|\bentre\s+un\s+año\s+y\s+otro\b|\bbetween\s+one\s+year\s+and\s+the\s+next\b/i;

/**
 * "Crossings nearly tripled this year. Figures soared from 2,928 ... to 8,456 ...": a ratio or
 * change that names neither end compares the change the next sentence spells out.
 */
export function linkToNextSentence(figures: Building[], sentences: readonly Sentence[]): void {
  const open = figures.filter((figure) => {
    const draft = figure.comparisonDraft;
    return draft !== null && draft.kind !== 'change' && !draft.subject && !draft.baseline;
  });
  // Most texts have no such comparison: then there is nothing to index.
  if (open.length === 0) return;
  const next = new Map<Sentence, Sentence>();
  for (let i = 0; i + 1 < sentences.length; i++) if (sentences[i]!.paragraph === sentences[i + 1]!.paragraph) next.set(sentences[i]!, sentences[i + 1]!);
  const bySentence = new Map<Sentence, Building[]>();
  for (const figure of figures) {
    const list = bySentence.get(figure.sentence);
    if (list) list.push(figure);
    else bySentence.set(figure.sentence, [figure]);
  }
  for (const figure of open) {
    const draft = figure.comparisonDraft!;
    const following = next.get(figure.sentence);
    if (!following) continue;
    const pair = (bySentence.get(following) ?? []).find((g) => g.comparisonDraft?.kind === 'change' && g.comparisonDraft.baseline);
    if (!pair) continue;
    draft.subject = pair;
    draft.baseline = pair.comparisonDraft!.baseline;
    takeFromSubject(figure, pair, false);
  }
}
