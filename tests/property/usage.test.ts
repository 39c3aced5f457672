/**
 * The counterexamples the option-list property found in src/cli/main.ts, kept as cases: commander's
 * own usage errors quote arguments back (a line break in one forged a line of stderr) and printed
 * the whole help to stderr when no command was given. Each is now one escaped `darien:` line, exit 2.
 */
import { describe, expect, it } from 'vitest';
import { breaches, runDarien } from './harness.js';

const CASES: Array<[string[], string]> = [
  [['check', '--nope\n::error::FORGED'], "darien: unknown option '--nope ::error::FORGED' (see darien check --help)\n"],
  [['lint', '--format'], "darien: option '-f, --format <format>' argument missing\n"],
  [['chek'], "darien: unknown command 'chek' (Did you mean check?)\n"],
  [[], 'darien: give a command: check, sources, claims, timeline, lint, extract or import (darien --help says more)\n'],
  [['--'], 'darien: give a command: check, sources, claims, timeline, lint, extract or import (darien --help says more)\n'],
  [['help', 'nope'], 'darien: give a command: check, sources, claims, timeline, lint, extract or import (darien --help says more)\n'],
];

describe('usage errors from the command-line parser', () => {
  it.each(CASES)('darien %j: one darien line, exit 2', async (args, stderr) => {
    const run = await runDarien(args);
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 2, stdout: '', stderr });
    expect(breaches(run)).toEqual([]);
  });

  it('help asked for is still the whole help, on stdout, exit 0', async () => {
    const run = await runDarien(['help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: darien \[options\] \[command\]/);
    expect(run.stderr).toBe('');
  });
});
