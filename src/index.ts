/**
 * darien's API. The CLI is a thin layer over these functions; tests and other programs call them
 * directly. Data flows one way: registry → model → checks → report → formatter.
 */
import { CHECKS, runChecks } from './checks/index.js';
import { SEVERITY_RANK, type Check, type Severity } from './checks/types.js';
import type { Registry } from './model/types.js';
import { buildReport, type Report } from './report.js';
import { loadRegistry, type LoadOptions } from './registry/load.js';

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
export { buildTimeline, CONFLICT_CHECKS, type Timeline, type TimelineSection, type TimelineRow, type TimelineConflict } from './editors/timeline.js';
export type { ClaimView } from './editors/claim-view.js';

export interface CheckOptions extends LoadOptions {
  readonly minSeverity?: Severity;
  /** Run only these checks (ids); default all. */
  readonly checks?: readonly string[];
}

/**
 * The checks to run: those named (default all), less those whose findings all sit below the
 * severity floor. Like a disabled ESLint rule, a check nobody will see is not run: on a large
 * archive the info checks cost as much as the rest together.
 */
export function selectChecks(ids: readonly string[] | undefined, minSeverity: Severity = 'info'): { run: readonly Check[]; skipped: string[] } {
  // Checks named on the command line always run; their findings below the floor are counted.
  if (ids && ids.length > 0) return { run: CHECKS.filter((check) => ids.includes(check.meta.id)), skipped: [] };
  const named = CHECKS;
  const floor = SEVERITY_RANK[minSeverity];
  return {
    run: named.filter((check) => SEVERITY_RANK[check.meta.severity] >= floor),
    skipped: named.filter((check) => SEVERITY_RANK[check.meta.severity] < floor).map((check) => check.meta.id),
  };
}

/** Loads the registry, runs the cross-checks and builds the report. Throws InputError (exit 2). */
export function checkRegistry(options: CheckOptions = {}): { registry: Registry; report: Report } {
  const registry = loadRegistry(options);
  const minSeverity = options.minSeverity ?? 'warning';
  const { run, skipped } = selectChecks(options.checks, minSeverity);
  const findings = runChecks(registry, run);
  return { registry, report: buildReport(registry, findings, minSeverity, skipped) };
}
export { lintDrafts, LINT_CHECKS, LINT_RULES, UNCHECKED, type LintOptions, type LintResult } from './drafts/lint.js';
export { readDrafts } from './drafts/files.js';
export { lintExitCode, type LintReport, type DraftFinding } from './drafts/report.js';
export { extractArticle, type ExtractOptions, type Extraction } from './extract/extract.js';
export { formatGithub, formatGithubSummary } from './formats/github.js';
export { formatSarif, type SarifOptions } from './formats/sarif.js';
