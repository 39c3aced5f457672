import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openParseCache } from '../../src/registry/cache.js';
import { InputError } from '../../src/registry/problems.js';
import { loadRegistry } from '../../src/registry/load.js';
import { figureClaim, header, writeRegistry } from '../helpers/registry.js';

describe('the parse cache', () => {
  const saved = { dir: process.env.DARIEN_CACHE_DIR, off: process.env.DARIEN_CACHE };
  beforeEach(() => {
    process.env.DARIEN_CACHE_DIR = mkdtempSync(join(tmpdir(), 'darien-cache-test-'));
    delete process.env.DARIEN_CACHE;
  });
  afterEach(() => {
    process.env.DARIEN_CACHE_DIR = saved.dir;
    if (saved.off === undefined) delete process.env.DARIEN_CACHE;
    else process.env.DARIEN_CACHE = saved.off;
  });

  it('serves a parse only for the very same bytes', () => {
    const cache = openParseCache()!;
    const bytes = Buffer.from('a: 1\n');
    cache.set('/r/a.yaml', bytes, { a: 1 });
    expect(cache.get('/r/a.yaml', Buffer.from('a: 1\n'))).toEqual({ a: 1 });
    expect(cache.get('/r/a.yaml', Buffer.from('a: 2\n'))).toBeUndefined();
    expect(cache.get('/r/b.yaml', bytes)).toBeUndefined();
  });

  it('ignores an entry it cannot read', () => {
    const cache = openParseCache()!;
    cache.set('/r/a.yaml', Buffer.from('a: 1\n'), { a: 1 });
    const [entry] = readdirSync(process.env.DARIEN_CACHE_DIR!);
    writeFileSync(join(process.env.DARIEN_CACHE_DIR!, entry!), 'DRN1\u0005\u0000\u0000\u0000a: 1\n\u00ff\u00ff');
    expect(cache.get('/r/a.yaml', Buffer.from('a: 1\n'))).toBeUndefined();
  });

  it('does not use a cache folder others can write to', async () => {
    const { chmodSync } = await import('node:fs');
    chmodSync(process.env.DARIEN_CACHE_DIR!, 0o777);
    expect(openParseCache()).toBeNull();
  });

  it('is off with DARIEN_CACHE=off', () => {
    process.env.DARIEN_CACHE = 'off';
    expect(openParseCache()).toBeNull();
  });

  it('keeps a valid file\'s validated inputs, and a file with problems as its parse', () => {
    const dir = writeRegistry({
      'a.yaml': header('a') + figureClaim('a1', '11,363', 11363, '2024-07-01/2024-07-17'),
      // A wrong type is the schema's to find, in the file alone; an impossible date the model's.
      'b.yaml': header('b') + figureClaim('b1', '500', 500, '2024-07-01').replace('value: 500', 'value: many'),
      'c.yaml': header('c') + figureClaim('c1', '500', 500, '2024-02-30'),
    });
    const problems = () => {
      try {
        loadRegistry({ paths: [dir], cwd: dir });
        return [];
      } catch (error) {
        return (error as InputError).problems;
      }
    };
    const first = problems();
    expect(first.map((p) => `${p.file}: ${p.message}`)).toEqual(['b.yaml: claims[0].value: must be a number, got "many"', 'c.yaml: claims[0].period: "2024-02-30" is not a date: 2024-02 has 29 days']);
    const cache = openParseCache()!;
    const entry = (name: string) => cache.get(join(dir, name), readFileSync(join(dir, name))) as { code?: string; classified?: unknown; parse?: unknown };
    expect(entry('a.yaml').code).toMatch(/^[0-9a-f]{16}$/);
    expect(entry('a.yaml').classified).toBeDefined();
    expect(entry('b.yaml').classified).toBeUndefined();
    expect(entry('b.yaml').parse).toBeDefined();
    expect(entry('c.yaml').classified).toBeDefined();
    // The second run, from the cache, reports the same problem at the same place.
    expect(problems()).toEqual(first);
  });

  it('never takes inputs another version of the code validated', () => {
    const dir = writeRegistry({ 'a.yaml': header('a') + figureClaim('a1', '11,363', 11363, '2024-07-01/2024-07-17') });
    loadRegistry({ paths: [dir], cwd: dir });
    const cache = openParseCache()!;
    const path = join(dir, 'a.yaml');
    const bytes = readFileSync(path);
    const entry = cache.get(path, bytes) as { code: string; classified: { claims: Array<{ value: number }> } };
    // Under the current code the cached inputs are taken as they are...
    entry.classified.claims[0]!.value = 99;
    cache.set(path, bytes, entry);
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(99);
    // ...and under any other fingerprint, never: the file is read again.
    cache.set(path, bytes, { ...entry, code: '0000000000000000' });
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(11363);
  });

  it('takes an entry of another shape (another darien sharing the folder) as no entry', () => {
    const dir = writeRegistry({ 'a.yaml': header('a') + figureClaim('a1', '11,363', 11363, '2024-07-01/2024-07-17') });
    const path = join(dir, 'a.yaml');
    openParseCache()!.set(path, readFileSync(path), null);
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(11363);
  });

  it('never serves an old parse after the file changes', () => {
    const dir = writeRegistry({ 'a.yaml': header('a') + figureClaim('a1', '11,363', 11363, '2024-07-01/2024-07-17') });
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(11363);
    writeRegistry({}); // unrelated folder: the cache is keyed by path and bytes, not by run
    writeFileSync(join(dir, 'a.yaml'), header('a') + figureClaim('a1', '12,000', 12000, '2024-07-01/2024-07-17'));
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(12000);
  });
});
