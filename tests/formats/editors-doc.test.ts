/**
 * docs/editors.md's terminal examples are what darien prints: each fenced block that starts with
 * `$ darien …` is run through the built CLI, with the environment the doc states, and compared
 * line for line with what the terminal shows (stdout, then stderr). A doc line that starts with
 * "…" stands for lines the doc leaves out; the lines around it must still be the output's, in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { darien, ROOT } from '../cli/run.js';

const DOC = readFileSync(join(ROOT, 'docs/editors.md'), 'utf8');

/** The environment the doc says its examples were run with: "run with `NO_COLOR=1 COLUMNS=100`". */
function statedEnv(): Record<string, string> {
  const stated = /real output on the bundled registry, run with `([^`]+)`/.exec(DOC)?.[1];
  if (stated === undefined) throw new Error('docs/editors.md no longer says how its examples were run');
  return Object.fromEntries(stated.split(' ').map((pair) => pair.split('=') as [string, string]));
}

/** Each example: the command's arguments as a shell would split them (double quotes only), and the lines shown. */
function examples(): Array<{ command: string; args: string[]; shown: string }> {
  return [...DOC.matchAll(/```\n\$ (darien [^\n]*)\n(.*?)```/gs)].map(([, command, shown]) => ({
    command: command!,
    args: [...command!.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1),
    shown: shown!.replace(/\n$/, ''),
  }));
}

/**
 * The shown lines, split at each elided run ("…"), are whole lines of the output in order: the
 * first run starts it and the last ends it, unless the doc elides there too.
 */
function expectShown(shown: string, output: string): void {
  const runs: string[][] = [[]];
  for (const line of shown.split('\n')) {
    if (line.startsWith('…')) runs.push([]);
    else runs[runs.length - 1]!.push(line);
  }
  if (runs.length === 1) return void expect(output).toBe(shown);
  const text = `\n${output}\n`;
  let at = 0;
  runs.forEach((run, i) => {
    if (run.length === 0) return;
    const block = `\n${run.join('\n')}\n`;
    const found = i === runs.length - 1 ? text.length - block.length : text.indexOf(block, at);
    expect(text.slice(found, found + block.length), `lines ${JSON.stringify(run[0])} … of the doc`).toBe(block);
    if (i === 0) expect(found, 'the doc shows the start of the output').toBe(0);
    expect(found).toBeGreaterThanOrEqual(at);
    at = found + block.length - 1;
  });
}

describe('docs/editors.md', () => {
  const env = statedEnv();
  const all = examples();

  it('shows examples of sources, claims and timeline at the width it states', () => {
    expect(env).toEqual({ NO_COLOR: '1', COLUMNS: '100' });
    expect(new Set(all.map((e) => e.args[0]))).toEqual(new Set(['sources', 'claims', 'timeline']));
  });

  for (const { command, args, shown } of all) {
    it(`${command}: the example is the output`, () => {
      const run = darien(args, { env });
      expectShown(shown, `${run.stdout}${run.stderr}`.replace(/\n$/, ''));
    });
  }
});
