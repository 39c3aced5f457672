/**
 * The launcher's V8 code cache (bin/load-bundle.cjs): it makes darien start sooner and changes
 * nothing else. Each test works on a copy of the built install (install-copy.ts), since it writes
 * or removes the cache beside the bundle.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyInstall, removeInstallCopies } from './install-copy.js';
import { ROOT } from './run.js';

const CHECK = ['check', '--format', 'json'];
const LINT = ['lint', join(ROOT, 'tests', 'fixtures', 'drafts', 'wrong.md'), '--format', 'json'];

describe('the code cache', () => {
  it('is made by the build, and a run with it reports what a run without it reports', () => {
    const install = copyInstall();
    expect(install.caches()).toHaveLength(1);
    // check exits 0 (the bundled registry's conflicts are settled), lint 1 (the draft is wrong).
    for (const [args, status] of [[CHECK, 0], [LINT, 1]] as const) {
      const cached = install.run([...args]);
      const uncached = install.run([...args], { DARIEN_CODE_CACHE: 'off' });
      expect([cached.status, cached.stderr]).toEqual([status, '']);
      expect(JSON.parse(cached.stdout)).toHaveProperty('findings');
      expect([cached.status, cached.stdout]).toEqual([uncached.status, uncached.stdout]);
    }
  });

  it('outlives the runs that use it: check and lint leave the build’s cache as it was', () => {
    // lint changes a V8 flag while it reads and puts it back: V8 refuses a cache made under other
    // flags, and a launcher that wrote a refused cache after every run would never start from one.
    const install = copyInstall();
    const [cache] = install.caches();
    const path = join(install.bundleDir, cache!);
    const before = { bytes: readFileSync(path), mtime: statSync(path).mtimeMs };
    for (const args of [CHECK, LINT, ['--help'], ['sources', '11,363']]) install.run(args);
    expect(install.caches()).toEqual([cache]);
    expect(statSync(path).mtimeMs).toBe(before.mtime);
    expect(readFileSync(path).equals(before.bytes)).toBe(true);
  });

  it('is written by the first run that has none, after its work, and used from the next', () => {
    const install = copyInstall((bundle) => `${bundle}\n// a bundle the build never warmed up\n`);
    expect(install.caches()).toEqual([]);
    const first = install.run(CHECK);
    expect(install.caches()).toHaveLength(1);
    const [cache] = install.caches();
    const mtime = statSync(join(install.bundleDir, cache!)).mtimeMs;
    const second = install.run(CHECK);
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(join(install.bundleDir, cache!)).mtimeMs).toBe(mtime);
  });

  it('refused when damaged: the run reports as usual and writes a good one in its place', () => {
    const install = copyInstall();
    const [cache] = install.caches();
    const path = join(install.bundleDir, cache!);
    const good = install.run(CHECK);
    writeFileSync(path, Buffer.from('not a code cache'));
    const damaged = install.run(CHECK);
    expect([damaged.status, damaged.stdout, damaged.stderr]).toEqual([good.status, good.stdout, good.stderr]);
    expect(readFileSync(path).length).toBeGreaterThan(1000);
  });

  it('DARIEN_CODE_CACHE=off neither reads nor writes it', () => {
    const install = copyInstall((bundle) => `${bundle}\n// another bundle\n`);
    install.run(CHECK, { DARIEN_CODE_CACHE: 'off' });
    expect(install.caches()).toEqual([]);
  });

  it('needs the bundle to call import() only through the launcher', () => {
    // Node 20 lets a script call import() only under --experimental-vm-modules: an import() of a
    // package compiled into the bundle would fail at run time, only in the bundle
    // (src/import-package.ts). Every other import() is turned into a require() by esbuild.
    const bundle = readFileSync(join(ROOT, 'dist', 'bundle', 'darien.cjs'), 'utf8');
    expect(bundle.match(/(?<![\w$.])import\(/g)).toHaveLength(1);
    expect(bundle).toMatch(/typeof __darienImport=="function"\?__darienImport\((\w+)\):import\(\1\)/);
  });
});

afterAll(removeInstallCopies);
