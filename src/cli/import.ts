/**
 * `darien import <file.csv> --metric ID --source-id ID --outlet NAME`: wiring only; the work is
 * importSeries() (src/import/). The source file is written whole or not at all.
 */
import { existsSync, linkSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { withConfigOptions } from '../config/options.js';
import type { ImportOptions } from '../import/index.js';
import type { Metric } from '../model/types.js';
import { InputError } from '../registry/problems.js';
import { displayPath, escapeTerminal } from '../text/escape.js';
import { optionProblems, readerConfig, UsageError, writeOut } from './io.js';

const ID = /^[A-Za-z0-9][\w.-]*$/;

interface ImportCliOptions {
  metric?: string;
  sourceId?: string;
  outlet?: string;
  title?: string;
  author?: string;
  pageDate?: string;
  pageDateInferred?: boolean;
  pageDateNote?: string;
  periodColumn: string;
  valueColumn: string;
  noteColumn?: string;
  unit?: string;
  attribution: string[];
  idPrefix?: string;
  language: string;
  allowGaps?: boolean;
  registry: string;
  output?: string;
  force?: boolean;
}

const collect = (value: string, list: string[]): string[] => [...list, value];

/**
 * Writes beside the target, then renames (or, without --force, links: a link fails if the name
 * exists, so a file made meanwhile is not overwritten either). A reader sees the old file or the
 * new one, never half of one.
 */
export function writeAtomically(path: string, text: string, overwrite: boolean): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text, { flag: 'wx' });
  try {
    if (overwrite) renameSync(temporary, path);
    else linkSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function insideFolder(path: string, folder: string): boolean {
  try {
    const relation = relative(realpathSync(folder), realpathSync(path));
    return relation !== '' && relation !== '..' && !relation.startsWith(`..${sep}`) && !isAbsolute(relation);
  } catch {
    return false;
  }
}

function checkOptions(options: ImportCliOptions, problems: string[]): void {
  for (const [flag, value] of [['--metric', options.metric], ['--source-id', options.sourceId], ['--outlet', options.outlet]] as const) {
    if (value === undefined || value.trim() === '') problems.push(`${flag} is required`);
  }
  if (options.sourceId !== undefined && !ID.test(options.sourceId)) problems.push(`--source-id must be letters, digits, ".", "_" and "-", not "${options.sourceId}"`);
  if (options.idPrefix !== undefined && !ID.test(options.idPrefix)) problems.push(`--id-prefix must be letters, digits, ".", "_" and "-", not "${options.idPrefix}"`);
  if (options.language !== 'en' && options.language !== 'es') problems.push(`--language must be en or es, not "${options.language}"`);
  if (options.pageDate !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(options.pageDate)) problems.push(`--page-date must be YYYY, YYYY-MM or YYYY-MM-DD, not "${options.pageDate}"`);
}

export function registerImport(program: Command): void {
  withConfigOptions(
    program
      .command('import')
      .description('turn an official series (a CSV of months or years) into a reference source file, one claim per row')
      .argument('<file.csv>', 'the series, archived inside the registry (e.g. claims/archive/): it becomes the source\'s text')
      .option('--metric <id>', 'the metric every row counts (required)')
      .option('--source-id <id>', 'id of the new reference source (required)')
      .option('--outlet <name>', 'who publishes the table (required)')
      .option('--title <text>', 'the table\'s title, in brackets when it has none (default: [table: file.csv])')
      .option('--author <name>', 'the author (default: the outlet)')
      .option('--page-date <date>', 'the date of the table as read: YYYY, YYYY-MM or YYYY-MM-DD')
      .option('--page-date-inferred', 'the page date is inferred, not printed')
      .option('--page-date-note <text>', 'how the page date was found')
      .option('--period-column <name>', 'the column of periods: YYYY-MM, YYYY or "Total"', 'period')
      .option('--value-column <name>', 'the column of figures', 'value')
      .option('--note-column <name>', 'a column whose cells become the claims\' notes')
      .option('--unit <unit>', 'the unit of every figure (default: the metric\'s)')
      .option('--attribution <name>', 'who the figures are attributed to; repeat for a chain (default: the outlet)', collect, [])
      .option('--id-prefix <prefix>', 'claim ids are <prefix>-<period> (default: the source id)')
      .option('--language <code>', 'how figures are written: en (1,071) or es (1.071)', 'en')
      .option('--allow-gaps', 'the table leaves months or years out on purpose (totals are then checked as far as they can be)')
      .option('--registry <path>', 'the claims registry, for its metric catalogue', 'claims')
      .option('--output <file>', 'write the source file here (default: standard output)')
      .option('--force', 'replace --output if it exists, keeping its claims\' notes'),
  ).action(async (csvPath: string, options: ImportCliOptions, command: Command) => {
    const problems = optionProblems(command);
    // The config file's registry unless --registry is typed (docs/config.md).
    await readerConfig(command, options, problems);
    checkOptions(options, problems);
    if (!existsSync(csvPath)) problems.push(`${csvPath}: no such file`);
    else if (!insideFolder(csvPath, options.registry)) {
      problems.push(`${csvPath} must be archived inside the registry (${options.registry}), e.g. ${join(options.registry, 'archive', basename(csvPath))}: it is the source's text, which darien check reads`);
    }
    const replacing = readReplaced(options, problems);
    const metric = await checkAgainstRegistry(options, problems);
    if (problems.length > 0 || !metric) throw new UsageError(problems);

    const { decodeText, readLimited, READ_LIMITS } = await import('../registry/read.js');
    const bytes = readLimited(csvPath, READ_LIMITS.text, 'a CSV');
    const csv = Buffer.isBuffer(bytes) ? decodeText(bytes) : bytes;
    if (typeof csv !== 'string') throw new InputError([{ file: csvPath, line: 1, column: 1, message: csv.problem }]);
    const { importSeries } = await import('../import/index.js');
    // The schema line leads from where the file will stand to darien's JSON Schema.
    const { schemaModeline } = await import('../registry/schema-path.js');
    const result = importSeries({ ...importOptions(csvPath, csv, options, metric, replacing), modeline: schemaModeline('source', dirname(resolve(targetOf(options)))) });
    if (!result.ok) {
      if (result.usage.length > 0) throw new UsageError(result.usage);
      throw new InputError(result.problems);
    }
    if (options.output === undefined) writeOut(result.yaml);
    else {
      await writeSource(options.output, result.yaml, options.force === true);
      writeOut(`darien: wrote ${escapeTerminal(displayPath(options.output))}: ${result.claims} claim${result.claims === 1 ? '' : 's'} from ${escapeTerminal(displayPath(csvPath))}\n`);
    }
    process.exitCode = 0;
  });
}

/** The file --output would replace, whose notes are kept; refused without --force. */
function readReplaced(options: ImportCliOptions, problems: string[]): string | undefined {
  if (options.output === undefined) return undefined;
  try {
    const text = readFileSync(options.output, 'utf8');
    if (!options.force) problems.push(`${options.output} exists: pass --force to replace it (claim notes are kept)`);
    return text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`cannot read ${options.output} (${(error as Error).message})`);
    return undefined;
  }
}

/** The metric from the catalogue, and the source id free (or the file being replaced's own). */
async function checkAgainstRegistry(options: ImportCliOptions, problems: string[]): Promise<Metric | undefined> {
  const { loadRegistry } = await import('../registry/load.js');
  // A first source in a new registry: the catalogue is enough.
  const registry = loadRegistry({ paths: [options.registry], requireClaims: false });
  const metric = options.metric === undefined ? undefined : registry.metrics.get(options.metric);
  if (options.metric !== undefined && !metric) {
    const { didYouMean } = await import('../registry/suggest.js');
    problems.push(`--metric: unknown metric "${options.metric}": not in the metric catalogue${didYouMean(options.metric, registry.metrics.keys())}`);
  }
  const taken = options.sourceId === undefined ? undefined : registry.sources.get(options.sourceId);
  if (taken && (options.output === undefined || resolve(taken.file) !== resolve(options.output))) {
    problems.push(`--source-id: "${options.sourceId}" is already the id of ${taken.file}`);
  }
  return metric;
}

/** Where the source file will stand: --output, else the registry's sources/ (where its paths are written from). */
function targetOf(options: ImportCliOptions): string {
  return options.output ?? join(options.registry, 'sources', `${options.sourceId}.yaml`);
}

function importOptions(csvPath: string, csv: string, options: ImportCliOptions, metric: Metric, replacing: string | undefined): ImportOptions {
  const target = targetOf(options);
  return {
    csv,
    csvFile: csvPath,
    csvName: basename(csvPath),
    periodColumn: options.periodColumn,
    valueColumn: options.valueColumn,
    noteColumn: options.noteColumn,
    allowGaps: options.allowGaps === true,
    counts: metric.kind === 'flow' || metric.kind === 'level',
    replacing,
    source: {
      id: options.sourceId!,
      outlet: options.outlet!,
      title: options.title,
      author: options.author,
      pageDate: options.pageDate,
      pageDateInferred: options.pageDateInferred,
      pageDateNote: options.pageDateNote,
      language: options.language as 'en' | 'es',
      text: relative(dirname(target), csvPath).split(sep).join('/'),
    },
    claims: {
      metric: metric.id,
      unit: options.unit ?? metric.unit ?? undefined,
      attribution: options.attribution.length > 0 ? options.attribution : [options.outlet!],
      idPrefix: options.idPrefix ?? options.sourceId!,
    },
  };
}

async function writeSource(path: string, yaml: string, force: boolean): Promise<void> {
  try {
    writeAtomically(path, yaml, force);
  } catch (error) {
    // Made meanwhile (the link refuses to overwrite), or a folder that is not there.
    const { systemReason } = await import('../registry/read.js');
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    throw new UsageError(exists ? `${path} exists: pass --force to replace it (claim notes are kept)` : `cannot write ${path} (${systemReason(error)})`);
  }
}
