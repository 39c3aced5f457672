/**
 * What one seat costs (src/reader/fares.ts): each entry of the fare lexicon reads its `reads`
 * examples and none of its `not` examples, and the fare a money figure gives is read from the
 * words around it, in sentences of other words than the entries' examples.
 */
import { describe, expect, it } from 'vitest';
import { FARES, fareOf } from '../../src/reader/fares.js';
import { readText } from '../../src/reader/read.js';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { parsePeriod } from '../../src/model/period.js';
import { lexiconExamplesTester } from '../helpers/lexicon-cases.js';

describe('the fare lexicon', () => {
  lexiconExamplesTester(FARES);
});

const noMetrics = buildCatalogue(new Map());
/** The fare of each money figure of a text, as "figure: leg" ("none" when it is no fare). */
function faresIn(text: string, language: 'en' | 'es' = 'en'): string[] {
  const read = readText(text, { catalogue: noMetrics, pageDate: parsePeriod('2024-08-12'), language, purpose: 'lint' });
  return read.figures
    .filter((f) => f.kind === 'quantity')
    .map((f) => {
      const fare = fareOf(read.masked.masked, f);
      return `${f.text}: ${fare ? (fare.leg ?? 'some leg') : 'none'}`;
    });
}

describe('the fare a money figure gives', () => {
  it.each([
    ['The launch to Capurganá charges $38 a passenger.', 'en', ['$38: leg-boat']],
    ['A ride on the bus to the border is $30 per person.', 'en', ['$30: leg-bus']],
    ['Guides ask $250 a head to cross the mountains.', 'en', ['$250: leg-guide']],
    ['The $70 ticket buys a bench and a life vest.', 'en', ['$70: some leg']],
    ['Cada pasajero paga 30 dólares por el puesto en la piragua.', 'es', ['30: none']],
    ['La piragua cobra 30 dólares por pasajero hasta la estación.', 'es', ['30: leg-boat']],
    ['A seat on the launch costs about $45, and the guides charge $300 a head.', 'en', ['about $45: leg-boat', '$300: leg-guide']],
    // No fare: one person's price is what each pays, not a family's total, a nightly rate or a budget.
    ['The boat trip cost them $900.', 'en', ['$900: none']],
    ['They paid $900 on the launch for the four of them.', 'en', ['$900: none', 'four: none']],
    ['A bed at the hostel is $12 a night.', 'en', ['$12: none']],
    ['The station cost $2 million to run last year.', 'en', ['$2 million: none']],
    ['Guides charge between $150 and $400 a head.', 'en', ['$150: none', '$400: none']],
  ] as const)('%s', (text, language, expected) => {
    expect(faresIn(text, language)).toEqual(expected);
  });
});
