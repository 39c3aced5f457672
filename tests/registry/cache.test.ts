import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkRegistry } from '../../src/check.js';
import { cacheDirectory, openParseCache } from '../../src/registry/cache.js';
import { usableEntry } from '../../src/registry/cache-entry.js';
import { InputError } from '../../src/registry/problems.js';
import { loadRegistry } from '../../src/registry/load.js';
import { figureClaim, header, writeRegistry } from '../helpers/registry.js';

// An entry as the cache writes it, built here by hand so that a test can forge one.
const sha256 = (bytes: Buffer | string): Buffer => createHash('sha256').update(bytes).digest();
const entryName = (bytes: Buffer): string => `${sha256(bytes).toString('hex')}.bin`;
const forge = (hash: Buffer, payload: Buffer): Buffer => Buffer.concat([Buffer.from('DRN3'), hash, payload]);

const saved = { ...process.env };
let cacheDir: string;
beforeEach(() => {
  // A folder of the test's own, made as the cache makes it; never the real cache folder.
  cacheDir = join(mkdtempSync(join(tmpdir(), 'darien-cache-test-')), 'darien');
  process.env.DARIEN_CACHE_DIR = cacheDir;
  delete process.env.DARIEN_CACHE;
  delete process.env.DARIEN_DEBUG;
});
afterEach(() => {
  for (const key of ['DARIEN_CACHE_DIR', 'DARIEN_CACHE', 'DARIEN_DEBUG', 'XDG_CACHE_HOME', 'HOME'] as const) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  vi.restoreAllMocks();
});

const A = header('a') + figureClaim('a1', '11,363', 11363, '2024-07-01/2024-07-17');

/** The findings of `darien check` over `dir`, as comparable lines. */
function findings(dir: string, cache: boolean): string[] {
  const { report } = checkRegistry({ paths: [dir], cwd: dir, cache, minSeverity: 'info' });
  return report.findings.map((f) => `${f.location.file}:${f.location.line}:${f.location.column}: ${f.messageId}`);
}

function problemsOf(dir: string): string[] {
  try {
    loadRegistry({ paths: [dir], cwd: dir });
    return [];
  } catch (error) {
    if (!(error as Error).message || !(error instanceof InputError)) throw error;
    return error.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  }
}

describe('the parse cache: entries', () => {
  it('serves an entry for the same content under any path, and only for that content', () => {
    const cache = openParseCache()!;
    cache.set('/r/a.yaml', Buffer.from('a: 1\n'), { a: 1 });
    expect(cache.get('/r/a.yaml', Buffer.from('a: 1\n'))).toEqual({ a: 1 });
    // A copy of the file in another folder (a worktree, a test's copy) shares the entry.
    expect(cache.get('/elsewhere/b.yaml', Buffer.from('a: 1\n'))).toEqual({ a: 1 });
    expect(cache.get('/r/a.yaml', Buffer.from('a: 2\n'))).toBeUndefined();
  });

  it('writes entries only readable by the user, in a folder it makes 0700', () => {
    const cache = openParseCache()!;
    cache.set('/r/a.yaml', Buffer.from('a: 1\n'), { a: 1 });
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    const [entry] = readdirSync(cacheDir).filter((name) => name.endsWith('.bin'));
    expect(statSync(join(cacheDir, entry!)).mode & 0o777).toBe(0o600);
  });

  it('is off with DARIEN_CACHE=off', () => {
    process.env.DARIEN_CACHE = 'off';
    expect(openParseCache()).toBeNull();
  });

  const bytes = Buffer.from('a: 1\n');
  const unreadable: Array<[string, Buffer]> = [
    ['another format', Buffer.concat([Buffer.from('DRN2'), sha256(bytes), serialize({ a: 1 })])],
    ['the header only', forge(sha256(bytes), Buffer.alloc(0))],
    ['a payload cut short', forge(sha256(bytes), serialize({ a: 1, b: 'x'.repeat(100) }).subarray(0, 20))],
    ['a hash cut short', Buffer.concat([Buffer.from('DRN3'), sha256(bytes).subarray(0, 10)])],
    ['the hash of other content', forge(sha256('a: 2\n'), serialize({ a: 1 }))],
  ];
  it.each(unreadable)('takes an entry with %s as no entry', (_name, content) => {
    openParseCache()!.set('/r/a.yaml', Buffer.from('other'), 0); // makes the folder
    writeFileSync(join(cacheDir, entryName(bytes)), content);
    expect(openParseCache()!.get('/r/a.yaml', bytes)).toBeUndefined();
  });

  it('takes a link in place of an entry as no entry', () => {
    const cache = openParseCache()!;
    cache.set('/r/b.yaml', Buffer.from('b: 1\n'), { b: 1 });
    // A well-formed entry for these bytes, outside the folder: followed, it would be served.
    const outside = join(mkdtempSync(join(tmpdir(), 'darien-outside-')), 'entry');
    writeFileSync(outside, forge(sha256(bytes), serialize({ a: 1 })));
    symlinkSync(outside, join(cacheDir, entryName(bytes)));
    expect(cache.get('/r/a.yaml', bytes)).toBeUndefined();
  });
});

describe('the parse cache: entries the loader takes in', () => {
  it("keeps a valid file's validated inputs, and a file with problems as its parse", () => {
    const dir = writeRegistry({
      'a.yaml': A,
      // A wrong type is the schema's to find, in the file alone; an impossible date the model's.
      'b.yaml': header('b') + figureClaim('b1', '500', 500, '2024-07-01').replace('value: 500', 'value: many'),
      'c.yaml': header('c') + figureClaim('c1', '500', 500, '2024-02-30'),
    });
    const first = problemsOf(dir);
    expect(first).toEqual(['b.yaml:6:12: claims[0].value: must be a number, got "many"', 'c.yaml:8:13: claims[0].period: "2024-02-30" is not a date: 2024-02 has 29 days']);
    const cache = openParseCache()!;
    const entry = (name: string) => cache.get(join(dir, name), readFileSync(join(dir, name))) as { code?: string; classified?: unknown; parse?: unknown };
    expect(entry('a.yaml').code).toMatch(/^[0-9a-f]{16}$/);
    expect(entry('a.yaml').classified).toBeDefined();
    expect(entry('b.yaml').classified).toBeUndefined();
    expect(entry('b.yaml').parse).toBeDefined();
    expect(entry('c.yaml').classified).toBeDefined();
    // The second run, from the cache, reports the same problems at the same places.
    expect(problemsOf(dir)).toEqual(first);
  });

  it('never takes inputs another version of the code validated', () => {
    const dir = writeRegistry({ 'a.yaml': A });
    loadRegistry({ paths: [dir], cwd: dir });
    const cache = openParseCache()!;
    const path = join(dir, 'a.yaml');
    const bytes = readFileSync(path);
    const entry = cache.get(path, bytes) as { code: string; classified: { claims: Array<{ value: number }> } };
    // Under the current code, an entry of the right shape for these bytes is taken as it is (the
    // folder is the user's alone: see the folder tests)...
    entry.classified.claims[0]!.value = 99;
    cache.set(path, bytes, entry);
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(99);
    // ...and under any other fingerprint, never: the file is read again.
    cache.set(path, bytes, { ...entry, code: '0000000000000000' });
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(11363);
  });

  it('ignores a forged entry of the right shape under the wrong hash: findings as with no cache', () => {
    // Two sources agree on the figure; a forged 99 for one of them would be a conflict.
    const dir = writeRegistry({ 'a.yaml': A, 'b.yaml': header('b') + figureClaim('b1', '11,363', 11363, '2024-07-01/2024-07-17') });
    const uncached = findings(dir, false);
    findings(dir, true);
    const path = join(dir, 'a.yaml');
    const bytes = readFileSync(path);
    const entry = openParseCache()!.get(path, bytes) as { code: string; classified: { claims: Array<{ value: number; figure: string }> } };
    const claim = entry.classified.claims[0]!;
    Object.assign(claim, { value: 99, figure: '99' });
    const forged = serialize(entry);
    // The same forgery under the right hash does change the findings: the case can fail.
    writeFileSync(join(cacheDir, entryName(bytes)), forge(sha256(bytes), forged));
    expect(findings(dir, true)).not.toEqual(uncached);
    writeFileSync(join(cacheDir, entryName(bytes)), forge(sha256('another file\n'), forged));
    expect(findings(dir, true)).toEqual(uncached);
    // ...and the forged entry has been replaced by a true one.
    expect((openParseCache()!.get(path, bytes) as typeof entry).classified.claims[0]!.value).toBe(11363);
  });

  // Payloads of the wrong shape, with the right hash and the current code's fingerprint.
  const CLAIM = { id: 'a1', quote: '11,363 migrants crossed the border', figure: '11,363', value: 11363, metric: 'crossings', period: '2024-07-01/2024-07-17', period_words: 'in the period', attribution: [] };
  const wrongShapes: Array<[string, (code: string, source: unknown) => unknown]> = [
    ['null', () => null],
    ['a number', () => 42],
    ['no fingerprint', (_code, source) => ({ classified: { source, claims: [CLAIM] } })],
    ['claims that are not a list', (code, source) => ({ code, classified: { source, claims: 5 } })],
    ['a claim of the wrong type', (code, source) => ({ code, classified: { source, claims: [{ ...CLAIM, value: 'many' }] } })],
    ['a claim missing its metric', (code, source) => ({ code, classified: { source, claims: [{ ...CLAIM, metric: undefined }] } })],
    ['a figure that is a number', (code, source) => ({ code, classified: { source, claims: [{ ...CLAIM, figure: 11363 }] } })],
    ['a value that is not finite', (code, source) => ({ code, classified: { source, claims: [{ ...CLAIM, value: Number.NaN }] } })],
    ['an interval of one bound', (code, source) => ({ code, classified: { source, claims: [{ ...CLAIM, interval: [1] }] } })],
    ['a rate per fortnight', (code, source) => ({ code, classified: { source, claims: [{ ...CLAIM, per: 'fortnight' }] } })],
    ['a comparison with no kind', (code, source) => ({ code, classified: { source, claims: [{ ...CLAIM, comparison: { direction: 'increase' } }] } })],
    ['a source of the wrong shape', (code) => ({ code, classified: { source: { id: 'a' }, claims: [CLAIM] } })],
    ['metrics that are not metrics', (code) => ({ code, classified: { metrics: [{ id: 3 }] } })],
    ['a file of both kinds', (code, source) => ({ code, classified: { source, claims: [CLAIM], metrics: [] } })],
    ['an extra field', (code, source) => ({ code, classified: { source, claims: [CLAIM] }, parse: {} })],
    ['a parse that holds a Map', (code) => ({ code, parse: { source: new Map([['id', 'a']]) } })],
    ['a parse that holds a Date', (code) => ({ code, parse: { claims: [new Date(0)] } })],
    ['claims that are not objects', (code, source) => ({ code, classified: { source, claims: [null] } })],
    ['an empty source id', (code) => ({ code, classified: { source: '', claims: [CLAIM] } })],
  ];
  it.each(wrongShapes)('takes a payload of the wrong shape (%s) as no entry, and replaces it', (_name, make) => {
    const dir = writeRegistry({ 'a.yaml': A });
    const uncached = findings(dir, false);
    findings(dir, true);
    const path = join(dir, 'a.yaml');
    const bytes = readFileSync(path);
    const good = openParseCache()!.get(path, bytes) as { code: string; classified: { source: unknown } };
    writeFileSync(join(cacheDir, entryName(bytes)), forge(sha256(bytes), serialize(make(good.code, good.classified.source))));
    expect(findings(dir, true)).toEqual(uncached);
    expect(openParseCache()!.get(path, bytes)).toEqual(good);
  });

  it('takes every entry of the bundled registry as it wrote it', () => {
    const claims = join(import.meta.dirname, '..', '..', 'claims');
    loadRegistry({ paths: [claims], cwd: claims });
    const cache = openParseCache()!;
    const files = readdirSync(claims, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const bytes = readFileSync(join(claims, name));
      const entry = cache.get(name, bytes) as { code: string; classified?: unknown };
      expect(entry.classified, name).toBeDefined();
      expect(usableEntry(entry, entry.code), name).toEqual(entry);
    }
  });

  it('never serves an old parse after the file changes', () => {
    const dir = writeRegistry({ 'a.yaml': A });
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(11363);
    writeFileSync(join(dir, 'a.yaml'), header('a') + figureClaim('a1', '12,000', 12000, '2024-07-01/2024-07-17'));
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(12000);
  });
});

describe('the parse cache: its folder', () => {
  const uid = process.getuid!();
  // [case, prepare the folder, the uid darien runs as, used]
  const folders: Array<[string, (dir: string) => void, number, boolean]> = [
    ['absent: made 0700 on the first write, used', () => {}, uid, true],
    ['the user\'s, 0700: used', (dir) => mkdirSync(dir, { mode: 0o700 }), uid, true],
    ['the user\'s, 0755: used', (dir) => (mkdirSync(dir), chmodSync(dir, 0o755)), uid, true],
    ['writable by group: refused', (dir) => (mkdirSync(dir), chmodSync(dir, 0o770)), uid, false],
    ['writable by others: refused', (dir) => (mkdirSync(dir), chmodSync(dir, 0o703)), uid, false],
    ['writable by all, sticky (as /tmp): refused', (dir) => (mkdirSync(dir), chmodSync(dir, 0o1777)), uid, false],
    ['someone else\'s: refused', (dir) => mkdirSync(dir, { mode: 0o700 }), uid + 1, false],
    ['a file, not a folder: refused', (dir) => writeFileSync(dir, ''), uid, false],
  ];
  it.each(folders)('a cache folder %s', (_name, prepare, runAs, used) => {
    prepare(cacheDir);
    const cache = openParseCache({ uid: runAs });
    expect(cache !== null).toBe(used);
    cache?.set('/r/a.yaml', Buffer.from('a: 1\n'), { a: 1 });
    if (used) expect(readdirSync(cacheDir).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
  });

  it('refuses a symlinked folder, and writes nothing through it', () => {
    const victim = mkdtempSync(join(tmpdir(), 'darien-victim-'));
    chmodSync(victim, 0o700);
    symlinkSync(victim, cacheDir);
    expect(openParseCache()).toBeNull();
    const dir = writeRegistry({ 'a.yaml': A });
    expect(findings(dir, true)).toEqual(findings(dir, false));
    expect(readdirSync(victim)).toEqual([]);
  });

  it('says why it refuses a folder, with DARIEN_DEBUG set, and only then', () => {
    mkdirSync(cacheDir);
    chmodSync(cacheDir, 0o777);
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(openParseCache()).toBeNull();
    expect(write).not.toHaveBeenCalled();
    process.env.DARIEN_DEBUG = '1';
    expect(openParseCache()).toBeNull();
    expect(write.mock.calls).toEqual([[`darien: parse cache off: ${cacheDir} can be written by group or others\n`]]);
  });

  it('leaves no temporary file behind when a write fails', () => {
    const bytes = Buffer.from('a: 1\n');
    // A folder where the entry should go: the rename fails.
    mkdirSync(join(cacheDir, entryName(bytes)), { recursive: true });
    writeFileSync(join(cacheDir, entryName(bytes), 'x'), '');
    openParseCache()!.set('/r/a.yaml', bytes, { a: 1 });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  const home = homedir();
  const directories: Array<[string, NodeJS.ProcessEnv, string]> = [
    ['XDG_CACHE_HOME', { XDG_CACHE_HOME: '/x/cache' }, '/x/cache/darien'],
    ['a relative XDG_CACHE_HOME (invalid, ignored)', { XDG_CACHE_HOME: 'cache' }, join(home, '.cache', 'darien')],
    ['no XDG_CACHE_HOME', {}, join(home, '.cache', 'darien')],
    ['DARIEN_CACHE_DIR before XDG_CACHE_HOME', { DARIEN_CACHE_DIR: '/d', XDG_CACHE_HOME: '/x/cache' }, '/d'],
  ];
  it.each(directories)('puts the cache where %s says', (_name, env, expected) => {
    expect(cacheDirectory(env)).toBe(expected);
  });

  it('honours XDG_CACHE_HOME end to end', () => {
    const xdg = mkdtempSync(join(tmpdir(), 'darien-xdg-'));
    delete process.env.DARIEN_CACHE_DIR;
    process.env.XDG_CACHE_HOME = xdg;
    // Were it ignored, the cache would land in this home instead (never the real one).
    process.env.HOME = mkdtempSync(join(tmpdir(), 'darien-home-'));
    const dir = writeRegistry({ 'a.yaml': A });
    loadRegistry({ paths: [dir], cwd: dir });
    expect(readdirSync(join(xdg, 'darien')).filter((name) => name.endsWith('.bin')).length).toBeGreaterThan(0);
    expect(statSync(join(xdg, 'darien')).mode & 0o777).toBe(0o700);
    expect(existsSync(join(process.env.HOME, '.cache'))).toBe(false);
  });
});

describe('the parse cache: keeping the folder small', () => {
  const HOUR = 60 * 60 * 1000;
  /** Writes an entry of `size` payload bytes for content `name`, last used `age` ms ago. */
  function planted(name: string, size: number, age: number): string {
    const file = join(cacheDir, entryName(Buffer.from(name)));
    writeFileSync(file, forge(sha256(name), serialize('x'.repeat(size))));
    const when = (Date.now() - age) / 1000;
    utimesSync(file, when, when);
    return file;
  }
  const sizeOf = (): number => readdirSync(cacheDir).filter((n) => n.endsWith('.bin')).reduce((sum, n) => sum + statSync(join(cacheDir, n)).size, 0);

  // [case, entries planted: [content, payload bytes, hours since last use], bound, contents kept]
  const evictions: Array<[string, Array<[string, number, number]>, number, string[]]> = [
    ['under the bound: nothing evicted', [['old', 1000, 9], ['new', 1000, 1]], 100_000, ['old', 'new', 'written']],
    ['over it: oldest used first', [['old', 40_000, 9], ['mid', 40_000, 5], ['new', 40_000, 1]], 100_000, ['new', 'written']],
    ['one entry past the bound alone: all but the newest go', [['a', 50_000, 3], ['b', 50_000, 2]], 40_000, ['written']],
  ];
  it.each(evictions)('evicts %s', (_name, entries, maxBytes, kept) => {
    mkdirSync(cacheDir, { mode: 0o700 });
    for (const [name, size, hours] of entries) planted(name, size, hours * HOUR);
    openParseCache({ maxBytes })!.set('/r/w.yaml', Buffer.from('written'), 'w');
    const names = new Map([...entries.map(([name]) => name), 'written'].map((name) => [entryName(Buffer.from(name)), name]));
    expect(readdirSync(cacheDir).flatMap((n) => names.get(n) ?? []).sort()).toEqual([...kept].sort());
    expect(sizeOf()).toBeLessThanOrEqual(maxBytes);
  });

  it('keeps the folder under the bound while one run writes many entries', () => {
    const cache = openParseCache({ maxBytes: 200_000 })!;
    for (let i = 0; i < 100; i++) {
      cache.set(`/r/${i}.yaml`, Buffer.from(`file ${i}`), 'x'.repeat(10_000));
      expect(sizeOf()).toBeLessThanOrEqual(200_000);
    }
  });

  it('counts a read as a use: an entry read today outlives one written after it', () => {
    mkdirSync(cacheDir, { mode: 0o700 });
    const read = planted('read', 30_000, 48 * HOUR);
    planted('unread', 30_000, 24 * HOUR + 1000);
    const cache = openParseCache({ maxBytes: 50_000 })!;
    expect(cache.get('/r/read.yaml', Buffer.from('read'))).toBeDefined();
    expect(Date.now() - statSync(read).mtimeMs).toBeLessThan(HOUR);
    cache.set('/r/w.yaml', Buffer.from('written'), 'w');
    expect(existsSync(read)).toBe(true);
    expect(existsSync(join(cacheDir, entryName(Buffer.from('unread'))))).toBe(false);
  });

  it('does not sweep on every run: not again within sweepEveryMs, unless a quarter of the bound was written', () => {
    mkdirSync(cacheDir, { mode: 0o700 });
    openParseCache({ maxBytes: 100_000 })!.set('/r/1.yaml', Buffer.from('1'), 1); // sweeps: none before
    const old = planted('old', 90_000, 9 * HOUR);
    openParseCache({ maxBytes: 100_000 })!.set('/r/2.yaml', Buffer.from('2'), 2);
    expect(existsSync(old)).toBe(true);
    openParseCache({ maxBytes: 100_000, sweepEveryMs: 0 })!.set('/r/3.yaml', Buffer.from('3'), 3);
    expect(existsSync(old)).toBe(false);
  });

  // [case, file name, age in minutes, removed]
  const leftovers: Array<[string, string, number, boolean]> = [
    ['a temporary file older than the threshold is removed', `${'a'.repeat(64)}.bin.123.0badf00d.tmp`, 30, true],
    ['a temporary file of a run still writing is kept', `${'a'.repeat(64)}.bin.123.0badf00d.tmp`, 1, false],
    ['a file the cache did not name is kept', 'notes.tmp', 30, false],
    ['an old file the cache did not name is kept', 'notes.txt', 60 * 24 * 365, false],
  ];
  it.each(leftovers)('sweeping, %s', (_name, file, minutes, removed) => {
    mkdirSync(cacheDir, { mode: 0o700 });
    writeFileSync(join(cacheDir, file), 'x'.repeat(1000));
    const when = (Date.now() - minutes * 60 * 1000) / 1000;
    utimesSync(join(cacheDir, file), when, when);
    // A bound the file would pass: only the cache's own files are ever evicted.
    openParseCache({ maxBytes: 100 })!.set('/r/a.yaml', Buffer.from('a'), 1);
    expect(existsSync(join(cacheDir, file))).toBe(!removed);
  });
});
