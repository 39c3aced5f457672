/** writeNewFile(): the file is absent as it was, or complete; never empty, short, or a temporary left behind. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputRefusal, writeNewFile } from '../../src/extract/write.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'darien-write-'));
const TEXT = 'source:\n  id: "005"\n# ünïcode and a long line ' + 'x'.repeat(200_000) + '\n';

describe('writeNewFile', () => {
  it('writes the whole text to a new file and leaves nothing else', () => {
    const dir = folder();
    expect(writeNewFile(join(dir, 'a.yaml'), TEXT)).toBeNull();
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(TEXT);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('does not replace a file that appeared after the check, without force', () => {
    const dir = folder();
    const path = join(dir, 'a.yaml');
    expect(outputRefusal(path)).toBeNull();
    writeFileSync(path, 'theirs\n');
    expect(writeNewFile(path, TEXT)).toBe(`${path} already exists: pass --force to replace it`);
    expect(readFileSync(path, 'utf8')).toBe('theirs\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('replaces it with force, keeping its permissions', () => {
    const dir = folder();
    const path = join(dir, 'a.yaml');
    writeFileSync(path, 'theirs\n', { mode: 0o640 });
    expect(writeNewFile(path, TEXT, { force: true })).toBeNull();
    expect(readFileSync(path, 'utf8')).toBe(TEXT);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('fails as a whole when the rename fails: the folder in the way stays, no temporary is left', () => {
    const dir = folder();
    const path = join(dir, 'a.yaml');
    mkdirSync(path);
    writeFileSync(join(path, 'inside'), 'x');
    expect(writeNewFile(path, TEXT, { force: true })).toMatch(/^cannot write .*a\.yaml: /);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
    expect(readdirSync(path)).toEqual(['inside']);
  });

  it('reports a folder that is not there, and creates nothing', () => {
    const dir = folder();
    const path = join(dir, 'no', 'a.yaml');
    expect(writeNewFile(path, TEXT)).toBe(`cannot write ${path}: no such file or folder`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('outputRefusal', () => {
  const dir = folder();
  writeFileSync(join(dir, 'there.yaml'), 'x: 1\n');
  writeFileSync(join(dir, 'file'), 'x');
  it.each([
    ['a new file in a folder', 'new.yaml', false, null],
    ['a file there, without force', 'there.yaml', false, `${join(dir, 'there.yaml')} already exists: pass --force to replace it`],
    ['a file there, with force', 'there.yaml', true, null],
    ['a folder', '.', true, `cannot write ${join(dir, '.')}: it is a folder; name the file to write`],
    ['a folder that is not there', 'no/new.yaml', false, `cannot write ${join(dir, 'no/new.yaml')}: the folder ${join(dir, 'no')}: no such file or folder`],
    ['a "folder" that is a file', 'file/new.yaml', false, `cannot write ${join(dir, 'file/new.yaml')}: a path through something that is not a folder`],
  ])('%s', (_name, name, force, expected) => {
    expect(outputRefusal(join(dir, name), { force })).toBe(expected);
  });
});
