/**
 * magnitude: a flow or a rate off by a factor of ten or more from every figure of its flow for an
 * overlapping period, once each is scaled to a daily rate. It catches a day's figure given per
 * month, thousands written for millions, a total given as a rate: slips that figure-conflict and
 * rate-total miss because the periods are not the same (July 1–17 against "a month, now").
 *
 * Only overlapping periods are compared, never the same one (figure-conflict and rate-total say
 * more there), and never a peak ("at its height"), which may well be ten times an average.
 */
import { formatNumber, intervalsOverlap } from '../../model/figure.js';
import { seriesKey } from '../claim-index.js';
import { lengthInDays } from '../../model/period.js';
import type { Claim, RateUnit } from '../../model/types.js';
import { docsPath, type Check } from '../types.js';
import { countIndependent, listSources } from '../shared.js';

const ID = 'magnitude';
/** How far off a figure must be, as a factor, to be reported. */
export const MAGNITUDE_FACTOR = 10;
const DAYS_PER: Record<RateUnit, number> = { day: 1, week: 7, month: 365.2425 / 12, year: 365.2425 };
const SHOWN = 3;

interface Daily {
  readonly claim: Claim;
  readonly low: number;
  readonly high: number;
}

interface PeriodGroup {
  readonly start: number;
  readonly end: number;
  readonly daily: Daily[];
  low: number;
  high: number;
}

/** A flow's total or a rate of it, as a daily rate; null for what cannot be scaled. */
function dailyOf(claim: Claim): Daily | null {
  const q = claim.quantity;
  if (!q || !claim.period || q.basis === 'peak' || q.interval[0] <= 0 || !Number.isFinite(q.interval[1])) return null;
  if (claim.metric.kind === 'flow' && q.per === null) {
    const days = lengthInDays(claim.period);
    return { claim, low: q.interval[0] / days, high: q.interval[1] / days };
  }
  if ((claim.metric.kind === 'rate' || claim.metric.kind === 'flow') && q.per !== null) {
    return { claim, low: q.interval[0] / DAYS_PER[q.per], high: q.interval[1] / DAYS_PER[q.per] };
  }
  return null;
}

/** Each flow with its rates, by place and unit, and within it each period's claims. */
function families(claims: readonly Claim[]): Map<string, Map<string, PeriodGroup>> {
  const out = new Map<string, Map<string, PeriodGroup>>();
  for (const claim of claims) {
    const daily = dailyOf(claim);
    if (!daily) continue;
    const flow = claim.metric.kind === 'rate' ? (claim.metric.rateOf ?? claim.metric.id) : claim.metric.id;
    const key = `${flow}\u0000${claim.place}\u0000${claim.quantity!.unit}`;
    let family = out.get(key);
    if (!family) out.set(key, (family = new Map()));
    const period = claim.period!;
    const periodKey = `${period.start}:${period.end}`;
    const group = family.get(periodKey);
    if (group) {
      group.daily.push(daily);
      group.low = Math.min(group.low, daily.low);
      group.high = Math.max(group.high, daily.high);
    } else family.set(periodKey, { start: period.start, end: period.end, daily: [daily], low: daily.low, high: daily.high });
  }
  return out;
}

/**
 * Periods whose daily rates can be held to one order of magnitude: a day or a few weeks within the
 * month around it, or spans of about the same length. A month is not held to its year: a flow
 * that collapses (10 crossings in June against 3,091 in the year) is not a slip.
 */
function comparable(a: PeriodGroup, b: PeriodGroup): boolean {
  const lengthA = a.end - a.start + 1;
  const lengthB = b.end - b.start + 1;
  if (lengthA <= SHORT_DAYS && lengthB <= SHORT_DAYS) return true;
  return Math.max(lengthA, lengthB) <= 2 * Math.min(lengthA, lengthB);
}

const SHORT_DAYS = 31;

function rounded(value: number): string {
  return formatNumber(value >= 100 ? Math.round(value) : Number(value.toPrecision(2)));
}

export const magnitude: Check = {
  meta: {
    id: ID,
    description: 'A flow or rate off by a factor of ten or more from every figure of its flow for an overlapping period.',
    severity: 'warning',
    docs: docsPath(ID),
    messages: {
      tooHigh: '"{{figure}}" for {{period}} is {{factor}} times every figure of {{metric}} for a period overlapping it ({{others}}): it makes {{perDay}} a day, {{perMonth}} a month, {{perYear}} a year.',
      tooLow: '"{{figure}}" for {{period}} is a {{factor}}th of every figure of {{metric}} for a period overlapping it ({{others}}): it makes {{perDay}} a day, {{perMonth}} a month, {{perYear}} a year.',
    },
  },
  run(context) {
    for (const family of families(context.index.series.size > 0 ? [...context.index.series.values()].flatMap((s) => s.claims) : []).values()) {
      const groups = [...family.values()];
      for (const group of groups) {
        // Every other period that overlaps this one and is about as long; the same period is
        // figure-conflict's.
        const around = groups.filter((other) => other !== group && other.start <= group.end && group.start <= other.end && comparable(group, other));
        if (around.length === 0) continue;
        const low = Math.min(...around.map((g) => g.low));
        const high = Math.max(...around.map((g) => g.high));
        for (const daily of group.daily) {
          const tooHigh = daily.low >= MAGNITUDE_FACTOR * high;
          const tooLow = daily.high * MAGNITUDE_FACTOR <= low;
          if (!tooHigh && !tooLow) continue;
          // A figure the same period's figures already contradict is figure-conflict's to report.
          const key = seriesKey(daily.claim);
          if (group.daily.some((d) => d !== daily && seriesKey(d.claim) === key && !intervalsOverlap(d.claim.quantity!.interval, daily.claim.quantity!.interval))) continue;
          // The side fewer independent sources stand behind is the likelier slip; a tie reports
          // both. C's side: the claims of its own period it is not off from, itself included.
          const far = (d: Daily): boolean => (tooHigh ? d.high * MAGNITUDE_FACTOR <= daily.low : d.low >= MAGNITUDE_FACTOR * daily.high);
          const side = group.daily.filter((d) => !far(d)).map((d) => d.claim);
          if (countIndependent(around.flatMap((g) => g.daily.map((d) => d.claim))) < countIndependent(side)) continue;
          // One claim per figure and period: three sources of 11,363 say it once.
          const others = around.flatMap((g) => g.daily.map((d) => d.claim)).filter((c, i, all) => all.findIndex((o) => o.quantity!.value === c.quantity!.value && o.period!.text === c.period!.text) === i);
          const claim = daily.claim;
          const mid = (daily.low + daily.high) / 2;
          context.report({
            messageId: tooHigh ? 'tooHigh' : 'tooLow',
            field: 'value',
            data: {
              figure: claim.figure,
              period: claim.period!.text,
              metric: claim.metric.rateOf ?? claim.metric.id,
              factor: String(Math.floor(tooHigh ? daily.low / high : low / daily.high)),
              others: `${others.slice(0, SHOWN).map((c) => `${c.figure} for ${c.period!.text}`).join(', ')}${others.length > SHOWN ? ', …' : ''}; ${listSources(others.slice(0, SHOWN))}`,
              perDay: rounded(mid),
              perMonth: rounded(mid * DAYS_PER.month),
              perYear: rounded(mid * DAYS_PER.year),
            },
            claims: [{ claim, role: 'figure' }, ...others.slice(0, SHOWN).map((other) => ({ claim: other, role: 'around' }))],
          });
        }
      }
    }
  },
};
