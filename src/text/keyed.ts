/**
 * A pattern looked for only where one of its key words is. Many of the reader's patterns are asked
 * of every figure's words and match almost none: one that opens with `(?:^|[^\p{L}])`, ends with `$`
 * or has a look-behind is tried at every character and takes several times as long to say no as a
 * plain alternation of words does. `keys` is such an alternation, of words every match of `pattern`
 * holds, with the same flags (so a word matches as it does inside the pattern, case and accents
 * alike): where it finds none, the pattern cannot match either, and the answer is the same.
 * tests/text/keyed.test.ts holds each pattern's examples and the corpus's texts to that.
 */

export interface Keyed {
  readonly pattern: RegExp;
  readonly keys: RegExp;
  /** pattern.test(text), sooner when the text holds none of the key words. */
  test(text: string): boolean;
  /** pattern.exec(text), likewise. */
  exec(text: string): RegExpExecArray | null;
}

const ALL: Keyed[] = [];

/** Every keyed pattern made so far, for the test. */
export const KEYED: readonly Keyed[] = ALL;

export function keyed(pattern: RegExp, keys: RegExp): Keyed {
  // A global or sticky pattern's test() moves lastIndex, which a skipped test would not.
  if (pattern.global || pattern.sticky || keys.global || keys.sticky || pattern.flags !== keys.flags) throw new Error(`keyed(${pattern}): the pattern and its keys take the same flags, neither g nor y`);
  const made: Keyed = { pattern, keys, test: (text) => keys.test(text) && pattern.test(text), exec: (text) => (keys.test(text) ? pattern.exec(text) : null) };
  ALL.push(made);
  return made;
}
