/**
 * Makes the bundle's V8 code cache (bin/load-bundle.cjs) by a warm-up run: the bundle is loaded
 * with no cache, the commands people run most are run once each in this process, and V8's bytecode
 * of every function they compiled is saved. Run by the build (src/build/bundle.ts), in a process of
 * its own, after the bundle is written.
 *
 * The warm-up is `darien check` on the bundled registry (in its default and JSON formats), `darien
 * lint` on a short draft written here, and `--help`. A command the warm-up did not run still starts
 * from the cache: what it shares with these comes from it, the rest is compiled as without one. The
 * cache holds code, never a result: a run's output is the same with it, without it, or with a
 * stale one (tests/cli/code-cache.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Loaded {
  exports: { main(argv: readonly string[]): Promise<void> };
  saveCodeCache(): boolean;
}

// Our own words: a dated draft with a total, a rate, a change and a date of an event.
const DRAFT = [
  '---',
  'title: A short draft for the warm-up',
  'date: 2024-07-17',
  '---',
  '',
  'About 520,000 people crossed the Darién Gap in 2023, according to Panama’s migration service.',
  'That is roughly 1,400 a day, and more than twice the number who made the trek in 2022.',
  'Crossings fell by about a third in the first half of 2024. Mulino took office on July 1.',
  '',
].join('\n');

const { loadBundle } = createRequire(import.meta.url)(join(ROOT, 'bin', 'load-bundle.cjs')) as {
  loadBundle(bundle: string, options: { codeCache: boolean; fresh: boolean }): Loaded;
};

const work = mkdtempSync(join(tmpdir(), 'darien-warm-up-'));
const draft = join(work, 'draft.md');
writeFileSync(draft, DRAFT);
const registry = join(ROOT, 'claims');
// Not the registry's parse cache: a build leaves nothing in the user's cache folder.
process.env.DARIEN_CACHE = 'off';

const bundle = loadBundle(join(ROOT, 'dist', 'bundle', 'darien.cjs'), { codeCache: true, fresh: true });
const write = { out: process.stdout.write, err: process.stderr.write };
const swallow = (() => true) as typeof process.stdout.write;
process.stdout.write = swallow;
process.stderr.write = swallow;
try {
  for (const args of [['check', '--registry', registry], ['check', '--registry', registry, '--format', 'json'], ['lint', draft, '--registry', registry], ['--help']]) {
    await bundle.exports.main(['node', 'darien', ...args]);
  }
} finally {
  process.stdout.write = write.out;
  process.stderr.write = write.err;
  rmSync(work, { recursive: true, force: true });
}
// The commands' exit codes (check and lint may find something) are not the warm-up's.
process.exitCode = 0;
// Written beside the bundle under the name the launcher looks for (bin/load-bundle.cjs).
if (!bundle.saveCodeCache()) {
  process.stderr.write('darien build: the code cache could not be written beside the bundle\n');
  process.exitCode = 1;
}
