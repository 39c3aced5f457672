/** `darien extract` as a user runs it: its options checked together, one line per problem, exit 2. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { darien } from './run.js';

const ARTICLE = 'claims/archive/000_c5ab9dee338d6376.txt';

describe('darien extract options', () => {
  it.each([
    [['--published', '2024-07-17', '--source-id', 'x y:z'], ['darien: --source-id must be letters, digits, ".", "_" and "-", not "x y:z"']],
    [['--published', '2024-07-17', '--source-id', '-'], ['darien: --source-id must be letters, digits, ".", "_" and "-", not "-"']],
    [
      ['--published', '17/07/2024', '--source-id', 'a/b'],
      ['darien: --published must be YYYY-MM-DD, not "17/07/2024"', 'darien: --source-id must be letters, digits, ".", "_" and "-", not "a/b"'],
    ],
    [['--published', '2024-02-30', '--source-id', '005'], ['darien: --published: "2024-02-30" is not a date: 2024-02 has 29 days']],
  ])('%j: exit 2, every problem on its own line', (args, lines) => {
    const run = darien(['extract', ARTICLE, ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual(lines);
  });

  it('an id taken from a file name that is no id asks for --source-id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'darien-extract-'));
    const file = join(dir, 'an article.txt');
    writeFileSync(file, 'In 2023, 520,085 migrants crossed the Darién Gap.\n');
    const run = darien(['extract', file, '--published', '2024-01-10']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('darien: the source id taken from the file name, "an article", is not one (letters, digits, ".", "_", "-"): pass --source-id\n');
  });

  it('standard input has no file name: it asks for --source-id', () => {
    const run = darien(['extract', '-', '--published', '2024-01-10'], { input: 'In 2023, 520,085 migrants crossed the Darién Gap.\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('darien: reading standard input, there is no file name to take the source id from: pass --source-id\n');
  });

  it('a good id names the source and its claims', () => {
    const run = darien(['extract', ARTICLE, '--published', '2024-07-17', '--source-id', 'ap-2024.07_17']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('id: ap-2024.07_17\n');
    expect(run.stdout).toMatch(/- id: ap-2024\.07_17-/);
  });
});

describe('darien extract --output: whole or not at all', () => {
  const args = (output: string, ...more: string[]): string[] => ['extract', ARTICLE, '--published', '2024-07-17', '--output', output, ...more];
  const folder = (): string => mkdtempSync(join(tmpdir(), 'darien-output-'));

  it('writes the YAML extract prints, and nothing else is left in the folder', () => {
    const dir = folder();
    const target = join(dir, '005.yaml');
    const run = darien(args(target));
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
    const [modeline, ...rest] = readFileSync(target, 'utf8').split('\n');
    // The schema line leads from where the file stands to darien's schema; the rest is as printed.
    const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(modeline!)?.[1];
    expect(schema && resolve(dir, schema)).toBe(resolve('schema', 'source.schema.json'));
    expect(rest.join('\n')).toBe(darien(['extract', ARTICLE, '--published', '2024-07-17']).stdout.split('\n').slice(1).join('\n'));
    expect(readdirSync(dir)).toEqual(['005.yaml']);
  });

  it('refuses to replace a file without --force: exit 2, one line, the file as it was', () => {
    const dir = folder();
    const target = join(dir, '005.yaml');
    writeFileSync(target, 'source: {}\n');
    const run = darien(args(target));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`darien: ${target} already exists: pass --force to replace it\n`);
    expect(readFileSync(target, 'utf8')).toBe('source: {}\n');
    expect(readdirSync(dir)).toEqual(['005.yaml']);
  });

  it('replaces it with --force', () => {
    const dir = folder();
    const target = join(dir, '005.yaml');
    writeFileSync(target, '');
    const run = darien(args(target, '--force'));
    expect(run.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+\n# darien extract: 14 figures read/);
    expect(readdirSync(dir)).toEqual(['005.yaml']);
  });

  it('replaces with --force a source file of the registry that has problems of its own (empty, or wrong)', () => {
    const dir = folder();
    cpSync(resolve('claims'), join(dir, 'claims'), { recursive: true });
    for (const text of ['', 'source: {id: x, kind: artcle}\n']) {
      const target = join(dir, 'claims', 'sources', '005-new.yaml');
      writeFileSync(target, text);
      const run = darien([...args(target, '--force'), '--registry', join(dir, 'claims')]);
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(readFileSync(target, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+\n# darien extract: 14 figures read/);
    }
  });

  // Each run fails; none may leave a file, empty or not, where the YAML was to go.
  it.each([
    ['a bad --published', ['--published', '2024-02-30'], ['darien: --published: "2024-02-30" is not a date: 2024-02 has 29 days']],
    ['a registry that does not load', ['--registry', 'no-such-registry'], null],
  ])('%s: exit 2 and no file', (_name, more, lines) => {
    const dir = folder();
    const target = join(dir, '005.yaml');
    const run = darien([...args(target), ...more]);
    expect(run.status).toBe(2);
    if (lines) expect(run.stderr.trimEnd().split('\n')).toEqual(lines);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a folder that does not exist', (dir: string) => join(dir, 'no', '005.yaml'), (dir: string) => `darien: cannot write ${join(dir, 'no', '005.yaml')}: the folder ${join(dir, 'no')}: no such file or folder`],
    ['a folder', (dir: string) => dir, (dir: string) => `darien: cannot write ${dir}: it is a folder; name the file to write`],
    ['the article itself', () => ARTICLE, () => `darien: --output ${ARTICLE} is the article itself: write the YAML beside it`],
  ])('--output naming %s: exit 2, one line', (_name, output, line) => {
    const dir = folder();
    const run = darien(args(output(dir)));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${line(dir)}\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a file already there with the other option problems, at once', () => {
    const dir = folder();
    const target = join(dir, '005.yaml');
    writeFileSync(target, 'x: 1\n');
    const run = darien(['extract', ARTICLE, '--published', '17/07/2024', '--output', target]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual(['darien: --published must be YYYY-MM-DD, not "17/07/2024"', `darien: ${target} already exists: pass --force to replace it`]);
  });

  it('an article that is not there: exit 2 and no file', () => {
    const dir = folder();
    const run = darien(['extract', join(dir, '005_missing.txt'), '--published', '2024-07-17', '--output', join(dir, '005.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`darien: ${join(dir, '005_missing.txt')}: no such file\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--force alone is a usage problem', () => {
    const run = darien(['extract', ARTICLE, '--published', '2024-07-17', '--force']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('darien: --force only goes with --output FILE\n');
  });
});
