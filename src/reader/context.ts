/**
 * What a sentence is read with: the text's title and places (startText), the state carried from
 * one sentence to the next (TextState), and each sentence's context (sentenceContext): its tokens,
 * catalogue phrases, period phrases resolved against what came before, the sentence before, and
 * the readings worked out once and on demand (tags, clause breaks, attribution, place words).
 */
import type { SectionRate } from './section-rate.js';
import { calendarYearOf, isNewYearsDay, yearOfDay, type Period } from '../model/period.js';
import type { Metric } from '../model/types.js';
import { LineIndex } from '../text/lines.js';
import { excerpt } from '../text/excerpt.js';
import type { MaskedText } from '../text/markdown.js';
import { findPeriods, type PeriodMention } from '../text/periods.js';
import type { Sentence } from '../text/sentences.js';
import { TableContext } from './tables.js';
import { framesOf, placesAtHand, type CatalogueFrames, type FrameContext, type Frame, type PlaceIndex, type SentenceTags } from './frames.js';
import { titleCounterOf, type TitleCounter } from './counters.js';
import { matchPhrases, placeKey, tokenize, type MetricCatalogue, type PhraseMatch, type Token } from '../drafts/metrics.js';
import type { DraftFigure, ReadOptions, Building } from './record.js';
import { namesYear, resolveInSentence } from './resolve-period.js';
import { withoutCompounds } from './compound-heads.js';
import { clauseBreaks } from './clauses.js';
import { attributionOf } from './attribution.js';
import { EN } from './lexicon/en.js';
import { keyed } from '../text/keyed.js';
import { cut } from '../text/one-byte.js';

/** What a sentence is read with: the text around it, and what is worked out once and on demand. */
export interface SentenceContext {
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
  /** Whom a pronoun that opens this sentence stands for: the nearest sentence before that opened with no pronoun (TextState). */
  readonly referent: Previous | null;
  readonly before: Previous | null;
  /** An interview's answer ("A: About 520,085."): it takes its question's period, and the text's flow with none of its own. */
  readonly answers: boolean;
  readonly topic: Metric | null;
  /** The country whose agency's count the text's title names ("Migración Colombia advirtió …"), and the country it places the flow in, if any (counters.ts). */
  readonly titleCounter: TitleCounter;
  /** The text's first phrase that counts the year so far, up to this sentence (TextState). */
  readonly countsSoFar: string | null;
  /** The year the text last called a record, before this sentence ("the record" a change is made from). */
  readonly recordYear: Period | null;
  readonly earlier: readonly Building[];
  stems(): ReadonlySet<string>;
  tags(): SentenceTags;
  breaks(): ReadonlyArray<readonly [number, number]>;
  attribution(): string[];
  /** Place words of the sentence, the one before and the title. */
  context(): ReadonlySet<string>;
}

/** How far back, in paragraphs, the one a pronoun stands for may have been named. */
const REFERENT_REACH = 3;

interface Previous {
  readonly sentence: Sentence;
  /** The catalogue's events the sentence told (their phrases, dated or not): what "The handover" opening the next one means. */
  readonly told?: () => readonly Metric[];
  readonly figures: Building[];
  readonly periods: PeriodMention[];
  /**
   * The periods a month without its year in the next sentence may take its year from: this
   * sentence's, or, when it names none and refers back, those the sentence before in its paragraph
   * had ("In 2021 the trickle became a river. … That meant about 550 a day. August alone brought 25,332").
   */
  readonly named: PeriodMention[];
  /** The stems that place the next sentence: none for a sentence with no figure or date. */
  readonly stems: () => ReadonlySet<string>;
  /** Every word's stem, for whom a pronoun of the next sentence stands. */
  readonly words: () => ReadonlySet<string>;
}

/** What stays from one sentence to the next while a text is read. */
export interface TextState {
  readonly text: string;
  readonly m: string;
  readonly lines: LineIndex;
  readonly options: ReadOptions;
  readonly frames: CatalogueFrames;
  readonly frameContext: { recentPlaces: Frame[]; farPlaces?: Frame[]; countedFrames?: Set<Frame>; turn?: boolean; turnParagraph?: number; placeParagraph?: Map<Frame, number>; readonly titlePlaces: ReadonlySet<Frame> };
  readonly placeIndex: PlaceIndex;
  readonly titleStems: ReadonlySet<string>;
  /** The one year the title names ("how 2021 became the Darién's record year"), else null. */
  readonly titleYear: number | null;
  /** The year the text last called a record ("In 2023 … 520,085, the record"), for "the record year". */
  recordYear?: Period;
  /** Periods named so far, newest last; emptied by a phrase that could not be resolved. */
  recent: Period[];
  /** Every figure read so far, in order: what a comparison between vague periods looks back to. */
  readonly earlier: Building[];
  /** Every span of time read so far ("nine days"), in order (durations.ts). */
  readonly durations: DraftFigure[];
  previous: Previous | null;
  /**
   * The last sentence that did not open with a pronoun ("He", "She"), within REFERENT_REACH
   * paragraphs: "Mulino … won the presidency. He took 34 percent of the vote. Since his election on
   * May 26, …": the "his" is Mulino's, named two sentences back.
   */
  referent: Previous | null;
  /** The last sentence with a figure read as a catalogue metric: what "That works out to …" may mean. */
  counted: Previous | null;
  /** The country whose agency's count the title names, and the country it places the flow in (counters.ts). */
  readonly titleCounter: TitleCounter;
  /** The unit of time the last heading gave its section ("## Per day, on average"), if any. */
  section: SectionRate | null;
  /** The last heading read: a section that opens after the last counted sentence is not its continuation. */
  heading: Sentence | null;
  /** The year the last heading names, its only period ("## 2022, de cerca"): the year of its section's months. */
  headingYear: PeriodMention | null;
  /** The year a bold label opens a paragraph with ("**2024: 302,203.** …"), and that paragraph: the year of its months. */
  labelYear?: { readonly year: PeriodMention; readonly paragraph: number } | null;
  /**
   * "These were the months of 2021: ⏎| January | 1,071 |": the one year the prose just before a table
   * named, which its rows' months are of (tableYears, by table), as a heading's are.
   */
  proseYear: PeriodMention | null;
  readonly tableYears: Map<number, PeriodMention | null>;
  /**
   * The year over the last table read: the prose right after it goes on in that year, sentence by
   * sentence, until one names no month (read.ts, noteProseYear).
   */
  afterTable: PeriodMention | null;
  /** The flow the text was last counting: what "the 2023 figure" or "the count" means. */
  topic: Metric | null;
  /** Header rows and row labels of the tables read so far. */
  readonly tables: TableContext;
  /**
   * The first phrase of the title or text that counts the year so far ("so far this year", "en lo
   * que va del año"): a text that counts that way means its running totals "as of" a day from
   * January 1 of that day's year (finish.ts).
   */
  countsSoFar: string | null;
}

/**
 * A story's lead says what it is about as a headline does: in a copy with no headline (wire copy
 * reprinted without one is common) or one that names no place ("Panamá registra récord de
 * migrantes"), the first paragraph of prose names the story's place ("El
 * paso de migrantes por la selva del Darién creció …" places a later "al cruzar 16.632 personas").
 */
function leadPlaces(m: string, sentences: readonly Sentence[], title: Sentence | null, frames: CatalogueFrames): ReadonlySet<Frame> {
  const lead = sentences.find((s) => s !== title && !s.heading && !DATELINE.test(cut(m, s.start, s.end)));
  if (!lead) return new Set();
  const end = sentences.filter((s) => s.paragraph === lead.paragraph).at(-1)!.end;
  return frames.placesOf(cut(m, lead.start, end)).in(0, end - lead.start);
}

/** The title and the places it names: where a draft names its place once ("Darién crossings fall"). */
export function startText(text: string, masked: MaskedText, sentences: readonly Sentence[], lines: LineIndex, options: ReadOptions): TextState {
  const m = masked.masked;
  // A plain text's title is its first line that does not end like a sentence, past a dateline
  // ("Published: 2024-07-18") or byline that may come first.
  const first = sentences.slice(0, 3).find((s) => !DATELINE.test(cut(m, s.start, s.end)));
  const title =
    sentences.find((s) => s.heading) ??
    (options.hardLineBreaks && first && first.paragraph <= 2 && !/[.!?:]["”’)]*$/.test(cut(m, first.start, first.end)) ? first : null);
  const titleStems = new Set(title ? tokenize(m, title.start, title.end).map((t) => t.stem) : []);
  const frontTitle = masked.frontMatter.fields.get('title')?.value;
  if (frontTitle) for (const t of tokenize(frontTitle, 0, frontTitle.length)) titleStems.add(t.stem);
  const frames = framesOf(options.catalogue);
  const titlePlaces = new Set<Frame>(title ? frames.placesOf(cut(m, title.start, title.end)).in(0, title.end - title.start) : []);
  if (frontTitle) for (const frame of frames.placesOf(frontTitle).in(0, frontTitle.length)) titlePlaces.add(frame);
  const body = sentences.filter((s) => s.start >= masked.frontMatter.end);
  if (titlePlaces.size === 0) for (const frame of leadPlaces(m, body, title, frames)) titlePlaces.add(frame);
  const titleText = `${title ? cut(m, title.start, title.end) : ''}\n${frontTitle ?? ''}`;
  return { text, m, lines, options, frames, frameContext: { recentPlaces: [], titlePlaces }, placeIndex: frames.placesOf(m), titleStems, titleYear: titleYearOf(titleText), recent: [], earlier: [], durations: [], previous: null, referent: null, counted: null, section: null, heading: null, headingYear: null, proseYear: null, tableYears: new Map(), afterTable: null, topic: null, tables: new TableContext(), countsSoFar: soFarInTitle(frontTitle, options), titleCounter: titleCounterOf(titleText) };
}

/**
 * The one year a title names ("how 2021 became the Darién's record year"), or null for none or
 * several, or for a title about the year it is written in that names another only to compare
 * ("cruce de migrantes en el Darién este año superará al de 2023").
 */
function titleYearOf(title: string): number | null {
  const years = new Set(title.match(/\b(?:19|20)\d\d\b/g) ?? []);
  return years.size === 1 && !THIS_YEAR_COMPARED.test(title) ? Number([...years][0]) : null;
}
const THIS_YEAR_COMPARED = /\b(?:this year|so far|este año|en lo que va)\b/iu;

/**
 * "In August 2021, 25,332 crossed. ⏎⏎ In September, 25,505": a month named with its year in the
 * paragraph just before goes on in that year for a month said without one, as within a paragraph;
 * drafts set one sentence a paragraph. Only months with their year: a year alone, or a month read
 * against the page, says too little across a paragraph break.
 */
function orMonthsBefore(over: PeriodMention[], previous: Previous | null): PeriodMention[] {
  if (over.length > 0 || !previous || previous.sentence.heading) return over;
  return previous.named.filter((p) => (p.kind === 'month' || p.kind === 'month-pair') && !p.relative && p.resolved);
}

export function sentenceContext(state: TextState, sentence: Sentence, body: string, own: PeriodMention[], placesNamed: ReadonlySet<Frame>): SentenceContext {
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
  // A sentence continues the one before in its paragraph, or, when it opens by referring back
  // ("That is an average of about 680 a day"), the one before it whatever the paragraph; so does
  // one that gives "the figure" another value ("Mulino put the figure at 511,103").
  // An interview's answer ("A: About 520,085.") takes its question's period (attach-period.ts).
  const answers = ANSWER.test(cut(m, sentence.start, sentence.start + 12));
  const before = prior ?? (previous && (REFERS_BACK.test(body) || PUTS_THE_FIGURE.test(body)) ? referredTo(state, sentence) : null);
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
    phrases: withoutCompounds(matchPhrases(options.catalogue, tokens), tokens),
    // "… in 2023 during the Biden administration. But just 10 … in June": a sentence that opens by
    // turning against the one before takes no year from it.
    // "## 2022, de cerca / - Enero y febrero: 4.702 y 4.262": a paragraph's first sentence takes a
    // year for its months from the heading over its section, as from a sentence before it.
    periods: theRecordYear(resolveInSentence(own, CONTRAST_OPENS.test(body) ? [] : (labelledYear(state, prior, sentence, own) ?? prior?.named ?? orMonthsBefore(yearOver(state, sentence), previous)), before && before !== prior ? withReferred(state.recent, before) : state.recent, m, options.pageDate, state.titleYear, (prior ?? before)?.periods ?? []), state.recordYear),
    prior,
    previous,
    referent: state.referent && sentence.paragraph - state.referent.sentence.paragraph <= REFERENT_REACH ? state.referent : null,
    before,
    answers,
    topic: state.topic,
    titleCounter: state.titleCounter,
    countsSoFar: state.countsSoFar,
    recordYear: state.recordYear ?? null,
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
export function quoteOf(ctx: SentenceContext, start: number, end: number): string {
  if (ctx.options.purpose !== 'lint') return ctx.quote;
  return excerpt(ctx.quote, start - ctx.sentence.start, end - ctx.sentence.start);
}

/**
 * "so far this year", "en lo que va de 2024": a phrase that counts the year so far ("this year"
 * alone may be said of anything); so does a span from January 1 to now ("since January 1", "en lo
 * que va de enero"), which is the year so far in other words.
 */
export const countsSoFar = (p: PeriodMention): boolean => p.kind === 'so-far' || (p.since && p.resolved !== null && isNewYearsDay(p.resolved.period.start));

/**
 * The front matter's title, when it counts the year so far ("… have crossed so far this year"),
 * read by the same period rules as the text's sentences (a heading is one of them).
 */
function soFarInTitle(title: string | undefined, options: ReadOptions): string | null {
  return title ? (findPeriods(title, options.pageDate, 0, title.length, options.language).find(countsSoFar)?.words ?? null) : null;
}

/**
 * "… just over three thousand crossed last year. / At the pace of 2023, that many would have come
 * through in two days. / That works out to about eight a day across the whole year": the periods
 * of what a sentence refers back to are the newest it can mean, whatever was named since.
 */
function withReferred(recent: readonly Period[], before: Previous): readonly Period[] {
  const periods = before.figures.filter((f) => f.kind === 'quantity' && f.period && f.periodMention).map((f) => f.period!);
  return periods.length === 0 ? recent : [...recent, ...periods];
}

/**
 * What a sentence that refers back refers to: the sentence before, unless that one counted nothing
 * ("Some 20,519 crossed in July. / July was Mulino's first full month. / That works out to 760 a
 * day."); then the last sentence that did, in its paragraph or the one before.
 */
function referredTo(state: TextState, sentence: Sentence): Previous | null {
  const { previous, counted } = state;
  // A sentence that counted something else ("… left on Aug. 20 with 29 Colombians aboard") is
  // what "That is a fraction of …" refers to, whether or not the catalogue counts it.
  if (!previous || previous.figures.some((f) => f.kind === 'quantity') || !counted) return previous;
  // "In May, some 3,900 crossed. … ## August … The count jumped to 25,332": a heading since opens
  // another section; "the count" is of the heading's period, not the last one counted.
  if (state.heading && state.heading.start > counted.sentence.start) return previous;
  return sentence.paragraph - counted.sentence.paragraph <= COUNTED_REACH ? counted : previous;
}
/** The year over a sentence's months: its table's, else its section heading's (TextState.tableYears, headingYear). */
function yearOver(state: TextState, sentence: Sentence): PeriodMention[] {
  // "| October | 25,904 |⏎August, September and October together made up …": the prose right after
  // a table goes on in the table's year.
  const year = (sentence.cell ? state.tableYears.get(sentence.cell.table) : state.afterTable) ?? state.headingYear;
  return year ? [year] : [];
}

/**
 * "**2024: 302,203.** The first drop in four years. / Mulino took office on July 1 … / July alone
 * brought 20,519": a paragraph that opens with a bold year, as a timeline's entry does, is of that
 * year; a sentence in it whose sentence before names no year takes the label's for its months.
 */
function labelledYear(state: TextState, prior: Previous | null, sentence: Sentence, own: readonly PeriodMention[]): PeriodMention[] | null {
  if (!prior) {
    const year = YEAR_LABEL_OPENS.test(cut(state.m, sentence.start, sentence.start + 12)) ? own.find((p) => p.kind === 'year' && p.start - sentence.start <= 6) : undefined;
    state.labelYear = year ? { year, paragraph: sentence.paragraph } : null;
    return null;
  }
  // Only a label of another year than the page's: the page's own is what its months are read in anyway.
  const label = state.labelYear?.paragraph === sentence.paragraph ? state.labelYear.year : null;
  const pageYear = state.options.pageDate ? yearOfDay(state.options.pageDate.end) : null;
  return label?.resolved && yearOfDay(label.resolved.period.start) !== pageYear && !prior.named.some(namesYear) ? [label] : null;
}
const YEAR_LABEL_OPENS = /^[\s>-]*(?:\*\*|__)\s*(?:19|20)\d\d\b/;

/** What a sentence leaves for the year of a month without one in the next (see Previous.named). */
export function namedPeriods(state: TextState, sentence: Sentence, periods: PeriodMention[], body: string): PeriodMention[] {
  if (periods.length > 0) return periods;
  // Only through a sentence that points back ("That meant about 550 a day"): "The flow has not
  // eased since. In January, 4,702 crossed" has turned to the page's time.
  const { previous } = state;
  return previous && previous.sentence.paragraph === sentence.paragraph && POINTS_BACK.test(body) ? previous.named : [];
}
const POINTS_BACK = EN.pattern('points-back');

/** How many paragraphs back "That …" may reach past sentences that counted nothing. */
const COUNTED_REACH = 2;

/** Words that open a sentence about the one before: "That is an average of ...", "That pace, ...". */
export const REFERS_BACK = EN.pattern('refers-back');
const CONTRAST_OPENS = EN.pattern('contrast-opens');

const PUTS_THE_FIGURE = EN.pattern('puts-the-figure');
/**
 * "A:", "**R:**", "**R.**": an interview's or a quiz's answer, in English or Spanish. "A." and "R."
 * only in bold: bare, they open a name ("A. Pérez said").
 */
const ANSWER = /^\s*(?:(?:\*\*|__)?[AR](?:\*\*|__)?:|(?:\*\*|__)[AR](?:\*\*|__)?\.|(?:\*\*|__)[AR]\.(?:\*\*|__))(?:\*\*|__)?\s/;
const DATELINE = EN.pattern('dateline');
export const NO_STEMS: ReadonlySet<string> = new Set();

/**
 * "In the record year", "en el año récord": the year the text last called a record, not the last
 * year it named; left as "that year" resolved it when the text called none a record. Read in a
 * sentence with no figure too: "¿Cuántas al día, en aquel año récord?" names the period its answer takes.
 */
export function theRecordYear(periods: PeriodMention[], recordYear: Period | undefined): PeriodMention[] {
  if (!periods.some((p) => RECORD_YEAR.test(p.glossed ?? p.words))) return periods;
  // With no year called a record, "that record year" points back to the last year named, as "that
  // year" does; "the record year" may be any: unresolved, never guessed.
  return periods.map((p) => {
    if (!RECORD_YEAR.test(p.glossed ?? p.words)) return p;
    if (recordYear) return { ...p, borrowed: true, resolved: { period: recordYear, deictic: false } };
    return DEMONSTRATIVE.test(p.words) ? p : { ...p, resolved: null };
  });
}
const RECORD_YEAR = /\b(?:record|peak|busiest) year\b/i;
const DEMONSTRATIVE = /^(?:(?:in|during|for|over|en|durante)\s+)?(?:that|this|ese|aquel|este)\b/i;

/** "En 2023 habían sido 520.085, el récord absoluto": the one whole year a sentence calls a record. */
export function recordYearOf(own: readonly PeriodMention[], body: string, m: string): Period | undefined {
  // "about a quarter of the 2023 record", "below the 2023 record", "el récord de 2023": a year
  // named as the record is the record year, whatever else the sentence names or measures from it.
  const named = NAMED_RECORD.exec(body);
  const year = named ? own.find((p) => p.resolved && calendarYearOf(p.resolved.period) === Number(named[1] ?? named[2] ?? named[3])) : undefined;
  if (year) return year.resolved!.period;
  if (!RECORD_WORD.test(body)) return undefined;
  const years = own.filter((p) => p.resolved && !p.sameAs && calendarYearOf(p.resolved.period) !== null);
  // "2023 fue el año récord, con 520.085, frente a 248.284 en 2022": the year the sentence says is
  // the record year, however many others it names.
  const record = own.find((p) => RECORD_YEAR.test(p.glossed ?? p.words));
  const called = record ? years.find((p) => p.end <= record.start && IS_THE_RECORD.test(cut(m, p.end, record.start))) : undefined;
  if (called) return called.resolved!.period;
  // "en 2024 cruzaron 200.000 menos que en el año récord": a year set beside the record year is not it.
  if (record) return undefined;
  return years.length === 1 && !RECORD_YEAR.test(years[0]!.glossed ?? years[0]!.words) ? years[0]!.resolved!.period : undefined;
}
const IS_THE_RECORD = EN.pattern('is-the-record-between');
const NAMED_RECORD = EN.pattern('named-record-year');
const RECORD_WORD = keyed(EN.pattern('record-word'), /record|récord|all-time high|máximo histórico/iu);
