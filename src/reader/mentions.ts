/**
 * Mentions stage: a figure record for each number the sentence holds (src/text/numbers.ts finds
 * them), with the interval a text's rounding stands for, and the "from ... to" pairs linked.
 */
import { intervalOf, type Hedge, type Interval } from '../model/figure.js';
import type { FigureMention, RangeEnd } from '../text/numbers.js';
import { type SentenceContext, quoteOf } from './context.js';
import type { Building } from './record.js';
import { EN } from './lexicon/en.js';
import { ageHolder } from './ages.js';
import { cut } from '../text/one-byte.js';

/** A figure for each number found, with nothing yet read about it. */
export function quantitiesOf(ctx: SentenceContext, mentions: readonly FigureMention[]): Building[] {
  const built: Building[] = [];
  for (const mention of mentions) {
    // lint checks an age only of someone whose birth day the catalogue gives (ages.ts).
    if (mention.age && ctx.options.purpose === 'lint' && !ageHolder(ctx, mention)) continue;
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
      interval: mention.range ? rangeInterval(mention.range, mention.hedge.kind) : rateInterval(mention, readInterval(mention.value, mention.step, mention.hedge.kind, mention.unit === 'times')),
      // An age ("were under 18", "65-year-old") is in years: it can count no people.
      unit: mention.unit ?? (mention.age ? 'years' : null),
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
export function linkFromTo(built: readonly Building[]): void {
  for (let i = 0; i < built.length; i++) {
    const b = built[i]!;
    if (!b.mention!.to) continue;
    const a = [...built.slice(0, i)].reverse().find((f) => f.mention!.from);
    if (!a) continue;
    if (b.unit === null && a.unit !== null) b.unit = a.unit;
    if (b.per === null && a.per !== null) [b.per, b.perCarried] = [a.per, true];
    const verb = a.mention!.changeVerb;
    if (verb && !b.mention!.change) {
      b.comparisonDraft = { kind: 'change', direction: verb, subject: null, baseline: a, baselinePeriod: null, baselineWords: null };
    }
  }
}

/**
 * "For 2024 it gives about 826 a day, and for 2025 fewer than nine": a figure that ends the
 * sentence after "and" and its own period, with no words of its own, is said as the figure before
 * it was, a rate of the same unit. (A figure with words after it, "and 3,091 crossed in 2025",
 * says what it is.)
 */
export function carryRate(built: readonly Building[], m: string): void {
  for (let i = 1; i < built.length; i++) {
    const [before, figure] = [built[i - 1]!, built[i]!];
    if (before.mention!.change || figure.mention!.change) continue;
    // "entraban 3.000 y 4.000 personas al día", "3,000 and 4,000 people a day": listed tightly
    // before a rate and of its size (a range said without "between"), a bare figure is said per
    // the same unit; "reaching 520,085 and about 1,400 a day" is a total and a rate.
    // The pair's busiest days ("hubo picos …, puesto que entraban 3.000 y 4.000 al día") are both ends'.
    if (before.per === null && figure.per !== null && before.unit === figure.unit && sameSize(before.value ?? 0, figure.value ?? 0) && RANGE_JOINER.test(cut(m, before.end, figure.start))) [before.per, before.basis] = [figure.per, before.mention!.basis ?? figure.mention!.basis];
    if (before.per === null || figure.per !== null || figure.unit !== null) continue;
    const gap = cut(m, before.end, figure.start);
    const perWords = before.mention!.perWords;
    if (perWords === null || !ELIDED.test(gap.replace(perWords, ' ')) || !/^\s*[.;!?]?\s*$/.test(cut(m, figure.end, figure.sentence.end))) continue;
    // "about 1,425 a day in 2023; in 2024, only 302,203": a figure far above the rate is a total.
    if ((figure.value ?? 0) > ELIDED_RATE_RISE * (before.value ?? 0)) continue;
    figure.per = before.per;
    figure.perCarried = true;
  }
}
const ELIDED = EN.pattern('elided-rate-gap');
/** How far above a rate the figure after it may be and still be said in its unit ("680 a day; in 2023 it was more than 1,400"). */
const ELIDED_RATE_RISE = 10;
/** Within a factor of three of each other: the two ends of one range, not a total and its rate. */
const sameSize = (a: number, b: number): boolean => a > 0 && b > 0 && Math.max(a, b) <= 3 * Math.min(a, b);
/** "3.000 y 4.000": a conjunction alone, no comma ("held 2,000, and 1,400 a day passed" is two clauses). */
const RANGE_JOINER = /^\s+(?:y|and|o|or|a|to)\s+$/i;

/**
 * "un promedio diario de mil 250" for 281,399 in 225 days (1,250.66): an average is as often cut
 * off as rounded, so a plain rate stands for up to its next unit above, as a cut-off count does.
 */
function rateInterval(mention: FigureMention, interval: Interval): Interval {
  if (mention.per === null || mention.hedge.kind !== 'none' || mention.unit !== null) return interval;
  return [interval[0], Math.max(interval[1], mention.value + mention.step)];
}

/** "between 2,000 and 3,000": from the low end's low to the high end's high, each as it is rounded. */
export function rangeInterval(range: { readonly low: RangeEnd; readonly high: RangeEnd }, hedge: Hedge['kind']): Interval {
  return [readInterval(range.low.value, range.low.step, hedge)[0], readInterval(range.high.value, range.high.step, hedge)[1]];
}

/**
 * A figure's interval as a text states it. A round figure with no hedge covers up to the next step
 * above it as well as half a step below: newsrooms round to the nearest and also cut off ("a total
 * of 133,000" for 133,726), and a draft is not wrong for doing either. The registry's own figures
 * keep the hedge table's reading (docs/registry.md); this is how a text is read, not stored.
 */
export function readInterval(value: number, step: number, hedge: Hedge['kind'], multiple = false): Interval {
  // "more than double" is said of 2.3 as of 2.05, up to where "tripled" would be said instead;
  // "almost six times" of 6.05 as of 5.6: a ratio of rounded figures is itself rounded.
  if (multiple && hedge === 'over' && value >= 2 && Number.isInteger(value)) return [value, value + 1];
  if (multiple && (hedge === 'under' || hedge === 'at-most' || hedge === 'below') && value >= 2 && Number.isInteger(value)) return [intervalOf(value, step, hedge)[0], value * 1.02];
  const interval = intervalOf(value, step, hedge);
  // Only where three or more digits are given ("133,000", not "30,000" or "$6 million"): a cut-off
  // figure that coarse would stand for almost anything.
  return hedge === 'none' && step >= 1000 && step * 100 <= value ? [interval[0], value + step - 1] : interval;
}
