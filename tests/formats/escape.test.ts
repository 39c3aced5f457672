import { describe, expect, it } from 'vitest';
import { escapeGithubMessage, escapeGithubProperty, escapeMarkdownCell, escapeTerminal } from '../../src/text/escape.js';

describe('escaping untrusted text', () => {
  const terminal: Array<[string, string, string]> = [
    ['an escape sequence', 'a\u001b[2Jb', 'a\\e[2Jb'],
    ['an OSC title change', '\u001b]0;x\u0007', '\\e]0;x\\u0007'],
    ['a C1 control', 'a\u009b31mb', 'a\\u009b31mb'],
    ['a bidi override', 'a\u202eb', 'a\\u202eb'],
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
