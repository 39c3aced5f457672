/**
 * Command line over config file over darien's defaults, in one place for every command. The
 * command line's values here are only those the user typed (commander's defaults left out), so a
 * config's `min_severity: info` holds until `--min-severity` is given.
 */
import { dirname, resolve } from 'node:path';
import type { Severity } from '../checks/types.js';
import type { Config } from './load.js';
import type { Severities } from './severity.js';

export interface Typed {
  readonly registry?: string;
  readonly minSeverity?: Severity;
  readonly date?: string;
  /** --check ids: run only these. */
  readonly checks?: readonly string[];
}

export interface Settings {
  /** The registry path: as typed (relative to the working directory), or the config's (absolute). */
  readonly registry: string;
  readonly minSeverity: Severity;
  readonly date?: string;
  readonly checks?: readonly string[];
  readonly severities: Severities;
  /** The config's ignore globs and the folder they are relative to. */
  readonly ignore: { readonly globs: readonly string[]; readonly base: string };
  /** The config's ClaimReview publisher; `darien export`'s options override each. */
  readonly publisher: { readonly organisation?: string; readonly organisationUrl?: string; readonly baseUrl?: string };
}

export const DEFAULTS = { registry: 'claims', minSeverity: 'warning' } as const;

export function mergeSettings(typed: Typed, config: Config | null, cwd: string): Settings {
  const base = config ? dirname(config.file) : cwd;
  const severities = new Map(config?.checks ?? []);
  // A check named with --check runs even where the config turns it off; its severity still holds.
  for (const id of typed.checks ?? []) if (severities.get(id) === 'off') severities.delete(id);
  return {
    registry: typed.registry ?? (config?.registry !== undefined ? resolve(base, config.registry) : DEFAULTS.registry),
    minSeverity: typed.minSeverity ?? config?.minSeverity ?? DEFAULTS.minSeverity,
    date: typed.date ?? config?.date,
    checks: typed.checks,
    severities,
    ignore: { globs: config?.ignore ?? [], base },
    publisher: { organisation: config?.organisation, organisationUrl: config?.organisationUrl, baseUrl: config?.baseUrl },
  };
}
