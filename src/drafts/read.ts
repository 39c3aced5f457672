/**
 * A text (a draft, or an article being added to the registry) read into figures: each with its
 * sentence, metric, period, rate, comparison and attribution, or with the reason it cannot have
 * them. `darien lint` turns these into claims and checks them; `darien extract` prints them as
 * registry YAML. Both read the same way, so what extract proposes is what lint would check.
 *
 * The heavy part (phrases, periods) runs only on sentences that hold a number, or a date and the
 * phrase of an event.
 */
import { intervalOf, type Hedge, type Interval, type Language } from '../model/figure.js';
import { resolvePeriodWords } from '../model/period-words.js';
import { parsePeriod, periodFromDays, type Period } from '../model/period.js';
import type { Metric, RateBasis, RateUnit } from '../model/types.js';
import { LineIndex } from '../text/lines.js';
import { excerpt } from '../text/excerpt.js';
import { maskMarkdown, type MaskedText } from '../text/markdown.js';
import { findFigures, HOLDS_NUMBER, HOLDS_NUMBER_ES, type FigureMention } from '../text/numbers.js';
import { compactPeriod, findPeriods, resolveSameAs, type PeriodMention } from '../text/periods.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { frameMetric } from '../reader/frame-metric.js';
import { spanishAttribution } from '../reader/attribution-es.js';
import { maySpanishAside, spanishForecast, spanishGroup } from '../reader/aside-es.js';
import { CHANGE_HEADER, headerFlow, headerRate, TableContext } from '../reader/tables.js';
import { because, type Because, type UncheckedReason } from '../reader/reasons.js';
import { framesOf, placesAtHand, type CatalogueFrames, type FrameContext, type Frame, type PlaceIndex, type SentenceTags } from '../reader/frames.js';
import {
  GENERIC_PEOPLE,
  GROUPS,
  matchPhrases,
  mentionsPlace,
  mentionsSubject,
  placeKey,
  stem,
  tokenize,
  unitFits,
  type MetricCatalogue,
  type PhraseMatch,
  type Token,
} from './metrics.js';

export interface ReadOptions {
  readonly catalogue: MetricCatalogue;
  /** The date the text is read against; null when it has none (relative periods stay unresolved). */
  readonly pageDate: Period | null;
  readonly language?: Language;
  /** Plain text: each line is a paragraph. */
  readonly hardLineBreaks?: boolean;
  /**
   * `lint` checks what it reads, so it takes an event's date only when the sentence names who the
   * event is about, and leaves ages alone. `extract` proposes claims for a person to review, so it
   * takes the catalogue's phrase alone, and ages a metric counts.
   */
  readonly purpose: 'lint' | 'extract';
}

export interface DraftComparison {
  readonly kind: 'ratio' | 'difference' | 'percent-change' | 'change';
  readonly direction: 'increase' | 'decrease' | null;
  readonly subject: DraftFigure | null;
  readonly baseline: DraftFigure | null;
  readonly baselinePeriod: Period | null;
  readonly baselineWords: string | null;
}

export interface DraftFigure {
  readonly index: number;
  /** A quantity ("11,363"), or the date of an event ("July 1", for "took office"). */
  readonly kind: 'quantity' | 'event';
  readonly sentence: Sentence;
  /** The sentence as written in the file. */
  readonly quote: string;
  /** The figure as written, and its offsets in the file. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly mention: FigureMention | null;
  readonly value: number | null;
  readonly step: number;
  readonly hedge: Hedge;
  readonly interval: Interval | null;
  readonly unit: string | null;
  readonly per: RateUnit | null;
  readonly basis: RateBasis | null;
  readonly metric: Metric | null;
  /** Other metrics the sentence names that would also fit. */
  readonly alternatives: readonly Metric[];
  /** The catalogue phrase the metric was read from, and where. */
  readonly phrase: string | null;
  /**
   * How the metric was read: a catalogue phrase or frame wholly in the sentence; a frame whose
   * place came from the context (the text before, the title); the sentence before; the figure a
   * comparison compares.
   */
  readonly metricFrom: 'sentence' | 'context' | 'previous sentence' | 'subject' | null;
  readonly period: Period | null;
  readonly periodWords: string | null;
  /** How the period was read: named in the sentence, or taken from another figure or sentence. */
  readonly periodFrom: 'sentence' | 'context' | null;
  readonly comparison: DraftComparison | null;
  readonly attribution: readonly string[];
  /** Why the figure cannot be checked, as a message and its id (src/reader/reasons.ts); null when it can. */
  readonly problem: string | null;
  readonly reason: UncheckedReason | null;
}

export interface ReadText {
  readonly masked: MaskedText;
  readonly lines: LineIndex;
  readonly sentences: readonly Sentence[];
  readonly figures: readonly DraftFigure[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Building = Mutable<DraftFigure> & { retracted?: boolean; aside?: Because } & {
  comparisonDraft: Mutable<DraftComparison> | null;
  periodMention: PeriodMention | null;
  /** "said Wednesday", "told reporters this month": when the sentence's source spoke. */
  spokenAt?: PeriodMention;
  /** "before the surge": the sentence is about a time it does not name. */
  boundedBy?: PeriodMention;
};

const CLAUSE_BREAK = /[;–—(]|\s-\s|,\s+(?:but|while|whereas|although|and)\b/g;
const BASELINE_BEFORE = /\b(?:than(?: in| during)?|compared (?:to|with)(?: the)?|from|over|against|versus|vs\.?|relative to|(?:below|above)(?:\s+the)?|(?:exceeded|exceeds|exceeding|beat|beats|beating|topped|tops|topping|surpassed|surpasses|surpassing|outpaced|outstripped)(?:\s+the)?|(?:half|thirds?|quarters?|fifths?|tenths?|hundredths?|times|double|twice|triple|treble|quadruple)\s+(?:(?:of|that of|those of)\s+)?(?:the\s+)?(?:(?:number|total|figure|count|level)\s+(?:(?:in|of|for)\s+)?)?)\s*$/i;
/** The Spanish of BASELINE_BEFORE: "el doble que en", "un 35% menos que el", "respecto al", "en comparación con". */
const BASELINE_BEFORE_ES = /(?:(?:más|menos|doble|triple|veces|mayor|menor)(?:\s+\p{L}+){0,3}?\s+que|respecto\s+(?:a|al|de)|en\s+comparación\s+con|comparad[oa]s?\s+con|frente\s+a|frente\s+al)(?:\s+(?:en|el|la|los|las|durante))?\s*$/iu;
const isBaselineLead = (lead: string): boolean => BASELINE_BEFORE.test(lead) || BASELINE_BEFORE_ES.test(lead);
export { PERIOD_NEEDS_DATE } from '../reader/reasons.js';

/** Says why a figure cannot be checked, or (null) that it can. */
function blame(figure: { problem: string | null; reason: UncheckedReason | null }, why: Because | null): void {
  figure.problem = why?.message ?? null;
  figure.reason = why?.reason ?? null;
}

/** Where the sentence's clauses break: pairs of [start, end) of each break. */
function clauseBreaks(sentence: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) out.push([m.index, m.index + m[0].length]);
  // "More than 91,300 migrants – most of them Haitians – have trekked ... so far this year": a
  // pair of dashes sets off an aside; the clause goes on around it.
  const dashes = out.filter(([from]) => /[–—]/.test(sentence[from]!));
  if (dashes.length === 2) return out.filter((pair) => !dashes.includes(pair));
  return out;
}

function clauseBounds(breaks: ReadonlyArray<readonly [number, number]>, length: number, offset: number): [number, number] {
  let start = 0;
  for (const [from, to] of breaks) {
    if (from < offset) start = to;
    else return [start, from];
  }
  return [start, length];
}

const ACCORDING = /\baccording to (?:the latest data from |data from |figures from |a report by )?(?:the )?(\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:of|for|de|del|and|on)?\s*\p{Lu}[\p{L}\p{N}.&’'-]*)*)/u;
const ACCORDING_ASCII = /\baccording to (?:the latest data from |data from |figures from |a report by )?(?:the )?([A-Z][\w.&'-]*(?:\s+(?:of|for|de|del|and|on)?\s*[A-Z][\w.&'-]*)*)/;
const SAID_NAME = /,[”"]?\s+(?:said|says)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s*[.,]/u;
const SAID_NAME_ASCII = /,"?\s+(?:said|says)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s*[.,]/;
const NAME_SAID = /,[”"]?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s+(?:said|says)\b/u;
const NAME_SAID_ASCII = /,"?\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s+(?:said|says)\b/;

/** "according to The Associated Press", "said Mouynes": who the sentence credits, nearest first. */
function attributionOf(quote: string, language: Language = 'en'): string[] {
  // Spanish credits ("según ...", "dijo ...") are read apart, in src/reader/attribution-es.ts.
  const out: string[] = language === 'es' ? spanishAttribution(quote) : [];
  const accordingAt = quote.indexOf('according to ');
  if (accordingAt < 0 && !quote.includes(' said') && !quote.includes(' says')) return out;
  // Names in any script: "according to María Pérez", "said José Raúl Mulino". The Unicode
  // patterns are slower, and most sentences are ASCII: those take the ASCII ones.
  const ascii = !/[^\x00-\x7f]/.test(quote);
  const according = accordingAt < 0 ? null : (ascii ? ACCORDING_ASCII : ACCORDING).exec(quote.slice(accordingAt));
  if (according) out.push(according[1]!.replace(/[.,;:]+$/, '').replace(/\s+(?:of|for|and|on)$/, '').replace(/^AP$/, 'The Associated Press'));
  const said = !quote.includes(' said') && !quote.includes(' says') ? null : ascii ? (SAID_NAME_ASCII.exec(quote) ?? NAME_SAID_ASCII.exec(quote)) : (SAID_NAME.exec(quote) ?? NAME_SAID.exec(quote));
  if (said && !out.includes(said[1]!)) out.push(said[1]!);
  return out;
}

/**
 * A figure continues the previous sentence's metric only when nothing after it says what it counts:
 * "from 2,928 in the first two months" does; "113,000 of them were children", "deported 29 of
 * them" and "Mulino, 65, has been" count something else, and guessing would turn them into false
 * errors. The word after the figure must be a period or a connector, or there must be none.
 */
const CONTINUES = new Set(['in', 'to', 'during', 'for', 'since', 'by', 'from', 'over', 'last', 'this', 'between', 'and', 'or', 'so', 'through', 'until', 'before', 'after', 'on', 'at']);

function continuesPrior(afterTokens: readonly string[], per: RateUnit | null = null): boolean {
  // "about 1,070 people every day since January": a noun for anyone names no metric of its own.
  let i = afterTokens.length > 0 && GENERIC_PEOPLE.has(stem(afterTokens[0]!)) ? 1 : 0;
  // "about 680 a day": a rate's own words say how often, not what is counted.
  while (per !== null && i < afterTokens.length && RATE_WORDS.has(afterTokens[i]!.toLowerCase())) i++;
  const next = afterTokens[i]?.toLowerCase();
  return next === undefined || CONTINUES.has(next);
}

const RATE_WORDS = new Set(['a', 'an', 'per', 'each', 'every', 'day', 'week', 'month', 'year', 'daily', 'weekly', 'monthly', 'on', 'average']);

/**
 * The metric a figure takes from the sentence before: that of its first figure whose own sentence
 * or context placed it, as a rate of that flow when this figure is a rate ("In 2022, 248,284 people
 * crossed. That is an average of about 680 a day.").
 */
function inheritMetric(catalogue: MetricCatalogue, before: readonly Building[], figure: Building, afterTokens: readonly string[], chain = false): { metric: Metric; phrase: string | null; per: RateUnit | null } | null {
  for (const f of before) {
    // "February 2021 brought 1,857. That makes 2,928 …": within a paragraph, a reading from the
    // sentence before passes on.
    if (!f.metric || (f.metricFrom !== 'sentence' && f.metricFrom !== 'context' && !(chain && f.metricFrom === 'previous sentence'))) continue;
    const metric = figure.per !== null && f.per === null ? catalogue.rates.get(`${f.metric.id}|${figure.per}`) : f.metric;
    if (!metric) continue;
    if (unitFits(catalogue, metric, figure.unit, false, figure.per !== null ? [] : afterTokens)) return { metric, phrase: f.phrase, per: f.per };
  }
  return null;
}

/**
 * A comparison ("nearly tripled") counts what its subject counts, over its subject's period. With
 * `clearAll`, the comparison's own problem goes too; otherwise only a missing period is answered.
 */
function takeFromSubject(figure: Building, subject: Building, clearAll: boolean): void {
  // A subject in the sentence before is a reference back: how sure the reading is says so.
  const elsewhere = subject.sentence !== figure.sentence;
  if (!figure.metric && subject.metric) {
    figure.metric = subject.metric;
    // The subject's own reading, if it was from context, is this figure's too.
    figure.metricFrom = elsewhere ? 'previous sentence' : subject.metricFrom === 'sentence' || subject.metricFrom === 'subject' ? 'subject' : subject.metricFrom;
  }
  if (subject.period) {
    figure.period = subject.period;
    figure.periodWords = subject.periodWords;
    if (elsewhere) figure.periodFrom = 'context';
    if (clearAll || figure.problem?.includes('period')) blame(figure, null);
  }
}

/** What a sentence is read with: the text around it, and what is worked out once and on demand. */
interface SentenceContext {
  readonly text: string;
  /** The masked text: markdown that is not prose blanked, offsets kept. */
  readonly m: string;
  readonly lines: LineIndex;
  readonly options: ReadOptions;
  readonly catalogue: MetricCatalogue;
  readonly pageDate: Period | null;
  readonly frames: CatalogueFrames;
  readonly frameContext: FrameContext;
  readonly sentence: Sentence;
  readonly body: string;
  readonly quote: string;
  readonly tokens: readonly Token[];
  readonly phrases: readonly PhraseMatch[];
  readonly periods: readonly PeriodMention[];
  /** The sentence before, in this paragraph; or any sentence before, when this one refers back. */
  readonly prior: Previous | null;
  readonly previous: Previous | null;
  readonly before: Previous | null;
  readonly topic: Metric | null;
  readonly earlier: readonly Building[];
  stems(): ReadonlySet<string>;
  tags(): SentenceTags;
  breaks(): ReadonlyArray<readonly [number, number]>;
  attribution(): string[];
  /** Place words of the sentence, the one before and the title. */
  context(): ReadonlySet<string>;
}

interface Previous {
  readonly sentence: Sentence;
  readonly figures: Building[];
  readonly periods: PeriodMention[];
  /** The stems that place the next sentence: none for a sentence with no figure or date. */
  readonly stems: () => ReadonlySet<string>;
  /** Every word's stem, for whom a pronoun of the next sentence stands. */
  readonly words: () => ReadonlySet<string>;
}

/** What stays from one sentence to the next while a text is read. */
interface TextState {
  readonly text: string;
  readonly m: string;
  readonly lines: LineIndex;
  readonly options: ReadOptions;
  readonly frames: CatalogueFrames;
  readonly frameContext: { recentPlaces: Frame[]; placeParagraph?: Map<Frame, number>; readonly titlePlaces: ReadonlySet<Frame> };
  readonly placeIndex: PlaceIndex;
  readonly titleStems: ReadonlySet<string>;
  /** Periods named so far, newest last; emptied by a phrase that could not be resolved. */
  recent: Period[];
  /** Every figure read so far, in order: what a comparison between vague periods looks back to. */
  readonly earlier: Building[];
  previous: Previous | null;
  /** The flow the text was last counting: what "the 2023 figure" or "the count" means. */
  topic: Metric | null;
  /** Header rows and row labels of the tables read so far. */
  readonly tables: TableContext;
}

export function readText(text: string, options: ReadOptions): ReadText {
  const masked = maskMarkdown(text, { plainText: options.hardLineBreaks });
  const lines = new LineIndex(text);
  const sentences = splitSentences(masked.masked, { hardLineBreaks: options.hardLineBreaks });
  const periods = findPeriods(masked.masked, options.pageDate, masked.frontMatter.end, masked.masked.length, options.language);
  const state = startText(text, masked, sentences, lines, options);
  const figures = state.earlier;
  let periodCursor = 0;
  for (const sentence of sentences) {
    while (periodCursor < periods.length && periods[periodCursor]!.end <= sentence.start) periodCursor++;
    const all: PeriodMention[] = [];
    for (let i = periodCursor; i < periods.length && periods[i]!.start < sentence.end; i++) all.push(periods[i]!);
    // "Panama City, Sept 27 (EFE).-": a dateline dates the dispatch, not anything in the story, and
    // its day is no figure either.
    const own = all.filter((p) => !DATELINE_AFTER.test(state.m.slice(p.end, p.end + 24)));
    figures.push(...readSentence(state, sentence, own, own.length === all.length ? null : all));
  }
  figures.sort((a, b) => a.start - b.start || (a.kind === 'quantity' ? -1 : 1));
  linkToNextSentence(figures, sentences);
  figures.forEach((figure, i) => {
    figure.index = i;
    if (figure.period) figure.period = compactPeriod(figure.period);
    if (figure.comparisonDraft?.baselinePeriod) figure.comparisonDraft.baselinePeriod = compactPeriod(figure.comparisonDraft.baselinePeriod);
    const draft = figure.comparisonDraft;
    figure.comparison = draft ? { ...draft } : null;
  });
  return { masked, lines, sentences, figures };
}

/** The title and the places it names: where a draft names its place once ("Darién crossings fall"). */
function startText(text: string, masked: MaskedText, sentences: readonly Sentence[], lines: LineIndex, options: ReadOptions): TextState {
  const m = masked.masked;
  // A plain text's title is its first line that does not end like a sentence, past a dateline
  // ("Published: 2024-07-18") or byline that may come first.
  const first = sentences.slice(0, 3).find((s) => !DATELINE.test(m.slice(s.start, s.end)));
  const title =
    sentences.find((s) => s.heading) ??
    (options.hardLineBreaks && first && first.paragraph <= 2 && !/[.!?:]["”’)]*$/.test(m.slice(first.start, first.end)) ? first : null);
  const titleStems = new Set(title ? tokenize(m, title.start, title.end).map((t) => t.stem) : []);
  const frontTitle = masked.frontMatter.fields.get('title')?.value;
  if (frontTitle) for (const t of tokenize(frontTitle, 0, frontTitle.length)) titleStems.add(t.stem);
  const frames = framesOf(options.catalogue);
  const titlePlaces = new Set<Frame>(title ? frames.placesOf(m.slice(title.start, title.end)).in(0, title.end - title.start) : []);
  if (frontTitle) for (const frame of frames.placesOf(frontTitle).in(0, frontTitle.length)) titlePlaces.add(frame);
  return { text, m, lines, options, frames, frameContext: { recentPlaces: [], titlePlaces }, placeIndex: frames.placesOf(m), titleStems, recent: [], earlier: [], previous: null, topic: null, tables: new TableContext() };
}

/** One sentence's figures and dates of events, read in the stages below; the state moves on. */
function readSentence(state: TextState, sentence: Sentence, own: PeriodMention[], datelined: PeriodMention[] | null = null): Building[] {
  const { m, options } = state;
  const body = m.slice(sentence.start, sentence.end);
  const holdsNumber = (state.options.language === 'es' ? HOLDS_NUMBER_ES : HOLDS_NUMBER).test(body);
  const placesNamed = state.placeIndex.in(sentence.start, sentence.end);
  if (sentence.cell) state.tables.note(sentence, body, own, state.frameContext.recentPlaces.map((frame) => frame.metric));
  state.frames.notePlaces(state.frameContext, placesNamed, sentence.paragraph);
  const mentions = holdsNumber ? findFigures(state.text, m, sentence.start, sentence.end, { language: options.language, taken: datelined ?? own }) : [];
  // Nothing to read: no figure survived, and no phrase that could date an event.
  if (mentions.length === 0 && !own.some((p) => EVENT_DATE_KINDS.has(p.kind))) {
    // Its words are tokenized only if the next sentence asks who "he" is ("He took office on June 1").
    let stemSet: ReadonlySet<string> | null = null;
    state.previous = { sentence, figures: [], periods: own, stems: () => NO_STEMS, words: () => (stemSet ??= new Set(tokenize(m, sentence.start, sentence.end).map((t) => t.stem))) };
    return [];
  }
  const ctx = sentenceContext(state, sentence, body, own, placesNamed);
  state.recent = notePeriods(state.recent, ctx.periods);
  const built = quantitiesOf(ctx, mentions);
  linkFromTo(built);
  const fallback = attachMetrics(ctx, built);
  attachPeriods(ctx, built);
  attachComparisons(ctx, built, fallback);
  if (sentence.cell) attachCells(ctx, built, state.tables);
  finishSentence(ctx, built);
  for (const figure of built) {
    const metric = figure.metric;
    if (metric && (metric.kind === 'flow' || metric.kind === 'rate')) state.topic = metric.kind === 'rate' && metric.rateOf ? (options.catalogue.metrics.get(metric.rateOf) ?? state.topic) : metric;
  }
  const events = readEvents(ctx, built);
  state.previous = { sentence, figures: built, periods: ctx.periods as PeriodMention[], stems: ctx.stems, words: ctx.stems };
  return [...built, ...events];
}

function sentenceContext(state: TextState, sentence: Sentence, body: string, own: PeriodMention[], placesNamed: ReadonlySet<Frame>): SentenceContext {
  const { m, options, previous } = state;
  const tokens = tokenize(m, sentence.start, sentence.end);
  const prior = previous && previous.sentence.paragraph === sentence.paragraph ? previous : null;
  let stemSet: Set<string> | null = null;
  let tagList: SentenceTags | null = null;
  let breakList: Array<readonly [number, number]> | null = null;
  let credited: string[] | null = null;
  let contextKeys: Set<string> | null = null;
  const quote = state.text.slice(sentence.start, sentence.end);
  const stems = (): ReadonlySet<string> => (stemSet ??= new Set(tokens.map((t) => t.stem)));
  const previousStems = previous?.stems ?? ((): ReadonlySet<string> => NO_STEMS);
  return {
    text: state.text,
    m,
    lines: state.lines,
    options,
    catalogue: options.catalogue,
    pageDate: options.pageDate,
    frames: state.frames,
    frameContext: state.frameContext,
    sentence,
    body,
    quote,
    tokens,
    phrases: matchPhrases(options.catalogue, tokens),
    periods: resolveInSentence(own, prior?.periods ?? [], state.recent, m),
    prior,
    previous,
    // A sentence continues the one before in its paragraph, or, when it opens by referring back
    // ("That is an average of about 680 a day"), the one before it whatever the paragraph.
    before: prior ?? (previous && REFERS_BACK.test(body) ? previous : null),
    topic: state.topic,
    earlier: state.earlier,
    stems,
    tags: () => (tagList ??= state.frames.tag(tokens, placesNamed, body, placesAtHand(state.frameContext, placesNamed))),
    breaks: () => (breakList ??= clauseBreaks(body)),
    attribution: () => (credited ??= attributionOf(quote, options.language)),
    context: () => (contextKeys ??= new Set([...stems(), ...previousStems(), ...state.titleStems].map(placeKey))),
  };
}

/**
 * A figure's sentence as lint quotes it: around the figure when the sentence is very long (see
 * src/text/excerpt.ts). extract proposes quotes that must stand verbatim in the archived text, so
 * it always gets the whole sentence.
 */
function quoteOf(ctx: SentenceContext, start: number, end: number): string {
  if (ctx.options.purpose !== 'lint') return ctx.quote;
  return excerpt(ctx.quote, start - ctx.sentence.start, end - ctx.sentence.start);
}

/** A figure for each number found, with nothing yet read about it. */
function quantitiesOf(ctx: SentenceContext, mentions: readonly FigureMention[]): Building[] {
  const built: Building[] = [];
  for (const mention of mentions) {
    if (mention.age && ctx.options.purpose === 'lint') continue;
    const location = ctx.lines.locate(mention.start);
    built.push({
      index: -1,
      kind: 'quantity',
      sentence: ctx.sentence,
      quote: quoteOf(ctx, mention.start, mention.end),
      text: mention.text,
      start: mention.start,
      end: mention.end,
      line: location.line,
      column: location.column,
      mention,
      value: mention.value,
      step: mention.step,
      hedge: mention.hedge,
      interval: readInterval(mention.value, mention.step, mention.hedge.kind, mention.unit === 'times'),
      unit: mention.unit,
      per: mention.per,
      basis: null,
      metric: null,
      alternatives: [],
      phrase: null,
      metricFrom: null,
      period: null,
      periodWords: null,
      periodFrom: null,
      comparison: null,
      comparisonDraft: null,
      periodMention: null,
      attribution: ctx.attribution(),
      problem: null,
      reason: null,
    });
  }
  return built;
}

/**
 * "decreased from 2,461 per day ... to just 140 today": the second takes the first's unit and
 * rate, and is a change from it.
 */
function linkFromTo(built: readonly Building[]): void {
  for (let i = 0; i < built.length; i++) {
    const b = built[i]!;
    if (!b.mention!.to) continue;
    const a = [...built.slice(0, i)].reverse().find((f) => f.mention!.from);
    if (!a) continue;
    if (b.unit === null && a.unit !== null) b.unit = a.unit;
    if (b.per === null && a.per !== null) b.per = a.per;
    const verb = a.mention!.changeVerb;
    if (verb && !b.mention!.change) {
      b.comparisonDraft = { kind: 'change', direction: verb, subject: null, baseline: a, baselinePeriod: null, baselineWords: null };
    }
  }
}

type MetricFallback = Map<Building, { metric: Metric; from: 'sentence' | 'context' | 'previous sentence'; phrase: string | null }>;

/** Where each figure stands among the sentence's tokens, and the words just after it. */
function figurePlaces(ctx: SentenceContext, built: readonly Building[]): { tokenOf: number[]; after: string[][] } {
  const tokenOf: number[] = [];
  const after: string[][] = [];
  const { tokens, m } = ctx;
  for (const figure of built) {
    const mention = figure.mention!;
    const position = tokens.findIndex((t) => t.start >= mention.numberStart);
    const figureToken = position < 0 ? tokens.length : position;
    const words: string[] = [];
    for (let t = figureToken; t < tokens.length && words.length < 6; t++) if (tokens[t]!.start >= mention.end) words.push(m.slice(tokens[t]!.start, tokens[t]!.end));
    tokenOf.push(figureToken);
    after.push(words);
  }
  return { tokenOf, after };
}

/**
 * Metrics: a catalogue phrase, else the frames, else what the text was counting ("the 2023
 * figure"), else the sentence before. A comparison's own reading waits for its subject (the
 * fallback returned is used only if it has none).
 */
function attachMetrics(ctx: SentenceContext, built: readonly Building[]): MetricFallback {
  const { catalogue, tokens, body } = ctx;
  const { tokenOf, after } = figurePlaces(ctx, built);
  // "In 2023, Panama registered 520,085 crossings, up from 248,284 in 2022": the sentence says
  // what it counts ("crossings"), though no phrase of the catalogue names it; none of its figures
  // continues the sentence before. A comparison's words ("9,000 fewer than") say how it compares.
  const namesItsOwn = after.some((words, i) => !built[i]!.mention!.part && !built[i]!.mention!.change && !continuesPrior(words, built[i]!.per));
  const fallback: MetricFallback = new Map();
  // Does the sentence hold a word of another event ("died", "deported")? Most do not.
  const eventful = tokens.some((t) => OTHER_EVENTS.has(t.stem));
  for (let i = 0; i < built.length; i++) {
    const figure = built[i]!;
    const mention = figure.mention!;
    const comparison = mention.change !== null;
    if (mention.part) continue;
    // The figure's clause, up to the next figure: "six coyotes and rescued 26 victims" has two.
    const clauseEnd = Math.min(clauseEndToken(tokens, ctx.breaks(), body.length, ctx.sentence.start, mention.start), tokenOf[i + 1] ?? tokens.length);
    const words = after[i]!;
    const frameFigure = { token: tokenOf[i]!, after: words, unit: figure.unit, per: figure.per, comparison, clauseEnd, eventful };
    const chosen = chooseMetric(catalogue, ctx.phrases, tokens, figure, tokenOf[i]!, words, comparison, ctx.context, clauseEnd, eventful);
    let item: LabelledItem | null = null;
    const framed = chosen ? null : frameMetric(catalogue, ctx.frames.list, ctx.tags(), ctx.frameContext, tokens, frameFigure, FRAME_WORDS);
    if (chosen) {
      figure.metric = chosen.metric;
      figure.alternatives = chosen.alternatives;
      figure.phrase = chosen.phrase;
      figure.metricFrom = 'sentence';
    } else if (comparison) {
      // Taken only if the comparison finds no subject in its sentence: "In 2019 they more than
      // tripled on the year before" counts what the text was counting.
      const inherited = framed || !ctx.before ? null : inheritMetric(catalogue, ctx.before.figures, { ...figure, unit: null }, []);
      // "In 2019 they more than tripled", "the yearly count rose by": what the text was counting.
      const counted = ctx.topic !== null && (TALLY.test(body) || PRONOUN_BEFORE.test(ctx.m.slice(Math.max(ctx.sentence.start, figure.start - 30), figure.start)));
      // "January 2022 alone was 3,361 higher than January 2021": else the paragraph's last reading.
      const chained = framed || inherited || counted || ctx.before !== ctx.prior || !ctx.before ? null : inheritMetric(catalogue, ctx.before.figures, { ...figure, unit: null }, [], true);
      if (framed) fallback.set(figure, { metric: framed.metric, from: framed.placeFrom === 'sentence' ? 'sentence' : 'context', phrase: 'the words of its frame' });
      else if (inherited ?? chained) fallback.set(figure, { metric: (inherited ?? chained)!.metric, from: 'previous sentence', phrase: (inherited ?? chained)!.phrase });
      else if (counted) fallback.set(figure, { metric: ctx.topic!, from: 'context', phrase: 'the flow the text was counting' });
    } else if (framed) {
      figure.metric = framed.metric;
      figure.phrase = `the words of its frame${framed.placeFrom === 'sentence' ? '' : `, the place from the ${framed.placeFrom}`}`;
      figure.metricFrom = framed.placeFrom === 'sentence' ? 'sentence' : 'context';
    } else if (ctx.topic && !eventful && TALLY.test(body) && (continuesPrior(words, figure.per) || GENERIC_PEOPLE.has(stem(words[0] ?? '')) || TALLY_JUST_BEFORE.test(ctx.m.slice(Math.max(ctx.sentence.start, figure.start - 60), figure.start))) && topicMetric(catalogue, ctx.topic, figure)) {
      // "the daily rate has exceeded 2,000 people", "last year's record of 248,000 migrants".
      figure.metric = topicMetric(catalogue, ctx.topic, figure);
      figure.metricFrom = 'context';
      figure.phrase = `the ${TALLY.exec(body)![1]!.toLowerCase()} of the flow the text was counting`;
    } else if (!eventful && (item = labelledItem(ctx, figure, words))) {
      // "- Daily average in 2024: 2,500.", "- Average day that month: about 1,600": an item of a
      // list of figures, labelled with its period and rate, counts what the text was counting (or,
      // before it counted anything, the flow its label names: "- Crossings in 2024: 302,203").
      Object.assign(figure, { per: item.per, basis: item.basis });
      figure.metric = item.metric;
      figure.metricFrom = 'context';
      figure.phrase = `the flow the text was counting, for the item "${item.label}"`;
    } else if (ctx.before && !namesItsOwn && continuesPrior(words, figure.per)) {
      // "Figures soared from 2,928 ...": a sentence that names no metric continues the one before.
      const inherited = inheritMetric(catalogue, ctx.before.figures, figure, words, ctx.before === ctx.prior);
      if (inherited) {
        figure.metric = inherited.metric;
        figure.metricFrom = 'previous sentence';
        figure.phrase = inherited.phrase;
        if (figure.per === null && inherited.per !== null && inherited.metric.kind === 'rate') figure.per = inherited.per;
      }
    }
  }
  for (const figure of built) if (figure.metric?.kind === 'rate' && figure.per === null) figure.per = figure.metric.per;
  return fallback;
}

/**
 * Periods: the nearest in the figure's clause (nearestPeriod), else from context. "In 2022 and in
 * 2023, respectively, 248,284 and 520,085": darien does not pair figures with periods in order,
 * so such figures are left unchecked; only where the sentence names several periods: "Panama and
 * Costa Rica deported 300 and 200, respectively" pairs places, and its one period is every figure's.
 */
function attachPeriods(ctx: SentenceContext, built: readonly Building[]): void {
  const { periods, body, pageDate } = ctx;
  const respectively = built.length > 1 && (periods.length > 1 || periods.some((p) => p.kind === 'month-pair' || p.kind === 'year-pair')) && /\brespectively\b/i.test(body);
  // A level or a rate "now" in reported speech is as of when it was said, not as of the page; said
  // "this month", as of the month ("told reporters this month that about 140 a day cross now").
  const spoken = wholeMonth(periods.find((p) => p.resolved && factsOf(p, ctx.m, ctx.sentence.start).spoken));
  // "Before the surge, about 10,000 migrants a year made the journey": not as of the page date.
  const bounded = periods.find((p) => p.kind === 'bound');
  for (const figure of built) {
    if (spoken) figure.spokenAt = spoken;
    if (bounded) figure.boundedBy = bounded;
    const best = nearestPeriod(figure, built, periods, ctx.breaks(), body, ctx.sentence.start, ctx.m, ctx.options.language === 'es');
    if (!best) continue;
    figure.periodMention = best;
    figure.periodWords = best.words;
    figure.periodFrom = 'sentence';
    figure.period = respectively ? null : (best.resolved?.period ?? null);
    if (respectively) blame(figure, because('respectively'));
    else if (figure.period === null) {
      blame(figure, because(pageDate === null && best.relative ? 'period-needs-date' : 'period-unresolved', { words: best.words }));
    }
  }
  if (!respectively) periodFromContext(built, ctx.previous?.figures ?? [], ctx.breaks(), body, ctx.sentence.start, ctx.m);
}

/** Comparisons: what is compared with what, and over which periods. */
function attachComparisons(ctx: SentenceContext, built: readonly Building[], fallback: MetricFallback): void {
  const plain = built.filter((f) => !f.mention!.change && !f.comparisonDraft);
  for (const figure of built) {
    const change = figure.mention!.change;
    if (!change) continue;
    const compared = comparedFigures(ctx, built, figure, plain);
    const { subject, baseline } = compared.subject || compared.baseline ? compared : (vaguePair(ctx, figure) ?? compared);
    let { period: baselinePeriod, words: baselineWords } = baselinePeriodOf(ctx, subject, figure, built);
    // "Between 2022 and 2023 the count rose by 170,000", "From August to October it grew 12
    // percent": a change across a span is from its first period to its last.
    const ends = !baseline && baselinePeriod === null && !subject && change.kind !== 'ratio' ? spanEnds(figure.periodMention, ctx.pageDate) : null;
    if (ends) {
      figure.period = ends.last;
      baselinePeriod = ends.first;
      baselineWords = figure.periodWords;
    }
    // "fell by 41 percent in 2024": a change over a calendar year, with nothing else named, is on
    // the year before.
    if (!baseline && baselinePeriod === null && !subject && change.kind !== 'ratio' && ctx.periods.length === 1 && figure.period && isCalendarYear(figure.period)) {
      const year = new Date(figure.period.start * 86_400_000).getUTCFullYear() - 1;
      baselinePeriod = parsePeriod(String(year));
      baselineWords = `(the year before ${figure.periodWords ?? ''})`;
    }
    figure.comparisonDraft = { kind: change.kind, direction: change.direction, subject, baseline, baselinePeriod, baselineWords };
    if (subject) takeFromSubject(figure, subject, true);
    else if (!figure.metric && fallback.has(figure)) {
      const reading = fallback.get(figure)!;
      figure.metric = reading.metric;
      figure.metricFrom = reading.from;
      figure.phrase = reading.phrase;
    }
    // "more than double the 133,726 recorded in 2022": the baseline counts what the comparison does.
    if (baseline && !baseline.metric && figure.metric && baseline.sentence === figure.sentence && figure.metric.kind !== 'rate') {
      baseline.metric = figure.metric;
      baseline.metricFrom = figure.metricFrom === 'sentence' ? 'subject' : figure.metricFrom;
      baseline.phrase = figure.phrase;
      if (baseline.reason === 'no-metric') blame(baseline, null);
    }
  }
}

/** "That number was ten times higher" in a sentence of its own period: the number then is the baseline. */
const THAT_NUMBER = /\b(?:that|this|the) (?:number|figure|total|count|tally|flow)\b/i;
const COMPARATIVE_AFTER = /^\s+(?:higher|larger|greater|bigger|more|lower|smaller|fewer|less)\b/i;
/** "Officials put the increase at 306 percent": the change the sentence before described. */
const THE_CHANGE = /\bthe (?:increase|rise|jump|growth|drop|decline|fall|decrease|change|reduction)\b/i;

/** What a comparison compares: its subject and its baseline, in the sentence or the one before. */
function comparedFigures(ctx: SentenceContext, built: readonly Building[], figure: Building, plain: readonly Building[]): { subject: Building | null; baseline: Building | null } {
  const { m, body, sentence, before } = ctx;
  const change = figure.mention!.change!;
  const lastOf = (figures: readonly Building[]): Building | null => [...figures].reverse().find((f) => f.kind === 'quantity' && !f.mention?.change) ?? null;
  // "8,964 crossed ..., up from 2,928 ... That is more than three times as many": the sentence
  // before's own figure is the subject, the one it was compared with the baseline.
  const beforeBaseline = (figures: readonly Building[]): Building | null => [...figures].reverse().find((f) => f.kind === 'quantity' && !f.mention?.change && isBaseline(f, m, f.sentence.start)) ?? null;
  const beforeSubject = (figures: readonly Building[]): Building | null => [...figures].reverse().find((f) => f.kind === 'quantity' && !f.mention?.change && !isBaseline(f, m, f.sentence.start)) ?? null;
  // "quadrupled from 2,928 ... to 8,456": the two ends of the sentence's "from ... to".
  const to = built.find((f) => f !== figure && f.mention!.to && !f.mention!.change);
  const from = to ? [...built].reverse().find((f) => f !== figure && f.start < to.start && f.mention!.from && !f.mention!.change) : undefined;
  if (to && from) return { subject: to, baseline: from };
  // "slightly more than the 25,332 of August and more than 23 times the 1,071": a figure that is
  // itself compared with is a baseline, never the subject.
  const subject = [...plain].reverse().find((f) => f.start < figure.start && !isBaseline(f, m, sentence.start)) ?? null;
  // "barely a tenth of that", "more than half of that record": the figure before is the baseline.
  if (change.kind === 'ratio' && before && OF_THAT.test(m.slice(figure.end, figure.end + 40))) return { subject, baseline: lastOf(before.figures) };
  // "In 2019, the figure was a hundredth of last year's" names its own period: not the one before.
  const ownPeriod = ctx.periods.some((p) => p.kind !== 'bound' && !factsOf(p, m, sentence.start).notAFigures);
  // "By last year, that number was more than ten times higher": the number then is the baseline.
  if (!subject && before && ownPeriod && THAT_NUMBER.test(body) && COMPARATIVE_AFTER.test(m.slice(figure.end, figure.end + 20))) return { subject: null, baseline: lastOf(before.figures) };
  // "Officials put the increase at 306 percent": what the sentence before compared.
  const described = !subject && plain.length === 0 && before && THE_CHANGE.test(body) ? before.figures.find((f) => f.comparisonDraft?.subject && f.comparisonDraft.baseline) : undefined;
  if (described) return { subject: described.comparisonDraft!.subject as Building, baseline: described.comparisonDraft!.baseline as Building };
  // "more than double the 133,726 recorded in 2022": a figure after it that it is compared with.
  const baseline = plain.find((f) => f.start > figure.end && isBaseline(f, m, sentence.start) && !built.some((o) => o !== figure && o.mention?.change && o.start > figure.end && o.start < f.start)) ?? null;
  // "That is about 9,000 fewer than ...": the figure of the sentence before.
  const referBack = before && ((plain.length === 0 && !ownPeriod) || REFERS_BACK.test(body));
  if (subject || !referBack) return { subject, baseline };
  const paired = beforeSubject(before.figures);
  // "That was down from a record 520,085 in 2023, a fall of roughly 60 percent": the sentence's
  // own baseline may come before the change.
  const own = baseline ?? [...plain].reverse().find((f) => f.start < figure.start && isBaseline(f, m, sentence.start)) ?? null;
  return paired ? { subject: paired, baseline: own ?? (plain.length === 0 ? beforeBaseline(before.figures) : null) } : { subject: lastOf(before.figures), baseline: own };
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

function isCalendarYear(period: Period): boolean {
  const start = new Date(period.start * 86_400_000);
  const end = new Date(period.end * 86_400_000);
  return start.getUTCMonth() === 0 && start.getUTCDate() === 1 && end.getUTCMonth() === 11 && end.getUTCDate() === 31 && start.getUTCFullYear() === end.getUTCFullYear();
}

const SPAN_ENDS = /^(?:between|from)\s+(.+?)\s+(?:and|to|through|until|till)\s+(.+)$/i;

/** The first and the last period of "between 2022 and 2023", "from August to October 2021". */
function spanEnds(mention: PeriodMention | null, pageDate: Period | null): { first: Period; last: Period } | null {
  if (!mention || (mention.kind !== 'between' && mention.kind !== 'month-span')) return null;
  const parts = SPAN_ENDS.exec(mention.words);
  if (!parts) return null;
  const year = /\b(?:19|20)\d\d\b/.exec(parts[2]!)?.[0];
  const firstWords = /\d{4}/.test(parts[1]!) || !year ? parts[1]! : `${parts[1]} ${year}`;
  const first = findPeriods(firstWords, pageDate).find((p) => p.resolved)?.resolved?.period;
  const last = findPeriods(parts[2]!, pageDate).find((p) => p.resolved)?.resolved?.period;
  return first && last && first.end < last.start ? { first, last } : null;
}

const OF_THAT = /^\s+(?:of\s+)?(?:that|those|the (?:record|figure|total|number|count|tally|level|peak))\b(?!\s+(?:of|in|for)\b)/i;

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
    if (!isBaselineLead(ctx.m.slice(Math.max(ctx.sentence.start, p.start - 24), p.start)) && !looksBack(p)) continue;
    if (looksBack(p) && subject?.period) return { period: resolveSameAs(p.sameAs!, subject.period), words: p.words };
    return { period: p.resolved?.period ?? null, words: p.words };
  }
  return { period: null, words: null };
}

/**
 * A table cell's figure takes what it counts from its column's header and its period from its
 * row's first cell: "| 2024 | 302,203 | −58% |" under "| Year | Crossings | Change on previous
 * year |". A column of changes holds percent changes (or differences) on the row above's period.
 * Both are read from context, so findings on them are warnings.
 */
function attachCells(ctx: SentenceContext, built: readonly Building[], tables: TableContext): void {
  const headers = tables.headersOf(ctx.sentence);
  if (!headers?.rowPeriod?.resolved) return;
  const change = CHANGE_HEADER.test(headers.column);
  // "Change on previous year", "Daily average": of what the table's first column of values counts.
  const recent = [...ctx.frameContext.recentPlaces.map((frame) => frame.metric), ...headers.flowsBefore];
  const flow = headerFlow(ctx.catalogue, headers.column, ctx.topic, ctx.context(), recent) ?? (change || headerRate(headers.column) ? headerFlow(ctx.catalogue, tables.valueHeaderOf(ctx.sentence) ?? '', ctx.topic, ctx.context(), recent) : null);
  if (!flow) return;
  for (const figure of built) {
    if (figure.metric || figure.mention!.part || figure.kind !== 'quantity') continue;
    const per = change ? null : (figure.per ?? headerRate(headers.column));
    const metric = per === null ? flow : ctx.catalogue.rates.get(`${flow.id}|${per}`);
    if (!metric) continue;
    if (change) {
      if (!headers.previousRowPeriod?.resolved || (figure.unit !== 'percent' && figure.unit !== null)) continue;
      const sign = ctx.m.slice(Math.max(0, figure.start - 1), figure.start);
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
    figure.period = headers.rowPeriod.resolved.period;
    figure.periodWords = headers.rowPeriod.words;
    figure.periodMention = headers.rowPeriod;
    figure.periodFrom = 'context';
    blame(figure, null);
  }
}

/** Groups, forecasts and corrections set aside; then each figure's unit, basis and problem. */
function finishSentence(ctx: SentenceContext, built: readonly Building[]): void {
  const { body } = ctx;
  // "Venezuelans (113,244 ...)", "Venezuelans dominated the flow with more than 150,000
  // crossings": one group's count; "more than 400,000 migrants are expected to cross": a forecast.
  // Most sentences hold none of the words these need: then no figure is looked at.
  const spanish = ctx.options.language === 'es' && maySpanishAside(body);
  if (ASIDE_WORDS.test(body) || spanish) {
    for (const figure of built) {
      if (figure.mention!.change || figure.mention!.part) continue;
      const note = groupOrForecast(figure, ctx.m, ctx.sentence.start, ctx.breaks(), body.length, spanish);
      if (note) figure.aside = note;
    }
  }
  // "Correction: An earlier version of this story said 32 boats": what the story no longer claims.
  if ((body.includes('version') || body.includes('previously') || body.includes('originally') || body.includes('incorrectly')) && RETRACTED.test(body)) for (const figure of built) figure.retracted = true;
  for (const figure of built) finishQuantity(figure, ctx.pageDate, ctx.catalogue);
}

/**
 * Dates of events: a date and the phrase of an event in one sentence. A phrase that is only a
 * name ("Lajas Blancas") places the sentence; it does not say what the date is of. extract also
 * proposes every day's date that dates something ("On Aug. 11, Panama and Colombia agreed ...")
 * for a person to keep or delete; lint checks only the catalogue's events.
 */
function readEvents(ctx: SentenceContext, built: readonly Building[]): Building[] {
  const { tokens, m, sentence, options } = ctx;
  const seen = new Set<string>();
  const events: Building[] = [];
  for (const phrase of ctx.phrases) {
    if (phrase.metric.kind !== 'date' || phrase.name || seen.has(phrase.metric.id)) continue;
    // "migrants who have arrived in Panama": in a relative clause the phrase describes the noun
    // before it; "Mulino, who was sworn in", set off by a comma, is about the one named.
    const relative = tokens.slice(Math.max(0, phrase.from - 3), phrase.from).find((t) => RELATIVE.has(t.stem));
    if (relative && !/,\s*$/.test(m.slice(Math.max(sentence.start, relative.start - 3), relative.start))) continue;
    // The phrase's own words name no one it is about.
    const outside = ctx.catalogue.subjects.get(phrase.metric)?.size ? new Set(tokens.filter((_, t) => t < phrase.from || t >= phrase.to).map((t) => t.stem)) : ctx.stems();
    let strong = mentionsSubject(ctx.catalogue, phrase.metric, outside);
    // "Mulino was sworn in … He took office on June 1": a pronoun for the one the sentence before named.
    const referred = !strong && ctx.previous !== null && tokens.slice(Math.max(0, phrase.from - 3), phrase.from).some((t) => SUBJECT_PRONOUNS.has(m.slice(t.start, t.end).toLowerCase())) && mentionsSubject(ctx.catalogue, phrase.metric, ctx.previous.words());
    strong ||= referred;
    if (options.purpose === 'lint' && !strong) continue;
    if (options.purpose === 'extract' && !strong && !mentionsPlace(ctx.catalogue, phrase.metric, ctx.context())) continue;
    const date = nearestDate(ctx.periods, tokens, phrase, ctx.breaks(), ctx.body.length, sentence.start);
    if (!date) continue;
    seen.add(phrase.metric.id);
    const existing = events.find((f) => f.start === date.coreStart);
    if (existing) existing.alternatives = [...existing.alternatives, phrase.metric];
    else events.push({ ...eventFigure(date, phrase.metric, phrase.phrase, ctx), ...(referred ? { metricFrom: 'previous sentence' } : {}) });
  }
  if (options.purpose !== 'extract') return events;
  for (const date of ctx.periods) {
    if (date.kind !== 'date' || !/\d/.test(date.words) || SAID_BEFORE.test(m.slice(Math.max(sentence.start, date.start - 16), date.start))) continue;
    // "On August 14, 402 people crossed": the period of a flow's count is no event; "29 Colombians
    // left on Aug. 20" counts nothing the catalogue holds, and "16 boats ... on May 22" a level,
    // so the date is the flight's or the handover's.
    if (built.some((f) => f.periodMention === date && (f.metric?.kind === 'flow' || f.metric?.kind === 'rate')) || events.some((f) => f.start === date.coreStart)) continue;
    const event = eventFigure(date, null, null, ctx);
    if (event.problem === null) blame(event, because('no-event'));
    events.push(event);
  }
  return events;
}

/**
 * A sentence's period phrases, with those that refer back resolved: "the same period of 2022" and
 * "a year earlier" against the phrase before them (in the sentence, else the sentence before);
 * "that month", "that August", "that year" against the last period the text named, when it is of
 * that kind; a month without its year ("In January 2022 ..., and 4,262 in February", "last year's
 * surge in August") takes the year named before it.
 */
/** The recent periods after a sentence's phrases: an unresolved phrase (not a bound) empties them. */
function notePeriods(recent: readonly Period[], mentions: readonly PeriodMention[]): Period[] {
  // Most sentences name no period: then nothing is copied.
  if (mentions.length === 0) return recent as Period[];
  let out = recent.length > 7 ? recent.slice(-7) : [...recent];
  for (const p of mentions) {
    // "before 2021" bounds something else; "in mid-December" is vague, not another period that
    // "the year" or "that month" after it could mean.
    // "fewer than in the same period a year earlier" names a baseline, not what the text goes on
    // about: "That month as a whole" after it is still the month before it. A year written out
    // ("the same period of 2021 ... That year") may be what the text goes on about.
    if (p.kind === 'bound' || p.kind === 'vague' || (p.sameAs && p.sameAs.year === null && p.sameAs.shift < 0)) continue;
    if (p.resolved) out.push(p.resolved.period);
    else out = [];
  }
  return out;
}

function resolveInSentence(own: readonly PeriodMention[], priorPeriods: readonly PeriodMention[], recentPeriods: readonly Period[], text: string): PeriodMention[] {
  let yearNamed: number | null = null;
  const yearOfDay = (day: number): number => new Date(day * 86_400_000).getUTCFullYear();
  let recent: readonly Period[] = recentPeriods;
  return own.map((mention): PeriodMention => {
    const resolved = mention.sameAs
      ? resolveSame(mention, own, priorPeriods, recent)
      : mention.kind === 'that'
        ? resolveThat(mention, recent)
        : mention.kind === 'those-months'
          ? resolveThoseMonths(mention, recent)
        : UNTIL.test(mention.words) || (UNTIL_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)) && !/^(?:in|during|for|over|on)\s/i.test(mention.words))
          ? resolveUntil(mention, own)
          : mention;
    // A phrase that refers back means the nearest period before it; if that one could not be
    // resolved, neither can the phrase.
    recent = notePeriods(recent, [resolved]);
    // "the busiest month of the year: January": the year referred to names the month's.
    if (mention.kind === 'that' && /\byear$/i.test(mention.words) && resolved.resolved) yearNamed = yearOfDay(resolved.resolved.period.start);
    if (resolved !== mention || mention.sameAs) return resolved;
    const year = /\b(1[89]\d\d|20\d\d)\b/.exec(mention.words);
    if (year && (mention.kind === 'month' || mention.kind === 'date' || mention.kind === 'first-months' || mention.kind === 'vague')) yearNamed = Number(year[1]);

    else if (mention.kind === 'deictic' && /\b(?:last|this) year\b/i.test(mention.words) && mention.resolved) yearNamed = yearOfDay(mention.resolved.period.start);
    else if (yearNamed !== null && mention.kind === 'month' && mention.relative && mention.resolved) {
      const month = new Date(mention.resolved.period.start * 86_400_000).getUTCMonth() + 1;
      const period = resolvePeriodWords(`in ${MONTH_NAMES[month - 1]} ${yearNamed}`, FAR);
      if (period) return { ...mention, resolved: period };
    }
    return mention;
  });
}

/**
 * The period phrase of a figure: the nearest in its clause, with no other figure between them
 * (unless the two are listed together: "16 boats and 32 motors"). A bound ("before 2021") is never
 * a figure's; a vague phrase ("early 2022") is one only when nothing resolved is in the clause.
 */
// Whether a period phrase trails a figure depends on the phrase alone (the figure it might be for
// stands after it), so it is asked once per phrase of a sentence, not once per figure.
const TRAILING = new WeakMap<readonly Building[], Map<PeriodMention, boolean>>();

function trailsAFigure(p: PeriodMention, built: readonly Building[], m: string): boolean {
  let known = TRAILING.get(built);
  if (!known) TRAILING.set(built, (known = new Map()));
  let trails = known.get(p);
  if (trails === undefined) {
    trails = built.some((o) => o.end <= p.start && p.start - o.end < 30 && !/[,;]/.test(m.slice(o.end, p.start)));
    known.set(p, trails);
  }
  return trails;
}

/** Spanish: past a comma or "y", a period opens the next clause ("…22.012, en 2020 se registraron 8.594"). */
const OPENS_NEXT_ES = /,|(?:^|[^\p{L}])y\s/u;

function nearestPeriod(figure: Building, built: readonly Building[], periods: readonly PeriodMention[], breaks: ReadonlyArray<readonly [number, number]>, body: string, offset: number, m: string, spanish = false): PeriodMention | null {
  const mention = figure.mention!;
  const [clauseStart, clauseEnd] = clauseBounds(breaks, body.length, mention.start - offset);
  let best: { p: PeriodMention; distance: number } | null = null;
  for (const p of periods) {
    if (p.kind === 'bound') continue;
    // A period that opens the sentence ("In December and January, ...") stands for every clause
    // that names none of its own.
    const opens = p.start === offset;
    if (!opens && (p.start - offset < clauseStart || p.end - offset > clauseEnd)) continue;
    const outside = opens && (p.start - offset < clauseStart || p.end - offset > clauseEnd);
    // "than in the same period of 2023", "compared with 2022": the baseline's period, not the
    // figure's; "the busiest month was not August": no figure's at all.
    const facts = factsOf(p, m, offset);
    // "also topped August's 25,332": a possessive just before a figure is that figure's own period,
    // a baseline's too.
    // "about ten times the 2020 total of 6,465": a period naming a tally names the figure it gives.
    const possessive = POSSESSIVE_OF.test(m.slice(p.end, mention.start));
    // "the previous year's record, when 133,000 migrants crossed": the when-clause is of that period.
    const when = p.end <= mention.start && WHEN_CLAUSE.test(m.slice(p.end, mention.start));
    if (facts.notAFigures && !possessive && !when) continue;
    // "tripled on the year before": what a change refers back to is its baseline.
    if (mention.change && looksBack(p)) continue;
    // "fallen from 2,461 at the August 2021 peak to about 140": a phrase before the "to" end is the
    // other end's; the "to" end has a period only if one follows it.
    if (mention.to && p.start < mention.start && p.start > sentenceStartOf(built, figure)) continue;
    const after = p.start >= mention.end;
    const from = after ? mention.end : p.end;
    const to = after ? p.start : mention.start;
    // "Last month, Panama arrested six ..., rescuing 26 ...": a period that opens the sentence
    // stands for all of it; elsewhere a figure between claims the period for itself.
    const between = (other: Building): boolean => other !== figure && other.start >= from && other.end <= to && !listedTogether(other, figure, m);
    if (p.start !== offset && built.some(between)) continue;
    // Weaker readings, taken only when nothing better is in the clause: a vague phrase; a
    // possessive ("last year's surge in August" dates the surge, and August the figure); for the
    // "to" end of "from 2,461 ... to about 140 a day now", a phrase before it, which is the other end's.
    // and a phrase before the figure set off from it by a comma ("on July 1, the agency said,
    // reporting 11,363 crossings from ... through Wednesday"), when one closer in follows it.
    const comma = m.indexOf(',', from);
    const weaker = facts.weaker - (possessive || when ? POSSESSIVE_PENALTY : 0) - (when ? 100 : 0) + (!after && comma >= 0 && comma < to ? 25 : 0) + (mention.to && !after ? 1_000 : 0);
    // "the year before", "a year earlier" after a figure are mostly what it is compared with.
    const baseline = looksBack(p) && !mention.change && !mention.from && after ? 50 : 0;
    // "650 a day for the rest of August and 500 a day in September": a phrase that trails another
    // figure is that figure's.
    const trails = !after && trailsAFigure(p, built, m) ? 40 : 0;
    // Spanish puts a period before its verb and figure ("en 2020 se registraron 8.594"): one after
    // the figure, past a comma or "y", is mostly the next clause's.
    const nextClause = spanish && after && OPENS_NEXT_ES.test(m.slice(from, to)) ? 40 : 0;
    const distance = to - from + weaker + baseline + trails + nextClause + (outside ? 1_000 : 0);
    if (!best || distance < best.distance) best = { p, distance };
  }
  if (best && best.p.at && best.p.end <= mention.start) return { ...best.p, resolved: { period: best.p.at, deictic: false }, since: false };
  return best?.p ?? null;
}

/**
 * "the same period last year", "a year earlier": a period moved back from another, what a change
 * is mostly measured against. "The following year" moves forward and is the figure's own.
 */
function looksBack(p: PeriodMention): boolean {
  return p.sameAs !== null && (p.sameAs.year !== null || p.sameAs.shift < 0);
}

/** The index just past the last token of the clause a figure stands in. */
function clauseEndToken(tokens: readonly Token[], breaks: ReadonlyArray<readonly [number, number]>, length: number, offset: number, at: number): number {
  const end = offset + clauseBounds(breaks, length, at - offset)[1];
  const index = tokens.findIndex((t) => t.start >= end);
  return index < 0 ? tokens.length : index;
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
const WHEN_CLAUSE = /^(?:['’]s(?:\s+[\w-]+){1,3})?,?\s+when\s+[^,;.]*$/;

/**
 * "August 2021 was the busiest month of that year, with 25,332": a period that holds the part a
 * sentence speaks of is not the figure's.
 */
const PART_OF_LEAD = /\b(?:month|week|day|quarter)\s+of\s+$/i;

/** What stands between a period and the figure it dates: "August's 25,332", "the 2020 total of 6,465". */
const POSSESSIVE_OF = /^(?:['’]s\s+|(?:['’]s)?\s+(?:total|figure|count|tally|record|peak|level)\s+(?:of|was|stood at|at)\s+)$/i;

/** "last year's surge in August": a possessive dates its noun, mostly not the figure. */
const POSSESSIVE_PENALTY = 40;

// What a period phrase's own words say, worked out once per phrase rather than once per figure.
const FACTS = new WeakMap<PeriodMention, PeriodFacts>();

function factsOf(p: PeriodMention, m: string, offset: number): PeriodFacts {
  let facts = FACTS.get(p);
  if (facts) return facts;
  const lead = m.slice(Math.max(offset, p.start - 24), p.start);
  const until = (p.kind === 'that' || UNTIL.test(p.words) || UNTIL_BEFORE.test(lead)) && !p.resolved;
  const spoken = p.pointInTime && SAID_BEFORE.test(m.slice(Math.max(offset, p.start - 64), p.start));
  facts = {
    // "said Wednesday that 9,683 ...": the day someone spoke is no figure's period.
    // "the busiest month of 2023 saw 81,946": the year holds the month, whose period is not named.
    notAFigures: isBaselineLead(lead) || /\bnot\s+$/i.test(lead) || spoken || PART_OF_LEAD.test(lead),
    spoken,
    weaker: (p.kind === 'vague' ? 10_000 : 0) + (until ? 500 : 0) + (/['’]s$/.test(m.slice(p.end, p.end + 2)) ? POSSESSIVE_PENALTY : 0),
  };
  FACTS.set(p, facts);
  return facts;
}

/** Where the "from" end of a "to" figure starts, or the figure itself when it has none. */
function sentenceStartOf(built: readonly Building[], figure: Building): number {
  const from = [...built].reverse().find((f) => f.start < figure.start && f.mention?.from);
  return from ? from.start : figure.start;
}

/** "16 boats and 32 motors", "4,702 and 4,262": figures of one list share a period. */
function listedTogether(a: Building, b: Building, m: string): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^[^,.;:\d]{0,40}\s(?:and|or)\s$/.test(m.slice(first.end, second.start)) || /^\s(?:and|or)\s$/.test(m.slice(first.end, second.start));
}

const DATELINE = /^\s*(?:published|updated|posted|date|by)\b[^\n]*$/i;

/**
 * A figure's interval as a text states it. A round figure with no hedge covers up to the next step
 * above it as well as half a step below: newsrooms round to the nearest and also cut off ("a total
 * of 133,000" for 133,726), and a draft is not wrong for doing either. The registry's own figures
 * keep the hedge table's reading (docs/registry.md); this is how a text is read, not stored.
 */
function readInterval(value: number, step: number, hedge: Hedge['kind'], multiple = false): Interval {
  // "more than double" is said of 2.3 as of 2.05, up to where "tripled" would be said instead;
  // "almost six times" of 6.05 as of 5.6: a ratio of rounded figures is itself rounded.
  if (multiple && hedge === 'over' && value >= 2 && Number.isInteger(value)) return [value, value + 1];
  if (multiple && hedge === 'under' && value >= 2 && Number.isInteger(value)) return [intervalOf(value, step, hedge)[0], value * 1.02];
  const interval = intervalOf(value, step, hedge);
  // Only where three or more digits are given ("133,000", not "30,000" or "$6 million"): a cut-off
  // figure that coarse would stand for almost anything.
  return hedge === 'none' && step >= 1000 && step * 100 <= value ? [interval[0], value + step - 1] : interval;
}

const RELATIVE = new Set(['who', 'that', 'which', 'whom']);
const DATELINE_AFTER = /^\s*(?:,\s*\d{4})?\s*\((?:AP|EFE|AFP|Reuters|dpa|ANSA|Xinhua|UPI|Bloomberg|CNN|BBC)\)/;
/** Nationalities and other groups of people, as words: a count of one is not the flow's. */
// Demonyms by their endings ("Venezuelans", "Haitians", "Chinese"), not any capitalised plural:
// "the United Nations", "Paris" are no group of people.
const GROUP_WORD = /^(?:children|minors|women|men|girls|boys|families|teenagers|adolescents|infants|babies|[A-Z][a-z]+(?:ans|ese|ish))$/;
const ORIGIN_AFTER = /^\s*(?:(?:migrants|people|persons|nationals|travelers|refugees)\s+)?from\s+((?:other\s+)?[A-Z]\w+|other nationalities|other countries)\b(?!\s+(?:in)?to\b)(?![^.;]{0,30}\binto\b)/;
const MONTH_WORD = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const ORIGIN_PREDICATE = /^[^.;:]{0,90}?\b(?:were|are|was|is|came|come)\s+(?:mostly\s+|mainly\s+|largely\s+|all\s+)?from\s+((?:other\s+)?[A-Z]\w+)\b(?![^.;]{0,30}\binto\b)/;
/** Words without one of which no figure of a sentence is a group's, a forecast or an origin's. */
const FORECAST_WORDS = /expect|project|forecast|predict|anticipat|likely|poised|on track|on course|on pace|set to|due to|could|would|will|may|might/i;
const ASIDE_WORDS = new RegExp(`${FORECAST_WORDS.source}|from [A-Z]|from other|\\(|[a-z](?:ns|se|sh|is|ren|ors|men|les|ies|rls|oys)\\b`);
// "Officials expect as many as 200,000 to cross": a verb of expecting whose object is the figure.
const FORECAST_OBJECT = /\b(?:expect|expects|expected|expecting|anticipate|anticipates|anticipated|predict|predicts|predicted|project|projects|forecast|forecasts)(?:\s+that)?\s+(?:(?:as many as|up to|some|about|around|nearly|almost|more than|over|roughly|at least)\s+)?$/i;
const FORECAST_BEFORE = /\b(?:(?:expected|projected|forecast|predicted|likely|set|poised|on track|on course|on pace) to|(?:could|would|will|may|might)(?:\s+\w+){0,2}\s+(?:reach|top|surpass|exceed|hit|pass|(?:rise|climb|grow|soar|swell|jump|increase|surge|balloon|fall|drop) to|be))\b/i;
// "As many as 400,000 migrants may cross the Darién this year": a modal after the figure's noun.
// "may have crossed" is an estimate of what happened, and "the 32 boats will be based at" is no
// forecast of how many: only verbs of the count itself are.
const FORECAST_AFTER = /^\s*(?:[\w-]+\s+){0,3}(?:(?:(?:are|is|were|was)\s+)?(?:expected|projected|forecast|predicted|likely|set|poised|on track|due) to|(?:could|would|will|may|might)\s+(?:cross|arrive|enter|reach|pass|make|attempt|travel|migrate|come|flee|leave|exceed|surpass|top|total|number|head))\b/i;

/** Why a figure is one group's count or a forecast, or null. */
function groupOrForecast(figure: Building, m: string, sentenceStart: number, breaks: ReadonlyArray<readonly [number, number]>, length: number, spanish = false): Because | null {
  // The clause before the figure, at most its last 120 characters: what is searched stays short
  // on a long sentence.
  const [clauseStart] = clauseBounds(breaks, length, figure.start - sentenceStart);
  const before = m.slice(Math.max(sentenceStart + clauseStart, figure.start - 120), figure.start);
  const after = m.slice(figure.end, figure.end + 60);
  // A cheap look for the words a forecast needs before the patterns that place them.
  if ((FORECAST_WORDS.test(before) && (FORECAST_BEFORE.test(before) || FORECAST_OBJECT.test(before))) || (FORECAST_WORDS.test(after) && FORECAST_AFTER.test(after))) return because('forecast');
  if (spanish && spanishForecast(before, after)) return because('forecast');
  const groupEs = spanish ? spanishGroup(before, after) : null;
  if (groupEs) return because('one-group', { group: groupEs });
  // "around 11,219 migrants from Colombia", "10,348 from China": counted by where they came from.
  // "25,105 travelers who transited through the jungle were from Ecuador": the origin may be the predicate's.
  const origin = ORIGIN_AFTER.exec(after) ?? ORIGIN_PREDICATE.exec(m.slice(figure.end, figure.end + 120));
  // "the return of 9,000 migrants from Mexico": where a reverse flow comes back from is its route.
  // "from South America, Africa and Asia": several origins listed are the whole flow.
  const severalOrigins = (): boolean => /^\s*(?:[\w-]+\s+)?from\s+[^.;]*?\b(?:and|&)\s+[A-Z]/.test(after.slice(0, 60));
  if (origin && !MONTH_WORD.test(origin[1]!) && !severalOrigins() && !/\b(?:return|returning|returned|reverse|back|southbound)\b/i.test(before)) return because('one-group', { group: `from ${origin[1]}` });
  const paren = /\(\s*$/.test(m.slice(Math.max(sentenceStart, figure.start - 4), figure.start)) ? /([\p{L}]+)\s*\(\s*$/u.exec(m.slice(Math.max(sentenceStart, figure.start - 40), figure.start)) : null;
  if (paren && GROUP_WORD.test(paren[1]!)) return because('one-group', { group: paren[1]! });
  // The clause's subject: a group named before the figure with no count of its own ("Venezuelans
  // dominated the flow with more than 150,000 crossings").
  // Only a word that can name a group (a plural, a nationality) is worth splitting the clause for.
  if (!/(?:ns|se|sh|is|ren|ors|men|les|ies|rls|oys)\b/.test(before)) return null;
  const words = before.match(/[\p{L}]+/gu) ?? [];
  const subject = words.slice(-12).find((w) => GROUP_WORD.test(w) && !/^(?:The|This|That|These|Those|It|In|On|At|By|For|From|Panama|Colombia|Mexico)$/.test(w));
  if (subject && !/\b(?:migrants|people|persons|all|total|overall)\b/i.test(before.slice(before.lastIndexOf(subject)))) return because('one-group', { group: subject });
  return null;
}

/** A correction's account of what an earlier version of the story said. */
const RETRACTED = /\b(?:an? (?:earlier|previous|prior) version of this (?:story|article|report|post|newsletter)|this (?:story|article) (?:previously|originally|incorrectly) (?:said|stated|reported))\b/i;

/** Words just before a figure that make it what another is compared with: "than the", "double the". */
const BASELINE_FIGURE_BEFORE = /\b(?:than|from|against|versus|vs\.?|compared (?:to|with)|relative to|double|twice|triple|treble|quadruple|times|half|third|quarter|tenth|as many as|as much as)\s+(?:(?:in|the|that|those|of the)\s+)?(?:(?:an?|the|its|last year['’]s)\s+)?(?:(?:record|peak|high|low|all-time high|total of)\s+)?$/i;

function isBaseline(figure: Building, m: string, sentenceStart: number): boolean {
  return BASELINE_FIGURE_BEFORE.test(m.slice(Math.max(sentenceStart, figure.start - 30), figure.start));
}

/** "they more than tripled", "it fell by 41%": a pronoun just before a change is its subject. */
const PRONOUN_BEFORE = /\b(?:they|it)\s+(?:\w+\s+)?$/i;

/** "The 2021 total, 133,726, was", "the number dropped to 302,000": the tally is the figure's. */
// "The total for 2021 was about 133,700": the tally's own period may stand between it and its verb.
const TALLY_JUST_BEFORE = /\b(?:total|count|tally|number|figure)\s*,?\s+(?:(?:for|in|during|of)\s+(?:(?:the\s+)?(?:year|month|first|last|whole|full)\s+)*(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?)\s+)?(?:(?:was|were|is|stood|came|reached|hit|rose|fell|dropped|climbed|grew|at|to|of)\s+){0,2}$/i;

/** "the 2023 figure", "the count", "2021's total": a tally of whatever the text is counting. */
const TALLY = /\b(?:the|this|that|its|their|a|\d{4}['’]s|year['’]s|(?:January|February|March|April|May|June|July|August|September|October|November|December)['’]s)\s+(?:(?:[\w-]+)\s+)?(figure|total|count|tally|number|flow|rate|record)\b(?!\s+of\s+(?!\d|about|around|nearly|more|over|some|half|almost|roughly))/i;

/** The topic flow, or its rate in the figure's unit of time. */
interface LabelledItem {
  readonly label: string;
  readonly metric: Metric;
  readonly per: RateUnit | null;
  readonly basis: RateBasis | null;
}

/** A labelled list item's reading: its label, the metric it counts and the rate its label gives. */
function labelledItem(ctx: SentenceContext, figure: Building, words: readonly string[]): LabelledItem | null {
  const label = labelOf(ctx, figure, words);
  const flow = label === null ? null : labelFlow(ctx, label);
  if (label === null || !flow) return null;
  const rated = withLabelRate(figure, label);
  const metric = topicMetric(ctx.catalogue, flow, rated);
  return metric ? { label, metric, per: rated.per, basis: rated.basis } : null;
}

/** The flow a labelled item counts: the text's, else one its label names about a place named lately. */
function labelFlow(ctx: SentenceContext, label: string): Metric | null {
  return ctx.topic ?? headerFlow(ctx.catalogue, label, null, ctx.context(), ctx.frameContext.recentPlaces.map((frame) => frame.metric));
}

/** "- **Daily average in 2024:** 2,500": a list item that labels its figure, and the label. */
const LABELLED = /^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?(?:\*\*|__)?([^:\n]{1,60}?):(?:\*\*|__)?\s+/;
/** Label words that say the item counts something else: an age, money, a share. */
const NOT_THE_FLOW = new Set(['change', 'difference', 'increase', 'decrease', 'rise', 'fall', 'drop', 'gain', 'growth', 'decline', 'age', 'aged', 'old', 'percent', 'share', 'cost', 'budget', 'fund', 'dollar', 'price', 'population', 'camp', 'phone', 'page', 'issue', 'minute', 'hour'].map(stem));

/**
 * The label of a labelled list item whose figure, after the colon, names nothing it counts of its
 * own; null otherwise, or when the label names a group, a thing the catalogue counts ("boats") or
 * something else again ("Age: 65", "Deaths: 36" is an event and never reaches here).
 */
function labelOf(ctx: SentenceContext, figure: Building, words: readonly string[]): string | null {
  const label = LABELLED.exec(ctx.body);
  if (!label || figure.start - ctx.sentence.start < label[0].length) return null;
  if (words.length > 0 && !continuesPrior(words, figure.per) && !GENERIC_PEOPLE.has(stem(words[0]!))) return null;
  const labelTokens = tokenize(label[1]!, 0, label[1]!.length);
  if (labelTokens.some((t) => GROUPS.has(t.stem) || ctx.catalogue.unitStems.has(t.stem) || NOT_THE_FLOW.has(t.stem))) return null;
  return label[1]!.trim();
}

/** The figure with the rate its label gives it: "Daily average in 2024", "Average day that month". */
function withLabelRate(figure: Building, label: string): Building {
  // A list's label gives a rate as a table's column header does.
  const per = figure.per === null ? headerRate(label) : null;
  return per === null ? figure : { ...figure, per, basis: /\baverage\b/i.test(label) ? 'average' : figure.basis };
}

function topicMetric(catalogue: MetricCatalogue, topic: Metric, figure: Building): Metric | null {
  if (figure.per === null) return figure.unit === null || figure.unit === topic.unit ? topic : null;
  return catalogue.rates.get(`${topic.id}|${figure.per}`) ?? null;
}

/** Words that open a sentence about the one before: "That is an average of ...", "That pace, ...". */
const REFERS_BACK = /^\W*(?:that|this|it|those|these|the (?:figure|total|number|count|pace|rate|flow|tally))\b/i;

/**
 * A figure whose sentence names no period for it takes one from context: an earlier figure of its
 * clause ("81,946 crossings that August, an average of more than 2,600 a day"), else, when the
 * sentence refers back ("That is an average of about 680 a day"), the last dated figure of the
 * sentence before. Marked as read from context.
 */
function periodFromContext(built: readonly Building[], before: readonly Building[], breaks: ReadonlyArray<readonly [number, number]>, body: string, offset: number, m: string): void {
  for (let i = 0; i < built.length; i++) {
    const figure = built[i]!;
    // The "to" end of "from 2,461 in August to about 140" is not of the "from" end's period.
    if (figure.periodMention || figure.mention!.change || (figure.mention!.to && sentenceStartOf(built, figure) !== figure.start)) continue;
    // "30,000 children crossed in the first four months ..., and about 2,000 of them were alone":
    // a part is of the period of the figure it is part of.
    if (figure.mention!.part) {
      const whole = built.slice(0, i).reverse().find((f) => f.period && !f.mention!.change && !f.mention!.part);
      if (whole && /\bof (?:them|whom|those|these)\b/i.test(figure.mention!.part.message + body.slice(figure.end - offset, figure.end - offset + 12))) {
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
    const source = earlier ?? (REFERS_BACK.test(body) ? [...before].reverse().find((f) => f.period && f.kind === 'quantity' && !f.mention?.change && !isBaseline(f, m, f.sentence.start)) : undefined);
    if (!source) continue;
    figure.period = source.period;
    figure.periodWords = source.periodWords;
    figure.periodMention = source.periodMention;
    figure.periodFrom = 'context';
  }
}

function resolveSame(mention: PeriodMention, own: readonly PeriodMention[], priorPeriods: readonly PeriodMention[], recent: readonly Period[]): PeriodMention {
  const before = own.filter((p) => p.end <= mention.start && !p.sameAs).reverse();
  // Nearest first: the sentence, the sentence before in its paragraph, then the last period the text named.
  const candidates: Array<Period | undefined> = [...before.map((p) => p.resolved?.period), ...[...priorPeriods].reverse().map((p) => p.resolved?.period), ...[...recent].reverse()];
  // "That makes 2,928 for the same two months of 2021": the nearest period of that many months.
  const months = COUNTS[(/\bsame (\w+) months\b/i.exec(mention.words)?.[1] ?? '').toLowerCase()];
  const fits = (p: Period | undefined): p is Period => p !== undefined && (months === undefined || monthsSpanned(p) === months);
  const reference: Period | null = candidates.find(fits) ?? null;
  const period: Period | null = reference ? resolveSameAs(mention.sameAs!, reference) : null;
  return period ? { ...mention, resolved: { period, deictic: false } } : mention;
}

/** Why an event's date cannot be checked: it names no date darien can resolve. */
function eventProblem(period: Period | null, pageDate: Period | null, date: PeriodMention): { problem: string | null; reason: UncheckedReason | null } {
  if (period) return { problem: null, reason: null };
  const why = because(pageDate === null && date.relative ? 'period-needs-date' : 'period-unresolved', { words: date.words });
  return { problem: why.message, reason: why.reason };
}

/** "this month" as the time someone spoke: the calendar month, not the month so far. */
function wholeMonth(p: PeriodMention | undefined): PeriodMention | undefined {
  if (!p?.resolved || !/^(?:earlier |later )?this month$/i.test(p.words)) return p;
  const start = new Date(p.resolved.period.start * 86_400_000);
  const period = resolvePeriodWords(`in ${MONTH_NAMES[start.getUTCMonth()]} ${start.getUTCFullYear()}`, FAR);
  return period ? { ...p, resolved: period } : p;
}

/** "said on Monday", "told reporters Aug. 3": the day someone spoke, not a claim. */
// "said Monday", "told reporters on", "revealed during a press conference on Monday": when someone spoke.
const SAID_BEFORE = /\b(?:said|says|told|announced|reported|added|stated|wrote|posted|revealed|confirmed|noted|explained|warned|disclosed)(?:\s+[A-Za-z][\w-]*)?(?:\s+(?:during|at|in)\s+(?:an?|the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:on\s+)?$/i;

/** The date of an event as a figure: of a catalogue metric, or of none (extract only). */
function eventFigure(date: PeriodMention, metric: Metric | null, phrase: string | null, at: SentenceContext): Building {
  const coreWords = at.text.slice(date.coreStart, date.coreEnd);
  // "since July 1": the event is on July 1, not over the span since.
  const period = date.since ? (resolvePeriodWords(coreWords.replace(/(\d)(?:st|nd|rd|th)\b/, '$1'), at.pageDate ?? FAR) ?? null)?.period ?? null : date.resolved?.period ?? null;
  const location = at.lines.locate(date.coreStart);
  return {
    index: -1,
    kind: 'event',
    sentence: at.sentence,
    quote: quoteOf(at, date.coreStart, date.coreEnd),
    text: coreWords,
    start: date.coreStart,
    end: date.coreEnd,
    line: location.line,
    column: location.column,
    mention: null,
    value: null,
    step: 1,
    hedge: { kind: 'none', words: null },
    interval: null,
    unit: null,
    per: null,
    basis: null,
    metric,
    alternatives: [],
    phrase,
    metricFrom: metric ? 'sentence' : null,
    period,
    periodWords: date.words,
    periodFrom: 'sentence',
    comparison: null,
    comparisonDraft: null,
    periodMention: date,
    attribution: at.attribution(),
    ...eventProblem(period, at.pageDate, date),
  };
}

// "as of 6 am Wednesday, 399,606 had entered": a running total to that day, from a start not named.
// ("hasta el 17 de julio": the Spanish "through July 17".)
const UNTIL = /^(?:through|until|till|up to|as of|by|hasta)\s/i;
const UNTIL_BEFORE = /\b(?:through|until|till|up to|as of|hasta)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?$/i;

/**
 * "from his first day in office through Wednesday": a span that ends on the day named and starts
 * on the nearest date named before it in the sentence ("on July 1"); with none, unresolved, never
 * the one day.
 */
/** A running total's phrase keeps the period it runs to: a rate or a level "by January" is of January. */
type UntilMention = PeriodMention & { readonly asOf?: Period };

function resolveUntil(mention: PeriodMention, own: readonly PeriodMention[]): UntilMention {
  const end = mention.resolved?.period;
  // "by 2025" in a 2025 story is the year so far (periods.ts reads it); "as of September" or "by
  // September" is a running total to then, from a start not named, like "through Wednesday".
  if (mention.kind === 'year' || mention.kind === 'so-far') return mention;
  if (!end) return mention;
  const start = [...own].reverse().find((p) => p.end <= mention.start && p.pointInTime && p.resolved && p.resolved.period.start < end.start);
  if (!start) return { ...mention, resolved: null, asOf: end };
  return { ...mention, resolved: { period: periodFromDays(start.resolved!.period.start, end.end), deictic: false } };
}

/**
 * "that month", "that year", "that August", "over the year": the newest period named that lies
 * within one month (for "that month") or one year (the others); unresolved when none does.
 */
function resolveThat(mention: PeriodMention, recent: readonly Period[]): PeriodMention {
  if (!/^(?:that|over|during|across|throughout|for) |^(?:an?|the) (?:year|month) that |^(?:of )?the (?:year|month)$|^the (?:first|last) \w+ (?:days|weeks) of /i.test(mention.words)) return mention;
  const what = (/^(?:an?|the) (year|month) that /i.exec(mention.words) ?? /(\w+)(?: as a whole)?$/i.exec(mention.words))?.[1]?.toLowerCase() ?? '';
  if (what === 'week') return mention;
  const dateOf = (day: number): Date => new Date(day * 86_400_000);
  const fits = (p: Period): boolean => {
    const [start, end] = [dateOf(p.start), dateOf(p.end)];
    return start.getUTCFullYear() === end.getUTCFullYear() && (what !== 'month' || start.getUTCMonth() === end.getUTCMonth());
  };
  const reference = [...recent].reverse().find(fits);
  if (!reference) return mention;
  const start = dateOf(reference.start);
  const year = start.getUTCFullYear();
  const month = what === 'month' ? MONTH_NAMES[start.getUTCMonth()] : what === 'year' ? null : MONTH_NAMES.find((name) => name.slice(0, 3).toLowerCase() === what.slice(0, 3));
  if (month === undefined) return mention;
  const period = resolvePeriodWords(month === null ? `in ${year}` : `in ${month} ${year}`, FAR);
  if (!period) return mention;
  const part = partOfMonth(mention.words, period.period);
  return part === undefined ? { ...mention, resolved: period } : part ? { ...mention, resolved: { period: part, deictic: false } } : mention;
}

/**
 * "during those two months", "the two-month total": the last N whole months the text named, when
 * they follow each other ("4,702 in January, followed by 4,262 in February"); else unresolved.
 */
function resolveThoseMonths(mention: PeriodMention, recent: readonly Period[]): PeriodMention {
  const count = COUNTS[(/(\w+)(?:-month| months)/i.exec(mention.words)?.[1] ?? '').toLowerCase()] ?? Number(/(\d+)/.exec(mention.words)?.[1] ?? NaN);
  const months: Period[] = [];
  for (const p of [...recent].reverse()) {
    if (months.length === count) break;
    const next = months.at(-1);
    // Each a whole month, each ending the day before the one after it starts.
    if (!isWholeMonth(p) || (next && p.end !== next.start - 1)) break;
    if (!next || p.start !== next.start) months.push(p);
  }
  if (months.length !== count || count < 2) return mention;
  return { ...mention, resolved: { period: compactPeriod(periodFromDays(months.at(-1)!.start, months[0]!.end)), deictic: false } };
}

/** How many whole calendar months a period spans, or 0 when it does not start and end with one. */
function monthsSpanned(p: Period): number {
  const [start, after] = [new Date(p.start * 86_400_000), new Date((p.end + 1) * 86_400_000)];
  if (start.getUTCDate() !== 1 || after.getUTCDate() !== 1) return 0;
  return (after.getUTCFullYear() - start.getUTCFullYear()) * 12 + after.getUTCMonth() - start.getUTCMonth();
}

function isWholeMonth(p: Period): boolean {
  return monthsSpanned(p) === 1;
}

const PART_OF_MONTH = /^the (first|last) (\w+) (days|weeks) of /i;
const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

/** "the last two weeks of the month" within the month it refers to; undefined when no part is named, null when it cannot be. */
function partOfMonth(words: string, month: Period): Period | null | undefined {
  const part = PART_OF_MONTH.exec(words);
  if (!part) return undefined;
  const count = COUNTS[part[2]!.toLowerCase()] ?? Number(part[2]);
  const days = count * (part[3]!.toLowerCase() === 'weeks' ? 7 : 1);
  if (!(days >= 1) || days > month.end - month.start + 1) return null;
  return part[1]!.toLowerCase() === 'first' ? periodFromDays(month.start, month.start + days - 1) : periodFromDays(month.end - days + 1, month.end);
}

/**
 * "Crossings nearly tripled this year. Figures soared from 2,928 ... to 8,456 ...": a ratio or
 * change that names neither end compares the change the next sentence spells out.
 */
function linkToNextSentence(figures: Building[], sentences: readonly Sentence[]): void {
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

// Dates that name their year resolve without a page date; this stands in for it.
const FAR = parsePeriod('9999-12-31');
const NO_STEMS: ReadonlySet<string> = new Set();
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
/** Kinds of period phrase that can date an event ("on July 1", "in May", "earlier this year"). */
const EVENT_DATE_KINDS = new Set(['date', 'deictic', 'month', 'year', 'since', 'month-pair']);
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date phrase that can date an event, nearest to the event's phrase. */
function nearestDate(periods: readonly PeriodMention[], tokens: readonly Token[], phrase: PhraseMatch, breaks: ReadonlyArray<readonly [number, number]>, length: number, offset: number): PeriodMention | null {
  const phraseStart = tokens[phrase.from]!.start;
  const phraseEnd = tokens[phrase.to - 1]!.end;
  const [clauseStart, clauseEnd] = clauseBounds(breaks, length, phraseStart - offset);
  let best: { p: PeriodMention; distance: number } | null = null;
  for (const p of periods) {
    if (!EVENT_DATE_KINDS.has(p.kind)) continue;
    if (p.kind === 'since' && !/^since\s/i.test(p.words)) continue;
    const inClause = p.start - offset >= clauseStart && p.end - offset <= clauseEnd;
    const distance = (p.start >= phraseEnd ? p.start - phraseEnd : Math.max(0, phraseStart - p.end)) + (inClause ? 0 : 60);
    if (distance > 120) continue;
    if (!best || distance < best.distance) best = { p, distance };
  }
  return best?.p ?? null;
}

/**
 * Words that say a figure counts something that happened to people, not the flow a phrase names:
 * "55 migrants went missing while crossing the Darién Gap", "300 children were found alone after
 * crossing", "50 died crossing". Their count is not the crossings.
 */
export const OTHER_EVENTS = new Set(
  ['deported', 'expelled', 'repatriated', 'died', 'die', 'dead', 'death', 'deaths', 'killed', 'drowned', 'missing', 'disappeared', 'vanished', 'rescued', 'found', 'injured', 'wounded', 'hurt', 'robbed', 'assaulted', 'raped', 'abused', 'kidnapped', 'abducted', 'born', 'hospitalized', 'hospitalised', 'treated', 'sick', 'ill'].map(stem),
);
/** A phrase after one of these ("while crossing", "after crossing") says when, not what is counted. */
export const SUBORDINATE = new Set(['while', 'whilst', 'after', 'before', 'when', 'upon', 'during'].map(stem));
const CONJUNCTIONS = new Set(['and', 'or', 'but']);
const FRAME_WORDS = { otherEvents: OTHER_EVENTS, subordinate: SUBORDINATE };

/**
 * Whether a phrase can say what the figure counts: not when it stands in a clause that only says
 * when ("... while crossing the Darién Gap"), nor when a word between them, or just after the
 * figure, says the figure counts another event ("55 migrants went missing ...").
 */
function phraseCounts(tokens: readonly Token[], phrase: PhraseMatch, figureToken: number, clauseEnd: number, eventful: boolean): boolean {
  if (phrase.from > 0 && SUBORDINATE.has(tokens[phrase.from - 1]!.stem)) return false;
  // Most sentences hold no word of another event: nothing more to look for.
  if (!eventful) return true;
  const [from, to] = phrase.from >= figureToken ? [figureToken, phrase.from] : [phrase.to, figureToken];
  for (let t = from; t < to; t++) if (OTHER_EVENTS.has(tokens[t]!.stem)) return false;
  // The rest of the clause says what happened to them: "1,200 migrants who crossed the Darién have
  // been deported".
  // A second predicate ("arrested six coyotes and rescued 26 victims") is another figure's.
  for (let t = figureToken; t < Math.min(tokens.length, Math.max(Math.min(clauseEnd, figureToken + 12), figureToken + 4)); t++) {
    if (t > figureToken && CONJUNCTIONS.has(tokens[t]!.stem)) break;
    if ((t < phrase.from || t >= phrase.to) && OTHER_EVENTS.has(tokens[t]!.stem)) return false;
  }
  return true;
}

function chooseMetric(
  catalogue: MetricCatalogue,
  phrases: readonly PhraseMatch[],
  tokens: readonly Token[],
  figure: Building,
  figureToken: number,
  afterTokens: readonly string[],
  comparison: boolean,
  context: () => ReadonlySet<string>,
  clauseEnd: number,
  eventful: boolean,
): { metric: Metric; alternatives: Metric[]; phrase: string } | null {
  const scored: Array<{ metric: Metric; phrase: string; score: number }> = [];
  const consider = (metric: Metric, phrase: PhraseMatch, score: number): void => {
    // One word ("boats", "arrested") could be about anywhere: the place must be named nearby.
    if (phrase.words < 2 && !mentionsPlace(catalogue, metric, context())) return;
    // Longer phrases are more specific: "Clan del Gulf network" outranks "arrest" just before.
    scored.push({ metric, phrase: phrase.phrase, score: score - 2 * (phrase.words - 1) });
  };
  for (const phrase of phrases) {
    const metric = phrase.metric;
    if (metric.kind === 'date') continue;
    if (!phraseCounts(tokens, phrase, figureToken, clauseEnd, eventful)) continue;
    const distance = phrase.from >= figureToken ? phrase.from - figureToken : figureToken - phrase.to + 3;
    if (figure.per !== null) {
      // A rate: the rate metric of the flow the sentence names, per the same unit of time.
      if (phrase.perPhrase) continue;
      const rate = metric.kind === 'rate' ? metric : catalogue.rates.get(`${metric.id}|${figure.per}`);
      if (!rate || rate.per !== figure.per) continue;
      if (!unitFits(catalogue, rate, figure.unit, comparison, afterTokens)) continue;
      consider(rate, phrase, distance);
      continue;
    }
    if (phrase.perPhrase) continue;
    if (!unitFits(catalogue, metric, figure.unit, comparison, afterTokens)) continue;
    consider(metric, phrase, distance);
  }
  if (scored.length === 0) return null;
  // Most figures have one candidate: nothing to sort, no alternatives.
  if (scored.length === 1) return { metric: scored[0]!.metric, alternatives: [], phrase: scored[0]!.phrase };
  scored.sort((a, b) => a.score - b.score);
  const best = scored[0]!;
  const alternatives = [...new Set(scored.slice(1).map((s) => s.metric))].filter((metric) => metric !== best.metric);
  return { metric: best.metric, alternatives, phrase: best.phrase };
}

/** Unit, rate basis, default periods, and why a figure cannot be checked. */
const NOW = /^(?:(?:right )?now|currently|at present|these days)$/i;

/** The longest a period can be and still be one day, week, month or year. */
const DAYS_IN: Record<RateUnit, number> = { day: 1, week: 7, month: 31, year: 366 };

function finishQuantity(figure: Building, pageDate: Period | null, catalogue: MetricCatalogue): void {
  const mention = figure.mention!;
  const metric = figure.metric;
  const comparison = figure.comparisonDraft;
  if (comparison && comparison.kind !== 'change') {
    figure.unit = comparison.kind === 'ratio' ? 'times' : comparison.kind === 'percent-change' ? 'percent' : (figure.unit ?? metric?.unit ?? null);
  } else if (figure.unit === null && metric) figure.unit = metric.unit;
  // "In August 2021, 25,904 crossed in a single month": a month's count in its own month is its total.
  if (figure.per !== null && mention.perWords && /\bsingle\b|\bone\b/i.test(mention.perWords) && figure.period && metric?.rateOf && figure.period.end - figure.period.start + 1 <= DAYS_IN[figure.per]) {
    figure.per = null;
    figure.metric = catalogue.metrics.get(metric.rateOf) ?? metric;
  }
  if (figure.per !== null) {
    // A rate with no period is a rate at the time of writing ("are entering ... every month").
    // "about 140 a day now", "on Monday": a rate at a point in time is the rate then, not an average.
    figure.basis = mention.basis ?? (figure.periodMention && !figure.periodMention.pointInTime ? 'average' : 'spot');
    if (figure.basis === 'spot' && figure.periodMention?.kind === 'deictic' && figure.period === null && pageDate) figure.period = pageDate;
  }
  // "about 140 a day now, the minister told reporters this month": now is when she spoke.
  if (figure.spokenAt && figure.periodMention?.kind === 'deictic' && NOW.test(figure.periodMention.words)) {
    figure.period = figure.spokenAt.resolved!.period;
    figure.periodWords = `${figure.periodMention.words} (when it was said, "${figure.spokenAt.words}")`;
  }
  if (mention.part) {
    blame(figure, mention.part);
    return;
  }
  if (figure.aside) {
    figure.metric = null;
    blame(figure, figure.aside);
    return;
  }
  if (figure.retracted) {
    figure.metric = null;
    blame(figure, because('retracted'));
    return;
  }
  // "By January 2025, the daily average had dropped to around 70": a rate or a level is as of
  // the period it is "by", though a count "by January" runs from a start not named.
  const asOf = (figure.periodMention as UntilMention | null)?.asOf;
  if (metric && figure.period === null && asOf && figure.reason === 'period-unresolved' && (figure.per !== null || metric.kind === 'level')) {
    figure.period = asOf;
    blame(figure, null);
  }
  if (figure.problem !== null) return;
  if (!metric) {
    blame(figure, because('no-metric'));
    return;
  }
  if (figure.period === null) {
    const asOfPage = metric.kind === 'level' || metric.kind === 'money' || metric.kind === 'percentage' || (figure.per !== null && figure.basis === 'spot');
    if (asOfPage && !figure.periodMention && figure.boundedBy) {
      blame(figure, because('period-unresolved', { words: figure.boundedBy.words }));
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
}
