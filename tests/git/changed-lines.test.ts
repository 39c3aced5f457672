/** `--changed-since REF`: git's diff read right, and lint and check judged on the lines a change touched. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimEntries, entryAt } from '../../src/git/claim-entries.js';
import { parseUnifiedDiff, unquoteGitPath } from '../../src/git/changed-lines.js';
import { darien, ROOT } from '../cli/run.js';

describe('reading git diff -U0', () => {
  const diff = [
    'diff --git a/drafts/a.md b/drafts/a.md',
    'index 1111111..2222222 100644',
    '--- a/drafts/a.md',
    '+++ b/drafts/a.md',
    '@@ -3 +3 @@ title',
    '-old',
    '+new',
    '@@ -10,0 +11,2 @@',
    '+added',
    '+added',
    '@@ -20,3 +22,0 @@',
    '-gone',
    'diff --git a/old.md b/old.md',
    'deleted file mode 100644',
    '--- a/old.md',
    '+++ /dev/null',
    '@@ -1,4 +0,0 @@',
    'diff --git "a/q\\"uote\\303\\251.md" "b/q\\"uote\\303\\251.md"',
    '--- "a/q\\"uote\\303\\251.md"',
    '+++ "b/q\\"uote\\303\\251.md"',
    '@@ -1 +1,3 @@',
  ].join('\n');

  it('takes each hunk’s new lines, none for a deletion, and no deleted file', () => {
    expect([...parseUnifiedDiff(diff)]).toEqual([
      ['drafts/a.md', [[3, 3], [11, 12]]],
      ['q"uoteé.md', [[1, 3]]],
    ]);
  });

  // [as git prints it, the path]
  const paths: Array<[string, string]> = [
    ['plain/path.md', 'plain/path.md'],
    ['"tab\\there.md"', 'tab\there.md'],
    ['"back\\\\slash.md"', 'back\\slash.md'],
    ['"caf\\303\\251.md"', 'café.md'],
  ];
  for (const [quoted, path] of paths) it(`unquotes ${quoted}`, () => expect(unquoteGitPath(quoted)).toBe(path));
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=darien', '-c', 'user.email=darien@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
}

const DRAFT = ['---', 'date: 2025-01-10', '---', '', 'In 2023, 260,000 migrants crossed the Darién Gap.', '', 'The weather was fine.', ''].join('\n');

/** A repository holding the bundled registry and one draft with a wrong figure on line 5, committed. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'darien-changed-'));
  cpSync(join(ROOT, 'claims'), join(dir, 'claims'), { recursive: true });
  mkdirSync(join(dir, 'drafts'));
  writeFileSync(join(dir, 'drafts', 'a.md'), DRAFT);
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'start');
  return dir;
}

const lines = (out: string) => out.trimEnd().split('\n');

describe('darien lint --changed-since', () => {
  const dir = repository();

  it('with nothing changed, reports nothing, passes, and says what it left out', () => {
    const run = darien(['lint', 'drafts', '--registry', 'claims', '--changed-since', 'HEAD', '--format', 'line'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(lines(run.stdout)).toEqual([expect.stringMatching(/^darien: 0 errors, 0 warnings, .*\(\d+ on unchanged lines not shown/)]);
    expect(run.status).toBe(0);
    // Without the option the same draft fails.
    expect(darien(['lint', 'drafts', '--registry', 'claims', '--format', 'line'], { cwd: dir }).status).toBe(1);
  });

  it('reports a wrong figure on a changed line, and not one on a line left alone', () => {
    writeFileSync(join(dir, 'drafts', 'a.md'), DRAFT.replace('The weather was fine.', 'In 2024, 11,363 migrants crossed the Darién Gap.'));
    const run = darien(['lint', 'drafts', '--registry', 'claims', '--changed-since', 'HEAD', '--format', 'line'], { cwd: dir });
    expect(run.status).toBe(1);
    const found = lines(run.stdout).slice(0, -1);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.startsWith('drafts/a.md:7:'))).toBe(true);
    git(dir, 'checkout', '-q', '--', 'drafts/a.md');
  });

  it('counts every line of a draft git does not track as changed', () => {
    writeFileSync(join(dir, 'drafts', 'new.md'), DRAFT);
    const run = darien(['lint', 'drafts', '--registry', 'claims', '--changed-since', 'HEAD', '--format', 'line'], { cwd: dir });
    expect(run.status).toBe(1);
    const found = lines(run.stdout).slice(0, -1);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.startsWith('drafts/new.md:5:'))).toBe(true);
  });

  it('judges from a subfolder and against an older commit too', () => {
    git(dir, 'add', 'drafts/new.md');
    git(dir, 'commit', '-qm', 'new draft');
    const fromSub = darien(['lint', '.', '--registry', '../claims', '--changed-since', 'HEAD~1', '--format', 'line'], { cwd: join(dir, 'drafts') });
    expect(fromSub.status).toBe(1);
    expect(lines(fromSub.stdout).slice(0, -1).every((line) => line.startsWith('new.md:5:'))).toBe(true);
    expect(darien(['lint', '.', '--registry', '../claims', '--changed-since', 'HEAD', '--format', 'line'], { cwd: join(dir, 'drafts') }).status).toBe(0);
  });

  it('refuses a ref that is not a commit, or one that looks like an option, with exit 2 and one line', () => {
    for (const ref of ['no-such-branch', '--output=/tmp/x', 'HEAD~99']) {
      const run = darien(['lint', 'drafts', '--registry', 'claims', '--changed-since', ref], { cwd: dir });
      expect(run.status, ref).toBe(2);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr), ref).toEqual([expect.stringMatching(/^darien: --changed-since: ".*" is not a commit in /)]);
    }
  });
});

describe('darien check --changed-since', () => {
  it('outside a git repository: exit 2, one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'darien-nogit-'));
    cpSync(join(ROOT, 'claims'), join(dir, 'claims'), { recursive: true });
    const run = darien(['check', '--changed-since', 'main'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^darien: --changed-since: .* is not in a git repository$/)]);
  });

  it('keeps a conflict when the change touched either of its claims', () => {
    const dir = repository();
    // --strict: the registry's verdicts set aside, so its conflicts count as found.
    const unchanged = darien(['check', '--strict', '--changed-since', 'HEAD', '--format', 'line'], { cwd: dir });
    expect(unchanged.status).toBe(0);
    expect(lines(unchanged.stdout)).toEqual([expect.stringMatching(/^darien: 0 errors, 0 warnings, .*6 on unchanged lines not shown/)]);
    // 511,103 (EFE) is the other side of the 2023 conflict, which is reported at Al Jazeera's claim.
    const efe = join(dir, 'claims', 'sources', 'ref-efe-mulino-2025-01-02-speech.yaml');
    const text = readFileSync(efe, 'utf8');
    expect(text).toContain('  - id: ref-efe-mulino-crossings-2023\n');
    writeFileSync(efe, text.replace('  - id: ref-efe-mulino-crossings-2023\n', '  - id: ref-efe-mulino-crossings-2023  # checked\n'));
    const changed = darien(['check', '--strict', '--changed-since', 'HEAD', '--format', 'line'], { cwd: dir });
    expect(changed.status).toBe(1);
    const found = lines(changed.stdout).slice(0, -1);
    expect(found).toEqual([expect.stringMatching(/^claims\/sources\/ref-aljazeera-2025-01-03-sharp-drop\.yaml:20:12  error  figure-conflict  darien-crossings for 2023/)]);
  });
});

describe('the lines of each claim in a registry file', () => {
  // [layout, text, each claim's first and last line]
  it.each<[string, string, Array<[number, number]>]>([
    ['block items, from "- id:" to the last field', 'claims:\n  - id: a\n    value: 1\n  - id: b\n    quote: |\n      two\n      lines\n', [[2, 3], [4, 7]]],
    ['a comment among the fields, and one at the fields\' indent after them, are inside', 'claims:\n  - id: a\n    # why\n    value: 1\n    # checked\n\n  - id: b\n', [[2, 5], [7, 7]]],
    ['a comment at the dash\'s indent introduces the next claim', 'claims:\n  - id: a\n    value: 1\n\n  # about b\n  - id: b\n    value: 2\n# the end\n', [[2, 3], [6, 7]]],
    ['the source and top comments are outside every claim', '# top\nsource:\n  id: s\nclaims:\n- id: a\n  value: 1\n', [[5, 6]]],
    ['flow style', 'claims: [{id: a, value: 1},\n  {id: b,\n   value: 2}]\n', [[1, 1], [2, 3]]],
    ['CRLF line breaks', 'claims:\r\n  - id: a\r\n    value: 1\r\n    # checked\r\n', [[2, 4]]],
    ['no claims list', 'source:\n  id: s\n', []],
    ['not YAML a registry would load (a draft)', '# Title\n\nIn 2023, 260,000 crossed: a lot.\n', []],
  ])('%s', (_layout, text, entries) => {
    expect(claimEntries(text)).toEqual(entries);
  });

  it.each<[number, [number, number] | null]>([
    [1, null],
    [2, [2, 3]],
    [3, [2, 3]],
    [4, null],
    [6, [6, 7]],
    [8, null],
  ])('line %i is in claim %j', (line, entry) => {
    expect(entryAt([[2, 3], [6, 7]], line)).toEqual(entry);
  });
});

/** An edit of one file of a repository: `from` (found exactly once) becomes `to`. */
interface Edit {
  file: string;
  from: string;
  to: string;
}

function applyEdit(dir: string, { file, from, to }: Edit): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text.split(from).length - 1, `${file} holds ${JSON.stringify(from)} once`).toBe(1);
  writeFileSync(path, text.replace(from, to));
}

/** Each finding a run reports, as "file:line check". */
const reported = (out: string) => lines(out).slice(0, -1).map((line) => /^(\S+:\d+):\d+ +\w+ +([\w-]+)/.exec(line)!.slice(1).join(' '));

describe('--changed-since: a change to any line of a claim is a change to its findings', () => {
  const SNM = 'claims/sources/ref-snm-2024-12-18-crossings-2024.yaml';
  const EFE = 'claims/sources/ref-efe-mulino-2025-01-02-speech.yaml';
  const ALJAZEERA = 'claims/sources/ref-aljazeera-2025-01-03-sharp-drop.yaml';
  const dir = repository();

  // --strict: the registry's verdicts set aside, so its conflicts count as found. SNM's 300,549
  // conflicts with Al Jazeera's 302,203 (reported at SNM's value, line 23) and runs past its page
  // date (line 26); EFE's 511,103 is the other side of Al Jazeera's 2023 conflict (line 20).
  it.each<[string, Edit, string[]]>([
    ['its id line', { file: SNM, from: '  - id: ref-snm-crossings-2024\n', to: '  - id: ref-snm-crossings-2024b\n' }, [`${SNM}:23 figure-conflict`, `${SNM}:26 page-date`]],
    ['a comment added among its fields', { file: SNM, from: '    figure: "300,549"\n', to: '    # as printed in the release\n    figure: "300,549"\n' }, [`${SNM}:24 figure-conflict`, `${SNM}:27 page-date`]],
    ['the value of the other side of a conflict', { file: EFE, from: '    value: 511103\n', to: '    value: 511104\n' }, [`${ALJAZEERA}:20 figure-conflict`, `${EFE}:21 figure-value`]],
    ['the note, its last line', { file: EFE, from: '    note: "disagrees', to: '    note: "Disagrees' }, [`${ALJAZEERA}:20 figure-conflict`]],
    ['a comment above the claim, outside every claim', { file: SNM, from: '  # Recorded for the whole of 2024', to: '  # Recorded for all of 2024' }, []],
  ])('check, %s', (_what, edit, expected) => {
    git(dir, 'checkout', '-q', '--', '.');
    applyEdit(dir, edit);
    const run = darien(['check', '--strict', '--changed-since', 'HEAD', '--format', 'line'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(reported(run.stdout)).toEqual(expected);
    expect(run.status).toBe(expected.length > 0 ? 1 : 0);
  });

  // The draft's 260,000 for 2023 is set against Al Jazeera's 520,085 (id on line 17) and others.
  it.each<[string, Edit, string[]]>([
    ['the draft\'s line with the figure', { file: 'drafts/a.md', from: 'Darién Gap.\n', to: 'Darién Gap, officials said.\n' }, ['drafts/a.md:5 figure-conflict']],
    ['a draft line with no figure', { file: 'drafts/a.md', from: 'The weather was fine.', to: 'The weather was mild.' }, []],
    ['the id line of a claim it is set against', { file: ALJAZEERA, from: '  - id: ref-aljazeera-crossings-2023\n', to: '  - id: ref-aljazeera-crossings-2023  # checked\n' }, ['drafts/a.md:5 figure-conflict']],
    ['the value of a claim it is set against', { file: ALJAZEERA, from: '    value: 520085\n', to: '    value: 520086\n' }, ['drafts/a.md:5 figure-conflict']],
    ['a comment added among that claim\'s fields', { file: ALJAZEERA, from: '    unit: people\n    metric: darien-crossings\n    period: "2023"', to: '    unit: people\n    # SNM\'s count\n    metric: darien-crossings\n    period: "2023"' }, ['drafts/a.md:5 figure-conflict']],
    ['a registry line outside every claim', { file: ALJAZEERA, from: '# The sentences as read name no agency', to: '# The sentences read name no agency' }, []],
  ])('lint, %s', (_what, edit, expected) => {
    git(dir, 'checkout', '-q', '--', '.');
    applyEdit(dir, edit);
    const run = darien(['lint', 'drafts', '--registry', 'claims', '--changed-since', 'HEAD', '--format', 'line'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(reported(run.stdout)).toEqual(expected);
    expect(run.status).toBe(expected.length > 0 ? 1 : 0);
  });
});
