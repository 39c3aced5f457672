import { describe, expect, it, vi } from 'vitest';
import { UsageError, handleFailure, problemLine } from '../../src/cli/io.js';
import { InputError, type Problem } from '../../src/registry/problems.js';
import { escapeGithubMessage, escapeGithubProperty, escapeMarkdownCell, escapeTerminal } from '../../src/text/escape.js';

describe('escaping untrusted text', () => {
  const terminal: Array<[string, string, string]> = [
    ['an escape sequence', 'a\u001b[2Jb', 'a\\e[2Jb'],
    ['an OSC title change', '\u001b]0;x\u0007', '\\e]0;x\\u0007'],
    ['a C1 control', 'a\u009b31mb', 'a\\u009b31mb'],
    ['a bidi override', 'a\u202eb', 'a\\u202eb'],
    ['a bidi isolate', 'a\u2066b\u2069', 'a\\u2066b\\u2069'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['NEL, a C1 line break', 'a\u0085b', 'a\\u0085b'],
    ['line breaks and tabs', 'a\r\nb\nc\td', 'a b c d'],
    ['plain text with accents', 'Darién “Gap”', 'Darién “Gap”'],
  ];
  for (const [name, input, expected] of terminal) {
    it(`terminal: ${name}`, () => expect(escapeTerminal(input)).toBe(expected));
  }

  it('GitHub messages: %, CR and LF, so a newline cannot start a command of its own', () => {
    expect(escapeGithubMessage('100%\r\n::error::forged')).toBe('100%25%0D%0A::error::forged');
  });

  it('GitHub properties: also : and ,', () => {
    expect(escapeGithubProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('markdown cells: pipes, line breaks and raw HTML', () => {
    expect(escapeMarkdownCell('a | b\n<script>')).toBe('a \\| b &lt;script&gt;');
  });
});

describe('problem lines on stderr', () => {
  // [name, problem, the one line printed]
  const problems: Array<[string, Problem, string]> = [
    ['a colour and a window title in a file name', { file: 'a\u001b[31mred\u001b]0;pwned\u0007.md', line: 1, column: 1, message: 'no such file or folder' }, 'a\\e[31mred\\e]0;pwned\\u0007.md:1:1: no such file or folder'],
    ['a screen clear from --stdin-filename', { file: 'x\u001b[2Jy.md', line: 3, column: 7, message: 'date: "2024-13-45" is not a date (expected YYYY-MM-DD)' }, 'x\\e[2Jy.md:3:7: date: "2024-13-45" is not a date (expected YYYY-MM-DD)'],
    ['CR and LF in a file name', { file: 'a\r\nb.md\rc', line: 1, column: 1, message: 'cannot read' }, 'a b.md c:1:1: cannot read'],
    ['a line break in a message that forges a second problem', { file: 'claims/x.yaml', line: 2, column: 1, message: 'invalid YAML: "a\nclaims/y.yaml:1:1: forged' }, 'claims/x.yaml:2:1: invalid YAML: "a claims/y.yaml:1:1: forged'],
    ['an escape sequence and a bidi override in a message', { file: 'd.md', line: 1, column: 5, message: 'darien-ignore names no check "x\u001b[8m\u202e"' }, 'd.md:1:5: darien-ignore names no check "x\\e[8m\\u202e"'],
  ];
  for (const [name, problem, line] of problems) {
    it(`one inert line for ${name}`, () => expect(problemLine(problem)).toBe(line));
  }

  it('handleFailure writes one line per problem, and usage lines with their arguments escaped', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(handleFailure(new InputError(problems.map(([, problem]) => problem)))).toBe(2);
      // A line break inside an argument must not start a line that passes for a problem of its own.
      expect(handleFailure(new UsageError(['unknown format "x\u001b[2J\r\ndarien: forged"', '--date must be YYYY-MM-DD, not "y"']))).toBe(2);
    } finally {
      spy.mockRestore();
    }
    const out = written.join('');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out.split('\n')).toEqual([
      ...problems.map(([, , line]) => line),
      `darien: ${problems.length} problems; nothing was checked`,
      'darien: unknown format "x\\e[2J darien: forged"',
      'darien: --date must be YYYY-MM-DD, not "y"',
      '',
    ]);
  });
});
