/**
 * Severities from the config's `checks:` (off, error, warning, info), as ESLint's rule settings:
 * a check set to off is not run, and every finding of a check given a severity takes it.
 */
import { SEVERITY_RANK, type Severity } from '../checks/types.js';
import type { SeveritySetting } from './schema.js';

export type Severities = ReadonlyMap<string, SeveritySetting>;

/** The severity a check runs at: its own unless the config says otherwise. */
export function severityOf(id: string, own: Severity, severities: Severities | undefined): SeveritySetting {
  return severities?.get(id) ?? own;
}

/** Whether a check runs: not off, and able to report at or above the floor. */
export function runsAt(id: string, own: Severity, floor: Severity, severities: Severities | undefined): boolean {
  const setting = severityOf(id, own, severities);
  return setting !== 'off' && SEVERITY_RANK[setting] >= SEVERITY_RANK[floor];
}

/**
 * A check left out for the severity floor alone, which the summary names as skipped ("info checks
 * not run: --min-severity info runs them"); one the config turns off is the user's choice, not skipped.
 */
export function belowFloor(id: string, own: Severity, floor: Severity, severities: Severities | undefined): boolean {
  const setting = severityOf(id, own, severities);
  return setting !== 'off' && SEVERITY_RANK[setting] < SEVERITY_RANK[floor];
}

/** Findings with the config's severities: those of a check set to off dropped, the rest re-ranked. */
export function withSeverities<F extends { readonly check: string; readonly severity: Severity }>(findings: readonly F[], severities: Severities | undefined): F[] {
  if (!severities || severities.size === 0) return [...findings];
  const out: F[] = [];
  for (const finding of findings) {
    const setting = severities.get(finding.check);
    if (setting === 'off') continue;
    out.push(setting === undefined || setting === finding.severity ? finding : { ...finding, severity: setting });
  }
  return out;
}
