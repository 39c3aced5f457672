/**
 * action.yml and .pre-commit-hooks.yaml: both parse, every command and option they run is one
 * darien's CLI has (asked of the built CLI's --help, as a user would), and the action's lint step,
 * run by bash as GitHub's runner runs it, lints drafts and exits as darien does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { darien, ROOT } from '../cli/run.js';

function readYaml(name: string): unknown {
  const doc = parseDocument(readFileSync(join(ROOT, name), 'utf8'));
  expect(doc.errors.map((error) => error.message), name).toEqual([]);
  return doc.toJS();
}

/** The commands `darien --help` lists. */
function commands(): string[] {
  const help = darien(['--help']);
  expect(help.status).toBe(0);
  const list = help.stdout.split(/\nCommands:\n/)[1] ?? '';
  return [...list.matchAll(/^ {2}(\w+)/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
}

/** A command's long options, and the values its help lists for an option ("output format: a, b"). */
function command(name: string): { options: Set<string>; help: string } {
  const help = darien([name, '--help']);
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(new RegExp(`^Usage: darien ${name} `));
  return { options: new Set([...help.stdout.matchAll(/--[\w-]+/g)].map((match) => match[0])), help: help.stdout.replace(/\s+/g, ' ') };
}

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  exclude?: string;
  args?: string[];
  pass_filenames?: boolean;
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = readYaml('.pre-commit-hooks.yaml') as Hook[];
  const known = commands();

  it("defines darien-lint and darien-check, run from the project's own install (language: system)", () => {
    expect(hooks.map((hook) => hook.id)).toEqual(['darien-lint', 'darien-check']);
    for (const hook of hooks) expect([hook.language, typeof hook.name]).toEqual(['system', 'string']);
  });

  it.each(['darien-lint', 'darien-check'])('%s runs a command and options darien has', (id) => {
    const hook = hooks.find((h) => h.id === id)!;
    // npx --no: the project's darien, never one fetched from the registry.
    const [npx, no, dashes, bin, name, ...rest] = [...hook.entry.split(' '), ...(hook.args ?? [])];
    expect([npx, no, dashes, bin]).toEqual(['npx', '--no', '--', 'darien']);
    expect(known).toContain(name);
    const { options } = command(name!);
    expect(rest.filter((word) => word.startsWith('--')).filter((option) => !options.has(option))).toEqual([]);
  });

  it.each<[string, string, boolean]>([
    ['darien-lint', 'drafts/2024-07-17-crossings.md', true],
    ['darien-lint', 'newsletter.markdown', true],
    ['darien-lint', 'pages/explainer.mdx', true],
    ['darien-lint', 'wire/plain.txt', true],
    ['darien-lint', 'claims/sources/005.yaml', false],
    ['darien-lint', 'src/index.ts', false],
    ['darien-lint', 'claims/archive/000_c5ab9dee338d6376.txt', false],
    ['darien-lint', 'claims/archive/notes.md', false],
    ['darien-lint', 'drafts/archive/2023-old.md', true],
    ['darien-lint', 'drafts/claims/archive.md', true],
    ['darien-check', 'claims/sources/005-new.yaml', true],
    ['darien-check', 'claims/metrics.yaml', true],
    ['darien-check', 'claims/sources/005.yml', true],
    ['darien-check', 'claims/archive/005_ab12.txt', false],
    ['darien-check', 'drafts/claims.yaml', false],
  ])('%s runs on %s: %s', (id, path, runs) => {
    // pre-commit matches `files` and `exclude` with Python's re.search; these patterns read the same in JS.
    const hook = hooks.find((h) => h.id === id)!;
    expect(new RegExp(hook.files).test(path) && !(hook.exclude !== undefined && new RegExp(hook.exclude).test(path))).toBe(runs);
  });

  // Archived articles are evidence, not drafts: some hold the figures the registry disputes, and fail lint.
  it('darien-lint passes over every file of the registry\'s archive', () => {
    const pattern = hooks.find((hook) => hook.id === 'darien-lint')!.exclude;
    expect(pattern).toBeTypeOf('string');
    const exclude = new RegExp(pattern!);
    const archive = readdirSync(join(ROOT, 'claims', 'archive')).map((name) => `claims/archive/${name}`);
    expect(archive.length).toBeGreaterThan(0);
    expect(archive.filter((path) => !exclude.test(path))).toEqual([]);
  });

  it('darien check is given the whole registry, not the changed files', () => {
    expect(hooks.find((hook) => hook.id === 'darien-check')!.pass_filenames).toBe(false);
  });
});

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

describe('action.yml', () => {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const action = readYaml('action.yml') as Action;
  const lintStep = action.runs.steps.find((step) => step.run?.includes('lint'))!;

  it('is a composite action whose steps name their shell, and uses every input it declares, and only those', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run) expect(step.shell, step.name).toBe('bash');
    const used = new Set([...text.matchAll(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g)].map((match) => match[1]!));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
  });

  it('pastes no input into a script: each reaches it through env', () => {
    for (const step of action.runs.steps) expect(step.run ?? '', step.name).not.toMatch(/\$\{\{/);
  });

  it('runs darien lint with options it has, and defaults it accepts', () => {
    expect(commands()).toContain('lint');
    expect(lintStep.run).toMatch(/command=\(node "\$DARIEN_BIN" lint /);
    const { options, help } = command('lint');
    const used = [...new Set([...lintStep.run!.matchAll(/--[\w-]+/g)].map((match) => match[0]))];
    expect(used.sort()).toEqual(['--format', '--min-severity', '--registry']);
    expect(used.filter((option) => !options.has(option))).toEqual([]);
    // Commander wraps the help: read it as one line; the list ends at the first parenthesis.
    const flat = help.replace(/\s+/g, ' ');
    const formats = /output format: ([\w, ]+?) \(/.exec(flat)![1]!.split(', ');
    expect(formats).toContain(action.inputs.format!.default);
    // No default of the action's own: darien.config.yaml's, else darien's, hold (docs/config.md).
    expect([action.inputs.registry!.default, action.inputs['min-severity']!.default]).toEqual(['', '']);
  });

  /** The lint step as GitHub's runner runs it: its env with the inputs put in, `bash -eo pipefail`. */
  function runLintStep(inputs: Record<string, string>, registry = 'claims') {
    const work = mkdtempSync(join(tmpdir(), 'darien-action-'));
    cpSync(join(ROOT, 'claims'), join(work, registry), { recursive: true });
    mkdirSync(join(work, 'drafts'));
    for (const name of ['newsroom.md', 'plain.txt']) cpSync(join(ROOT, 'tests', 'fixtures', 'drafts', name), join(work, 'drafts', name));
    // A repository that names its registry in its config: no claims/ for darien's default to find.
    if (registry !== 'claims') writeFileSync(join(work, 'darien.config.yaml'), `registry: ${registry}\nmin_severity: error\n`);
    const value = (expression: string): string =>
      expression.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_all, _what: string, input?: string) =>
        input ? (inputs[input] ?? action.inputs[input]!.default ?? '') : ROOT,
      );
    const env = Object.fromEntries(Object.entries(lintStep.env ?? {}).map(([key, expression]) => [key, value(expression)]));
    const cwd = join(work, value(lintStep['working-directory'] ?? '.'));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run!], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1', DARIEN_CACHE: 'off', ...env },
    });
    return { ...result, work };
  }

  it.skipIf(process.platform === 'win32')('its lint step annotates the drafts given over two lines, and fails on their errors', () => {
    const run = runLintStep({ paths: 'drafts/newsroom.md\ndrafts/plain.txt' });
    expect(run.status, run.stderr).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.every((line) => /^::(error|warning|notice) file=drafts\/(newsroom\.md|plain\.txt),line=\d+,col=\d+/.test(line))).toBe(true);
    expect(annotations.some((line) => line.startsWith('::error file=drafts/newsroom.md'))).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('writes SARIF to output-file and nothing to the log; args reach darien', () => {
    const run = runLintStep({ paths: 'drafts', format: 'sarif', 'output-file': 'darien.sarif', args: '--min-severity error --max-warnings 0' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(join(run.work, 'darien.sarif'), 'utf8')) as { version: string; runs: Array<{ results: Array<{ level: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    // --min-severity error from args comes after the input's warning, and wins.
    expect(new Set(sarif.runs[0]!.results.map((result) => result.level))).toEqual(new Set(['error']));
  });

  // The config names fact-check/claims and min_severity: error; the fixtures' drafts hold errors and warnings.
  it.skipIf(process.platform === 'win32').each<[string, Record<string, string>, number, string[]]>([
    ['inputs unset: the config\'s registry and severity', {}, 1, ['error']],
    ['min-severity set: it wins over the config\'s', { 'min-severity': 'warning' }, 1, ['error', 'warning']],
    ['registry set: it wins over the config\'s (and is not there)', { registry: 'claims' }, 2, []],
  ])('honours darien.config.yaml, %s', (_case, inputs, status, levels) => {
    const run = runLintStep({ paths: 'drafts', ...inputs }, 'fact-check/claims');
    expect(run.status, run.stderr).toBe(status);
    expect([...new Set(run.stdout.split('\n').flatMap((line) => /^::(\w+) file=/.exec(line)?.[1] ?? []))].sort()).toEqual(levels);
    if (status === 2) expect(run.stderr).toMatch(/^claims:1:1: no such file or folder/);
    else expect(run.stderr).toBe('');
  });

  it.skipIf(process.platform === 'win32')('a path holding shell words stays a path', () => {
    const run = runLintStep({ paths: 'drafts/$(id).md\ndrafts/x;touch${IFS}pwned;.md' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('drafts/$(id).md:1:1: no such file or folder');
    expect(run.stderr).toContain('drafts/x;touch${IFS}pwned;.md:1:1: no such file or folder');
    expect(readdirSync(run.work).sort()).toEqual(['claims', 'drafts']);
  });
});
