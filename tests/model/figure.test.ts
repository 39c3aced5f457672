/** The hedge and rounding table of docs/registry.md, case by case. */
import { describe, expect, it } from 'vitest';
import { formatInterval, intervalOf, readFigure } from '../../src/model/figure.js';

describe('reading a figure as written', () => {
  const cases: Array<[string, 'en' | 'es', number, number, string]> = [
    // figure, language, value, rounding step, hedge kind
    ['11,363', 'en', 11363, 1, 'none'],
    ['2,461', 'en', 2461, 1, 'none'],
    ['140,000', 'en', 140000, 10000, 'none'],
    ['212,000', 'en', 212000, 1000, 'none'],
    ['Over 212,000', 'en', 212000, 1000, 'over'],
    ['over half a million', 'en', 500000, 100000, 'over'],
    ['half a million', 'en', 500000, 100000, 'none'],
    ['2.48 million', 'en', 2480000, 10000, 'none'],
    ['More than 7 million', 'en', 7000000, 1000000, 'over'],
    ['more than three million dollars', 'en', 3000000, 1000000, 'over'],
    ['nearly 140,000', 'en', 140000, 10000, 'under'],
    ['roughly 9,000', 'en', 9000, 1000, 'approximately'],
    ['An estimated 520,085', 'en', 520085, 1, 'approximately'],
    // A ratio in words is as round as its number: "a hundred times" to ten, "twelve times" to one.
    ['roughly a hundred times', 'en', 100, 10, 'approximately'],
    ['twelve times', 'en', 12, 1, 'none'],
    ['a dozen times', 'en', 12, 1, 'none'],
    // In digits too: "nearly 100 times" is as round as "nearly 100", "20-fold" as "20"; "6.5 times" to a tenth.
    ['nearly 100 times', 'en', 100, 100, 'under'],
    ['20-fold', 'en', 20, 10, 'none'],
    ['6.5 times', 'en', 6.5, 0.1, 'none'],
    // "a ratio of almost 21 to one", "de 20 a 1": a ratio said as its two terms.
    ['almost 21 to one', 'en', 21, 1, 'under'],
    ['Some 302,203', 'en', 302203, 1, 'approximately'],
    ['at least 9,000', 'en', 9000, 1000, 'at-least'],
    ['upwards of 20,000', 'en', 20000, 10000, 'over'],
    ['upward of 1,000', 'en', 1000, 1000, 'over'],
    ['a little over 360', 'en', 360, 10, 'over'],
    ['just shy of 250,000', 'en', 250000, 10000, 'under'],
    ['slightly less than 300', 'en', 300, 100, 'under'],
    ['north of 520,000', 'en', 520000, 10000, 'over'],
    ['something like 2,000', 'en', 2000, 1000, 'approximately'],
    ['in the region of 500,000', 'en', 500000, 100000, 'approximately'],
    ['del orden de 300.000', 'es', 300000, 100000, 'approximately'],
    ['más del quíntuple', 'es', 5, 1, 'over'],
    ['cuádruple', 'es', 4, 1, 'none'],
    // "la cuarta parte de todo 2024", "dos terceras partes de 2023": a fraction said with "parte".
    ['la cuarta parte de todo 2024', 'es', 0.25, 0.05, 'none'],
    ['dos terceras partes de 2023', 'es', 0.666666666667, 0.133333333333, 'none'],
    // "no llegaba ni a la cuarta parte de lo que vendría": short of it, a bound from above.
    ['no llegaba ni a la cuarta parte de lo que vendría', 'es', 0.25, 0.05, 'below'],
    // A broadcast script writes a figure as it is read aloud; the rest must be below the scale.
    ['11-thousand-363', 'en', 11363, 1, 'none'],
    ['about 13-thousand', 'en', 13000, 1000, 'approximately'],
    ['in excess of 2,000', 'en', 2000, 1000, 'over'],
    ['south of 10,000', 'en', 10000, 10000, 'below'],
    ['just 140', 'en', 140, 10, 'none'],
    ['99%', 'en', 99, 1, 'none'],
    ['a 99% reduction', 'en', 99, 1, 'none'],
    ['99.98%', 'en', 99.98, 0.01, 'none'],
    ['nearly ten percentage points', 'en', 10, 10, 'under'],
    ['nearly 10 percentage points', 'en', 10, 10, 'under'],
    ['nearly tripled', 'en', 3, 1, 'under'],
    ['six-fold', 'en', 6, 1, 'none'],
    ['almost doubled', 'en', 2, 1, 'under'],
    ['65-year-old', 'en', 65, 1, 'none'],
    ['twenty-five', 'en', 25, 1, 'none'],
    ['500k', 'en', 500000, 100000, 'none'],
    // Numbers in words round like the same number in digits.
    ['twenty thousand', 'en', 20000, 10000, 'none'],
    ['20 thousand', 'en', 20000, 10000, 'none'],
    ['five hundred thousand', 'en', 500000, 100000, 'none'],
    ['one hundred and forty', 'en', 140, 10, 'none'],
    // Under a hundred too: "forty percent" and "40 percent" are one figure, whoever wrote it.
    ['forty percent', 'en', 40, 10, 'none'],
    ['40 percent', 'en', 40, 10, 'none'],
    ['sixty', 'en', 60, 10, 'none'],
    ['some three hundred thousand', 'en', 300000, 100000, 'approximately'],
    ['3 hundred thousand', 'en', 300000, 100000, 'none'],
    ['a hundred thousand', 'en', 100000, 100000, 'none'],
    ['twenty-five thousand', 'en', 25000, 1000, 'none'],
    ['about 9,000', 'en', 9000, 1000, 'approximately'],
    ['around three', 'en', 3, 1, 'approximately'],
    ['approximately 2,000', 'en', 2000, 1000, 'approximately'],
    ['just over 60', 'en', 60, 10, 'over'],
    ['no fewer than 40', 'en', 40, 10, 'at-least'],
    ['fewer than 100', 'en', 100, 100, 'below'],
    ['248.284', 'es', 248284, 1, 'none'],
    ['3.091', 'es', 3091, 1, 'none'],
    ['99 %', 'es', 99, 1, 'none'],
    ['más de 300.000', 'es', 300000, 100000, 'over'],
    // Digits after the scale word, as Mexican and Venezuelan papers print figures.
    ['248 mil 284', 'es', 248284, 1, 'none'],
    ['unos 20 mil 297', 'es', 20297, 1, 'approximately'],
    ['1 millón 20 mil 350', 'es', 1020350, 10, 'none'],
    ['3 millones 500 mil', 'es', 3500000, 100000, 'none'],
    ['248 mil', 'es', 248000, 1000, 'none'],
    // Thousands grouped with a space (SI style, many wires), a no-break or a thin space.
    ['236 000', 'en', 236000, 1000, 'none'],
    ['more than 133 716', 'en', 133716, 1, 'over'],
    ['1\u00A0200\u00A0000', 'en', 1200000, 100000, 'none'],
    ['520\u202F085', 'es', 520085, 1, 'none'],
    ['2 500,5', 'es', 2500.5, 0.1, 'none'],
    // A comma and a space inside one number, a slip of the keyboard in real copy; not before a list's next item.
    ['36, 001 personas', 'es', 36001, 1, 'none'],
    ['333, 704 in 2023', 'en', 333704, 1, 'none'],
    ['140, 180 and 210', 'en', 140, 10, 'none'],
    ['140, 180, 210', 'en', 140, 10, 'none'],
    // Spanish cardinals in words (src/model/numbers-es.ts), digits after a scale word too.
    ['cuarenta y cuatro mil 943', 'es', 44943, 1, 'none'],
    ['mil 637', 'es', 1637, 1, 'none'],
    ['cuarenta y tres por ciento', 'es', 43, 1, 'none'],
    ['unos veinte mil', 'es', 20000, 10000, 'approximately'],
    ['doscientas cuarenta y ocho mil doscientas ochenta y cuatro', 'es', 248284, 1, 'none'],
    ['dos millones trescientos mil', 'es', 2300000, 100000, 'none'],
    // "un millón" reads on into what follows it, as "dos millones" does.
    ['un millón doscientas mil', 'es', 1200000, 100000, 'none'],
    ['un millón y medio', 'es', 1500000, 100000, 'none'],
    ['un millón', 'es', 1e6, 1e6, 'none'],
    // "un cuarto de millón", "tres cuartos de millón": fractions of a million, as in English.
    ['casi un cuarto de millón de personas', 'es', 250000, 10000, 'under'],
    ['tres cuartos de millón', 'es', 750000, 10000, 'none'],
    // "más que duplicó": "more than doubled", the hedge before a verb of a ratio.
    ['más que duplicó', 'es', 2, 1, 'over'],
    ['mil millones', 'es', 1e9, 1e9, 'none'],
    ['veintitrés', 'es', 23, 1, 'none'],
    // An English text that writes thousands with a point: no count of people has three decimals.
    ['a little more than 70.000 migrants', 'en', 70000, 10000, 'over'],
    ['2.500 irregular migrants', 'en', 2500, 100, 'none'],
    ['2.125 miles', 'en', 2.125, 0.001, 'none'],
    // Ratios in a Spanish verb, past and present: "se quintuplicó", "esa cifra duplica".
    ['quintuplicó', 'es', 5, 1, 'none'],
    ['duplica', 'es', 2, 1, 'none'],
  ];

  it('reads no Spanish figure in an article, and no "y" that joins no ten and unit', () => {
    expect(readFigure('una', 'es')).toBeNull();
    expect(readFigure('un', 'es')).toBeNull();
    expect(readFigure('cuarenta y cinco mil', 'es')!.value).toBe(45000);
    expect(readFigure('cuarenta y veinte', 'es')!.value).toBe(40);
    expect(readFigure('doscientos y tres', 'es')!.value).toBe(200);
    // "tres veces" is still a ratio, and English text reads no Spanish words.
    expect(readFigure('tres veces', 'es')!.multiplier).toBe(true);
    expect(readFigure('cuarenta', 'en')).toBeNull();
  });

  it('joins only groups of exactly three digits: a year, a day or a fourth digit ends the figure', () => {
    expect(readFigure('2021 133 726', 'en')!.value).toBe(2021);
    expect(readFigure('17 2024', 'en')!.value).toBe(17);
    expect(readFigure('12 3456', 'en')!.value).toBe(12);
    expect(readFigure('5 40', 'en')!.value).toBe(5);
  });

  it('reads no rest after the scale that is another number: a year, a bigger number, a percent', () => {
    expect(readFigure('20 mil 2023', 'es')!.value).toBe(20000);
    expect(readFigure('5 mil 4500', 'es')!.value).toBe(5000);
    expect(readFigure('5 mil 45%', 'es')!.value).toBe(5000);
    // English reads no rest: the digits after a scale word are another figure there.
    expect(readFigure('248 thousand 284', 'en')!.value).toBe(248000);
  });
  for (const [figure, language, value, step, hedge] of cases) {
    it(`reads "${figure}" (${language}) as ${value}, step ${step}, hedge ${hedge}`, () => {
      const reading = readFigure(figure, language);
      expect(reading).not.toBeNull();
      expect([reading!.value, reading!.step, reading!.hedge.kind]).toEqual([value, step, hedge]);
    });
  }

  it('reads "248.284" in English as a decimal, not 248,284', () => {
    expect(readFigure('248.284', 'en')!.value).toBeCloseTo(248.284);
  });

  it('reads nothing in a figure with no number', () => {
    expect(readFigure('millions')).toBeNull();
    expect(readFigure('Monday')).toBeNull();
  });
});

describe('from value, step and hedge to an interval', () => {
  const cases: Array<[string, number, number, 'none' | 'over' | 'under' | 'at-most' | 'below' | 'approximately' | 'at-least', [number, number]]> = [
    // A bound from above is looser than "nearly": "as many as 9,000" down to a fifth below; "fewer
    // than 10,000" is true of 6,465 (2020), down to half of it.
    ['as many as 9,000', 9000, 1000, 'at-most', [8000, 9000]],
    ['fewer than 10,000', 10000, 10000, 'below', [5000, 10000]],
    ['less than a thousand', 1000, 1000, 'below', [500, 1000]],
    ['140,000 (rounded)', 140000, 10000, 'none', [135000, 145000]],
    ['11,363 (exact count)', 11363, 1, 'none', [11362.5, 11363.5]],
    ['99% (rounded percentage)', 99, 1, 'none', [98.5, 99.5]],
    ['over half a million: at most a tenth above', 500000, 100000, 'over', [500000, 550000]],
    ['over 212,000: one step above', 212000, 1000, 'over', [212000, 213000]],
    ['nearly 140,000', 140000, 10000, 'under', [130000, 140000]],
    ['nearly tripled: a tenth below', 3, 1, 'under', [2.7, 3]],
    ['roughly 9,000: a step either side', 9000, 1000, 'approximately', [8000, 10000]],
    ['some 302,203', 302203, 1, 'approximately', [302202, 302204]],
    ['at least 9,000: no upper bound', 9000, 1000, 'at-least', [9000, Number.POSITIVE_INFINITY]],
    // One significant digit: the step is the figure itself, and no one rounds by more than a fifth.
    ['about 100,000: a fifth either side, not 0 to 200,000', 100000, 100000, 'approximately', [80000, 120000]],
    ['some 20,000: a fifth either side', 20000, 10000, 'approximately', [16000, 24000]],
    ['about 500,000: a step is a fifth already', 500000, 100000, 'approximately', [400000, 600000]],
    ['100,000 unhedged: a fifth either side, not 50,000 to 150,000', 100000, 100000, 'none', [80000, 120000]],
    ['a million', 1000000, 1000000, 'none', [800000, 1200000]],
    ['7 million: half a step is less than a fifth', 7000000, 1000000, 'none', [6500000, 7500000]],
    // A bound whose last significant digit is 5 is a round half unit: "more than 750 a day" is true of 785.
    ['more than 750: a round 50 above', 750, 10, 'over', [750, 800]],
    ['nearly 2,500: a round 500 below, at most a tenth', 2500, 100, 'under', [2250, 2500]],
    ['more than 760: one step above', 760, 10, 'over', [760, 770]],
    ['about 750: a step either side, as any figure', 750, 10, 'approximately', [740, 760]],
    ['nearly 525,000: three significant digits, a step of a thousand', 525000, 1000, 'under', [524000, 525000]],
  ];
  for (const [name, value, step, hedge, expected] of cases) {
    it(name, () => {
      const [low, high] = intervalOf(value, step, hedge);
      expect(low).toBeCloseTo(expected[0], 9);
      if (expected[1] === Number.POSITIVE_INFINITY) expect(high).toBe(Number.POSITIVE_INFINITY);
      else expect(high).toBeCloseTo(expected[1], 9);
    });
  }

  it('shows a count holding one whole number as exact', () => {
    expect(formatInterval([11362.5, 11363.5])).toBe('= 11,363');
    expect(formatInterval([500000, 550000])).toBe('500,000 – 550,000');
    expect(formatInterval([9000, Number.POSITIVE_INFINITY])).toBe('≥ 9,000');
  });
});
