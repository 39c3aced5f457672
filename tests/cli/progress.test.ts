/** Progress on a terminal: when it is drawn, what it says, when the writer draws and clears it, and what the API reports. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/check.js';
import { lastOfStage, progressLine, progressWanted, progressWriter } from '../../src/cli/progress.js';
import { lintPaths } from '../../src/drafts/lint.js';
import type { Progress } from '../../src/progress.js';
import { ROOT } from './run.js';

describe('progressWanted', () => {
  const tty = { isTTY: true };
  it('not when standard output is piped, though standard error is a terminal', () => {
    expect(progressWanted(tty, {}, 'table', { isTTY: false })).toBe(false);
    expect(progressWanted(tty, {}, 'table', {})).toBe(false);
    expect(progressWanted(tty, {}, 'table', { isTTY: true })).toBe(true);
  });

  it.each<[string, { isTTY?: boolean }, NodeJS.ProcessEnv, string, boolean]>([
    ['a terminal, tables', tty, {}, 'table', true],
    ['a terminal, CI set to an empty string', tty, { CI: '' }, 'table', true],
    ['a terminal, CI=false', tty, { CI: 'false' }, 'table', true],
    ['a terminal, CI=0', tty, { CI: '0' }, 'table', true],
    ['a pipe', { isTTY: false }, {}, 'table', false],
    ['a stream that does not say', {}, {}, 'table', false],
    ['CI=true', tty, { CI: 'true' }, 'table', false],
    ['CI=1', tty, { CI: '1' }, 'table', false],
    ['CI=woodpecker', tty, { CI: 'woodpecker' }, 'table', false],
    ['GITHUB_ACTIONS=true alone', tty, { GITHUB_ACTIONS: 'true' }, 'table', false],
    ['GITHUB_ACTIONS=true, CI=false', tty, { GITHUB_ACTIONS: 'true', CI: 'false' }, 'table', false],
    ['GITHUB_ACTIONS empty', tty, { GITHUB_ACTIONS: '' }, 'table', true],
    ['GITHUB_ACTIONS=false', tty, { GITHUB_ACTIONS: 'false' }, 'table', true],
    ['TERM=dumb', tty, { TERM: 'dumb' }, 'table', false],
    ['--format json', tty, {}, 'json', false],
    ['--format sarif', tty, {}, 'sarif', false],
    ['--format github', tty, {}, 'github', false],
  ])('%s: %s', (_name, stream, env, format, expected) => {
    expect(progressWanted(stream, env, format)).toBe(expected);
  });
});

describe('progressLine', () => {
  it.each<[Progress, string]>([
    [{ stage: 'read-registry', files: 312, of: 1001, claims: 31200 }, 'darien: reading the registry: 312 of 1,001 files, 31,200 claims'],
    [{ stage: 'read-drafts', drafts: 7, of: 3000 }, 'darien: reading drafts: 7 of 3,000'],
    [{ stage: 'check-registry', check: 'figure-conflict', checks: 2, of: 11, claims: 100000 }, 'darien: checking 100,000 claims: figure-conflict (check 3 of 11)'],
    [{ stage: 'check-drafts', drafts: 1200, of: 3000 }, 'darien: checking drafts: 1,200 of 3,000'],
  ])('%j', (progress, line) => {
    expect(progressLine(progress, 120)).toBe(line);
  });

  it('is cut to one column less than the width, so it never wraps', () => {
    const line = progressLine({ stage: 'read-registry', files: 312, of: 1001, claims: 31200 }, 40);
    expect(line).toBe('darien: reading the registry: 312 of 1,');
    expect(line).toHaveLength(39);
    expect(progressLine({ stage: 'read-drafts', drafts: 1, of: 2 }, 0)).toBe('');
  });
});

describe('lastOfStage', () => {
  it.each<[Progress, boolean]>([
    [{ stage: 'read-registry', files: 1000, of: 1001, claims: 0 }, false],
    [{ stage: 'read-registry', files: 1001, of: 1001, claims: 0 }, true],
    [{ stage: 'read-drafts', drafts: 2, of: 2 }, true],
    [{ stage: 'check-drafts', drafts: 1, of: 2 }, false],
    [{ stage: 'check-registry', check: 'page-date', checks: 9, of: 10, claims: 5 }, true],
    [{ stage: 'check-registry', check: 'comparison', checks: 8, of: 10, claims: 5 }, false],
  ])('%j: %s', (progress, expected) => {
    expect(lastOfStage(progress)).toBe(expected);
  });
});

describe('progressWriter', () => {
  const step: Progress = { stage: 'read-drafts', drafts: 1, of: 9 };
  const setUp = () => {
    const written: string[] = [];
    let time = 0;
    const writer = progressWriter({ write: (text) => void written.push(text), width: () => 80, now: () => time });
    return { written, writer, at: (ms: number) => (time = ms) };
  };

  it('draws nothing in the first second, and a run that ends then clears nothing', () => {
    const { written, writer, at } = setUp();
    at(999);
    writer.update!(step);
    writer.done();
    expect(written).toEqual([]);
  });

  it('draws from 1 s on, at most every 100 ms, in place, and clears the line at the end', () => {
    const { written, writer, at } = setUp();
    for (const [ms, drafts] of [[1000, 1], [1050, 2], [1099, 3], [1100, 4], [1250, 5], [1260, 8], [1270, 9]] as const) {
      at(ms);
      writer.update!({ ...step, drafts });
    }
    writer.done();
    // 9 of 9 comes 20 ms after 5 of 9: the last of a stage is drawn all the same.
    expect(written).toEqual([
      '\rdarien: reading drafts: 1 of 9\u001b[K',
      '\rdarien: reading drafts: 4 of 9\u001b[K',
      '\rdarien: reading drafts: 5 of 9\u001b[K',
      '\rdarien: reading drafts: 9 of 9\u001b[K',
      '\r\u001b[K',
    ]);
  });

  it('clears the line when the work throws, before its problems are written', () => {
    const { written, writer, at } = setUp();
    at(2000);
    expect(() =>
      writer.around(() => {
        writer.update!(step);
        throw new Error('bad input');
      }),
    ).toThrow('bad input');
    expect(written.at(-1)).toBe('\r\u001b[K');
  });
});

describe('what the API reports', () => {
  it('check: every registry file read, then each check run, in order', () => {
    const seen: Progress[] = [];
    const { registry } = checkRegistry({ paths: [join(ROOT, 'claims')], cwd: ROOT, onProgress: (p) => seen.push(p), cache: false });
    const reads = seen.filter((p) => p.stage === 'read-registry');
    expect(reads.map((p) => p.files)).toEqual(registry.files.map((_, i) => i + 1));
    expect(reads.every((p) => p.of === registry.files.length)).toBe(true);
    expect(reads.at(-1)!.claims).toBe(registry.claims.length);
    const checks = seen.filter((p) => p.stage === 'check-registry');
    expect(checks.map((p) => p.checks)).toEqual(checks.map((_, i) => i));
    expect(checks.map((p) => p.check)).toContain('figure-conflict');
    expect(seen.indexOf(checks[0]!)).toBe(reads.length);
  });

  it('lint: the registry, then each draft read, then each checked', () => {
    const drafts = join(ROOT, 'tests', 'fixtures', 'drafts');
    const seen: Progress[] = [];
    const { drafts: read } = lintPaths({ paths: [drafts], registryPath: join(ROOT, 'claims'), cwd: ROOT, onProgress: (p) => seen.push(p) });
    const stages = [...new Set(seen.map((p) => p.stage))];
    expect(stages).toEqual(['read-registry', 'read-drafts', 'check-drafts']);
    expect(seen.filter((p) => p.stage === 'read-drafts').map((p) => p.drafts)).toEqual(read.map((_, i) => i + 1));
    expect(seen.at(-1)).toEqual({ stage: 'check-drafts', drafts: read.length, of: read.length });
  });
});
