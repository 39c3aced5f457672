/**
 * darien as a user gets it: `npm pack`, installed from the tarball into an empty folder, run with
 * npx. It costs about 15 to 25 s here (pack ~2 s, install ~5 s with the npm cache warm, five runs
 * through npx ~2 s each), so it runs once, in one test file. It needs the npm registry for
 * darien's dependencies; it is skipped, saying why, only when npm itself cannot be run.
 *
 * The pack runs with --ignore-scripts: `npm test` has just built dist/, and the `prepare` script
 * would build it again (half a minute) while other test files run the bundle it deletes and
 * rewrites. That `prepare` builds what a git dependency needs was run by hand (see the README).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { darien, ROOT } from '../cli/run.js';

/** The environment without what `npm test` sets for its own run (npm_config_*, npm_lifecycle_*). */
const env = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  NO_COLOR: '1',
  COLUMNS: '80',
});

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  // npm is npm.cmd on Windows, which only a shell runs.
  return spawnSync(command, args, { cwd, env: env(), encoding: 'utf8', shell: process.platform === 'win32', timeout: 180_000 });
}

const npmVersion = run('npm', ['--version'], ROOT);
const npmMissing = npmVersion.error || npmVersion.status !== 0 ? `npm cannot be run here (${npmVersion.error?.message ?? npmVersion.stderr.trim()})` : null;
const title = npmMissing ? `the package (skipped: ${npmMissing})` : 'the package';
// A skipped file shows only a count in the summary: say why where it will be read.
if (npmMissing) console.warn(`tests/package/pack.test.ts: ${title}`);

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

/** A registry of two sources that contradict each other, with their archived texts. */
function smallRegistry(into: string): void {
  const claims = join(ROOT, 'claims');
  mkdirSync(join(into, 'claims', 'sources'), { recursive: true });
  mkdirSync(join(into, 'claims', 'archive'));
  cpSync(join(claims, 'metrics.yaml'), join(into, 'claims', 'metrics.yaml'));
  for (const folder of ['sources', 'archive']) {
    for (const name of readdirSync(join(claims, folder)).filter((file) => /^00[01][-_]/.test(file))) cpSync(join(claims, folder, name), join(into, 'claims', folder, name));
  }
}

describe.skipIf(npmMissing !== null)(title, () => {
  const work = mkdtempSync(join(tmpdir(), 'darien-pack-'));
  const app = join(work, 'app');
  let packed: PackResult;
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  // `--no`: never fetch a package called darien from the registry; `--`: else `npx --no darien
  // --version` is read as npx's own --version (npm 11 prints its version).
  const npx = (...args: string[]): SpawnSyncReturns<string> => run('npx', ['--no', '--', 'darien', ...args], app);

  beforeAll(() => {
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'darien.cjs')), 'dist/bundle is missing: run npm run build first').toBe(true);
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    packed = (JSON.parse(pack.stdout) as PackResult[])[0]!;
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "newsroom", "private": true }\n');
    const install = run('npm', ['install', join(work, packed.filename), '--no-audit', '--no-fund', '--prefer-offline'], app);
    expect(install.status, install.stderr).toBe(0);
    smallRegistry(app);
  }, 240_000);

  it('holds the launcher and the bundle, and nothing of the sources, tests, maps, bench or code cache', () => {
    const files = packed.files.map((file) => file.path).sort();
    expect(files).toContain('bin/darien.cjs');
    expect(files).toContain('bin/load-bundle.cjs');
    expect(files).toContain('dist/bundle/darien.cjs');
    expect(files).toContain('package.json');
    // The registry's JSON Schemas ship too: what extract's schema line points editors at.
    expect(files).toContain('schema/source.schema.json');
    // And each check's page: SARIF's helpUri for the rule, from an install with no repository.
    expect(files).toContain('docs/checks/figure-conflict.md');
    // The code cache is left out: V8 takes it only from the Node it was made by, so the
    // install's first run makes its own (bin/load-bundle.cjs).
    const stray = files.filter((path) => !/^(?:bin\/(?:darien|load-bundle)\.cjs|dist\/bundle\/darien\.cjs|docs\/checks\/[\w-]+\.md|schema\/[\w-]+\.schema\.json|package\.json|README\.md|LICENSE(?:\.\w+)?)$/.test(path));
    expect(stray).toEqual([]);
  });

  it('npx darien --version prints the package version', () => {
    const result = npx('--version');
    expect([result.status, result.stdout, result.stderr]).toEqual([0, `${version}\n`, '']);
  });

  it('npx darien check on a registry there: exit 1 on its conflict, the same report as the clone', () => {
    const result = npx('check', '--format', 'json');
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { summary: { errors: number; files: number }; findings: Array<{ check: string }> };
    expect(report.summary).toMatchObject({ errors: 2, files: 3 });
    expect(report.findings.map((finding) => finding.check)).toContain('relative-date');
    expect(result.stdout).toBe(darien(['check', '--format', 'json'], { cwd: app }).stdout);
    // The install's first runs made the code cache that the package leaves out.
    expect(readdirSync(join(app, 'node_modules', 'darien', 'dist', 'bundle')).filter((name) => name.endsWith('.v8-cache'))).toHaveLength(1);
  });

  it('npx darien check on one source: checked against the registry it belongs to, only its findings', () => {
    const source = readdirSync(join(app, 'claims', 'sources')).find((name) => name.startsWith('000-'))!;
    const result = npx('check', join('claims', 'sources', source), '--format', 'json');
    expect([result.status, result.stderr]).toEqual([1, '']);
    // 000's July 1 against 001's "on Monday": found with the rest of the registry, and about 000.
    const report = JSON.parse(result.stdout) as { summary: { errors: number }; findings: Array<{ check: string; claims: Array<{ id: string }> }> };
    expect(report.summary.errors).toBe(2);
    for (const finding of report.findings) expect(finding.claims.some((claim) => claim.id.startsWith('000-'))).toBe(true);
  });

  it('npx darien lint --format sarif: each rule\'s helpUri is its own page, installed with darien', () => {
    writeFileSync(join(app, 'draft.md'), '---\ndate: 2024-07-17\n---\n\nIn 2022, 260,000 migrants crossed the Darién Gap.\n');
    const result = npx('lint', 'draft.md', '--format', 'sarif');
    const rules = (JSON.parse(result.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } } }> }).runs[0]!.tool.driver.rules;
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.helpUri, rule.id).toMatch(new RegExp(`^file:///.*/node_modules/darien/docs/checks/${rule.id}\\.md$`));
      expect(existsSync(fileURLToPath(rule.helpUri!)), rule.helpUri).toBe(true);
    }
  });

  it('npx darien extract --output: the yaml package, left out of the bundle, loads from the install', () => {
    const article = readdirSync(join(app, 'claims', 'archive')).find((name) => name.startsWith('000_'))!;
    const result = npx('extract', join('claims', 'archive', article), '--published', '2024-07-17', '--output', 'new.yaml');
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(readFileSync(join(app, 'new.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+\n# darien extract: 14 figures read/);
  });
});
