/**
 * What is typed wins over the config file, which wins over darien's defaults: the merge as a
 * table, then as a user meets it through `darien check` and `darien lint`.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSettings, type Typed } from '../../src/config/apply.js';
import type { Config } from '../../src/config/load.js';
import { darien, ROOT } from '../cli/run.js';

const CONFIG: Config = {
  file: '/news/desk/darien.config.yaml',
  registry: '../claims',
  date: '2024-07-17',
  minSeverity: 'info',
  checks: new Map([['single-source', 'off'], ['page-date', 'error']]),
  ignore: ['drafts/old/**'],
};

describe('merging the command line, the config and the defaults', () => {
  it.each<[string, Typed, Config | null, Record<string, unknown>]>([
    ['defaults alone', {}, null, { registry: 'claims', minSeverity: 'warning', date: undefined }],
    ['the config over the defaults; its registry relative to its folder', {}, CONFIG, { registry: '/news/claims', minSeverity: 'info', date: '2024-07-17' }],
    ['the command line over the config', { registry: 'other', minSeverity: 'error', date: '2025-01-01' }, CONFIG, { registry: 'other', minSeverity: 'error', date: '2025-01-01' }],
    ['one typed option over the config, the rest from it', { minSeverity: 'warning' }, CONFIG, { registry: '/news/claims', minSeverity: 'warning', date: '2024-07-17' }],
  ])('%s', (_name, typed, config, expected) => {
    expect(mergeSettings(typed, config, '/work')).toMatchObject(expected);
  });

  it('keeps the config\'s check severities, and runs a check named with --check even where the config turns it off', () => {
    expect([...mergeSettings({}, CONFIG, '/work').severities]).toEqual([['single-source', 'off'], ['page-date', 'error']]);
    expect([...mergeSettings({ checks: ['single-source'] }, CONFIG, '/work').severities]).toEqual([['page-date', 'error']]);
  });

  it('takes ignore globs relative to the config\'s folder, or the working directory without one', () => {
    expect(mergeSettings({}, CONFIG, '/work').ignore).toEqual({ globs: ['drafts/old/**'], base: '/news/desk' });
    expect(mergeSettings({}, null, '/work').ignore).toEqual({ globs: [], base: '/work' });
  });
});

/** A newsroom's project: the bundled registry under data/, a config at the top, a drafts folder. */
function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'darien-project-'));
  mkdirSync(join(dir, '.git'));
  cpSync(join(ROOT, 'claims'), join(dir, 'data', 'claims'), { recursive: true });
  writeFileSync(join(dir, 'darien.config.yaml'), config);
  mkdirSync(join(dir, 'desk', 'drafts'), { recursive: true });
  return dir;
}

const summary = (stdout: string) => (JSON.parse(stdout) as { summary: { errors: number; warnings: number; infos: number; files: number; skippedChecks: string[] }; minSeverity: string });

describe('darien check with a config file', () => {
  it('takes the registry from the config, relative to the config\'s folder, from a folder below it', () => {
    const dir = project('registry: data/claims\n');
    const run = darien(['check', '--format', 'json'], { cwd: join(dir, 'desk', 'drafts') });
    expect(run.stderr).toBe('');
    expect(summary(run.stdout).summary.files).toBe(21);
  });

  it('takes min_severity from the config until --min-severity is typed', () => {
    const dir = project('registry: data/claims\nmin_severity: error\n');
    expect(summary(darien(['check', '--format', 'json'], { cwd: dir }).stdout).minSeverity).toBe('error');
    expect(summary(darien(['check', '--format', 'json', '--min-severity', 'info'], { cwd: dir }).stdout).minSeverity).toBe('info');
  });

  it('turns a check off and re-ranks another; --no-config and --config FILE choose the file', () => {
    const dir = project('registry: data/claims\nchecks:\n  relative-date: off\n  page-date: error\n');
    writeFileSync(join(dir, 'lenient.yaml'), 'registry: data/claims\nmin_severity: error\nchecks:\n  figure-conflict: warning\n');
    // --strict: the registry's verdicts set aside, so its conflicts count as found.
    const configured = summary(darien(['check', '--format', 'json', '--strict'], { cwd: dir }).stdout);
    const noneRun = darien(['check', 'data/claims', '--format', 'json', '--no-config', '--strict'], { cwd: dir });
    const none = summary(noneRun.stdout);
    const lenient = summary(darien(['check', '--format', 'json', '--strict', '--config', 'lenient.yaml'], { cwd: dir }).stdout);
    const errorsOf = (check: string) => (JSON.parse(noneRun.stdout) as { findings: Array<{ check: string; severity: string }> }).findings.filter((f) => f.check === check && f.severity === 'error').length;
    // The bundled registry: 5 errors, 2 of them relative-date, and 1 page-date warning.
    expect(none.summary).toMatchObject({ errors: 5, warnings: 1 });
    expect(errorsOf('relative-date')).toBe(2);
    expect(configured.summary).toMatchObject({ errors: 4, warnings: 0 });
    // Turned off is the config's choice, not a check skipped for the floor: the summary does not
    // tell the reader that --min-severity would run it.
    expect(configured.summary.skippedChecks).not.toContain('relative-date');
    // figure-conflict made a warning, under a floor of error: like any check nobody would see, not run.
    expect(errorsOf('figure-conflict')).toBeGreaterThan(0);
    expect(lenient.summary).toMatchObject({ errors: 5 - errorsOf('figure-conflict'), warnings: 0 });
    expect(lenient.summary.skippedChecks).toContain('figure-conflict');
  });

  it('skips the files the config ignores when it walks the registry', () => {
    // The verdicts weigh reference claims too: ignored with them.
    const dir = project('registry: data/claims\nignore: ["data/claims/sources/ref-*.yaml", "data/claims/verdicts.yaml"]\n');
    const run = darien(['check', '--format', 'json', '--min-severity', 'info'], { cwd: dir });
    expect(summary(run.stdout).summary.files).toBe(6);
  });

  it('reports a bad config with the options\' problems in one run, exit 2', () => {
    const dir = project('registry: data/claims\nmin_severty: info\n');
    const run = darien(['check', '--format', 'xml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual(['darien.config.yaml:2:1: min_severty: unknown field (did you mean "min_severity"?)', 'darien: unknown format "xml" (expected brief, table, line, json)']);
  });
});

describe('darien lint with a config file', () => {
  it('takes the drafts\' date and the registry from the config; --date wins over it', () => {
    const dir = project('registry: data/claims\ndate: 2025-01-10\n');
    writeFileSync(join(dir, 'desk', 'drafts', 'a.md'), 'Last year, 302,203 migrants crossed the Darién Gap.\n');
    const withConfig = darien(['lint', 'desk/drafts', '--format', 'json'], { cwd: dir });
    expect(withConfig.stderr).toBe('');
    // "last year" against 2025-01-10 is 2024, whose 302,203 the registry holds: no finding.
    expect(JSON.parse(withConfig.stdout).findings).toEqual([]);
    const typed = darien(['lint', 'desk/drafts', '--format', 'json', '--date', '2026-01-10'], { cwd: dir });
    expect(JSON.parse(typed.stdout).findings.map((f: { check: string }) => f.check)).toContain('figure-conflict');
  });

  it("passes over the drafts the config ignores, and reads one named on the command line", () => {
    const dir = project('registry: data/claims\ndate: 2025-01-10\nignore: ["*.wip.md"]\n');
    writeFileSync(join(dir, 'desk', 'drafts', 'a.md'), 'Last year, 302,203 migrants crossed the Darién Gap.\n');
    writeFileSync(join(dir, 'desk', 'drafts', 'b.wip.md'), 'Last year, 999,999 migrants crossed the Darién Gap.\n');
    const walked = darien(['lint', 'desk/drafts', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(walked.stdout).findings).toEqual([]);
    const named = darien(['lint', 'desk/drafts/b.wip.md', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(named.stdout).findings.map((f: { location: { file: string } }) => f.location.file)).toContain('desk/drafts/b.wip.md');
  });
});

describe('every command that reads the registry takes it from the config', () => {
  // Run from a folder below the config, where no claims/ is: each finds data/claims through it.
  const dir = project('registry: data/claims\norganisation: Example Fact Check\nbase_url: https://example.org/checks\n');
  const cwd = join(dir, 'desk');
  it.each<[string, string[], RegExp]>([
    ['sources', ['sources', '8,456'], /004 \(article\)/],
    ['claims', ['claims', '--metric', 'darien-crossings', '--format', 'json'], /"004-crossings-jan-feb-2022"/],
    ['timeline', ['timeline', 'darien-crossings'], /darien timeline darien-crossings/],
    ['export', ['export', 'claimreview'], /"name": "Example Fact Check"/],
    ['extract', ['extract', '../data/claims/archive/003_818fbcab8a38a81a.txt', '--published', '2025-05-22'], /metric: us-darien-donation-value/],
  ])('%s', (_name, args, expected) => {
    const run = darien(args, { cwd });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(expected);
  });

  it('import reads the metric catalogue of the config\'s registry', () => {
    writeFileSync(join(dir, 'data', 'claims', 'archive', 'series.csv'), 'period,value\n2021-01,"1,071"\n2021-02,"1,857"\n');
    const run = darien(['import', '../data/claims/archive/series.csv', '--metric', 'darien-crossings', '--source-id', 'ref-series', '--outlet', 'SNM', '--page-date', '2021-03'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('metric: darien-crossings');
  });

  it('what is typed wins: --registry, and --organisation and --base-url over the config\'s', () => {
    expect(darien(['claims', '--registry', 'nowhere'], { cwd }).stderr).toMatch(/^nowhere:1:1: no such file or folder/);
    const typed = darien(['export', 'claimreview', '--organisation', 'Typed Desk', '--base-url', 'https://typed.example/'], { cwd });
    expect(typed.stdout).toContain('"name": "Typed Desk"');
    expect(typed.stdout).toContain('"url": "https://typed.example/#004-crossings-jan-feb-2022"');
  });

  it("reports a bad config before reading a registry it may have named wrong, exit 2", () => {
    const bad = project('registry: data/claims\norganisation: ""\n');
    const run = darien(['sources', '8,456'], { cwd: join(bad, 'desk') });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([`${join(bad, 'darien.config.yaml')}:2:15: organisation: must not be empty`, 'darien: 1 problem; nothing was checked']);
  });
});

describe('darien check FILE, as a user runs it', () => {
  it("checks one bundled source against the whole registry and reports only that file's findings", () => {
    const file = 'claims/sources/ref-snm-2024-12-18-crossings-2024.yaml';
    const whole = JSON.parse(darien(['check', '--format', 'json']).stdout) as { findings: Array<{ claims: Array<{ location: { file: string } }> }> };
    const one = JSON.parse(darien(['check', file, '--format', 'json']).stdout) as typeof whole;
    const involves = (finding: (typeof whole.findings)[number]) => finding.claims.some((claim) => claim.location.file === file);
    expect(one.findings.length).toBeGreaterThan(0);
    expect(one.findings.every(involves)).toBe(true);
    expect(one.findings).toEqual(whole.findings.filter(involves));
    expect(whole.findings.length).toBeGreaterThan(one.findings.length);
  });
});
