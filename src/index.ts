/**
 * darien's API. The CLI is a thin layer over these functions; tests and other programs call them
 * directly. Data flows one way: registry → model → checks → report → formatter.
 */
export { checkRegistry, selectChecks, type CheckOptions } from './check.js';
export { loadRegistry, type LoadOptions } from './registry/load.js';
export { InputError, formatProblem, type Problem } from './registry/problems.js';
export { CHECKS, runChecks } from './checks/index.js';
export { buildReport, exitCodeOf, type Report, type ReportedFinding, type ReportedClaim } from './report.js';
export type { Severity, Finding, Check } from './checks/types.js';
export type { Registry, Claim, Source, Metric } from './model/types.js';
export { readQuery, type FigureQuery } from './editors/query.js';
export { readFilters, NO_FILTERS, type ClaimFilters, type FilterInput, type FilterReading } from './editors/filters.js';
export { findSources, statesFigure, type SourcesResult, type SourcesGroup, type Lookalike, type SourceCitation, type QueryView } from './editors/sources.js';
export { listClaims, type ClaimsListing } from './editors/claims.js';
export { buildTimeline, CONFLICT_CHECKS, type Timeline, type TimelineSection, type TimelineRow, type TimelineConflict, type TimelineVerdict, type TimelineVerdicts } from './editors/timeline.js';
export type { ClaimView } from './editors/claim-view.js';

export { lintDrafts, lintPaths, LINT_CHECKS, LINT_RULES, UNCHECKED, type LintOptions, type LintPathsOptions, type LintResult } from './drafts/lint.js';
export { collectDrafts, readDrafts, type CollectedDrafts } from './drafts/files.js';
export { draftProblems } from './drafts/draft.js';
export { lintExitCode, type LintReport, type DraftFinding } from './drafts/report.js';
export { extractArticle, type ExtractOptions, type Extraction } from './extract/extract.js';
export { formatGithub, formatGithubSummary } from './formats/github.js';
export { formatSarif, type SarifOptions } from './formats/sarif.js';
