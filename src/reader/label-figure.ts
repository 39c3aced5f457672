/**
 * Attach stage, a figure set as the label of its line, as a box of numbers writes it: "- **+86%**:
 * 2022 over 2021", "- **About 130,000 more**: 2022 over 2021", "**31%** — how far crossings fell".
 * Its sign or its "more"/"fewer" says the way of its change, which the number reader, reading a
 * sentence, does not take from a sign or from "more" before a colon (an addition, "30 more").
 * With no metric of its own, it counts what the text is counting (read from context: lint warns
 * about it, never fails). The gloss after the colon or dash gives its periods, read as any clause's.
 */
import type { SentenceContext } from './context.js';
import { topicMetric } from './metric-context.js';
import { blame, type Building } from './record.js';
import { AVERAGE_WORDS, headerRate } from './tables.js';
import { EN } from './lexicon/en.js';
import { cut } from '../text/one-byte.js';

const FIGURE_LABEL = EN.pattern('figure-label');
/** Where a label ends: a colon or a dash, after "more"/"fewer" for a difference. */
const LABEL_END = EN.pattern('label-end');
const MINUS = /[-−–]/;
const GLOSS_MORE = EN.pattern('gloss-how-many-more');

/** The figure that labels its sentence, and what follows the number before the colon or dash. */
function labelOf(m: string, built: readonly Building[], sentenceStart: number): { figure: Building; more: string } | null {
  const figure = built[0];
  if (!figure || figure.kind !== 'quantity') return null;
  const end = LABEL_END.exec(cut(m, figure.end, figure.end + 24));
  if (!end || !FIGURE_LABEL.test(cut(m, sentenceStart, figure.end).replace(/^([\s*_]*)[+−–-]/, '$1'))) return null;
  return { figure, more: end[1]!.trim().toLowerCase() };
}

/**
 * Before the metric and comparison stages: a label's sign or "more"/"fewer" makes its change, and
 * a unit of time in its gloss its rate ("**About 826** — the daily average in 2024").
 */
export function labelWords(m: string, built: Building[], sentenceStart: number, sentenceEnd: number): void {
  const label = labelOf(m, built, sentenceStart);
  if (!label) return;
  const { figure } = label;
  const gloss = cut(m, figure.end, sentenceEnd);
  // "**371,801:** how many more people made the trek in 2023 than in 2022": the gloss says "more".
  const asked = GLOSS_MORE.exec(gloss);
  const more = label.more || ((asked?.[1] ?? asked?.[2])?.toLowerCase() ?? '');
  // Not a rate the gloss gives a figure of its own: "**520,085.** That was the record, …, an average of
  // more than 1,400 arrivals a day".
  const per = figure.per === null && more === '' && !built.some((other) => other.start > figure.end) ? headerRate(gloss) : null;
  if (per !== null) {
    figure.per = per;
    // An average over a period the gloss may not name ("in the record year"): never as of the page.
    if (AVERAGE_WORDS.test(gloss)) figure.mention = { ...figure.mention!, basis: 'average' };
  }
  if (figure.mention!.change) return;
  const sign = cut(m, Math.max(sentenceStart, figure.start - 3), figure.start).replace(/[\s*_]/g, '').slice(-1);
  const direction = more === 'more' || more === 'más' || sign === '+' ? 'increase' : more !== '' || (sign !== '' && MINUS.test(sign)) ? 'decrease' : null;
  if (direction === null) return;
  const kind = figure.unit === 'percent' ? 'percent-change' : more !== '' && figure.unit === null ? 'difference' : null;
  if (kind === null) return;
  figure.mention = { ...figure.mention!, change: { kind, direction }, part: null };
  blame(figure, null);
}

/** After the comparison stage: a label that counts nothing of its own counts the text's topic. */
export function labelMetric(ctx: SentenceContext, built: readonly Building[]): void {
  const label = ctx.topic ? labelOf(ctx.m, built, ctx.sentence.start) : null;
  // "Tourism recovered too: about 2.1 million people entered Panama through Tocumen airport":
  // a sentence that names another way in counts that way.
  if (!label || label.figure.metric || ctx.tags().elsewhere) return;
  // A change ("+86%", "Triple") counts the flow it compares.
  const metric = label.figure.comparisonDraft ? ctx.topic : topicMetric(ctx.catalogue, ctx.topic!, label.figure);
  if (!metric) return;
  label.figure.metric = metric;
  label.figure.metricFrom = 'context';
  label.figure.phrase = 'the flow the text was counting, for a figure set as a label';
  if (label.figure.problem?.includes('metric')) blame(label.figure, null);
}
