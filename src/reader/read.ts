/**
 * A text (a draft, or an article being added to the registry) read into figures: each with its
 * sentence, metric, period, rate, comparison and attribution, or with the reason it cannot have
 * them. `darien lint` turns these into claims and checks them; `darien extract` prints them as
 * registry YAML. Both read the same way, so what extract proposes is what lint would check.
 *
 * The stages, in order, each in its own module of src/reader/: prepare (markdown masked, sentences,
 * period phrases: src/text/), context (context.ts), mentions (mentions.ts), attach: metric
 * (attach-metric.ts), period (attach-period.ts), comparison (attach-comparison.ts), table cells
 * (attach-cell.ts), attribution (attribution.ts); finish (finish.ts); dates of events (events.ts).
 * The heavy part (phrases, periods) runs only on sentences that hold a number, or a date and the
 * phrase of an event.
 */
import { LineIndex } from '../text/lines.js';
import { maskMarkdown } from '../text/markdown.js';
import { findFigures, HOLDS_NUMBER, HOLDS_NUMBER_ES, type DurationMention, type FigureMention } from '../text/numbers.js';
import { durationFigures } from './durations.js';
import { compactPeriod, findPeriods, type PeriodMention } from '../text/periods.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { matchPhrases, tokenize, type PhraseMatch, type Token } from '../drafts/metrics.js';
import { blame, type ReadOptions, type ReadText, type Building } from './record.js';
import { because } from './reasons.js';
import { startText, type TextState, NO_STEMS, sentenceContext, countsSoFar, namedPeriods, recordYearOf, theRecordYear } from './context.js';
import { linkToNextSentence, attachComparisons } from './attach-comparison.js';
import { periodFromRepeat } from './repeated.js';
import { mayDateAnEvent, readEvents } from './events.js';
import { MONTH_KINDS, monthsInYear, namedAfterThan, notePeriods, recordReach, type UntilMention } from './resolve-period.js';
import { isBaselineLead } from './baselines.js';
import { withEventDates } from './event-periods.js';
import { quantitiesOf, linkFromTo, carryRate } from './mentions.js';
import { attachMetrics } from './attach-metric.js';
import { pairListWithMonths } from './attach-list.js';
import { blankCaptionNumbers } from './caption-numbers.js';
import { overSpokenYears, writeSpokenYears, writeSpokenYearsEs } from './spoken-years.js';
import { rateFromSection, sectionRateOf } from './section-rate.js';
import { labelWords, labelMetric } from './label-figure.js';
import { attachPeriods, factsOf, leadsToBaseline, spokenOn } from './attach-period.js';
import { attachCells } from './attach-cell.js';
import { finishSentence, isCorrection } from './finish.js';
import { EN } from './lexicon/en.js';
import { keyed } from '../text/keyed.js';
import { keepCounted, type Frame, type SentenceTags } from './frames.js';
import type { Metric } from '../model/types.js';
import { calendarYearOf, dayNumber, daysInMonth, monthOfDay, periodFromDays, periodKey, weekday, yearOfDay, type Period } from '../model/period.js';
import { cut, cutFrom } from '../text/one-byte.js';
import { readAges } from './ages.js';

export type { DraftComparison, DraftFigure, ReadOptions, ReadText } from './record.js';

/**
 * "Nearly a quarter-million migrants this year have crossed": a count of a flow said for "this
 * year" counts the year so far, as "so far this year" does ("the new president takes office this
 * year" does not: no count of the flow is said for it).
 */
function yearSoFarCounted(read: readonly Building[]): string | null {
  const counted = read.find((f) => f.kind === 'quantity' && f.metric?.kind === 'flow' && f.periodMention?.kind === 'deictic' && THIS_YEAR.test(f.periodMention.glossed ?? f.periodMention.words));
  return counted?.periodMention?.words ?? null;
}
const THIS_YEAR = EN.pattern('this-year');

export function readText(text: string, options: ReadOptions): ReadText {
  const written = maskMarkdown(text, { plainText: options.hardLineBreaks });
  // Years said in words ("twenty twenty-one") are read as the years they are; offsets stay the text's.
  // A caption's or a list item's own number ("**7.** That works out to …") is no figure.
  const unnumbered = blankCaptionNumbers(written.masked);
  const masked = { ...written, masked: options.language === 'es' ? writeSpokenYearsEs(unnumbered) : writeSpokenYears(unnumbered) };
  // While it is read, slices of the masked text come from one-byte copies where they can (src/text/one-byte.ts).
  const restore = cutFrom(masked.masked);
  try {
    return readMasked(text, masked, options);
  } finally {
    restore();
  }
}

/**
 * "llegó a Panamá el miércoles trece de abril", "on Wednesday, April 13", on a page of October 2023:
 * a day named with its weekday but no year is of the latest year, up to the page, in which it fell
 * on that weekday (2022), not of the page's year, in which it did not. Only two years back: a
 * weekday further off is more likely a slip than a year left unsaid.
 */
function inTheWeekdaysYear(mentions: PeriodMention[], page: Period | null): PeriodMention[] {
  return mentions.map((p) => {
    const day = p.resolved?.period;
    if (!page || p.kind !== 'date' || !day || day.start !== day.end || /\b(?:1[89]|20)\d\d\b/.test(p.words)) return p;
    const named = weekdayNamed(p.words);
    if (named < 0 || weekday(day.start) === named) return p;
    const [month, date] = [monthOfDay(day.start), new Date(day.start * 86_400_000).getUTCDate()];
    for (let year = yearOfDay(page.end); year >= yearOfDay(page.end) - 2; year--) {
      if (date > daysInMonth(year, month)) continue;
      const candidate = dayNumber(year, month, date);
      if (candidate <= page.end && weekday(candidate) === named) return { ...p, resolved: { period: periodFromDays(candidate, candidate), deictic: false } };
    }
    return p;
  });
}
const WEEKDAY_WORDS: ReadonlyArray<RegExp> = [/\b(?:sunday|domingo)\b/i, /\b(?:monday|lunes)\b/i, /\b(?:tuesday|martes)\b/i, /\b(?:wednesday|mi[ée]rcoles)(?![\p{L}])/iu, /\b(?:thursday|jueves)\b/i, /\b(?:friday|viernes)\b/i, /\b(?:saturday|s[áa]bado)(?![\p{L}])/iu];
/** The weekday a phrase names (0 = Sunday), or -1. */
function weekdayNamed(words: string): number {
  return WEEKDAY_WORDS.findIndex((pattern) => pattern.test(words));
}

/** The text's figures, read sentence by sentence from its masked text. */
function readMasked(text: string, masked: ReadText['masked'], options: ReadOptions): ReadText {
  const lines = new LineIndex(text);
  const sentences = splitSentences(masked.masked, { hardLineBreaks: options.hardLineBreaks });
  // From 0: the front matter is masked but for its title, the headline, which is read (markdown.ts).
  const periods = withEventDates(inTheWeekdaysYear(overSpokenYears(findPeriods(masked.masked, options.pageDate, 0, masked.masked.length, options.language), masked.masked, text), options.pageDate), options.catalogue, options.pageDate, masked.masked);
  const state = startText(text, masked, sentences, lines, options);
  const figures = state.earlier;
  let periodCursor = 0;
  for (const sentence of sentences) {
    while (periodCursor < periods.length && periods[periodCursor]!.end <= sentence.start) periodCursor++;
    const all: PeriodMention[] = [];
    // "PADRE JULIO: Antes, en un año normal, …": a month in a speaker's name is no period.
    const spoken = speakerEnd(state.m, sentence);
    for (let i = periodCursor; i < periods.length && periods[i]!.start < sentence.end; i++) if (periods[i]!.start >= spoken) all.push(periods[i]!);
    // "Panama City, Sept 27 (EFE).-": a dateline dates the dispatch, not anything in the story, and
    // its day is no figure either.
    const own = all.filter((p) => !DATELINE_AFTER.test(cut(state.m, p.end, p.end + 24)));
    const read = readSentence(state, sentence, own, own.length === all.length ? null : all);
    figures.push(...read);
    state.countsSoFar ??= yearSoFarCounted(read);
  }
  figures.sort((a, b) => a.start - b.start || (a.kind === 'quantity' ? -1 : 1));
  linkToNextSentence(figures, sentences);
  periodFromRepeat(figures);
  figures.forEach((figure, i) => {
    figure.index = i;
    if (figure.period) figure.period = compactPeriod(figure.period);
    if (figure.comparisonDraft?.baselinePeriod) figure.comparisonDraft.baselinePeriod = compactPeriod(figure.comparisonDraft.baselinePeriod);
    const draft = figure.comparisonDraft;
    figure.comparison = draft ? { ...draft } : null;
  });
  return { masked, lines, sentences, figures, durations: state.durations };
}

/**
 * "## 2022, de cerca", "## Chart 2: Selected months of 2021": the one year a section's heading
 * names, which its months without a year are of. Not the title's ("# How 2021 became the record
 * year" on a page of the next March may tell of this year's first months too).
 */
function sectionYear(state: TextState, sentence: Sentence, own: readonly PeriodMention[]): PeriodMention | null {
  const line = state.text.slice(state.text.lastIndexOf('\n', sentence.start) + 1, sentence.start);
  // A bold line that names a year heads what follows as "## 2021" does (src/text/sentences.ts).
  return /^\s*(?:#{2,}\s|\*\*|__)/.test(line) && own.length === 1 && own[0]!.kind === 'year' && own[0]!.resolved ? own[0]! : null;
}

/** A table cell's headers and row period, in the year over its table; a sentence of prose's one year. */
function noteTableOrProse(state: TextState, sentence: Sentence, body: string, own: readonly PeriodMention[]): void {
  if (sentence.cell) state.tables.note(sentence, body, inTableYear(state, sentence.cell.table, own), state.frameContext.recentPlaces.map((frame) => frame.metric));
  else noteProseYear(state, own);
}

/**
 * The one year a sentence of prose names ("the months of 2021", "Which months of last year …?"),
 * kept for a table that follows it; the table's year carries past it only while the prose goes on
 * about months (yearOver, context.ts).
 */
function noteProseYear(state: TextState, own: readonly PeriodMention[]): void {
  if (!own.some((p) => MONTH_KINDS.has(p.kind))) state.afterTable = null;
  const years = own.filter((p) => p.resolved && calendarYearOf(p.resolved.period) !== null && (p.kind === 'year' || (p.kind === 'deictic' && /\b(?:last|this) year\b/i.test(p.glossed ?? p.words))));
  state.proseYear = years.length === 1 ? { ...years[0]!, kind: 'year', words: String(calendarYearOf(years[0]!.resolved!.period)), relative: false } : null;
}

/**
 * A table row's months with no year of their own ("| January | 1,071 |"), in the year over the
 * table: the one the prose just before its first cell named.
 */
function inTableYear(state: TextState, table: number, own: readonly PeriodMention[]): readonly PeriodMention[] {
  if (!state.tableYears.has(table)) state.tableYears.set(table, state.proseYear);
  const over = state.tableYears.get(table) ?? null;
  state.afterTable = over;
  if (!over?.resolved) return own;
  const y = yearOfDay(over.resolved.period.start);
  return own.map((p) => (p.kind === 'month' || p.kind === 'month-pair' || p.kind === 'month-span') && p.relative && p.resolved ? { ...p, resolved: monthsInYear(p.resolved.period, y) } : p);
}

/** One sentence's figures and dates of events, read in the stages below; the state moves on. */
function readSentence(state: TextState, sentence: Sentence, own: PeriodMention[], datelined: PeriodMention[] | null = null): Building[] {
  const { m, options } = state;
  if (sentence.heading) [state.section, state.heading, state.headingYear] = [sectionRateOf(cut(m, sentence.start, sentence.end)), sentence, sectionYear(state, sentence, own)];
  // A transcript's speaker ("REPORTER:") is blanked, not cut, so the body's offsets stay the text's.
  const raw = cut(m, sentence.start, sentence.end);
  const speaker = speakerLabel(raw);
  const body = speaker ? ' '.repeat(speaker[0].length) + raw.slice(speaker[0].length) : raw;
  const holdsNumber = (state.options.language === 'es' ? HOLDS_NUMBER_ES : HOLDS_NUMBER).test(body);
  // "cruzaron la selva del Darién rumbo a la frontera entre México y Estados Unidos": where they
  // were going is not where the sentence's figures happened.
  const placesNamed = state.placeIndex.in(sentence.start, sentence.end, (at) => !DESTINATION_BEFORE.test(cut(m, Math.max(sentence.start, at - 28), at)));
  noteTableOrProse(state, sentence, body, own);
  state.frames.notePlaces(state.frameContext, placesNamed, sentence.paragraph);
  // "**Ocampo:** …": a paragraph that opens with a label is a speaker's turn (or a labelled item).
  if (LABEL_OPENS.test(raw)) state.frameContext.turnParagraph = sentence.paragraph;
  state.frameContext.turn = state.frameContext.turnParagraph === sentence.paragraph;
  state.countsSoFar ??= own.find(countsSoFar)?.words ?? null;
  state.recordYear = recordYearOf(own, body, m) ?? state.recordYear;
  withdrawnBefore(state, sentence, body);
  const mentions = holdsNumber ? figuresOf(state, sentence, datelined ?? own) : [];
  // Nothing to read: no figure survived, and no phrase that could date an event.
  if (mentions.length === 0 && !own.some(mayDateAnEvent)) {
    // Its words are tokenized only if the next sentence asks who "he" is ("He took office on June 1").
    let stemSet: ReadonlySet<string> | null = null;
    // "The peak came between September and October. In those two months, ...": a period named in a
    // sentence with no figure is still one a later phrase may refer back to.
    state.recent = notePeriods(state.recent, talkedAbout(own, m, sentence.start, body));
    if (!state.topic && placesNamed.size > 0) {
      const tokens = tokenize(m, sentence.start, sentence.end);
      state.topic = namedFlow(placesNamed, state.frames.tag(tokens, placesNamed, m), tokens);
    }
    state.previous = { sentence, figures: [], periods: theRecordYear(own, state.recordYear), named: namedPeriods(state, sentence, notSpoken(own, m, sentence.start), body), stems: () => NO_STEMS, words: () => (stemSet ??= new Set(tokenize(m, sentence.start, sentence.end).map((t) => t.stem))), told: () => eventsTold(matchPhrases(options.catalogue, tokenize(m, sentence.start, sentence.end))) };
    if (!PRONOUN_OPENS.test(body)) state.referent = state.previous;
    return [];
  }
  const ctx = sentenceContext(state, sentence, body, own, placesNamed);
  const [recentBefore, talked] = [state.recent, talkedAbout(ctx.periods, m, sentence.start, body)];
  state.recent = notePeriods(recentBefore, talked);
  const built = quantitiesOf(ctx, mentions);
  carryRate(built, m);
  rateFromSection(state.section, sentence, state.text, built);
  labelWords(m, built, sentence.start, sentence.end);
  linkFromTo(built);
  const fallback = attachMetrics(ctx, built);
  attachPeriods(ctx, built);
  attachComparisons(ctx, built, fallback);
  labelMetric(ctx, built);
  pairListWithMonths(built, m);
  if (sentence.cell) attachCells(ctx, built, state.tables);
  finishSentence(ctx, built);
  readAges(ctx, built);
  state.recent = withoutBaselines(recentBefore, talked, built, m, sentence.start) ?? state.recent;
  const counted = new Set<Metric>();
  for (const figure of built) {
    const metric = figure.metric;
    if (!metric) continue;
    // A rate counts its flow: the topic, and the place kept at hand, are the flow's.
    const flow = metric.kind === 'rate' && metric.rateOf ? options.catalogue.metrics.get(metric.rateOf) : metric;
    if (metric.kind === 'flow' || metric.kind === 'rate') state.topic = flow ?? state.topic;
    counted.add(flow ?? metric);
  }
  keepCounted(state.frameContext, counted, sentence.paragraph);
  if (!state.topic && placesNamed.size > 0) state.topic = namedFlow(placesNamed, ctx.tags(), ctx.tokens);
  const events = readEvents(ctx, built);
  // "An earlier version of this story said the memorandum was signed in August 2024": no claim.
  if (events.length > 0 && isCorrection(body)) for (const event of events) blame(event, because('retracted'));
  state.previous = { sentence, figures: built, told: () => eventsTold(ctx.phrases), periods: ctx.periods as PeriodMention[], named: namedPeriods(state, sentence, notSpoken(ctx.periods as PeriodMention[], m, sentence.start), body), stems: ctx.stems, words: ctx.stems };
  if (!PRONOUN_OPENS.test(body)) state.referent = state.previous;
  if (built.some((f) => f.kind === 'quantity' && f.metric)) state.counted = state.previous;
  return [...built, ...events];
}
/** A sentence's figures; its durations ("nine days"), no figures, are kept aside in the state (durations.ts). */
function figuresOf(state: TextState, sentence: Sentence, taken: readonly PeriodMention[]): FigureMention[] {
  const durations: DurationMention[] = [];
  const mentions = findFigures(state.text, state.m, sentence.start, sentence.end, { language: state.options.language, taken, durations });
  if (durations.length > 0) state.durations.push(...durationFigures(durations, sentence, state.lines, state.text));
  return mentions;
}

/** The catalogue's events whose phrases a sentence holds (not a name alone). */
function eventsTold(phrases: readonly PhraseMatch[]): Metric[] {
  return phrases.filter((phrase) => phrase.metric.kind === 'date' && !phrase.name).map((phrase) => phrase.metric);
}

/**
 * "Crossings of the Darién peaked late in 2021. The heaviest months were …, at 25,332, …": before
 * any figure, a sentence that names one flow by its place and one of its actions says what the
 * text is counting. Asked only until the text has a topic, so most sentences never pay for it.
 */
function namedFlow(places: ReadonlySet<Frame>, tags: SentenceTags, tokens: readonly Token[]): Metric | null {
  // "Guides who crossed the Darién with migrants lost their work": an action in a relative clause
  // says who someone is, not what the text counts; unless it says it of what the flow counts
  // ("Panama tallied the migrants who crossed the Darién Gap").
  const acted = (frame: Frame): boolean => (tags.actions.get(frame) ?? []).some(([from]) => from === 0 || !RELATIVE.has(tokens[from - 1]!.stem) || (from >= 2 && frame.counts.has(tokens[from - 2]!.stem)));
  const flows = [...places].filter((frame) => frame.metric.kind === 'flow' && acted(frame));
  return flows.length === 1 ? flows[0]!.metric : null;
}
const RELATIVE = EN.words('relative-pronouns');
const DATELINE_AFTER = EN.pattern('dateline-after');
const SPEAKER = EN.pattern('speaker');
/** A speaker or a label in bold at a paragraph's start: "**Restrepo:**", "**Andrés Ocampo, CFO:**", "REPORTER:". */
const LABEL_OPENS = /^\s*(?:(?:\*\*|__)[^*_\n]{1,48}:(?:\*\*|__)|(?:\*\*|__)[^*_\n]{1,48}(?:\*\*|__):)\s|^\s*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’.-]+(?:\s[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’.-]+){0,2}:\s/;
const DESTINATION_BEFORE = EN.pattern('destination-before');
/** A sentence that opens with a pronoun names no one new: whom its pronoun stands for stays the referent. */
const PRONOUN_OPENS = EN.pattern('pronoun-opens');
const CALLED_AN_ERROR = keyed(EN.pattern('called-an-error'), /error|mistake|wrong|incorrect|erroneous|errón|equivocad/iu);
/** A cheap look before SPEAKER: two capitals (or "Q:") at the start, maybe bold, or there is no speaker to blank. */
const CAPITALS_FIRST = /^\s*(?:\*\*|__)?[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’.:*_-]/;
/** A transcript's speaker label at a sentence's start ("REPORTER:", "**IBARRA:**"), or null. */
function speakerLabel(raw: string): RegExpExecArray | null {
  return CAPITALS_FIRST.test(raw) ? SPEAKER.exec(raw) : null;
}
/** Where a transcript's speaker label at the sentence's start ends ("PADRE JULIO: "), else the sentence's start. */
function speakerEnd(m: string, sentence: Sentence): number {
  const label = speakerLabel(cut(m, sentence.start, Math.min(sentence.end, sentence.start + 80)));
  // "OCTUBRE: 25.904 cruces": a label that is only a month is the figure's period, no speaker.
  return label && !MONTH_NAMES.has(label[0].replace(/[*_:\s]/g, '').toLowerCase()) ? sentence.start + label.index + label[0].length : sentence.start;
}
const MONTH_NAMES = EN.words('month-names');

/**
 * The periods a sentence goes on about, for "that year" and "those months" later to refer to: not
 * the day someone spoke on ("… in 2023," a senator said on Dec. 11. Panama counted 520,085 that
 * year", which factsOf counts as no figure's), nor the moment a text is read in ("staff now
 * outnumber the migrants": "now", "today").
 */
function talkedAbout(periods: readonly PeriodMention[], m: string, offset: number, body: string): readonly PeriodMention[] {
  // "Published: 2024-11-27": the page's own date line is when it was written, nothing it is about.
  if (periods.length === 0 || PAGE_DATE_LINE.test(body)) return NO_PERIODS;
  // Nor a year named only as the owner of what something is compared with ("well below 2023's
  // 520,085"); a baseline written out ("a drop of 99.98% from August 2023, the busiest month on
  // record. … that August") may be what the text goes on about.
  const kept = periods.filter((p) => !(p.pointInTime ? NOW.test(p.words) || spokenOn(p, m, offset) : /^['’]s\b/.test(cut(m, p.end, p.end + 3)) && factsOf(p, m, offset).notAFigures));
  // Nor a period only named after "than"/"que": "en 2021 cruzaron 133.726, unas cinco veces más
  // que en 2020. Al año siguiente …" is 2022, not 2021; "That was more than in 2015. The following
  // year …" counts on from the year the text was about.
  // Nor "the same weeks of 2023" after "some 9,000 below": the same span, a year back, is only
  // what the count was set against ("The month as a whole" after it is the count's month).
  // Nor the day a running total stood at, once a "since" phrase of the sentence ends on it ("since
  // July 1 through Wednesday"): the span holds it, and a later "those 17 days" means the span.
  // Nor how far back a record reaches ("the lowest since 2015"): "Un año antes" after it is not 2014.
  return kept.filter((p) => !namedAfterThan(p, m) && !(p.sameAs && isBaselineLead(cut(m, Math.max(offset, p.start - 40), p.start))) && !endsASince(p, kept) && !recordReach(p, m));
}
const PAGE_DATE_LINE = EN.pattern('page-date-line');

/**
 * "That is roughly six times the 22,102 who came through in 2019. It works out to 360 a day, every
 * day of the year": a period only a comparison's baseline had is not what the text goes on about.
 * The recent periods without such ones, or null when the sentence has none.
 */
function withoutBaselines(recentBefore: TextState['recent'], talked: readonly PeriodMention[], built: readonly Building[], m: string, sentenceStart: number): TextState['recent'] | null {
  const ledTo = (p: PeriodMention): boolean => leadsToBaseline(p, m, sentenceStart, 60);
  // A figure of a period the words lead to as what was compared, said before it ("en comparación al
  // primer semestre de 2022, cuya cifra fue de 49 mil 452"), is a baseline too. (Not "compared to
  // 26,216 in the same period of 2021. That year, …": "that year" is the one written out.)
  const ledFigure = (f: Building): boolean => f.periodMention !== null && f.periodMention.start < f.start && ledTo(f.periodMention);
  const periodsAgainst = new Set(built.flatMap((f) => (f.comparisonDraft?.baselinePeriod ? [periodKey(f.comparisonDraft.baselinePeriod)] : [])));
  const baselineOnly = onlyBaselines(talked, built, periodsAgainst, ledFigure);
  // "133.726 personas …, más de veinte veces las de 2020. En octubre de aquel año": a period the
  // words lead to as what a comparison was set against is noted before the sentence's own, so "that
  // year" means the sentence's; "that August" still finds a baseline's August (resolveThat).
  const against = onlyAgainst(talked, built, periodsAgainst, ledTo);
  if (baselineOnly.size === 0 && against.length === 0) return null;
  const own = talked.filter((p) => !baselineOnly.has(p) && !against.includes(p));
  const recent = notePeriods(notePeriods(recentBefore, against), own);
  // "Last year, 133,726 came through. / That was more than thirty times the 6,465 of 2020. / The
  // year had begun quietly": a sentence that names only its baseline figure's year is still about
  // its subject's, taken from context, and "the year" after it is that one.
  const subject = own.length === 0 ? built.find((f) => f.comparisonDraft?.baseline && f.period && f.periodFrom === 'context' && !periodsAgainst.has(periodKey(f.period)))?.period : undefined;
  return subject ? [...recent, subject] : recent;
}

/** The periods of a sentence a comparison was set against by the words before them, with no figure of their own. */
function onlyAgainst(periods: readonly PeriodMention[], built: readonly Building[], against: ReadonlySet<string>, ledTo: (p: PeriodMention) => boolean): PeriodMention[] {
  if (against.size === 0) return [];
  return periods.filter((p) => p.resolved !== null && against.has(periodKey(p.resolved.period)) && !built.some((f) => f.periodMention === p && !f.comparisonDraft) && ledTo(p));
}

/** The periods of a sentence that only figures some comparison of it was set against had. */
function onlyBaselines(periods: readonly PeriodMention[], built: readonly Building[], periodsAgainst: ReadonlySet<string>, ledFigure: (f: Building) => boolean): ReadonlySet<PeriodMention> {
  const baselines = new Set(built.flatMap((f) => (f.comparisonDraft?.baseline ? [f.comparisonDraft.baseline] : [])));
  for (const f of built) if (!f.comparisonDraft && f.period && ledFigure(f)) baselines.add(f);
  // "casi el doble de la de 2021, cuando atravesaron 133.726": a figure of the period compared with is its baseline too.
  for (const f of built) if (f.period && periodsAgainst.has(periodKey(f.period)) && !f.comparisonDraft) baselines.add(f);
  if (baselines.size === 0) return NO_MENTIONS;
  const own = (p: PeriodMention): boolean => built.some((f) => f.periodMention === p && !baselines.has(f));
  return new Set(periods.filter((p) => !own(p) && built.some((f) => baselines.has(f) && f.periodMention === p)));
}
const NO_MENTIONS: ReadonlySet<PeriodMention> = new Set();

/**
 * "… 9.002 personas llegaron … Sin embargo, … hubo un error en las estadísticas": the figures just
 * given are withdrawn, not claimed.
 */
function withdrawnBefore(state: TextState, sentence: Sentence, body: string): void {
  if (state.previous?.sentence.paragraph !== sentence.paragraph || !CALLED_AN_ERROR.test(body)) return;
  for (const figure of state.previous.figures) if (figure.kind === 'quantity' && figure.reason === null) blame(figure, because('called-an-error'));
}

/**
 * "…en 2025, informó el jueves el Ministerio. Un año antes, la cifra había sido de 302.203": the day
 * someone spoke is no period the next sentence's "the same period", "a year earlier" moves.
 */
function notSpoken(periods: PeriodMention[], m: string, offset: number): PeriodMention[] {
  return periods.some((p) => p.pointInTime) ? periods.filter((p) => !(p.pointInTime && spokenOn(p, m, offset))) : periods;
}

/** Whether a running total's day (unresolved, kept as asOf) is where a "since" phrase of its sentence now ends. */
function endsASince(p: PeriodMention, all: readonly PeriodMention[]): boolean {
  const day = (p as UntilMention).asOf;
  return !p.resolved && day !== undefined && all.some((q) => q.kind === 'since' && q.resolved !== null && q.resolved.period.end === day.end);
}
const NO_PERIODS: readonly PeriodMention[] = [];
const NOW = /^(?:(?:right )?now|currently|at present|these days|(?:just |earlier |later )?today)$/i;

