/** Which files `darien lint` reads: files as given, folders walked for drafts, `-` for standard input. */
import { InputError, type Problem } from '../registry/problems.js';
import { decodeText, displayPath as shown, readAtMost, readLimited, READ_LIMITS, systemReason } from '../registry/read.js';
import { walkPaths } from '../registry/walk.js';
import type { DraftInput } from './draft.js';

export const DRAFT_EXTENSIONS = /\.(?:md|markdown|mdx|txt)$/i;

const EXPECTED = 'expected a draft in markdown or plain text';

export interface ReadOptions {
  readonly cwd?: string;
  /** Reads standard input, for `-`. */
  readonly stdin?: () => string;
  /** The path shown for standard input. */
  readonly stdinName?: string;
  /** Files a folder's walk passes over (the config's `ignore:`, src/config/ignore.ts). */
  readonly ignore?: (absolute: string) => boolean;
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
  const drafts: DraftInput[] = [];
  const stdinName = options.stdinName ?? '<stdin>';
  // Standard input first, as it always was read: it is one draft whatever its place among the paths.
  if (paths.includes('-')) {
    const input = options.stdin ? options.stdin() : readStdin();
    if (typeof input === 'string') drafts.push({ path: stdinName, text: input });
    else problems.push({ file: stdinName, line: 1, column: 1, message: input.problem });
  }
  const files = paths.filter((path) => path !== '-');
  const walked = walkPaths(files, { cwd, accept: (name) => DRAFT_EXTENSIONS.test(name), none: 'no drafts here (.md, .markdown, .mdx or .txt files)', ignore: options.ignore }, problems);
  for (const absolute of walked.files) {
    const bytes = readLimited(absolute, READ_LIMITS.text, 'a draft');
    const text = Buffer.isBuffer(bytes) ? decodeText(bytes) : bytes;
    if (typeof text === 'string') drafts.push({ path: shown(absolute, cwd), text });
    else problems.push({ file: shown(absolute, cwd), line: 1, column: 1, message: Buffer.isBuffer(bytes) ? `${text.problem}: ${EXPECTED}` : text.problem });
  }
  return { drafts, problems };
}

/** Standard input, to its end or the limit: a pipe cannot be stat'ed for its size first. */
function readStdin(): string | { problem: string } {
  let bytes: Buffer | { problem: string };
  try {
    bytes = readAtMost(0, READ_LIMITS.text, 'a draft');
  } catch (error) {
    return { problem: `cannot read: ${systemReason(error)}` };
  }
  if (!Buffer.isBuffer(bytes)) return bytes;
  const text = decodeText(bytes);
  return typeof text === 'string' ? text : { problem: `${text.problem}: ${EXPECTED}` };
}
