/**
 * darien.config.yaml: files that load (and what they give), files reported with every problem at
 * its line and column, and where the search for one stops.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../src/config/check-ids.js';
import { configPath, findConfig } from '../../src/config/find.js';
import { loadConfig } from '../../src/config/load.js';
import { formatProblem, InputError } from '../../src/registry/problems.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'darien-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function load(text: string) {
  const dir = folder({ 'darien.config.yaml': text });
  return loadConfig('darien.config.yaml', { cwd: dir, checkIds: CHECK_IDS });
}

function problems(text: string): string[] {
  try {
    load(text);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('config files that load', () => {
  it.each([
    ['an empty file', '', {}],
    ['comments only', '# nothing set yet\n', {}],
    ['the registry', 'registry: data/claims\n', { registry: 'data/claims' }],
    ['the drafts\' date', 'date: 2024-07-17\n', { date: '2024-07-17' }],
    ['the lowest severity', 'min_severity: info\n', { minSeverity: 'info' }],
    ['checks off and re-ranked', 'checks:\n  single-source: off\n  page-date: error\n  unchecked: info\n', { checks: new Map([['single-source', 'off'], ['page-date', 'error'], ['unchecked', 'info']]) }],
    ['files to ignore', 'ignore:\n  - drafts/old/**\n  - "*.wip.md"\n', { ignore: ['drafts/old/**', '*.wip.md'] }],
    ['flow style', '{registry: claims, min_severity: error, ignore: [a.md]}\n', { registry: 'claims', minSeverity: 'error', ignore: ['a.md'] }],
    ['who publishes the verdicts', 'organisation: Example Fact Check\norganisation_url: https://example.org\nbase_url: https://example.org/checks\n', { organisation: 'Example Fact Check', organisationUrl: 'https://example.org', baseUrl: 'https://example.org/checks' }],
  ])('%s', (_name, text, expected) => {
    expect(load(text)).toMatchObject({ checks: new Map(), ignore: [], ...expected });
  });
});

it("loads docs/config.md's example", () => {
  const example = /```yaml\n([\s\S]*?)```/.exec(readFileSync(join(__dirname, '..', '..', 'docs', 'config.md'), 'utf8'))![1]!;
  expect(load(example)).toMatchObject({ registry: 'fact-check/claims', date: '2025-01-10', minSeverity: 'warning', ignore: ['drafts/archive/**', '*.wip.md'] });
});

describe('config files reported, every problem at its line and column', () => {
  it.each([
    ['an unknown key, with a guess', 'min_severty: info\n', ['darien.config.yaml:1:1: min_severty: unknown field (did you mean "min_severity"?)']],
    ['an unknown key, too far for a guess', 'registry: claims\ncolour: red\n', ['darien.config.yaml:2:1: colour: unknown field']],
    ['a severity that is not one', 'min_severity: loud\n', ['darien.config.yaml:1:15: min_severity: must be one of "error", "warning", "info", got "loud"']],
    ['an unknown check', 'checks:\n  figure-conflcit: off\n', ['darien.config.yaml:2:3: checks.figure-conflcit: no such check (did you mean "figure-conflict"?) (see docs/checks/)']],
    ['a check setting that is not one', 'checks:\n  page-date: eror\n', ['darien.config.yaml:2:14: checks.page-date: must be one of "off", "error", "warning", "info", got "eror"']],
    ['a date that is not one', 'date: 2024-02-30\n', ['darien.config.yaml:1:7: date: "2024-02-30" is not a date: 2024-02 has 29 days']],
    ['a date in another shape', 'date: July 1\n', ['darien.config.yaml:1:7: date: must be a date, YYYY-MM-DD']],
    ['ignore as one string', 'ignore: drafts/old\n', ['darien.config.yaml:1:9: ignore: must be a list, got "drafts/old"']],
    ['an empty registry', 'registry: ""\n', ['darien.config.yaml:1:11: registry: must not be empty']],
    ['a list, not a mapping', '- registry: claims\n', ['darien.config.yaml:1:1: expected a mapping of settings (registry, date, min_severity, checks, ignore, organisation): see docs/config.md']],
    ['an organisation URL that is not one', 'organisation_url: example.org\n', ['darien.config.yaml:1:19: organisation_url: must be an absolute http(s) address']],
    ['a base URL of another scheme', 'base_url: ftp://example.org/\n', ['darien.config.yaml:1:11: base_url: must be an absolute http(s) address']],
    ['a syntax error', 'registry: "claims\n', ['darien.config.yaml:2:1: invalid YAML: Missing closing "quote']],
    [
      'four problems at once',
      'registry: claims\nmin_severity: loud\nchecks:\n  single-sorce: off\n  magnitude: loud\nignored: [a]\n',
      [
        'darien.config.yaml:2:15: min_severity: must be one of "error", "warning", "info", got "loud"',
        'darien.config.yaml:4:3: checks.single-sorce: no such check (did you mean "single-source"?) (see docs/checks/)',
        'darien.config.yaml:5:14: checks.magnitude: must be one of "off", "error", "warning", "info", got "loud"',
        'darien.config.yaml:6:1: ignored: unknown field (did you mean "ignore"?)',
      ],
    ],
    [
      'a day that does not exist beside a severity that is not one: both',
      'date: 2025-02-30\nmin_severity: loud\n',
      ['darien.config.yaml:1:7: date: "2025-02-30" is not a date: 2025-02 has 28 days', 'darien.config.yaml:2:15: min_severity: must be one of "error", "warning", "info", got "loud"'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});

describe('finding the config file', () => {
  it('finds the nearest one upward from the working directory', () => {
    const dir = folder({ 'darien.config.yaml': 'registry: a\n', 'desk/darien.config.yaml': 'registry: b\n', 'desk/drafts/x.md': '' });
    expect(findConfig(join(dir, 'desk', 'drafts'))).toBe(join(dir, 'desk', 'darien.config.yaml'));
    expect(findConfig(dir)).toBe(join(dir, 'darien.config.yaml'));
  });

  it('takes the .yml name too', () => {
    const dir = folder({ 'darien.config.yml': 'registry: a\n' });
    expect(findConfig(dir)).toBe(join(dir, 'darien.config.yml'));
  });

  it('stops at the repository root (a .git folder or file), not reading a parent project\'s', () => {
    const dir = folder({ 'darien.config.yaml': 'registry: a\n', 'repo/.git/HEAD': '', 'repo/src/x.md': '', 'worktree/.git': 'gitdir: elsewhere\n' });
    expect(findConfig(join(dir, 'repo', 'src'))).toBeNull();
    expect(findConfig(join(dir, 'worktree'))).toBeNull();
  });

  it('reports two config files in one folder', () => {
    const dir = folder({ 'darien.config.yaml': '', 'darien.config.yml': '' });
    expect(() => findConfig(dir)).toThrow(/darien\.config\.yml:1:1: two config files in one folder/);
  });

  it('reads none with --no-config, and the named one with --config', () => {
    const dir = folder({ 'darien.config.yaml': 'registry: a\n', 'ci/strict.yaml': 'min_severity: info\n' });
    expect(configPath(false, dir)).toBeNull();
    expect(configPath(undefined, dir)).toBe(join(dir, 'darien.config.yaml'));
    expect(configPath('ci/strict.yaml', dir)).toBe('ci/strict.yaml');
    expect(loadConfig('ci/strict.yaml', { cwd: dir, checkIds: CHECK_IDS })).toMatchObject({ file: join(dir, 'ci', 'strict.yaml'), minSeverity: 'info', registry: undefined });
  });

  it('reports a --config file that is not there', () => {
    const dir = folder({});
    expect(() => loadConfig('nope.yaml', { cwd: dir, checkIds: CHECK_IDS })).toThrow(/^nope\.yaml:1:1: no such file$/);
  });
});
