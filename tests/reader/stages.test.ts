/**
 * The reader's stages one at a time, on sentences written for the test: where clauses break
 * (clauses.ts), whom a sentence credits (attribution.ts), and how period phrases that refer back
 * resolve against the periods named before them (resolve-period.ts). The whole pipeline's readings
 * are in readings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/period.js';
import { attributionOf } from '../../src/reader/attribution.js';
import { clauseBounds, clauseBreaks } from '../../src/reader/clauses.js';
import { notePeriods, resolveInSentence } from '../../src/reader/resolve-period.js';
import { compactPeriod, findPeriods } from '../../src/text/periods.js';

/** The clause a word of the sentence stands in, as text. */
function clauseOf(sentence: string, word: string): string {
  const breaks = clauseBreaks(sentence);
  const [start, end] = clauseBounds(breaks, sentence.length, sentence.indexOf(word));
  return sentence.slice(start, end).trim();
}

describe('clauses: a figure is read in its own clause first', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['Crossings fell to 2,000 in May; arrests rose to 300 in June.', '300', 'arrests rose to 300 in June.'],
    ['Crossings fell to 2,000, but arrests rose to 300.', '2,000', 'Crossings fell to 2,000'],
    ['Crossings fell to 2,000 and arrests rose to 300.', '300', 'Crossings fell to 2,000 and arrests rose to 300.'],
    // A pair of dashes sets off an aside: the clause goes on around it.
    ['Some 91,300 migrants – most of them Haitians – crossed this year.', 'this year', 'Some 91,300 migrants – most of them Haitians – crossed this year.'],
    ['Some 91,300 migrants crossed (most of them Haitians) this year.', 'Haitians', 'most of them Haitians) this year.'],
  ];
  it.each(cases)('%s: the clause of "%s"', (sentence, word, clause) => {
    expect(clauseOf(sentence, word)).toBe(clause);
  });
});

describe('attribution: whom a sentence credits, nearest first', () => {
  const cases: ReadonlyArray<readonly [string, 'en' | 'es', string[]]> = [
    ['Crossings fell by half, according to the National Migration Service of Panama.', 'en', ['National Migration Service of Panama']],
    ['Crossings fell by half, according to AP.', 'en', ['The Associated Press']],
    ['Crossings fell by half, according to María Pérez.', 'en', ['María Pérez']],
    ['“The jungle is closed,” said José Raúl Mulino.', 'en', ['José Raúl Mulino']],
    ['The jungle is closed, Mojica said, according to Reuters.', 'en', ['Reuters', 'Mojica']],
    ['Crossings fell by half, officials said.', 'en', []],
    ['Cruzaron 8.594 personas, según el Servicio Nacional de Migración.', 'es', ['Servicio Nacional de Migración']],
    // A name that gives the figure, past an aside: what it said, not the writer's claim.
    ['President Laurentino Cortizo, in a speech on March 3, put the 2021 figure at 130,000.', 'en', ['President Laurentino Cortizo']],
    ['In his address, President Laurentino Cortizo gave a rounder count for 2021, 130,000.', 'en', ['President Laurentino Cortizo']],
    ['El propio Cortizo, en su informe a la nación, dio para 2021 una cifra redonda: 130.000.', 'es', ['Cortizo']],
    ['El informe dio para 2021 una cifra redonda: 130.000.', 'es', []],
  ];
  it.each(cases)('%s', (sentence, language, credits) => {
    expect(attributionOf(sentence, language)).toEqual(credits);
  });
});

describe('periods that refer back resolve against what was named before', () => {
  const page = parsePeriod('2024-07-18');
  /** The period each phrase of the last sentence resolves to, the sentences before read in turn. */
  function resolve(sentences: readonly string[]): Array<[string, string | null]> {
    let recent = notePeriods([], []);
    let out: Array<[string, string | null]> = [];
    for (const sentence of sentences) {
      const resolved = resolveInSentence(findPeriods(sentence, page), [], recent, sentence);
      recent = notePeriods(recent, resolved);
      // Written as the reader writes a figure's period at the end ("2022-01", not its days).
      out = resolved.map((p) => [p.words, p.resolved ? compactPeriod(p.resolved.period).text : null]);
    }
    return out;
  }
  const cases: ReadonlyArray<readonly [string, readonly string[], Array<[string, string | null]>]> = [
    ['a month takes the year named before it in the sentence', ['In January 2022, 4,702 crossed, and 4,262 in February.'], [['In January 2022', '2022-01'], ['in February', '2022-02']]],
    ['"that month" is the last month named', ['In August 2021, 25,904 crossed.', 'That month, 800 were children.'], [['That month', '2021-08']]],
    ['"the same period of 2022" moves the period before it', ['From January to March 2023, 87,000 crossed, against 13,000 in the same period of 2022.'], [['From January to March 2023', '2023-01/2023-03'], ['in the same period of 2022', '2022-01/2022-03']]],
    ['"those two months" joins the two months named last', ['In January 2022, 4,702 crossed.', 'In February 2022, 4,262 crossed.', 'During those two months, 1,000 were children.'], [['During those two months', '2022-01/2022-02']]],
    ['"that month" with no month before it stays unresolved', ['Crossings fell.', 'That month, 800 were children.'], [['That month', null]]],
  ];
  it.each(cases)('%s', (_, sentences, expected) => {
    expect(resolve(sentences)).toEqual(expected);
  });
});
