/**
 * rate-total: a rate times the length of its period should agree with a total for that period.
 * An average rate must match it; a peak rate only bounds it from above (the busiest day times the
 * days cannot be less than the total); a spot rate ("140 today") says nothing about a total.
 */
import { formatInterval, type Interval } from '../../model/figure.js';
import { lengthInDays } from '../../model/period.js';
import type { Claim, RateUnit } from '../../model/types.js';
import { docsPath, type Check } from '../types.js';
import { seriesKeyOf } from '../claim-index.js';
import { describeRange } from '../shared.js';

const ID = 'rate-total';

const DAYS_PER: Record<RateUnit, number> = { day: 1, week: 7, month: 365.2425 / 12, year: 365.2425 };

/** How many rate units a period holds: whole calendar months count as months exactly. */
export function unitsIn(claim: Claim, per: RateUnit): number {
  const period = claim.period!;
  if (per === 'month' && (period.precision === 'month' || period.precision === 'year')) {
    const from = new Date(period.start * 86_400_000);
    const to = new Date(period.end * 86_400_000);
    return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  }
  if (per === 'year' && period.precision === 'year') return Math.round(lengthInDays(period) / 365);
  return lengthInDays(period) / DAYS_PER[per];
}

export const rateTotal: Check = {
  meta: {
    id: ID,
    description: 'A rate times the length of its period disagrees with a total for that period (a peak rate only bounds it from above).',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      averageMismatch: '{{rate}} per {{per}} over {{period}} makes {{implied}}, but the total stated for that period is {{total}}.',
      peakTooLow: 'At a peak of {{rate}} per {{per}}, {{period}} could hold at most {{implied}}, but the total stated is {{total}}.',
    },
  },
  run(context) {
    for (const series of context.index.series.values()) {
      for (const rate of series.claims) {
        const quantity = rate.quantity!;
        if (quantity.per === null || quantity.basis === 'spot') continue;
        const totalsKey = seriesKeyOf(rate.metric.rateOf ?? rate.metric.id, rate.place, quantity.unit, '');
        const totals = context.index.series.get(totalsKey)?.byPeriod.get(`${rate.period!.start}:${rate.period!.end}`);
        if (!totals) continue;
        const units = unitsIn(rate, quantity.per);
        const implied: Interval = [quantity.interval[0] * units, quantity.interval[1] * units];
        for (const total of totals) {
          const [low, high] = total.quantity!.interval;
          const data = { rate: rate.figure, per: quantity.per, period: rate.period!.text, implied: formatInterval(implied), total: `${total.figure} (${total.source.id}, ${describeRange(total)})` };
          const claims = [{ claim: rate, role: 'rate' }, { claim: total, role: 'total' }];
          if (quantity.basis === 'peak') {
            if (low > implied[1]) context.report({ messageId: 'peakTooLow', field: 'value', data, claims });
          } else if (low > implied[1] || high < implied[0]) {
            context.report({ messageId: 'averageMismatch', field: 'value', data, claims });
          }
        }
      }
    }
  },
};
