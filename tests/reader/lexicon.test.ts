/**
 * The reader's lexicon (src/reader/lexicon/): every entry reads each of its `reads` examples and
 * none of its `not` examples, as the reader tests it (a pattern matches; a word, compared as the
 * entry says, is in the list). And a malformed lexicon is refused on load with every problem named.
 */
import { describe, expect, it } from 'vitest';
import { EN } from '../../src/reader/lexicon/en.js';
import { ES } from '../../src/reader/lexicon/es.js';
import { compileSchema } from '../../src/registry/compile.js';
import { ENTRY_SCHEMAS, LexiconError, loadLexicon, normalise, type Lexicon, type LexiconEntry } from '../../src/reader/lexicon/lexicon.js';

/** Whether an entry reads a text: a pattern (without its global flag's state) matches, or the word is listed. */
function reads(lexicon: Lexicon, entry: LexiconEntry, text: string): boolean {
  if ('pattern' in entry) return new RegExp(entry.pattern.source, entry.pattern.flags.replace('g', '')).test(text);
  return lexicon.words(entry.id).has(normalise(text, entry.match));
}

for (const lexicon of [EN, ES] as Lexicon[]) {
  const cases = lexicon.entries.flatMap((entry) => [
    ...entry.examples.reads.map((text) => [entry.id, 'reads', text, true, entry] as const),
    ...entry.examples.not.map((text) => [entry.id, 'does not read', text, false, entry] as const),
  ]);
  describe(`the ${lexicon.language} lexicon`, () => {
    it.each(cases)('%s %s %j', (_, __, text, expected, entry) => {
      expect(reads(lexicon, entry, text)).toBe(expected);
    });
  });
}

const good = { id: 'forecast-before', on: 'before-figure', pattern: /expected to $/, why: 'a forecast is not a count', examples: { reads: ['is expected to '], not: ['rose to '] } };

describe('a lexicon is validated on load', () => {
  it('checks a well-formed entry with a compiled function, not valibot (lint loads it on every run)', () => {
    expect(compileSchema(ENTRY_SCHEMAS.pattern)).not.toBeNull();
    expect(compileSchema(ENTRY_SCHEMAS.words)).not.toBeNull();
  });

  it('loads a well-formed lexicon and gives its patterns and words by id', () => {
    const words = { id: 'rate-words', on: 'word', match: 'stem', words: ['daily', 'averages'], why: 'a rate says how often', examples: { reads: ['daily'], not: ['people'] } };
    const lexicon = loadLexicon('en', [good, words]);
    expect(lexicon.pattern('forecast-before')).toBe(good.pattern);
    expect([...lexicon.words('rate-words')]).toEqual(['daily', 'averag']);
    expect(lexicon.list('rate-words')).toEqual(['daily', 'averages']);
  });

  const bad: ReadonlyArray<readonly [string, unknown, string]> = [
    ['no examples it must not read', { ...good, examples: { reads: ['is expected to '], not: [] } }, 'entry 2 ("forecast-before"): examples.not: needs at least one example it must not read'],
    ['an empty example', { ...good, examples: { reads: ['  '], not: ['rose to '] } }, 'entry 2 ("forecast-before"): examples.reads.0: an example must not be empty'],
    ['neither a pattern nor words', { id: 'x', on: 'word', why: 'nothing to read here', examples: good.examples }, 'entry 2 ("x"): needs either a pattern or words, not neither'],
    ['both a pattern and words', { ...good, words: ['a'], match: 'lower' }, 'entry 2 ("forecast-before"): needs either a pattern or words, not both'],
    ['a pattern that is text', { ...good, pattern: 'expected to' }, 'entry 2 ("forecast-before"): pattern: pattern must be a regular expression'],
    ['an empty word list', { id: 'continues', on: 'word', match: 'lower', words: [], why: 'connectors that continue', examples: good.examples }, 'entry 2 ("continues"): words: words must list at least one word'],
    ['an unknown match', { id: 'continues', on: 'word', match: 'fuzzy', words: ['in'], why: 'connectors that continue', examples: good.examples }, 'entry 2 ("continues"): match: match must be one of stem, lower, exact'],
    ['an id in capitals', { ...good, id: 'Forecast' }, 'entry 2 ("Forecast"): id: an id is lower-case words joined by hyphens'],
    ['an unknown place', { ...good, id: 'other', on: 'paragraph' }, 'entry 2 ("other"): on: "on" must be one of sentence, line, before-figure, after-figure, before-period, after-period, before-place, before-event, after-event, period, between, between-figures, word'],
    ['a key the format does not have', { ...good, id: 'other', flags: 'i' }, 'entry 2 ("other"): flags: Invalid key: Expected never but received "flags"'],
  ];
  it.each(bad)('refuses %s', (_, entry, problem) => {
    // The first entry is well formed; a duplicate of its id is reported too, so use another where the case needs one.
    const first = (entry as { id?: string }).id === 'forecast-before' ? { ...good, id: 'first' } : good;
    expect(() => loadLexicon('en', [first, entry as typeof good])).toThrow(LexiconError);
    try {
      loadLexicon('en', [first, entry as typeof good]);
    } catch (error) {
      expect((error as LexiconError).problems).toEqual([problem]);
      expect((error as LexiconError).message).toBe(`the en lexicon (src/reader/lexicon/en.ts) is malformed: ${problem}`);
    }
  });

  it('names every problem of the lexicon at once, and a duplicate id', () => {
    const problems = (() => {
      try {
        loadLexicon('en', [good, { ...good, why: 'short' }, { ...good, examples: { reads: [], not: ['x'] } }]);
      } catch (error) {
        return (error as LexiconError).problems;
      }
      return [];
    })();
    expect(problems).toEqual([
      'entry 2 ("forecast-before"): why: why must say what the entry is for',
      'entry 2 ("forecast-before"): the id is used by an earlier entry',
      'entry 3 ("forecast-before"): examples.reads: needs at least one example it must read',
      'entry 3 ("forecast-before"): the id is used by an earlier entry',
    ]);
  });
});
