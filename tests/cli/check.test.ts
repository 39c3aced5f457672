/**
 * `darien check` end to end on the bundled registry, through the built CLI: the conflicts the
 * registry really holds are reported, and the figures that only look alike are not.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { darien } from './run.js';
import { writeRegistry, header } from '../helpers/registry.js';

interface JsonFinding {
  check: string;
  severity: string;
  message: string;
  location: { file: string; line: number; column: number };
  claims: Array<{ id: string; period: string | null; source: { id: string } }>;
}

// --strict: the conflicts as the checks find them, the registry's verdicts set aside.
const run = darien(['check', '--strict', '--format', 'json', '--min-severity', 'info']);
const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
const ids = (f: JsonFinding) => f.claims.map((c) => c.id);
const involving = (...claimIds: string[]) => findings.filter((f) => f.severity !== 'info' && claimIds.every((id) => ids(f).includes(id)));

describe('darien check on the bundled registry', () => {
  it('exits 1 with --strict: the registry holds real conflicts', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('prints its JSON on one line when piped (indented only on a terminal)', () => {
    expect(run.stdout.trimEnd()).not.toContain('\n');
  });

  it("reports the memorandum signed 2024-07-01 (000, reference) against 2025-04-28 (001's \"on Monday\" on a page of 2025-04-29)", () => {
    const [finding, ...rest] = involving('001-memorandum-signed-monday', '000-memorandum-signed-july-1', 'ref-ap-memorandum-signed-monday');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ check: 'relative-date', severity: 'error' });
    expect(finding!.message).toContain('2025-04-29');
    expect(finding!.message).toContain('2025-04-28');
    expect(finding!.message).toContain('2024-07-01');
    expect(finding!.location.file).toBe('claims/sources/001-poinbank-us-panama-deportation-agreement.yaml');
  });

  it('reports 8,456 (004) against the reference months adding up to 8,964 for January–February 2022', () => {
    const [finding] = involving('004-crossings-jan-feb-2022', 'ref-efe-informatevzla-crossings-2022-01', 'ref-efe-informatevzla-crossings-2022-02');
    expect(finding).toMatchObject({ check: 'part-whole', severity: 'error' });
    expect(finding!.message).toContain('8,963 – 8,965');
    expect(finding!.location.file).toBe('claims/sources/004-epoch-times-blinken-panama-agreement.yaml');
  });

  const notConflicts: Array<[string, string[]]> = [
    ['"over half a million" in 2023 against 520,085', ['000-crossings-2023', 'ref-aljazeera-crossings-2023']],
    ['"over half a million" (001) in 2023 against 520,085', ['001-crossings-2023', 'ref-aljazeera-crossings-2023']],
    ['"nearly tripled" against 2,928 → 8,456', ['004-nearly-tripled']],
    ['"140 today" against the January–February 2022 totals', ['002-daily-today']],
    ['"99% reduction" against 302,203 → 3,091', ['ref-efe-2026-reduction-99-percent']],
    ["003's \"99% reduction\"", ['003-reduction-99-percent']],
    ['11,363 since July 1 against over 212,000 so far this year', ['000-crossings-since-july-1', '000-crossings-2024-so-far']],
  ];
  for (const [name, claimIds] of notConflicts) {
    it(`does not report ${name}`, () => {
      expect(involving(...claimIds).map((f) => `${f.check}: ${f.message}`)).toEqual([]);
    });
  }

  it('shows the "9,000 fewer" crossings and the "at least 9,000" returning migrants as a lookalike, at info', () => {
    const lookalike = findings.find((f) => f.check === 'figure-lookalike' && ids(f).includes('003-returning-migrants'));
    expect(lookalike?.severity).toBe('info');
    expect(ids(lookalike!)).toContain('000-fewer-than-last-year');
  });

  it('by default shows the conflicts settled, each with its rating and where the verdict is written, in at most 60 lines', () => {
    const brief = darien(['check']);
    expect(brief.status).toBe(0);
    const lines = brief.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    expect(lines.filter((l) => stringWidth(l) > 80)).toEqual([]);
    expect(lines.filter((l) => /^  settled \(was (?:error|warning)\): rated \w+, claims\/verdicts\.yaml:\d+:\d+$/.test(l))).toHaveLength(6);
    expect(brief.stdout).toContain('  settled (was error): rated inaccurate, claims/verdicts.yaml:');
  });

  it('prints every conflict, both figures and their sources, in at most 60 lines of 80 columns', () => {
    const brief = darien(['check', '--strict']);
    expect(brief.status).toBe(1);
    const lines = brief.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    expect(lines.filter((l) => stringWidth(l) > 80)).toEqual([]);
    expect(brief.stdout).not.toContain('\u001b[');
    expect(lines.slice(-2).map((line) => line.trim()).join(' ')).toMatch(/^5 errors, 1 warning, \d+ info in 83 claims from 19 sources in 21 files \(info checks not run/);
    expect(brief.stdout).toContain('claims/sources/001-poinbank-us-panama-deportation-agreement.yaml:26:13\nerror  relative-date\n');
    // Each conflict's figures, side by side with their periods and sources, one line each here.
    const rows = [
      /^  whole {2}8,456 {2}2022-01\/2022-02 {2}004 The Epoch Times$/,
      /^  part {3}4\.702 {2}2022-01 +ref-efe-informatevzla EFE$/,
      /^  disputed {4}An estimated 520,085 {2}2023 {2}ref-aljazeera-2025-01-03 Al Jazeera$/,
      /^  other side {2}511,103 +2023 {2}ref-efe-mulino-2025-01-02 EFE$/,
      /^  disputed {4}300,549 +2024 {2}ref-snm-2024-12-18 Servicio Nacional de$/,
      /^  other side {2}Some 302,203 {2}2024 {2}ref-aljazeera-2025-01-03 Al Jazeera$/,
      /^  other side {2}302\.203 +2024 {2}ref-efe-2026-01-01 EFE$/,
      /^  relative {6}Monday {2}2025-04-28 {2}001 Poinbank Exchange$/,
    ];
    for (const row of rows) expect(lines.some((l) => row.test(l)), String(row)).toBe(true);
  });

  it('--format table: the full tables, every line 80 columns but the locations', () => {
    const table = darien(['check', '--format', 'table', '--strict']);
    expect(table.status).toBe(1);
    const lines = table.stdout.trimEnd().split('\n');
    const located = /^claims\/sources\/[\w.-]+\.yaml:\d+:\d+$/;
    const boxed = lines.filter((l) => /^[┌│├└]/.test(l));
    expect(boxed.length).toBeGreaterThan(50);
    expect(boxed.filter((l) => stringWidth(l) !== 80)).toEqual([]);
    expect(lines.filter((l) => !located.test(l) && stringWidth(l) > 80)).toEqual([]);
    // Source ids are never broken where the column can hold them: they are what a reader greps for.
    expect(table.stdout).toContain('│ ref-ap-memorandum ');
    expect(table.stdout).toContain('│ ref-aljazeera-2025-01-03 ');
    expect(table.stdout).toContain('“On July 1, the day');
  });

  it('colour: FORCE_COLOR forces it even into a pipe, NO_COLOR and --no-color turn it off', () => {
    const ESC = '\u001b[';
    expect(darien(['check'], { env: { NO_COLOR: undefined } }).stdout, 'piped, nothing set').not.toContain(ESC);
    expect(darien(['check'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, 'FORCE_COLOR=1').toContain(ESC);
    // FORCE_COLOR wins over NO_COLOR, as in Node and chalk: it is the more deliberate of the two.
    expect(darien(['check'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout, 'both').toContain(ESC);
    expect(darien(['check'], { env: { NO_COLOR: undefined, FORCE_COLOR: '0' } }).stdout, 'FORCE_COLOR=0').not.toContain(ESC);
    expect(darien(['check', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, '--no-color').not.toContain(ESC);
    expect(darien(['check', '--format', 'table'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, 'table').toContain(ESC);
  });
});

interface SettledFinding extends JsonFinding {
  settled?: { severity: string; verdict: { claim: string; rating: string; date: string; location: { file: string; line: number } } };
}

describe('darien check on the bundled registry, its verdicts applied', () => {
  const settledRun = darien(['check', '--format', 'json']);
  const report = JSON.parse(settledRun.stdout) as { summary: { errors: number; warnings: number; settled: number }; findings: SettledFinding[] };

  it('exits 0: each conflict has a verdict', () => {
    expect(settledRun.status).toBe(0);
    expect(settledRun.stderr).toBe('');
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, settled: 6 });
  });

  // [check, the rated claim, its rating, the severity the check gave]
  const settled: Array<[string, string, string, string]> = [
    ['relative-date', '001-memorandum-signed-monday', 'outdated', 'error'],
    ['relative-date', '001-mulino-inauguration-monday', 'outdated', 'error'],
    ['part-whole', '004-crossings-jan-feb-2022', 'inaccurate', 'error'],
    ['figure-conflict', 'ref-efe-mulino-crossings-2023', 'unsupported', 'error'],
    ['figure-conflict', 'ref-snm-crossings-2024', 'outdated', 'error'],
    ['page-date', 'ref-snm-crossings-2024', 'outdated', 'warning'],
  ];
  it.each(settled)('shows the %s finding on %s settled as info: %s (was %s)', (check, claim, rating, severity) => {
    const finding = report.findings.find((f) => f.check === check && f.settled?.verdict.claim === claim);
    expect(finding).toMatchObject({ severity: 'info', settled: { severity, verdict: { rating, date: '2026-12-03' } } });
    expect(finding!.claims.map((c) => c.id)).toContain(claim);
    expect(finding!.settled!.verdict.location.file).toBe('claims/verdicts.yaml');
  });

  it('shows nothing but the settled findings (no stale verdict)', () => {
    expect(report.findings.filter((f) => !f.settled).map((f) => `${f.check}: ${f.message}`)).toEqual([]);
  });

  it('prints each settled finding with its verdict, and the count in the summary line', () => {
    const table = darien(['check', '--format', 'table']);
    expect(table.status).toBe(0);
    const located = /^claims\/sources\/[\w.-]+\.yaml:\d+:\d+$/;
    expect(table.stdout.trimEnd().split('\n').filter((l) => !located.test(l) && [...l].length > 80)).toEqual([]);
    expect(table.stdout).toContain('claims/sources/004-epoch-times-blinken-panama-agreement.yaml:130:12\ninfo  part-whole\n');
    expect(table.stdout).toMatch(/settled \(was error\): 004-crossings-jan-feb-2022 "8,456" rated inaccurate by\s+darien registry editors on 2026-12-03 \(claims\/verdicts\.yaml:\d+:\d+\)/);
    const summary = table.stdout.trimEnd().split('\n').slice(-2).map((line) => line.trim()).join(' ');
    expect(summary).toMatch(/^0 errors, 0 warnings, 6 info in 83 claims from 19 sources in 21 files \(6 settled by verdicts;/);
  });
});

describe('darien check on bad input', () => {
  it('exits 2 with one located line per problem and no stack trace', () => {
    const dir = writeRegistry({
      'a.yaml': `${header('a')}  - id: a1\n    quote: "x"\n    figure: "1"\n    value: one\n    metric: nope\n    period: 2024-02-30\n    period_words: "x"\n    attribution: []\n`,
      'b.yaml': '',
    });
    const result = darien(['check', dir], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'a.yaml:6:12: claims[0].value: must be a number, got "one"',
      'a.yaml:7:13: unknown metric "nope": not in the metric catalogue',
      'a.yaml:8:13: claims[0].period: "2024-02-30" is not a date: 2024-02 has 29 days',
      'b.yaml:1:1: the file is empty, as a failed `darien extract … > FILE` leaves one: delete it, or write it with `darien extract … --output FILE --force`; a registry file holds `metrics:` or `source:` and `claims:`',
      'darien: 4 problems; nothing was checked',
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown format, with one line', () => {
    const result = darien(['check', '--format', 'xml']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports every bad option at once, each on its own line', () => {
    const result = darien(['check', '--format', 'xml', '--min-severity', 'loud', '--check', 'figure-conflcit']);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'darien: unknown format "xml" (expected brief, table, line, json)',
      'darien: unknown severity "loud" (expected error, warning, info)',
      'darien: unknown check "figure-conflcit" (did you mean "figure-conflict"?) (see docs/checks/)',
    ]);
  });

  it('exits 2 on a path that does not exist', () => {
    const result = darien(['check', 'no-such-folder']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no-such-folder:1:1: no such file or folder');
  });
});
