/** `darien lint` and `darien extract` end to end: the built CLI, as CI runs it. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateSarif } from '../helpers/sarif.js';
import { darien, ROOT } from './run.js';

const WRONG = 'tests/fixtures/drafts/wrong.md';
const RESTATED = 'tests/fixtures/drafts/restated.md';
const WARNING_ONLY = '---\ndate: 2025-06-30\n---\nIn all of 2025, 3,091 migrants crossed the Darién Gap.\n';

describe('darien lint: exit codes', () => {
  it('0 for a draft that restates the registry correctly', () => {
    const run = darien(['lint', RESTATED]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^0 errors, 0 warnings/m);
  });

  it('1 for a draft with wrong figures, each located at the figure', () => {
    const run = darien(['lint', WRONG, '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings[0]).toMatchObject({ check: 'figure-conflict', severity: 'error', location: { file: WRONG, line: 8, column: 15 }, figure: '12,363' });
    expect(report.findings[0].claims[1].citation).toMatch(/Associated Press|unknown outlet/);
  });

  it('2 for a misspelt --check, with the nearest id, as check says it', () => {
    const run = darien(['lint', 'tests/fixtures/drafts/wrong.md', '--check', 'figure-conflcit']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^darien: unknown check "figure-conflcit" \(did you mean "figure-conflict"\?\) \(lint runs figure-conflict, /);
  });

  it('1 when warnings exceed --max-warnings, 0 within it', () => {
    expect(darien(['lint', '-'], { input: WARNING_ONLY }).status).toBe(0);
    expect(darien(['lint', '-', '--max-warnings', '0'], { input: WARNING_ONLY }).status).toBe(1);
    expect(darien(['lint', '-', '--max-warnings', '1'], { input: WARNING_ONLY }).status).toBe(0);
    expect(darien(['lint', '-', '--min-severity', 'error', '--max-warnings', '0'], { input: WARNING_ONLY }).status).toBe(0);
  });

  it('2 for what it cannot run on, one line per problem and no stack trace', () => {
    const missing = darien(['lint', 'no/such.md', WRONG]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('no/such.md:1:1: no such file or folder\ndarien: 1 problem; nothing was checked\n');
    // An empty path (a script's unset variable) is a problem, not the folder darien runs in.
    const empty = darien(['lint', '', WRONG]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toBe('./"":1:1: an empty path names no file or folder\ndarien: 1 problem; nothing was checked\n');
    for (const args of [
      ['lint', WRONG, '--date', '17/07/2024'],
      ['lint', WRONG, '--date', '2024-02-30'],
      ['lint', WRONG, '--format', 'xml'],
      ['lint', WRONG, '--max-warnings', 'many'],
      ['lint', WRONG, '--min-severity', 'loud'],
      ['lint', WRONG, '--check', 'no-such-check'],
    ]) {
      const run = darien(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^darien: .+\n$/);
      expect(run.stdout).toBe('');
    }
    const badDate = darien(['lint', '-', '--stdin-filename', 'drafts/x.md'], { input: '---\ndate: tomorrow\n---\nText.\n' });
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('drafts/x.md:2:7: date: "tomorrow" is not a date');
    expect(badDate.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a binary draft or article, one located line, as check does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'darien-binary-'));
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0x49, 0x6e, 0x20, 0x32, 0x30, 0x32, 0x33, 0x00, 0xff, 0x31]));
    const lint = darien(['lint', join(dir, 'bin.md')]);
    expect(lint.status).toBe(2);
    expect(lint.stderr).toContain('bin.md:1:1: binary file (a NUL byte at offset 7)');
    const extract = darien(['extract', join(dir, 'bin.md'), '--published', '2024-01-01']);
    expect(extract.status).toBe(2);
    expect(extract.stdout).toBe('');
    expect(extract.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on an ignore comment naming a check that does not exist, at the comment', () => {
    const input = 'Last year, 600,000 migrants crossed the Darién Gap. <!-- darien-ignore figure-confict -->\n';
    const run = darien(['lint', '-', '--date', '2024-07-17'], { input });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('<stdin>:1:53: darien-ignore names no check "figure-confict" (did you mean figure-conflict?)');
  });

  it('reads folders for drafts', () => {
    // --date is the date of the one draft without front matter (plain.txt).
    const run = darien(['lint', 'tests/fixtures/drafts', '--format', 'json', '--date', '2022-02-28']);
    expect(run.status).toBe(1);
    const files = new Set(JSON.parse(run.stdout).findings.map((f: { location: { file: string } }) => f.location.file));
    // Exactly the fixtures with a marker on some line (fixtures.test.ts checks which lines).
    const folder = join(ROOT, 'tests/fixtures/drafts');
    const marked = readdirSync(folder)
      .filter((name) => /\.(?:md|txt)$/.test(name) && /<!--\s*expect:|\{[a-z-]+(?:@\d+)?(?:,\s*[a-z-]+(?:@\d+)?)*\}\s*$/m.test(readFileSync(join(folder, name), 'utf8')))
      .map((name) => `tests/fixtures/drafts/${name}`);
    expect(marked.length).toBeGreaterThanOrEqual(7);
    expect([...files].sort()).toEqual(marked.sort());
  });
});

describe('darien lint: every problem of the run, none hiding another', () => {
  // multi/ holds two drafts with bad dates, one of them with a misspelt ignore comment too.
  function drafts(): string {
    const cwd = mkdtempSync(join(tmpdir(), 'darien-problems-'));
    mkdirSync(join(cwd, 'multi'));
    writeFileSync(join(cwd, 'multi', 'a.md'), '---\ndate: 2024-02-30\n---\nText.\n');
    writeFileSync(join(cwd, 'multi', 'b.md'), '---\ndate: soon\n---\nIn 2022, 260,000 migrants crossed the Darién Gap. <!-- darien-ignore figure-conflcit -->\n');
    return cwd;
  }
  const DRAFT_PROBLEMS = [
    'multi/a.md:2:7: date: "2024-02-30" is not a date (expected YYYY-MM-DD)',
    'multi/b.md:2:7: date: "soon" is not a date (expected YYYY-MM-DD)',
    'multi/b.md:4:51: darien-ignore names no check "figure-conflcit" (did you mean figure-conflict?)',
  ];

  it('a missing file does not hide the drafts\' problems, nor a bad date the ignore comment', () => {
    const cwd = drafts();
    const run = darien(['lint', 'multi', 'nosuch.md', '--registry', join(ROOT, 'claims')], { cwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([...DRAFT_PROBLEMS, 'nosuch.md:1:1: no such file or folder', 'darien: 4 problems; nothing was checked', '']);
  });

  it('a registry that does not load does not hide the drafts\' problems, all sorted together', () => {
    const cwd = drafts();
    mkdirSync(join(cwd, 'reg'));
    writeFileSync(join(cwd, 'reg', 'metrics.yaml'), 'metrics: [\n');
    const run = darien(['lint', 'multi', '--registry', 'reg'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([...DRAFT_PROBLEMS, expect.stringMatching(/^reg\/metrics\.yaml:2:1: invalid YAML: /), 'darien: 4 problems; nothing was checked', '']);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('github: a job summary that cannot be written is one located line and exit 2, after the findings', () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'darien-summary-')), 'no-such-folder', 'summary.md');
    const run = darien(['lint', WRONG, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error file=tests\/fixtures\/drafts\/wrong\.md,line=8,col=15,/);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^darien: \d+ errors, 1 warning/);
    expect(run.stderr).toBe(`darien: cannot write the job summary to ${summary}: no such file or directory (ENOENT)\n`);
  });
});

describe('darien lint: standard input', () => {
  it('reads - with --date, named <stdin> or --stdin-filename', () => {
    const text = 'Last year, 600,000 migrants crossed the Darién Gap.\n';
    const run = darien(['lint', '-', '--date', '2024-07-17', '--format', 'json'], { input: text });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).findings[0].location).toEqual({ file: '<stdin>', line: 1, column: 12, end: { line: 1, column: 19 } });
    const named = darien(['lint', '-', '--date', '2024-07-17', '--format', 'json', '--stdin-filename', 'drafts/today.md'], { input: text });
    expect(JSON.parse(named.stdout).findings[0].location.file).toBe('drafts/today.md');
  });
});

describe('darien lint: formats', () => {
  it('table: planted escape sequences reach the terminal only as visible text', () => {
    const input = 'In 2022, 260,000 migrants crossed the Darién Gap \u001b]0;pwned\u0007 \u001b[2J\u001b[31m.\n';
    const run = darien(['lint', '-', '--date', '2024-07-17', '--format', 'table'], { input });
    expect(run.status).toBe(1);
    for (const format of ['brief', 'line']) expect(darien(['lint', '-', '--date', '2024-07-17', '--format', format], { input }).stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    // Only 260,000 is a figure: the digits inside the escape sequences are not read as claims.
    const json = JSON.parse(darien(['lint', '-', '--date', '2024-07-17', '--format', 'json'], { input }).stdout) as { findings: Array<{ figure: string }> };
    expect(new Set(json.findings.map((f) => f.figure))).toEqual(new Set(['260,000']));
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stdout).toContain('\\e]0;pwned');
  });

  it('github: commands, a totals line, and the step summary appended', () => {
    const dir = mkdtempSync(join(tmpdir(), 'darien-summary-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# before\n');
    const run = darien(['lint', WRONG, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::error file=tests\/fixtures\/drafts\/wrong\.md,line=8,col=15,/);
    expect(lines.at(-1)).toMatch(/^darien: \d+ errors, 1 warning/);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# before\n### darien')).toBe(true);
    expect(written).toContain('| error | tests/fixtures/drafts/wrong.md:8:15 | figure-conflict | 12,363 |');
  });

  it('sarif: a SARIF 2.1.0 log with rules and results, valid against the schema as printed', () => {
    const run = darien(['lint', WRONG, '--format', 'sarif']);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(5);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: WRONG, uriBaseId: '%SRCROOT%' });
  });

  it('sarif: the same URIs and fingerprints given relatively, absolutely and from another directory, and help for every rule', () => {
    const logs = [
      darien(['lint', WRONG, '--format', 'sarif']),
      darien(['lint', join(ROOT, WRONG), '--format', 'sarif', '--registry', join(ROOT, 'claims')], { cwd: tmpdir() }),
      darien(['lint', 'wrong.md', '--format', 'sarif', '--registry', '../../../claims'], { cwd: join(ROOT, 'tests/fixtures/drafts') }),
    ].map((run) => {
      expect(run.status, run.stderr).toBe(1);
      return JSON.parse(run.stdout);
    });
    const located = (log: any) => log.runs[0].results.map((r: any) => [r.locations[0].physicalLocation.artifactLocation, r.partialFingerprints]);
    expect(located(logs[0]).length).toBeGreaterThan(0);
    for (const log of logs) {
      expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
      expect(located(log)).toEqual(located(logs[0]));
    }
    // Run from outside the repository, the root is still the draft's repository.
    for (const log of logs) expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(ROOT).href}/`);
    // Each rule's page: an absolute URI that names a page that is there.
    for (const rule of logs[0].runs[0].tool.driver.rules) {
      expect(rule.helpUri, rule.id).toMatch(/^(https|file):\/\//);
      if (rule.helpUri.startsWith('file:')) expect(existsSync(fileURLToPath(rule.helpUri.replace(/#.*/, ''))), rule.helpUri).toBe(true);
    }
  });

  it('github: files named from $GITHUB_WORKSPACE under a job’s working-directory', () => {
    const run = darien(['lint', 'wrong.md', '--format', 'github', '--registry', '../../../claims'], { cwd: join(ROOT, 'tests/fixtures/drafts'), env: { GITHUB_WORKSPACE: ROOT } });
    expect(run.status).toBe(1);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.every((line) => line.includes(`file=${WRONG},`))).toBe(true);
    const plain = darien(['lint', 'wrong.md', '--format', 'github', '--registry', '../../../claims'], { cwd: join(ROOT, 'tests/fixtures/drafts'), env: { GITHUB_WORKSPACE: undefined } });
    expect(plain.stdout).toContain('::error file=wrong.md,');
  });
});

describe('darien extract', () => {
  it('prints registry YAML for an archived article', () => {
    const run = darien(['extract', 'claims/archive/000_c5ab9dee338d6376.txt', '--published', '2024-07-17']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const data = parse(run.stdout);
    expect(data.source).toMatchObject({ id: '000', page_date: '2024-07-17', text: '../archive/000_c5ab9dee338d6376.txt' });
    expect(data.claims.length).toBe(14);
    expect(data.claims[0]).toMatchObject({ figure: '11,363', value: 11363, unit: 'people', metric: 'darien-crossings', period: '2024-07-01/2024-07-17', period_words: 'since July 1' });
    expect(run.stdout).toContain('figure: "Over half a million" # hedge "Over" (over): 500,000 – 550,000');
  });

  it('needs --published as a date, and an article that exists', () => {
    expect(darien(['extract', 'claims/archive/000_c5ab9dee338d6376.txt']).status).toBe(2);
    const bad = darien(['extract', 'claims/archive/000_c5ab9dee338d6376.txt', '--published', '2024-7-1']);
    expect([bad.status, bad.stderr]).toEqual([2, 'darien: --published must be YYYY-MM-DD, not "2024-7-1"\n']);
    expect(darien(['extract', 'nope.txt', '--published', '2024-07-01']).stderr).toBe('darien: nope.txt: no such file\n');
  });
});

describe('darien lint: a Spanish draft', () => {
  const SPANISH = 'tests/fixtures/drafts/es-darien.md';
  const located = (stdout: string): string[] => JSON.parse(stdout).findings.map((f: { location: { line: number; column: number }; check: string }) => `${f.location.line}:${f.location.column} ${f.check}`);

  it('is read as Spanish from its front matter: the wrong figures, located, and nothing else', () => {
    const run = darien(['lint', SPANISH, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(located(run.stdout)).toEqual(['10:31 figure-conflict', '14:28 figure-conflict', '15:38 rate-total', '17:49 comparison']);
  });

  it('--language en overrides it: "248.284" is then 248.284, a count with a fraction, and its line goes unchecked', () => {
    const run = darien(['lint', SPANISH, '--format', 'json', '--language', 'en', '--min-severity', 'info']);
    expect(run.stderr).toBe('');
    expect(located(run.stdout)).toContain('9:10 unchecked');
    expect(located(run.stdout)).not.toContain('9:10 figure-conflict');
  });
});
