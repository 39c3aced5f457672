/**
 * The Spanish period rules' own examples (src/text/periods-es.ts), run as Duckling runs its
 * corpus: each example must be read whole, as the rule's kind; each phrase a rule lists as not
 * its own must not be read as that kind. Then a table of what the phrases resolve to.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/period.js';
import { compactPeriod, findPeriods, resolveSameAs } from '../../src/text/periods.js';
import { SPANISH_PERIOD_RULES } from '../../src/text/periods-es.js';

const page = parsePeriod('2024-07-18');

describe('every Spanish period rule reads its examples, and not its counter-examples', () => {
  for (const rule of SPANISH_PERIOD_RULES) {
    for (const example of rule.examples) {
      it(`${rule.kind}: "${example}"`, () => {
        const found = findPeriods(example, page, 0, example.length, 'es');
        expect(found.map((p) => [p.kind, p.words])).toEqual([[rule.kind, example]]);
      });
    }
    for (const phrase of rule.not) {
      it(`${rule.kind}: not "${phrase}"`, () => {
        const found = findPeriods(phrase, page, 0, phrase.length, 'es');
        expect(found.filter((p) => p.kind === rule.kind && p.words === phrase)).toEqual([]);
      });
    }
  }
});

/** [phrase, page date, the period it names] (null: names none darien resolves). */
const RESOLVED: Array<readonly [string, string, string | null]> = [
  ['en enero', '2024-07-18', '2024-01'],
  ['en julio', '2024-07-18', '2024-07-01/2024-07-18'],
  ['en marzo del año pasado', '2024-07-18', '2023-03'],
  ['el 25 de septiembre de 2024', '2024-12-01', '2024-09-25'],
  ['el 1 de julio', '2024-07-18', '2024-07-01'],
  // The weekday says which year's day it is, and "el próximo lunes" is the coming one.
  ['el lunes 1 de julio', '2024-06-24', '2024-07-01'],
  ['el próximo lunes', '2024-06-24', '2024-07-01'],
  ['el viernes próximo', '2024-06-24', '2024-06-28'],
  // The first days of the page's own month, early in it: from its first day to the page's.
  ['en los primeros días de septiembre', '2024-09-09', '2024-09-01/2024-09-09'],
  ['en los primeros días de marzo', '2024-09-09', null],
  ['entre enero y el 25 de septiembre', '2024-09-27', '2024-01-01/2024-09-25'],
  ['entre enero y abril de 2022', '2024-09-27', '2022-01/2022-04'],
  ['de enero a marzo', '2024-07-18', '2024-01/2024-03'],
  ['de noviembre de 2023 a febrero de 2024', '2024-07-18', '2023-11/2024-02'],
  ['del 1 al 17 de julio', '2024-07-20', '2024-07-01/2024-07-17'],
  ['en lo que va de año', '2025-03-10', '2025-01-01/2025-03-10'],
  ['en lo que va de 2024', '2024-07-17', '2024-01-01/2024-07-17'],
  // Said after the year ended, "so far" is the whole year: it cannot run past it.
  ['en lo que va de 2023', '2024-02-07', '2023'],
  ['el año pasado', '2024-07-18', '2023'],
  ['este año', '2024-07-18', '2024-01-01/2024-07-18'],
  ['desde el 1 de julio', '2024-07-18', '2024-07-01/2024-07-18'],
  ['desde enero', '2024-07-18', '2024-01-01/2024-07-18'],
  ['en 2023', '2024-07-18', '2023'],
  ['en 2024', '2024-07-18', '2024-01-01/2024-07-18'],
  ['en todo 2024', '2025-01-05', '2024'],
  ['los primeros 17 días de julio', '2024-07-18', '2024-07-01/2024-07-17'],
  ['los primeros seis meses del año', '2024-08-01', '2024-01/2024-06'],
  ['durante los primeros 40 días del año', '2023-02-10', '2023-01-01/2023-02-09'],
  ['las últimas dos semanas de 2023', '2024-02-10', '2023-12-18/2023-12-31'],
  ['el primer trimestre', '2024-05-10', '2024-01/2024-03'],
  ['el tercer trimestre de 2023', '2024-05-10', '2023-07/2023-09'],
  ['el segundo semestre del año pasado', '2024-05-10', '2023-07/2023-12'],
  ['los últimos 12 meses', '2024-06-30', '2023-07/2024-06'],
  ['hace dos años', '2024-05-10', '2022'],
  ['a mediados de 2024', '2024-12-01', null],
  ['antes de la pandemia', '2024-12-01', null],
  ['en 2023 y 2024', '2024-12-01', null],
];

describe('Spanish period phrases resolve as their English glosses do', () => {
  for (const [phrase, date, expected] of RESOLVED) {
    it(`"${phrase}" on ${date}`, () => {
      const [mention, ...rest] = findPeriods(phrase, parsePeriod(date), 0, phrase.length, 'es');
      expect(rest).toEqual([]);
      expect(mention!.words).toBe(phrase);
      const period = mention!.resolved?.period ?? null;
      expect(period ? compactPeriod(period).text : null).toBe(expected);
    });
  }
  it('"el mismo periodo del año pasado" is the period it refers to, a year back', () => {
    const [mention] = findPeriods('el mismo periodo del año pasado', page, 0, 31, 'es');
    expect(mention!.kind).toBe('same');
    expect(resolveSameAs(mention!.sameAs!, parsePeriod('2024-01-01/2024-09-25'))!.text).toBe('2023-01-01/2023-09-25');
  });
  it('English text is not read with the Spanish rules', () => {
    expect(findPeriods('en enero', page, 0, 8, 'en')).toEqual([]);
  });
});
