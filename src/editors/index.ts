/**
 * The editors' API: `darien sources`, `darien claims` and `darien timeline` without the CLI.
 * Re-exported from src/index.ts; the commands import this module directly so that they load only
 * what they use.
 */
export { loadRegistry } from '../registry/load.js';
export { readQuery, normaliseFigureText, type FigureQuery } from './query.js';
export { readFilters, filterClaims, NO_FILTERS, type ClaimFilters, type FilterInput, type FilterReading } from './filters.js';
export { findSources, statesFigure, describeQuery, citationsOf, type SourcesResult, type SourcesGroup, type Lookalike, type SourceCitation, type QueryView, type SourcesFilters } from './sources.js';
export { listClaims, type ClaimsListing } from './claims.js';
export { buildTimeline, CONFLICT_CHECKS, type Timeline, type TimelineSection, type TimelineRow, type TimelineConflict, type TimelineVerdict, type TimelineVerdicts } from './timeline.js';
export { ClaimViewer, findFigure, describeComparison, type ClaimView } from './claim-view.js';
