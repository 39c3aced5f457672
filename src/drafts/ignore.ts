/**
 * Inline ignores, written as HTML comments so they vanish when the markdown is rendered:
 *
 *   The 2023 figure was 511,103. <!-- darien-ignore figure-conflict -->   (this line)
 *   <!-- darien-ignore -->                                                 (alone: the next line)
 *   The 2023 figure was 511,103.
 *
 * With no check ids the comment ignores every finding on its line. `darien-ignore-next-line` says
 * the same as a comment alone on its line, for those who prefer it spelled out.
 */
import { InputError, type Problem } from '../registry/problems.js';
import type { HtmlComment } from '../text/markdown.js';
import type { LineIndex } from '../text/lines.js';
import { CHECK_IDS as ALL_CHECK_IDS } from '../config/check-ids.js';
import { editDistance } from '../registry/suggest.js';

export interface Ignore {
  /** The draft line whose findings are ignored. */
  readonly line: number;
  /** Check ids; empty means all. */
  readonly checks: readonly string[];
  /** Where the comment is, for reporting an ignore that matched nothing. */
  readonly commentLine: number;
}

/** Every id a lint finding can carry: the checks, and `unchecked`. */
const CHECK_IDS = new Set(ALL_CHECK_IDS);

const DIRECTIVE = /^darien-ignore(-next-line)?(?:\s+([\s\S]*))?$/;

/**
 * Reads the draft's ignore comments. A comment naming a check that does not exist ("figure-confict")
 * would silently ignore nothing, so it is a problem of the draft, reported like bad input.
 */
export function readIgnores(text: string, comments: readonly HtmlComment[], lines: LineIndex, path = '<draft>'): Ignore[] {
  const out: Ignore[] = [];
  const problems: Problem[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const checks = (match[2] ?? '').split(/[\s,]+/).filter((id) => id !== '' && id !== '--');
    const commentLine = lines.line(comment.start);
    for (const id of checks) {
      if (CHECK_IDS.has(id)) continue;
      const { line, column } = lines.locate(comment.start);
      const near = [...CHECK_IDS].find((known) => editDistance(known, id) <= 2);
      problems.push({ file: path, line, column, message: `darien-ignore names no check "${id}"${near ? ` (did you mean ${near}?)` : ''}` });
    }
    const lineStart = lines.lineStart(commentLine);
    const lineEnd = text.indexOf('\n', comment.end) < 0 ? text.length : text.indexOf('\n', comment.end);
    const alone = text.slice(lineStart, comment.start).trim() === '' && text.slice(comment.end, lineEnd).trim() === '';
    let line = commentLine;
    if (match[1] || alone) {
      // The next line that holds anything: a blank line between comment and text is allowed.
      line = lines.line(lineEnd + 1);
      while (line < lines.lineCount && text.slice(lines.lineStart(line), lines.lineStart(line + 1)).trim() === '') line++;
    }
    out.push({ line, checks, commentLine });
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}

export function isIgnored(ignores: readonly Ignore[], line: number, check: string): boolean {
  return ignores.some((ignore) => ignore.line === line && (ignore.checks.length === 0 || ignore.checks.includes(check)));
}
