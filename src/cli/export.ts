/**
 * `darien export claimreview [--output FILE]`: wiring only; the work is buildClaimReviews()
 * (src/verdicts/claimreview.ts). The file is written whole or not at all, and only when every
 * verdict that stands could be exported: a published fact check must not go out half-marked.
 */
import type { Command } from 'commander';
import { withConfigOptions } from '../config/options.js';
import { InputError, sortProblems, type Problem } from '../registry/problems.js';
import { optionProblems, outputSettings, readerConfig, systemReason, UsageError, writeErr, writeOut } from './io.js';

const KINDS = ['claimreview'];

interface ExportOptions {
  registry: string;
  output?: string;
  organisation?: string;
  organisationUrl?: string;
  baseUrl?: string;
}

/** An absolute http(s) address, or the problem with it. */
function urlProblem(option: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return null;
  } catch {
    // Reported below, as any other value that is not an address.
  }
  return `${option} must be an absolute http(s) address, got "${value}"`;
}

/**
 * JSON-LD is pasted into a page's <script> element: "<", ">" and "&" are written as \u escapes
 * (the same string to a JSON reader), so a quote holding "</script>" cannot end the element.
 */
function scriptSafe(json: string): string {
  return json.replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function registerExport(program: Command): void {
  withConfigOptions(
    program
      .command('export')
      .description('publish the verdicts: claimreview writes schema.org ClaimReview JSON-LD for each')
      .argument('<kind>', `what to export: ${KINDS.join(', ')}`)
      .option('--registry <path>', 'the claims registry', 'claims')
      .option('-o, --output <file>', 'write to this file (atomically) rather than standard output')
      .option('--organisation <name>', 'the fact-checking organisation that publishes the verdicts (ClaimReview author)')
      .option('--organisation-url <url>', "the organisation's home page")
      .option('--base-url <url>', "for a verdict with no url:, its page is <base-url>#<claim id>"),
  ).action(async (kind: string, options: ExportOptions, command: Command) => {
    const problems = optionProblems(command);
    // The config file's registry unless --registry is typed (docs/config.md).
    const settings = await readerConfig(command, options, problems);
    if (!KINDS.includes(kind)) problems.push(`unknown export "${kind}" (expected ${KINDS.join(', ')})`);
    const { buildClaimReviews, organisationFrom } = await import('../verdicts/claimreview.js');
    // What is typed wins over the config's `organisation:`, `organisation_url:` and `base_url:`.
    const organisation = organisationFrom(options.organisation, settings.publisher.organisation);
    options.organisationUrl ??= settings.publisher.organisationUrl;
    options.baseUrl ??= settings.publisher.baseUrl;
    if (organisation === null) problems.push('give --organisation (or `organisation:` in darien.config.yaml): the fact-checking organisation that publishes the verdicts (ClaimReview needs its author)');
    for (const [option, value] of [['--organisation-url', options.organisationUrl], ['--base-url', options.baseUrl]] as const) {
      const problem = urlProblem(option, value);
      if (problem) problems.push(problem);
    }
    if (problems.length > 0) throw new UsageError(problems);
    const { loadRegistry } = await import('../registry/load.js');
    const registry = loadRegistry({ paths: [options.registry], ignore: settings.ignoreFile });
    // A verdict whose finding is gone is stale only to a run of the checks: run them, so that no
    // verdict goes out as if it held that darien check would call stale.
    const { staleVerdicts } = await import('../verdicts/settle.js');
    const result = buildClaimReviews(registry, { organisation: organisation!, organisationUrl: options.organisationUrl, baseUrl: options.baseUrl, stale: staleVerdicts(registry) });
    if (result.withoutUrl.length > 0) {
      const { ClaimLocator } = await import('../report.js');
      const locator = new ClaimLocator(registry);
      const located: Problem[] = result.withoutUrl.map((verdict) => ({
        ...locator.locateIn(verdict.file, ['verdicts', verdict.index, 'claim']),
        message: `verdicts[${verdict.index}]: no url: a ClaimReview needs the page that publishes the verdict; add url: or give --base-url`,
      }));
      throw new InputError(sortProblems(located));
    }
    if (result.reviews.length === 0) {
      throw new UsageError([`nothing to export: ${options.registry} holds no verdict that stands${result.stale > 0 ? ` (${result.stale} stale: darien check lists them)` : ''}`]);
    }
    const { jsonText } = await import('../formats/json.js');
    const text = scriptSafe(jsonText(result.reviews, { pretty: true }));
    if (options.output === undefined) writeOut(text);
    else {
      const { writeFileAtomically } = await import('../registry/atomic.js');
      try {
        writeFileAtomically(options.output, text);
      } catch (error) {
        throw new UsageError([`cannot write ${options.output}: ${systemReason(error)}`]);
      }
    }
    const note = result.stale > 0 ? `; ${result.stale} stale verdict${result.stale === 1 ? '' : 's'} not exported (darien check lists them)` : '';
    if (options.output !== undefined || note) writeErr(`darien: ${result.reviews.length} ClaimReview${result.reviews.length === 1 ? '' : 's'}${options.output !== undefined ? ` written to ${options.output}` : ''}${note}\n`);
    process.exitCode = 0;
  });
}
