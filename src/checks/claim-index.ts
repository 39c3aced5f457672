/**
 * Indexes that keep the checks from comparing every claim with every other: claims are grouped by
 * series (metric, place, unit, rate) and, within a series, by exact period and sorted by start day,
 * so "same period" is a map lookup and "inside this period" is a binary search and a short scan.
 */
import type { Period } from '../model/period.js';
import type { Claim, Metric, Quantity } from '../model/types.js';

/**
 * Claims of one series can be compared number to number. A rate's basis is part of it: the
 * busiest day of August (a peak) and August's average day are different figures.
 */
export function seriesKey(claim: Claim): string {
  const q = claim.quantity;
  return seriesKeyOf(claim.metric.id, claim.place, q?.unit ?? '', q ? perKeyOf(q) : '');
}

export function seriesKeyOf(metric: string, place: string, unit: string, per: string): string {
  return `${metric}\u0000${place}\u0000${unit}\u0000${per}`;
}

// Periods are shared objects (the loader parses each period text once): key each one once.
const periodKeys = new WeakMap<Period, string>();

export function periodKey(claim: Claim): string {
  const period = claim.period!;
  let key = periodKeys.get(period);
  if (key === undefined) {
    key = `${period.start}:${period.end}`;
    periodKeys.set(period, key);
  }
  return key;
}

const PER_KEYS = new Map<string, string>();

/** "day:average", "month:peak", or '' for a count that is no rate; each string made once. */
function perKeyOf(quantity: Quantity): string {
  if (!quantity.per) return '';
  const basis = quantity.basis ?? 'average';
  let keys = PER_KEYS.get(quantity.per + basis);
  if (keys === undefined) PER_KEYS.set(quantity.per + basis, (keys = `${quantity.per}:${basis}`));
  return keys;
}

export interface Series {
  readonly key: string;
  /** Plain figures (not comparisons) with a known period, sorted by period start, then end. */
  readonly claims: readonly Claim[];
  /** The same claims grouped by exact period. */
  readonly byPeriod: ReadonlyMap<string, readonly Claim[]>;
}

export class ClaimIndex {
  readonly series = new Map<string, Series>();
  /** Dates of events, by metric and place. */
  readonly events = new Map<string, Claim[]>();
  readonly comparisons: Claim[] = [];
  /**
   * Ages of someone the catalogue gives a birth date (`born:`): held to it by the age check, never
   * to each other, since two right ages of different days differ.
   */
  readonly ages: Claim[] = [];
  /** Figures whose period is only a span they lie within ("early 2022"): see Claim.within. */
  readonly vague: Claim[] = [];

  constructor(claims: readonly Claim[]) {
    // Claims are grouped by the parts of their series key, each looked up by a value whose hash is
    // already known (the metric object, shared strings), and the key string is built once per
    // series: building it for each of a large archive's claims cost more than the grouping.
    const byMetric = new Map<Metric, Map<string, Map<string, Map<string, Claim[]>>>>();
    const figures = new Map<string, Claim[]>();
    for (const claim of claims) {
      if (claim.comparison) {
        this.comparisons.push(claim);
        continue;
      }
      if (!claim.period) {
        if (claim.within && claim.quantity) this.vague.push(claim);
        continue;
      }
      if (claim.quantity === null) {
        const key = `${claim.metric.id}\u0000${claim.place}`;
        const list = this.events.get(key);
        if (list) list.push(claim);
        else this.events.set(key, [claim]);
        continue;
      }
      if (claim.metric.born) {
        this.ages.push(claim);
        continue;
      }
      const q = claim.quantity;
      let byPlace = byMetric.get(claim.metric);
      if (!byPlace) byMetric.set(claim.metric, (byPlace = new Map()));
      let byUnit = byPlace.get(claim.place);
      if (!byUnit) byPlace.set(claim.place, (byUnit = new Map()));
      let byPer = byUnit.get(q.unit);
      if (!byPer) byUnit.set(q.unit, (byPer = new Map()));
      const per = perKeyOf(q);
      const list = byPer.get(per);
      if (list) list.push(claim);
      else {
        const created = [claim];
        byPer.set(per, created);
        // In the order series first appear, as before: checks report in this order.
        figures.set(seriesKey(claim), created);
      }
    }
    for (const [key, list] of figures) {
      // Grouped by period first, then the groups sorted: a series has a few hundred periods and
      // thousands of claims. Claims of one period keep their order, as a stable sort of all would.
      const groups = new Map<string, Claim[]>();
      for (const claim of list) {
        const pk = periodKey(claim);
        const group = groups.get(pk);
        if (group) group.push(claim);
        else groups.set(pk, [claim]);
      }
      const sorted = [...groups].sort(([, [a]], [, [b]]) => a!.period!.start - b!.period!.start || a!.period!.end - b!.period!.end);
      const byPeriod = new Map(sorted);
      const claimsInOrder = sorted.length === 1 ? list : sorted.flatMap(([, group]) => group);
      this.series.set(key, { key, claims: claimsInOrder, byPeriod });
    }
  }

  /** Claims of `series` whose period lies inside [start, end], excluding the exact period itself. */
  within(series: Series, start: number, end: number): Claim[] {
    const list = series.claims;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.period!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Claim[] = [];
    for (let i = lo; i < list.length; i++) {
      const period = list[i]!.period!;
      if (period.start > end) break;
      if (period.end <= end && !(period.start === start && period.end === end)) out.push(list[i]!);
    }
    return out;
  }
}
