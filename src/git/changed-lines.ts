/**
 * Which lines changed since a git ref, so a pull request is judged on what it changed
 * (`--changed-since REF`), and where the repository's root is (SARIF's %SRCROOT%).
 *
 * git is asked, not reimplemented: `git diff -U0 REF` between the ref and the working tree (so
 * staged and unstaged edits count as changed) gives each changed range in its hunk headers
 * (`@@ -a,b +c,d @@`: new lines c to c+d-1). A file git does not track (new, ignored, outside the
 * repository, standard input) has no earlier version to compare with, so all of it is new.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Report, ReportedFinding } from '../report.js';
import { claimEntries, entryAt, type Entry } from './claim-entries.js';
import { withReopened } from '../verdicts/reopened.js';

/** A registry file, as the registry's loader takes them: the rest (drafts) hold no claim entries. */
const REGISTRY_FILE = /\.ya?ml$/i;

/** Why the changed lines cannot be known: one line for the user, exit 2. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

export interface ChangedLines {
  /** The repository's top level, a real path. */
  readonly root: string;
  /** Files with changes, by path relative to the root: their changed lines, 1-based, inclusive. */
  readonly changed: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /** Every file git tracks, relative to the root: one not listed here is new. */
  readonly tracked: ReadonlySet<string>;
}

function git(args: readonly string[], cwd: string): { ok: boolean; out: string; err: string } {
  const run = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ok: run.status === 0 && !run.error, out: run.stdout ?? '', err: run.error ? run.error.message : (run.stderr ?? '') };
}

/** git's top level for `cwd`, or null outside a repository (or without git). */
export function gitTopLevel(cwd: string): string | null {
  const run = git(['rev-parse', '--show-toplevel'], cwd);
  return run.ok ? run.out.replace(/\n$/, '') : null;
}

/**
 * The repository a run's paths are in, for SARIF's %SRCROOT%: git's top level of the working
 * directory, else (run from outside it) of the first path's folder, else the working directory.
 */
export function repositoryRoot(cwd: string, paths: readonly string[]): string {
  const first = paths.find((path) => path !== '-');
  const folder = first === undefined ? null : realPath(first, cwd);
  const from = folder === null ? null : existsSync(folder) && statSync(folder).isDirectory() ? folder : dirname(folder);
  return gitTopLevel(cwd) ?? (from !== null && existsSync(from) ? gitTopLevel(from) : null) ?? cwd;
}

/** A path as git prints it with core.quotePath=false: as is, or C-quoted when it holds `"`, `\` or controls. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 1; i < text.length - 1; i++) {
    const char = text[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = text[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The changed ranges of each file in `git diff -U0` output, by path relative to the root. */
export function parseUnifiedDiff(diff: string): Map<string, Array<[number, number]>> {
  const files = new Map<string, Array<[number, number]>>();
  let current: Array<[number, number]> | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      // A deleted file has no lines left to report on.
      current = target === '/dev/null' ? null : [];
      if (current) files.set(unquoteGitPath(target).replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      // A hunk of pure deletion (count 0) adds no line.
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return files;
}

/** The lines changed between `ref` and the working tree of the repository holding `cwd`. */
export function changedLinesSince(ref: string, cwd: string): ChangedLines {
  const top = gitTopLevel(cwd);
  if (top === null) throw new GitError(`--changed-since: ${cwd} is not in a git repository`);
  // A ref that starts with "-" would be read by git as an option.
  const commit = ref.startsWith('-') ? null : git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
  if (!commit?.ok) throw new GitError(`--changed-since: "${ref}" is not a commit in ${top}`);
  const sha = commit.out.trim();
  const diff = git(['diff', '--no-color', '--no-ext-diff', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', '-U0', sha, '--'], top);
  if (!diff.ok) throw new GitError(`--changed-since: git diff failed: ${diff.err.split('\n')[0]}`);
  const tracked = git(['ls-files', '-z'], top);
  if (!tracked.ok) throw new GitError(`--changed-since: git ls-files failed: ${tracked.err.split('\n')[0]}`);
  return { root: realpathSync(top), changed: parseUnifiedDiff(diff.out), tracked: new Set(tracked.out.split('\0').filter((p) => p !== '')) };
}

/** A report's path (relative to `cwd`, or absolute) as a real path, where it exists. */
export function realPath(path: string, cwd: string): string {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/** Every line of a file counts as changed: it is new to git, or outside the repository. */
const WHOLE_FILE = 'whole file';

/**
 * How `path` (as the report gives it, relative to `cwd`) changed: every line (WHOLE_FILE), the
 * ranges git gives, or none (an empty list, a tracked file left alone).
 */
function changesIn(changes: ChangedLines, path: string, cwd: string): typeof WHOLE_FILE | ReadonlyArray<readonly [number, number]> {
  const inRoot = relative(changes.root, realPath(path, cwd));
  if (inRoot.startsWith('..') || isAbsolute(inRoot)) return WHOLE_FILE;
  const key = inRoot.split(/[\\/]/).join('/');
  return changes.changed.get(key) ?? (changes.tracked.has(key) ? [] : WHOLE_FILE);
}

/** Whether any of `ranges` meets lines `from` to `to`. */
function meets(ranges: ReadonlyArray<readonly [number, number]>, from: number, to: number): boolean {
  return ranges.some(([start, end]) => start <= to && end >= from);
}

/**
 * The lines a claim takes in its file, found from the line a report points at in it: in a registry
 * file, the claim's whole entry (claimEntries); in a draft, or where no entry holds the line, that
 * line. A file is read and parsed once, and only when it has changed lines.
 */
function claimSpans(cwd: string): (file: string, line: number) => readonly [number, number] {
  const entries = new Map<string, readonly Entry[]>();
  return (file, line) => {
    if (!REGISTRY_FILE.test(file)) return [line, line];
    let known = entries.get(file);
    if (known === undefined) entries.set(file, (known = readEntries(realPath(file, cwd))));
    return entryAt(known, line) ?? [line, line];
  };
}

function readEntries(path: string): readonly Entry[] {
  try {
    return claimEntries(readFileSync(path, 'utf8'));
  } catch {
    // Gone or unreadable since it was checked: the line the report gives is all there is to go on.
    return [];
  }
}

/**
 * The report with only the findings on changed lines: at the finding's place, or on any line of a
 * claim it names (a registry claim's whole entry, from its `- id:` to its last line; a draft's
 * figure): a pull request that changes one side of a conflict, even only its value or a comment
 * among its fields, is answerable for it wherever it is reported. The counts lose the findings
 * left out, so the exit code is the pull request's; `outsideChanges` says how many were left out.
 */
export function keepChanged<R extends Report>(report: R, changes: ChangedLines, cwd: string): R {
  const files = new Map<string, ReturnType<typeof changesIn>>();
  const spanOf = claimSpans(cwd);
  // `lines` is only asked for in a file with changed lines: a claim's entry costs a parse.
  const touched = (file: string, lines: () => readonly [number, number]): boolean => {
    let ranges = files.get(file);
    if (ranges === undefined) files.set(file, (ranges = changesIn(changes, file, cwd)));
    if (ranges === WHOLE_FILE) return true;
    return ranges.length > 0 && meets(ranges, ...lines());
  };
  const onChanges = ({ location, claims }: ReportedFinding) =>
    touched(location.file, () => [location.line, location.end?.line ?? location.line]) ||
    claims.some(({ location: at }) => touched(at.file, () => spanOf(at.file, at.line)));
  const findings = withReopened(report.findings, report.findings.filter(onChanges), (finding) => finding.claims.map((claim) => claim.id));
  // The counts include findings below --min-severity, which are not listed: only those left out here are taken off.
  const left = (severity: string) => report.findings.filter((f) => f.severity === severity).length - findings.filter((f) => f.severity === severity).length;
  const s = report.summary;
  return {
    ...report,
    findings,
    summary: { ...s, errors: s.errors - left('error'), warnings: s.warnings - left('warning'), infos: s.infos - left('info'), outsideChanges: report.findings.length - findings.length },
  };
}
