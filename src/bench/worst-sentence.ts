/**
 * The draft sentences that once took time growing as their square (issue 12): one "sentence" of
 * thousands of figures (a pasted list with no full stop), and one word of megabytes. Each is timed
 * at two sizes ten times apart, as a whole `darien lint` run, so scaling is what the table shows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { medians, time } from './run-lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'bin', 'darien.cjs');

export type Shape = 'figures in one sentence' | 'one long word';

/** The draft for a shape at a size: figures in the list, or characters in the word. */
export function worstSentence(shape: Shape, size: number): string {
  if (shape === 'one long word') return `In 2023, 40 migrants crossed the Darien Gap ${'x'.repeat(size)}.\n`;
  return `In 2023, ${Array.from({ length: size }, (_, i) => String(i * 7 + 1)).join(', ')} migrants crossed the Darien Gap.\n`;
}

export interface SentenceRow {
  readonly shape: Shape;
  readonly small: number;
  readonly large: number;
  readonly smallMs: number;
  readonly largeMs: number;
}

const SIZES: Record<Shape, readonly [number, number]> = {
  'figures in one sentence': [1_600, 16_000],
  'one long word': [700_000, 7_000_000],
};

/** Medians of `darien lint --format github` on each draft (the figures all conflict: exit 1). */
export function benchWorstSentences(runs = 3): SentenceRow[] {
  const base = mkdtempSync(join(tmpdir(), 'darien-sentence-'));
  try {
    const commands: Record<string, () => number> = {};
    for (const [shape, sizes] of Object.entries(SIZES) as Array<[Shape, readonly [number, number]]>) {
      for (const size of sizes) {
        const file = join(base, `${shape.replace(/ /g, '-')}-${size}.md`);
        writeFileSync(file, worstSentence(shape, size));
        commands[`${shape}-${size}`] = () => time([CLI, 'lint', file, '--registry', join(ROOT, 'claims'), '--date', '2024-01-01', '--format', 'github'], [0, 1]);
      }
    }
    const m = medians(commands, runs);
    return (Object.entries(SIZES) as Array<[Shape, readonly [number, number]]>).map(([shape, [small, large]]) => ({ shape, small, large, smallMs: m[`${shape}-${small}`]!, largeMs: m[`${shape}-${large}`]! }));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
