/**
 * `darien check` as an API: load, check, report. Kept apart from index.ts so the command loads only
 * what it needs, not the editors', lint's and extract's modules that index.ts also re-exports.
 */
import { CHECKS, runChecks } from './checks/index.js';
import { SEVERITY_RANK, type Check, type Severity } from './checks/types.js';
import type { Registry } from './model/types.js';
import { buildReport, type Report } from './report.js';
import { loadRegistry, type LoadOptions } from './registry/load.js';
import { applyVerdicts, assertSettles } from './verdicts/settle.js';

export { CHECKS } from './checks/index.js';
export { exitCodeOf } from './report.js';

export interface CheckOptions extends LoadOptions {
  readonly minSeverity?: Severity;
  /** Run only these checks (ids); default all. */
  readonly checks?: readonly string[];
  /** Ignore the registry's verdicts: every finding counts as the checks found it. */
  readonly strict?: boolean;
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
  if (!options.strict) assertSettles(registry, CHECKS);
  const found = runChecks(registry, run);
  const findings = options.strict ? found : applyVerdicts(registry, found, run.map((check) => check.meta.id));
  return { registry, report: buildReport(registry, findings, minSeverity, skipped) };
}
