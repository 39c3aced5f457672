/** `darien extract` as a user runs it: its options checked together, one line per problem, exit 2. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
