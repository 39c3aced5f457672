/** `darien lint <paths...>`: wiring only; the work is lintPaths() and the formatters. */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { didYouMean } from '../registry/suggest.js';
import { escapeTerminal } from '../text/escape.js';
import { withConfigOptions } from '../config/options.js';
import { optionProblems, stopOnProblems, systemReason, writeErr, writeOut } from './io.js';
import { startProgress } from './progress.js';
import { whileReading } from './reading-flags.js';
import { changedSince, isReportFormat, onChangedLines, REPORT_FORMATS, writeReport } from './report-output.js';

const SEVERITIES = ['error', 'warning', 'info'];
const FORMATS = [...REPORT_FORMATS, 'github', 'sarif'];

interface LintCliOptions {
  format: string;
  registry: string;
  date?: string;
  language?: string;
  minSeverity: string;
  maxWarnings: string;
  check?: string[];
  stdinFilename: string;
  crossDrafts?: boolean;
  changedSince?: string;
  color: boolean;
  config?: string | boolean;
}

/** darien's package.json, found upward from this module (dist/cli/ or the bundle in dist/). */
function packageInfo(): { version: string; homepage: string | null; repository: string | null; dir: string | null } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const path = join(dir, 'package.json');
    if (!existsSync(path)) continue;
    const pkg = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string; homepage?: string; repository?: string | { url?: string } };
    if (pkg.name !== 'darien') continue;
    const repo = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? null);
    return { version: pkg.version ?? '0.0.0', homepage: pkg.homepage ?? null, repository: repo?.replace(/^git\+/, '').replace(/\.git$/, '') ?? null, dir };
  }
  return { version: '0.0.0', homepage: null, repository: null, dir: null };
}

/**
 * Where the checks' pages are, for SARIF's helpUri (an absolute URI, as the spec requires): on
 * GitHub when package.json names the repository there; otherwise the pages installed with darien
 * (docs/checks/ beside its package.json), as file:// URIs, when they are there.
 */
function docsBase(pkg: ReturnType<typeof packageInfo>): string | null {
  if (pkg.repository && /github\.com/.test(pkg.repository)) return `${pkg.repository}/blob/main/`;
  if (pkg.dir && existsSync(join(pkg.dir, 'docs', 'checks'))) return pathToFileURL(join(pkg.dir, '/')).href;
  return null;
}


export function registerLint(program: Command): void {
  const lintCommand = program
    .command('lint')
    .description('check the figures in markdown or text drafts against the registry and each other')
    .argument('<paths...>', 'draft files or folders (.md, .markdown, .mdx, .txt); - reads standard input')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (table: with quotes and citations)`, 'brief')
    .option('--registry <path>', 'the claims registry', 'claims')
    .option('--date <YYYY-MM-DD>', 'the date of drafts whose front matter has no date:')
    .option('--language <code>', "how the drafts' figures are written: en or es (default: each draft's front matter lang:, else detected from its text)")
    .option('--min-severity <level>', `lowest severity to show: ${SEVERITIES.join(', ')}`, 'warning')
    .option('--max-warnings <n>', 'exit 1 when more warnings than this are shown (-1: no limit)', '-1')
    .option('--check <ids...>', 'run only these checks')
    .option('--stdin-filename <name>', 'the name findings give standard input', '<stdin>')
    .option('--cross-drafts', 'also check the drafts against each other (by default each answers for itself)')
    .option('--changed-since <ref>', 'only findings on lines changed since this git ref (a branch, tag or commit)')
    .option('--no-color', 'no colour even on a terminal');
  withConfigOptions(lintCommand).action(async (paths: string[], options: LintCliOptions, command: Command) => {
      const problems = optionProblems(command);
      if (!FORMATS.includes(options.format)) problems.push(`unknown format "${options.format}" (expected ${FORMATS.join(', ')})`);
      if (!SEVERITIES.includes(options.minSeverity)) problems.push(`unknown severity "${options.minSeverity}" (expected ${SEVERITIES.join(', ')})`);
      const maxWarnings = Number(options.maxWarnings);
      if (!/^-?\d+$/.test(options.maxWarnings) || maxWarnings < -1) problems.push(`--max-warnings must be a whole number, -1 or more, not "${options.maxWarnings}"`);
      const dateShaped = options.date === undefined || /^\d{4}-\d{2}-\d{2}$/.test(options.date);
      if (!dateShaped) problems.push(`--date must be YYYY-MM-DD, not "${options.date}"`);
      if (options.language !== undefined && options.language !== 'en' && options.language !== 'es') problems.push(`--language must be en or es, not "${options.language}"`);
      // The config file (docs/config.md): what is typed here wins over it.
      const { commandSettings } = await import('../config/cli.js');
      const { settings, problems: configProblems } = await commandSettings(command, options);
      const lint = await import('../drafts/index.js');
      let date = null;
      if (settings.date !== undefined && dateShaped) {
        try {
          date = lint.parsePeriod(settings.date);
        } catch (error) {
          if (!(error instanceof lint.PeriodError)) throw error;
          problems.push(`--date: ${error.message}`);
        }
      }
      const ids = lint.LINT_RULES.map((rule) => rule.id);
      const unknown = (options.check ?? []).filter((id) => !ids.includes(id));
      // One line a misspelt id, with its nearest, as `darien check --check` says it.
      for (const id of unknown) problems.push(`unknown check "${id}"${didYouMean(id, ids)} (lint runs ${lint.LINT_CHECKS.map((c) => c.meta.id).join(', ')})`);
      const changes = await changedSince(options.changedSince, problems);
      stopOnProblems(problems, configProblems);

      const progress = startProgress(options.format);
      // V8 flags for the reading only (reading-flags.ts says why).
      const read = whileReading(() => progress.around(() => lint.lintPaths({
        paths,
        stdinName: options.stdinFilename,
        registryPath: settings.registry,
        date,
        // Checked above: en, es, or not given.
        language: options.language === 'es' ? 'es' : options.language === 'en' ? 'en' : undefined,
        minSeverity: settings.minSeverity,
        checks: settings.checks,
        severities: settings.severities,
        ignore: settings.ignoreFile,
        crossDrafts: options.crossDrafts === true,
        onProgress: progress.update,
      })));
      const report = await onChangedLines(read.report, changes);

      if (isReportFormat(options.format)) {
        await writeReport(report, options.format, options.color ? undefined : false);
      } else if (options.format === 'github') {
        const { formatGithub, formatGithubSummary } = await import('../formats/github.js');
        // Annotations name files from the repository's root: under a job's `working-directory:`,
        // paths relative to it would name files that do not exist.
        const paths = { workspace: process.env.GITHUB_WORKSPACE || null, cwd: process.cwd() };
        writeOut(formatGithub(report, paths), { commands: true });
        const summary = process.env.GITHUB_STEP_SUMMARY;
        if (summary) {
          const table = formatGithubSummary(report, paths);
          try {
            appendFileSync(summary, table);
          } catch (error) {
            // The findings are printed already; the run still did not do all it was asked, so it
            // exits 2, with one line naming the file, not as an internal error. The path is the
            // environment's: escaped, so it stays on its line and sends the terminal nothing.
            writeErr(`${escapeTerminal(`darien: cannot write the job summary to ${summary}: ${systemReason(error)}`)}\n`);
            process.exitCode = 2;
            return;
          }
        }
      } else if (options.format === 'sarif') {
        const { formatSarif } = await import('../formats/sarif.js');
        const { repositoryRoot } = await import('../git/changed-lines.js');
        const pkg = packageInfo();
        // No address is invented: package.json's homepage or repository, else the README installed
        // with darien (a file:// URI, as the rules' help pages are), else none.
        const readme = pkg.dir ? join(pkg.dir, 'README.md') : null;
        const home = pkg.homepage ?? pkg.repository ?? (readme && existsSync(readme) ? pathToFileURL(readme).href : null);
        const cwd = process.cwd();
        writeOut(formatSarif(report, { rules: lint.LINT_RULES, version: pkg.version, informationUri: home, docsBaseUri: docsBase(pkg), root: changes?.root ?? repositoryRoot(cwd, paths), cwd }));
      }
      process.exitCode = lint.lintExitCode(report, maxWarnings);
    });
}
