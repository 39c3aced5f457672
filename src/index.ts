/**
 * darien's API. The CLI is a thin layer over these functions; tests and other programs call them
 * directly. Data flows one way: registry → model → checks → report → formatter.
 */
import { CHECKS, runChecks } from './checks/index.js';
import type { Check, Severity } from './checks/types.js';
import type { Registry } from './model/types.js';
import { buildReport, type Report } from './report.js';
import { loadRegistry, type LoadOptions } from './registry/load.js';

export { loadRegistry, type LoadOptions } from './registry/load.js';
export { InputError, formatProblem, type Problem } from './registry/problems.js';
export { CHECKS, runChecks } from './checks/index.js';
export { buildReport, exitCodeOf, type Report, type ReportedFinding, type ReportedClaim } from './report.js';
export type { Severity, Finding, Check } from './checks/types.js';
export type { Registry, Claim, Source, Metric } from './model/types.js';

export interface CheckOptions extends LoadOptions {
  readonly minSeverity?: Severity;
  /** Run only these checks (ids); default all. */
  readonly checks?: readonly string[];
}

export function selectChecks(ids: readonly string[] | undefined): readonly Check[] {
  if (!ids || ids.length === 0) return CHECKS;
  return CHECKS.filter((check) => ids.includes(check.meta.id));
}

/** Loads the registry, runs the cross-checks and builds the report. Throws InputError (exit 2). */
export function checkRegistry(options: CheckOptions = {}): { registry: Registry; report: Report } {
  const registry = loadRegistry(options);
  const findings = runChecks(registry, selectChecks(options.checks));
  return { registry, report: buildReport(registry, findings, options.minSeverity ?? 'warning') };
}
