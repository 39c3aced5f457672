/**
 * Bundles the built CLI (dist/) into dist/bundle/darien.mjs and its chunks, after tsc has built it.
 *
 * Why: `darien check` on the bundled registry has a start-up budget of 2.5 × `node -e 0`, and
 * resolving and loading some forty small ES modules one by one cost about 20 ms of it (measured by
 * `npm run bench`, before and after). esbuild joins them; modules a command imports lazily stay
 * lazy (esbuild wraps each in an initialiser called on first import). Packages only other commands
 * need stay outside the bundle and load from node_modules when those commands run.
 */
import { build } from 'esbuild';
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

// Chunk names carry content hashes: clear the old ones, or every build leaves its chunks behind.
rmSync(join(ROOT, 'dist', 'bundle'), { recursive: true, force: true });

await build({
  entryPoints: { darien: join(ROOT, 'dist', 'cli', 'main.js') },
  outdir: join(ROOT, 'dist', 'bundle'),
  outExtension: { '.js': '.mjs' },
  // Each lazily imported command becomes its own chunk: `darien check` compiles only its code.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __darienRequire } from 'node:module'; const require = __darienRequire(import.meta.url);" },
  logLevel: 'warning',
  // Whitespace and syntax only, names kept (a stack trace still reads): `darien check` loads a
  // third fewer bytes (456 kB of bundle before, 301 kB after) for V8 to scan and compile.
  minifyWhitespace: true,
  minifySyntax: true,
});
