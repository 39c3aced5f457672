/**
 * `npm run eval [corpus]`: how well lint and extract read text they were not written from.
 * Runs `lint` on each draft of the corpus alone and `extract` on each article, through the same
 * API the CLI calls, and scores them by the corpus README's rules (src/eval/score.ts). The corpus
 * defaults to ../shared/corpus beside the repository and then the project's own corpus/;
 * `npm run eval -- <folder>` scores another
 * folder of the same layout (a labeled set of real articles kept outside the repository, say).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, formatProblem } from '../registry/problems.js';
import { evalCorpus, type CorpusResult } from './corpus.js';
import { ratio, type Tally } from './score.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function table(title: string, rows: ReadonlyArray<readonly [string, ...Tally[]]>, heads: readonly string[]): string[] {
  const out = [title, `  ${pad('', 16)}${heads.map((h) => pad(h, 18)).join('')}`];
  for (const [name, ...tallies] of rows) out.push(`  ${pad(name, 16)}${tallies.map((t) => pad(ratio(t), 18)).join('')}`);
  return out;
}

export function formatResult(result: CorpusResult, verbose: boolean): string {
  const out: string[] = [`corpus ${result.root}`];
  const d = result.drafts;
  if (d) {
    out.push('', `drafts (lint, each alone): sensitivity ${ratio(d.sensitivity)}, specificity ${ratio(d.specificity)}`);
    out.push(...table('  per file', [...d.byFile].map(([f, t]) => [f, t.flag, t.ok] as const), ['flagged', 'left clean']));
    out.push(...table('  per kind', [...d.byKind].sort().map(([k, t]) => [k, t] as const), ['right']));
    out.push(`  flagged lines the table does not judge: ${d.unjudged.length}${d.unjudged.length ? ` (${d.unjudged.join(', ')})` : ''}`);
    if (verbose) out.push('  missed:', ...d.misses.map((m) => `    ${m}`), '  false alarms:', ...d.falseAlarms.map((m) => `    ${m}`));
  }
  const a = result.articles;
  if (a) {
    out.push('', `articles (extract): recall ${ratio(a.recall)}, metric right ${ratio(a.metric)}, period right ${ratio(a.period)}`);
    out.push(`  rows with metric none left without one: ${ratio(a.metricNone)}`);
    out.push(`  rows of a catalogue metric read with a metric and a period (what lint checks): ${ratio(a.checked)}`);
    out.push(...table('  per file', [...a.byFile].map(([f, t]) => [f, t.recall, t.metric, t.period] as const), ['recall', 'metric', 'period']));
    out.push(...table('  per kind', [...a.byKind].sort().map(([k, t]) => [k, t.recall, t.metric, t.period] as const), ['recall', 'metric', 'period']));
    if (verbose) out.push('  wrong:', ...a.wrong.map((m) => `    ${m}`));
  }
  return out.join('\n');
}

const OWN_CORPORA = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twentyfirst', 'twentysecond', 'twentythird', 'twentyfourth', 'twentyfifth', 'twentysixth', 'twentyseventh', 'twentyeighth', 'twentyninth', 'thirtieth', 'thirtyfirst', 'thirtysecond', 'thirtythird', 'thirtyfourth', 'thirtyfifth', 'thirtysixth', 'thirtyseventh', 'thirtyeighth', 'thirtyninth', 'fortieth', 'fortyfirst', 'fortysecond', 'fortythird', 'fortyfourth', 'fortyfifth', 'fortysixth', 'fortyseventh', 'fortyeighth', 'fortyninth', 'fiftieth', 'fiftyfirst', 'fiftysecond', 'fiftythird', 'fiftyfourth', 'fiftyfifth', 'fiftysixth', 'fiftyseventh', 'fiftyeighth', 'fiftyninth', 'sixtieth', 'sixtyfirst', 'sixtysecond', 'sixtythird', 'sixtyfourth', 'sixtyfifth', 'sixtysixth', 'sixtyseventh', 'sixtyeighth', 'sixtyninth', 'seventieth', 'seventyfirst', 'seventysecond', 'seventythird', 'seventyfourth', 'seventyfifth', 'seventysixth', 'seventyseventh', 'seventyeighth', 'seventyninth', 'eightieth', 'eightyfirst', 'eightysecond', 'eightythird', 'eightyfourth', 'eightyfifth', 'eightysixth', 'eightyseventh', 'eightyeighth', 'eightyninth', 'ninetieth', 'ninetyfirst', 'ninetysecond', 'ninetythird', 'ninetyfourth', 'ninetyfifth', 'ninetysixth', 'ninetyseventh', 'ninetyeighth', 'ninetyninth', 'hundredth', 'hundredfirst', 'hundredsecond', 'hundredthird', 'hundredfourth', 'hundredfifth', 'hundredsixth', 'hundredseventh', 'hundredeighth', 'hundredninth', 'hundredtenth', 'hundredeleventh', 'hundredtwelfth', 'hundredthirteenth', 'hundredfourteenth', 'hundredfifteenth', 'hundredsixteenth', 'hundredseventeenth', 'hundredeighteenth', 'hundrednineteenth', 'hundredtwentieth', 'hundredtwentyfirst', 'hundredtwentysecond', 'hundredtwentythird', 'hundredtwentyfourth', 'hundredtwentyfifth', 'hundredtwentysixth', 'hundredtwentyseventh', 'hundredtwentyeighth', 'hundredtwentyninth', 'hundredthirtieth', 'hundredthirtyfirst', 'hundredthirtysecond', 'hundredthirtythird', 'hundredthirtyfourth', 'hundredthirtyfifth', 'hundredthirtysixth', 'hundredthirtyseventh', 'hundredthirtyeighth', 'hundredthirtyninth', 'hundredfortieth', 'hundredfortyfirst', 'hundredfortysecond', 'hundredfortythird', 'hundredfortyfourth', 'hundredfortyfifth', 'hundredfortysixth', 'hundredfortyseventh', 'hundredfortyeighth', 'hundredfortyninth', 'hundredfiftieth', 'hundredfiftyfirst', 'hundredfiftysecond', 'hundredfiftythird', 'hundredfiftyfourth', 'hundredfiftyfifth', 'hundredfiftysixth', 'hundredfiftyseventh', 'hundredfiftyeighth', 'hundredfiftyninth', 'hundredsixtieth', 'hundredsixtyfirst'];

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const roots = args.filter((a) => !a.startsWith('--'));
  // By default the shared corpus beside the repository, then the project's own, in the order they
  // were written (corpus/, then corpus/second/ to corpus/hundredsixtyfirst/, each written blind in other
  // words); a folder named on the command line is scored the same way (drafts/EXPECTED.tsv,
  // articles/CLAIMS.tsv), and must exist.
  if (roots.length === 0) roots.push(join(ROOT, '..', 'shared', 'corpus'), join(ROOT, 'corpus'), ...OWN_CORPORA.map((name) => join(ROOT, 'corpus', name)));
  for (const root of roots.map((r) => resolve(r))) {
    if (!existsSync(root)) {
      process.stderr.write(`darien eval: ${root}: no such folder\n`);
      process.exitCode = 2;
      continue;
    }
    try {
      process.stdout.write(`${formatResult(evalCorpus(root, join(ROOT, 'claims')), verbose)}\n\n`);
    } catch (error) {
      // A corpus that cannot be read is one line and exit 2, as darien's own bad input is.
      const problems = error instanceof InputError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)];
      for (const problem of problems) process.stderr.write(`darien eval: ${problem}\n`);
      process.exitCode = 2;
    }
  }
}

main();
