/**
 * Strings V8 stores one byte a character, with the same characters. A draft with one curly quote
 * or dash anywhere is stored two bytes a character, and so is every slice of it, even a sentence
 * of plain ASCII; V8 runs a regular expression on such a string with its two-byte code, where a
 * class such as `[^\p{L}]` or a case-insensitive word is tested against all of Unicode, several
 * times slower than on a one-byte string (the reader's lexicon patterns on the bench draft's
 * sentences: 2.2× as long in all, 3.5× for a `(?:^|[^\p{L}])` pattern). What a pattern sees is the
 * same text either way, only stored differently.
 *
 * So the reader slices the text it reads with cut(), not String.prototype.slice: while readText
 * reads a text, a slice of it that lies within a run of Latin-1 characters (most sentences of most
 * drafts, between the curly quotes) comes from a one-byte copy of that run.
 *
 * Strings have no identity in JavaScript: cut() knows the text by comparing it with ===, which is
 * instant for the same string and, for another, stops at its length or its first different
 * character. The index is kept only while its text is read (cutFrom's restore), so that another
 * text of the same length and the same characters (a draft linted twice) is never compared whole
 * at every cut.
 */

// A character beyond Latin-1, which a one-byte string cannot hold.
const WIDE = /[^\0-\xff]/;
const WIDE_ALL = /[^\0-\xff]+/g;
// Runs shorter than this are sliced from the text itself: a copy would not pay for itself.
const MIN_RUN = 24;

/** `text`, copied into a one-byte string when every character is Latin-1; else `text` itself. */
export function oneByte(text: string): string {
  return WIDE.test(text) ? text : latin1Copy(text);
}

// latin1 writes each character's low byte and reads each byte back as that character: a lossless
// round trip for Latin-1, which V8 makes a one-byte string.
function latin1Copy(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

// The text being read, and its runs of Latin-1 as one-byte copies: run i is [starts[i], ends[i]).
let indexed: string | null = null;
let starts: number[] = [];
let ends: number[] = [];
let runs: string[] = [];
let last = 0;

/**
 * Makes cut() slice `text` from one-byte copies of its Latin-1 runs (readText's masked text), until
 * the function returned is called, which puts back the index there was before.
 */
export function cutFrom(text: string): () => void {
  const saved = [indexed, starts, ends, runs, last] as const;
  const restore = (): void => void ([indexed, starts, ends, runs, last] = saved);
  [indexed, starts, ends, runs, last] = [text, [], [], [], 0];
  let from = 0;
  const add = (to: number): void => {
    if (to - from < MIN_RUN) return;
    starts.push(from);
    ends.push(to);
    runs.push(latin1Copy(text.slice(from, to)));
  };
  WIDE_ALL.lastIndex = 0;
  for (let wide = WIDE_ALL.exec(text); wide !== null; wide = WIDE_ALL.exec(text)) {
    add(wide.index);
    from = wide.index + wide[0].length;
  }
  add(text.length);
  return restore;
}

/** The index of the run that holds `at`, or -1. */
function runAt(at: number): number {
  if (last < starts.length && starts[last]! <= at && at < ends[last]!) return last;
  let [low, high] = [0, starts.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ends[mid]! <= at) low = mid + 1;
    else if (starts[mid]! > at) high = mid - 1;
    else return (last = mid);
  }
  return -1;
}

/** `text.slice(start, end)`, the same characters, one byte a character where cutFrom() can. */
export function cut(text: string, start: number, end: number = text.length): string {
  if (text === indexed && (start | 0) === start && (end | 0) === end && start >= 0 && start <= end && end <= text.length) {
    const i = runAt(start);
    if (i >= 0 && end <= ends[i]!) return runs[i]!.slice(start - starts[i]!, end - starts[i]!);
  }
  return text.slice(start, end);
}
