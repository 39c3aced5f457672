/**
 * The attach stage's reading of a figure's metric from frames (src/reader/frames.ts), for a figure
 * no catalogue phrase places. It reads three things about the figure: its own noun, whether an
 * action of the frame happened to it (not only "while crossing", and not "went missing"), and the
 * place, from the sentence or its context.
 */
import { EN } from './lexicon/en.js';
import type { Metric, RateUnit } from '../model/types.js';
import { fold, FUNCTION_WORDS, GENERIC_PEOPLE, GROUPS, isUnitNoun, MOSTLY, PEOPLE, stem, type MetricCatalogue, type Token } from '../drafts/metrics.js';
import { chooseFrame, isEventNoun, type Frame, type FrameContext, type NounFit, type SentenceTags } from './frames.js';

export interface FrameFigure {
  /** The figure's first token in the sentence, and the words just after it, as written. */
  readonly token: number;
  readonly after: readonly string[];
  /** The words of `after` before the clause's punctuation: those that can name what it counts. */
  readonly own: readonly string[];
  readonly unit: string | null;
  readonly per: RateUnit | null;
  readonly comparison: boolean;
  /** The first token after the last comma, colon or semicolon before the figure (found when asked: most figures never are). */
  readonly clauseStart: () => number;
  /** Just past the last token of the figure's clause. */
  readonly clauseEnd: number;
  /** Whether the sentence holds any word of another event at all. */
  readonly eventful: boolean;
}

export interface FrameWords {
  /** Words that say a figure counts another event ("died", "missing"), as stems. */
  readonly otherEvents: ReadonlySet<string>;
  readonly conjunctions: ReadonlySet<string>;
  /** Words before an action that make it say when, not what ("while", "after"), as stems. */
  readonly subordinate: ReadonlySet<string>;
}

/** The figure's own noun: the first word after it that names what is counted, if any. */
export function ownNoun(catalogue: MetricCatalogue, after: readonly string[]): string | null {
  for (let i = 0; i < after.length; i++) {
    const word = after[i]!;
    const lower = fold(word);
    if (FUNCTION_WORDS.has(lower) || /^\d/.test(lower)) return null;
    const noun = stem(word);
    // "mostly Haitian migrants": the group is most of them; the noun after says what is counted.
    if (GROUPS.has(noun) && i > 0 && MOSTLY.has(fold(after[i - 1]!))) continue;
    if (PEOPLE.has(noun) || isUnitNoun(catalogue, noun)) return noun;
    if (lower.length > 3 && /[^s]s$/.test(lower)) return noun;
  }
  return null;
}

function nounFit(frame: Frame, noun: string | null): NounFit {
  if (noun === null) return 'none';
  // "36,001 individuals brave the terrain": a noun for anyone fits any count of people.
  if (GENERIC_PEOPLE.has(noun) && frame.metric.unit === 'people') return 'fits';
  return frame.counts.has(noun) || isEventNoun(frame, noun) ? 'fits' : 'other';
}

/**
 * Does an action of the frame happen to the figure? Not when every mention of it stands in a
 * clause that only says when ("while crossing"), or when a word between it and the figure, or just
 * after the figure, says the figure counts something else that happened ("went missing").
 */
function acts(frame: Frame, tags: SentenceTags, tokens: readonly Token[], figure: FrameFigure, noun: string | null, words: FrameWords): boolean {
  // "1,200 migrants who crossed the Darién have been deported": what happened to them is in the
  // rest of the clause, wherever its verb stands.
  for (let t = figure.token; figure.eventful && t < Math.min(tokens.length, figure.clauseEnd); t++) {
    // A second predicate ("arrested six coyotes and rescued 26 victims") is another figure's.
    // Past "including", what the words say happened is a part's (the lexicon's conjunctions).
    if (t > figure.token && words.conjunctions.has(tokens[t]!.stem)) break;
    if (otherEventAt(words.otherEvents, tokens, t)) return false;
  }
  const spans = tags.actions.get(frame) ?? [];
  if (figure.eventful && otherEventBefore(tokens, figure, words, (t) => spans.some(([from, to]) => t >= from && t < to))) return false;
  if (noun !== null && isEventNoun(frame, noun)) return true;
  for (const [from, to] of tags.actions.get(frame) ?? []) {
    if (from > 0 && words.subordinate.has(tokens[from - 1]!.stem) && !withinSubordinate(figure, from - 1)) continue;
    if (contrasted(tags, tokens, figure, from)) continue;
    if (!figure.eventful) return true;
    const [a, b] = from >= figure.token ? [figure.token, from] : [to, figure.token];
    let other = false;
    for (let t = a; t < b && !other; t++) other = otherEventAt(words.otherEvents, tokens, t);
    if (!other) return true;
  }
  return false;
}

/**
 * "la Cruz Roja atendió diariamente a unas 300 personas que habían cruzado", "the clinic treated 300
 * people who had crossed": a word of another event before the figure in its clause, with no
 * conjunction between ("deported 300 and 2,000 crossed" has one), says what the figure counts,
 * unless that word is the frame's or phrase's own action (`own`).
 */
export function otherEventBefore(tokens: readonly Token[], figure: FrameFigure, words: FrameWords, own: (token: number) => boolean): boolean {
  for (let t = figure.token - 1; t >= Math.max(0, figure.clauseStart()); t--) {
    const stemmed = tokens[t]!.stem;
    if (words.conjunctions.has(stemmed)) return false;
    // "rescued 62 victims" is the rescue's own count, when rescuing is what the frame or phrase counts.
    // "The report found that only 408 …": a verb of reporting before "that" is no event.
    if (otherEventAt(words.otherEvents, tokens, t) && tokens[t + 1]?.stem !== 'that' && tokens[t + 1]?.stem !== 'que') return !own(t);
  }
  return false;
}

const LIVES_LOST = EN.words('lives-lost');
const LIVES = EN.words('lives-words');
/**
 * Whether the word at `t` tells another event than a crossing: a word of the lexicon's
 * other-events, or a loss of lives ("lost their lives", "perdieron la vida"), not of jobs.
 */
export function otherEventAt(otherEvents: ReadonlySet<string>, tokens: readonly Token[], t: number): boolean {
  const stem = tokens[t]!.stem;
  if (otherEvents.has(stem)) return true;
  if (!LIVES_LOST.has(stem)) return false;
  const [next, after] = [tokens[t + 1]?.stem, tokens[t + 2]?.stem];
  return (next !== undefined && LIVES.has(next)) || (after !== undefined && LIVES.has(after));
}

/**
 * "4,702 people crossed, while some 5,000 waited in Necoclí": an action in a clause that "while" or
 * "mientras" sets against the figure's is what that clause's own figure did, when the figure's
 * clause tells its own (not "Panama counted 25,904 in October, while 25,505 crossed", an ellipsis,
 * nor "25,904 migrants, while fleeing hunger, crossed", an aside with no figure of its own). The
 * other way round is not read: a figure inside such a clause may count the same flow ("…, while in
 * no year before 2021 had the total topped about 30,000").
 */
const CONTRAST_CLAUSE = EN.words('contrast-clause');
export function contrasted(tags: SentenceTags, tokens: readonly Token[], figure: FrameFigure, from: number): boolean {
  if (from < figure.clauseEnd) return false;
  let contrast = -1;
  for (let t = figure.clauseEnd; t < from && contrast < 0; t++) if (CONTRAST_CLAUSE.has(tokens[t]!.stem)) contrast = t;
  if (contrast < 0) return false;
  let ownFigure = false;
  for (let t = contrast + 1; t < from && !ownFigure; t++) ownFigure = /^\d/.test(tokens[t]!.stem);
  return ownFigure && ownClauseTells(tags, tokens, figure);
}

/**
 * Whether some frame's action stands in the figure's own clause ("25,904 people cross, while …"), or
 * a tally noun before the figure says what it is ("the count fell to 10, while …").
 */
function ownClauseTells(tags: SentenceTags, tokens: readonly Token[], figure: FrameFigure): boolean {
  const start = figure.clauseStart();
  for (const spans of tags.actions.values()) for (const [from] of spans) if (from >= start && from < figure.clauseEnd) return true;
  // A noun after its determiner ("the count"), not the verb ("Panama counted 25,904").
  for (let t = Math.max(1, start); t < figure.token; t++) if (TALLY_NOUNS.has(tokens[t]!.stem) && TALLY_DETERMINERS.has(tokens[t - 1]!.stem)) return true;
  return false;
}
const TALLY_NOUNS = EN.words('tally-nouns');
const TALLY_DETERMINERS = EN.words('tally-determiners');

/**
 * Whether the figure stands in the clause a subordinate word opens: "Firms cut staff after
 * crossings of the Darién Gap fell to 302,203" counts the crossings, as "55 went missing while
 * crossing" (the figure before the word) and "After crossing the jungle, 1,200 were deported" (a
 * comma between) do not.
 */
export function withinSubordinate(figure: FrameFigure, word: number): boolean {
  return word < figure.token && word >= figure.clauseStart();
}

/** The metric a frame gives the figure (a flow's rate metric for a rate), or null. */
export function frameMetric(
  catalogue: MetricCatalogue,
  frames: readonly Frame[],
  tags: SentenceTags,
  context: FrameContext,
  tokens: readonly Token[],
  figure: FrameFigure,
  words: FrameWords,
): { metric: Metric; placeFrom: string } | null {
  const noun = ownNoun(catalogue, figure.own);
  const usable = frames.filter((frame) => figure.comparison || figure.unit === null || figure.unit === frame.metric.unit);
  const choice = chooseFrame(
    usable,
    tags,
    context,
    (frame) => nounFit(frame, noun),
    (frame) => acts(frame, tags, tokens, figure, noun, words),
  );
  if (!choice) return null;
  if (figure.per === null) return { metric: choice.metric, placeFrom: choice.placeFrom };
  const rate = choice.metric.kind === 'rate' ? choice.metric : catalogue.rates.get(`${choice.metric.id}|${figure.per}`);
  return rate && rate.per === figure.per ? { metric: rate, placeFrom: choice.placeFrom } : null;
}
