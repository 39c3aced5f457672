/**
 * Generated registries, valid and damaged (keys dropped or doubled, wrong types, odd unicode, huge
 * numbers, impossible dates, flow style, anchors), through every command that loads one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe } from 'vitest';
import { draft, figure, OPTIONS, registry, type RegistryFiles } from './arbitraries.js';
import { contract, describeRun, property } from './config.js';
import { runDarien, scratch } from './harness.js';

/** Writes a generated registry into a scratch folder; returns the folder and a way to remove it. */
export function writeRegistry(generated: RegistryFiles): { dir: string; remove: () => void; shown: Record<string, string> } {
  const { dir, remove } = scratch();
  const shown: Record<string, string> = {};
  for (const [path, text] of Object.entries(generated.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    shown[path] = text;
  }
  return { dir, remove, shown };
}

/** A command line over a registry folder, for each command that reads one (data, so a failure prints it). */
type Line = { command: 'check' | 'claims' | 'sources' | 'timeline' | 'lint'; options: string[]; word?: string };
const commandLine: fc.Arbitrary<Line> = fc.oneof(
  OPTIONS.check.map((options): Line => ({ command: 'check', options })),
  OPTIONS.claims.map((options): Line => ({ command: 'claims', options })),
  fc.tuple(figure, OPTIONS.sources).map(([word, options]): Line => ({ command: 'sources', options, word })),
  fc.constantFrom('crossings', 'margin', 'none').map((word): Line => ({ command: 'timeline', options: [], word })),
  fc.tuple(draft, OPTIONS.lint).map(([word, options]): Line => ({ command: 'lint', options, word })),
);

function argsOf(line: Line, dir: string): string[] {
  if (line.command === 'check') return ['check', ...line.options, '--', dir];
  if (line.command === 'claims') return ['claims', ...line.options, '--registry', dir];
  if (line.command === 'lint') {
    writeFileSync(join(dir, 'draft.md'), line.word!);
    return ['lint', ...line.options, '--registry', dir, '--', join(dir, 'draft.md')];
  }
  return [line.command, ...line.options, '--registry', dir, '--', line.word!];
}

describe('property: registries', () => {
  property(
    'every command over a generated registry keeps the contract',
    fc.tuple(registry, commandLine),
    async ([generated, line]) => {
      const { dir, remove, shown } = writeRegistry(generated);
      try {
        return contract(await runDarien(argsOf(line, dir)), shown);
      } finally {
        remove();
      }
    },
    150,
  );

  // The parse cache must be invisible: a run served from it says exactly what a run without it says.
  property(
    'check over a generated registry says the same with the parse cache warm, cold and off',
    fc.tuple(registry, OPTIONS.check),
    async ([generated, options]) => {
      const { dir, remove, shown } = writeRegistry(generated);
      try {
        const args = ['check', ...options, '--', dir];
        const off = await runDarien(args, { DARIEN_CACHE: 'off' });
        const cold = await runDarien(args);
        const warm = await runDarien(args);
        const said = (run: typeof off) => JSON.stringify([run.status, run.stdout, run.stderr]);
        const breaches = [...contract(off, shown).breaches];
        if (said(cold) !== said(off)) breaches.push('the parse cache changes what check says (cold cache against none)');
        if (said(warm) !== said(off)) breaches.push('the parse cache changes what check says (warm cache against none)');
        return { breaches, detail: `${describeRun(off, shown)}\n--- with a warm cache:\n${describeRun(warm)}` };
      } finally {
        remove();
      }
    },
    60,
  );
});
