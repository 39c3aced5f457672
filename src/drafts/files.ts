/** Which files `darien lint` reads: files as given, folders walked for drafts, `-` for standard input. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError, type Problem } from '../registry/problems.js';
import { decodeText, displayPath as shown } from '../registry/read.js';
import type { DraftInput } from './draft.js';

export const DRAFT_EXTENSIONS = /\.(?:md|markdown|mdx|txt)$/i;

export interface ReadOptions {
  readonly cwd?: string;
  /** Reads standard input, for `-`. */
  readonly stdin?: () => string;
  /** The path shown for standard input. */
  readonly stdinName?: string;
}

export interface CollectedDrafts {
  /** Every draft that could be read, in order, each once. */
  readonly drafts: DraftInput[];
  /** A line per path that could not: missing, a folder without drafts, unreadable, binary. */
  readonly problems: Problem[];
}

/** Reads every draft under `paths` and throws InputError with a line per bad path. */
export function readDrafts(paths: readonly string[], options: ReadOptions = {}): DraftInput[] {
  const { drafts, problems } = collectDrafts(paths, options);
  if (problems.length > 0) throw new InputError(problems);
  return drafts;
}

/**
 * Reads every draft under `paths`, in order, each once, and keeps the problems beside them rather
 * than throwing: with a path it cannot read, `darien lint` checks nothing, but it still reports
 * the problems of the drafts it could read (their dates and ignore comments), so that one
 * mistyped path does not hide what is wrong in the others.
 */
export function collectDrafts(paths: readonly string[], options: ReadOptions = {}): CollectedDrafts {
  const cwd = options.cwd ?? process.cwd();
  const problems: Problem[] = [];
  const found: string[] = [];
  const drafts: DraftInput[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (DRAFT_EXTENSIONS.test(entry.name)) found.push(full);
    }
  };
  for (const path of paths) {
    if (path === '-') {
      const input = options.stdin ? options.stdin() : decodeText(readFileSync(0));
      if (typeof input === 'string') drafts.push({ path: options.stdinName ?? '<stdin>', text: input });
      else problems.push({ file: options.stdinName ?? '<stdin>', line: 1, column: 1, message: `${input.problem}: expected a draft in markdown or plain text` });
      continue;
    }
    const absolute = resolve(cwd, path);
    try {
      if (statSync(absolute).isDirectory()) {
        const before = found.length;
        walk(absolute);
        if (found.length === before) problems.push({ file: path, line: 1, column: 1, message: 'no drafts here (.md, .markdown, .mdx or .txt files)' });
      } else found.push(absolute);
    } catch {
      problems.push({ file: path, line: 1, column: 1, message: 'no such file or folder' });
    }
  }
  for (const absolute of [...new Set(found)]) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      problems.push({ file: shown(absolute, cwd), line: 1, column: 1, message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const text = decodeText(bytes);
    if (typeof text === 'string') drafts.push({ path: shown(absolute, cwd), text });
    else problems.push({ file: shown(absolute, cwd), line: 1, column: 1, message: `${text.problem}: expected a draft in markdown or plain text` });
  }
  return { drafts, problems };
}
