/**
 * `darien sources <figure>`: who states a figure, in which words, for which period, citing whom,
 * and who says otherwise. The answer is plain data; the formatters in src/formats/ print it.
 *
 * A claim states the figure when each can be read as the other: the claim's interval holds the
 * figure's value and the figure's interval holds the claim's value (or the figure is written the
 * same way). Both directions matter. "At least 9,000" holds 12,345 but does not say it, and
 * "half a million" holds 520,085 but 520,085 is not what "half a million" says: it is a figure
 * consistent with it, listed as such. Claims are then grouped by what they count (metric, place,
 * unit, rate, comparison) and period, the series key of the cross-checks, and each group's other
 * claims are split into consistent (intervals overlap) and contradicting (they do not).
 */
import { ClaimIndex, periodKey, seriesKey } from '../checks/claim-index.js';
import { formatInterval, intervalContains, intervalsOverlap } from '../model/figure.js';
import type { Claim, Registry } from '../model/types.js';
import { citationOf } from '../report.js';
import { byPeriodThenPage, ClaimViewer, describeComparison, type ClaimView } from './claim-view.js';
import { filterClaims, NO_FILTERS, type ClaimFilters } from './filters.js';
import { normaliseFigureText, type FigureQuery } from './query.js';

export interface QueryView {
  readonly text: string;
  readonly value: number;
  /** "= 11,363", "450,000 – 550,000", "≥ 9,000". */
  readonly range: string;
  /** [low, high]; high is null when unbounded ("at least"). */
  readonly interval: readonly [number, number | null];
  readonly hedge: string | null;
  readonly unit: string | null;
  readonly per: string | null;
}

/** One thing counted over one period: the claims that state the figure and their neighbours. */
export interface SourcesGroup {
  readonly metric: string;
  /** What the metric counts, from the catalogue. */
  readonly counts: string;
  readonly place: string;
  readonly unit: string;
  readonly per: string | null;
  /** "difference, decrease against 2023-07-01/2023-07-17" for a group of comparisons. */
  readonly comparison: string | null;
  readonly period: string | null;
  readonly states: readonly ClaimView[];
  /** Same metric and period, not stating the figure, but their intervals overlap it. */
  readonly consistent: readonly ClaimView[];
  /** Same metric and period, intervals that do not overlap the figure's. */
  readonly contradicts: readonly ClaimView[];
}

/** One of the different things the same number is stated for. */
export interface Lookalike {
  readonly metric: string;
  readonly counts: string;
  readonly unit: string;
  readonly per: string | null;
  readonly comparison: string | null;
  /** False when the filters left it out of the groups above (another metric than --metric). */
  readonly shown: boolean;
  readonly claims: readonly ClaimView[];
}

export interface SourceCitation {
  readonly sourceId: string;
  readonly kind: 'article' | 'reference';
  /** Outlet, "title", date; citing the attribution chain. Ready to paste. */
  readonly citation: string;
}

export interface SourcesResult {
  readonly query: QueryView;
  readonly filters: { readonly metric: string | null; readonly period: string | null };
  readonly groups: readonly SourcesGroup[];
  readonly lookalikes: readonly Lookalike[];
  readonly citations: readonly SourceCitation[];
  /** Only when no claim states the figure: the closest figures, of --metric when given. */
  readonly nearest: readonly ClaimView[];
}

const NEAREST = 5;

export function describeQuery(query: FigureQuery): QueryView {
  const [low, high] = query.interval;
  return {
    text: query.text,
    value: query.value,
    // Only a count is whole: "= 11,363", but 99% is 98.5 – 99.5.
    range: formatInterval(query.interval, (query.unit === null || query.unit === 'people') && query.per === null && query.step >= 1),
    interval: [low, Number.isFinite(high) ? high : null],
    hedge: query.hedge.words,
    unit: query.unit,
    per: query.per,
  };
}

/** The query leaves the unit or rate open unless it names one ("99%", "140 per day"). */
function fitsUnit(claim: Claim, query: FigureQuery): boolean {
  const quantity = claim.quantity;
  if (quantity === null) return false;
  if (query.unit !== null && quantity.unit !== query.unit) return false;
  if (query.per !== null && quantity.per !== query.per) return false;
  return true;
}

/**
 * A claim states the figure when its interval holds the figure's value, or when it is written the
 * same way. Two refinements keep that from saying what the writer did not:
 * - a hedged claim gave a range on purpose ("over half a million" holds 520,000), so containment is
 *   enough; an unhedged one is only rounded ("20 other representatives" is not a claim of 16), so
 *   the figure's interval must hold the claim's value too;
 * - an open-ended claim ("at least 9,000") holds every larger number, so it states a figure only
 *   when the figure's interval holds its value: 9,000, not 140,000.
 */
export function statesFigure(claim: Claim, query: FigureQuery): boolean {
  const quantity = claim.quantity;
  if (quantity === null || !fitsUnit(claim, query)) return false;
  if (normaliseFigureText(claim.figure) === normaliseFigureText(query.text)) return true;
  if (!Number.isFinite(quantity.interval[1])) return intervalContains(query.interval, quantity.value);
  if (!intervalContains(quantity.interval, query.value)) return false;
  return quantity.hedge.kind !== 'none' || intervalContains(query.interval, quantity.value);
}

/**
 * What a claim counts, whatever its period: the cross-checks' series and the kind of comparison.
 * Two 99% drops against different baselines are one kind of thing; 9,000 fewer crossings and
 * 9,000 returning migrants are two.
 */
function meaningKey(claim: Claim): string {
  const comparison = claim.comparison ? `${claim.comparison.kind}:${claim.comparison.direction ?? ''}` : '';
  return `${seriesKey(claim)}\u0000${comparison}`;
}

/** Claims that can be set against each other: one meaning, one period, one baseline. */
function groupKey(claim: Claim, registry: Registry): string {
  return `${meaningKey(claim)}\u0000${describeComparison(claim, registry) ?? ''}\u0000${claim.period ? periodKey(claim) : 'unknown'}`;
}

function compareMeaning(a: Claim, b: Claim): number {
  return (
    a.metric.id.localeCompare(b.metric.id) ||
    (a.comparison ? 1 : 0) - (b.comparison ? 1 : 0) ||
    (a.quantity?.unit ?? '').localeCompare(b.quantity?.unit ?? '') ||
    (a.quantity?.per ?? '').localeCompare(b.quantity?.per ?? '')
  );
}

/**
 * Claims counting the same thing over the same period. Plain figures come from the index; the
 * index keeps comparisons apart, so they are grouped here, once per call.
 */
class Peers {
  private comparisons: Map<string, Claim[]> | null = null;

  constructor(private readonly registry: Registry, private readonly index: ClaimIndex) {}

  of(claim: Claim): readonly Claim[] {
    if (claim.period === null) return [claim];
    if (!claim.comparison) return this.index.series.get(seriesKey(claim))?.byPeriod.get(periodKey(claim)) ?? [claim];
    if (this.comparisons === null) {
      this.comparisons = new Map();
      for (const other of this.index.comparisons) {
        if (other.period === null || other.quantity === null) continue;
        const key = groupKey(other, this.registry);
        const list = this.comparisons.get(key);
        if (list) list.push(other);
        else this.comparisons.set(key, [other]);
      }
    }
    return this.comparisons.get(groupKey(claim, this.registry)) ?? [claim];
  }
}

function citationLine(claims: readonly Claim[]): string {
  const chains = [...new Set(claims.filter((claim) => claim.attribution.length > 0).map((claim) => claim.attribution.join(' ← ')))];
  return `${citationOf(claims[0]!)}${chains.length > 0 ? `; citing ${chains.join('; ')}` : ''}`;
}

export function citationsOf(claims: readonly Claim[]): SourceCitation[] {
  const bySource = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = bySource.get(claim.source.id);
    if (list) list.push(claim);
    else bySource.set(claim.source.id, [claim]);
  }
  return [...bySource.values()].map((list) => ({ sourceId: list[0]!.source.id, kind: list[0]!.source.kind, citation: citationLine(list) }));
}

export interface SourcesFilters {
  readonly metric: string | null;
  readonly period: ClaimFilters['period'];
}

export function findSources(
  registry: Registry,
  query: FigureQuery,
  filters: SourcesFilters = NO_FILTERS,
  index: ClaimIndex = new ClaimIndex(registry.claims),
): SourcesResult {
  const viewer = new ClaimViewer(registry);
  const shown = filterClaims({ metric: filters.metric, period: filters.period, source: null });
  const peers = new Peers(registry, index);

  const stating = registry.claims.filter((claim) => statesFigure(claim, query));
  const statingIds = new Set(stating.map((claim) => claim.id));

  const groups = new Map<string, Claim[]>();
  for (const claim of stating.filter(shown)) {
    const key = groupKey(claim, registry);
    const list = groups.get(key);
    if (list) list.push(claim);
    else groups.set(key, [claim]);
  }
  const ordered = [...groups.values()].sort((a, b) => compareMeaning(a[0]!, b[0]!) || byPeriodThenPage(a[0]!, b[0]!));

  const listed: Claim[] = [];
  const sourcesGroups: SourcesGroup[] = ordered.map((states) => {
    const first = states[0]!;
    const others = peers.of(first).filter((claim) => !statingIds.has(claim.id));
    const consistent = others.filter((claim) => intervalsOverlap(claim.quantity!.interval, query.interval));
    const contradicts = others.filter((claim) => !intervalsOverlap(claim.quantity!.interval, query.interval));
    for (const list of [states, consistent, contradicts]) list.sort(byPeriodThenPage);
    listed.push(...states, ...consistent, ...contradicts);
    return {
      metric: first.metric.id,
      counts: first.metric.counts,
      place: first.place,
      unit: first.quantity!.unit,
      per: first.quantity!.per,
      comparison: describeComparison(first, registry),
      period: first.period?.text ?? null,
      states: states.map((claim) => viewer.view(claim, 'states')),
      consistent: consistent.map((claim) => viewer.view(claim, 'consistent')),
      contradicts: contradicts.map((claim) => viewer.view(claim, 'contradicts')),
    };
  });

  // The same number for different things: shown whenever it is stated for more than one, or for
  // something the filters left out, so that an editor never takes one for the other.
  const meanings = new Map<string, Claim[]>();
  for (const claim of [...stating].sort((a, b) => compareMeaning(a, b) || byPeriodThenPage(a, b))) {
    const key = meaningKey(claim);
    const list = meanings.get(key);
    if (list) list.push(claim);
    else meanings.set(key, [claim]);
  }
  const shownMeanings = new Set(ordered.map((states) => meaningKey(states[0]!)));
  const lookalikes: Lookalike[] =
    meanings.size > 1 || [...meanings.keys()].some((key) => !shownMeanings.has(key))
      ? [...meanings.entries()].map(([key, claims]) => {
          const first = claims[0]!;
          return {
            metric: first.metric.id,
            counts: first.metric.counts,
            unit: first.quantity!.unit,
            per: first.quantity!.per,
            comparison: first.comparison ? `${first.comparison.kind}${first.comparison.direction ? `, ${first.comparison.direction}` : ''}` : null,
            shown: shownMeanings.has(key),
            claims: claims.map((claim) => viewer.view(claim, 'lookalike')),
          };
        })
      : [];

  let nearest: ClaimView[] = [];
  if (sourcesGroups.length === 0) {
    const candidates = registry.claims.filter(
      (claim) =>
        fitsUnit(claim, query) &&
        (filters.metric === null || claim.metric.id === filters.metric) &&
        // A difference or a percentage is no neighbour of a count unless the query asks for one.
        (claim.comparison === null || query.unit !== null),
    );
    const inPeriod = candidates.filter(shown);
    nearest = (inPeriod.length > 0 ? inPeriod : candidates)
      .sort((a, b) => Math.abs(a.quantity!.value - query.value) - Math.abs(b.quantity!.value - query.value) || byPeriodThenPage(a, b))
      .slice(0, NEAREST)
      .map((claim) => viewer.view(claim, 'nearest'));
  }

  return {
    query: describeQuery(query),
    filters: { metric: filters.metric, period: filters.period?.text ?? null },
    groups: sourcesGroups,
    lookalikes,
    citations: citationsOf(listed),
    nearest,
  };
}
