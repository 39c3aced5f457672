/**
 * What a registry run reads, and what it refuses: folders reached through links, link loops,
 * folders that hold nothing, things that are not files, files over the limit, archived texts
 * outside the registry, folders that cannot be read. Each case builds its registry in a temporary
 * folder and expects the exit code and every problem line, file:line:column, of the run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistry, exitCodeOf } from '../../src/check.js';
import { InputError, formatProblem } from '../../src/registry/problems.js';
import { READ_LIMITS } from '../../src/registry/read.js';
import { missing, type Need } from '../helpers/special-files.js';
import { METRICS } from '../helpers/registry.js';
import { ROOT } from '../cli/run.js';

/** A source file with one claim; `text:` is on line 9 (column 3) and `metric:` on line 15 (column 13). */
function sourceFile(id: string, options: { text?: string; metric?: string } = {}): string {
  return `source:
  id: "${id}"
  kind: article
  outlet: Test Wire
  title: "T ${id}"
  author: A
  page_date: 2024-07-17
  page_date_inferred: false
  text: ${options.text ?? `../archive/${id}.txt`}
claims:
  - id: ${id}-1
    quote: "11,363 migrants crossed"
    figure: "11,363"
    value: 11363
    metric: ${options.metric ?? 'crossings'}
    period: 2024-07-01/2024-07-17
    period_words: "since July 1"
    attribution: [AP]
`;
}

/** A folder holding claims/ with the catalogue and an archive; `sources` is where source files go. */
function workspace(): { cwd: string; claims: string; sources: string; archive: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'darien-walk-'));
  const claims = join(cwd, 'claims');
  const archive = join(claims, 'archive');
  mkdirSync(archive, { recursive: true });
  writeFileSync(join(claims, 'metrics.yaml'), METRICS);
  return { cwd, claims, sources: join(claims, 'sources'), archive };
}

/** A source file `id` in `folder`, with its archived text beside the others. */
function addSource(space: ReturnType<typeof workspace>, folder: string, id: string, options: { text?: string; metric?: string } = {}): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${id}.yaml`), sourceFile(id, options));
  writeFileSync(join(space.archive, `${id}.txt`), '11,363 migrants crossed\n');
}

/** The exit code checkRegistry gives the CLI, with the problem lines of a run that could not check. */
function check(cwd: string, paths = ['claims']): { exit: number; problems: string[]; claims: string[]; files: readonly string[] } {
  try {
    const { registry, report } = checkRegistry({ paths, cwd, cache: false, minSeverity: 'info' });
    return { exit: exitCodeOf(report), problems: [], claims: registry.claims.map((claim) => claim.id), files: registry.files };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { exit: 2, problems: error.problems.map(formatProblem), claims: [], files: [] };
  }
}

interface Case {
  readonly name: string;
  readonly needs?: Need;
  readonly build: (space: ReturnType<typeof workspace>) => void;
  readonly exit: number;
  readonly problems: readonly string[];
  /** The claims read, for a run that checked, and the files they were read from. */
  readonly claims?: readonly string[];
  readonly files?: readonly string[];
}

const UNKNOWN_METRIC = 'claims/sources/a.yaml:15:13: unknown metric "nope": not in the metric catalogue';
const OUTSIDE = (text: string) => `claims/sources/a.yaml:9:3: archived text outside the registry: ${text} (darien reads archived texts only inside the registry's folder)`;

const cases: Case[] = [
  {
    name: 'a sources folder that is a link to a folder elsewhere is walked: its problems are reported',
    build: (space) => {
      addSource(space, join(space.cwd, 'elsewhere'), 'a', { metric: 'nope' });
      symlinkSync(join(space.cwd, 'elsewhere'), space.sources);
    },
    exit: 2,
    problems: [UNKNOWN_METRIC],
  },
  {
    name: 'a sources folder that is a link is walked: its claims are checked',
    build: (space) => {
      addSource(space, join(space.cwd, 'elsewhere'), 'a');
      symlinkSync(join(space.cwd, 'elsewhere'), space.sources);
    },
    exit: 0,
    problems: [],
    claims: ['a-1'],
  },
  {
    name: 'a link loop (a link to the folder above) ends the walk there: each file is read once',
    build: (space) => {
      addSource(space, space.sources, 'a');
      symlinkSync('..', join(space.sources, 'loop'));
    },
    exit: 0,
    problems: [],
    claims: ['a-1'],
  },
  {
    name: 'a folder linked twice is walked once: no claim is read twice and called a duplicate',
    build: (space) => {
      addSource(space, space.sources, 'a');
      symlinkSync('sources', join(space.claims, 'again'));
      symlinkSync(join(space.sources, 'a.yaml'), join(space.claims, 'a-link.yaml'));
    },
    exit: 0,
    problems: [],
    claims: ['a-1'],
    // Under its own path, not the links' (`again` and `a-link.yaml` sort before `sources`).
    files: ['claims/metrics.yaml', 'claims/sources/a.yaml'],
  },
  {
    name: 'an empty registry folder',
    build: (space) => {
      rmSync(space.claims, { recursive: true });
      mkdirSync(space.claims);
    },
    exit: 2,
    problems: ['claims:1:1: no registry files here (.yaml or .yml)'],
  },
  {
    name: 'a registry folder whose files are all .yam',
    build: (space) => {
      rmSync(space.claims, { recursive: true });
      mkdirSync(space.claims);
      writeFileSync(join(space.claims, 'metrics.yam'), METRICS);
      writeFileSync(join(space.claims, 'a.yam'), sourceFile('a'));
    },
    exit: 2,
    problems: ['claims:1:1: no registry files here (.yaml or .yml)'],
  },
  {
    name: 'a registry of a catalogue and no claim',
    build: () => {},
    exit: 2,
    problems: ['claims:1:1: no claims here: no source file with `source:` and `claims:` holds one'],
  },
  {
    name: 'a FIFO named like a registry file is refused, never opened to wait for a writer',
    needs: 'mkfifo',
    build: (space) => {
      addSource(space, space.sources, 'a');
      execFileSync('mkfifo', [join(space.sources, 'pipe.yaml')]);
    },
    exit: 2,
    problems: ['claims/sources/pipe.yaml:1:1: a named pipe (FIFO): darien reads only regular files'],
  },
  {
    name: 'a registry file that is a link to /dev/zero is refused, not read forever',
    needs: 'dev-zero',
    build: (space) => {
      addSource(space, space.sources, 'a');
      symlinkSync('/dev/zero', join(space.sources, 'x.yaml'));
    },
    exit: 2,
    problems: ['claims/sources/x.yaml:1:1: a device: darien reads only regular files'],
  },
  {
    name: 'a registry file one byte over the limit',
    build: (space) => {
      addSource(space, space.sources, 'a');
      writeFileSync(join(space.sources, 'big.yaml'), '#'.repeat(READ_LIMITS.registry + 1));
    },
    exit: 2,
    problems: [`claims/sources/big.yaml:1:1: too large (${READ_LIMITS.registry + 1} bytes): over the 4 MiB limit for a registry file`],
  },
  {
    name: 'a registry file of 64 GiB (sparse) is refused by its size, without reading it',
    build: (space) => {
      addSource(space, space.sources, 'a');
      writeFileSync(join(space.sources, 'huge.yaml'), '');
      truncateSync(join(space.sources, 'huge.yaml'), 64 * 1024 ** 3);
    },
    exit: 2,
    problems: [`claims/sources/huge.yaml:1:1: too large (${64 * 1024 ** 3} bytes): over the 4 MiB limit for a registry file`],
  },
  {
    name: 'a text: path that climbs out of the registry',
    build: (space) => {
      writeFileSync(join(space.cwd, 'secret.txt'), '11,363 migrants crossed\n');
      addSource(space, space.sources, 'a', { text: '../../secret.txt' });
    },
    exit: 2,
    problems: [OUTSIDE('../../secret.txt')],
  },
  {
    name: 'a text: path that is absolute, outside the registry',
    build: (space) => {
      writeFileSync(join(space.cwd, 'secret.txt'), '11,363 migrants crossed\n');
      addSource(space, space.sources, 'a', { text: join(space.cwd, 'secret.txt') });
    },
    exit: 2,
    problems: [OUTSIDE('<cwd>/secret.txt')],
  },
  {
    name: 'a text: path inside the registry that is a link out of it',
    build: (space) => {
      writeFileSync(join(space.cwd, 'secret.txt'), '11,363 migrants crossed\n');
      addSource(space, space.sources, 'a', { text: '../archive/link.txt' });
      symlinkSync(join(space.cwd, 'secret.txt'), join(space.archive, 'link.txt'));
    },
    exit: 2,
    problems: [OUTSIDE('../archive/link.txt')],
  },
  {
    name: 'a text: path to a FIFO inside the registry',
    needs: 'mkfifo',
    build: (space) => {
      addSource(space, space.sources, 'a', { text: '../archive/pipe.txt' });
      execFileSync('mkfifo', [join(space.archive, 'pipe.txt')]);
    },
    exit: 2,
    problems: ['claims/sources/a.yaml:9:3: archived text ../archive/pipe.txt: a named pipe (FIFO): darien reads only regular files'],
  },
  {
    name: 'an unreadable folder is its own problem, and the rest of the walk is still read and reported',
    needs: 'non-root',
    build: (space) => {
      addSource(space, space.sources, 'a', { metric: 'nope' });
      addSource(space, join(space.claims, 'locked'), 'b');
      chmodSync(join(space.claims, 'locked'), 0o000);
    },
    exit: 2,
    problems: ['claims/locked:1:1: cannot read folder (permission denied)', UNKNOWN_METRIC],
  },
  {
    name: 'every problem of the run at once: a FIFO, a device, an oversize file and a bad claim',
    needs: 'mkfifo',
    build: (space) => {
      addSource(space, space.sources, 'a', { metric: 'nope' });
      execFileSync('mkfifo', [join(space.sources, 'pipe.yaml')]);
      if (existsSync('/dev/zero')) symlinkSync('/dev/zero', join(space.sources, 'x.yaml'));
      writeFileSync(join(space.sources, 'big.yaml'), '');
      truncateSync(join(space.sources, 'big.yaml'), READ_LIMITS.registry + 1);
    },
    exit: 2,
    problems: [
      UNKNOWN_METRIC,
      `claims/sources/big.yaml:1:1: too large (${READ_LIMITS.registry + 1} bytes): over the 4 MiB limit for a registry file`,
      'claims/sources/pipe.yaml:1:1: a named pipe (FIFO): darien reads only regular files',
      'claims/sources/x.yaml:1:1: a device: darien reads only regular files',
    ],
  },
];

describe('what a registry run reads', () => {
  for (const testCase of cases) {
    const skip = testCase.needs ? missing(testCase.needs) : null;
    it.skipIf(skip !== null)(`${testCase.name}${skip ? ` (skipped: ${skip})` : ''}`, () => {
      const space = workspace();
      testCase.build(space);
      const result = check(space.cwd);
      // An absolute path in a problem is this case's own temporary folder.
      const problems = result.problems.map((line) => line.replaceAll(space.cwd, '<cwd>'));
      expect({ exit: result.exit, problems }).toEqual({ exit: testCase.exit, problems: testCase.problems });
      if (testCase.claims) expect(result.claims).toEqual(testCase.claims);
      if (testCase.files) expect(result.files).toEqual(testCase.files);
    });
  }

  it('reads a text: path that leads through a link to a folder the registry links to', () => {
    const space = workspace();
    const archive = join(space.cwd, 'shared-archive');
    mkdirSync(archive);
    writeFileSync(join(archive, 'a.txt'), '11,363 migrants crossed\n');
    symlinkSync(archive, join(space.claims, 'linked-archive'));
    addSource(space, space.sources, 'a', { text: '../linked-archive/a.txt' });
    expect(check(space.cwd)).toMatchObject({ exit: 0, problems: [], claims: ['a-1'] });
  });

  it('takes the catalogue\'s folder as the registry when one source file is given by name', () => {
    const space = workspace();
    addSource(space, space.sources, 'a');
    expect(check(space.cwd, ['claims/sources/a.yaml'])).toMatchObject({ exit: 0, problems: [], claims: ['a-1'] });
  });
});

/** The built CLI, with a time limit: a run that blocks on a FIFO must fail the test, not hang it. */
function cli(args: string[], cwd: string): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'darien.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' },
  });
  return { status: result.status, stderr: result.stderr };
}

describe('darien check and lint, end to end', () => {
  it('check exits 2 on a registry whose sources folder is a link, with its problem, not "0 claims"', () => {
    const space = workspace();
    addSource(space, join(space.cwd, 'elsewhere'), 'a', { metric: 'nope' });
    symlinkSync(join(space.cwd, 'elsewhere'), space.sources);
    expect(cli(['check'], space.cwd)).toEqual({ status: 2, stderr: `${UNKNOWN_METRIC}\ndarien: 1 problem; nothing was checked\n` });
  });

  it.skipIf(missing('mkfifo') !== null)('check ends, exit 2, on a FIFO in the registry', () => {
    const space = workspace();
    addSource(space, space.sources, 'a');
    execFileSync('mkfifo', [join(space.sources, 'pipe.yaml')]);
    expect(cli(['check'], space.cwd)).toEqual({
      status: 2,
      stderr: 'claims/sources/pipe.yaml:1:1: a named pipe (FIFO): darien reads only regular files\ndarien: 1 problem; nothing was checked\n',
    });
  });

  it('lint exits 2 on a registry folder with nothing in it, whatever the draft holds', () => {
    const space = workspace();
    mkdirSync(join(space.cwd, 'empty'));
    writeFileSync(join(space.cwd, 'wrong.md'), 'In July 2024, 11,363 migrants crossed the Darién, twice the 2023 figure of 500,000.\n');
    expect(cli(['lint', 'wrong.md', '--registry', 'empty'], space.cwd)).toEqual({
      status: 2,
      stderr: 'empty:1:1: no registry files here (.yaml or .yml)\ndarien: 1 problem; nothing was checked\n',
    });
  });
});
