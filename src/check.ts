/**
 * `darien check` as an API: load, check, report. Kept apart from index.ts so the command loads only
 * what it needs, not the editors', lint's and extract's modules that index.ts also re-exports.
 */
import { ClaimIndex } from './checks/claim-index.js';
import { CHECKS, runChecks } from './checks/index.js';
import type { Check, Severity } from './checks/types.js';
import type { Registry } from './model/types.js';
import { buildReport, type Report } from './report.js';
import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { findCatalogueAbove, loadRegistry, type LoadOptions } from './registry/load.js';
import { belowFloor, runsAt, withSeverities, type Severities } from './config/severity.js';
import { applyVerdicts, STALE_VERDICT } from './verdicts/settle.js';
import { withReopened } from './verdicts/reopened.js';

export { CHECKS } from './checks/index.js';
export { STALE_VERDICT } from './verdicts/settle.js';
export { exitCodeOf } from './report.js';

export interface CheckOptions extends LoadOptions {
  readonly minSeverity?: Severity;
  /** Run only these checks (ids); default all. */
  readonly checks?: readonly string[];
  /** Per check id: off, or the severity its findings take (the config's `checks:`). */
  readonly severities?: Severities;
  /** Ignore the registry's verdicts: every finding counts as the checks found it. */
  readonly strict?: boolean;
}

/**
 * The checks to run: those named (default all), less those whose findings all sit below the
 * severity floor. Like a disabled ESLint rule, a check nobody will see is not run: on a large
 * archive the info checks cost as much as the rest together.
 */
export function selectChecks(ids: readonly string[] | undefined, minSeverity: Severity = 'info', severities?: Severities): { run: readonly Check[]; skipped: string[] } {
  // Checks named on the command line always run; their findings below the floor are counted.
  if (ids && ids.length > 0) return { run: CHECKS.filter((check) => ids.includes(check.meta.id)), skipped: [] };
  const named = CHECKS;
  const runs = (check: Check): boolean => runsAt(check.meta.id, check.meta.severity, minSeverity, severities);
  const skipped = named.filter((check) => belowFloor(check.meta.id, check.meta.severity, minSeverity, severities));
  return { run: named.filter(runs), skipped: skipped.map((check) => check.meta.id) };
}

/**
 * What `darien check FILE…` reads when every path is a source file: the whole registry each
 * belongs to (the folder of the metrics.yaml in or above it), so a new file is checked against
 * every claim it could conflict with, and the files themselves, to report only their findings.
 * Null when a path is a folder or a catalogue: then the paths are the registry, as given.
 */
export function sourceFileScope(paths: readonly string[], cwd: string): { paths: string[]; files: Set<string> } | null {
  if (paths.length === 0) return null;
  const roots = new Set<string>();
  const files = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!/\.ya?ml$/i.test(absolute) || basename(absolute) === 'metrics.yaml' || !isFile(absolute)) return null;
    const catalogue = findCatalogueAbove(absolute);
    if (catalogue === null) return null;
    roots.add(dirname(catalogue));
    files.add(absolute);
  }
  // The files too, after their registries: one outside the walk (a hidden folder, an ignored
  // name) is still read; one the walk took is read once.
  return { paths: [...roots, ...files], files };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Loads the registry, runs the cross-checks and builds the report. Throws InputError (exit 2). */
export function checkRegistry(options: CheckOptions = {}): { registry: Registry; report: Report } {
  const cwd = options.cwd ?? process.cwd();
  const scope = sourceFileScope(options.paths ?? [], cwd);
  // --strict sets verdicts aside, so what they name is not checked either.
  const settlesChecks = options.strict ? undefined : CHECKS.map((check) => check.meta.id);
  const registry = loadRegistry({ ...options, ...(scope ? { paths: scope.paths } : {}), settlesChecks });
  const minSeverity = options.minSeverity ?? 'warning';
  // stale-verdict is no check of claims but of verdicts over them: named with others, it judges the
  // verdicts on what they run; named alone, every check runs and only its findings are kept.
  const named = options.checks?.filter((id) => id !== STALE_VERDICT.id);
  const staleOnly = options.checks !== undefined && options.checks.length > 0 && named!.length === 0;
  const { run, skipped } = selectChecks(staleOnly ? undefined : named, staleOnly ? 'info' : minSeverity, options.severities);
  // One check at a time, so that a long run can say which it is on; the index is built once.
  const index = new ClaimIndex(registry.claims);
  const all = run.flatMap((check, i) => {
    options.onProgress?.({ stage: 'check-registry', check: check.meta.id, checks: i, of: run.length, claims: registry.claims.length });
    return runChecks(registry, [check], index);
  });
  const found = withSeverities(all, options.severities);
  let findings = options.strict ? found : applyVerdicts(registry, found, run.map((check) => check.meta.id));
  // Its own findings are made after the config's severities were applied to the checks': apply them
  // now (off drops them, a severity re-ranks them). A settled finding keeps the info it became.
  if (!options.strict) findings = [...findings.filter((f) => f.check !== STALE_VERDICT.id), ...withSeverities(findings.filter((f) => f.check === STALE_VERDICT.id), options.severities)];
  if (staleOnly) findings = findings.filter((f) => f.check === STALE_VERDICT.id);
  // Only the findings of the files asked about: each has one of their claims in it, or stands in
  // one of them (a stale verdict in verdicts.yaml), or is settled by a verdict of one of them.
  if (scope) {
    const asked = (file: string | undefined) => file !== undefined && scope.files.has(resolve(cwd, file));
    const kept = findings.filter((finding) => finding.claims.some(({ claim }) => asked(claim.file)) || asked(finding.at?.file) || asked(finding.settled?.verdict.file));
    findings = withReopened(findings, kept, (finding) => finding.claims.map(({ claim }) => claim.id));
  }
  return { registry, report: buildReport(registry, findings, minSeverity, skipped) };
}
