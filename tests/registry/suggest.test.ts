/** "did you mean": the nearest names, only when close. */
import { describe, expect, it } from 'vitest';
import { didYouMean, didYouMeanUnit, editDistance, nearest, UNIT_SYNONYMS } from '../../src/registry/suggest.js';

const UNITS = ['people', 'percent', 'percentage-points', 'times', 'boats', 'USD'];
const METRICS = ['crossings', 'crossings-daily', 'returning', 'inauguration'];

describe('did you mean', () => {
  it.each([
    ['crossings', 'crosings', 1],
    ['crossings', 'crossigns', 1],
    ['people', 'persons', 5],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
  ])('editDistance(%s, %s) is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it.each([
    ['peolpe', UNITS, ['people']],
    ['People', UNITS, ['people']],
    ['usd', UNITS, ['USD']],
    ['crosings', METRICS, ['crossings']],
    ['crossings-dayly', METRICS, ['crossings-daily']],
    ['boat', UNITS, ['boats']],
  ] as const)('%s finds %j', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toEqual(expected);
  });

  it.each([
    // Too far for a guess: a wrong suggestion misleads more than none.
    ['persons', UNITS],
    ['migrants', METRICS],
    ['x', UNITS],
    ['deaths', METRICS],
  ] as const)('%s finds nothing', (word, candidates) => {
    expect(nearest(word, candidates)).toEqual([]);
    expect(didYouMean(word, candidates)).toBe('');
  });

  it('names one, two or three equally close', () => {
    expect(didYouMean('crosings', METRICS)).toBe(' (did you mean "crossings"?)');
    expect(didYouMean('boat', ['boats', 'coat'])).toBe(' (did you mean "boats" or "coat"?)');
    expect(didYouMean('bat', ['bar', 'bag', 'cat', 'hat'])).toBe(' (did you mean "bag", "bar" or "cat"?)');
  });
});

describe('did you mean, for a unit', () => {
  it.each([...UNIT_SYNONYMS])('"%s" suggests "%s" when the catalogue counts in it', (typed, unit) => {
    expect(didYouMeanUnit(typed, new Set([unit, 'boats']))).toBe(` (did you mean "${unit}"?)`);
    // Written as a person types it, in capitals.
    expect(didYouMeanUnit(typed.toUpperCase(), new Set([unit]))).toBe(` (did you mean "${unit}"?)`);
  });

  it('suggests no synonym the catalogue does not count in, and falls back to the nearest names', () => {
    expect(didYouMeanUnit('persons', new Set(['boats', 'USD']))).toBe('');
    expect(didYouMeanUnit('peolpe', new Set(['people', 'boats']))).toBe(' (did you mean "people"?)');
  });
});
