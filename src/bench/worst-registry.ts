/**
 * The registry's worst cases for locating problems: one source file with N bad claims, written in
 * the layouts the fast block-style scan cannot follow (JSON-style flow, and a claim list that
 * reaches a bad value through an alias), each beside its block-style counterpart. Each is timed at
 * two sizes ten times apart: locating must stay linear, so 10 × the claims must cost about 10 × the
 * time, not 100 × (before the locator kept one parse per file, 800 bad claims in a JSON-style file
 * took 96 s).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { medians, time } from './run-lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'bin', 'darien.cjs');

export type Layout = 'block' | 'flow' | 'anchors';

const CATALOGUE = 'metrics:\n  - id: crossings\n    counts: migrants crossing\n    kind: flow\n    unit: people\n    place: Darién\n';
const SOURCE = { id: 'w', kind: 'article', outlet: 'Wire', title: 'Worst case', author: 'A', page_date: '2024-07-17', page_date_inferred: false, text: 'w.txt' };

function claim(i: number): Record<string, unknown> {
  return { id: `w${i}`, quote: `${i} migrants crossed`, figure: String(i), value: i, metric: 'crossings', period: '2024-07', period_words: 'in July', attribution: ['AP'] };
}

/**
 * The text of a source file of `n` claims, every one with one problem: a value that is not a number
 * (block, flow), or an attribution that is an alias of a list holding a number (anchors).
 */
export function worstSourceText(layout: Layout, n: number): string {
  if (layout === 'flow') {
    const claims = Array.from({ length: n }, (_, i) => ({ ...claim(i), value: 'many' }));
    return `${JSON.stringify({ source: SOURCE, claims }, null, 2)}\n`;
  }
  const lines = ['source:', ...Object.entries(SOURCE).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`), 'claims:'];
  for (let i = 0; i < n; i++) {
    const { attribution: _, ...fields } = claim(i);
    const entries = Object.entries(layout === 'block' ? { ...fields, value: 'many' } : fields);
    lines.push(...entries.map(([key, value], k) => `${k === 0 ? '  - ' : '    '}${key}: ${JSON.stringify(value)}`));
    if (layout === 'block') lines.push('    attribution: [AP]');
    else lines.push(i === 0 ? '    attribution: &who [7]' : '    attribution: *who');
  }
  return `${lines.join('\n')}\n`;
}

/** Writes a registry (catalogue, one source file, its archived text) under `dir`. */
export function writeWorstRegistry(dir: string, layout: Layout, n: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'metrics.yaml'), CATALOGUE);
  writeFileSync(join(dir, 'w.yaml'), worstSourceText(layout, n));
  writeFileSync(join(dir, 'w.txt'), Array.from({ length: n }, (_, i) => `${i} migrants crossed`).join('\n'));
}

export interface WorstRow {
  readonly layout: Layout;
  readonly small: number;
  readonly large: number;
  readonly smallMs: number;
  readonly largeMs: number;
}

/** Medians of `darien check` (exit 2: every claim is bad) per layout and size, cache off. */
export function benchWorstRegistry(sizes: readonly [number, number] = [200, 2_000], runs = 5): WorstRow[] {
  const base = mkdtempSync(join(tmpdir(), 'darien-worst-'));
  try {
    const layouts: Layout[] = ['block', 'flow', 'anchors'];
    const commands: Record<string, () => number> = {};
    for (const layout of layouts) {
      for (const size of sizes) {
        const dir = join(base, `${layout}-${size}`);
        writeWorstRegistry(dir, layout, size);
        commands[`${layout}-${size}`] = () => time([CLI, 'check', dir], [2], undefined, { DARIEN_CACHE: 'off' });
      }
    }
    const m = medians(commands, runs);
    return layouts.map((layout) => ({ layout, small: sizes[0], large: sizes[1], smallMs: m[`${layout}-${sizes[0]}`]!, largeMs: m[`${layout}-${sizes[1]}`]! }));
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
