/** tokenize: the words of a span of text, each with its stem and offsets, as phrases and places are matched on. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/drafts/metrics.js';

/** Each token as "stem@start-end", offsets in the whole text. */
function tokens(text: string, from = 0, to = text.length): string[] {
  return tokenize(text, from, to).map((t) => `${t.stem}@${t.start}-${t.end}`);
}

describe('tokenize', () => {
  it.each<[string, string, string[]]>([
    ['ASCII words, stemmed', 'Migrants crossed', ['migrant@0-8', 'cross@9-16']],
    ['accents fold into the stem, and the word keeps its length', 'Darién crossings', ['darien@0-6', 'cross@7-16']],
    ['digits split at a comma', '11,363 people', ['11@0-2', '363@3-6', 'peopl@7-13']],
    ['curly quotes, apostrophes and dashes are not word characters', '“Panama’s” flow—down', ['panama@1-7', 's@8-9', 'flow@11-15', 'down@16-20']],
    ['× and ÷ (Latin-1 signs) split words; letters around them stay', 'a×b÷c', ['a@0-1', 'b@2-3', 'c@4-5']],
    ['letters past Latin-1 are word characters (Greek, and code units of the supplementary planes)', 'αβγ 😀', ['αβγ@0-3', '😀@4-6']],
    ['nothing but punctuation and spaces', ' -- , . ', []],
  ])('%s', (_name, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('reads only [from, to): a word cut by either end is cut there, offsets stay the text’s', () => {
    expect(tokens('the crossings rose', 6, 16)).toEqual(['oss@6-13', 'ro@14-16']);
    expect(tokens('the crossings rose', 4, 4)).toEqual([]);
  });

  it('gives the same tokens when called again on another text (no state carried between calls)', () => {
    expect(tokens('one two three')).toEqual(['one@0-3', 'two@4-7', 'thre@8-13']);
    expect(tokens('four')).toEqual(['four@0-4']);
    expect(tokens('one two three')).toEqual(['one@0-3', 'two@4-7', 'thre@8-13']);
  });
});
