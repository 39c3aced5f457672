/**
 * comparison: "nearly tripled", "a 99% reduction", "9,000 fewer", "decreased from 2,461 to 140"
 * must agree with the figures they compare, when those figures are in the registry. The result is
 * computed from the two intervals, so rounding on either side is allowed for.
 */
import { formatInterval, intervalsOverlap, type Interval } from '../../model/figure.js';
import type { Claim } from '../../model/types.js';
import { docsPath, type Check } from '../types.js';

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
 * The stated comparison as a signed interval. A percent change stated with no hedge may be cut
 * short rather than rounded (520,085 to 302,203 is a 41.9% drop, which wire stories print as "a
 * 41% decrease"), so its far end reaches the next whole step: "a 99% reduction" is −100 … −98.5.
 */
export function stated(claim: Claim): Interval {
  const quantity = claim.quantity!;
  const [low, written] = quantity.interval;
  const high = quantity.hedge.kind === 'none' && claim.comparison!.kind === 'percent-change' ? written + (written - low) / 2 : written;
  if (claim.comparison!.kind !== 'ratio' && claim.comparison!.direction === 'decrease') return [-high, -low];
  return [low, high];
}

export const comparison: Check = {
  meta: {
    id: ID,
    description: 'A difference, ratio or percent change disagrees with the figures it compares, where those are in the registry.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      mismatch: '"{{figure}}" does not fit the figures it compares: {{subject}} against {{baseline}} gives {{actual}}{{unit}}, not {{stated}}{{unit}}.',
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
      const s = subject.quantity.interval;
      const b = baseline.quantity.interval;
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
      if (!intervalsOverlap(actual, expected)) {
        const unit = spec.kind === 'percent-change' ? '%' : spec.kind === 'ratio' ? '×' : '';
        context.report({
          messageId: 'mismatch',
          field: 'value',
          data: { ...data, actual: formatInterval(round(actual), false), stated: formatInterval(expected, false), unit },
          claims,
        });
      }
    }
  },
};

function round(interval: Interval): Interval {
  return [Number(interval[0].toPrecision(4)), Number(interval[1].toPrecision(4))];
}
