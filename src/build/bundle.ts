/**
 * Bundles the built CLI (dist/) into one CommonJS file, dist/bundle/darien.cjs, after tsc has built
 * it, then makes its V8 code cache by a warm-up run (src/build/code-cache.ts).
 *
 * Why: `darien check` on the bundled registry has a start-up budget of 2.5 × `node -e 0`. Resolving
 * and loading some forty small ES modules one by one cost about 20 ms of it, which esbuild's
 * joining saves; compiling darien's own code cost about 30 ms more, which only V8's code cache
 * saves, and Node 20 keeps a code cache only for a script (bin/load-bundle.cjs), not for ES modules.
 * Modules a command imports lazily stay lazy in the one file: esbuild wraps each in an initialiser
 * called on first import, and V8 compiles a function only when it is first called, so `darien
 * check` never runs, nor compiles, the text readers. Packages only other commands need stay outside
 * the bundle and load from node_modules when those commands run.
 */
import { build, type Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// What `darien check` needs goes in; the rest is loaded on demand from node_modules. The markdown
// parser goes in too, into the chunk of the commands that read text (lint, extract): resolving it
// and its two packages from node_modules at run time was about half of its cost to load.
const BUNDLED = new Set(['commander', 'chalk', 'js-yaml', 'valibot', '@lezer/markdown', 'string-width']);

const pkg = (await import(join(ROOT, 'package.json'), { with: { type: 'json' } })) as { default: { dependencies: Record<string, string> } };
const external = Object.keys(pkg.default.dependencies).filter((name) => !BUNDLED.has(name));

/** Gives commander a node:child_process that is required when first used, not when commander loads. */
const lazyChildProcessForCommander: Plugin = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'darien-lazy' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'darien-lazy' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// Chunk names carry content hashes: clear the old ones, or every build leaves its chunks behind.
rmSync(join(ROOT, 'dist', 'bundle'), { recursive: true, force: true });

await build({
  entryPoints: [join(ROOT, 'dist', 'cli', 'main.js')],
  outfile: join(ROOT, 'dist', 'bundle', 'darien.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Node 20 reads \p{…} in a regular expression; without this, esbuild writes every literal that
  // has one as `new RegExp(source, flags)`, which, inside a function, builds the expression anew
  // on each call (the reader's per-figure tests: some 14,000 constructions on the bench draft).
  supported: { 'regexp-unicode-property-escapes': true },
  external,
  // The modules find darien's package.json, and require() the packages left out, from their own
  // URL: in the one file, that is the bundle's.
  define: { 'import.meta.url': '__darienUrl', 'import.meta.resolve': '__darienResolve' },
  banner: {
    js: "const __darienUrl = require('node:url').pathToFileURL(__filename).href; const __darienResolve = (name) => require('node:url').pathToFileURL(require.resolve(name)).href;",
  },
  // commander requires node:child_process when it loads, for executable subcommands, which darien
  // has none of: loading it was about 2 ms of every run. Commander gets it on first use instead.
  plugins: [lazyChildProcessForCommander],
  logLevel: 'warning',
  // Whitespace and syntax only, names kept (a stack trace still reads): fewer bytes for V8 to scan
  // when a run has no code cache (with chunks, this took `darien check` from 456 kB to 301 kB).
  minifyWhitespace: true,
  minifySyntax: true,
});

// In a process of its own: the warm-up runs darien's commands, which set exit codes and write.
const warm = spawnSync(process.execPath, [join(ROOT, 'dist', 'build', 'code-cache.js')], { stdio: 'inherit' });
if (warm.status !== 0) throw new Error(`the code cache's warm-up failed (exit ${warm.status ?? warm.signal})`);
