/**
 * `darien import` as a user runs it: a source file written whole or not at all, never over an
 * existing one without --force, every problem of the CSV and the options in one run (exit 2).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { darien, ROOT } from './run.js';

/** A registry of its own: the bundled catalogue, an archive folder and a sources folder. */
function registry(csv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'darien-import-'));
  mkdirSync(join(dir, 'claims', 'archive'), { recursive: true });
  mkdirSync(join(dir, 'claims', 'sources'));
  copyFileSync(join(ROOT, 'claims', 'metrics.yaml'), join(dir, 'claims', 'metrics.yaml'));
  writeFileSync(join(dir, 'claims', 'archive', 'snm.csv'), csv);
  return dir;
}

const ARGS = ['import', 'claims/archive/snm.csv', '--metric', 'darien-crossings', '--source-id', 'ref-snm-years', '--outlet', 'SNM', '--page-date', '2026-01'];
const OUTPUT = ['--output', 'claims/sources/ref-snm-years.yaml'];
const YEARS = 'period,value\n2015,"29,289"\n2016,"30,055"\nTotal,"59,344"\n';

describe('darien import', () => {
  it('writes a source file that darien check accepts: every quote in the CSV, every figure its value', () => {
    const dir = registry(YEARS);
    const run = darien([...ARGS, ...OUTPUT], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('darien: wrote claims/sources/ref-snm-years.yaml: 3 claims from claims/archive/snm.csv\n');
    const written = readFileSync(join(dir, 'claims', 'sources', 'ref-snm-years.yaml'), 'utf8');
    expect(written).toContain('text: ../archive/snm.csv\n');
    expect(written).toContain('  - id: "ref-snm-years-2015"\n    quote: "2015,\\"29,289\\""\n    figure: "29,289"\n    value: 29289\n');
    expect(written).toContain('  - id: "ref-snm-years-total"\n');
    const check = darien(['check', 'claims', '--format', 'json', '--min-severity', 'warning'], { cwd: dir });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).summary).toMatchObject({ errors: 0, warnings: 0, claims: 3 });
  });

  it('without --output, prints the YAML and writes nothing', () => {
    const dir = registry(YEARS);
    const run = darien(ARGS, { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# yaml-language-server: \$schema=\S+\n# darien import: 3 rows of snm\.csv/);
    expect(readdirSync(join(dir, 'claims', 'sources'))).toEqual([]);
  });

  it('refuses to replace a file without --force, and leaves it as it was', () => {
    const dir = registry(YEARS);
    // Outside the registry, so that it is not read as a (broken) registry file first.
    const target = join(dir, 'ref-snm-years.yaml');
    writeFileSync(target, 'kept\n');
    const run = darien([...ARGS, '--output', 'ref-snm-years.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('darien: ref-snm-years.yaml exists: pass --force to replace it (claim notes are kept)\n');
    expect(readFileSync(target, 'utf8')).toBe('kept\n');
  });

  it('with --force, replaces it and keeps the notes a fact-checker added to its claims', () => {
    const dir = registry(YEARS);
    expect(darien([...ARGS, ...OUTPUT], { cwd: dir }).status).toBe(0);
    const target = join(dir, 'claims', 'sources', 'ref-snm-years.yaml');
    const noted = readFileSync(target, 'utf8').replace('    attribution: [SNM]\n\n  - id: "ref-snm-years-2016"', '    attribution: [SNM]\n    note: "checked against the SNM PDF"\n\n  - id: "ref-snm-years-2016"');
    writeFileSync(target, noted);
    writeFileSync(join(dir, 'claims', 'archive', 'snm.csv'), `${YEARS}`.replace('Total,"59,344"\n', '2017,"6,780"\nTotal,"66,124"\n'));
    const run = darien([...ARGS, ...OUTPUT, '--force'], { cwd: dir });
    expect(run.status).toBe(0);
    const written = readFileSync(target, 'utf8');
    expect(written).toContain('    note: "checked against the SNM PDF"\n');
    expect(written).toContain('  - id: "ref-snm-years-2017"\n');
    expect(readdirSync(join(dir, 'claims', 'sources'))).toEqual(['ref-snm-years.yaml']);
  });

  it('a series with problems: each at its file:line:column, exit 2, no file written', () => {
    const dir = registry('period,value\n2015,"29,289"\n2015,"30,055"\n2018,n/a\nTotal,"1,000"\n');
    const run = darien([...ARGS, ...OUTPUT], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'claims/archive/snm.csv:3:1: 2015 again: already on line 2',
      // 2018's figure cannot be read, but its row is there: the years before it are missing.
      'claims/archive/snm.csv:4:1: gap before 2018: no row for 2016 to 2017 (the year before is 2015, line 2); pass --allow-gaps if the table leaves them out',
      'claims/archive/snm.csv:4:6: value: "n/a" is not a number (write it as 1,071 or 1071.5; --language en)',
      'darien: 3 problems; nothing was checked',
    ]);
    expect(existsSync(join(dir, 'claims', 'sources', 'ref-snm-years.yaml'))).toBe(false);
  });

  it('bad options are reported together, each on its own line', () => {
    const dir = registry(YEARS);
    const run = darien(['import', 'claims/archive/snm.csv', '--metric', 'nope', '--source-id', 'a b', '--language', 'fr', '--page-date', '1/2/2020'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'darien: --outlet is required',
      'darien: --source-id must be letters, digits, ".", "_" and "-", not "a b"',
      'darien: --language must be en or es, not "fr"',
      'darien: --page-date must be YYYY, YYYY-MM or YYYY-MM-DD, not "1/2/2020"',
      'darien: --metric: unknown metric "nope": not in the metric catalogue',
    ]);
  });

  it('a misspelt metric gets the catalogue\'s nearest', () => {
    const dir = registry(YEARS);
    const run = darien([...ARGS.slice(0, 2), '--metric', 'darien-crossngs', ...ARGS.slice(4)], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('darien: --metric: unknown metric "darien-crossngs": not in the metric catalogue (did you mean "darien-crossings"?)\n');
  });

  it('a CSV outside the registry is refused: darien check could not read it as the source\'s text', () => {
    const dir = registry(YEARS);
    writeFileSync(join(dir, 'outside.csv'), YEARS);
    const run = darien([...ARGS.slice(0, 1), 'outside.csv', ...ARGS.slice(2)], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('darien: outside.csv must be archived inside the registry (claims), e.g. claims/archive/outside.csv: it is the source\'s text, which darien check reads\n');
  });

  it('a CSV that is not there is said to be missing, not to be outside the registry', () => {
    const dir = registry(YEARS);
    const run = darien([...ARGS.slice(0, 1), join('claims', 'archive', 'missing.csv'), ...ARGS.slice(2)], { cwd: dir });
    expect([run.status, run.stderr]).toEqual([2, `darien: ${join('claims', 'archive', 'missing.csv')}: no such file\n`]);
  });

  it('a thousands separator left unquoted: the row is reported at its extra cell, nothing written', () => {
    const dir = registry('period,value\n2021,6465\n2022,248,284\n');
    const run = darien([...ARGS, '--output', 'claims/sources/new.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/:3:10: the row has 3 cells, the header 2: a figure written with a thousands separator must be quoted/);
    expect(existsSync(join(dir, 'claims', 'sources', 'new.yaml'))).toBe(false);
  });

  it('a folder that is not there: one line, exit 2, nothing written', () => {
    const dir = registry(YEARS);
    const run = darien([...ARGS, '--output', 'claims/nowhere/x.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('darien: cannot write claims/nowhere/x.yaml (no such file or folder)\n');
    expect(existsSync(join(dir, 'claims', 'nowhere'))).toBe(false);
  });

  it('a source id already in the registry is refused', () => {
    const run = darien(['import', 'claims/archive/ref-isacson-snm-monthly.csv', '--metric', 'darien-crossings', '--source-id', '004', '--outlet', 'x', '--page-date', '2022', '--period-column', 'month', '--value-column', 'crossings', '--allow-gaps']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('darien: --source-id: "004" is already the id of claims/sources/004-epoch-times-blinken-panama-agreement.yaml\n');
  });

  it('untrusted cells cannot start a line of the file or of a CI log', () => {
    const dir = registry('period,value,note\n2015,"29,289","x\n::error::forged"\n2016,"30,055",\u2028##[error]y\n');
    const run = darien([...ARGS, '--note-column', 'note'], { cwd: dir });
    expect(run.status).toBe(0);
    for (const line of run.stdout.split('\n')) expect(line).not.toMatch(/^\s*(::|##\[)/);
    // A line break in a cell stays an escape inside one double-quoted line, even in a quote.
    expect(run.stdout).toContain('    quote: "2015,\\"29,289\\",\\"x\\n::error::forged\\""\n');
    expect(run.stdout).toContain('    note: "x\\n::error::forged"\n');
  });
});
