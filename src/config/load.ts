/**
 * The config file read and validated, every problem at its file:line:column (exit 2, like a bad
 * registry file). Loaded only when there is a config file (src/config/find.ts finds it).
 */
import { resolve } from 'node:path';
import jsYaml from 'js-yaml';
import * as v from 'valibot';
import { issueAt } from '../registry/issues.js';
import { TextLocator, type KeyPath } from '../registry/locate.js';
import { InputError, sortProblems, type Problem } from '../registry/problems.js';
import { decodeText, displayPath, parseRegistryText, readLimited, READ_LIMITS } from '../registry/read.js';
import { didYouMean } from '../registry/suggest.js';
import { PeriodError, parsePeriod } from '../model/period.js';
import { configSchema, type SeveritySetting } from './schema.js';

export interface Config {
  /** The config file, absolute; settings' paths are relative to its folder. */
  readonly file: string;
  readonly registry?: string;
  readonly date?: string;
  readonly minSeverity?: 'error' | 'warning' | 'info';
  readonly checks: ReadonlyMap<string, SeveritySetting>;
  /** Globs, relative to the config's folder. */
  readonly ignore: readonly string[];
  /** ClaimReview's publisher, for `darien export claimreview`. */
  readonly organisation?: string;
  readonly organisationUrl?: string;
  readonly baseUrl?: string;
}

/** Reads and validates a config file; every problem of it thrown at once (InputError). */
export function loadConfig(path: string, options: { cwd: string; checkIds: readonly string[] }): Config {
  const absolute = resolve(options.cwd, path);
  const display = displayPath(absolute, options.cwd);
  const fail = (message: string): never => {
    throw new InputError([{ file: display, line: 1, column: 1, message }]);
  };
  const bytes = readLimited(absolute, READ_LIMITS.registry, 'a config file');
  if (!Buffer.isBuffer(bytes)) return fail(bytes.problem);
  const text = decodeText(bytes);
  if (typeof text !== 'string') return fail(`${text.problem}: expected YAML`);
  const problems: Problem[] = [];
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? {};
  } catch {
    // The registry's reader locates every syntax error and refused tag of the file.
    parseRegistryText({ display, absolute, text }, problems);
    throw new InputError(sortProblems(problems));
  }
  const locator = new TextLocator(text);
  const report = (at: KeyPath, message: string, key = false): void => {
    problems.push({ file: display, ...locator.locate(at, key), message });
  };
  if (typeof data !== 'object' || Array.isArray(data)) {
    report([], 'expected a mapping of settings (registry, date, min_severity, checks, ignore, organisation): see docs/config.md');
    throw new InputError(problems);
  }
  const result = v.safeParse(configSchema, data);
  if (!result.success) {
    for (const issue of result.issues) {
      const { at, path: issuePath, message, key } = issueAt(issue, []);
      const name = issuePath.at(-1);
      const hint = key && typeof name === 'string' ? didYouMean(name, Object.keys(configSchema.entries)) : '';
      report(at, message + hint, key);
    }
  }
  const input = result.success ? result.output : null;
  // What the schema cannot know: the checks there are, and the calendar.
  const checks = (data as { checks?: unknown }).checks;
  for (const id of checks && typeof checks === 'object' && !Array.isArray(checks) ? Object.keys(checks) : []) {
    if (!options.checkIds.includes(id)) report(['checks', id], `checks.${id}: no such check${didYouMean(id, options.checkIds)} (see docs/checks/)`, true);
  }
  // The date's calendar too when the schema refused something else: every problem in one run.
  const date = input?.date ?? (data as { date?: unknown }).date;
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    try {
      parsePeriod(date);
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error;
      report(['date'], `date: ${error.message}`);
    }
  }
  if (problems.length > 0 || !input) throw new InputError(sortProblems(problems));
  return {
    file: absolute,
    registry: input.registry,
    date: input.date,
    minSeverity: input.min_severity,
    checks: new Map(Object.entries(input.checks ?? {})),
    ignore: input.ignore ?? [],
    organisation: input.organisation,
    organisationUrl: input.organisation_url,
    baseUrl: input.base_url,
  };
}
