/**
 * The words of restatement (src/reader/restated.ts): each entry reads its `reads` examples and
 * none of its `not` examples, as the lexicon's test runs EN and ES; and what a figure counts.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/reader/lexicon/lexicon.js';
import { RESTATED, countedNoun } from '../../src/reader/restated.js';
import { readText } from '../../src/reader/read.js';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { parsePeriod } from '../../src/model/period.js';

const cases = RESTATED.entries.flatMap((entry) => [
  ...entry.examples.reads.map((text) => [entry.id, 'reads', text, true, entry] as const),
  ...entry.examples.not.map((text) => [entry.id, 'does not read', text, false, entry] as const),
]);

describe('the restatement lexicon', () => {
  it.each(cases)('%s %s %j', (_, __, text, expected, entry) => {
    const reads = 'pattern' in entry ? new RegExp(entry.pattern.source, entry.pattern.flags.replace('g', '')).test(text) : RESTATED.words(entry.id).has(normalise(text, entry.match));
    expect(reads).toBe(expected);
  });
});

describe('what a figure counts', () => {
  const catalogue = buildCatalogue(new Map());
  const table: ReadonlyArray<readonly [string, 'en' | 'es', string | null]> = [
    ['She treated 60 patients.', 'en', 'patients'],
    ['They logged 60 patient visits.', 'en', 'patient visits'],
    ['Some 60 people waited.', 'en', 'people'],
    ['Those 65 and older stayed.', 'en', null],
    ['About 40 percent stayed.', 'en', null],
    ['Llegaron 113 pacientes.', 'es', 'pacientes'],
    ['Eran unos 40.000, así que subió.', 'es', null],
  ];
  it.each(table)('%j counts %j', (sentence, language, words) => {
    const read = readText(sentence, { catalogue, pageDate: parsePeriod('2024-08-12'), language, purpose: 'lint' });
    const figure = read.figures.find((f) => f.kind === 'quantity')!;
    expect(countedNoun(read.masked.masked, figure, language)?.words ?? null).toBe(words);
  });
});
