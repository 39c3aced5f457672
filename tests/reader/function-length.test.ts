/**
 * The reader's functions stay short enough to read at once (issue 10: "no function of the reader
 * over about 80 lines"), counted as scripts/long-functions.mjs counts them: a line over 120
 * characters counts once per 120.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, with no type declarations.
import { functionLengths, longFunctions } from '../../scripts/long-functions.mjs';

interface Length {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly lines: number;
}
const lengths = functionLengths as (text: string) => Length[];
const long = longFunctions as (folders: string[], max?: number) => Length[];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const body = (n: number): string => Array.from({ length: n }, (_, i) => `  const a${i} = ${i};`).join('\n');

describe('counting a function’s lines', () => {
  const cases: ReadonlyArray<readonly [string, string, string, number, number]> = [
    ['a declaration, first and last line included', `function read() {\n${body(3)}\n}`, 'read', 1, 5],
    ['an arrow function takes its variable’s name', `\n\nconst attach = () => {\n${body(2)}\n};`, 'attach', 3, 4],
    ['a method', `class Stage {\n  run() {\n${body(1)}\n  }\n}`, 'run', 2, 3],
    ['a line of 300 characters counts as three', `function wide() {\n  const s = '${'x'.repeat(286)}';\n}`, 'wide', 1, 5],
  ];
  it.each(cases)('%s', (_, text, name, line, lines) => {
    const found = lengths(text).find((f) => f.name === name);
    expect(found).toMatchObject({ name, line, lines });
  });

  it('finds a function over the limit and leaves one at it alone', () => {
    const at = lengths(`function atLimit() {\n${body(78)}\n}`)[0]!;
    const over = lengths(`function overLimit() {\n${body(79)}\n}`)[0]!;
    expect([at.lines, over.lines]).toEqual([80, 81]);
  });
});

describe('the reader (src/reader/)', () => {
  it('has no function over 80 lines', () => {
    const offenders = long([resolve(root, 'src', 'reader')], 80).map((f) => `${f.file}:${f.line}: ${f.name} (${f.lines} lines)`);
    expect(offenders).toEqual([]);
  });
});
