/**
 * Every bad option of a command in one run: commander stops at the first unknown option and takes
 * all after it as unknown, so a second unknown option and a bad value after it went unreported.
 * Each case gives a command two unknown options around a bad value and expects all three, exit 2,
 * and nothing on standard output (the command did not run).
 */
import { describe, expect, it } from 'vitest';
import { darien } from './run.js';

const CASES: Array<[string, string[], string[]]> = [
  [
    'check',
    ['check', '--bogus', '--format', 'xml', 'claims', '-z'],
    ["darien: unknown option '--bogus' (see darien check --help)", "darien: unknown option '-z' (see darien check --help)", 'darien: unknown format "xml" (expected brief, table, line, json)'],
  ],
  [
    'lint',
    ['lint', 'README.md', '--date=2024-02-30', '--bogus', '--max-warnings', 'x', '--language', 'fr', '--nope'],
    [
      "darien: unknown option '--bogus' (see darien lint --help)",
      "darien: unknown option '--nope' (see darien lint --help)",
      'darien: --max-warnings must be a whole number, -1 or more, not "x"',
      'darien: --language must be en or es, not "fr"',
      'darien: --date: "2024-02-30" is not a date: 2024-02 has 29 days',
    ],
  ],
  [
    'claims',
    ['claims', '--bogus', '--metric', 'nope', '--nope'],
    ["darien: unknown option '--bogus' (see darien claims --help)", "darien: unknown option '--nope' (see darien claims --help)", 'darien: unknown metric "nope"'],
  ],
  [
    'sources',
    ['sources', '--bogus', '--format', 'xml', '11,363', '--nope'],
    ["darien: unknown option '--bogus' (see darien sources --help)", "darien: unknown option '--nope' (see darien sources --help)", 'darien: unknown format "xml" (expected table, json, markdown)'],
  ],
  [
    'timeline',
    ['timeline', '--bogus', 'nope', '--nope'],
    ["darien: unknown option '--bogus' (see darien timeline --help)", "darien: unknown option '--nope' (see darien timeline --help)", 'darien: unknown metric "nope"'],
  ],
  [
    'extract',
    ['extract', '--bogus', 'README.md', '--published', '2024-02-30', '--nope', '--language', 'fr'],
    [
      "darien: unknown option '--bogus' (see darien extract --help)",
      "darien: unknown option '--nope' (see darien extract --help)",
      'darien: --language must be en or es, not "fr"',
      'darien: --published: "2024-02-30" is not a date: 2024-02 has 29 days',
    ],
  ],
];

describe('every bad option of a command, in one run', () => {
  it.each(CASES)('%s', (_name, args, expected) => {
    const result = darien(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => expect(line.startsWith(expected[i]!), `${line}\nshould start with\n${expected[i]}`).toBe(true));
  });
});

describe('an unknown option is named, and the nearest known one offered', () => {
  // [args, the first line of standard error expected, exactly]
  const cases: Array<[string[], string]> = [
    // A near miss of an option the command has: "did you mean".
    [['check', '--formt', 'line'], `darien: unknown option '--formt' (did you mean "--format"?) (see darien check --help)`],
    [['check', '--formt=line'], `darien: unknown option '--formt=line' (did you mean "--format"?) (see darien check --help)`],
    [['lint', 'README.md', '--min-severty', 'info'], `darien: unknown option '--min-severty' (did you mean "--min-severity"?) (see darien lint --help)`],
    // An unknown option with a value after it, on a command of one argument: the value is not
    // "one argument too many", the option is what is wrong.
    [['export', 'claimreview', '--author', 'Example Fact Check'], `darien: unknown option '--author' (see darien export --help)`],
    [['timeline', 'darien-crossings', '--out', '/tmp/t.svg'], `darien: unknown option '--out' (see darien timeline --help)`],
  ];
  it.each(cases)('%j', (args, expected) => {
    const result = darien(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(expected);
    expect(result.stderr).not.toContain('too many arguments');
  });

  it('a real extra argument is still one too many', () => {
    const result = darien(['export', 'claimreview', 'more']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("too many arguments for 'export'");
  });
});
