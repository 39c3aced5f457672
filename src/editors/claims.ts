/** `darien claims`: the registry as a list for browsing, filtered, by metric and then period. */
import type { Registry } from '../model/types.js';
import { byPeriodThenPage, ClaimViewer, type ClaimView } from './claim-view.js';
import { filterClaims, NO_FILTERS, type ClaimFilters } from './filters.js';

export interface ClaimsListing {
  readonly filters: { readonly metric: string | null; readonly source: string | null; readonly period: string | null };
  readonly claims: readonly ClaimView[];
  /** Claims in the registry before filtering. */
  readonly total: number;
}

export function listClaims(registry: Registry, filters: ClaimFilters = NO_FILTERS): ClaimsListing {
  const viewer = new ClaimViewer(registry);
  const claims = registry.claims
    .filter(filterClaims(filters))
    .sort((a, b) => a.metric.id.localeCompare(b.metric.id) || byPeriodThenPage(a, b))
    .map((claim) => viewer.view(claim, 'claim'));
  return {
    filters: { metric: filters.metric, source: filters.source, period: filters.period?.text ?? null },
    claims,
    total: registry.claims.length,
  };
}
