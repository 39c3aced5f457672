/**
 * registry → model: validates the YAML of every file and builds the model the checks read.
 * Every problem of the run is collected and thrown once as an InputError (exit code 2).
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import * as v from 'valibot';
import { HEDGES, intervalOf, readFigure, type FigureReading, type Hedge, type HedgeKind, type Language } from '../model/figure.js';
import { PeriodError, parsePeriod, type Period } from '../model/period.js';
import type { Claim, Comparison, Metric, Quantity, Registry, Republication, Source } from '../model/types.js';
import { aliasExpansionProblem, MODULE_URL as ALIASES_URL } from './aliases.js';
import type { OnProgress } from '../progress.js';
import { openParseCache } from './cache.js';
import { usableEntry, type Classified } from './cache-entry.js';
import { compileSchema, INVALID, MODULE_URL as COMPILE_URL } from './compile.js';
import { codeFingerprint } from './fingerprint.js';
import { TextLocator, type KeyPath } from './locate.js';
import { InputError, sortProblems, type Problem } from './problems.js';
import { didYouMean, didYouMeanUnit } from './suggest.js';
import { describePath, issueAt } from './issues.js';
import { decodeText, MODULE_URL as READ_URL, NOT_PARSED, parseRegistryText, readLimited, readRegistryFile, READ_LIMITS, type ReadFile, type RegistryFile } from './read.js';
import { walkPaths } from './walk.js';
import {
  catalogueSchema,
  claimSchema,
  metricSchema,
  sourceFileSchema,
  sourceSchema,
  verdictFileSchema,
  verdictSchema,
  MODULE_URL as SCHEMA_URL,
  type ClaimInput,
  type MetricInput,
  type SourceInput,
  type VerdictInput,
} from './schema.js';
import { buildVerdicts, type LocatedVerdict } from './verdicts.js';

export interface LoadOptions {
  /** Files or folders; default ["claims"]. */
  readonly paths?: readonly string[];
  /** Where relative paths start and what shown paths are relative to. */
  readonly cwd?: string;
  /** Reuse parses of unchanged files (registry/cache.ts); default true. */
  readonly cache?: boolean;
  /**
   * A registry that holds no claim is a problem (exit 2), default true: a check, a listing or a
   * lint that read no claim checked nothing and must not pass. `extract` needs only the catalogue.
   */
  readonly requireClaims?: boolean;
  /** Told after each file is read, with the claims read so far (src/progress.ts). */
  readonly onProgress?: OnProgress;
  /** Files a folder's walk passes over (the config's `ignore:`, src/config/ignore.ts). */
  readonly ignore?: (absolute: string) => boolean;
  /**
   * The check ids a verdict's `settles:` may name (`darien check`'s): a misspelt one would settle
   * nothing, silently, so it is a problem with the registry's others, in the same run.
   */
  readonly settlesChecks?: readonly string[];
}

const REGISTRY_FILE = /\.ya?ml$/i;

interface Located<T> {
  readonly input: T;
  readonly file: RegistryFile;
  readonly path: KeyPath;
}

const HEDGE_KINDS = new Map<string, HedgeKind>(HEDGES.map(([words, kind]) => [words, kind]));

// ["claims", i] for each position in a file's list, made once and shared by every file: a large
// archive has 100,000 claims but only as many positions as its longest file, and each array kept
// per claim was one more object for the garbage collector to copy. Paths are never mutated.
const CLAIM_PATHS: KeyPath[] = [];

function claimPath(index: number): KeyPath {
  return (CLAIM_PATHS[index] ??= ['claims', index]);
}

// A claim's hedge is the hedge its figure reads as (readings are memoised per figure), or this.
const NO_HEDGE: Hedge = Object.freeze({ kind: 'none', words: null });

let fingerprint: string | null | undefined;

/** Where a package's code is, for the fingerprint; null when it cannot be resolved from here. */
function packageUrl(name: string): string | null {
  try {
    return import.meta.resolve(name);
  } catch {
    return null;
  }
}

function readerFingerprint(): string | null {
  if (fingerprint === undefined) {
    // The parser's and the schema library's own code too: unbundled (dist/, tests) they live in
    // node_modules, and an `npm update` must not let an old validation stand.
    const packages = ['js-yaml', 'valibot'].map(packageUrl).filter((url): url is string => url !== null);
    fingerprint = codeFingerprint([import.meta.url, READ_URL, SCHEMA_URL, COMPILE_URL, ALIASES_URL, ...packages]);
  }
  return fingerprint;
}

class Loader {
  readonly problems: Problem[] = [];
  private readonly locators = new Map<RegistryFile, TextLocator>();

  /** The file's locator, one per file: it keeps what it has scanned and parsed. */
  locator(file: RegistryFile): TextLocator {
    let locator = this.locators.get(file);
    if (!locator) {
      locator = new TextLocator(file.text);
      this.locators.set(file, locator);
    }
    return locator;
  }

  report(file: RegistryFile, path: KeyPath, message: string, key = false): void {
    const { line, column } = this.locator(file).locate(path, key);
    this.problems.push({ file: file.display, line, column, message });
  }

  /** "file:line:column", computed only when a message needs it. */
  where(file: RegistryFile, path: KeyPath): string {
    const { line, column } = this.locator(file).locate(path);
    return `${file.display}:${line}:${column}`;
  }

  /**
   * A file's top level: each unknown key is reported, and the keys the schema names are validated
   * still, so a stray key does not hide the problems of the rest of the file.
   */
  validateTop<S extends v.ObjectWithRestSchema<v.ObjectEntries, v.GenericSchema, undefined>>(schema: S, data: object, file: RegistryFile): v.InferOutput<S> | null {
    const known: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      if (Object.hasOwn(schema.entries, key)) known[key] = value;
      else this.report(file, [key], `${key}: unknown field`, true);
    }
    return this.validate(schema, known, file, []);
  }

  /**
   * A file whose aliases would make it too large to walk (aliases.ts): reported, and true. Only a
   * file that writes a "*" can hold an alias; the full parse it needs is the one that locates the
   * file's other problems, so it is made once.
   */
  aliasBomb(file: RegistryFile): boolean {
    if (!file.text.includes('*')) return false;
    const problem = aliasExpansionProblem(this.locator(file).parsed());
    if (problem) this.problems.push({ file: file.display, ...problem.at, message: problem.message });
    return problem !== null;
  }

  /** Validates `value` against `schema`, reporting each issue at its own location. */
  validate<S extends v.GenericSchema>(schema: S, value: unknown, file: RegistryFile, path: KeyPath): v.InferOutput<S> | null {
    // The compiled schema answers for valid values; anything else goes to valibot for its issues.
    const fast = compileSchema(schema)?.(value);
    if (fast !== undefined && fast !== INVALID) return fast as v.InferOutput<S>;
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    for (const issue of result.issues) {
      const { at, message, key } = issueAt(issue, path);
      this.report(file, at, message, key);
    }
    return null;
  }
}

function isoText(value: string | number): string {
  return String(value);
}

export function loadRegistry(options: LoadOptions = {}): Registry {
  const cwd = options.cwd ?? process.cwd();
  const paths = options.paths && options.paths.length > 0 ? options.paths : ['claims'];
  const loader = new Loader();
  const walked = walkPaths(paths, { cwd, accept: (name) => REGISTRY_FILE.test(name), none: 'no registry files here (.yaml or .yml)', ignore: options.ignore }, loader.problems);
  const absolutes = walked.files;
  const folders = registryFolders(paths, cwd, walked);
  const files: RegistryFile[] = [];
  const cache = options.cache === false ? null : openParseCache();

  const metricInputs: Located<MetricInput>[] = [];
  const sourceInputs: Located<SourceInput>[] = [];
  const sourceRefs: Array<{ id: string; file: RegistryFile }> = [];
  const claimInputs: Array<Located<ClaimInput> & { sourceIndex: number | string }> = [];
  // Claims that failed validation still get their references checked, so one run reports a
  // wrong type and an unknown metric in the same claim together.
  const rejected: Array<{ raw: unknown; file: RegistryFile; path: KeyPath }> = [];
  const verdictInputs: LocatedVerdict[] = [];
  const rejectedVerdicts: Array<{ raw: unknown; file: RegistryFile; path: KeyPath }> = [];
  // Sources that failed validation still get the checks of their fields that are there (the
  // archived text, the page date, a republication), so one wrong kind does not hide the rest.
  const rejectedSources: Array<{ raw: unknown; file: RegistryFile; path: KeyPath }> = [];
  let sawCatalogue = false;

  /** Takes in a file's validated inputs: from classify(), or from the cache. */
  const accept = (file: RegistryFile, classified: Classified): void => {
    if ('verdicts' in classified) {
      classified.verdicts.forEach((input, i) => verdictInputs.push({ input, file, path: ['verdicts', i] }));
      return;
    }
    if ('metrics' in classified) {
      sawCatalogue = true;
      classified.metrics.forEach((input, i) => metricInputs.push({ input, file, path: ['metrics', i] }));
      return;
    }
    let sourceIndex: number | string;
    if (typeof classified.source === 'string') {
      sourceIndex = classified.source;
      sourceRefs.push({ id: classified.source, file });
    } else {
      sourceIndex = sourceInputs.length;
      sourceInputs.push({ input: classified.source, file, path: ['source'] });
    }
    classified.claims.forEach((input, i) => claimInputs.push({ input, file, path: claimPath(i), sourceIndex }));
  };

  /** Validates a file; takes in what is valid and reports the rest. Returns the inputs when all of it is valid. */
  const classify = (file: RegistryFile, data: unknown): Classified | null => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      loader.report(file, [], 'expected a mapping with `metrics:` (a catalogue) or `source:` and `claims:`');
      return null;
    }
    if ('metrics' in data) {
      sawCatalogue = true;
      const catalogue = loader.validateTop(catalogueSchema, data, file);
      if (!catalogue) return null;
      const metrics: MetricInput[] = [];
      let valid = true;
      catalogue.metrics.forEach((metric, i) => {
        const input = loader.validate(metricSchema, metric, file, ['metrics', i]);
        if (input) {
          metricInputs.push({ input, file, path: ['metrics', i] });
          metrics.push(input);
        } else valid = false;
      });
      return valid ? { metrics } : null;
    }
    if ('verdicts' in data && !('source' in data)) {
      // Ids are checked against the whole registry after every file is read (registry/verdicts.ts).
      const listed = loader.validateTop(verdictFileSchema, data, file);
      if (!listed) return null;
      const verdicts: VerdictInput[] = [];
      listed.verdicts.forEach((verdict, i) => {
        const input = loader.validate(verdictSchema, verdict, file, ['verdicts', i]);
        if (input) {
          verdictInputs.push({ input, file, path: ['verdicts', i] });
          verdicts.push(input);
        } else rejectedVerdicts.push({ raw: verdict, file, path: ['verdicts', i] });
      });
      return verdicts.length === listed.verdicts.length ? { verdicts } : null;
    }
    if (!('source' in data)) {
      loader.report(file, [], 'expected `metrics:` (a catalogue) or `source:` and `claims:`');
      return null;
    }
    const sourceFile = loader.validateTop(sourceFileSchema, data, file);
    if (!sourceFile) return null;
    // `source:` is the source itself, or the id of one defined in another file.
    let sourceIndex: number | string;
    let source: SourceInput | string | null;
    if (typeof sourceFile.source === 'string') {
      source = sourceFile.source;
      sourceIndex = sourceFile.source;
      sourceRefs.push({ id: sourceFile.source, file });
    } else {
      // A source that fails validation still has its claims checked: every problem, one run.
      source = loader.validate(sourceSchema, sourceFile.source, file, ['source']);
      sourceIndex = -1;
      if (source) {
        sourceIndex = sourceInputs.length;
        sourceInputs.push({ input: source, file, path: ['source'] });
      } else rejectedSources.push({ raw: sourceFile.source, file, path: ['source'] });
    }
    const claims: ClaimInput[] = [];
    let valid = source !== null;
    sourceFile.claims.forEach((claim, i) => {
      const input = loader.validate(claimSchema, claim, file, ['claims', i]);
      if (input) {
        claimInputs.push({ input, file, path: claimPath(i), sourceIndex });
        claims.push(input);
      } else {
        rejected.push({ raw: claim, file, path: ['claims', i] });
        valid = false;
      }
    });
    return valid && source !== null ? { source, claims } : null;
  };

  /** A file read: its cached inputs when the same code validated the same bytes, else validated now. */
  const ingest = (read: ReadFile): void => {
    const code = cache ? readerFingerprint() : null;
    // An entry another code made, or of another shape, is no entry: the file is read again.
    const entry = code !== null && read.cached !== undefined ? usableEntry(read.cached, code) : undefined;
    const current = entry !== undefined;
    if (current && entry.classified) {
      accept(read.file, entry.classified);
      return;
    }
    // Before anything walks the parse: a value reached through aliases is walked once per alias.
    if (loader.aliasBomb(read.file)) return;
    let data = current ? entry.parse : read.data;
    if (data === undefined) {
      data = parseRegistryText(read.file, loader.problems);
      if (data === NOT_PARSED) return;
    }
    const before = loader.problems.length;
    const classified = classify(read.file, data);
    if (cache && code !== null && !current) {
      const valid = classified !== null && loader.problems.length === before;
      cache.set(read.file.absolute, read.bytes, valid ? { code, classified } : { code, parse: data });
    }
  };

  // Each file is classified as soon as it is read, and only its text and validated inputs are
  // kept: the rest of its parse becomes garbage while it is still young, instead of a large
  // archive's parse trees all living until every file has been read.
  for (const [done, absolute] of absolutes.entries()) {
    const read = readRegistryFile(absolute, cwd, loader.problems, cache);
    if (read) {
      files.push(read.file);
      ingest(read);
    }
    options.onProgress?.({ stage: 'read-registry', files: done + 1, of: absolutes.length, claims: claimInputs.length });
  }

  // No catalogue among the paths (a single source file was given): look beside and above them.
  if (!sawCatalogue && files.length > 0) {
    const catalogue = findCatalogueAbove(resolve(cwd, paths[0]!));
    if (catalogue) {
      const read = readRegistryFile(catalogue, cwd, loader.problems, cache);
      if (read) ingest(read);
    } else {
      loader.problems.push({ file: paths[0]!, line: 1, column: 1, message: 'no metric catalogue: expected a metrics.yaml in or above this path' });
    }
  }

  const metrics = buildMetrics(loader, metricInputs);
  const sources = buildSources(loader, sourceInputs, folders);
  for (const rejectedSource of rejectedSources) checkRejectedSource(loader, rejectedSource, sources.byId, folders);
  for (const ref of sourceRefs) {
    if (!sources.byId.has(ref.id)) loader.report(ref.file, ['source'], `unknown source "${ref.id}": no source file defines it${didYouMean(ref.id, sources.byId.keys())}`);
  }
  const invalidIds = new Set(rejected.flatMap(({ raw }) => (typeof (raw as { id?: unknown } | null)?.id === 'string' ? [(raw as { id: string }).id] : [])));
  const claims = buildClaims(loader, claimInputs, metrics, sources, invalidIds);
  const seenInvalid = new Map<string, { file: RegistryFile; path: KeyPath }>();
  for (const { raw, file, path } of rejected) {
    if (typeof raw !== 'object' || raw === null) continue;
    const { id, metric, period } = raw as { id?: unknown; metric?: unknown; period?: unknown };
    if (typeof id === 'string') {
      const earlier = claims.locate(id) ?? seenInvalid.get(id);
      if (earlier) loader.report(file, [...path, 'id'], `duplicate claim id "${id}" (first defined at ${loader.where(earlier.file, [...earlier.path, 'id'])})`);
      else seenInvalid.set(id, { file, path });
    }
    if (typeof metric === 'string' && metric.trim() !== '' && !metrics.has(metric)) {
      loader.report(file, [...path, 'metric'], `unknown metric "${metric}": not in the metric catalogue${didYouMean(metric, metrics.keys())}`);
    }
    const { unit, hedge } = raw as { unit?: unknown; hedge?: unknown };
    if (typeof unit === 'string') reportUnknownUnit(loader, unit, metrics, file, path);
    if (typeof hedge === 'string') reportUnknownHedge(loader, hedge, file, path);
    if ((typeof period === 'string' && period !== 'unknown') || typeof period === 'number') parsePeriodAt(loader, period, file, path, 'period');
  }

  const verdicts = buildVerdicts(verdictInputs, rejectedVerdicts, {
    claims: claims.byId,
    claimExists: (id) => claims.locate(id) !== undefined || invalidIds.has(id),
    // A source with problems of its own still exists: evidence naming it is not a second problem.
    sourceExists: (id) => sources.byId.has(id) || sourceInputs.some(({ input }) => input.id === id) || rejectedSources.some(({ raw }) => (raw as { id?: unknown } | null)?.id === id),
    ids: () => [...claims.byId.keys(), ...sources.byId.keys()],
    report: (file, path, message) => loader.report(file, path, message),
    where: (file, path) => loader.where(file, path),
    settlesChecks: options.settlesChecks ? new Set(options.settlesChecks) : null,
  });

  if (loader.problems.length === 0 && claims.list.length === 0 && options.requireClaims !== false) {
    // Every path, so the line names what was given; with no claim at all, none of them holds one.
    for (const path of paths) loader.problems.push({ file: path, line: 1, column: 1, message: 'no claims here: no source file with `source:` and `claims:` holds one' });
  }
  if (loader.problems.length > 0) throw new InputError(sortProblems(loader.problems));
  const fileTexts = new Map(files.map((file) => [file.display, file.text]));
  return {
    root: paths.join(' '),
    files: files.map((file) => file.display),
    metrics,
    sources: sources.byId,
    claims: claims.list,
    claimsById: claims.byId,
    verdicts,
    fileTexts,
  };
}

/**
 * The real paths of the folders the registry is: every folder walked (given, or linked from one),
 * and for a file given by name, the folder of its catalogue (or its own). Archived texts are read
 * only inside them.
 */
function registryFolders(paths: readonly string[], cwd: string, walked: { files: readonly string[]; folders: readonly string[] }): string[] {
  const folders = [...walked.folders];
  const files = new Set(walked.files);
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!files.has(absolute)) continue;
    try {
      folders.push(realpathSync.native(dirname(findCatalogueAbove(absolute) ?? absolute)));
    } catch {
      // Read a moment ago; if its folder is gone now, nothing is read from it.
    }
  }
  return folders;
}

/**
 * A source's archived text, or why it cannot be used. Its path is the registry's data, written by
 * whoever wrote the file: `../../etc/passwd`, an absolute path or a link out of the registry would
 * have darien read (and quote) any file, so the text's real path must lie inside the registry.
 */
function readArchivedText(absolute: string, shownAs: string, folders: readonly string[]): string | { problem: string } {
  let real: string;
  try {
    real = realpathSync.native(absolute);
  } catch {
    return { problem: `archived text not found: ${shownAs} (relative to this file)` };
  }
  if (!folders.some((folder) => real === folder || real.startsWith(folder.endsWith(sep) ? folder : folder + sep))) {
    return { problem: `archived text outside the registry: ${shownAs} (darien reads archived texts only inside the registry's folder)` };
  }
  const bytes = readLimited(real, READ_LIMITS.text, 'an archived text');
  if (!Buffer.isBuffer(bytes)) return { problem: `archived text ${shownAs}: ${bytes.problem}` };
  const text = decodeText(bytes);
  return typeof text === 'string' ? text : { problem: `archived text ${shownAs}: ${text.problem}` };
}

/** The metrics.yaml in or above `start` (a file or folder), or null. */
export function findCatalogueAbove(start: string): string | null {
  let dir = existsSync(start) && !/\.ya?ml$/i.test(start) ? start : dirname(start);
  for (;;) {
    const candidate = join(dir, 'metrics.yaml');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function buildMetrics(loader: Loader, inputs: Located<MetricInput>[]): Map<string, Metric> {
  const metrics = new Map<string, Metric>();
  const first = new Map<string, Located<MetricInput>>();
  for (const { input, file, path } of inputs) {
    if (metrics.has(input.id)) {
      const original = first.get(input.id)!;
      loader.report(file, [...path, 'id'], `duplicate metric id "${input.id}" (first defined at ${loader.where(original.file, [...original.path, 'id'])})`);
      continue;
    }
    if (input.kind !== 'date' && !input.unit) loader.report(file, path, `metric "${input.id}": unit is required for a ${input.kind}`);
    if (input.kind === 'rate' && (!input.per || !input.rate_of)) loader.report(file, path, `metric "${input.id}": a rate needs rate_of and per`);
    if (input.typical && input.kind !== 'rate') loader.report(file, [...path, 'typical'], `metric "${input.id}": only a rate can be typical`);
    if (input.once && (input.kind === 'flow' || input.kind === 'rate' || input.kind === 'date')) loader.report(file, [...path, 'once'], `metric "${input.id}": only a level, a percentage or a sum of money can be once (a flow or a rate has periods; an event has its date)`);
    if (input.date !== undefined && input.kind !== 'date') loader.report(file, [...path, 'date'], `metric "${input.id}": only an event (kind: date) has a date`);
    const date = input.date !== undefined && input.kind === 'date' ? parsePeriodAt(loader, input.date, file, path, 'date') : null;
    const born = input.born !== undefined ? bornDay(loader, input, file, path) : null;
    first.set(input.id, { input, file, path });
    metrics.set(input.id, {
      id: input.id,
      counts: input.counts,
      kind: input.kind,
      unit: input.unit ?? null,
      place: input.place,
      phrases: input.phrases,
      frame: input.frame ? { counts: input.frame.counts, actions: input.frame.actions, localActions: input.frame.local_actions, places: input.frame.places, within: input.frame.within } : null,
      rateOf: input.rate_of ?? null,
      per: input.per ?? null,
      ...(input.typical ? { typical: true } : {}),
      ...(input.once ? { once: true } : {}),
      date,
      ...(born ? { born } : {}),
      file: file.display,
    });
  }
  for (const { input, file, path } of inputs) {
    if (input.rate_of && !metrics.has(input.rate_of)) loader.report(file, [...path, 'rate_of'], `unknown metric "${input.rate_of}"${didYouMean(input.rate_of, metrics.keys())}`);
  }
  return metrics;
}

/** The day a person was born: one day, of an age (a level in years); otherwise a problem, and null. */
function bornDay(loader: Loader, input: MetricInput, file: RegistryFile, path: KeyPath): Period | null {
  if (input.kind !== 'level' || input.unit !== 'years') {
    loader.report(file, [...path, 'born'], `metric "${input.id}": only an age (kind: level, unit: years) has a birth date`);
    return null;
  }
  const day = parsePeriodAt(loader, input.born!, file, path, 'born');
  if (day && day.start !== day.end) {
    loader.report(file, [...path, 'born'], `metric "${input.id}": born must be one day (YYYY-MM-DD), not "${day.text}"`);
    return null;
  }
  return day;
}

// Periods repeat across thousands of claims ("2024", "2024-07"): parse each text once.
const periodCache = new Map<string, Period>();

/** The period of `value`; on a problem, reported at `path` then `field` (joined only then). */
function parsePeriodAt(loader: Loader, value: string | number, file: RegistryFile, path: KeyPath, ...field: Array<string | number>): Period | null {
  const text = isoText(value);
  const cached = periodCache.get(text);
  if (cached) return cached;
  try {
    const period = parsePeriod(text);
    periodCache.set(text, period);
    return period;
  } catch (error) {
    if (error instanceof PeriodError) {
      const at = [...path, ...field];
      loader.report(file, at, `${describePath(at)}: ${error.message}`);
      return null;
    }
    throw error;
  }
}

/** A source's fields as the rules below read them: a valid source's, or what a source that failed validation holds. */
interface SourceFields {
  readonly page_date?: unknown;
  readonly text?: unknown;
  readonly outlet?: unknown;
  readonly outlet_inferred_from?: unknown;
  readonly page_date_inferred?: unknown;
  readonly page_date_note?: unknown;
  readonly republished_from?: unknown;
}

/** A source's page date and archived text, read; each problem reported at its field. */
function readSourceFields(loader: Loader, fields: SourceFields, file: RegistryFile, path: KeyPath, folders: readonly string[]): { pageDate: Period | null; text: string | null } {
  const pageDate = typeof fields.page_date === 'string' || typeof fields.page_date === 'number' ? parsePeriodAt(loader, fields.page_date, file, path, 'page_date') : null;
  if (typeof fields.text !== 'string' || fields.text.trim() === '') return { pageDate, text: null };
  const archived = readArchivedText(resolve(dirname(file.absolute), fields.text), fields.text, folders);
  if (typeof archived !== 'string') loader.report(file, [...path, 'text'], archived.problem, true);
  return { pageDate, text: typeof archived === 'string' ? archived : null };
}

/** What an unknown outlet and an inferred page date must say: from what. */
function checkSourceNotes(loader: Loader, fields: SourceFields, file: RegistryFile, path: KeyPath): void {
  if (fields.outlet === 'unknown' && !fields.outlet_inferred_from) {
    loader.report(file, [...path, 'outlet'], 'outlet is unknown: say in outlet_inferred_from what it could or could not be inferred from');
  }
  if (fields.page_date_inferred === true && !fields.page_date_note) {
    loader.report(file, [...path, 'page_date_inferred'], 'page_date is inferred: say in page_date_note what from');
  }
}

/** A republication named by id must be a source of the registry. */
function checkRepublished(loader: Loader, fields: SourceFields, file: RegistryFile, path: KeyPath, byId: ReadonlyMap<string, Source>): void {
  if (typeof fields.republished_from === 'string' && !byId.has(fields.republished_from)) {
    loader.report(file, [...path, 'republished_from'], `unknown source "${fields.republished_from}"${didYouMean(fields.republished_from, byId.keys())}`);
  }
}

/**
 * A source that failed validation is still held to the rules of buildSources() its fields allow:
 * the same messages, at the same places, so one wrong field does not hide the rest.
 */
function checkRejectedSource(loader: Loader, { raw, file, path }: { raw: unknown; file: RegistryFile; path: KeyPath }, byId: ReadonlyMap<string, Source>, folders: readonly string[]): void {
  if (typeof raw !== 'object' || raw === null) return;
  readSourceFields(loader, raw, file, path, folders);
  checkSourceNotes(loader, raw, file, path);
  checkRepublished(loader, raw, file, path, byId);
}

function buildSources(loader: Loader, inputs: Located<SourceInput>[], folders: readonly string[]): { byId: Map<string, Source>; byIndex: Array<Source | null> } {
  const byId = new Map<string, Source>();
  const byIndex: Array<Source | null> = [];
  const first = new Map<string, Located<SourceInput>>();
  for (const { input, file, path } of inputs) {
    const { pageDate, text } = readSourceFields(loader, input, file, path, folders);
    if (first.has(input.id)) {
      const original = first.get(input.id)!;
      loader.report(file, [...path, 'id'], `duplicate source id "${input.id}" (first defined at ${loader.where(original.file, [...original.path, 'id'])})`);
      byIndex.push(null);
      continue;
    }
    checkSourceNotes(loader, input, file, path);
    if (!pageDate) {
      byIndex.push(null);
      continue;
    }
    const republished = input.republished_from;
    let republishedFrom: Republication | null = null;
    if (typeof republished === 'string') {
      republishedFrom = { outlet: republished, author: null, date: null, note: null, sourceId: republished };
    } else if (republished) {
      republishedFrom = {
        outlet: republished.outlet,
        author: republished.author ?? null,
        date: republished.date == null ? null : String(republished.date),
        note: republished.note ?? null,
        sourceId: null,
      };
    }
    const source: Source = {
      id: input.id,
      kind: input.kind,
      outlet: input.outlet,
      outletInferredFrom: input.outlet_inferred_from ?? null,
      title: input.title,
      author: input.author,
      pageDate,
      pageDateAsShown: input.page_date_as_shown ?? null,
      pageDateInferred: input.page_date_inferred,
      pageDateNote: input.page_date_note ?? null,
      republishedFrom,
      language: input.language,
      textPath: input.text,
      text,
      url: input.url ?? null,
      file: file.display,
    };
    first.set(input.id, { input, file, path });
    byId.set(input.id, source);
    byIndex.push(source);
  }
  for (const { input, file, path } of inputs) checkRepublished(loader, input, file, path, byId);
  return { byId, byIndex };
}

function buildClaims(
  loader: Loader,
  inputs: Array<Located<ClaimInput> & { sourceIndex: number | string }>,
  metrics: Map<string, Metric>,
  sources: { byId: Map<string, Source>; byIndex: Array<Source | null> },
  invalidIds: ReadonlySet<string>,
): { list: Claim[]; byId: Map<string, Claim>; locate: (id: string) => { file: RegistryFile; path: KeyPath } | undefined } {
  const list: Claim[] = [];
  const byId = new Map<string, Claim>();
  // Ids read but not built (a problem was reported for them): still taken, for duplicates. Built
  // claims are found in byId alone: a second map of every id cost ~35 ms on 100,000 claims.
  const unbuilt = new Map<string, Located<ClaimInput>>();
  let fileByDisplay: Map<string, RegistryFile> | null = null;
  const locate = (id: string): { file: RegistryFile; path: KeyPath } | undefined => {
    const claim = byId.get(id);
    if (!claim) return unbuilt.get(id);
    fileByDisplay ??= new Map(inputs.map(({ file }) => [file.display, file]));
    return { file: fileByDisplay.get(claim.file)!, path: ['claims', claim.index] };
  };
  // The claims each comparison names, checked once every claim is known.
  const named: Array<{ comparison: { readonly subject: string | null; readonly baseline: string | null }; located: Located<ClaimInput> }> = [];
  for (const located of inputs) {
    const { input, file, path } = located;
    const source = typeof located.sourceIndex === 'string' ? sources.byId.get(located.sourceIndex) : located.sourceIndex < 0 ? undefined : sources.byIndex[located.sourceIndex];
    const original = locate(input.id);
    if (original) {
      loader.report(file, [...path, 'id'], `duplicate claim id "${input.id}" (first defined at ${loader.where(original.file, [...original.path, 'id'])})`);
    }
    const built = buildClaim(loader, located, source, metrics, original !== undefined);
    if (!built) {
      if (!original) unbuilt.set(input.id, located);
      // Its comparison still names its claims: a wrong one is reported in the same run.
      if (input.comparison) named.push({ comparison: { subject: input.comparison.subject ?? null, baseline: input.comparison.baseline ?? null }, located });
      continue;
    }
    list.push(built);
    byId.set(built.id, built);
    if (built.comparison) named.push({ comparison: built.comparison, located });
  }
  for (const { comparison, located } of named) {
    for (const role of ['subject', 'baseline'] as const) {
      const id = comparison[role];
      // A claim that failed validation exists: its own problems are reported, not this one.
      if (id !== null && !byId.has(id) && !unbuilt.has(id) && !invalidIds.has(id)) {
        loader.report(located.file, [...located.path, 'comparison', role], `comparison names claim "${id}", which does not exist`);
      }
    }
  }
  return { list, byId, locate };
}

/**
 * One claim of the model, or null when a problem was reported for it. A duplicate is not built,
 * but its metric and periods are still checked, so one run reports all of its problems.
 */
function buildClaim(loader: Loader, located: Located<ClaimInput>, source: Source | null | undefined, metrics: Map<string, Metric>, duplicate: boolean): Claim | null {
  const { input, file, path } = located;
  const metric = metrics.get(input.metric);
  if (!metric) {
    loader.report(file, [...path, 'metric'], `unknown metric "${input.metric}": not in the metric catalogue${didYouMean(input.metric, metrics.keys())}`);
  }
  // Each field is checked whatever the others hold (a claim of a source with problems too): every
  // problem of the claim in one run.
  const unitUnknown = input.unit !== undefined && reportUnknownUnit(loader, input.unit, metrics, file, path);
  const hedgeUnknown = input.hedge !== undefined && reportUnknownHedge(loader, input.hedge, file, path);
  const period = input.period === 'unknown' ? null : parsePeriodAt(loader, input.period, file, path, 'period');
  const baselinePeriod =
    input.comparison?.baseline_period === undefined ? null : parsePeriodAt(loader, input.comparison.baseline_period, file, path, 'comparison', 'baseline_period');
  if (duplicate || unitUnknown || hedgeUnknown || (input.period !== 'unknown' && !period) || !metric || !source) return null;
  const quantity = buildQuantity(loader, located, metric, source);
  if (quantity === undefined) return null;
  const comparison: Comparison | null = input.comparison
    ? {
        kind: input.comparison.kind,
        direction: input.comparison.direction ?? null,
        subject: input.comparison.subject ?? null,
        baseline: input.comparison.baseline ?? null,
        baselinePeriod,
      }
    : null;
  const claim: Claim = {
    id: input.id,
    source,
    quote: input.quote,
    figure: input.figure,
    quantity,
    metric,
    place: input.place ?? metric.place,
    period,
    periodWords: input.period_words,
    attribution: input.attribution,
    comparison,
    note: input.note ?? null,
    file: file.display,
    index: path[1] as number,
  };
  return claim;
}

/** Units a comparison claim states in whatever the metric counts: "3 times", "a 99 percent drop". */
const COMPARISON_UNITS = ['times', 'percent'];

// The units the catalogue's metrics count in, per catalogue (a run has one).
const catalogueUnits = new WeakMap<Map<string, Metric>, Set<string>>();

/** Reports a hedge the hedge table does not hold; true when it did. */
function reportUnknownHedge(loader: Loader, hedge: string, file: RegistryFile, path: KeyPath): boolean {
  if (HEDGE_KINDS.has(hedge.toLowerCase())) return false;
  loader.report(file, [...path, 'hedge'], `unknown hedge "${hedge}": use one from the hedge table in docs/registry.md${didYouMean(hedge, HEDGE_KINDS.keys())}`);
  return true;
}

/**
 * A claim's unit must be one the catalogue counts in (or a comparison's). Claims are compared
 * within one unit, so a typo ("persons", "peolpe") took a claim out of every cross-check without
 * a word. True when it was reported.
 */
function reportUnknownUnit(loader: Loader, unit: string, metrics: Map<string, Metric>, file: RegistryFile, path: KeyPath): boolean {
  // No catalogue loaded (its own problems are reported): every unit would be unknown.
  if (metrics.size === 0) return false;
  let units = catalogueUnits.get(metrics);
  if (!units) {
    units = new Set([...COMPARISON_UNITS, ...[...metrics.values()].flatMap((m) => (m.unit === null ? [] : [m.unit]))]);
    catalogueUnits.set(metrics, units);
  }
  if (units.has(unit)) return false;
  loader.report(file, [...path, 'unit'], `unknown unit "${unit}": no metric of the catalogue counts in it${didYouMeanUnit(unit, units)}`);
  return true;
}

// The same figures recur across an archive ("2023", "half a million"): read each once per language.
const readings = new Map<string, FigureReading | null>();

function readFigureOnce(figure: string, language: Language): FigureReading | null {
  const key = `${language}\u0000${figure}`;
  let reading = readings.get(key);
  if (reading === undefined) {
    reading = readFigure(figure, language);
    readings.set(key, reading);
  }
  return reading;
}

/** Returns the quantity, null for a date claim, or undefined when a problem was reported. */
function buildQuantity(loader: Loader, { input, file, path }: Located<ClaimInput>, metric: Metric, source: Source): Quantity | null | undefined {
  if (metric.kind === 'date' && input.comparison === undefined) {
    if (input.value !== undefined) {
      loader.report(file, [...path, 'value'], `metric "${metric.id}" is the date of an event: its claims have a period, not a value`);
      return undefined;
    }
    return null;
  }
  if (input.value === undefined) {
    if (input.comparison?.kind === 'change') return null;
    loader.report(file, path, `${describePath(path)}: value is required (metric "${metric.id}" is a ${metric.kind})`);
    return undefined;
  }
  const reading = readFigureOnce(input.figure, source.language);
  let hedge: Hedge = reading?.hedge ?? NO_HEDGE;
  // Known: buildClaim() reported an unknown hedge and built no claim.
  if (input.hedge !== undefined) hedge = { kind: HEDGE_KINDS.get(input.hedge.toLowerCase())!, words: input.hedge };
  const hedgeKind = hedge.kind;
  const step = reading?.step ?? 1;
  const comparisonKind = input.comparison?.kind;
  const unit = input.unit ?? (comparisonKind === 'ratio' ? 'times' : comparisonKind === 'percent-change' ? 'percent' : metric.unit) ?? '';
  if (input.interval && input.interval[0] > input.interval[1]) {
    loader.report(file, [...path, 'interval'], 'interval: low is above high');
    return undefined;
  }
  const isRate = metric.kind === 'rate' || input.per !== undefined;
  return {
    value: input.value,
    read: reading?.value ?? null,
    step,
    hedge,
    interval: input.interval ?? intervalOf(input.value, step, hedgeKind),
    intervalOverridden: input.interval !== undefined,
    unit,
    per: input.per ?? metric.per,
    basis: isRate ? (input.basis ?? 'average') : null,
  };
}
