import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openParseCache } from '../../src/registry/cache.js';
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

  it('never serves an old parse after the file changes', () => {
    const dir = writeRegistry({ 'a.yaml': header('a') + figureClaim('a1', '11,363', 11363, '2024-07-01/2024-07-17') });
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(11363);
    writeRegistry({}); // unrelated folder: the cache is keyed by path and bytes, not by run
    writeFileSync(join(dir, 'a.yaml'), header('a') + figureClaim('a1', '12,000', 12000, '2024-07-01/2024-07-17'));
    expect(loadRegistry({ paths: [dir], cwd: dir }).claims[0]!.quantity!.value).toBe(12000);
  });
});
