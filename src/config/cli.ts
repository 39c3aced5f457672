/**
 * The config file on the command line (`--config FILE`, `--no-config`, src/config/options.ts) and
 * the settings a command runs with (src/config/apply.ts). The reader and validator of a config
 * file are loaded only when there is one: a run without a config pays for the search alone.
 */
import { isAbsolute } from 'node:path';
import type { Command } from 'commander';
import type { Severity } from '../checks/types.js';
import { InputError, type Problem } from '../registry/problems.js';
import { displayPath } from '../registry/read.js';
import { mergeSettings, type Settings, type Typed } from './apply.js';
import { configPath } from './find.js';
import type { Config } from './load.js';

export interface CommandSettings extends Settings {
  readonly ignoreFile?: (absolute: string) => boolean;
}

interface ConfigCliOptions {
  config?: string | boolean;
  registry?: string;
  minSeverity?: string;
  date?: string;
  check?: string[];
}

/**
 * The settings of this run, from what was typed and the config file; the config's problems are
 * returned, not thrown, so the command reports them with its own option problems in one run.
 */
export async function commandSettings(command: Command, options: ConfigCliOptions, cwd = process.cwd()): Promise<{ settings: CommandSettings; problems: readonly Problem[] }> {
  const typed = (name: string): boolean => command.getOptionValueSource(name) === 'cli';
  const given: Typed = {
    registry: typed('registry') ? options.registry : undefined,
    minSeverity: typed('minSeverity') ? (options.minSeverity as Severity) : undefined,
    date: typed('date') ? options.date : undefined,
    checks: options.check,
  };
  let config: Config | null = null;
  let problems: readonly Problem[] = [];
  try {
    const path = configPath(options.config, cwd);
    if (path !== null) {
      const [{ loadConfig }, { CHECK_IDS }] = await Promise.all([import('./load.js'), import('./check-ids.js')]);
      config = loadConfig(path, { cwd, checkIds: CHECK_IDS });
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems = error.problems;
  }
  const settings = mergeSettings(given, config, cwd);
  const ignoreFile = settings.ignore.globs.length === 0 ? undefined : (await import('./ignore.js')).ignoreTest(settings.ignore.globs, settings.ignore.base);
  return { settings: { ...settings, ignoreFile }, problems };
}

/**
 * The registry of a command that reads it without checking it (sources, claims, timeline, export,
 * extract, import): `--registry` when typed, else the config's `registry:`, else `claims`. A
 * config that names the registry for `check` names it for every command, or `darien sources`
 * in that project looks for a `claims/` that is not there. Sets `options.registry` (shown
 * relative to the working directory where it lies under it) and returns the config's problems,
 * which the command reports with its own.
 */
export async function readerSettings(command: Command, options: { config?: string | boolean; registry: string }, cwd = process.cwd()): Promise<{ settings: CommandSettings; problems: readonly Problem[] }> {
  const { settings, problems } = await commandSettings(command, { config: options.config, registry: options.registry }, cwd);
  options.registry = isAbsolute(settings.registry) ? displayPath(settings.registry, cwd) : settings.registry;
  return { settings, problems };
}
