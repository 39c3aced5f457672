/**
 * comparison: "nearly tripled", "a 99% reduction", "9,000 fewer", "decreased from 2,461 to 140"
 * must agree with the figures they compare, when those figures are in the registry. The result is
 * computed from the two intervals, so rounding on either side is allowed for.
 */
import { formatNumber, intervalsOverlap, type Hedge, type Interval } from '../../model/figure.js';
import type { Claim, Comparison } from '../../model/types.js';
import { lengthInDays } from '../../model/period.js';
import { DAYS_PER } from './rate-total.js';
import { docsPath, type Check } from '../types.js';
import { isDraftClaim } from '../shared.js';
import { periodKey, seriesKey, type ClaimIndex } from '../claim-index.js';

const ID = 'comparison';

function divide(a: Interval, b: Interval): Interval | null {
  if (b[0] <= 0) return null;
  return [a[0] / b[1], a[1] / b[0]];
}

/** What subject against baseline actually gives, in the comparison's own terms. */
export function computeComparison(kind: 'ratio' | 'difference' | 'percent-change', subject: Interval, baseline: Interval): Interval | null {
  if (kind === 'ratio') return divide(subject, baseline);
  if (kind === 'difference') return [subject[0] - baseline[1], subject[1] - baseline[0]];
  const ratio = divide(subject, baseline);
  return ratio && [(ratio[0] - 1) * 100, (ratio[1] - 1) * 100];
}

/**
 * The stated comparison as a signed interval. A percent change (or a ratio in digits) stated with
 * no hedge may be cut short rather than rounded (520,085 to 302,203 is a 41.9% drop, which wire stories print as "a
 * 41% decrease"), so its far end reaches the next whole step: "a 99% reduction" is −100 … −98.5.
 */
export function stated(claim: Claim): Interval {
  const quantity = claim.quantity!;
  return statedInterval(quantity.interval, quantity.hedge, claim.comparison!, claim.figure);
}

/** stated() for a comparison that is no claim: a draft's own (src/checks/rules/internal-conflict.ts). */
export function statedInterval(given: Interval, hedge: Hedge, spec: Pick<Comparison, 'kind' | 'direction'>, figure: string): Interval {
  // "more than 70% of last year's crossings": a share said in percent is a ratio in hundredths.
  const percentShare = spec.kind === 'ratio' && PERCENT_SAID.test(figure);
  const interval: Interval = percentShare ? [given[0] / 100, given[1] / 100] : given;
  const [low, written] = aboutAPercent(interval, hedge, spec);
  // So may a ratio in digits: 40,297 ÷ 6,134 is 6.57, printed "6,5 veces". What is cut short is the
  // fraction, never a whole digit: nobody prints a 99% fall as "90 percent", so the far end moves by
  // at most half a unit ("41%" reaches 42, "90 percent" 95.5).
  const cutShort = hedge.kind === 'none' && (spec.kind === 'percent-change' || (spec.kind === 'ratio' && /\d/.test(figure)));
  // "more than half", "more than double": a ratio in words said as a floor holds up to the next
  // ratio a writer would name instead (two-thirds, two and a half times): a third more than it.
  // So does a share in percent ("more than 55% of last year's crossings" holds 57.4%).
  const floorInWords = hedge.kind === 'over' && spec.kind === 'ratio' && (!/\d/.test(figure) || percentShare);
  const high = cutShort ? written + Math.min((written - low) / 2, 0.5) : floorInWords ? Math.max(written, (low * 4) / 3) : written;
  if (spec.kind !== 'ratio' && spec.direction === 'decrease') return [-high, -low];
  // "a hundred times fewer": a factor of more than one said as a decrease is its inverse, 1/102 to 1/90.
  if (spec.kind === 'ratio' && spec.direction === 'decrease' && low > 1) return [1 / high, 1 / low];
  return [low, high];
}

const PERCENT_SAID = /%|\bper ?cent\b|\bpor ciento\b/i;

/**
 * "a drop of about 90 percent": a round percent said about is within a little over half its step,
 * 84 to 96, not the whole step a count "about 90,000" may stand for. A percent is already a rounded
 * ratio, and a fall of 99% is not what anyone calls "about 90".
 */
function aboutAPercent(interval: Interval, hedge: Hedge, spec: Pick<Comparison, 'kind'>): Interval {
  if (hedge.kind !== 'approximately' || spec.kind !== 'percent-change') return interval;
  const [low, high] = interval;
  const middle = (low + high) / 2;
  const margin = Math.min((high - low) / 2, Math.max(((high - low) / 2) * 0.6, 1));
  return [middle - margin, middle + margin];
}

export const comparison: Check = {
  meta: {
    id: ID,
    description: 'A difference, ratio or percent change disagrees with the figures it compares, where those are in the registry.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      mismatch: '"{{figure}}" does not fit the figures it compares: {{arithmetic}} is {{actual}}, and "{{figure}}" reads as {{stated}}.',
      wrongDirection: '"{{figure}}" says {{direction}}, but {{subject}} against {{baseline}} is {{actual}}.',
    },
  },
  run(context) {
    const byId = context.registry.claimsById;
    for (const claim of context.index.comparisons) {
      const spec = claim.comparison!;
      const subject = spec.subject === null ? (spec.kind === 'change' ? claim : undefined) : byId.get(spec.subject);
      const baseline = spec.baseline === null ? undefined : byId.get(spec.baseline);
      if (!subject?.quantity || !baseline?.quantity) continue;
      if (spec.kind !== 'ratio' && unlikeSpans(subject, baseline, spec.direction)) continue;
      const [s, b] = commensurate(subject, baseline);
      const data = { figure: claim.figure, subject: `${subject.figure} (${subject.period?.text ?? 'no period'})`, baseline: `${baseline.figure} (${baseline.period?.text ?? 'no period'})` };
      const claims = [
        { claim, role: 'comparison' },
        ...(subject === claim ? [] : [{ claim: subject, role: 'subject' }]),
        { claim: baseline, role: 'baseline' },
      ];
      if (spec.kind === 'change' || claim.quantity === null) {
        const direction = spec.direction;
        const wrong = (direction === 'decrease' && s[0] >= b[1]) || (direction === 'increase' && s[1] <= b[0]);
        if (direction && wrong) {
          context.report({ messageId: 'wrongDirection', field: 'comparison', data: { ...data, direction, actual: s[0] >= b[1] ? 'an increase or no change' : 'a decrease or no change' }, claims });
        }
        continue;
      }
      const actual = computeComparison(spec.kind, s, b);
      if (actual === null) continue;
      const expected = stated(claim);
      if (!intervalsOverlap(actual, expected) && !fitsTheRegistrysOwn(context.index, spec.kind, subject, baseline, expected)) {
        context.report({
          messageId: 'mismatch',
          field: 'value',
          data: { ...data, arithmetic: arithmetic(spec.kind, subject, baseline), actual: shownResult(spec.kind, pointOf(subject, baseline), pointOf(baseline, subject), actual), stated: inWords(spec.kind, expected) },
          claims,
        });
      }
    }
  },
};

export type Computed = 'ratio' | 'difference' | 'percent-change';

/**
 * "In 2022 the caption said 284,000 … the flow grew 86% on 2021": a comparison set against a draft
 * figure the registry contradicts (its error is reported on its own line) is held to the
 * registry's figures for that period too, and is not failed when it fits them: it is the draft's
 * wrong figure, not the comparison, that is wrong.
 */
function fitsTheRegistrysOwn(index: ClaimIndex, kind: Computed, subject: Claim, baseline: Claim, expected: Interval): boolean {
  const subjects = [subject, ...registrysOwn(index, subject)];
  const baselines = [baseline, ...registrysOwn(index, baseline)];
  if (subjects.length + baselines.length === 2) return false;
  return subjects.some((s) => baselines.some((b) => {
    const [si, bi] = commensurate(s, b);
    const actual = computeComparison(kind, si, bi);
    return actual !== null && intervalsOverlap(actual, expected);
  }));
}

/** The registry's figures of a draft figure's series and period that contradict it (none for a registry figure). */
function registrysOwn(index: ClaimIndex, claim: Claim): Claim[] {
  if (!isDraftClaim(claim) || !claim.period) return [];
  const same = index.series.get(seriesKey(claim))?.byPeriod.get(periodKey(claim)) ?? [];
  return same.filter((other) => !isDraftClaim(other) && !intervalsOverlap(other.quantity!.interval, claim.quantity!.interval));
}

/** How much longer one span may be than the other for their counts to be compared as they stand. */
const LIKE_SPANS = 1.25;

/**
 * Two counts over spans of unlike length, neither within the other, where the shorter one is said
 * to be the smaller: "132 so far in March, down 97% from 2024" compares eighteen days with a year,
 * which as counts is no news and says nothing the text meant (it meant the pace). The other way it
 * is a claim and is checked ("so far this year about double 2018's total", when it is 5.4 times).
 * A part of a span ("the first 17 days accounted for three quarters of July") is still compared,
 * and so is a ratio ("so far this year already more than half of that record") and a rate with a
 * total (commensurate, below).
 */
function unlikeSpans(subject: Claim, baseline: Claim, direction: Comparison['direction']): boolean {
  if (subject.quantity!.per !== null || baseline.quantity!.per !== null || !subject.period || !baseline.period) return false;
  const [a, b] = [subject.period, baseline.period];
  if ((a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)) return false;
  const ratio = lengthInDays(a) / lengthInDays(b);
  return (ratio < 1 / LIKE_SPANS && direction === 'decrease') || (ratio > LIKE_SPANS && direction === 'increase');
}

/**
 * A rate compared with a flow's total ("80 a day in 2016 … last year ten times higher", where the
 * registry holds last year's total): how many of the rate's units of time the total's period
 * holds, or null when the two are not a flow and its rate (they are then compared as they stand).
 */
function unitsOf(claim: Claim, other: Claim): number | null {
  const per = other.quantity!.per;
  const flowOfOther = other.metric.kind === 'rate' ? other.metric.rateOf : null;
  if (claim.quantity!.per !== null || per === null || !claim.period || claim.metric.id !== flowOfOther) return null;
  return lengthInDays(claim.period) / DAYS_PER[per];
}

/** A side's interval in the measure of the comparison: a total as the rate it makes where the other side is a rate. */
function perUnit(claim: Claim, other: Claim, interval: Interval): Interval {
  const units = unitsOf(claim, other);
  return units === null ? interval : [interval[0] / units, interval[1] / units];
}

function commensurate(subject: Claim, baseline: Claim): [Interval, Interval] {
  return [perUnit(subject, baseline, subject.quantity!.interval), perUnit(baseline, subject, baseline.quantity!.interval)];
}

function pointOf(claim: Claim, other: Claim): number {
  const value = claim.quantity!.value;
  return perUnit(claim, other, [value, value])[0];
}

/** "248,284 (2022, ref-efe) ÷ 133,726 (2021, ref-efe)": the sum an editor would do by hand. */
function arithmetic(kind: Computed, subject: Claim, baseline: Claim): string {
  const s = operand(subject, baseline);
  const b = operand(baseline, subject);
  if (kind === 'ratio') return `${s} ÷ ${b}`;
  if (kind === 'difference') return `${s} − ${b}`;
  return `${s} against ${b}`;
}

/** A figure by its value, not as written ("248.284" in a Spanish source is 248,284), with where it is from. */
function operand(claim: Claim, other?: Claim): string {
  const from = isDraftClaim(claim) ? 'this draft' : claim.source.id;
  const written = `${formatNumber(claim.quantity!.value)} (${claim.period?.text ?? 'no period'}, ${from})`;
  // "248,284 (2022, ref), 680 a day,": a total set against a rate is shown as the rate it makes.
  const units = other ? unitsOf(claim, other) : null;
  return units === null ? written : `${written}, ${formatNumber(Math.round(claim.quantity!.value / units))} a ${other!.quantity!.per},`;
}

/**
 * The result from the figures' values, as an editor would compute it ("a rise of 85.7%"), with
 * the range the figures' rounding allows when that range is wide enough to change the answer.
 */
export function shownResult(kind: Computed, subject: number, baseline: number, range: Interval): string {
  const point = computeComparison(kind, [subject, subject], [baseline, baseline]);
  const value = point ? point[0] : (range[0] + range[1]) / 2;
  const wide = range[1] - range[0] > Math.abs(value) * 0.01;
  return wide ? `${inWords(kind, [value, value])} (${inWords(kind, range)} with the figures' rounding)` : inWords(kind, [value, value]);
}

/** A result or a stated range in the comparison's terms: "1.86 times", "a rise of 55 to 70%", "170,000 to 190,000 fewer". */
export function inWords(kind: Computed, [low, high]: Interval): string {
  const span = (a: string, b: string): string => (a === b ? a : `${a} to ${b}`);
  if (kind === 'ratio') return `${span(significant(low), significant(high))} times`;
  const negative = high < 0 || (high === 0 && low < 0);
  const [a, b] = negative ? [-high, -low] : [low, high];
  if (kind === 'percent-change') {
    const number = span(formatNumber(Number(a.toFixed(1))), formatNumber(Number(b.toFixed(1))));
    return low < 0 && high > 0 ? `a change of ${formatNumber(Number(low.toFixed(1)))} to +${formatNumber(Number(high.toFixed(1)))}%` : `a ${negative ? 'fall' : 'rise'} of ${number}%`;
  }
  return `${span(formatNumber(Math.round(a)), formatNumber(Math.round(b)))} ${negative ? 'fewer' : 'more'}`;
}

function significant(value: number): string {
  return formatNumber(Number(value.toPrecision(3)));
}
