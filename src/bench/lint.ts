/**
 * `darien lint` on a 1 MB draft against `node -e 0`, medians of interleaved runs (target ≤ 10×).
 *
 * The draft is made of the seed articles' kind of prose: paragraphs that restate the registry
 * correctly in several wordings (figures with hedges, rates, comparisons, dates of events),
 * paragraphs with numbers that are not claims (years, page and phone numbers, code, links), and
 * filler prose with no number, repeated in turn until the text passes 1 MB. A few wrong figures at
 * the end make the run report findings, as a real draft under review would; they are not repeated,
 * because a draft with thousands of errors measures the formatter, not the reader.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { medians, time } from './run-lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'bin', 'darien.cjs');

const PARAGRAPHS = [
  'The National Border Service reported that 11,363 migrants had crossed into the country from Colombia since July 1, according to The Associated Press. That number marks roughly 9,000 fewer crossings compared to the same time period last year.',
  'Over 212,000 migrants entered Panama after crossing through the Darien Gap so far this year, according to the AP. The vast majority of them have been Venezuelan nationals, while others include Colombians, Ecuadorians and Chinese.',
  'Over half a million migrants crossed the Darien Gap on their northward journey to the U.S. in 2023, according to the Council on Foreign Relations. Half a million people crossed the Darién Gap in 2023.',
  'Mulino won Panama’s presidential election in May, beating his closest rival by nearly ten percentage points. José Raúl Mulino was sworn into office on July 1, the day his government signed a deal with the United States.',
  'Jorge Gobea credited the downturn to the construction of around three miles of barbed wire on five different trails frequently used by migrants passing through the Darien Gap, according to the AP.',
  'In 2021, 133,726 migrants passed through Panama, up from 6,465 in 2020. In August 2021, 25,332 migrants crossed the Darién Gap, and 25,505 in September 2021.',
  'In January 2022, 4,702 migrants crossed the Darién Gap, and 4,262 in February. Upwards of 20,000 migrants were stranded in Necoclí in October 2021, waiting at an improvised migrant camp.',
  'More than 7 million migrants have crossed the U.S.-Mexico border illegally since President Joe Biden entered office, according to the latest data from Customs and Border Protection.',
  'The 2024 report, on page 12 of the 2025 edition, lists a hotline at 202-555-0100. COVID-19 and Title 42 shaped the years before; he spent two years as minister and the first of the trails closed at 10:30.',
  'See `crossings: 999,999 in 2024` in the [2024 table](https://example.org/2024/302203) and <https://example.org/11363>.',
  'The Darien Gap, a vast jungle region that stretches between Colombia and southern Panama, has proven to be a paramount transit area for migrants headed north. Officials on both sides of the border say the route remains dangerous, and aid groups continue to report injuries, robberies and deaths along the trails.',
  '“The border of the United States, instead of being in Texas, moved to Panama,” the then-candidate said on the campaign trail. “We’re going to close the Darien and we’re going to repatriate all these people.”',
];

const WRONG = [
  'In all of 2024, 11,363 migrants crossed the Darién Gap.',
  'Nearly 140,000 migrants crossed the Darién Gap a day in 2021.',
  'Crossings of the Darién Gap quadrupled from 2,928 in the first two months of 2021 to 8,964 in the same period of 2022.',
  'Mulino took office on July 2.',
];

/** A draft of at least `bytes` bytes, dated 2024-07-17. */
export function generateDraft(bytes = 1_000_000): string {
  const parts = ['---', 'title: Darién crossings, a long draft', 'date: 2024-07-17', '---', '', '# Darién crossings, a long draft', ''];
  let size = parts.join('\n').length;
  for (let i = 0; size < bytes; i++) {
    const paragraph = PARAGRAPHS[i % PARAGRAPHS.length]!;
    if (i % PARAGRAPHS.length === 0) parts.push(`## Part ${i / PARAGRAPHS.length + 1}`, '');
    parts.push(paragraph, '');
    size += Buffer.byteLength(paragraph) + 2;
  }
  parts.push('## What the draft got wrong', '', ...WRONG.map((line) => `${line}\n`));
  return parts.join('\n');
}

export interface LintBench {
  readonly draftBytes: number;
  readonly runs: number;
  /** Median wall times in milliseconds. */
  readonly nodeMs: number;
  readonly lintMs: number;
  /** The same run on the draft's first 3 KB: what a CI job linting one short draft waits. */
  readonly shortBytes: number;
  readonly shortMs: number;
  /** lintMs ÷ nodeMs; the target is ≤ 10. */
  readonly ratio: number;
  readonly target: number;
  readonly met: boolean;
}

/** Medians of `runs` interleaved runs (at least 5) of `darien lint <1 MB draft>` and `node -e 0`. */
export async function benchLint(runs = 7): Promise<LintBench> {
  const dir = mkdtempSync(join(tmpdir(), 'darien-bench-lint-'));
  try {
    const draft = generateDraft();
    const path = join(dir, 'long-draft.md');
    writeFileSync(path, draft);
    const short = generateDraft(3_000);
    const shortPath = join(dir, 'short-draft.md');
    writeFileSync(shortPath, short);
    const result = medians(
      {
        node: () => time(['-e', '0']),
        // Exit 1: the draft's few wrong figures are errors, as intended.
        lint: () => time([CLI, 'lint', path, '--registry', join(ROOT, 'claims')], [1]),
        short: () => time([CLI, 'lint', shortPath, '--registry', join(ROOT, 'claims')], [1]),
      },
      Math.max(5, runs),
    );
    const ratio = result.lint! / result.node!;
    return { draftBytes: Buffer.byteLength(draft), runs: Math.max(5, runs), nodeMs: result.node!, lintMs: result.lint!, shortBytes: Buffer.byteLength(short), shortMs: result.short!, ratio, target: 10, met: ratio <= 10 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
