/**
 * figure-conflict: one metric, one place, one period, and figures that cannot all be true: their
 * intervals (after hedge and rounding) do not overlap. Claims that agree are shown together as one
 * side, so a registry where three sources say 302,203 and one says 300,549 gets one finding.
 */
import { intervalsOverlap } from '../../model/figure.js';
import type { Claim } from '../../model/types.js';
import { isoDay } from '../../model/period.js';
import { seriesKey } from '../claim-index.js';
import { docsPath, type Check } from '../types.js';
import { countIndependent, isDraftClaim, listSources } from '../shared.js';
import { lowerBound, upperBound } from '../../model/ordered.js';

const ID = 'figure-conflict';
const MAX_PER_SIDE = 5;
// Up to this many distinct values of one period, every conflicting pair is its own finding.
const MAX_PAIRED_VALUES = 12;

/** Claims stating the same value agree with each other, whatever their hedges. */
function byValue(group: readonly Claim[]): Claim[][] {
  const map = new Map<number, Claim[]>();
  for (const claim of group) {
    const list = map.get(claim.quantity!.value);
    if (list) list.push(claim);
    else map.set(claim.quantity!.value, [claim]);
  }
  return [...map.values()];
}

export const figureConflict: Check = {
  meta: {
    id: ID,
    description: 'Two figures for the same metric, place and period whose intervals do not overlap.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      conflict: '{{metric}} for {{period}}: {{disputed}} against {{other}}; the intervals do not overlap.{{more}}',
      conflictRoughly: '{{metric}} for {{period}}: {{disputed}} against {{other}}; the intervals meet only at their edges, and neither figure lies within the other\'s.{{more}}',
      conflictMany: '{{metric}} for {{period}}: {{disputed}} against {{other}}; the intervals do not overlap. This period has {{values}} different figures, and {{count}} of them do not overlap this one.',
      conflictByThen: '{{metric}} from {{from}} to a day in {{window}}: {{disputed}} against {{other}}; the intervals do not overlap.',
      conflictNearDay: '{{metric}} from {{from}}: {{disputed}} to {{end}} against {{other}}; a running total cannot move that far in {{days}}.',
    },
  },
  run(context) {
    for (const series of context.index.series.values()) {
      for (const group of series.byPeriod.values()) reportGroup(context, group);
    }
    for (const group of sameComparisons(context.index.comparisons)) reportGroup(context, group);
    for (const claim of context.index.vague) if (claim.runsFrom !== undefined) reportByThen(context, claim);
    for (const series of context.index.series.values()) {
      // The registry's claims of the series, found once: a draft's thousands of claims each held to them.
      let registry: readonly Claim[] | undefined;
      for (const claim of series.claims) if (isDraftClaim(claim)) reportNearDay(context, claim, (registry ??= series.claims.filter((other) => !isDraftClaim(other))));
    }
  },
};

/**
 * "By mid-July of last year, about 180,000 had crossed": a running total to a day known only to
 * within its window, held to the figures of the series from the same first day to any day in that
 * window (the registry's 212,000 for January 1 to July 17). Reported, as a warning, only when it
 * overlaps none of them: the count grows through the window, so figures for different days in it
 * may all be right. And a flow's count only grows: it is held to be no less than the series' count
 * to a day before the window, and no more than its count to a day after.
 */
function reportByThen(context: Context, claim: Claim): void {
  const series = context.index.series.get(seriesKey(claim));
  const window = claim.within!;
  const [low, high] = claim.quantity!.interval;
  const from = (series?.claims ?? []).filter((other) => other.period!.start === claim.runsFrom);
  const within = from.filter((other) => other.period!.end >= window.start && other.period!.end <= window.end);
  // A count only grows: by late July it is at least what it was by July 17, and by mid-December at
  // most what it was by December 31 ("Through mid-December, 126,675" beside the year's 133,726).
  const grown = claim.metric.kind === 'flow' ? from.filter((other) => (other.period!.end < window.start && high < other.quantity!.interval[0]) || (other.period!.end > window.end && low > other.quantity!.interval[1])) : [];
  const others = [...within, ...grown];
  if (others.length === 0 || (grown.length === 0 && within.some((other) => intervalsOverlap(other.quantity!.interval, claim.quantity!.interval)))) return;
  context.report({
    messageId: 'conflictByThen',
    severity: 'warning',
    field: 'value',
    data: {
      metric: claim.metric.id,
      from: isoDay(claim.runsFrom!),
      window: window.text,
      disputed: `${claim.figure} (${listSources([claim])})`,
      other: others.slice(0, MAX_PER_SIDE).map((other) => `${other.figure} for ${other.period!.text} (${listSources([other])})`).join(', '),
    },
    claims: [{ claim, role: 'disputed' }, ...others.slice(0, MAX_PER_SIDE).map((other) => ({ claim: other, role: 'other side' as const }))],
  });
}

/** How many days apart two running totals' last days may be to be compared, at most. */
const NEAR_DAYS = 7;
/** How much faster than its own average a count may grow over those days. */
const PACE_SLACK = 3;

/**
 * "More than 9 million have crossed since Biden took office", on a draft dated the day after the
 * registry's "more than 7 million" to July 17: a draft's running total from the same first day as
 * a registry figure's, to a day a few days off (a draft is dated after the story it restates), is
 * held to it with room for those days at up to three times the series' own average pace. A
 * warning, reported only when it overlaps none of them and no figure of its exact period exists.
 */
function reportNearDay(context: Context, claim: Claim, registry: readonly Claim[]): void {
  const period = claim.period;
  const quantity = claim.quantity;
  if (!period || !quantity || quantity.per !== null || claim.comparison || period.end - period.start < 28) return;
  const near = registry.filter((other) => other.quantity && other.period?.start === period.start && other.period.end !== period.end && Math.abs(other.period.end - period.end) <= Math.min(NEAR_DAYS, (period.end - period.start) / 20));
  if (near.length === 0 || registry.some((other) => other.period?.start === period.start && other.period.end === period.end)) return;
  const reachable = (other: Claim): boolean => {
    const [low, high] = other.quantity!.interval;
    const days = period.end - other.period!.end;
    const pace = (PACE_SLACK * Math.abs(days)) / (other.period!.end - other.period!.start + 1);
    const grown: [number, number] = days > 0 ? [low, high * (1 + pace)] : [low * (1 - pace), high];
    return intervalsOverlap(grown, quantity.interval);
  };
  if (near.some(reachable)) return;
  const days = Math.abs(near[0]!.period!.end - period.end);
  context.report({
    messageId: 'conflictNearDay',
    severity: 'warning',
    field: 'value',
    data: {
      metric: claim.metric.id,
      from: isoDay(period.start),
      end: isoDay(period.end),
      days: days === 1 ? 'a day' : `${days} days`,
      disputed: `${claim.figure} (${listSources([claim])})`,
      other: near.slice(0, MAX_PER_SIDE).map((other) => `${other.figure} to ${isoDay(other.period!.end)} (${listSources([other])})`).join(', '),
    },
    claims: [{ claim, role: 'disputed' }, ...near.slice(0, MAX_PER_SIDE).map((other) => ({ claim: other, role: 'other side' as const }))],
  });
}

function reportGroup(context: Context, group: readonly Claim[]): void {
  if (group.length < 2) return;
  const values = byValue(group);
  if (values.length <= MAX_PAIRED_VALUES) reportPairs(context, group, values);
  else reportEachValue(context, group, values);
}

/**
 * Comparisons that state the same thing: one metric and place, one kind and direction, one period
 * set against one baseline period ("about 9,000 fewer than the same period last year", for July
 * 1-17, 2024). The registry may hold no figure for the baseline's period, so neither can be worked
 * out; but two such comparisons can still contradict each other. Only those whose baseline is no
 * figure: the comparison check works the others out, and says which side is wrong.
 */
function sameComparisons(comparisons: readonly Claim[]): Claim[][] {
  const groups = new Map<string, Claim[]>();
  for (const claim of comparisons) {
    const spec = claim.comparison!;
    // One whose baseline is a figure is worked out by the comparison check, which says which is wrong.
    const baselinePeriod = spec.baseline === null ? spec.baselinePeriod : null;
    if (spec.kind === 'change' || !claim.quantity || !claim.period || !baselinePeriod || !spec.direction) continue;
    const key = [claim.metric.id, claim.place, claim.quantity.unit, spec.kind, spec.direction, claim.period.text, baselinePeriod.text].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()];
}

type Context = Parameters<Check['run']>[0];

/**
 * One finding per pair of stated values that cannot both be right; claims whose intervals overlap
 * the other side ("over half a million" against 520,085) are left out of it.
 */
function reportPairs(context: Context, group: readonly Claim[], values: readonly Claim[][]): void {
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i]!.filter((x) => values[j]!.some((y) => !intervalsOverlap(x.quantity!.interval, y.quantity!.interval)));
      const b = values[j]!.filter((y) => a.some((x) => !intervalsOverlap(x.quantity!.interval, y.quantity!.interval)));
      if (a.length === 0) {
        reportRoughly(context, group[0]!, values[i]!, values[j]!);
        continue;
      }
      // The side fewer independent sources stand behind leads: it is the likelier error.
      const [disputed, other] = countIndependent(a) <= countIndependent(b) ? [a, b] : [b, a];
      report(context, group[0]!, disputed, other, null);
    }
  }
}

/**
 * "some 30 other representatives" against the registry's 20: the intervals touch only at their
 * edges (24–36 and 15–25), and neither figure said lies in the other's reading. A draft's figure
 * so far from the registry's is reported as a warning; bounds ("more than", "fewer than") and
 * peaks are never held to their figure this way, and two registry sources, or two figures of one
 * draft, are left to the rule above.
 */
function reportRoughly(context: Context, first: Claim, xs: readonly Claim[], ys: readonly Claim[]): void {
  // A peak is one day's, and two peaks may differ: only a count or an average is held to its figure.
  const point = (c: Claim): boolean => POINT_HEDGES.has(c.quantity!.hedge.kind) && c.quantity!.basis !== 'peak';
  const x = xs.find(point);
  const y = ys.find(point);
  if (!x || !y || isDraftClaim(x) === isDraftClaim(y)) return;
  const inside = (value: number, interval: readonly [number, number]): boolean => interval[0] <= value && value <= interval[1];
  if (inside(x.quantity!.value, y.quantity!.interval) || inside(y.quantity!.value, x.quantity!.interval)) return;
  // 248,283 against 248,284: counts a unit apart are how agencies' tallies differ, not an error.
  const [vx, vy] = [x.quantity!.value, y.quantity!.value];
  if (Math.abs(vx - vy) < ROUGHLY_APART * Math.max(Math.abs(vx), Math.abs(vy))) return;
  const [disputed, other] = isDraftClaim(x) ? [xs, ys] : [ys, xs];
  report(context, first, disputed, other, null, 'conflictRoughly');
}
const POINT_HEDGES: ReadonlySet<string> = new Set(['none', 'approximately']);
/** How far apart, as a share of the larger, two figures must be for this rule. */
const ROUGHLY_APART = 0.05;

/**
 * Past a few distinct values, pairs grow as their square (two thousand figures of one period in a
 * draft made two million findings and ran out of memory): each value then gets one finding, against
 * the values it does not overlap, found by binary search over the intervals sorted by their ends.
 */
function reportEachValue(context: Context, group: readonly Claim[], values: readonly Claim[][]): void {
  const interval = (v: readonly Claim[]): readonly [number, number] => v[0]!.quantity!.interval;
  const byHigh = [...values].sort((x, y) => interval(x)[1] - interval(y)[1]);
  const byLow = [...values].sort((x, y) => interval(x)[0] - interval(y)[0]);
  const highs = byHigh.map((v) => interval(v)[1]);
  const lows = byLow.map((v) => interval(v)[0]);
  for (const value of values) {
    const [low, high] = interval(value);
    // Values lying wholly below this one (their high under its low), and wholly above it.
    const below = lowerBound(highs, low);
    const above = upperBound(lows, high);
    const count = below + (lows.length - above);
    if (count === 0) continue;
    // The nearest on each side: the figures an editor would compare with.
    const near = [...byHigh.slice(Math.max(0, below - MAX_PER_SIDE), below).reverse(), ...byLow.slice(above, above + MAX_PER_SIDE)];
    const centre = value[0]!.quantity!.value;
    near.sort((x, y) => Math.abs(x[0]!.quantity!.value - centre) - Math.abs(y[0]!.quantity!.value - centre));
    const shown = near.slice(0, MAX_PER_SIDE).map((v) => v[0]!);
    report(context, group[0]!, value, shown, { values: String(values.length), count: String(count) });
  }
}

/** A comparison's baseline period as written. */
function baselineText(claim: Claim): string {
  return claim.comparison!.baselinePeriod?.text ?? 'its baseline';
}

/** A finding for a pair (many: null) or for one value against the many it does not overlap. */
function report(context: Context, first: Claim, disputed: readonly Claim[], other: readonly Claim[], many: { values: string; count: string } | null, roughly: 'conflictRoughly' | null = null): void {
  // A table of two hundred agreeing sources helps nobody: show a few, count the rest.
  const shown = [...disputed.slice(0, MAX_PER_SIDE), ...other.slice(0, MAX_PER_SIDE)];
  const more = disputed.length + other.length - shown.length;
  context.report({
    messageId: roughly ?? (many ? 'conflictMany' : 'conflict'),
    ...(roughly ? { severity: 'warning' as const } : {}),
    field: 'value',
    data: {
      metric: first.metric.id,
      period: first.comparison ? `${first.period!.text} (a ${first.comparison.kind} from ${baselineText(first)})` : first.period!.text,
      disputed: `${disputed[0]!.figure} (${listSources(disputed)})`,
      other: `${other[0]!.figure} (${listSources(other.slice(0, MAX_PER_SIDE))}${other.length > MAX_PER_SIDE ? ', …' : ''})`,
      more: more > 0 ? ` ${more} more claims agree with one side or the other.` : '',
      ...many,
    },
    claims: shown.map((claim) => ({ claim, role: disputed.includes(claim) ? 'disputed' : 'other side' })),
  });
}
