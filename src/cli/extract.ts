/** `darien extract <article> --published YYYY-MM-DD [--output FILE]`: wiring only; the work is extractArticle(). */
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { withConfigOptions } from '../config/options.js';
import { optionProblems, readerConfig, UsageError, writeOut } from './io.js';
import { whileReading } from './reading-flags.js';

const SOURCE_ID = /^[A-Za-z0-9][\w.-]*$/;

interface ExtractCliOptions {
  published?: string;
  sourceId?: string;
  registry: string;
  language?: string;
  output?: string;
  force?: boolean;
}

export function registerExtract(program: Command): void {
  withConfigOptions(
    program
      .command('extract')
      .description("print registry YAML for a new article's figures, to review and paste into claims/sources/")
      .argument('<article>', 'the archived text of the article (plain text or markdown); - reads standard input')
      .requiredOption('--published <YYYY-MM-DD>', 'the date the page carries: relative words ("last year") are read against it')
      .option('--source-id <id>', 'id of the new source (default: from the file name, "005" for 005_….txt)')
      .option('--registry <path>', 'the claims registry, for its metric catalogue', 'claims')
      .option('--language <code>', 'how figures are written: en or es (default: detected from the text)')
      .option('-o, --output <file>', 'write the YAML to this file, whole or not at all, instead of standard output')
      .option('--force', 'with --output: replace the file if it exists'),
  ).action(async (article: string, options: ExtractCliOptions, command: Command) => {
    // Every problem with the options at once, as for lint.
    const problems = optionProblems(command);
    // The config file's registry unless --registry is typed (docs/config.md).
    await readerConfig(command, options, problems);
    const published = options.published ?? '';
    const dateShaped = /^\d{4}-\d{2}-\d{2}$/.test(published);
    if (!dateShaped) problems.push(`--published must be YYYY-MM-DD, not "${published}"`);
    if (options.language !== undefined && options.language !== 'en' && options.language !== 'es') problems.push(`--language must be en or es, not "${options.language}"`);
    // The id names the source in every claim id and finding: a word of letters, digits, ".", "_"
    // and "-", as the registry's own ids are.
    const sourceId = options.sourceId ?? (article === '-' ? '' : (/^([\w-]+?)_/.exec(basename(article))?.[1] ?? basename(article).replace(/\.[^.]+$/, '')));
    if (!SOURCE_ID.test(sourceId)) {
      problems.push(
        options.sourceId !== undefined
          ? `--source-id must be letters, digits, ".", "_" and "-", not "${sourceId}"`
          : article === '-'
            ? 'reading standard input, there is no file name to take the source id from: pass --source-id'
            : `the source id taken from the file name, "${sourceId}", is not one (letters, digits, ".", "_", "-"): pass --source-id`,
      );
    }
    const { outputRefusal, writeNewFile } = await import('../extract/write.js');
    problems.push(...outputProblems(article, options, outputRefusal));
    const { parsePeriod, PeriodError, loadRegistry } = await import('../drafts/index.js');
    let date;
    if (dateShaped) {
      try {
        date = parsePeriod(published);
      } catch (error) {
        if (!(error instanceof PeriodError)) throw error;
        problems.push(`--published: ${error.message}`);
      }
    }
    if (problems.length > 0 || !date) throw new UsageError(problems);
    // Only a regular file, and at most the limit of it: a FIFO or /dev/zero must not hang the run.
    const { decodeText, readAtMost, readLimited, READ_LIMITS } = await import('../registry/read.js');
    const bytes = article === '-' ? readAtMost(0, READ_LIMITS.text, 'an article') : readLimited(article, READ_LIMITS.text, 'an article');
    if (!Buffer.isBuffer(bytes)) throw new UsageError(`${article}: ${bytes.problem}`);
    const decoded = decodeText(bytes);
    if (typeof decoded !== 'string') throw new UsageError(`${article}: ${decoded.problem}: expected an article's text`);
    const text = decoded;
    // Not the file --output replaces (with --force): a source written wrong, or left empty by a
    // shell's `>`, is what the run is here to write over, not a problem that stops it.
    const replaced = options.output === undefined ? null : resolve(options.output);
    const registry = loadRegistry({ paths: [options.registry], requireClaims: false, ignore: (absolute) => absolute === replaced });
    const { extractArticle } = await import('../extract/extract.js');
    const { schemaModeline } = await import('../registry/schema-path.js');
    const { yaml } = whileReading(() => extractArticle({
      text,
      fileName: article === '-' ? 'stdin.txt' : article,
      published: date,
      sourceId,
      metrics: registry.metrics,
      claims: registry.claims,
      // Checked above: en, es, or not given (then extractArticle reads it from the text).
      language: options.language === 'es' ? 'es' : options.language === 'en' ? 'en' : undefined,
      markdown: /\.(?:md|markdown|mdx)$/i.test(article),
      // The file goes into the registry's sources/ (its `text:` is ../archive/…): the schema's path from there.
      // The schema line's path runs from where the file will stand: --output's folder, else the registry's sources/.
      modeline: schemaModeline('source', options.output !== undefined ? dirname(resolve(options.output)) : join(/\.ya?ml$/i.test(options.registry) ? dirname(resolve(options.registry)) : resolve(options.registry), 'sources')),
    }));
    if (options.output === undefined) writeOut(yaml);
    else {
      const problem = writeNewFile(options.output, yaml, { force: options.force === true });
      if (problem) throw new UsageError(problem);
    }
    process.exitCode = 0;
  });
}

/** What is wrong with --output and --force, before any work is done. */
function outputProblems(article: string, options: ExtractCliOptions, refusal: (path: string, options: { force: boolean }) => string | null): string[] {
  if (options.output === undefined) return options.force ? ['--force only goes with --output FILE'] : [];
  if (options.output === '') return ['--output needs a file name'];
  if (article !== '-' && resolve(options.output) === resolve(article)) return [`--output ${options.output} is the article itself: write the YAML beside it`];
  const problem = refusal(options.output, { force: options.force === true });
  return problem ? [problem] : [];
}
