/**
 * rate-unit: a rate whose number is right but whose unit is not. "Barely 140 people a week reached
 * the village in early 2022" where the registry has 140 a day for February 2022: the same figure
 * per another unit, for a period that overlaps, and no figure of the flow for that time near what
 * the rate makes a day. A slip of the unit, not of the number; magnitude misses it when the units
 * are less than ten times apart (a day and a week).
 */
import { formatNumber, intervalsOverlap } from '../../model/figure.js';
import type { Claim } from '../../model/types.js';
import type { Series } from '../claim-index.js';
import { docsPath, type Check } from '../types.js';
import { listSources } from '../shared.js';
import { daysOf, familyKey, spanWords } from './magnitude.js';
import { DAYS_PER } from './rate-total.js';

const ID = 'rate-unit';
/** Within this factor of a figure for the time, a rate agrees with something and is left alone. */
const NEAR = 1.5;

/**
 * Every figure of each flow that can be held to a daily rate, by flow: the series' figures, and the
 * ends of changes ("decreased from 2,461 a day to 140"), which are figures of the flow too.
 */
function byFlow(series: Iterable<Series>, comparisons: readonly Claim[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  const ends = comparisons.filter((c) => c.comparison!.kind === 'change' && c.quantity && c.period);
  for (const claim of [...[...series].flatMap((one) => one.claims), ...ends]) {
    if (!claim.quantity || (claim.metric.kind !== 'rate' && claim.metric.kind !== 'flow') || daysOf(claim) <= 0) continue;
    const key = familyKey(claim);
    const list = out.get(key);
    if (list) list.push(claim);
    else out.set(key, [claim]);
  }
  return out;
}

export const rateUnit: Check = {
  meta: {
    id: ID,
    description: 'A rate whose number another source gives per another unit of time, for the same time.',
    severity: 'warning',
    docs: docsPath(ID),
    messages: {
      otherUnit: '"{{figure}}" a {{per}} for {{period}}: {{theirs}} gives {{value}} a {{theirPer}} for {{theirPeriod}}. A {{per}}, it makes {{perDay}} a day, and no figure of {{metric}} for that time comes near it. Is the unit a {{theirPer}}?',
    },
  },
  run(context) {
    const flows = byFlow(context.index.series.values(), context.index.comparisons);
    const rates = [...context.index.series.values()].flatMap((s) => (s.claims[0]?.quantity?.per ? s.claims : []));
    for (const claim of [...rates, ...context.index.vague]) {
      const q = claim.quantity!;
      const span = claim.period ?? claim.within;
      if (!q.per || !span || q.value <= 0) continue;
      const around = (flows.get(familyKey(claim)) ?? []).filter((c) => c !== claim && c.period!.start <= span.end && span.start <= c.period!.end);
      const same = around.find((c) => c.quantity!.per !== null && c.quantity!.per !== q.per && intervalsOverlap(c.quantity!.interval, q.interval));
      if (!same) continue;
      const perDay = q.value / DAYS_PER[q.per];
      if (around.some((c) => c.source !== claim.source && Math.max(perDay, dailyOf(c)) <= NEAR * Math.min(perDay, dailyOf(c)))) continue;
      context.report({
        messageId: 'otherUnit',
        field: 'value',
        data: {
          figure: claim.figure,
          per: q.per,
          period: claim.period ? claim.period.text : spanWords(claim),
          theirs: listSources([same]),
          value: formatNumber(same.quantity!.value),
          theirPer: same.quantity!.per!,
          theirPeriod: same.period!.text,
          perDay: formatNumber(Number(perDay.toPrecision(3))),
          metric: claim.metric.rateOf ?? claim.metric.id,
        },
        claims: [{ claim, role: 'figure' }, { claim: same, role: 'other unit' }],
      });
    }
  },
};

function dailyOf(claim: Claim): number {
  return claim.quantity!.value / daysOf(claim);
}
