/**
 * Readings of a metric from context, for a figure whose sentence names none: the sentence before
 * ("Figures soared from 2,928 ..."), the flow the text is counting ("the 2023 figure"), the label
 * of a list item ("- Daily average in 2024: 2,500").
 */
import type { Metric, RateBasis, RateUnit } from '../model/types.js';
import { headerFlow, headerRate } from './tables.js';
import { GENERIC_PEOPLE, GROUPS, stem, tokenize, unitFits, type MetricCatalogue } from '../drafts/metrics.js';
import { isFraction, type Building } from './record.js';
import type { SentenceContext } from './context.js';
import { EN } from './lexicon/en.js';
import { cut } from '../text/one-byte.js';

/**
 * A figure continues the previous sentence's metric only when nothing after it says what it counts:
 * "from 2,928 in the first two months" does; "113,000 of them were children", "deported 29 of
 * them" and "Mulino, 65, has been" count something else, and guessing would turn them into false
 * errors. The word after the figure must be a period or a connector, or there must be none.
 */
const CONTINUES = EN.words('continues');
const COUNTED_PARTICIPLE = EN.words('counting-verb-after');
const ELLIPSIS_VERB = EN.words('ellipsis-verb-after');

export function continuesPrior(afterTokens: readonly string[], per: RateUnit | null = null): boolean {
  // "about 1,070 people every day since January": a noun for anyone names no metric of its own.
  // "medio millón de personas", "un cuarto de millón de migrantes": Spanish joins a scale word to
  // its noun with "de", which names nothing.
  const first = /^de$/i.test(afterTokens[0] ?? '') && GENERIC_PEOPLE.has(stem(afterTokens[1] ?? '')) ? 1 : 0;
  let i = first;
  while (i < first + 2 && i < afterTokens.length && GENERIC_PEOPLE.has(stem(afterTokens[i]!))) i++;
  // "about 680 a day": a rate's own words say how often, not what is counted.
  while (per !== null && i < afterTokens.length && RATE_WORDS.has(afterTokens[i]!.toLowerCase())) i++;
  // "**About 20,700 a day**: the average pace of 2022": a rate's pace, named after it, is the flow's;
  // what follows says when ("of 2022") or what it is like.
  if (per !== null && pastPace(afterTokens, i) > i) return true;
  // "five or more days on foot": "or more" is the figure's hedge; the noun after it is what it counts.
  if (/^(?:or|o)$/i.test(afterTokens[i] ?? '') && /^(?:more|fewer|less|so|más|menos)$/i.test(afterTokens[i + 1] ?? '')) i += 2;
  // "The 11,363 counted since July 1": a verb of counting names nothing counted; what follows it
  // must still be a period or a connector ("300 reported dead" is not).
  if (COUNTED_PARTICIPLE.has((afterTokens[i] ?? '').toLowerCase()) && i + 1 < afterTokens.length) i++;
  // "In 2020 only 646 did.", "apenas 646 lo hicieron": a verb standing for the sentence before's.
  if (/^lo$/i.test(afterTokens[i] ?? '') && ELLIPSIS_VERB.has((afterTokens[i + 1] ?? '').toLowerCase())) i++;
  if (ELLIPSIS_VERB.has((afterTokens[i] ?? '').toLowerCase()) && (afterTokens[i + 1] === undefined || CONTINUES.has(afterTokens[i + 1]!.toLowerCase()))) return true;
  const next = afterTokens[i]?.toLowerCase();
  // "That compares with 302,203 the year before", "the 520,085 of the year before": a period
  // said with "the" or "a" names no count.
  const j = next === 'of' ? i + 1 : i;
  if (/^(?:the|a|that)$/i.test(afterTokens[j] ?? '') && PERIOD_NOUN.test(afterTokens[j + 1] ?? '')) return true;
  // "Solo los 25.904 de octubre son casi la mitad": a figure of a month is that month's count.
  if (/^(?:of|de|del)$/i.test(next ?? '') && MONTH_NAMES.has((afterTokens[i + 1] ?? '').toLowerCase())) return true;
  // "esos 302 mil fueron el año pasado", "those 302,000 were last year": a copula, then a period.
  if (next !== undefined && COPULA_THEN_PERIOD.test(afterTokens.slice(i, i + 3).join(' '))) return true;
  // "The three months … accounted for more than 90,000 of them": of what the text was counting
  // (a figure of a group, "113,000 of them were children", is set aside before this is asked).
  if (/^(?:of|de)$/i.test(next ?? '') && /^(?:them|those|these|ellos|ellas|esos|esas)$/i.test(afterTokens[i + 1] ?? '')) return true;
  // "más de dos tercios de todos los cruces de ese año", "two-thirds of all crossings": a share of
  // all of the flow is of the flow the text was counting.
  if (/^(?:of|de)$/i.test(next ?? '') && /^(?:all|todos|todas)$/i.test(afterTokens[i + 1] ?? '')) {
    const k = /^(?:the|los|las)$/i.test(afterTokens[i + 2] ?? '') ? i + 3 : i + 2;
    if (ALL_OF_THE_FLOW.has((afterTokens[k] ?? '').toLowerCase())) return true;
  }
  // "302.203, de modo que la caída fue del 99 %": what follows from the figure, not what it counts.
  if (next !== undefined && CONSEQUENCE_AFTER.test(afterTokens.slice(i, i + 4).join(' '))) return true;
  return next === undefined || CONTINUES.has(next);
}
const PERIOD_NOUN = /^(?:year|month|week|previous|prior|same|following)$/i;
const ALL_OF_THE_FLOW = EN.words('all-of-the-flow');
const MONTH_NAMES = EN.words('month-names');
const COPULA_THEN_PERIOD = EN.pattern('copula-then-period');
const CONSEQUENCE_AFTER = EN.pattern('consequence-after');

const RATE_WORDS = EN.words('rate-words');
const PACE_WORDS = EN.words('pace-words');
const PACE_LEAD_WORDS = EN.words('pace-lead-words');

/** Past "the average pace", "el ritmo medio" at `from`, when a pace word stands there; else `from`. */
function pastPace(tokens: readonly string[], from: number): number {
  let j = from;
  while (j < tokens.length && PACE_LEAD_WORDS.has(tokens[j]!.toLowerCase()) && !PACE_WORDS.has(tokens[j]!.toLowerCase())) j++;
  if (j >= tokens.length || !PACE_WORDS.has(tokens[j]!.toLowerCase())) return from;
  return j + 1;
}

/**
 * The metric a figure takes from the sentence before: that of its first figure whose own sentence
 * or context placed it, as a rate of that flow when this figure is a rate ("In 2022, 248,284 people
 * crossed. That is an average of about 680 a day.").
 */
/**
 * `countOnly`: the figure is a count whatever the figure before it was (a list of months' counts,
 * attach-metric.ts): a rate passes on its flow.
 */
export function inheritMetric(catalogue: MetricCatalogue, before: readonly Building[], figure: Building, afterTokens: readonly string[], chain = false, countOnly = false): { metric: Metric; phrase: string | null; per: RateUnit | null } | null {
  for (const f of before) {
    // "February 2021 brought 1,857. That makes 2,928 …": within a paragraph, a reading from the
    // sentence before passes on.
    if (!f.metric || (f.metricFrom !== 'sentence' && f.metricFrom !== 'context' && !(chain && f.metricFrom === 'previous sentence'))) continue;
    // "Cabrera handed over equipment worth more than $3 million. / Washington pledged about $6
    // million for deportation flights": one event's value (`once`) passes on only within its
    // sentence or paragraph (`chain`), where attach-metric.ts asks the later sentence to refer back.
    if (f.metric.once && !chain) continue;
    // A rate the figure before took from a phrase alone ("In 2020, before the surge, 22,102
    // crossed": the typical year's), with no rate words of its own, passes on its flow: "August
    // was close behind at 23,532" is August's count, not a yearly rate.
    // So does one whose figure is far beyond the rate's: "That meant about 550 arrivals a day.
    // August alone brought 25,332" counts August, as a month at 550 a day would count thousands.
    // So does a share ("In 2021 the jungle sent roughly 470 a day. / Three months accounted for
    // more than two-thirds of that year's total"): a part of a whole is of the flow's count.
    const share = isFraction(figure);
    const flowOnly = figure.per === null && f.metric.kind === 'rate' && f.metric.rateOf && (countOnly || f.mention?.per == null || share || outgrows(figure, f)) ? catalogue.metrics.get(f.metric.rateOf) : undefined;
    // "more than 830 a day. Some 60 an hour": a rate in another unit is the same flow's, in its own unit.
    const otherUnit = figure.per !== null && f.metric.kind === 'rate' && f.metric.rateOf && f.metric.per !== figure.per ? catalogue.rates.get(`${f.metric.rateOf}|${figure.per}`) : undefined;
    const metric = flowOnly ?? otherUnit ?? (figure.per !== null && f.per === null ? catalogue.rates.get(`${f.metric.id}|${figure.per}`) : f.metric);
    if (!metric) continue;
    if (unitFits(catalogue, metric, figure.unit, false, figure.per !== null ? [] : afterTokens)) return { metric, phrase: f.phrase, per: f.per };
  }
  return null;
}

/** A bare figure ten times the average rate before it or more, which no rate of the same flow would be. */
function outgrows(figure: Building, rate: Building): boolean {
  // Only an average's: a peak is often ten times the rate "today" ("Today about 140 a day … At
  // the peak in August 2021, it was 2,461").
  if (rate.basis !== 'average' || figure.mention?.basis === 'peak' || figure.mention?.basis === 'spot') return false;
  return figure.value !== null && rate.value !== null && rate.value > 0 && !figure.comparisonDraft && figure.value >= 10 * rate.value;
}

/** "they more than tripled", "it fell by 41%": a pronoun just before a change is its subject. */
export const PRONOUN_BEFORE = EN.pattern('pronoun-before');

/** "The 2021 total, 133,726, was", "the number dropped to 302,000": the tally is the figure's. */
// "The total for 2021 was about 133,700": the tally's own period may stand between it and its verb.
export const TALLY_JUST_BEFORE = EN.pattern('tally-just-before');

/** "the 2023 figure", "the count", "2021's total": a tally of whatever the text is counting. */
export const TALLY = EN.pattern('tally');

/** A list item's label, and the metric and rate it gives its figure. */
export interface LabelledItem {
  readonly label: string;
  readonly metric: Metric;
  readonly per: RateUnit | null;
  readonly basis: RateBasis | null;
}

/** A labelled list item's reading: its label, the metric it counts and the rate its label gives. */
export function labelledItem(ctx: SentenceContext, figure: Building, words: readonly string[]): LabelledItem | null {
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
const LABELLED = EN.pattern('labelled');
/** Label words that say the item counts something else: an age, money, a share. */
const NOT_THE_FLOW = EN.words('not-the-flow');
const CHANGE_LABEL = EN.words('change-label');

/**
 * The label of a labelled list item whose figure, after the colon, names nothing it counts of its
 * own; null otherwise, or when the label names a group, a thing the catalogue counts ("boats") or
 * something else again ("Age: 65", "Deaths: 36" is an event and never reaches here).
 */
function labelOf(ctx: SentenceContext, figure: Building, words: readonly string[]): string | null {
  const label = LABELLED.exec(ctx.body);
  if (!label || figure.start - ctx.sentence.start < label[0].length) return null;
  // "- 2020: 6,465, down 29% on 2019 as borders shut": words after a comma are a clause of their own, not what the figure counts.
  const ownWords = /^\s*,/.test(cut(ctx.m, figure.end, figure.end + 3)) ? [] : words;
  if (ownWords.length > 0 && !continuesPrior(ownWords, figure.per) && !GENERIC_PEOPLE.has(stem(ownWords[0]!))) return null;
  const labelTokens = tokenize(label[1]!, 0, label[1]!.length);
  // A change's label ("Change in percent") is right for a change, and for nothing else.
  const change = figure.mention?.change !== null && figure.mention?.change !== undefined;
  if (labelTokens.some((t) => GROUPS.has(t.stem) || ctx.catalogue.unitStems.has(t.stem) || NOT_THE_FLOW.has(t.stem) || (!change && CHANGE_LABEL.has(t.stem)))) return null;
  return label[1]!.trim();
}

/** The figure with the rate its label gives it: "Daily average in 2024", "Average day that month". */
function withLabelRate(figure: Building, label: string): Building {
  // A list's label gives a rate as a table's column header does.
  const per = figure.per === null ? headerRate(label) : null;
  return per === null ? figure : { ...figure, per, basis: /\baverage\b/i.test(label) ? 'average' : figure.basis };
}

/** The topic flow, or its rate in the figure's unit of time; null when the figure's unit is another. */
export function topicMetric(catalogue: MetricCatalogue, topic: Metric, figure: Building): Metric | null {
  if (figure.per === null) return figure.unit === null || figure.unit === topic.unit ? topic : null;
  return catalogue.rates.get(`${topic.id}|${figure.per}`) ?? null;
}

/** "the number of X": what a tally word says it counts, before a figure or after a change (lexicon subject-of). */
export const SUBJECT_OF = EN.pattern('subject-of');

/**
 * "El Gobierno multiplicó por tres el número de agentes": a change whose object, just after it,
 * names a count no frame of the catalogue keeps compares that count, not the text's flow.
 */
export function changesOtherCount(ctx: SentenceContext, figure: Building): boolean {
  const object = SUBJECT_OF.exec(cut(ctx.m, figure.end, Math.min(ctx.sentence.end, figure.end + 60)));
  if (!object) return false;
  const noun = stem(object[1]!);
  return !GENERIC_PEOPLE.has(noun) && !ctx.frames.list.some((frame) => frame.counts.has(noun));
}
