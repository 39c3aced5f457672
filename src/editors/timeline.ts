/**
 * `darien timeline <metric>`: the model of a chart of one metric over time. Each claim is a row
 * whose period is a bar on a shared time axis; its figure is text beside it, never a height, so
 * rows need no common scale. Rows are still split into sections by what their figures measure
 * (totals, per day, per year, percent changes, …): a rate next to a total on one list invites
 * reading one against the other, and they are not comparable.
 *
 * Claims taking part in a conflict found by the cross-checks are marked, and the conflicts listed.
 */
import { ClaimIndex } from '../checks/claim-index.js';
import { CHECKS, runChecks } from '../checks/index.js';
import { formatInterval } from '../model/figure.js';
import type { Claim, Quantity, Registry } from '../model/types.js';
import { isCount } from '../checks/shared.js';

/**
 * The checks whose findings mean "these claims cannot all be right": figures against figures,
 * parts against wholes, rates against totals, comparisons against their figures, and dates of one
 * event against each other (a date metric has a timeline too).
 */
export const CONFLICT_CHECKS = ['figure-conflict', 'part-whole', 'rate-total', 'comparison', 'event-date', 'relative-date'] as const;

export interface TimelineRow {
  readonly claimId: string;
  readonly sourceId: string;
  readonly sourceKind: 'article' | 'reference';
  /** As written in the source. */
  readonly figure: string;
  /** "= 11,363", "500,000 – 550,000"; null for the date of an event. */
  readonly range: string | null;
  readonly period: string | null;
  /** First and last day (days since 1970-01-01, inclusive); null when the period is unknown. */
  readonly start: number | null;
  readonly end: number | null;
  /** Numbers (1-based) of the conflicts in Timeline.conflicts this claim takes part in. */
  readonly conflicts: readonly number[];
  /** The interval the figure reads as, for a chart's value axis; high is Infinity for "at least". Null for a date. */
  readonly low: number | null;
  readonly high: number | null;
  /**
   * The figure is stated with no hedge, and its interval is no more than the rounding of a whole
   * figure (29,289 is 29,288.5 – 29,289.5): it states one number, with no range worth drawing.
   * False for a hedged figure ("about 500", "nearly tripled"), a round figure whose reading is a
   * range ("140" read as 135 – 145), an interval given in the registry, a date.
   */
  readonly exact: boolean;
  /** Who published it and the words quoted: the registry's text, escaped by each format. */
  readonly outlet: string;
  readonly quote: string;
  /** The fact-checker's verdict on the claim, when the registry holds one (see TimelineVerdicts). */
  readonly verdict: TimelineVerdict | null;
}

/** A verdict as a chart marks it: its rating ("inaccurate") and, when known, who decided and when. */
export interface TimelineVerdict {
  readonly rating: string;
  readonly by?: string;
  readonly date?: string;
}

/**
 * The hook through which verdicts reach the timeline: given a claim id, its verdict, if any. The
 * registry's verdicts are read elsewhere (issue 14, part 1); without them no claim has one.
 */
export type TimelineVerdicts = (claimId: string) => TimelineVerdict | null | undefined;

export interface TimelineSection {
  /** "totals", "per day", "percent changes", … */
  readonly title: string;
  readonly metric: string;
  readonly unit: string | null;
  readonly per: string | null;
  readonly rows: readonly TimelineRow[];
}

export interface TimelineConflict {
  readonly number: number;
  readonly check: string;
  readonly message: string;
  readonly claims: readonly string[];
}

export interface Timeline {
  readonly metric: string;
  readonly counts: string;
  /** The days every section's axis spans; null when no claim has a known period. */
  readonly start: number | null;
  readonly end: number | null;
  readonly sections: readonly TimelineSection[];
  readonly conflicts: readonly TimelineConflict[];
}

const PER_ORDER = ['day', 'week', 'month', 'year'];
const COMPARISON_TITLES: Record<string, string> = {
  difference: 'differences',
  'percent-change': 'percent changes',
  ratio: 'ratios',
};

/** A "change" claim ("decreased … to just 140") still states a figure in the metric's own unit. */
function comparisonKind(claim: Claim): string | null {
  const kind = claim.comparison?.kind ?? null;
  return kind === 'change' ? null : kind;
}

function sectionTitle(claim: Claim): string {
  const kind = comparisonKind(claim);
  if (kind !== null) return COMPARISON_TITLES[kind] ?? kind;
  if (claim.quantity === null) return 'dates';
  if (claim.quantity.per !== null) return `per ${claim.quantity.per}`;
  return claim.metric.kind === 'flow' ? 'totals' : 'figures';
}

/** Totals, then rates from the shortest unit, then comparisons; within each, by metric and unit. */
function sectionRank(claim: Claim): number {
  if (comparisonKind(claim) !== null) return 10;
  const per = claim.quantity?.per ?? null;
  return per === null ? 0 : 1 + PER_ORDER.indexOf(per);
}

function sectionKey(claim: Claim): string {
  return [claim.metric.id, claim.quantity?.unit ?? '', claim.quantity?.per ?? '', comparisonKind(claim) ?? ''].join('\u0000');
}

/**
 * Whether a figure is stated exactly (TimelineRow.exact), from what the claim says and not only
 * from its interval: "nearly tripled" (2.7 – 3) is narrower than a unit and still a range. With no
 * hedge and no interval of its own, the loader's interval is the figure's rounding: a whole
 * figure's half-unit either side draws nothing; a round figure's wider reading is drawn.
 */
function statedExactly(quantity: Quantity | null): boolean {
  return quantity !== null && quantity.hedge.kind === 'none' && !quantity.intervalOverridden && quantity.interval[1] - quantity.interval[0] <= 1;
}

function byPeriod(a: TimelineRow, b: TimelineRow): number {
  if (a.start === null || b.start === null) return a.start === b.start ? a.claimId.localeCompare(b.claimId) : a.start === null ? 1 : -1;
  return a.start - b.start || a.end! - b.end! || a.claimId.localeCompare(b.claimId);
}

/**
 * The metric's claims and, for a flow, those of the rates of it ("darien-crossings-daily" for
 * "darien-crossings"), each section on its own.
 */
export function buildTimeline(
  registry: Registry,
  metricId: string,
  index: ClaimIndex = new ClaimIndex(registry.claims),
  verdicts: TimelineVerdicts = () => null,
): Timeline {
  const metric = registry.metrics.get(metricId);
  if (!metric) throw new Error(`unknown metric "${metricId}"`);
  const claims = registry.claims.filter((claim) => claim.metric.id === metricId || claim.metric.rateOf === metricId);
  const ids = new Set(claims.map((claim) => claim.id));

  const checks = CHECKS.filter((check) => (CONFLICT_CHECKS as readonly string[]).includes(check.meta.id));
  const conflicts: TimelineConflict[] = [];
  const conflictsOf = new Map<string, number[]>();
  for (const finding of runChecks(registry, checks, index)) {
    if (finding.severity === 'info' || !finding.claims.some(({ claim }) => ids.has(claim.id))) continue;
    const number = conflicts.length + 1;
    const involved = [...new Set(finding.claims.map(({ claim }) => claim.id))];
    conflicts.push({ number, check: finding.check, message: finding.message, claims: involved });
    for (const id of involved) {
      const list = conflictsOf.get(id);
      if (list) list.push(number);
      else conflictsOf.set(id, [number]);
    }
  }

  const sections = new Map<string, { first: Claim; rows: TimelineRow[] }>();
  let start: number | null = null;
  let end: number | null = null;
  for (const claim of claims) {
    const q = claim.quantity;
    const row: TimelineRow = {
      claimId: claim.id,
      sourceId: claim.source.id,
      sourceKind: claim.source.kind,
      figure: claim.figure,
      range: q ? formatInterval(q.interval, isCount(claim)) : null,
      period: claim.period?.text ?? null,
      start: claim.period?.start ?? null,
      end: claim.period?.end ?? null,
      conflicts: conflictsOf.get(claim.id) ?? [],
      low: q ? q.interval[0] : null,
      high: q ? q.interval[1] : null,
      exact: statedExactly(q),
      outlet: claim.source.outlet,
      quote: claim.quote,
      verdict: verdicts(claim.id) ?? null,
    };
    if (claim.period) {
      start = start === null ? claim.period.start : Math.min(start, claim.period.start);
      end = end === null ? claim.period.end : Math.max(end, claim.period.end);
    }
    const key = sectionKey(claim);
    const section = sections.get(key);
    if (section) section.rows.push(row);
    else sections.set(key, { first: claim, rows: [row] });
  }

  const ordered = [...sections.values()].sort(
    (a, b) =>
      sectionRank(a.first) - sectionRank(b.first) ||
      (a.first.metric.id === metricId ? 0 : 1) - (b.first.metric.id === metricId ? 0 : 1) ||
      sectionKey(a.first).localeCompare(sectionKey(b.first)),
  );
  return {
    metric: metric.id,
    counts: metric.counts,
    start,
    end,
    sections: ordered.map(({ first, rows }) => ({
      title: sectionTitle(first),
      metric: first.metric.id,
      unit: first.quantity?.unit ?? null,
      per: first.quantity?.per ?? null,
      rows: rows.sort(byPeriod),
    })),
    conflicts,
  };
}
