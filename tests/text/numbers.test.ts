/**
 * Reading figures out of sentences: each case is a sentence, the figures that must be read (as
 * written, with value, hedge, unit, rate and change), and by omission the numbers that must not.
 */
import { describe, expect, it } from 'vitest';
import { findFigures, type FigureMention } from '../../src/text/numbers.js';
import { findPeriods } from '../../src/text/periods.js';
import { parsePeriod } from '../../src/model/period.js';

function read(sentence: string): FigureMention[] {
  const taken = findPeriods(sentence, parsePeriod('2024-07-17'));
  return findFigures(sentence, sentence, 0, sentence.length, { taken });
}

function brief(f: FigureMention): Record<string, unknown> {
  return {
    text: f.text,
    value: f.value,
    hedge: f.hedge.kind,
    unit: f.unit,
    ...(f.per ? { per: f.per } : {}),
    ...(f.change ? { change: `${f.change.kind} ${f.change.direction}` } : {}),
    ...(f.age ? { age: true } : {}),
    ...(f.part ? { part: true } : {}),
  };
}

const cases: Array<[string, Array<Record<string, unknown>>]> = [
  ['11,363 migrants had crossed since July 1.', [{ text: '11,363', value: 11363, hedge: 'none', unit: null }]],
  // A hedge glued to a letter is not that hedge; a letter outside the BMP (two code units) too.
  ['The count was Ano fewer than 500 people.', [{ text: 'fewer than 500', value: 500, hedge: 'below', unit: null }]],
  ['The count was \u{1D400}no fewer than 500 people.', [{ text: 'fewer than 500', value: 500, hedge: 'below', unit: null }]],
  ['The count was, no fewer than 500 people.', [{ text: 'no fewer than 500', value: 500, hedge: 'at-least', unit: null }]],
  ['Over half a million migrants crossed in 2023.', [{ text: 'Over half a million', value: 500000, hedge: 'over', unit: null }]],
  ['equipment valued at more than three million dollars', [{ text: 'more than three million', value: 3000000, hedge: 'over', unit: 'USD' }]],
  ['boats worth more than $3 million', [{ text: 'more than $3 million', value: 3000000, hedge: 'over', unit: 'USD' }]],
  ['In 2023 there were 2.48 million encounters.', [{ text: '2.48 million', value: 2480000, hedge: 'none', unit: null }]],
  ['nearly 140,000 migrants passed through Panama', [{ text: 'nearly 140,000', value: 140000, hedge: 'under', unit: null }]],
  ['roughly 9,000 fewer crossings', [{ text: 'roughly 9,000', value: 9000, hedge: 'approximately', unit: null, change: 'difference decrease' }]],
  ['at least 9,000 migrants', [{ text: 'at least 9,000', value: 9000, hedge: 'at-least', unit: null }]],
  ['upwards of 20,000 refugees', [{ text: 'upwards of 20,000', value: 20000, hedge: 'over', unit: null }]],
  ['about 9,000 fewer than the same period last year', [{ text: 'about 9,000', value: 9000, hedge: 'approximately', unit: null, change: 'difference decrease' }]],
  ['to just 140 today', [{ text: 'just 140', value: 140, hedge: 'none', unit: null }]],
  ['nearly 140,000 a day', [{ text: 'nearly 140,000', value: 140000, hedge: 'under', unit: null, per: 'day' }]],
  // "weekly" before a noun of its own names how often that thing happens, not the figure's rate.
  ['when 3,430 arrived, according to a graph shown at his weekly press conference', [{ text: '3,430', value: 3430, hedge: 'none', unit: null }]],
  ['some 4,000 were deported on the weekly flights', [{ text: 'some 4,000', value: 4000, hedge: 'approximately', unit: null }]],
  ['some 4,000 crossed weekly', [{ text: 'some 4,000', value: 4000, hedge: 'approximately', unit: null, per: 'week' }]],
  // A label word after "this" is a noun of the sentence: the number after it counts the plural that
  // follows. After "the" it may still name a road ("the route 15"): only "this" settles it.
  ['Along this route 15,588 migrants travelled', [{ text: '15,588', value: 15588, hedge: 'none', unit: null }]],
  ['They took Route 15 north', []],
  ['Along the route 15 migrants travelled', []],
  ['roughly 28 people every hour', [{ text: 'roughly 28', value: 28, hedge: 'approximately', unit: null, per: 'hour' }]],
  ['unas 60 personas por hora', [{ text: 'unas 60', value: 60, hedge: 'approximately', unit: null, per: 'hour' }]],
  ['2,461 per day at its peak', [{ text: '2,461', value: 2461, hedge: 'none', unit: null, per: 'day' }]],
  [
    'more than 200,000 illegal migrants are entering the country every month along the border',
    [{ text: 'more than 200,000', value: 200000, hedge: 'over', unit: null, per: 'month' }],
  ],
  ['crossings nearly tripled this year', [{ text: 'nearly tripled', value: 3, hedge: 'under', unit: 'times', change: 'ratio increase' }]],
  ['a tenfold increase', [{ text: 'tenfold', value: 10, hedge: 'none', unit: 'times', change: 'ratio increase' }]],
  ['for manifold reasons', []],
  ['a six-fold increase', [{ text: 'six-fold', value: 6, hedge: 'none', unit: 'times', change: 'ratio increase' }]],
  ['crossings almost doubled', [{ text: 'almost doubled', value: 2, hedge: 'under', unit: 'times', change: 'ratio increase' }]],
  ['a 99% reduction in irregular immigration', [{ text: '99%', value: 99, hedge: 'none', unit: 'percent', change: 'percent-change decrease' }]],
  ['a drop of 41 percent', [{ text: '41 percent', value: 41, hedge: 'none', unit: 'percent', change: 'percent-change decrease' }]],
  ['This is more than a 99.98% drop', [{ text: 'more than a 99.98%', value: 99.98, hedge: 'over', unit: 'percent', change: 'percent-change decrease' }]],
  ['We have achieved a 41-percent reduction', [{ text: '41-percent', value: 41, hedge: 'none', unit: 'percent', change: 'percent-change decrease' }]],
  ['beating his rival by nearly ten percentage points', [{ text: 'nearly ten', value: 10, hedge: 'under', unit: 'percentage-points' }]],
  ['around three miles of barbed wire on five different trails', [
    { text: 'around three', value: 3, hedge: 'approximately', unit: 'miles' },
    { text: 'five', value: 5, hedge: 'none', unit: null },
  ]],
  // Not claims: years, dates, times, ordinals, durations, page and phone numbers, labels, codes.
  ['In 2023, on July 1 and on Sept. 19, 2021, at 10:30 on 7/17', []],
  ['the 2nd round, the first summit, page 12, No. 4 and Title 42', []],
  ['call 202-555-0100 or (507) 555-0199, COVID-19, G7, I-95', []],
  ['call +50712345678 or +507-555-0199', []],
  // A signed change in a table is a figure, not a country code.
  ['+140%', [{ text: '140%', value: 140, hedge: 'none', unit: 'percent' }]],
  ['He spent two years there and one of them in Colón.', []],
  // "above the 248,284": the figure a difference is set against, not a hedge on it.
  ['It was more than 80,000 above the 248,284 of 2022.', [{ text: 'more than 80,000', value: 80000, hedge: 'over', unit: null, change: 'difference increase' }, { text: '248,284', value: 248284, hedge: 'none', unit: null }]],
  ['The 65-year-old lawyer', [{ text: '65-year-old', value: 65, hedge: 'none', unit: 'years', age: true }]],
  // A fraction of an average month is a ratio, as a fraction of a year's total is.
  ["July's total was barely a tenth of an average month in 2023.", [{ text: 'barely a tenth', value: 0.1, hedge: 'approximately', unit: 'times', change: 'ratio decrease' }]],
  // A list's figure glossed as someone's age.
  ['- **65** — his age on inauguration day, July 1.', [{ text: '65', value: 65, hedge: 'none', unit: 'years', age: true }]],
  ['lost 28-23 to Georgia Tech', []],
  // Times of day are not figures.
  ['migrants crossed at 10 a.m. each day, at 10 pm, at 9.30 p.m., at 7am and at 10 o’clock', []],
  // A small number set off by commas after a word may be an age, or a count ("In March, 44,
  // including ..."): read, marked as a part, so lint leaves it unchecked. A list of figures is not.
  ['In 2023, the migrant, 40, crossed the Darién Gap.', [{ text: '40', value: 40, hedge: 'none', unit: null, part: true }]],
  ['Mulino, 65, has been president', [{ text: '65', value: 65, hedge: 'none', unit: null, part: true }]],
  ['In March, 44, including nine children, died crossing.', [
    { text: '44', value: 44, hedge: 'none', unit: null, part: true },
    { text: 'nine', value: 9, hedge: 'none', unit: null },
  ]],
  // 200 is too old for an age.
  ['Panama, 200, and Colombia, 150.', [
    { text: '200', value: 200, hedge: 'none', unit: null },
    { text: '150', value: 150, hedge: 'none', unit: null },
  ]],
  ['crossings rose to 12, 15 and 20', [
    { text: '12', value: 12, hedge: 'none', unit: null },
    { text: '15', value: 15, hedge: 'none', unit: null },
    { text: '20', value: 20, hedge: 'none', unit: null },
  ]],
  // Parts of a group, proportions and group sizes are read, marked as parts (lint leaves them unchecked).
  ['Two of the migrants who crossed the Darién Gap in 2023 died.', [{ text: 'Two', value: 2, hedge: 'none', unit: null, part: true }]],
  ['In 2023, 113,000 of them were children.', [{ text: '113,000', value: 113000, hedge: 'none', unit: null, part: true }]],
  ['One in five migrants crossed the Darién Gap in 2023.', [{ text: 'five', value: 5, hedge: 'none', unit: null, part: true }]],
  ['1 in 10 migrants, 9 in 10 families, nine out of 10 children and 1 in 1,000', [
    { text: '1', value: 1, hedge: 'none', unit: null, part: true },
    { text: '10', value: 10, hedge: 'none', unit: null, part: true },
    { text: '9', value: 9, hedge: 'none', unit: null, part: true },
    { text: '10', value: 10, hedge: 'none', unit: null, part: true },
    { text: 'nine', value: 9, hedge: 'none', unit: null, part: true },
    { text: '10', value: 10, hedge: 'none', unit: null, part: true },
    { text: '1', value: 1, hedge: 'none', unit: null, part: true },
    { text: '1,000', value: 1000, hedge: 'none', unit: null, part: true },
  ]],
  ['One migrant in three crossing the Darién Gap in 2023 was a child.', [{ text: 'three', value: 3, hedge: 'none', unit: null, part: true }]],
  ['12 smugglers were arrested, and 30 more people were charged; another 40 fled', [
    { text: '12', value: 12, hedge: 'none', unit: null },
    { text: '30', value: 30, hedge: 'none', unit: null, part: true },
    { text: '40', value: 40, hedge: 'none', unit: null, part: true },
  ]],
  ['9,000 more migrants than last year met 20 other representatives', [
    { text: '9,000', value: 9000, hedge: 'none', unit: null, change: 'difference increase' },
    { text: '20', value: 20, hedge: 'none', unit: null },
  ]],
  ['They crossed in groups of 50 in 2023.', [{ text: '50', value: 50, hedge: 'none', unit: null, part: true }]],
  ['caravans of about 2,000 people', [{ text: 'about 2,000', value: 2000, hedge: 'approximately', unit: null, part: true }]],
  ['in groups of more than 100, or in groups of 20 to 50', [
    { text: 'more than 100', value: 100, hedge: 'over', unit: null, part: true },
    // A range is one figure: the group's size from 20 to 50 (its value is the middle).
    { text: '20 to 50', value: 35, hedge: 'none', unit: null, part: true },
  ]],
  // Not parts: a share, counts over a span of time, in places, in flights, in a year; a band's arrests.
  ['99% of the migrants were Venezuelan', [{ text: '99%', value: 99, hedge: 'none', unit: 'percent' }]],
  ['5,000 in 10 days', [{ text: '5,000', value: 5000, hedge: 'none', unit: null }]],
  ['5,000 in 12 countries', [
    { text: '5,000', value: 5000, hedge: 'none', unit: null },
    { text: '12', value: 12, hedge: 'none', unit: null },
  ]],
  ['deported 390 in three flights', [
    { text: '390', value: 390, hedge: 'none', unit: null },
    { text: 'three', value: 3, hedge: 'none', unit: null },
  ]],
  // A height or a length written as an adjective or with its unit is no count.
  ['fallen from the 30-foot-high border wall', []],
  ['a wall 30 feet high', []],
  // "made up 2 per cent of": a share, not a rise ("up 2 per cent" is one).
  ['children made up just 2 per cent of the flow', [{ text: 'just 2 per cent', value: 2, hedge: 'none', unit: 'percent' }]],
  // A share of the whole (a ratio, part over whole), but not a group's share, at the head of a sentence too.
  ['August made up more than 70% of all crossings', [{ text: 'more than 70%', value: 70, hedge: 'over', unit: 'percent', change: 'ratio decrease' }]],
  ['Children made up just 2 per cent of the flow', [{ text: 'just 2 per cent', value: 2, hedge: 'none', unit: 'percent' }]],
  ['5 in 2023', [{ text: '5', value: 5, hedge: 'none', unit: null }]],
  ['police arrested a band of 14 smugglers', [{ text: '14', value: 14, hedge: 'none', unit: null }]],
  // A change in a table's column, with its sign and a decimal point, is no phone number.
  ['| 2022 | +58.7% |', [{ text: '58.7%', value: 58.7, hedge: 'none', unit: 'percent' }]],
  // A house number before its street is an address.
  ['the parish hall, 2214 Delmar Ave., at 6:40 a.m.', []],
  // A compass quarter and a terrace: "8725 NW 18th Terrace" is an address, as "2214 Delmar Ave." is.
  ['The center, 8725 NW 18th Terrace, collects shoes.', []],
  // … but not a headline's count before words in capitals ("Make Their Way").
  ['4000 Migrants Make Their Way Through the Darién', [{ text: '4000', value: 4000, hedge: 'none', unit: null }]],
  // "already" before a verb of passing a mark: at least the mark, a running total still rising.
  ['the tally had already passed 212,000', [{ text: '212,000', value: 212000, hedge: 'at-least', unit: null }]],
  ['at 1600 Pennsylvania Avenue and 40 W. 57th Street', []],
  ['2214 Haitians arrived in the Darién', [{ text: '2214', value: 2214, hedge: 'none', unit: null }]],
  // A kilometre post is a label.
  ['stopped at kilometer 42 and at km 17', []],
  // "and" goes on after a scale only: "between six and seven hundred" is a range of 600 to 700, not 1,300.
  ['somewhere between six and seven hundred a day', [{ text: 'six and seven hundred', value: 650, hedge: 'none', unit: null, per: 'day' }]],
  ['one hundred and forty people', [{ text: 'one hundred and forty', value: 140, hedge: 'none', unit: null }]],
  // … and a number after "and" that ends in the same scale is the range's other end, not 60,700.
  ['between six hundred and seven hundred people a day', [{ text: 'six hundred and seven hundred', value: 650, hedge: 'none', unit: null, per: 'day' }]],
  ['a hundred and thirty-three thousand people', [{ text: 'a hundred and thirty-three thousand', value: 133000, hedge: 'none', unit: null }]],
  // Where a count went back up to, not "at most".
  ['Haitians and Venezuelans push the count back up to 22,102.', [{ text: '22,102', value: 22102, hedge: 'none', unit: null }]],
  ['up to 3,000 a day', [{ text: 'up to 3,000', value: 3000, hedge: 'at-most', unit: null, per: 'day' }]],
  // A script read aloud puts a comma after the thousands: one number, not two.
  ['Twenty thousand, five hundred nineteen people came up out of the jungle.', [{ text: 'Twenty thousand, five hundred nineteen', value: 20519, hedge: 'none', unit: null }]],
  // Not a list of two numbers each with its own scale, nor a number after a comma with no scale before it.
  ['twenty thousand, five thousand of them children', [{ text: 'twenty thousand', value: 20000, hedge: 'none', unit: null }, { text: 'five thousand', value: 5000, hedge: 'none', unit: null, part: true }]],
  ['they were ninety, seven of them children', [{ text: 'ninety', value: 90, hedge: 'none', unit: null }, { text: 'seven', value: 7, hedge: 'none', unit: null, part: true }]],
  // A dateline's day, whatever the language of its month: no figure.
  ['Metetí, Panamá, 22 dic (EFE).- Panama closes 2023 with 500,000 crossings', [{ text: '500,000', value: 500000, hedge: 'none', unit: null }]],
  // A dozen is twelve, as a ratio.
  ['about a dozen times as many people as January', [{ text: 'about a dozen times', value: 12, hedge: 'approximately', unit: 'times', change: 'ratio increase' }]],
  // … but a dozen of things is counted loosely: "more than a dozen boats" is true of 16, and no figure.
  ['more than a dozen boats', []],
  // A fraction of change with a count before a plural ("two fifths") or after "down by".
  ['the number was down by about two fifths', [{ text: 'about two fifths', value: 40, hedge: 'approximately', unit: 'percent', change: 'percent-change decrease' }]],
  ['it rose by three quarters', [{ text: 'three quarters', value: 75, hedge: 'none', unit: 'percent', change: 'percent-change increase' }]],
  // A currency sign or word says the unit: pounds and euros are money, not people.
  ['the figure was £3.1 million for shelter', [{ text: '£3.1 million', value: 3100000, hedge: 'none', unit: 'GBP' }]],
  ['the EU gave €2 million', [{ text: '€2 million', value: 2000000, hedge: 'none', unit: 'EUR' }]],
  ['the EU gave 2 million euros', [{ text: '2 million', value: 2000000, hedge: 'none', unit: 'EUR' }]],
  // A rough length of time counts nothing.
  ['they crossed near Acandí, perhaps a day or two behind them', []],
  ['llegaron una semana o dos después', []],
  // A day of a month named before counts nothing.
  ['la foto, tomada el 26 de ese mes, recorrió el mundo', []],
  ['the photo, taken on the 26th of that month, went round the world', []],
];

describe('findFigures', () => {
  for (const [sentence, expected] of cases) {
    it(sentence, () => {
      expect(read(sentence).map(brief)).toEqual(expected);
    });
  }

  it('a rate said at the head of a sentence is not the rate of totals set against it after a turn ("dejando atrás", "surpassing")', () => {
    const cases: Array<[string, string, 'en' | 'es']> = [
      ['Con un promedio diario de más de mil llegadas, la cifra de este año supera con creces la de años anteriores, dejando atrás las cifras de 248.000 en 2022.', '248.000', 'es'],
      ['At a daily average of more than 1,000 arrivals, this year is on course for a record, surpassing the figures of 248,000 in 2022.', '248,000', 'en'],
    ];
    for (const [sentence, total, language] of cases) {
      const taken = findPeriods(sentence, parsePeriod('2023-09-01'), 0, sentence.length, language);
      const figures = findFigures(sentence, sentence, 0, sentence.length, { taken, language });
      expect(figures.find((f) => f.text.endsWith('mil') || f.text.endsWith('1,000'))?.per).toBe('day');
      expect(figures.find((f) => f.text === total)?.per).toBeNull();
    }
  });
  it('a Spanish fraction of change ("una caída de más de tres cuartas partes", "cayó en dos terceras partes") is a percent change', () => {
    const read = (sentence: string) => findFigures(sentence, sentence, 0, sentence.length, { taken: findPeriods(sentence, parsePeriod('2018-01-15'), 0, sentence.length, 'es'), language: 'es' });
    const fall = read('El flujo se hundió hasta 6.780, una caída de más de tres cuartas partes.').at(-1)!;
    expect([fall.text, fall.value, fall.unit, fall.change ? `${fall.change.kind} ${fall.change.direction}` : null]).toEqual(['más de tres cuartas partes', 75, 'percent', 'percent-change decrease']);
    const twoThirds = read('El flujo cayó en dos terceras partes en 2017.')[0]!;
    expect([twoThirds.value, twoThirds.unit]).toEqual([66.67, 'percent']);
    // Not a share of something else: "las tres cuartas partes del total" is no change.
    expect(read('Eso equivale a las tres cuartas partes del total.').map((f) => f.text)).toEqual([]);
    // "dos quintos", "tres cuartos": the fraction said with its denominator as a noun.
    const twoFifths = read('Son unas 218.000 personas menos de un año a otro, una caída de alrededor de dos quintos.').at(-1)!;
    expect([twoFifths.text, twoFifths.value, twoFifths.unit, twoFifths.change ? `${twoFifths.change.kind} ${twoFifths.change.direction}` : null]).toEqual(['alrededor de dos quintos', 40, 'percent', 'percent-change decrease']);
  });
  it('fractions of a whole: "nearly three-quarters of the year", "casi tres cuartas partes de los ingresos del año" are ratios, not "three"', () => {
    const read = (sentence: string, language: 'en' | 'es') => findFigures(sentence, sentence, 0, sentence.length, { taken: findPeriods(sentence, parsePeriod('2022-03-01'), 0, sentence.length, language), language });
    const brief = (f: FigureMention) => [f.text, f.value, f.unit, f.change ? `${f.change.kind} ${f.change.direction}` : null];
    expect(brief(read('brought 76,741 of those arrivals, nearly three-quarters of the year.', 'en').at(-1)!)).toEqual(['nearly three-quarters', 0.75, 'times', 'ratio decrease']);
    expect(brief(read('Esos tres meses sumaron casi tres cuartas partes de los ingresos del año.', 'es').at(-1)!)).toEqual(['casi tres cuartas partes', 0.75, 'times', 'ratio decrease']);
    // Not a share with no whole after it.
    expect(read('Three quarters stayed home.', 'en').map((f) => f.text)).not.toContain('Three quarters');
  });
  it('proportions of a whole: "made up nearly three in four of the year\'s crossings", "seis de cada diez de aquel año" are ratios; one of a group stays a proportion', () => {
    const read = (sentence: string, language: 'en' | 'es') => findFigures(sentence, sentence, 0, sentence.length, { taken: findPeriods(sentence, parsePeriod('2022-03-01'), 0, sentence.length, language), language });
    const brief = (f: FigureMention) => [f.text, f.value, f.unit, f.change ? `${f.change.kind} ${f.change.direction}` : null];
    expect(brief(read('Those weeks made up nearly three in four of the year\'s crossings.', 'en').at(-1)!)).toEqual(['nearly three in four', 0.75, 'times', 'ratio decrease']);
    expect(brief(read('The 11,363 July arrivals were about one in ten of the year\'s arrivals.', 'en').at(-1)!)).toEqual(['about one in ten', 0.1, 'times', 'ratio decrease']);
    expect(brief(read('Esas semanas sumaron 76.741 cruces, casi seis de cada diez de aquel año.', 'es').at(-1)!)).toEqual(['casi seis de cada diez', 0.6, 'times', 'ratio decrease']);
    expect(brief(read('Los meses de otoño concentraron tres de cada cuatro ingresos de ese año.', 'es').at(-1)!)).toEqual(['tres de cada cuatro', 0.75, 'times', 'ratio decrease']);
    // Of a group, not of the year: no verb of making up before it, or no whole after it.
    expect(read('One in five of last year\'s crossers was a child.', 'en').some((f) => f.change)).toBe(false);
    expect(read('The agency says about two in three of this year\'s crossers are Venezuelan.', 'en').some((f) => f.change)).toBe(false);
    expect(read('Siete de cada diez migrantes eran venezolanos.', 'es').some((f) => f.change)).toBe(false);
    // A verb of making up, but no part of the year named before it: a group's share.
    expect(read('Venezuelans made up nearly two in three of the year\'s crossings.', 'en').some((f) => f.change)).toBe(false);
  });
  it('a group\'s share at a Spanish sentence\'s head: "Niños fueron el 20 % del total" is no ratio of the whole', () => {
    const sentence = 'Niños fueron el 20 % del total.';
    const [figure] = findFigures(sentence, sentence, 0, sentence.length, { taken: findPeriods(sentence, parsePeriod('2024-07-17'), 0, sentence.length, 'es'), language: 'es' });
    expect([figure!.text, figure!.change]).toEqual(['20 %', null]);
  });
  it('not a group: "These made up more than 70% of all crossings" is a share of the whole', () => {
    const [figure] = read('These made up more than 70% of all crossings');
    expect(figure!.change).toEqual({ kind: 'ratio', direction: 'decrease' });
  });
  it('fractions of the year as spans are no figures: "For a quarter of the year the trails were closed"; nor a group\'s share of "los cruces"', () => {
    expect(read('For a quarter of the year the trails were closed.').map((f) => f.text)).toEqual([]);
    const sentence = 'Más de la mitad de los cruces fueron de venezolanos.';
    expect(findFigures(sentence, sentence, 0, sentence.length, { taken: findPeriods(sentence, parsePeriod('2024-07-17'), 0, sentence.length, 'es'), language: 'es' }).map((f) => f.text)).toEqual([]);
  });
  it('Spanish differences said without "que": "N más de las que …", "N cruces más de un año a otro"; "N más" with nothing after is an addition', () => {
    const read = (sentence: string) => findFigures(sentence, sentence, 0, sentence.length, { taken: findPeriods(sentence, parsePeriod('2023-06-05'), 0, sentence.length, 'es'), language: 'es' });
    const change = (sentence: string, text: string) => { const f = read(sentence).find((x) => x.text === text)!; return f.change ? `${f.change.kind} ${f.change.direction}` : f.part?.reason ?? null; };
    expect(change('En 2022 cruzaron 248.284, unas 115.000 más de las que cruzaron en 2021.', 'unas 115.000')).toBe('difference increase');
    expect(change('Son casi 115.000 cruces más de un año a otro.', 'casi 115.000')).toBe('difference increase');
    expect(change('Son 9.000 personas menos de un año para otro.', '9.000')).toBe('difference decrease');
    expect(change('Llegaron 115.000 cruces más en 2022.', '115.000')).toBe('addition');
  });
  it('"N migrantes más a los reportados en 2021", as some wires write "más que los", is a difference', () => {
    const sentence = 'Se trata de 7.500 migrantes más a los reportados entre enero y abril de 2021.';
    const taken = findPeriods(sentence, parsePeriod('2022-05-11'), 0, sentence.length, 'es');
    const [figure] = findFigures(sentence, sentence, 0, sentence.length, { taken, language: 'es' });
    expect(figure?.change ? `${figure.change.kind} ${figure.change.direction}` : null).toBe('difference increase');
  });
  it('a round figure right after a verb of passing a mark takes the verb as its bound; a precise one, or one whose own period follows, is compared with', () => {
    const cases: Array<[string, 'en' | 'es', string, string, string | null]> = [
      // [sentence, language, figure, hedge kind, hedge words]
      ['Crossings of the jungle topped 240,000 that year.', 'en', '240,000', 'over', 'topped'],
      ['By October the count had surpassed half a million.', 'en', 'half a million', 'over', 'surpassed'],
      ['Daily arrivals fell below 1,000 in the spring.', 'en', '1,000', 'below', 'fell below'],
      ['El número de viajeros superó los 300.000 ese año.', 'es', '300.000', 'over', 'superó'],
      ['Las llegadas quedaron por debajo de las 2.000 en marzo.', 'es', '2.000', 'below', 'quedaron por debajo de'],
      ['In percentage terms the rise tops 120%.', 'en', '120%', 'over', 'tops'],
      // Not a mark: a precise figure, a figure with its own period after it, from-and-to.
      ['This year the flow exceeded the 248,284 of 2022.', 'en', '248,284', 'none', null],
      ['Este año el flujo superó los 250.000 de 2022.', 'es', '250.000', 'none', null],
      ['The count reached 240,000 by October.', 'en', '240,000', 'none', null],
      ['El flujo pasó de 2.000 a 140 personas al día.', 'es', '2.000', 'none', null],
    ];
    for (const [sentence, language, text, kind, words] of cases) {
      const taken = findPeriods(sentence, parsePeriod('2023-11-01'), 0, sentence.length, language);
      const figure = findFigures(sentence, sentence, 0, sentence.length, { taken, language }).find((f) => f.text === text);
      expect([sentence, figure?.hedge.kind, figure?.hedge.words ?? null]).toEqual([sentence, kind, words]);
    }
  });
  it('"hasta" after a Spanish verb of change is where the count went ("se disparó hasta 133.726"), not "at most" nor a change of that much', () => {
    const sentence = 'En 2021 la cifra se disparó hasta 133.726.';
    const taken = findPeriods(sentence, parsePeriod('2026-01-02'), 0, sentence.length, 'es');
    const figure = findFigures(sentence, sentence, 0, sentence.length, { taken, language: 'es' }).find((f) => f.value === 133726);
    expect([figure?.text, figure?.hedge.kind, figure?.change ?? null]).toEqual(['133.726', 'none', null]);
    // "hasta 3.000 al día" alone is still at most.
    const bound = findFigures('Cruzaban hasta 3.000 al día.', 'Cruzaban hasta 3.000 al día.', 0, 28, { language: 'es' })[0];
    expect(bound?.hedge.kind).toBe('at-most');
  });
  it('a noun of change as the subject, with a verb of passing a mark ("the rise tops", "el alza supera", "el aumento fue superior al"), makes a percent change', () => {
    const cases: Array<[string, 'en' | 'es', string]> = [
      ['In percentage terms, the rise tops 120%.', 'en', 'percent-change increase'],
      ['En términos porcentuales, el alza supera el 120 %.', 'es', 'percent-change increase'],
      ['El aumento fue superior al 120 %.', 'es', 'percent-change increase'],
      ['La caída rebasó el 90 %.', 'es', 'percent-change decrease'],
    ];
    for (const [sentence, language, change] of cases) {
      const taken = findPeriods(sentence, parsePeriod('2023-01-19'), 0, sentence.length, language);
      const [figure] = findFigures(sentence, sentence, 0, sentence.length, { taken, language });
      expect([sentence, figure?.change ? `${figure.change.kind} ${figure.change.direction}` : null]).toEqual([sentence, change]);
    }
  });
  it('"Por día," opening a Spanish sentence makes its figure a rate, as "Per day," does', () => {
    for (const [sentence, language, figure] of [['Por día, el año pasado dejó algo más de ocho cruces.', 'es', 'más de ocho'], ['Per day, last year left a little over eight crossings.', 'en', 'a little over eight']] as const) {
      const taken = findPeriods(sentence, parsePeriod('2026-02-03'), 0, sentence.length, language);
      expect(findFigures(sentence, sentence, 0, sentence.length, { taken, language }).find((f) => f.text === figure)?.per).toBe('day');
    }
  });
  it('gives offsets into the text and never reads 140 inside 140,000', () => {
    const sentence = 'From 140,000 to 140 a day.';
    const figures = read(sentence);
    expect(figures.map((f) => [f.text, f.start, f.end])).toEqual([
      ['140,000', 5, 12],
      ['140', 16, 19],
    ]);
    expect(figures[1]!.per).toBe('day');
  });

  it('marks the ends of a change: "decreased from A ... to B"', () => {
    const [a, b] = read('has decreased from 2,461 per day at its peak in August to just 140 today');
    expect([a!.from, a!.changeVerb, b!.to, b!.basis]).toEqual([true, 'decrease', true, 'spot']);
    expect(a!.basis).toBe('peak');
  });

  it('a rate a verb says was reached ("hit 80,000 monthly") is a peak; an average stays one', () => {
    expect(read('crossings hit 80,000 monthly in 2023')[0]!.basis).toBe('peak');
    expect(read('crossings reached nearly 3,000 a day')[0]!.basis).toBe('peak');
    expect(read('crossings reached an average of 1,400 a day')[0]!.basis).toBe('average');
    expect(read('about 1,400 crossed each day')[0]!.basis).not.toBe('peak');
  });

  it('a footnote\'s number right after a full stop is no figure; a decimal is one', () => {
    expect(read('some 520,000 crossings.2 Then')).toHaveLength(1);
    expect(read('took office in July 2024.4 He')).toEqual([]);
    expect(read('about 2.5 million crossed')[0]!.value).toBe(2_500_000);
  });

  it('a citation\'s number in brackets ("30,055.[1]", "[1][2]") is no figure', () => {
    expect(read('ranged from 6,465 to 30,055.[1]').map((f) => f.value)).toEqual([6465, 30055]);
    expect(read('more than half a million in 2023.[1][2]').map((f) => f.value)).toEqual([500_000]);
    expect(read('as [12] said')).toEqual([]);
    expect(read('[1] EFE, 2023')).toEqual([]);
  });

  it('a number after "top" is a rank, not a count', () => {
    expect(read('The top three months were in 2021')).toEqual([]);
    expect(read('the top 10 nationalities')).toEqual([]);
  });

  it('ages are read as such (lint leaves them alone, extract offers them)', () => {
    expect(read('aged 65, the president')[0]!.age).toBe(true);
    expect(read('Mulino turns 66 this month')[0]!.age).toBe(true);
  });
});
