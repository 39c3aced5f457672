/**
 * What a place is (src/reader/measures.ts): each entry of the measure lexicon reads its `reads`
 * examples and none of its `not` examples, and the measure a figure gives is read from the words
 * around it, in sentences of other words than the entries' examples.
 */
import { describe, expect, it } from 'vitest';
import { MEASURES, measureOf } from '../../src/reader/measures.js';
import { readText } from '../../src/reader/read.js';
import { buildCatalogue } from '../../src/drafts/metrics.js';
import { parsePeriod } from '../../src/model/period.js';
import { lexiconExamplesTester } from '../helpers/lexicon-cases.js';

describe('the measure lexicon', () => {
  lexiconExamplesTester(MEASURES);
});

const noMetrics = buildCatalogue(new Map());
/** The measure of each figure of a sentence, as "figure: measure". */
function measuresIn(text: string, language: 'en' | 'es' = 'en'): string[] {
  const read = readText(text, { catalogue: noMetrics, pageDate: parsePeriod('2024-08-12'), language, purpose: 'lint' });
  return read.figures.filter((f) => f.kind === 'quantity').map((f) => `${f.text}: ${measureOf(read.masked.masked, f) ?? 'none'}`);
}

describe('the measure a figure gives', () => {
  it.each([
    ['The old school in Metetí now has space for 250 people and a clinic.', 'en', ['250: capacity']],
    ['About 700 people slept in a gym built to hold 400.', 'en', ['About 700: none', '400: capacity']],
    ['Its 90 bunks were bought by the diocese.', 'en', ['90: capacity']],
    ['Canaán Membrillo, un poblado de 500 habitantes, vio pasar a miles.', 'es', ['500: residents']],
    ['Cruzar esos 110 kilómetros de selva lleva una semana.', 'es', ['110: length']],
    ['The Darién crossing is about 60 miles long.', 'en', ['about 60: length']],
    ['The bus stop is 60 miles from the camp.', 'en', ['60: none']],
    ['In June the church added 40 beds to the hall.', 'en', ['40: none']],
    ['That night the camp held 2,000 people.', 'en', ['2,000: none']],
    ['The pastor said 12 cots will stay out for whoever comes next.', 'en', ['12: none']],
    ['By Wednesday night all 190 cots were taken.', 'en', ['190: capacity']],
    ["Cleaners turned all 30 of the parish's beds on Monday.", 'en', ['30: capacity']],
    ['La casa de acogida de Yaviza, con 80 plazas, recibió a 200 personas.', 'es', ['80: capacity', '200: none']],
    ['Piden ampliar las 900 plazas de San Vicente.', 'es', ['900: capacity']],
    ['The volunteers visited 12 places with food.', 'en', ['12: none']],
    ['Los 700 vecinos de Canaán Membrillo esperan el agua.', 'es', ['700: residents']],
    ['Unos 40 vecinos de Canaán Membrillo protestaron.', 'es', ['Unos 40: none']],
    ['Its 2,000 residents had never seen so many strangers.', 'en', ['2,000: residents']],
    ['Dozens of residents and 30 residents of Bajo Chiquito protested.', 'en', ['30: none']],
    ['En Metetí viven unas 6.000 personas.', 'es', ['unas 6.000: residents']],
    ['In the hamlet about 300 people still live there.', 'en', ['about 300: residents']],
    ['Across the river some 1,500 people live in tents while they wait for boats.', 'en', ['some 1,500: none']],
    ['Los 40 vecinos de Canaán Membrillo que firmaron la carta viajaron a Metetí.', 'es', ['40: none']],
    ['Volunteers handed out food at 12 places in Yaviza.', 'en', ['12: none']],
    ['Each volunteer had 12 places to visit.', 'en', ['12: none']],
    ['By night all 75 places were taken.', 'en', ['75: capacity']],
    ['By night 75 places were taken.', 'en', ['75: none']],
  ] as const)('%j', (text, language, expected) => {
    expect(measuresIn(text, language)).toEqual(expected);
  });
});
