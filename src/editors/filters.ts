/**
 * The filters the editors' commands share (--metric, --source, --period). Reading them needs the
 * registry: a metric or source that is not in it is a typo to report, not an empty result.
 */
import { contains, parsePeriod, PeriodError, type Period } from '../model/period.js';
import type { Claim, Registry } from '../model/types.js';
import { didYouMean, nearest } from '../registry/suggest.js';

export interface ClaimFilters {
  readonly metric: string | null;
  /** A source id, or an outlet or attribution name as a whole phrase ("Associated Press"). */
  readonly source: string | null;
  /** Claims whose period lies inside it. */
  readonly period: Period | null;
}

export interface FilterInput {
  readonly metric?: string | undefined;
  readonly source?: string | undefined;
  readonly period?: string | undefined;
}

export type FilterReading = { readonly ok: true; readonly filters: ClaimFilters } | { readonly ok: false; readonly problem: string };

export const NO_FILTERS: ClaimFilters = { metric: null, source: null, period: null };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}(?![\\p{L}\\p{N}])`, 'iu');
}

function sourceMatches(claim: Claim, name: string, pattern: RegExp): boolean {
  const source = claim.source;
  if (source.id === name) return true;
  return pattern.test(source.outlet) || claim.attribution.some((credit) => pattern.test(credit));
}

/** Metric ids that look like what was typed, for the error message: a part of one ("crossings"), or a misspelling ("darien-crossngs"). */
function similarMetrics(registry: Registry, typed: string): string[] {
  const needle = typed.toLowerCase();
  const ids = [...registry.metrics.keys()];
  const parts = ids.filter((id) => id.includes(needle) || needle.includes(id));
  return [...new Set([...parts, ...nearest(typed, ids)])].sort().slice(0, 5);
}

export function readFilters(registry: Registry, input: FilterInput): FilterReading {
  let period: Period | null = null;
  if (input.metric !== undefined && !registry.metrics.has(input.metric)) {
    const similar = similarMetrics(registry, input.metric);
    const hint = similar.length > 0 ? `did you mean ${similar.join(', ')}?` : 'see the metric catalogue (metrics.yaml) or `darien claims`';
    return { ok: false, problem: `unknown metric "${input.metric}": ${hint}` };
  }
  if (input.period !== undefined) {
    try {
      period = parsePeriod(input.period);
    } catch (error) {
      if (error instanceof PeriodError) return { ok: false, problem: `--period: ${error.message}` };
      throw error;
    }
  }
  if (input.source !== undefined) {
    const pattern = namePattern(input.source);
    if (input.source.trim() === '' || !registry.claims.some((claim) => sourceMatches(claim, input.source!, pattern))) {
      const names = registry.claims.flatMap((claim) => [claim.source.id, claim.source.outlet, ...claim.attribution]);
      return { ok: false, problem: `no source, outlet or attribution named "${input.source}" in the registry${didYouMean(input.source, names)}` };
    }
  }
  return { ok: true, filters: { metric: input.metric ?? null, source: input.source ?? null, period } };
}

/** A predicate for the filters; the source pattern is built once, not per claim. */
export function filterClaims(filters: ClaimFilters): (claim: Claim) => boolean {
  const pattern = filters.source === null ? null : namePattern(filters.source);
  return (claim) => {
    if (filters.metric !== null && claim.metric.id !== filters.metric) return false;
    if (filters.period !== null && (claim.period === null || !contains(filters.period, claim.period))) return false;
    if (pattern !== null && !sourceMatches(claim, filters.source!, pattern)) return false;
    return true;
  };
}
