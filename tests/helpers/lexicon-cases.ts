/**
 * A stage's own lexicon (fares, measures, ages) tested as the reader's is: each entry reads each
 * of its `reads` examples and none of its `not` examples (a pattern matches; a word is listed).
 */
import { expect, it } from 'vitest';
import type { Lexicon } from '../../src/reader/lexicon/lexicon.js';

export function lexiconExamplesTester(lexicon: Lexicon<string>): void {
  const cases = lexicon.entries.flatMap((entry) => [
    ...entry.examples.reads.map((text) => [entry.id, 'reads', text, true, entry] as const),
    ...entry.examples.not.map((text) => [entry.id, 'does not read', text, false, entry] as const),
  ]);
  it.each(cases)('%s %s %j', (_, __, text, expected, entry) => {
    if ('pattern' in entry) expect(new RegExp(entry.pattern.source, entry.pattern.flags.replace('g', '')).test(text)).toBe(expected);
    else expect(entry.words.includes(text)).toBe(expected);
  });
}
