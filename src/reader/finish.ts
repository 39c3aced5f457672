/**
 * Finish stage: groups, forecasts and corrections set aside; then each figure's unit, rate basis,
 * default period (as of the page date, for a level), and the reason id of a figure that cannot be
 * checked (src/reader/reasons.ts).
 */
import { followsBaselineLead } from './baselines.js';
import { dayNumber, lengthInDays, periodFromDays, type Period } from '../model/period.js';
import type { Metric, RateUnit } from '../model/types.js';
import { maySpanishAside } from './aside-es.js';
import { because, type Because } from './reasons.js';
import { tokenize, type MetricCatalogue } from '../drafts/metrics.js';
import type { SentenceContext } from './context.js';
import { type Building, blame } from './record.js';
import { hasAsideWords, groupOrForecast, forecastChange, RETRACTED } from './asides.js';
import { monthOf, UNTIL, type UntilMention } from './resolve-period.js';
import { EN } from './lexicon/en.js';
import { keyed } from '../text/keyed.js';
import { anotherCountersFigures } from './counters.js';
import { KM_AFTER } from '../text/numbers.js';
import { cut } from '../text/one-byte.js';

const FELL_TO_BEFORE = EN.pattern('fell-to-before');

/** Words without one of which no sentence is a correction's account of what was said before (RETRACTED). */
const CORRECTION_WORDS = /version|versión|previously|originally|originalmente|incorrectly|mistakenly|wrongly|erroneously|erróneamente|por error/i;

/** Whether a sentence is a correction's account of what an earlier version said (its figures and events are no claims). */
export const isCorrection = (body: string): boolean => CORRECTION_WORDS.test(body) && RETRACTED.test(body);

/** "¿crecieron un 300 % …?": a yes-or-no question (lexicon, asked-sentence). */
const ASKED = EN.pattern('asked-sentence');

/** Groups, forecasts and corrections set aside; then each figure's unit, basis and problem. */
export function finishSentence(ctx: SentenceContext, built: readonly Building[]): void {
  const { body } = ctx;
  // "Venezuelans (113,244 ...)", "Venezuelans dominated the flow with more than 150,000
  // crossings": one group's count; "more than 400,000 migrants are expected to cross": a forecast.
  // Most sentences hold none of the words these need: then no figure is looked at.
  const spanish = ctx.options.language === 'es' && maySpanishAside(body);
  if (hasAsideWords(body) || spanish) {
    for (const figure of built) {
      if (figure.mention!.part) continue;
      const note = figure.mention!.change ? forecastChange(figure, ctx.m, ctx.sentence.start, spanish) : groupOrForecast(figure, ctx.m, ctx.sentence.start, ctx.breaks(), body.length, spanish);
      if (note) figure.aside = note;
    }
    listedWithAGroup(ctx.m, built);
  }
  groupCarriedOn(ctx, built);
  groupSetAgainst(ctx.m, ctx.sentence.start, built);
  shareRestated(ctx.m, built);
  sameCountAsBefore(ctx.m, built);
  // "Correction: An earlier version of this story said 32 boats": what the story no longer claims.
  if (isCorrection(body)) for (const figure of built) figure.retracted = true;
  // "¿crecieron un 300 % los cruces por el Darién en 2022?": asked, not stated.
  if (body.includes('?') && ASKED.test(body)) for (const figure of built) figure.aside ??= because('asked');
  // "about 1.2 million had crossed since the start of the pandemic", "in all": a total from another start.
  // "Until Wednesday, 399,606 had crossed this year": the sentence's own year so far, too.
  // "By July 17 this year, …", "By July 17 of that year": a day of the year as of which the total stood, too.
  const soFar = CUMULATIVE.test(body) ? null : (ctx.countsSoFar ?? ctx.periods.find((p) => p.kind === 'so-far' || (p.kind === 'deictic' && THIS_YEAR.test(p.words)) || ((p as UntilMention).asOf !== undefined && THIS_YEAR_AFTER.test(p.words)))?.words ?? lastYearsTotal(ctx, built));
  for (const figure of built) {
    finishQuantity(figure, ctx.pageDate, ctx.catalogue, soFar, ctx.m);
    // extract proposes the period as the sentence states it; lint checks it as the event's.
    if (ctx.options.purpose === 'lint') narrowToEvent(figure, ctx.catalogue, ctx.m);
    if (figure.unit === 'km' && figure.metric?.unit === 'miles') inMiles(figure, ctx.m);
  }
  for (const figure of built) comparedAsOf(figure);
  anotherCountersFigures(body, built, ctx.titleCounter);
  windowFromBefore(ctx, built);
}

/**
 * "As of Sunday, 248,901 had walked through …, exceeding last year's record by 600": a comparison
 * with no period of its own is its subject's, and its subject's may be known only once the
 * sentence is finished (a running total from January 1, or a month's count said to have fallen by
 * it: takeAsOf). Read from context, as its subject's is or could be.
 */
function comparedAsOf(figure: Building): void {
  const subject = figure.comparisonDraft?.subject;
  if (!subject || figure.period !== null || figure.reason !== 'no-period' || !subject.period || !((subject as Building).periodMention as UntilMention | null)?.asOf) return;
  Object.assign(figure, { period: subject.period, periodWords: subject.periodWords, periodFrom: 'context' });
  blame(figure, null);
}

const THIS_YEAR_AFTER = /\b(?:this|that|este|ese|aquel)\s+(?:year|año)$/i;
const THIS_YEAR = EN.pattern('this-year');

/**
 * "En el 2021 unos 133,653 migrantes cruzaron …, hasta este jueves ya 132,153 personas habían
 * atravesado": a running total set beside the whole of the year before, in its sentence or the one
 * before, is the year so far, as the flow's counts are kept by calendar year. Returns the words
 * that say so, or null.
 */
function lastYearsTotal(ctx: SentenceContext, built: readonly Building[]): string | null {
  const year = ctx.pageDate ? new Date(ctx.pageDate.end * 86_400_000).getUTCFullYear() - 1 : null;
  if (year === null) return null;
  const [start, end] = [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  const whole = [...built, ...(ctx.before?.figures ?? [])].find((f) => f.kind === 'quantity' && f.metric?.kind === 'flow' && f.period?.start === start && f.period.end === end && !f.comparisonDraft);
  return whole ? `the whole of ${year}, set beside it` : null;
}

/**
 * "los haitianos y los cubanos, con unos 4.821 y 3.133, respectivamente": a figure listed right
 * after one group's count ("y", "and", a comma between) counts a group too, whether or not its own
 * words name it.
 */
function listedWithAGroup(m: string, built: readonly Building[]): void {
  for (let i = 1; i < built.length; i++) {
    const [before, figure] = [built[i - 1]!, built[i]!];
    if (before.aside?.reason !== 'one-group' || figure.aside || figure.mention!.change || figure.mention!.part) continue;
    // "2,005 Chinese people trekked through the jungle in 2022, and just 376 from 2010 to 2021": a
    // figure that names nothing it counts, in the next clause, is the same group's.
    // So is one later in the sentence that names nothing, with no other people counted between
    // ("cuando 2.676 cubanos entraron …, y aunque en los siguientes dos meses entraron 2.126 y 2.557").
    const between = cut(m, before.end, figure.start);
    const namesNothing = NAMES_NOTHING_AFTER.test(cut(m, figure.end, figure.end + 16));
    // Not past a bracket that closes on the group ("53,404 migrants (39,834 Venezuelans) …, while
    // there were 48,204 in September"): the sentence's own count goes on.
    const elided = namesNothing && (ELIDED_CLAUSE.test(between) || (between.length <= 120 && !/[);]/.test(between) && !PEOPLE_BETWEEN.test(between.replace(/^\s*\p{L}+/u, ''))));
    if (elided || LISTED.test(between)) figure.aside = before.aside;
  }
}
const ELIDED_CLAUSE = /,\s+(?:and|but|y|pero)\s+$/i;
const NAMES_NOTHING_AFTER = /^\s*(?:$|[,.;:)]|(?:from|in|during|between|since|en|entre|desde|durante)\s|(?:and|or|y|e|o)\s+\d)/i;
/** Words of people counted: another count, not the group's. */
const PEOPLE_BETWEEN = /(?:^|[^\p{L}])(?:people|persons|migrants|travelers|crossings|personas|migrantes|viajeros|cruces|total|in all|en total|en conjunto)(?![\p{L}])/iu;
/**
 * "Venezuelans made up more than six in ten of this year's migrants, more than 320,000 people": a
 * count set off by a comma right after a share of a whole restates the share; it counts the part
 * (the group), not the whole it is a share of.
 */
function shareRestated(m: string, built: readonly Building[]): void {
  for (let i = 1; i < built.length; i++) {
    const [before, figure] = [built[i - 1]!, built[i]!];
    if (before.mention!.part?.reason !== 'proportion' || figure.mention!.part || figure.mention!.change || !SHARE_RESTATED.test(cut(m, before.end, figure.start))) continue;
    blame(figure, because('part-of-group', { figure: figure.text }));
  }
}
const SHARE_RESTATED = EN.pattern('share-restated-between');

/**
 * "3.800 niños … no acompañados han atravesado la selva del Darién, mientras que la cifra registrada
 * en la totalidad del año 2023 no llegó a los 3.300": "the figure" later in a sentence is the count
 * of what the sentence's figure before it counted; when that one counted something no metric of
 * the catalogue does (unaccompanied children), so does this one. Not "the number of migrants",
 * which names what it counts.
 */
function sameCountAsBefore(m: string, built: readonly Building[]): void {
  for (let i = 1; i < built.length; i++) {
    const figure = built[i]!;
    if (!figure.metric || figure.kind !== 'quantity' || figure.mention!.change || figure.aside) continue;
    const earlier = built.slice(0, i).reverse().find((f) => f.kind === 'quantity' && !f.mention!.change);
    if (!earlier || earlier.metric || (earlier.reason !== 'no-metric' && earlier.reason !== null)) continue;
    // "Dos años antes, en 2022, la cifra anual …": a count of years counts no thing.
    if (TIME_UNIT_AFTER.test(cut(m, earlier.end, earlier.end + 12))) continue;
    if (THE_FIGURE_BETWEEN.test(cut(m, earlier.end, figure.start))) figure.aside = because('no-metric');
  }
}
const THE_FIGURE_BETWEEN = EN.pattern('the-figure-between');
const TIME_UNIT_AFTER = /^\s+(?:years?|months?|weeks?|days?|hours?|años?|meses|mes|semanas?|días?|horas?|times|veces|percent|por\s+ciento|%)(?![\p{L}])/iu;

/** "unos 4.821 y 3.133": two figures in a tight list (the lexicon's, as attach-list.ts reads lists). */
const LISTED = EN.pattern('list-joiner');

/**
 * "Every day of 2023, some 1,400 emerged from the forest. Picture a small town — roughly 14,000
 * people — arriving every single day.": a rate that names no period stays unchecked, but lies, at
 * least roughly, in the period of the sentence before it in the paragraph; only an order of
 * magnitude is held to that (src/checks/rules/magnitude.ts), never the exact checks.
 */
function windowFromBefore(ctx: SentenceContext, built: readonly Building[]): void {
  const before = ctx.previous && ctx.previous.sentence.paragraph === ctx.sentence.paragraph ? ctx.previous : null;
  if (!before) return;
  const period = [...before.figures].reverse().find((f) => f.period && f.kind === 'quantity')?.period ?? [...before.periods].reverse().find((p) => p.resolved && p.kind !== 'bound')?.resolved?.period;
  if (!period) return;
  for (const figure of built) if (figure.reason === 'no-period' && figure.per !== null && figure.metric && !figure.window) figure.window = period;
}

const CUMULATIVE = EN.pattern('cumulative');

const WHOLE_DEICTIC = EN.pattern('whole-deictic');

/** "about 140 a day now", "currently": a rate or level at the time of writing, or of speaking. */
const NOW = EN.pattern('now');

/** The longest a period can be and still be one day, week, month or year. */
const DAYS_IN: Record<RateUnit, number> = { hour: 1, day: 1, week: 7, month: 31, year: 366 };

/** "25,904 crossed in a single month": a rate of one unit of time, which is that unit's total. */
const SINGLE_UNIT = EN.pattern('single-unit');
const MONTHS_TOTAL_BEFORE = EN.pattern('months-total-before');
const COUNT_APPOSED_BEFORE = EN.pattern('count-apposed-before');

/**
 * "10.742 cubanos ingresaron … / Esas cifras fueron escalando, pues … en enero fue de 176
 * personas, 204 en febrero": a sentence that opens by referring back to the figures before
 * ("Esas cifras", "Those figures"), all of which counted one group, counts that group too.
 */
function groupCarriedOn(ctx: SentenceContext, built: readonly Building[]): void {
  if (!THOSE_FIGURES_OPEN.test(ctx.body)) return;
  const before = (ctx.previous?.figures ?? []).filter((f) => f.kind === 'quantity' && !f.mention?.change);
  const group = before.length > 0 && before.every((f) => f.aside?.reason === 'one-group') ? before[0]!.aside! : null;
  if (!group) return;
  for (const figure of built) if (figure.kind === 'quantity' && !figure.mention!.part && !figure.mention!.change && !figure.aside) figure.aside = group;
}
const THOSE_FIGURES_OPEN = EN.pattern('those-figures-open');

/**
 * "cruzaron 150 mil 327 venezolanos, lo que contrasta con los casi 3 mil que lo hicieron en 2021":
 * a figure set against one group's count, or the other end of its change ("from 2,000 Venezuelan
 * citizens … to 111,000"), naming no flow of its own after it, counts that group.
 */
function groupSetAgainst(m: string, sentenceStart: number, built: readonly Building[]): void {
  const group = built.find((f) => f.kind === 'quantity' && f.aside?.reason === 'one-group');
  if (!group) return;
  for (const figure of built) {
    if (figure.kind !== 'quantity' || figure.start < group.end || figure.aside || figure.mention!.part || figure.mention!.change) continue;
    // "going from 2,000 Venezuelan citizens received in 2021 to 111,000 so far this year": the two ends of one change.
    const otherEnd = FROM_END_BEFORE.test(cut(m, Math.max(sentenceStart, group.start - 12), group.start)) && TO_END_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 6), figure.start));
    const setAgainst = otherEnd || followsBaselineLead(figure, m, sentenceStart) || CONTRASTS_BEFORE.test(cut(m, Math.max(sentenceStart, figure.start - 40), figure.start));
    if (setAgainst && !FLOW_NOUN_AFTER.test(cut(m, figure.end, figure.end + 24))) figure.aside = group.aside;
  }
}
const CONTRASTS_BEFORE = EN.pattern('contrasts-before');
const FROM_END_BEFORE = EN.pattern('range-from-before');
const TO_END_BEFORE = EN.pattern('to-end-before');
const FLOW_NOUN_AFTER = EN.pattern('flow-noun-after');

/** Unit, rate basis, default periods, and why a figure cannot be checked. */
function finishQuantity(figure: Building, pageDate: Period | null, catalogue: MetricCatalogue, countsSoFar: string | null, m: string): void {
  // The metric as attached: the steps below judge by it, even where a single month's rate becomes
  // that month's count.
  const metric = figure.metric;
  // "a margin of error of ±2.8 percentage points": either side of another figure, not one.
  if (PLUS_MINUS_BEFORE.test(cut(m, Math.max(0, figure.start - 16), figure.start))) {
    blame(figure, because('margin', { figure: cut(m, Math.max(0, figure.start - 1), figure.end) }));
    return;
  }
  finishUnit(figure, metric);
  finishRate(figure, pageDate, catalogue, m);
  if (setAside(figure)) return;
  const notACount = metric && isCount(figure, metric) ? noCountAfterAll(figure, metric, m) : null;
  if (notACount) {
    blame(figure, notACount);
    return;
  }
  takeAsOf(figure, metric, countsSoFar, m);
  if (figure.problem !== null) return;
  if (!metric) {
    blame(figure, because('no-metric'));
    return;
  }
  // "En febrero de 2022 el Gobierno recordaba que en un año normal pasaban unas 10.000 personas":
  // a typical year's rate said in reported speech is of no time at all; the period before the verb
  // of saying is when it was said ("In 2020, before the surge, 22,102 crossed" keeps its year).
  if (metric.typical && figure.periodMention && figure.periodMention.end <= figure.start && REPORTED_SINCE.test(cut(m, figure.periodMention.end, figure.start))) {
    figure.period = null;
    blame(figure, because('no-period'));
    return;
  }
  if (figure.period === null && !heldToEvent(figure, metric, pageDate, catalogue, m)) periodByDefault(figure, metric, pageDate, m);
}
/** A verb of saying and its "that" between a period and a figure: what follows is what was said. */
const REPORTED_SINCE = EN.pattern('reported-speech-between');

/**
 * "In May 2025 the ambassador gave Panama 160 boats", "In July 2024 the police strung about eight
 * miles of wire": a period of the sentence's own that holds the day of the one event a `once`
 * metric counts (up to a year of it), or lies within the event's span, is the event's period, so
 * the figure meets the registry's.
 */
function narrowToEvent(figure: Building, catalogue: MetricCatalogue, m: string): void {
  const { metric, period } = figure;
  const event = metric?.once && period && figure.problem === null ? catalogue.events.get(metric) : undefined;
  if (!event || !period || period.end - period.start > YEAR_DAYS) return;
  // "three miles of wire now block eight trails": what one event put up stands "now"; said after
  // the event, it is the event's, read from context, as a figure with no period is.
  if (figure.periodMention?.kind === 'deictic' && STANDS_NOW.test(figure.periodMention.words) && period.start > event.period.end && namesWhatItCounts(figure, metric!, event.nouns, m)) {
    takeEventPeriod(figure, event.period, `${figure.periodMention.words} (${EVENT_WORDS})`);
    return;
  }
  // The sentence's period holds the event's day, or lies within the event's span ("won the May 5
  // vote by …" of the election the registry dates May 2024).
  const holds = period.start <= event.period.start && event.period.end <= period.end;
  const within = event.period.start <= period.start && period.end <= event.period.end;
  // "On Wednesday, May 21, the ambassador handed over boats. The donation included … 23 outboard
  // motors.": a day lent by the sentence before, a few days off the event's, dates the same one
  // event (the day is the sentence before's error, checked there); the count is still the event's.
  const near = figure.periodFrom === 'context' && period.start === period.end && Math.abs(period.start - event.period.start) <= NEAR_DAYS;
  if (near && namesWhatItCounts(figure, metric!, event.nouns, m)) {
    takeEventPeriod(figure, event.period, `${figure.periodWords ?? ''} (${EVENT_WORDS})`);
    return;
  }
  if (!holds && !within) return;
  if (namesWhatItCounts(figure, metric!, event.nouns, m)) figure.period = event.period;
}
/**
 * How many days from a `once` event's day a day lent by context may stand and still be that event's:
 * a month. "His government signed a memorandum on July 2. / Border police strung about 30 miles of
 * wire": the day of the sentence before is another event's, and the wire, strung by mid-July, is
 * the one stringing the registry dates.
 */
const NEAR_DAYS = 31;
const YEAR_DAYS = 366;
const STANDS_NOW = EN.pattern('stands-now');
const EVENT_WORDS = 'the one event it counts, as the registry dates it';

/** The event's period for a figure of a `once` metric, read from context (a warning at most). */
function takeEventPeriod(figure: Building, period: Period, words: string): void {
  figure.period = period;
  figure.periodWords = words;
  figure.periodFrom = 'context';
}

/**
 * Whether a count names, in the few words after it, what its `once` metric counts ("160 boats",
 * "30 miles of wire"); a sum of money says it with its currency. Held to the event, a count read
 * with the wrong metric ("a crew of four" in a sentence about boats) would contradict it.
 */
function namesWhatItCounts(figure: Building, metric: Metric, nouns: ReadonlySet<string>, m: string): boolean {
  return metric.kind === 'money' || tokenize(m, figure.end, Math.min(figure.sentence.end, figure.end + 40)).slice(0, 4).some((t) => nouns.has(t.stem));
}

/** A count of a flow or a level, not a rate nor a comparison. */
const isCount = (figure: Building, metric: Metric): boolean => (metric.kind === 'flow' || metric.kind === 'level') && figure.per === null && !figure.comparisonDraft;

/**
 * Why a figure read as a count is none after all, or null:
 * - "it is 1,424.9 for 2023", "1.86 for 2022": a count of people, boats or trails with a fraction
 *   is a mean, a ratio or a share the sentence does not name (a codebook's column, a table's cell);
 *   read as the count it contradicted every total. A rate may have one ("8.5 a day").
 * - "for 2025 it is −299,112", "+62.4": a sign makes a change.
 * - "the 2015–2020 mean in the panel is about 17,300": a mean is no total.
 */
function noCountAfterAll(figure: Building, metric: Metric, m: string): Because | null {
  if (WHOLE_UNITS.has(metric.unit ?? '') && figure.value !== null && !Number.isInteger(figure.value) && !SCALED.test(cut(m, figure.start, figure.end + 8))) return because('fraction', { unit: metric.unit ?? 'people', figure: figure.text });
  if (SIGN_BEFORE.test(cut(m, Math.max(0, figure.start - 2), figure.start))) return because('signed', { figure: cut(m, figure.start - 1, figure.end) });
  // Not past the figure's own table cell: "| Mes | Cruces | Promedio diario |⏎…| Enero | 1.701 |" is no mean.
  const lead = cut(m, Math.max(0, figure.start - 60), figure.start);
  const mean = MEAN_BEFORE.exec(lead.slice(lead.lastIndexOf('|') + 1));
  return mean ? because('mean', { words: mean[0].trim() }) : null;
}
/** Units counted in whole ones: a count of them never has a fraction. */
const WHOLE_UNITS = new Set(['people', 'boats', 'motors', 'partners', 'representatives', 'trails']);
/** "1.2 million", "3,4 mil", "3.2 dozen": a scale word makes a fraction of it a whole count (the lexicon's `scaled`). */
const SCALED = EN.pattern('scaled');
/** "a margin of error of ±2.8 percentage points" (the lexicon's `plus-minus-before`). */
const PLUS_MINUS_BEFORE = keyed(EN.pattern('plus-minus-before'), /±|\+\/-|\+\/−|plus\s+or\s+minus/iu);
/** "for 2025 it is −299,112", "+62.4": a sign just before the digits (not a range's dash: "2,000-3,000"). */
const SIGN_BEFORE = /(?:^|[^\p{L}\d.,])[−+]$|(?:^|[\s(:])-$/u;
/** "the 2015–2020 mean in the panel is about 17,300" (the lexicon's `mean-before`). */
const MEAN_BEFORE = EN.pattern('mean-before');

/** A comparison's unit says how it compares ("times", "percent"); else the metric's unit. */
function finishUnit(figure: Building, metric: Metric | null): void {
  const comparison = figure.comparisonDraft;
  if (comparison && comparison.kind !== 'change') {
    figure.unit = comparison.kind === 'ratio' ? 'times' : comparison.kind === 'percent-change' ? 'percent' : (figure.unit ?? metric?.unit ?? null);
  } else if (figure.unit === null && metric) figure.unit = metric.unit;
}

const KM_PER_MILE = 1.609344;

/**
 * "tres kilómetros de alambre" for a length the catalogue counts in miles: the same length in
 * miles, rounding and hedge kept, and its text naming its own unit so a finding shows what was said.
 */
function inMiles(figure: Building, m: string): void {
  if (figure.interval === null) return;
  const [low, high] = figure.interval;
  figure.interval = [low / KM_PER_MILE, high / KM_PER_MILE];
  if (figure.value !== null) figure.value /= KM_PER_MILE;
  figure.unit = 'miles';
  const unit = KM_AFTER.exec(cut(m, figure.end, figure.end + 16));
  if (unit) {
    figure.end += unit[0].length;
    figure.text = cut(m, figure.start, figure.end);
  }
}

/** The calendar month a period lies within and ends with ("by the end of July"), or null: a count to July 10 is no month's. */
function monthEndedBy(period: Period): Period | null {
  const month = monthOf(period.start);
  return month.end === period.end ? month : null;
}

/** A rate's basis (an average or a spot rate), and the period of a rate "now". */
function finishRate(figure: Building, pageDate: Period | null, catalogue: MetricCatalogue, m: string): void {
  const mention = figure.mention!;
  const metric = figure.metric;
  // "In August 2021, 25,904 crossed in a single month": a month's count in its own month is its total.
  // "By the end of July the monthly tally had closed at 11,363": the month's count, all of it.
  // (Its period may still be only the day it is "by": takeAsOf, below, would make it a rate as of then.)
  const by = figure.period ?? (figure.periodMention as UntilMention | null | undefined)?.asOf ?? null;
  const month = figure.per === 'month' && by && metric?.rateOf ? monthEndedBy(by) : null;
  const monthsTotal = month && MONTHS_TOTAL_BEFORE.test(cut(m, Math.max(0, figure.start - 80), figure.start)) ? month : null;
  if (monthsTotal) {
    figure.period = monthsTotal;
    if (figure.reason === 'period-unresolved') blame(figure, null);
  }
  // "something like 10,000 people in a normal year. / Then the fall hit: 25,332 in August": a rate
  // passed on from the sentence before, to a figure with no rate words of its own whose sentence
  // names a period shorter than the rate's unit, is that period's count (August at 25,332 a year
  // is no reading anyone meant).
  const days = figure.period ? lengthInDays(figure.period) : Infinity;
  const rateOnlyInherited = figure.per !== null && mention.per === null && figure.metricFrom !== 'sentence' && figure.periodFrom === 'sentence' && days < DAYS_IN[figure.per] / 2;
  if (figure.per !== null && (rateOnlyInherited || (mention.perWords && (monthsTotal !== null || SINGLE_UNIT.test(mention.perWords)))) && metric?.rateOf && days <= DAYS_IN[figure.per]) {
    figure.per = null;
    figure.metric = catalogue.metrics.get(metric.rateOf) ?? metric;
  }
  if (figure.per !== null) {
    // A rate with no period is a rate at the time of writing ("are entering ... every month").
    // "about 140 a day now", "on Monday": a rate at a point in time is the rate then, not an average.
    // "last year", "this month" are deictic but no point in time: a rate over one is its average.
    // "By February 2022 the ministry put the daily flow at about 140": the rate then, as of the
    // month, not its average.
    const asOf = figure.periodMention !== null && figure.periodMention !== undefined && UNTIL.test(figure.periodMention.glossed ?? figure.periodMention.words);
    const span = figure.periodMention && !asOf && (!figure.periodMention.pointInTime || WHOLE_DEICTIC.test(figure.periodMention.glossed ?? figure.periodMention.words));
    // A basis an earlier stage gave (the other end of a pair, mentions.ts carryRate; a table cell's
    // or a section's rate, an item of a list) stands where the figure's own words say none.
    // "the monthly count had climbed to 25,332, about 1,100 a day": a rate set after a count is its average.
    const apposed = COUNT_APPOSED_BEFORE.test(cut(m, Math.max(0, figure.start - 40), figure.start));
    figure.basis = mention.basis ?? figure.basis ?? (span || apposed ? 'average' : 'spot');
    // "In February, the minister said the daily average had fallen to 140": the rate when she spoke.
    // Not a rate its own words call an average ("said the Darién averaged roughly 900 a day").
    if (figure.spokenAt && figure.spokenAt === figure.periodMention && mention.basis == null) figure.basis = 'spot';
    if (figure.basis === 'spot' && figure.periodMention?.kind === 'deictic' && figure.period === null && pageDate) figure.period = pageDate;
  }
  // "about 140 a day now, the minister told reporters this month": now is when she spoke.
  if (figure.spokenAt && figure.periodMention?.kind === 'deictic' && NOW.test(figure.periodMention.words)) {
    figure.period = figure.spokenAt.resolved!.period;
    figure.periodWords = `${figure.periodMention.words} (when it was said, "${figure.spokenAt.words}")`;
  }
}

/** A part of a group, a group's count, a forecast or what a correction retracts: no claim. */
function setAside(figure: Building): boolean {
  const why = figure.mention!.part ?? figure.aside ?? (figure.retracted ? because('retracted') : null);
  if (!why) return false;
  if (!figure.mention!.part) figure.metric = null;
  blame(figure, why);
  return true;
}

/**
 * "By January 2025, the daily average had dropped to around 70": a rate or a level is as of the
 * period it is "by", though a count "by January" runs from a start not named. In a text that
 * counts the year so far ("so far this year" in its title or before), a count "as of February 25"
 * runs from January 1 of that day's year, as immigration services publish running totals; it is
 * taken from context, so it can warn but never fail a draft.
 */
function takeAsOf(figure: Building, metric: Metric | null, countsSoFar: string | null, m: string): void {
  const asOf = (figure.periodMention as UntilMention | null)?.asOf;
  if (!metric || figure.period !== null || !asOf || figure.reason !== 'period-unresolved') return;
  // "In January, 2,229 made the crossing, but by February the number plummeted to 408": a running
  // total never falls, so a count said to have fallen by a month is that month's own.
  const fell = metric.kind === 'flow' && asOf.start !== asOf.end && FELL_TO_BEFORE.test(cut(m, Math.max(0, figure.start - 48), figure.start));
  if (figure.per !== null || metric.kind === 'level' || fell) {
    figure.period = asOf;
    blame(figure, null);
  } else if (countsSoFar && metric.kind === 'flow') {
    const year = new Date(asOf.start * 86_400_000).getUTCFullYear();
    figure.period = periodFromDays(dayNumber(year, 1, 1), asOf.end);
    figure.periodWords = `${figure.periodMention!.words} (from January 1: the text counts "${countsSoFar}")`;
    figure.periodFrom = 'context';
    blame(figure, null);
  }
}

/**
 * "He handed over 160 boats", "a package valued at more than $30 million", said with no period of
 * their own, in a story of any later date: a figure of what one event gave or put up (a `once`
 * metric) is that event's, dated as the registry dates it, and read from context. Not before the
 * event: a page written earlier is about something else. A count must say what it counts ("160
 * boats", not "a crew of four" in a sentence about the boats): held to the event, a misread count
 * would contradict it.
 */
function heldToEvent(figure: Building, metric: Metric, pageDate: Period | null, catalogue: MetricCatalogue, m: string): boolean {
  const event = metric.once ? catalogue.events.get(metric) : undefined;
  if (!event || figure.periodMention || figure.boundedBy) return false;
  const said = figure.spokenAt?.resolved?.period ?? pageDate;
  if (said && said.end < event.period.start) return false;
  if (!namesWhatItCounts(figure, metric, event.nouns, m)) return false;
  takeEventPeriod(figure, event.period, `(none: ${EVENT_WORDS})`);
  return true;
}

/**
 * A figure that names no period: a level, an amount, a share or a spot rate is as of when it was
 * said, else the page date; anything else cannot be checked.
 */
function periodByDefault(figure: Building, metric: Metric, pageDate: Period | null, m: string): void {
  const asOfPage = metric.kind === 'level' || metric.kind === 'money' || metric.kind === 'percentage' || (figure.per !== null && figure.basis === 'spot');
  if (asOfPage && !figure.periodMention && figure.boundedBy) {
    blame(figure, because('period-unresolved', { words: figure.boundedBy.words }));
    return;
  }
  // "about 10,000 in a normal year, as the ministry said in February": a typical year's rate is of
  // no time at all, neither when it was said nor the page's (the registry holds it with none).
  if (metric.typical) {
    blame(figure, figure.periodWords ? because('period-unresolved', { words: figure.periodWords }) : because('no-period'));
    return;
  }
  // "Cada día eran alrededor de 1.000 las que llegaban", "about 1,000 a day were arriving": a rate
  // said in a past tense is of some time before, which the sentence does not name; not the page's.
  if (asOfPage && !figure.periodMention && !figure.spokenAt && figure.per !== null && metric.kind === 'rate' && saidInThePast(figure, m)) {
    blame(figure, because('no-period'));
    return;
  }
  if (asOfPage && !figure.periodMention) {
    if (figure.spokenAt) {
      figure.period = figure.spokenAt.resolved!.period;
      figure.periodWords = `(none: as of when it was said, "${figure.spokenAt.words}")`;
      return;
    }
    if (pageDate) {
      figure.period = pageDate;
      figure.periodWords = '(none: as of the page date)';
      return;
    }
    blame(figure, because('as-of-needs-date', { kind: metric.kind }));
    return;
  }
  blame(figure, figure.periodWords ? because('period-unresolved', { words: figure.periodWords }) : because('no-period'));
}

/** Whether the words around a figure put it in a past tense: "were", "eran", "llegaban". */
function saidInThePast(figure: Building, m: string): boolean {
  return PAST_TENSE.test(cut(m, Math.max(figure.sentence.start, figure.start - 60), Math.min(figure.sentence.end, figure.end + 60)));
}
const PAST_TENSE = EN.pattern('past-tense');
