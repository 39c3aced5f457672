/**
 * magnitude: a flow or a rate off by a factor of ten or more from every figure of its flow for an
 * overlapping period, once each is scaled to a daily rate. It catches a day's figure given per
 * month, thousands written for millions, a total given as a rate: slips that figure-conflict and
 * rate-total miss because the periods are not the same (July 1–17 against "a month, now").
 *
 * Only overlapping periods are compared (a level stated on two days within two weeks too), never the
 * same one (figure-conflict and rate-total say more there), and never a peak ("at its height"),
 * which may well be ten times an average.
 */
import { formatNumber, intervalsOverlap } from '../../model/figure.js';
import { seriesKey, type Series } from '../claim-index.js';
import { lengthInDays } from '../../model/period.js';
import type { Claim } from '../../model/types.js';
import { DAYS_PER } from './rate-total.js';
import { docsPath, type Check, type CheckContext } from '../types.js';
import { countIndependent, listSources } from '../shared.js';
import { lowerBound } from '../../model/ordered.js';

const ID = 'magnitude';
/** How far off a figure must be, as a factor, to be reported. */
export const MAGNITUDE_FACTOR = 10;
/** Ten times, give or take floating point: 30,910 / 365 against 3,091 / 365 is ten times. */
const FACTOR = MAGNITUDE_FACTOR * (1 - 1e-9);
const SHOWN = 3;
const SCALED_KINDS = new Set(['flow', 'rate', 'level', 'money']);

/**
 * A figure as a daily rate: its value, not its interval. A slip of one zero (30,910 for 3,091) is
 * exactly ten times, and the intervals' rounding would make it a little less.
 */
interface Daily {
  readonly claim: Claim;
  readonly perDay: number;
}

interface PeriodGroup {
  readonly start: number;
  readonly end: number;
  /** The claims of this period, one list per series of the family (the index's own arrays). */
  readonly lists: Array<readonly Claim[]>;
  /** The lowest and highest daily rate any of them states. */
  low: number;
  high: number;
}

/** The flow a figure counts: a rate's flow, or the flow itself. */
function flowOf(claim: Claim): string {
  return claim.metric.kind === 'rate' ? (claim.metric.rateOf ?? claim.metric.id) : claim.metric.id;
}

/** A flow with its rates, where and in what unit: the figures that can be held to one another per day. */
export function familyKey(claim: Claim): string {
  return `${flowOf(claim)}\u0000${claim.place}\u0000${claim.quantity!.unit}`;
}

/** Days per unit a figure counts: a total's period, a rate's unit; 0 for what cannot be scaled. */
export function daysOf(claim: Claim): number {
  const q = claim.quantity;
  if (!q || !claim.period || q.basis === 'peak' || q.interval[0] <= 0 || !Number.isFinite(q.interval[1])) return 0;
  // "about 10,000 had typically crossed in a normal year": a typical year's rate is of no period
  // in particular, least of all the days around the page it was read on.
  if (claim.metric.typical) return 0;
  if (q.per !== null) return claim.metric.kind === 'rate' || claim.metric.kind === 'flow' ? DAYS_PER[q.per] : 0;
  // A level ("20,000 camped") or a sum of money is compared as it stands, not per day.
  if (claim.metric.kind === 'level' || claim.metric.kind === 'money') return 1;
  return claim.metric.kind === 'flow' ? lengthInDays(claim.period) : 0;
}

/** A group's claims as daily rates, made only for the few groups that could hold a slip. */
function dailies(group: PeriodGroup): Daily[] {
  const out: Daily[] = [];
  for (const list of group.lists) {
    for (const claim of list) {
      const days = daysOf(claim);
      if (days > 0) out.push({ claim, perDay: claim.quantity!.value / days });
    }
  }
  return out;
}

/**
 * Each flow with its rates, by place and unit, and within it each period's claims. Built from the
 * index's series, which are already grouped by metric, place, unit and period: on a registry of
 * 100,000 claims, keying and copying each claim afresh cost more than the comparisons.
 */
function families(series: Iterable<Series>): Map<string, Map<string, PeriodGroup>> {
  const out = new Map<string, Map<string, PeriodGroup>>();
  for (const one of series) {
    const first = one.claims[0];
    if (!first?.quantity || !SCALED_KINDS.has(first.metric.kind)) continue;
    const key = familyKey(first);
    let family = out.get(key);
    if (!family) out.set(key, (family = new Map()));
    for (const [periodKey, claims] of one.byPeriod) {
      let low = Number.POSITIVE_INFINITY;
      let high = 0;
      for (const claim of claims) {
        const days = daysOf(claim);
        if (days === 0) continue;
        low = Math.min(low, claim.quantity!.value / days);
        high = Math.max(high, claim.quantity!.value / days);
      }
      if (high === 0) continue;
      const group = family.get(periodKey);
      if (group) {
        group.lists.push(claims);
        group.low = Math.min(group.low, low);
        group.high = Math.max(group.high, high);
      } else family.set(periodKey, { start: claims[0]!.period!.start, end: claims[0]!.period!.end, lists: [claims], low, high });
    }
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

/**
 * A level ("three miles of wire"): it is as it stands on a day. Not a sum of money: two payments
 * days apart ("radios valued at $250,000" after a $3 million donation) are two sums, not one.
 */
function isLevel(group: PeriodGroup): boolean {
  return group.lists[0]![0]!.metric.kind === 'level';
}
/** How far apart two days a level is stated on may be and still be held to each other; a camp can empty in a month. */
const LEVEL_NEAR_DAYS = 14;
/** A period this short is a day, or about one: a level "now", "on July 17". */
const POINT_DAYS = 7;

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
      tooLow: '"{{figure}}" for {{period}} is 1/{{factor}} of every figure of {{metric}} for a period overlapping it ({{others}}): it makes {{perDay}} a day, {{perMonth}} a month, {{perYear}} a year.',
      amountTooHigh: '"{{figure}}" for {{period}} is {{factor}} times every figure of {{metric}} for a period at or near it ({{others}}).',
      amountTooLow: '"{{figure}}" for {{period}} is 1/{{factor}} of every figure of {{metric}} for a period at or near it ({{others}}).',
    },
  },
  run(context) {
    const all = families(context.index.series.values());
    for (const claim of context.index.vague) vagueRate(context, claim, all);
    for (const family of all.values()) {
      const groups = [...family.values()].sort((a, b) => a.start - b.start);
      const starts = groups.map((g) => g.start);
      for (const group of groups) {
        // Every other period that overlaps this one and is about as long; the same period is
        // figure-conflict's. A comparable period starts at most its longest allowed length
        // before this one, so only that window of the sorted periods is looked at.
        const length = group.end - group.start + 1;
        const from = lowerBound(starts, group.start - Math.max(SHORT_DAYS, 2 * length));
        // A level stands from one day to the next: "thirty miles of wire, now" is held to the three
        // miles a source gave two days before, within two weeks either way, day to day only.
        const near = isLevel(group) && length <= POINT_DAYS ? LEVEL_NEAR_DAYS : 0;
        const around: PeriodGroup[] = [];
        for (let i = from; i < groups.length && groups[i]!.start <= group.end + near; i++) {
          const other = groups[i]!;
          const reach = near > 0 && other.end - other.start + 1 <= POINT_DAYS ? near : 0;
          if (other !== group && group.start <= other.end + reach && other.start <= group.end + reach && comparable(group, other)) around.push(other);
        }
        if (around.length === 0) continue;
        let low = Number.POSITIVE_INFINITY;
        let high = 0;
        for (const g of around) {
          low = Math.min(low, g.low);
          high = Math.max(high, g.high);
        }
        // No claim of this period can be ten times off: most periods end here.
        if (group.high < FACTOR * high && group.low * FACTOR > low) continue;
        const own = dailies(group);
        for (const daily of own) {
          const tooHigh = daily.perDay >= FACTOR * high;
          const tooLow = daily.perDay * FACTOR <= low;
          if (!tooHigh && !tooLow) continue;
          // A figure the same period's figures already contradict is figure-conflict's to report.
          const key = seriesKey(daily.claim);
          if (own.some((d) => d !== daily && seriesKey(d.claim) === key && !intervalsOverlap(d.claim.quantity!.interval, daily.claim.quantity!.interval))) continue;
          // The side fewer independent sources stand behind is the likelier slip; a tie reports
          // both. C's side: the claims of its own period it is not off from, itself included.
          const far = (d: Daily): boolean => (tooHigh ? d.perDay * FACTOR <= daily.perDay : d.perDay >= FACTOR * daily.perDay);
          const side = own.filter((d) => !far(d)).map((d) => d.claim);
          const all = around.flatMap((g) => g.lists.flat());
          if (countIndependent(all) < countIndependent(side)) continue;
          // One claim per figure and period: three sources of 11,363 say it once (and all three are named).
          const others = all.filter((c, i, all) => all.findIndex((o) => o.quantity!.value === c.quantity!.value && o.period!.text === c.period!.text) === i);
          const claim = daily.claim;
          const mid = daily.perDay;
          context.report({
            // A level or a sum of money is not a flow: no rate per day to show.
            messageId: `${claim.metric.kind === 'level' || claim.metric.kind === 'money' ? 'amountT' : 't'}oo${tooHigh ? 'High' : 'Low'}`,
            field: 'value',
            data: {
              figure: claim.figure,
              period: claim.period!.text,
              metric: claim.metric.rateOf ?? claim.metric.id,
              factor: String(Math.round(tooHigh ? daily.perDay / high : low / daily.perDay)),
              others: `${others.slice(0, SHOWN).map((c) => `${c.figure} for ${c.period!.text}`).join(', ')}${others.length > SHOWN ? ', …' : ''}; ${listSources(all.filter((c) => others.slice(0, SHOWN).some((o) => o.quantity!.value === c.quantity!.value && o.period!.text === c.period!.text)))}`,
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

/**
 * A rate whose period is only vague ("by early 2022, 140,000 a day"): held to every figure of its
 * flow whose period overlaps the span the phrase surely lies within ("early 2022": January to May),
 * at any length, since the rate's own period is not known. Off by ten from all of them is a slip.
 */
function vagueRate(context: CheckContext, claim: Claim, all: Map<string, Map<string, PeriodGroup>>): void {
  const q = claim.quantity!;
  const within = claim.within!;
  // A typical year's rate is of no period in particular (daysOf), whatever the sentence before is about.
  if (q.per === null || q.basis === 'peak' || q.value <= 0 || claim.metric.typical || (claim.metric.kind !== 'rate' && claim.metric.kind !== 'flow')) return;
  const flow = flowOf(claim);
  const family = all.get(familyKey(claim));
  if (!family) return;
  const around = [...family.values()].filter((g) => g.start <= within.end && within.start <= g.end);
  if (around.length === 0) return;
  const low = Math.min(...around.map((g) => g.low));
  const high = Math.max(...around.map((g) => g.high));
  const perDay = q.value / DAYS_PER[q.per];
  const tooHigh = perDay >= FACTOR * high;
  if (!tooHigh && perDay * FACTOR > low) return;
  const others = around.flatMap((g) => g.lists.flat()).filter((c) => daysOf(c) > 0);
  const shown = others.filter((c, i) => others.findIndex((o) => o.quantity!.value === c.quantity!.value && o.period!.text === c.period!.text) === i).slice(0, SHOWN);
  context.report({
    messageId: tooHigh ? 'tooHigh' : 'tooLow',
    field: 'value',
    data: {
      figure: claim.figure,
      period: spanWords(claim),
      metric: flow,
      factor: String(Math.round(tooHigh ? perDay / high : low / perDay)),
      others: `${shown.map((c) => `${c.figure} for ${c.period!.text}`).join(', ')}${others.length > SHOWN ? ', …' : ''}; ${listSources(shown)}`,
      perDay: rounded(perDay),
      perMonth: rounded(perDay * DAYS_PER.month),
      perYear: rounded(perDay * DAYS_PER.year),
    },
    claims: [{ claim, role: 'figure' }, ...shown.map((other) => ({ claim: other, role: 'around' }))],
  });
}

/** How a figure with no exact period is named: its vague words, or the sentence before's period. */
export function spanWords(claim: Claim): string {
  return claim.periodWords ? `"${claim.periodWords}" (within ${claim.within!.text})` : `no period of its own (the sentence before is about ${claim.within!.text})`;
}
