/** Which drafts `darien lint` reads from its paths, and what it says about the paths it cannot read. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDrafts, readDrafts } from '../../src/drafts/files.js';
import { lintExitCode } from '../../src/drafts/report.js';
import { lintPaths } from '../../src/drafts/lint.js';
import { InputError, formatProblem } from '../../src/registry/problems.js';
import { READ_LIMITS } from '../../src/registry/read.js';
import { missing, type Need } from '../helpers/special-files.js';
import { header, METRICS } from '../helpers/registry.js';

function folder(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'darien-files-'));
  mkdirSync(join(cwd, 'multi'));
  writeFileSync(join(cwd, 'multi', 'a.md'), '---\ndate: 2024-02-30\n---\nText.\n');
  writeFileSync(join(cwd, 'multi', 'b.txt'), 'More text.\n');
  mkdirSync(join(cwd, 'empty'));
  return cwd;
}

describe('collectDrafts', () => {
  it('keeps the drafts it could read beside the paths it could not; readDrafts still throws them all', () => {
    const cwd = folder();
    const { drafts, problems } = collectDrafts(['multi', 'nosuch.md', 'empty'], { cwd });
    expect(drafts.map((d) => d.path)).toEqual(['multi/a.md', 'multi/b.txt']);
    expect(problems).toEqual([
      { file: 'nosuch.md', line: 1, column: 1, message: 'no such file or folder' },
      { file: 'empty', line: 1, column: 1, message: 'no drafts here (.md, .markdown, .mdx or .txt files)' },
    ]);
    // The API's readDrafts keeps its contract: one InputError with every bad path.
    try {
      readDrafts(['multi', 'nosuch.md', 'empty'], { cwd });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems).toEqual(problems);
    }
  });
});

interface DraftCase {
  readonly name: string;
  readonly needs?: Need;
  /** Builds the case in `cwd`, which already holds drafts/a.md; returns the paths to read. */
  readonly build: (cwd: string) => string[];
  readonly drafts: readonly string[];
  readonly problems: readonly string[];
}

const draftCases: DraftCase[] = [
  {
    name: 'a sub-folder that is a link to a folder elsewhere is read',
    build: (cwd) => {
      mkdirSync(join(cwd, 'elsewhere'));
      writeFileSync(join(cwd, 'elsewhere', 'b.md'), 'Text.\n');
      symlinkSync(join(cwd, 'elsewhere'), join(cwd, 'drafts', 'sub'));
      return ['drafts'];
    },
    drafts: ['drafts/a.md', 'drafts/sub/b.md'],
    problems: [],
  },
  {
    name: 'a link loop ends the walk there: each draft once, no problem',
    build: (cwd) => {
      symlinkSync('..', join(cwd, 'drafts', 'loop'));
      symlinkSync('.', join(cwd, 'drafts', 'self'));
      return ['drafts'];
    },
    drafts: ['drafts/a.md'],
    problems: [],
  },
  {
    name: 'a FIFO named like a draft, in a folder and given by name',
    needs: 'mkfifo',
    build: (cwd) => {
      execFileSync('mkfifo', [join(cwd, 'drafts', 'pipe.md')]);
      return ['drafts', 'drafts/pipe.md'];
    },
    drafts: ['drafts/a.md'],
    problems: ['drafts/pipe.md:1:1: a named pipe (FIFO): darien reads only regular files'],
  },
  {
    name: 'a draft that is a link to /dev/zero',
    needs: 'dev-zero',
    build: (cwd) => {
      symlinkSync('/dev/zero', join(cwd, 'drafts', 'zero.md'));
      return ['drafts'];
    },
    drafts: ['drafts/a.md'],
    problems: ['drafts/zero.md:1:1: a device: darien reads only regular files'],
  },
  {
    name: 'a draft one byte over the limit (sparse: refused by its size, not read)',
    build: (cwd) => {
      writeFileSync(join(cwd, 'drafts', 'big.md'), '');
      truncateSync(join(cwd, 'drafts', 'big.md'), READ_LIMITS.text + 1);
      return ['drafts'];
    },
    drafts: ['drafts/a.md'],
    problems: [`drafts/big.md:1:1: too large (${READ_LIMITS.text + 1} bytes): over the 8 MiB limit for a draft`],
  },
  {
    name: 'a link named like a draft that leads nowhere',
    build: (cwd) => {
      symlinkSync(join(cwd, 'gone.md'), join(cwd, 'drafts', 'gone.md'));
      return ['drafts'];
    },
    drafts: ['drafts/a.md'],
    problems: ['drafts/gone.md:1:1: a symbolic link to nothing'],
  },
  {
    name: 'an unreadable sub-folder is its own problem; the drafts beside it are still read',
    needs: 'non-root',
    build: (cwd) => {
      mkdirSync(join(cwd, 'drafts', 'locked'));
      writeFileSync(join(cwd, 'drafts', 'locked', 'b.md'), 'Text.\n');
      chmodSync(join(cwd, 'drafts', 'locked'), 0o000);
      return ['drafts'];
    },
    drafts: ['drafts/a.md'],
    problems: ['drafts/locked:1:1: cannot read folder (permission denied)'],
  },
  {
    name: 'a folder whose only sub-folder cannot be read says so, and not also "no drafts here"',
    needs: 'non-root',
    build: (cwd) => {
      mkdirSync(join(cwd, 'only', 'locked'), { recursive: true });
      chmodSync(join(cwd, 'only', 'locked'), 0o000);
      return ['only'];
    },
    drafts: [],
    problems: ['only/locked:1:1: cannot read folder (permission denied)'],
  },
];

describe('which drafts a lint run reads', () => {
  for (const testCase of draftCases) {
    const skip = testCase.needs ? missing(testCase.needs) : null;
    it.skipIf(skip !== null)(`${testCase.name}${skip ? ` (skipped: ${skip})` : ''}`, () => {
      const cwd = mkdtempSync(join(tmpdir(), 'darien-files-'));
      mkdirSync(join(cwd, 'drafts'));
      writeFileSync(join(cwd, 'drafts', 'a.md'), 'Text.\n');
      const { drafts, problems } = collectDrafts(testCase.build(cwd), { cwd });
      expect({ drafts: drafts.map((draft) => draft.path), problems: problems.map(formatProblem) }).toEqual({ drafts: testCase.drafts, problems: testCase.problems });
    });
  }
});

describe('lintPaths on a registry that holds no claim', () => {
  /** The exit code the CLI gives, with the problem lines of a run that could not check. */
  function lint(registry: Record<string, string>): { exit: number; problems: string[] } {
    const cwd = mkdtempSync(join(tmpdir(), 'darien-files-'));
    writeFileSync(join(cwd, 'draft.md'), 'In July 2024, 11,363 migrants crossed the Darién, twice the 2023 figure of 500,000.\n');
    mkdirSync(join(cwd, 'claims'));
    for (const [path, text] of Object.entries(registry)) writeFileSync(join(cwd, 'claims', path), text);
    try {
      const { report } = lintPaths({ paths: ['draft.md'], registryPath: 'claims', cwd });
      return { exit: lintExitCode(report), problems: [] };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { exit: 2, problems: error.problems.map(formatProblem) };
    }
  }

  const claimsFile = `${header('a')}  - id: a1\n    quote: "11,363 migrants crossed"\n    figure: "11,363"\n    value: 11363\n    metric: crossings\n    period: 2024-07-01/2024-07-17\n    period_words: "since July 1"\n    attribution: [AP]\n`;
  const cases: Array<[string, Record<string, string>, { exit: number; problems: string[] }]> = [
    ['an empty registry folder', {}, { exit: 2, problems: ['claims:1:1: no registry files here (.yaml or .yml)'] }],
    ['a registry of .yam files', { 'metrics.yam': METRICS }, { exit: 2, problems: ['claims:1:1: no registry files here (.yaml or .yml)'] }],
    ['a catalogue and no claim', { 'metrics.yaml': METRICS }, { exit: 2, problems: ['claims:1:1: no claims here: no source file with `source:` and `claims:` holds one'] }],
    ['a catalogue and one claim: the draft is checked', { 'metrics.yaml': METRICS, 'a.yaml': claimsFile, 'a.txt': '11,363 migrants crossed' }, { exit: 0, problems: [] }],
  ];
  for (const [name, registry, expected] of cases) {
    it(`${name}: exit ${expected.exit}`, () => {
      expect(lint(registry)).toEqual(expected);
    });
  }
});
