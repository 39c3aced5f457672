/**
 * Attach stage, metrics: what each figure counts. A catalogue phrase in its clause, else the
 * frames (src/reader/frame-metric.ts), else context (src/reader/metric-context.ts). A figure that
 * counts another event ("55 went missing while crossing") takes none.
 */
import type { Metric } from '../model/types.js';
import { lowerBound } from '../model/ordered.js';
import { contrasted, frameMetric, otherEventAt, otherEventBefore, ownNoun, withinSubordinate, type FrameFigure } from './frame-metric.js';
import type { Frame } from './frames.js';
import { GENERIC_PEOPLE, mentionsPlace, stem, unitFits, type PhraseMatch, type Token } from '../drafts/metrics.js';
import { type SentenceContext, REFERS_BACK } from './context.js';
import type { Building, MetricFallback, MetricReading } from './record.js';
import { continuesPrior, inheritMetric, TALLY, PRONOUN_BEFORE, TALLY_JUST_BEFORE, topicMetric, labelledItem, changesOtherCount, SUBJECT_OF } from './metric-context.js';
import { clauseEndToken } from './clauses.js';
import { EN } from './lexicon/en.js';
import { clauseBounds } from './clauses.js';
import { cut } from '../text/one-byte.js';

/** Where each figure stands among the sentence's tokens, and the words just after it. */
function figurePlaces(ctx: SentenceContext, built: readonly Building[]): { tokenOf: number[]; after: string[][]; own: number[] } {
  const tokenOf: number[] = [];
  const after: string[][] = [];
  const own: number[] = [];
  const { tokens, m } = ctx;
  for (let i = 0; i < built.length; i++) {
    const figure = built[i]!;
    const mention = figure.mention!;
    const position = tokens.findIndex((t) => t.start >= mention.numberStart);
    const figureToken = position < 0 ? tokens.length : position;
    const words: string[] = [];
    let ownWords = -1;
    // "with more than half a million, more than triple the year before": the next figure's words
    // are its own, not this one's.
    const nextStart = built[i + 1]?.start ?? Number.POSITIVE_INFINITY;
    for (let t = figureToken, end = mention.end; t < tokens.length && words.length < 6; t++) {
      const token = tokens[t]!;
      if (token.start < mention.end) continue;
      if (token.start >= nextStart) break;
      if (ownWords < 0 && CLAUSE_PUNCTUATION.test(cut(m, end, token.start))) ownWords = words.length;
      words.push(cut(m, token.start, token.end));
      end = token.end;
    }
    tokenOf.push(figureToken);
    after.push(words);
    own.push(ownWords < 0 ? words.length : ownWords);
  }
  // "tres y cuatro viajes al día", "three or four trips": a pair of numbers shares the noun after the second.
  for (let i = built.length - 2; i >= 0; i--) {
    // Not past a comma: "at 25,904, or close to 1,200 a day" gives a second figure, no pair.
    // Nor a noun past the second's comma: "4,702 and 4,262, add up to 8,964" names none.
    if (PAIR_JOIN.test(cut(m, built[i]!.end, built[i + 1]!.start)) && !built[i + 1]!.mention!.change && own[i + 1]! > 0) [after[i], own[i]] = [after[i + 1]!, own[i + 1]!];
  }
  return { tokenOf, after, own };
}
const PAIR_JOIN = EN.pattern('pair-join-between');

// "248.284, según datos del gobierno": past a clause's punctuation, a noun is not the figure's own
// ("datos" is the source's).
const CLAUSE_PUNCTUATION = /[,;:()\u2013\u2014]/;

/** The offsets of a sentence's commas, colons and semicolons. */
function punctuationOf(body: string): number[] {
  const cuts: number[] = [];
  PUNCTUATION.lastIndex = 0;
  for (let found = PUNCTUATION.exec(body); found !== null; found = PUNCTUATION.exec(body)) cuts.push(found.index);
  return cuts;
}
const PUNCTUATION = /[,;:]/g;


/**
 * "Crossings in 2022 reached 24,828, a level the industry treated as its floor": a noun phrase
 * after the figure's comma that runs to the sentence's end comments on the figure; its words
 * ("treated") say nothing of what happened to what the figure counts. The token the figure's
 * clause then ends at, or the sentence's end. (Each figure looks at a few characters and the
 * sentence's last comma only: a sentence of thousands of figures stays linear.)
 */
function commentEnd(ctx: SentenceContext, figure: Building, layout: SentenceLayout): number {
  if (!COMMENT_AFTER.test(cut(ctx.m, figure.end, figure.end + 12))) return ctx.tokens.length;
  const comma = ctx.body.indexOf(',', figure.end - ctx.sentence.start);
  if (comma < 0 || layout.cuts[layout.cuts.length - 1]! > comma) return ctx.tokens.length;
  return lowerBound(layout.starts, figure.end);
}

/** The first token after the last comma, colon or semicolon before the figure in its sentence. */
function commaClauseStart(ctx: SentenceContext, at: number, layout: SentenceLayout): number {
  const cut = lowerBound(layout.cuts, at - ctx.sentence.start);
  return cut === 0 ? 0 : lowerBound(layout.starts, ctx.sentence.start + layout.cuts[cut - 1]! + 1);
}

/**
 * Where a sentence's tokens start and its punctuation stands, for binary searches by offset; found
 * once for all its figures, and only if one of them asks.
 */
class SentenceLayout {
  private startsFound: number[] | null = null;
  private cutsFound: number[] | null = null;
  constructor(private readonly tokens: readonly Token[], private readonly body: string) {}
  get starts(): readonly number[] {
    return (this.startsFound ??= this.tokens.map((t) => t.start));
  }
  get cuts(): readonly number[] {
    return (this.cutsFound ??= punctuationOf(this.body));
  }
}

/** Where a figure stands in its sentence: what the metric is read with. */
interface MetricSite extends FrameFigure {
  /** Whether some figure of the sentence says what it counts, so none continues the sentence before. */
  readonly namesItsOwn: boolean;
}

/**
 * Metrics: a catalogue phrase, else the frames, else what the text was counting ("the 2023
 * figure"), else the sentence before. A comparison's own reading waits for its subject (the
 * fallback returned is used only if it has none).
 */
export function attachMetrics(ctx: SentenceContext, built: readonly Building[]): MetricFallback {
  const { tokens, body } = ctx;
  const { tokenOf, after, own } = figurePlaces(ctx, built);
  // "In 2023, Panama registered 520,085 crossings, up from 248,284 in 2022": the sentence says
  // what it counts ("crossings"), though no phrase of the catalogue names it; none of its figures
  // continues the sentence before. A comparison's words ("9,000 fewer than") say how it compares.
  const namesItsOwn = after.some((words, i) => !built[i]!.mention!.part && !built[i]!.mention!.change && !continuesPrior(commented(ctx, built[i]!, own[i]!) ? [] : words.slice(0, own[i]), built[i]!.per));
  const fallback: MetricFallback = new Map();
  // Does the sentence hold a word of another event ("died", "deported")? Most do not.
  const eventful = tokens.some((_, t) => otherEventAt(OTHER_EVENTS, tokens, t));
  const layout = new SentenceLayout(tokens, body);
  for (let i = 0; i < built.length; i++) {
    const figure = built[i]!;
    const mention = figure.mention!;
    if (mention.part) continue;
    // The figure's clause, up to the next figure: "six coyotes and rescued 26 victims" has two.
    const clauseEnd = Math.min(clauseEndToken(tokens, ctx.breaks(), body.length, ctx.sentence.start, mention.start), tokenOf[i + 1] ?? tokens.length, commentEnd(ctx, figure, layout));
    const site: MetricSite = { token: tokenOf[i]!, after: after[i]!, own: after[i]!.slice(0, own[i]), unit: figure.unit, per: figure.per, comparison: mention.change !== null, clauseStart: () => commaClauseStart(ctx, mention.start, layout), clauseEnd, eventful, namesItsOwn };
    readMetric(ctx, figure, site, fallback, built.slice(0, i));
  }
  for (const figure of built) if (figure.metric?.kind === 'rate' && figure.per === null) figure.per = figure.metric.per;
  rateOfTheCountBefore(ctx, built);
  listedAfter(ctx, built, own);
  pairedWithNouns(ctx, built);
  return fallback;
}

/**
 * "El récord anterior, el de 2021, se quedó en 133.726 personas, unos 540 al día": a rate set right
 * after a count by a comma (the lexicon's `count-apposed-before`) is that count's flow per its unit,
 * however the count was read.
 */
function rateOfTheCountBefore(ctx: SentenceContext, built: readonly Building[]): void {
  for (let i = 1; i < built.length; i++) {
    const [count, rate] = [built[i - 1]!, built[i]!];
    if (rate.metric || rate.per === null || rate.mention!.change || count.per !== null || count.metric?.kind !== 'flow') continue;
    if (!COUNT_APPOSED_BEFORE.test(cut(ctx.m, Math.max(count.start, rate.start - 40), rate.start))) continue;
    const metric = ctx.catalogue.rates.get(`${count.metric.id}|${rate.per}`);
    if (!metric) continue;
    Object.assign(rate, { metric, metricFrom: count.metricFrom === 'sentence' ? 'sentence' : 'context', phrase: count.phrase });
  }
}
const COUNT_APPOSED_BEFORE = EN.pattern('count-apposed-before');

/**
 * "**16 and 32**: the boats and motors the U.S. handed over": figures listed tightly, all read as
 * the first noun's, then as many catalogue nouns listed in the same way after them: each figure
 * counts the noun in its place, as "respectively" would say.
 */
function pairedWithNouns(ctx: SentenceContext, built: readonly Building[]): void {
  const figures = built.filter((f) => f.kind === 'quantity' && !f.mention!.part && !f.mention!.change);
  const first = figures[0]?.metric;
  if (figures.length < 2 || figures.length !== built.length || !first || figures.some((f) => f.metric !== first)) return;
  for (let i = 1; i < figures.length; i++) if (!LIST_JOINER.test(cut(ctx.m, figures[i - 1]!.end, figures[i]!.start))) return;
  const last = figures.at(-1)!;
  const named: PhraseMatch[] = [];
  for (const phrase of ctx.phrases) {
    if (ctx.tokens[phrase.from]!.start < last.end || phrase.metric.kind !== first.kind || named.some((p) => p.metric === phrase.metric)) continue;
    named.push(phrase);
  }
  named.sort((a, b) => a.from - b.from);
  if (named.length !== figures.length || named[0]!.metric !== first) return;
  // The nouns joined as the figures are: "the boats and motors", "boats, motors and buses".
  for (let i = 1; i < named.length; i++) if (!NOUN_JOINER.test(cut(ctx.m, ctx.tokens[named[i - 1]!.to - 1]!.end, ctx.tokens[named[i]!.from]!.start))) return;
  figures.forEach((figure, i) => Object.assign(figure, { metric: named[i]!.metric, phrase: named[i]!.phrase, alternatives: [] }));
}
const NOUN_JOINER = /^\s*(?:,\s*(?:and\s+|y\s+)?|and\s+|y\s+|&\s+)(?:(?:the|its|their|los|las|sus)\s+)?$/i;

/**
 * "monthly counts for January and February 2022, 4,702 and 4,262, add up to 8,964": a figure
 * listed tightly after another ("and", a comma), naming nothing of its own, counts what the one
 * before it counts, whatever words follow the list.
 */
function listedAfter(ctx: SentenceContext, built: readonly Building[], own: readonly number[]): void {
  for (let i = 1; i < built.length; i++) {
    const [before, figure] = [built[i - 1]!, built[i]!];
    if (figure.metric || !before.metric || own[i] !== 0 || figure.mention!.part || figure.mention!.change || before.mention!.change) continue;
    if (figure.unit !== before.unit || figure.per !== before.per || !LIST_JOINER.test(cut(ctx.m, before.end, figure.start))) continue;
    Object.assign(figure, { metric: before.metric, metricFrom: before.metricFrom, phrase: before.phrase });
  }
}
const LIST_JOINER = EN.pattern('list-joiner');
const PERSONS_OWN_BEFORE = EN.pattern('persons-own-before');
const PERSONS_OWN_AFTER = EN.pattern('persons-own-after');

/** One figure's metric, from the first reading that gives one, nearest first. */
function readMetric(ctx: SentenceContext, figure: Building, site: MetricSite, fallback: MetricFallback, earlier: readonly Building[]): void {
  // "about one in eight of the 4.06 million people counted in Panama's 2023 census": a population,
  // whatever the sentence says was counted or crossed.
  if (!site.comparison && (POPULATION_AFTER.test(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 60))) || POPULATION_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 40), figure.start)))) return;
  const chosen = ownNounOverClauseBefore(ctx, figure, site, chooseMetric(ctx, figure, site));
  // "he will keep two of his four boats running", "a father of three": someone's own things or
  // children, no catalogue count of a single event (the boats the U.S. handed over).
  if (chosen?.metric.once && (PERSONS_OWN_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 24), figure.start)) || PERSONS_OWN_AFTER.test(cut(ctx.m, figure.end, figure.end + 16)))) return;
  if (chosen) {
    figure.metric = chosen.metric;
    figure.alternatives = chosen.alternatives;
    figure.phrase = chosen.phrase;
    figure.metricFrom = 'sentence';
    return;
  }
  // "300 almuerzos diarios; hoy, cuando mucho, veinte": the noun said once, for both; none of the catalogue's.
  const elidedAfter = earlier.at(-1);
  if (elidedAfter && !elidedAfter.metric && ELIDED_COUNT_BETWEEN.test(cut(ctx.m, elidedAfter.end, figure.start))) return;
  const framed = frameMetric(ctx.catalogue, ctx.frames.list, ctx.tags(), ctx.frameContext, ctx.tokens, site, FRAME_WORDS);
  if (site.comparison) {
    const reading = comparisonFallback(ctx, figure, framed);
    if (reading) fallback.set(figure, reading);
    return;
  }
  if (framed) {
    figure.metric = framed.metric;
    figure.phrase = `the words of its frame${framed.placeFrom === 'sentence' ? '' : `, the place from the ${framed.placeFrom}`}`;
    figure.metricFrom = framed.placeFrom === 'sentence' ? 'sentence' : 'context';
    // "244,243 cruces": the frame's own noun for what it counts, right after the figure (not a page
    // footer's "312 · Unit 3: Population and Movement", framed by a word far from it).
    const noun = ownNoun(ctx.catalogue, site.own);
    figure.ownNounFramed = noun !== null && ctx.frames.list.some((frame) => (frame.metric === framed.metric || frame.metric.id === framed.metric.rateOf) && frame.counts.has(noun));
    return;
  }
  // "dividing each year's total by its number of days, 366 for 2024": a figure that counts units of time.
  if (TIME_COUNT_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 40), figure.start))) return;
  if (fromSameFigureBefore(ctx, figure) || fromProVerb(ctx, figure, earlier) || fromTally(ctx, figure, site) || fromListItem(ctx, figure, site) || rateOfCountBefore(ctx, figure, earlier)) return;
  if (!fromSentenceBefore(ctx, figure, site, earlier)) fromTopic(ctx, figure, site);
}

/**
 * "February's 4,262 entries work out to about 152 a week": a rate worked out from a count just
 * before it in its sentence is that count's flow, per its unit. Read from context: it can warn,
 * never fail.
 */
function rateOfCountBefore(ctx: SentenceContext, figure: Building, earlier: readonly Building[]): boolean {
  if (figure.per === null || !WORKED_OUT_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 40), figure.start))) return false;
  const count = [...earlier].reverse().find((f) => f.kind === 'quantity' && f.metric && f.per === null && !f.mention?.change);
  const rate = count ? ctx.catalogue.rates.get(`${count.metric!.id}|${figure.per}`) : undefined;
  if (!rate) return false;
  Object.assign(figure, { metric: rate, metricFrom: 'context', phrase: `the rate of the count "${count!.text}" before it` });
  return true;
}
const WORKED_OUT_BEFORE = /\b(?:works?|worked|working)\s+out\s+(?:to|at)\s+(?:(?:about|some|nearly|roughly|around|almost|just over|just under)\s+)?$|\b(?:equivale|equivalen|equivalía|equivalían)\s+a\s+(?:(?:unas?|unos|casi|cerca\s+de|alrededor\s+de)\s+)?$/i;

/**
 * "The busiest months of 2021 were September and October, at 25,505 and 25,904": a bare figure
 * with a period, in a sentence that names nothing it counts, in a text that has been counting one
 * flow, is a figure of that flow. Taken from context, so lint can warn about it, never fail.
 */
function fromTopic(ctx: SentenceContext, figure: Building, site: MetricSite): void {
  // Another figure of the sentence may name its own noun ("53,404 migrants ..., while there were
  // 48,204 in September"): this one's words are what decide.
  // "En 2023 habían sido 520.085, la cifra más alta": past the comma is a comment on the figure.
  // Only for a figure a verb of being gives ("had been 520,085", "it was 520,085"): "arrested 60,
  // the most in any year" counts arrests.
  // An answer's figure is said bare ("A: About 302,203, officials said"): its clause is its own.
  // "May with 38,962, March with 38,009": the month after the comma is the next figure's.
  const words = commented(ctx, figure, site.own.length) || detailsAfter(ctx, figure) || MONTH_PAIR_AFTER.test(cut(ctx.m, figure.end, figure.end + 40)) ? [] : ctx.answers ? site.own : site.after;
  // An interview's answer ("A: About 520,000.") names no period: its question does (attach-period.ts).
  if (!ctx.topic || site.eventful || figure.unit !== null || (ctx.periods.length === 0 && !ctx.answers) || !continuesPrior(words, figure.per) || saidOn(ctx, figure)) return;
  // "the station was holding about 1,200 people": what a place holds, not what the text counted.
  if (HOLDS_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 48), figure.start))) return;
  // "In June 2022, agents encountered 192,000 migrants at the US-Mexico border": a sentence that
  // names another flow's place is about that flow, whatever the text was counting.
  if (namesAnotherPlace(ctx, ctx.topic) || ctx.tags().elsewhere || countsOther(ctx, ctx.topic, figure)) return;
  const metric = topicMetric(ctx.catalogue, ctx.topic, figure);
  if (!metric) return;
  figure.metric = metric;
  figure.metricFrom = 'context';
  figure.phrase = 'the flow the text was counting';
}

/**
 * "The flow of tourists reached 500,000": a subject before the figure that says what it counts,
 * and counts what the topic's frame does not, is another count.
 */
function countsOther(ctx: SentenceContext, topic: Metric, figure: Building): boolean {
  // The subject stands near: a bounded look keeps a sentence of thousands of figures linear.
  const subject = SUBJECT_OF.exec(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 80), figure.start));
  if (!subject) return false;
  const noun = stem(subject[1]!);
  const frame = ctx.frames.list.find((f) => f.metric === topic);
  return frame !== undefined && !GENERIC_PEOPLE.has(noun) && !frame.counts.has(noun);
}

/**
 * "En 2023 habían sido 520.085, la cifra más alta", "The year before it was north of 520,000, still
 * the all-time high": a figure a verb of being gives, with a noun phrase after the comma that
 * comments on it, names nothing it counts (the lexicon's `being-before` and `comment-after`).
 * Only then: "arrested 60, the most in any year" counts arrests.
 */
function commented(ctx: SentenceContext, figure: Building, ownWords: number): boolean {
  return ownWords === 0 && COMMENT_AFTER.test(cut(ctx.m, figure.end, figure.end + 16)) && BEING_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 30), figure.start));
}

/** "the total topped half a million: 520,085 according to SNM": past a colon come details, not what the figure counts. */
function detailsAfter(ctx: SentenceContext, figure: Building): boolean {
  return /^\s*:/.test(cut(ctx.m, figure.end, figure.end + 3));
}

/** "spoke of 511,103 in a speech": the occasion a figure was said on, after it, is no period. */
function saidOn(ctx: SentenceContext, figure: Building): boolean {
  return OCCASION_AFTER.test(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 40)));
}
const OCCASION_AFTER = EN.pattern('occasion-after');
const POPULATION_AFTER = EN.pattern('population-after');
const POPULATION_BEFORE = EN.pattern('population-before');
const TIME_COUNT_BEFORE = EN.pattern('time-count-before');
const HOLDS_BEFORE = EN.pattern('holds-before');
const BEING_BEFORE = EN.pattern('being-before');
const COMMENT_AFTER = EN.pattern('comment-after');
const MONTH_PAIR_AFTER = EN.pattern('month-pair-after');

/** Whether the sentence names the place of a frame other than the flow's (or its rates'). */
function namesAnotherPlace(ctx: SentenceContext, flow: Metric): boolean {
  for (const frame of ctx.tags().places) if (frame.metric !== flow && frame.metric.id !== flow.rateOf && frame.metric.rateOf !== flow.id) return true;
  return false;
}

/**
 * What a comparison counts if it finds no subject in its sentence: its frame, else the sentence
 * before ("In 2019 they more than tripled on the year before"), else what the text was counting.
 */
function comparisonFallback(ctx: SentenceContext, figure: Building, framed: ReturnType<typeof frameMetric>): MetricReading | null {
  const { catalogue, body } = ctx;
  if (framed) return { metric: framed.metric, from: framed.placeFrom === 'sentence' ? 'sentence' : 'context', phrase: 'the words of its frame' };
  // "El Gobierno multiplicó por tres el número de agentes": what is multiplied names another count.
  if (changesOtherCount(ctx, figure)) return null;
  const inherited = !ctx.before ? null : inheritMetric(catalogue, ctx.before.figures, { ...figure, unit: null }, []);
  // "In 2019 they more than tripled", "the yearly count rose by": what the text was counting.
  // "February's rose by roughly 180%": a period standing for its count, elided.
  const counted = ctx.topic !== null && (tallyOf(ctx) !== null || PERIOD_SUBJECT.test(body) || PRONOUN_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 30), figure.start)));
  // "January 2022 alone was 3,361 higher than January 2021": else the paragraph's last reading.
  // "In absolute terms, that was some 150,000 fewer": a sentence that refers back continues that
  // reading across a paragraph break too.
  const chains = ctx.before === ctx.prior || REFERS_BACK.test(body);
  const chained = inherited || counted || !chains || !ctx.before ? null : inheritMetric(catalogue, ctx.before.figures, { ...figure, unit: null }, [], true);
  const fromBefore = inherited ?? chained;
  if (fromBefore) return { metric: fromBefore.metric, from: 'previous sentence', phrase: fromBefore.phrase };
  if (counted) return { metric: ctx.topic!, from: 'context', phrase: 'the flow the text was counting' };
  // "- Change, 2023 to 2024: down 217,882": a labelled item of a list of the text's figures.
  const item = labelledItem(ctx, { ...figure, unit: null }, []);
  if (item && item.per === null) return { metric: item.metric, from: 'context', phrase: `the flow the text was counting, for the item "${item.label}"` };
  return null;
}

/**
 * The sentence's tally word ("the 2023 figure", "el total de 2025"), searched once per sentence: a
 * sentence of thousands of figures asked it of each.
 */
const TALLY_GLOSS_AFTER = EN.pattern('tally-gloss-after');
const PERIOD_POSSESSIVE_BEFORE = EN.pattern('period-possessive-before');
const TALLIES = new WeakMap<SentenceContext, RegExpExecArray | null>();
function tallyOf(ctx: SentenceContext): RegExpExecArray | null {
  if (!TALLIES.has(ctx)) TALLIES.set(ctx, TALLY.exec(ctx.body));
  return TALLIES.get(ctx)!;
}

/** "the daily rate has exceeded 2,000 people", "last year's record of 248,000 migrants": the text's flow. */
function fromTally(ctx: SentenceContext, figure: Building, site: MetricSite): boolean {
  const { catalogue, topic } = ctx;
  const tallyWord = tallyOf(ctx);
  // "January's 4,702": a period's own figure is a tally too, with no tally word.
  const possessed = PERIOD_POSSESSIVE_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 40), figure.start));
  if (!topic || site.eventful || (tallyWord === null && !possessed) || countsOther(ctx, topic, figure)) return false;
  // "El total de 2023 incluye a 113.000 niños; además, unas 400 personas denunciaron …": a tally
  // in another clause is not this figure's.
  const [clauseStart, clauseEnd] = clauseBounds(ctx.breaks(), ctx.body.length, figure.start - ctx.sentence.start);
  if (tallyWord && !possessed && (tallyWord.index < clauseStart || tallyWord.index >= clauseEnd)) return false;
  const words = detailsAfter(ctx, figure) ? [] : site.after;
  // "hit a high of 30 degrees": a noun of its own after the figure says what it counts.
  const noun = ownNoun(ctx.catalogue, site.own);
  const namesOwn = noun !== null && !GENERIC_PEOPLE.has(noun);
  const tallied = possessed || continuesPrior(words, figure.per) || GENERIC_PEOPLE.has(stem(words[0] ?? '')) || (!namesOwn && TALLY_JUST_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 60), figure.start))) || TALLY_GLOSS_AFTER.test(cut(ctx.m, figure.end, figure.end + 60));
  const metric = tallied ? topicMetric(catalogue, topic, figure) : null;
  if (!metric) return false;
  figure.metric = metric;
  figure.metricFrom = 'context';
  figure.phrase = tallyWord && !possessed ? `the ${tallyWord.slice(1).find((word) => word !== undefined)!.toLowerCase()} of the flow the text was counting` : 'the figure of a period, of the flow the text was counting';
  return true;
}

/**
 * "- Daily average in 2024: 2,500.", "- Average day that month: about 1,600": an item of a list of
 * figures, labelled with its period and rate, counts what the text was counting (or, before it
 * counted anything, the flow its label names: "- Crossings in 2024: 302,203").
 */
function fromListItem(ctx: SentenceContext, figure: Building, site: MetricSite): boolean {
  // "Tourism recovered too: about 2.1 million people entered Panama through Tocumen airport".
  const item = site.eventful || ctx.tags().elsewhere ? null : labelledItem(ctx, figure, site.after);
  if (!item) return false;
  Object.assign(figure, { per: item.per, basis: item.basis });
  figure.metric = item.metric;
  figure.metricFrom = 'context';
  figure.phrase = `the flow the text was counting, for the item "${item.label}"`;
  return true;
}

/**
 * "Julio cerró con 20.519 cruces. / Esos 20.519 representaron casi la cuarta parte de 2024",
 * "Those 302,203 work out to …": a figure said again after "those", the very value a figure of the
 * last few paragraphs gave, counts what that one counted. Read from context: lint may warn on it,
 * never fail it.
 */
function fromSameFigureBefore(ctx: SentenceContext, figure: Building): boolean {
  if (figure.value === null || figure.value < 100 || !/\d/.test(figure.text)) return false;
  const before = cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 16), figure.start);
  // "the 520,085": with "the", only a figure too precise (thousands, not a round ten) to be another count's.
  // It names no other noun after it than people ("los 520.085 migrantes de 2022", not "the 2,013 volunteers").
  if (!SAID_AGAIN_BEFORE.test(before) && !(figure.value >= 1000 && figure.value % 10 !== 0 && SAID_AGAIN_DEFINITE_BEFORE.test(before) && SAID_AGAIN_AFTER.test(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 30))))) return false;
  const same = [...ctx.earlier].reverse().find((f) => f.kind === 'quantity' && f.value === figure.value && f.metric && f.per === figure.per && (figure.unit === null || f.unit === figure.unit) && ctx.sentence.paragraph - f.sentence.paragraph <= SAID_AGAIN_REACH);
  if (!same) return false;
  Object.assign(figure, { metric: same.metric, metricFrom: 'context', phrase: `the figure "${same.text}" it says again`, saidAgainOf: same });
  return true;
}
const SAID_AGAIN_BEFORE = EN.pattern('said-again-before');
const SAID_AGAIN_DEFINITE_BEFORE = EN.pattern('said-again-definite-before');
const SAID_AGAIN_AFTER = EN.pattern('said-again-after');
/** How far back, in paragraphs, the figure said again may stand. */
const SAID_AGAIN_REACH = 3;

/**
 * "59,773 crossed in October, while 16,632 bystanders did so in November", "… a los 29.259 que lo
 * hicieron en abril del año pasado": a verb that stands for the one before ("did so", "lo
 * hicieron") counts what the figure before it in the sentence, or else in the sentence before,
 * counted, whatever its own noun.
 */
function fromProVerb(ctx: SentenceContext, figure: Building, earlier: readonly Building[]): boolean {
  if (!PRO_VERB.test(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 48)))) return false;
  const before = [...earlier].reverse().filter((f) => f.metric && !f.comparison);
  const own = inheritMetric(ctx.catalogue, before, figure, []);
  const inherited = own ?? (ctx.before ? inheritMetric(ctx.catalogue, ctx.before.figures, figure, [], ctx.before === ctx.prior) : null);
  if (!inherited) return false;
  figure.metric = inherited.metric;
  // A reference back, either way: lint may warn about it, never fail a draft.
  figure.metricFrom = own ? 'context' : 'previous sentence';
  figure.phrase = inherited.phrase;
  if (figure.per === null && inherited.per !== null && inherited.metric.kind === 'rate') figure.per = inherited.per;
  return true;
}
const PRO_VERB = EN.pattern('pro-verb-after');
const MONTH_LIST_COUNTS = EN.pattern('month-list-counts');
const ELIDED_COUNT_BETWEEN = EN.pattern('elided-count-between');
const SET_AGAINST = EN.pattern('set-against');

const ONE_UNIT_SPAN = EN.pattern('one-unit-span');
const PLACED_IN_AFTER = EN.pattern('placed-in-after');

/** "Figures soared from 2,928 ...": a sentence that names no metric continues the one before. */
function fromSentenceBefore(ctx: SentenceContext, figure: Building, site: MetricSite, earlier: readonly Building[]): boolean {
  // "the count had stood at 113,726, already far above anything seen before": past a comma, the
  // words are no noun of the figure's.
  const words = commented(ctx, figure, site.own.length) ? [] : site.own;
  if (!ctx.before || site.namesItsOwn || !continuesPrior(words, figure.per) || saidOn(ctx, figure)) return false;
  // "el equipo entrevistó a 412 migrantes": a word of another event before it in its clause says
  // what the figure counts, whatever the sentence before counted.
  if (site.eventful && otherEventBefore(ctx.tokens, site, FRAME_WORDS, () => false)) return false;
  // "… 1,500 or 2,000 a day. In a week, we got 10,000.": a count over some one week, undated, is
  // neither the rate before it nor the text's total.
  if (figure.per === null && ONE_UNIT_SPAN.test(ctx.body)) return false;
  // "«Había noches con 2.000 personas en un galpón»": how many a shelter held, not the flow before.
  if (PLACED_IN_AFTER.test(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 60)))) return false;
  // "La estación llegó a alojar a más de 3.000 personas": nor how many a place was holding, said before it.
  if (HOLDS_BEFORE.test(cut(ctx.m, Math.max(ctx.sentence.start, figure.start - 48), figure.start))) return false;
  // "… the monthly tallies come to 133,726; in January of that year it had recorded just 1,071":
  // a bare count goes on with the count before it in its own sentence, before the sentence before.
  const own = figure.per === null ? [...earlier].reverse().filter((f) => f.metric && f.per === null && !f.comparisonDraft && !f.mention?.part) : [];
  const ownInherited = own.length > 0 ? inheritMetric(ctx.catalogue, own, figure, words, true) : null;
  // "The year had begun slowly, with 1,071 in January and 1,857 in February": months' counts, after a rate.
  // Not set against the rate ("That compares with about 820 in August and 850 in September"): rates still.
  const countOnly = figure.per === null && MONTH_LIST_COUNTS.test(ctx.body) && !SET_AGAINST.test(ctx.body);
  const fromBefore = ownInherited ? null : inheritMetric(ctx.catalogue, ctx.before.figures, figure, words, ctx.before === ctx.prior, countOnly);
  // "… equipment worth more than $3 million. / Washington pledged about $6 million for deportation
  // flights": one event's value passes to a later sentence only that refers back to it ("That package …").
  if (fromBefore?.metric.once && !REFERS_BACK.test(ctx.body)) return false;
  const inherited = ownInherited ?? fromBefore;
  if (!inherited) return false;
  figure.metric = inherited.metric;
  figure.metricFrom = 'previous sentence';
  figure.phrase = inherited.phrase;
  if (figure.per === null && inherited.per !== null && inherited.metric.kind === 'rate') figure.per = inherited.per;
  return true;
}

/**
 * Words that say a figure counts something that happened to people, not the flow a phrase names:
 * "55 migrants went missing while crossing the Darién Gap", "300 children were found alone after
 * crossing", "50 died crossing". Their count is not the crossings.
 */
export const OTHER_EVENTS = EN.words('other-events');
const PERIOD_SUBJECT = EN.pattern('period-subject');
/** A phrase after one of these ("while crossing", "after crossing") says when, not what is counted. */
export const SUBORDINATE = EN.words('subordinate');
const CONJUNCTIONS = EN.words('conjunctions');
const FRAME_WORDS = { otherEvents: OTHER_EVENTS, subordinate: SUBORDINATE, conjunctions: CONJUNCTIONS };

/**
 * Whether a phrase can say what the figure counts: not when it stands in a clause that only says
 * when ("... while crossing the Darién Gap"), nor when a word between them, or just after the
 * figure, says the figure counts another event ("55 migrants went missing ...").
 */
function phraseCounts(tokens: readonly Token[], phrase: PhraseMatch, figure: FrameFigure): boolean {
  const { token: figureToken, clauseEnd, eventful } = figure;
  if (phrase.from > 0 && SUBORDINATE.has(tokens[phrase.from - 1]!.stem) && !withinSubordinate(figure, phrase.from - 1)) return false;
  // Most sentences hold no word of another event: nothing more to look for.
  if (!eventful) return true;
  if (otherEventBefore(tokens, figure, FRAME_WORDS, (t) => t >= phrase.from && t < phrase.to)) return false;
  const [from, to] = phrase.from >= figureToken ? [figureToken, phrase.from] : [phrase.to, figureToken];
  for (let t = from; t < to; t++) if (otherEventAt(OTHER_EVENTS, tokens, t)) return false;
  // The rest of the clause says what happened to them: "1,200 migrants who crossed the Darién have
  // been deported".
  // A second predicate ("arrested six coyotes and rescued 26 victims") is another figure's.
  for (let t = figureToken; t < Math.min(tokens.length, Math.max(Math.min(clauseEnd, figureToken + 12), figureToken + 4)); t++) {
    if (t > figureToken && CONJUNCTIONS.has(tokens[t]!.stem)) break;
    if ((t < phrase.from || t >= phrase.to) && otherEventAt(OTHER_EVENTS, tokens, t)) return false;
  }
  return true;
}

const NEXT_CLAUSE = EN.pattern('next-clause');
const CONTRASTED_CLAUSE = EN.pattern('contrast-after-comma');

/** The catalogue phrase of the sentence that says best what the figure counts, and the others that fit. */
function chooseMetric(ctx: SentenceContext, figure: Building, site: MetricSite): { metric: Metric; alternatives: Metric[]; phrase: string; from: number } | null {
  const scored = phraseCandidates(ctx, figure, site);
  if (scored.length === 0) return null;
  // Most figures have one candidate: nothing to sort, no alternatives.
  if (scored.length === 1) return { metric: scored[0]!.metric, alternatives: [], phrase: scored[0]!.phrase, from: scored[0]!.from };
  scored.sort((a, b) => a.score - b.score);
  const best = scored[0]!;
  const alternatives = [...new Set(scored.slice(1).map((s) => s.metric))].filter((metric) => metric !== best.metric);
  return { metric: best.metric, alternatives, phrase: best.phrase, from: best.from };
}

/** Whether a place the sentence names is named in the figure's own comma clause (or the clause is the sentence). */
function placedInClause(ctx: SentenceContext, placed: ReadonlySet<Frame>, site: MetricSite): boolean {
  const start = site.clauseStart();
  if (start === 0) return true;
  const clause = cut(ctx.m, ctx.tokens[start]!.start, ctx.tokens[Math.max(start, site.clauseEnd - 1)]!.end).toLowerCase();
  return [...placed].some((frame) => frame.places.some((entry) => clause.includes(entry.text.toLowerCase())));
}

/**
 * "That October, 20,000 waited in Necoclí …, and the year closed at 133,726 crossings": a phrase
 * of a comma clause before the figure's gives way to the figure's own noun when that noun counts
 * another flow (its frame, placed by the text).
 */
function ownNounOverClauseBefore(ctx: SentenceContext, figure: Building, site: MetricSite, chosen: ReturnType<typeof chooseMetric>): ReturnType<typeof chooseMetric> {
  if (!chosen || site.comparison || site.own.length === 0 || chosen.from >= site.clauseStart()) return chosen;
  const own = stem(site.own[0]!.toLowerCase());
  // "migrants", "personas" say who, not which flow: only a noun of the flow itself ("crossings").
  if (GENERIC_PEOPLE.has(own)) return chosen;
  const counted = ctx.frames.list.find((frame) => frame.metric !== chosen.metric && frame.counts.has(own) && mentionsPlace(ctx.catalogue, frame.metric, ctx.context()));
  if (!counted || (figure.per !== null && counted.metric.kind !== 'rate')) return chosen;
  return { metric: counted.metric, alternatives: [chosen.metric], phrase: `its own noun "${site.own[0]}"`, from: site.token };
}

/** Each catalogue phrase of the sentence that can say what the figure counts, scored (lower is better). */
function phraseCandidates(ctx: SentenceContext, figure: Building, site: MetricSite): Array<{ metric: Metric; phrase: string; score: number; from: number }> {
  const { catalogue, tokens } = ctx;
  const { token: figureToken, own: afterTokens, comparison } = site;
  const scored: Array<{ metric: Metric; phrase: string; score: number; from: number }> = [];
  // "Illegal crossings from Colombia to Panama through the Darien Gap": a phrase of one metric
  // ("illegal crossings", the U.S. border's) in a sentence that names only another's place.
  const placed = ctx.tags().places;
  const ofFrame = (metric: Metric) => (frame: Frame): boolean => frame.metric === metric || frame.metric.id === metric.rateOf;
  // "That October, 20,000 waited in Necoclí …, and the year closed at 133,726 crossings": a place
  // named only in another comma clause does not place the figure's.
  const elsewhere = (metric: Metric): boolean => placed.size > 0 && ctx.frames.list.some(ofFrame(metric)) && ![...placed].some(ofFrame(metric)) && placedInClause(ctx, placed, site);
  // "la Policía detuvo a seis presuntos coyotes y rescató a 26 víctimas": a longer phrase of one
  // metric places the sentence for the others of that place.
  let placedByPhrase: Set<string> | null = null;
  const placedBySentence = (metric: Metric): boolean => (placedByPhrase ??= new Set(ctx.phrases.filter((p) => p.words >= 2).map((p) => p.metric.place))).has(metric.place);
  // "He brought 16 boats, 32 motors and several buses. / The whole package was valued at …": the
  // sentence just before, whose own words read a figure of that place, places this one too.
  const placedBefore = (metric: Metric): boolean => (ctx.previous?.figures ?? []).some((f) => f.metric?.place === metric.place && f.metricFrom === 'sentence');
  const consider = (metric: Metric, phrase: PhraseMatch, score: number): void => {
    // One word ("boats", "arrested") could be about anywhere: the place must be named nearby.
    if (phrase.words < 2 && !mentionsPlace(catalogue, metric, ctx.context()) && !placedBySentence(metric) && !placedBefore(metric)) return;
    // A longer phrase says its place itself ("crossed into the country from Colombia").
    if (phrase.words <= 2 && elsewhere(metric)) return;
    // "February of last year brought 1,857, a reminder of how thin the flow was before the surge":
    // a typical year named in a comment past the figure's clause is no rate of the figure's.
    if (metric.typical && phrase.from >= site.clauseEnd && /,\s/.test(cut(ctx.m, figure.end, tokens[phrase.from]!.start))) return;
    // "20,519 came through, and Quintero watched new barbed wire go up on five trails": past a
    // comma and a conjunction, a short phrase is the next clause's, of its own figure.
    // Only the words just past the figure are looked at: a sentence of thousands of figures would
    // otherwise search ever longer stretches, figure after figure (the bench's worst sentence).
    const upTo = phrase.from >= site.clauseEnd ? cut(ctx.m, figure.end, Math.min(tokens[phrase.from]!.start, figure.end + 160)) : null;
    if (phrase.words < 3 && upTo !== null && NEXT_CLAUSE.test(upTo)) return;
    // Past "while" or "mientras", a phrase of any length is the contrasted clause's, as an action
    // is (frame-metric.ts, contrasted): "25,904 people cross, while more than 20,000 wait in Necoclí".
    if (upTo !== null && CONTRASTED_CLAUSE.test(upTo) && contrasted(ctx.tags(), tokens, site, phrase.from)) return;
    // Longer phrases are more specific: "Clan del Gulf network" outranks "arrest" just before.
    scored.push({ metric, phrase: phrase.phrase, score: score - 2 * (phrase.words - 1), from: phrase.from });
  };
  for (const phrase of ctx.phrases) {
    const metric = phrase.metric;
    if (metric.kind === 'date') continue;
    if (!phraseCounts(tokens, phrase, site)) continue;
    // A phrase before the figure is farther than one as near after it, but not a verb right before
    // its object ("arrested six and freed 26 Nicaraguans": six were arrested).
    const rightBefore = phrase.to === figureToken && /^\s+$/.test(cut(ctx.m, tokens[phrase.to - 1]!.end, figure.start));
    const distance = phrase.from >= figureToken ? phrase.from - figureToken : rightBefore ? 1 : figureToken - phrase.to + 3;
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
  // "roughly 10,000 crossed the Darién in a typical year": a typical year's own phrase says which
  // rate it is, over the flow's rate per year that "crossed the Darién" would give. Only for a
  // figure said per year: a count is left to the nearest phrase ("In a normal year, it used to be
  // about 10,000" is the typical year's; "248,284 in 2022, compared with around 10,000 in a typical
  // year" gives 248,284 whichever phrase is nearer).
  const typical = figure.per === 'year' ? scored.filter((s) => s.metric.typical) : [];
  return typical.length > 0 ? typical : scored;
}
