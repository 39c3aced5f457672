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
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Report, ReportedFinding } from '../report.js';

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

/**
 * Whether line `line` of `path` changed: inside a changed range, or in a file git does not track
 * (all of it is new). `path` is as the report gives it, relative to `cwd`.
 */
export function isChangedLine(changes: ChangedLines, path: string, line: number, cwd: string): boolean {
  const inRoot = relative(changes.root, realPath(path, cwd));
  if (inRoot.startsWith('..') || isAbsolute(inRoot)) return true;
  const key = inRoot.split(/[\\/]/).join('/');
  const ranges = changes.changed.get(key);
  if (ranges) return ranges.some(([from, to]) => line >= from && line <= to);
  return !changes.tracked.has(key);
}

/**
 * The report with only the findings on changed lines: at the finding's place, or at the place of
 * a claim it sets against it (a pull request that changes one side of a conflict is answerable
 * for it wherever it is reported). The counts lose the findings left out, so the exit code is
 * the pull request's; `outsideChanges` says how many were left out.
 */
export function keepChanged<R extends Report>(report: R, changes: ChangedLines, cwd: string): R {
  const memo = new Map<string, boolean>();
  const changed = (file: string, line: number): boolean => {
    const key = `${line}:${file}`;
    let answer = memo.get(key);
    if (answer === undefined) memo.set(key, (answer = isChangedLine(changes, file, line, cwd)));
    return answer;
  };
  const onChanges = (finding: ReportedFinding) =>
    changed(finding.location.file, finding.location.line) || finding.claims.some((claim) => changed(claim.location.file, claim.location.line));
  const findings = report.findings.filter(onChanges);
  // The counts include findings below --min-severity, which are not listed: only those left out here are taken off.
  const left = (severity: string) => report.findings.filter((f) => f.severity === severity).length - findings.filter((f) => f.severity === severity).length;
  const s = report.summary;
  return {
    ...report,
    findings,
    summary: { ...s, errors: s.errors - left('error'), warnings: s.warnings - left('warning'), infos: s.infos - left('info'), outsideChanges: report.findings.length - findings.length },
  };
}
