/**
 * A copy of darien's launcher and built bundle in a temporary folder, for tests that change the
 * bundle's folder (its code cache) or the bundle itself: other test files run the repository's own
 * bundle at the same time. The copy resolves its packages through a link to node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type Run } from './run.js';

export interface InstallCopy {
  readonly root: string;
  readonly bundleDir: string;
  /** The code cache files beside the bundle. */
  caches(): string[];
  run(args: string[], env?: Record<string, string | undefined>): Run;
}

const made: string[] = [];

/** Removes every copy made by this test file (for its afterAll). */
export function removeInstallCopies(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Copies bin/, dist/bundle/ (the bundle's text passed through `patch`) and package.json. */
export function copyInstall(patch: (bundle: string) => string = (bundle) => bundle): InstallCopy {
  const root = mkdtempSync(join(tmpdir(), 'darien-install-'));
  made.push(root);
  const bundleDir = join(root, 'dist', 'bundle');
  mkdirSync(bundleDir, { recursive: true });
  cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  const built = join(ROOT, 'dist', 'bundle');
  if (!existsSync(join(built, 'darien.cjs'))) throw new Error('dist/bundle/darien.cjs is missing: run npm run build first');
  const source = readFileSync(join(built, 'darien.cjs'), 'utf8');
  const patched = patch(source);
  writeFileSync(join(bundleDir, 'darien.cjs'), patched);
  // The build's cache is valid only for the unchanged bundle: a patched one starts without.
  if (patched === source) for (const name of readdirSync(built).filter((file) => file.endsWith('.v8-cache'))) cpSync(join(built, name), join(bundleDir, name));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'junction');
  return {
    root,
    bundleDir,
    caches: () => readdirSync(bundleDir).filter((file) => file.endsWith('.v8-cache')),
    run: (args, env = {}) => {
      const result = spawnSync(process.execPath, [join(root, 'bin', 'darien.cjs'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COLUMNS: '80', DARIEN_CACHE: 'off', ...env },
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}
