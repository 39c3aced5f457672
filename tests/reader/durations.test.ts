/**
 * Spans of time (src/reader/durations.ts): each lexicon entry reads its `reads` examples and none
 * of its `not` examples; the reader keeps every duration aside, with its hedge, range and unit,
 * whether or not a period phrase took its words; and which earlier span a later one restates.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/reader/lexicon/lexicon.js';
import { DURATIONS, restatedDurations } from '../../src/reader/durations.js';
import { readText } from '../../src/reader/read.js';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { parsePeriod } from '../../src/model/period.js';

const cases = DURATIONS.entries.flatMap((entry) => [
  ...entry.examples.reads.map((text) => [entry.id, 'reads', text, true, entry] as const),
  ...entry.examples.not.map((text) => [entry.id, 'does not read', text, false, entry] as const),
]);

describe('the durations lexicon', () => {
  it.each(cases)('%s %s %j', (_, __, text, expected, entry) => {
    const reads = 'pattern' in entry ? new RegExp(entry.pattern.source, entry.pattern.flags.replace('g', '')).test(text) : DURATIONS.words(entry.id).has(normalise(text, entry.match));
    expect(reads).toBe(expected);
  });
});

const catalogue = buildCatalogue(new Map());
const read = (text: string, language: 'en' | 'es' = 'en') => readText(text, { catalogue, pageDate: parsePeriod('2024-08-12'), language, purpose: 'lint' });

describe('the durations a text holds', () => {
  const table: ReadonlyArray<readonly [string, 'en' | 'es', string[]]> = [
    ['She waited about three days at the dock.', 'en', ['about three day 2.4-3.6']],
    ['Most people spend six to ten days in the jungle.', 'en', ['six to ten day 5.5-12']],
    ['I think back over those fourteen days often.', 'en', ['fourteen day 13.5-14.5']],
    ['Tras cuatro días de marcha llegó a Bajo Chiquito.', 'es', ['cuatro day 3.5-4.5']],
    // A round number stands for what rounds to it, as a count's does ("90" for 85 to 95).
    ['The 90-day permit ran out.', 'en', ['90 day 85-95']],
    // Not durations: an age, a count of people, a date.
    ['Mora, 34, crossed with 12 people on July 3.', 'en', []],
  ];
  it.each(table)('%j', (text, language, expected) => {
    const found = read(text, language).durations.map((d) => `${d.text} ${d.unit} ${d.interval!.map((x) => +x.toFixed(2)).join('-')}`);
    expect(found).toEqual(expected);
  });
});

describe('which earlier span a later one restates', () => {
  const restated = (text: string, language: 'en' | 'es' = 'en'): string[] => restatedDurations(read(text, language)).map((r) => `${r.figure.text} restates ${r.earlier.text}`);
  it('the nearest whose sentence holds a word of what follows the unit', () => {
    expect(restated('He spent two days on the river.\n\nThen he walked nine days on the trail.\n\nIn those eight days on the trail he lost a tent.')).toEqual(['eight restates nine']);
  });
  it('the one earlier span of that unit, when nothing after it says which', () => {
    expect(restated('I stayed nine days.\n\nHer six days there were harder.')).toEqual(['six restates nine']);
  });
  it('not a span in another unit', () => {
    expect(restated('I stayed nine hours.\n\nThose six days were harder.')).toEqual([]);
  });
  it('not "the" with no word of the earlier sentence after it', () => {
    expect(restated('I stayed nine days.\n\nThe six days of rain flooded the camp.')).toEqual([]);
  });
});
