/**
 * The config file on the command line: `--config FILE`, `--no-config`, and the settings a command
 * runs with (src/config/apply.ts). Shared by the commands that read a registry and report findings.
 */
import type { Command } from 'commander';
import { CHECKS } from '../checks/index.js';
import type { Severity } from '../checks/types.js';
import { UNCHECKED } from '../drafts/unchecked.js';
import { InputError, type Problem } from '../registry/problems.js';
import { mergeSettings, type Settings, type Typed } from './apply.js';
import { ignoreTest } from './ignore.js';
import { resolveConfig } from './load.js';

/** Every id a config's `checks:` may name: the cross-checks and lint's own. */
export const CHECK_IDS: readonly string[] = [...CHECKS.map((check) => check.meta.id), UNCHECKED.id];

export interface CommandSettings extends Settings {
  readonly ignoreFile?: (absolute: string) => boolean;
}

/**
 * The settings of this run, from what was typed and the config file; the config's problems are
 * returned, not thrown, so the command reports them with its own option problems in one run.
 */
export function commandSettings(command: Command, options: { config?: string | boolean; registry?: string; minSeverity?: string; date?: string; check?: string[] }, cwd = process.cwd()): { settings: CommandSettings; problems: readonly Problem[] } {
  const typed = (name: string): boolean => command.getOptionValueSource(name) === 'cli';
  const given: Typed = {
    registry: typed('registry') ? options.registry : undefined,
    minSeverity: typed('minSeverity') ? (options.minSeverity as Severity) : undefined,
    date: typed('date') ? options.date : undefined,
    checks: options.check,
  };
  let config = null;
  let problems: readonly Problem[] = [];
  try {
    config = resolveConfig(options.config, { cwd, checkIds: CHECK_IDS });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems = error.problems;
  }
  const settings = mergeSettings(given, config, cwd);
  return { settings: { ...settings, ignoreFile: ignoreTest(settings.ignore.globs, settings.ignore.base) }, problems };
}
