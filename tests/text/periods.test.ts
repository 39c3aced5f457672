/** Period phrases found in text and resolved against the page date: a table of cases. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/period.js';
import { compactPeriod, findPeriods, PERIOD_SHORTCUTS, resolveSameAs } from '../../src/text/periods.js';

const root = resolvePath(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = (folder: string): string => resolvePath(root, '..', 'shared', 'corpus', folder);
/** The texts of a folder's .md and .txt files; none when the folder is not there (corpus and seeds sit beside the repository). */
function textsIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => /\.(?:md|txt)$/.test(f)).map((f) => readFileSync(resolvePath(folder, f), 'utf8'));
}

const cases: Array<[string, string, Array<[string, string | null]>]> = [
  ['2024-07-17', '11,363 migrants have crossed since July 1, officials said', [['since July 1', '2024-07-01/2024-07-17']]],
  ['2024-07-17', 'crossed in 2023 alone, and in all of 2024', [['in 2023 alone', '2023'], ['in all of 2024', '2024']]],
  ['2024-07-17', 'Last year, and so far this year', [['Last year', '2023'], ['so far this year', '2024-01-01/2024-07-17']]],
  ['2024-07-17', 'In 2024 so far, and this year to date', [['In 2024 so far', '2024-01-01/2024-07-17'], ['this year to date', '2024-01-01/2024-07-17']]],
  ['2025-02-07', 'so far in 2024, a Colombian count', [['so far in 2024', '2024']]],
  ['2022-04-20', 'from 2,928 in the first two months of last year', [['in the first two months of last year', '2021-01/2021-02']]],
  ['2024-07-17', 'in the first two months of 2022', [['in the first two months of 2022', '2022-01/2022-02']]],
  ['2022-02-28', 'at its peak in August, in December and January', [['at its peak in August', '2021-08'], ['in December and January', '2021-12/2022-01']]],
  ['2024-07-17', 'in August 2021 and in May', [['in August 2021', '2021-08'], ['in May', '2024-05']]],
  ['2024-07-17', 'on Sept. 19, 2021, on Monday, today', [['on Sept. 19, 2021', '2021-09-19'], ['on Monday', '2024-07-15'], ['today', '2024-07-17']]],
  // "the Monday he was sworn in": a weekday a clause defines is no deictic day of the page.
  ['2024-07-29', 'On the Monday he took office, and on Monday', [['on Monday', '2024-07-29']]],
  // A quarter with no year is the page's year's; "the last quarter of 2022" the year's last.
  ['2024-08-01', 'in the second quarter, and in the last quarter of 2022', [['in the second quarter', '2024-04/2024-06'], ['in the last quarter of 2022', '2022-10/2022-12']]],
  // A label may drop the article before a half of a year named: "**First half of 2024**: some 225,000".
  ['2024-08-01', '- **First half of 2024**: some 225,000 people', [['First half of 2024', '2024-01/2024-06']]],
  // Not a half with no year: "the second half of the trek" is a trek's.
  ['2024-08-01', 'the second half of the trek', []],
  ['2024-07-17', 'between July 1 and July 17, 2024', [['between July 1 and July 17, 2024', '2024-07-01/2024-07-17']]],
  ['2024-07-17', 'in the past 12 months', [['in the past 12 months', '2023-07-18/2024-07-17']]],
  // A span whose last month is the page's counts to the page date, as "from January to August 2025" does.
  ['2025-08-30', 'a reduction between January and August 2025, said the report', [['between January and August 2025', '2025-01-01/2025-08-30']]],
  // "the six years from 2015": whole years counted on from the one named; with its end named, the span's.
  ['2025-08-01', 'the six years from 2015 add up to 103,913, and the four years starting in 2021 brought more', [['the six years from 2015', '2015/2020'], ['the four years starting in 2021', '2021/2024']]],
  ['2025-08-01', 'in the six years from 2015 to 2020', [['from 2015 to 2020', '2015/2020']]],
  // A year in brackets names a year said relatively: a quote from December 31, printed in January.
  ['2026-01-23', 'from 302,203 in 2024 to just 3,091 this year (2025)', [['in 2024', '2024'], ['this year (2025)', '2025']]],
  ['2025-08-01', 'just 3,091 this year (2025), so far', [['this year (2025)', '2025-01-01/2025-08-01']]],
  ['2026-01-23', 'this year, (2025) was', [['this year', '2026-01-01/2026-01-23'], ['2025', '2025']]],
  // Two dates joined by a dash, each with its month: a span, as a table's row header writes it.
  ['2025-02-14', '| Jan. 1–July 17, 2024 | more than 212,000 |', [['Jan. 1–July 17, 2024', '2024-01-01/2024-07-17']]],
  ['2025-02-14', 'from Dec. 20, 2023-Jan. 5, 2024, and Aug. 1–17, 2024', [['from Dec. 20, 2023-Jan. 5, 2024', '2023-12-20/2024-01-05'], ['Aug. 1–17, 2024', '2024-08-01/2024-08-17']]],
  // Two months joined by a dash, as a heading or a chart label writes a span; "between July 1 and yesterday".
  ['2024-07-18', '**Aug.–Oct. 2021** — and Jan.-Feb. 2022', [['Aug.–Oct. 2021', '2021-08/2021-10'], ['Jan.-Feb. 2022', '2022-01/2022-02']]],
  ['2024-07-18', 'counted between July 1 and yesterday', [['between July 1 and yesterday', '2024-07-01/2024-07-17']]],
  // "the last year before the pandemic" is the last of some years, not the twelve months to the page.
  ['2022-01-12', 'Compared with 2019, the last year before the pandemic, and in the last year', [['2019', '2019'], ['before the pandemic', null], ['in the last year', '2021-01-13/2022-01-12']]],
  // Counts past eleven in words: "the first seventeen days of July".
  ['2024-08-20', 'In the first seventeen days of July, and the first fourteen days of June', [['the first seventeen days of July', '2024-07-01/2024-07-17'], ['the first fourteen days of June', '2024-06-01/2024-06-14']]],
  // Spans between two dates, each form the patterns' probes must let through.
  ['2024-07-17', 'from 1 July to 17 July, and from Jan. 3 through Feb. 2, 2024', [['from 1 July to 17 July', '2024-07-01/2024-07-17'], ['from Jan. 3 through Feb. 2, 2024', '2024-01-03/2024-02-02']]],
  ['2024-07-17', 'between 3 January and 2 February 2024, between May and June', [['between 3 January and 2 February 2024', '2024-01-03/2024-02-02'], ['between May and June', '2024-05/2024-06']]],
  ['2024-07-17', 'elected earlier this year', [['earlier this year', '2024-01-01/2024-07-17']]],
  ['2025-05-22', 'achieved by 2025', [['by 2025', '2025-01-01/2025-05-22']]],
  ['2024-07-17', 'since President Joe Biden entered office', [['since President Joe Biden entered office', null]]],
  // A season names part of a year only said against it: "summer 2023", not "The fall in 2025".
  ['2026-01-20', 'in summer 2023; the fall in 2025 came to 200,000', [['summer 2023', null], ['in 2025', '2025']]],
  ['2026-01-20', 'In the fall of 2021 more crossed', [['fall of 2021', null]]],
  ['2022-05-03', 'in each of the three months of August, September and October of 2021', [['in each of the three months of August, September and October of 2021', null]]],
  // "in each of the months of August, September and October": a figure for each month, unresolved.
  ['2022-05-03', 'topped 25,000 in each of the months of August, September and October 2021', [['in each of the months of August, September and October 2021', null]]],
  // "Before the surge of 2021": the year dates the surge; the figure's period is before it, unresolved.
  ['2025-01-06', 'Before the surge of 2021, about 10,000 passed through in a normal year', [['Before the surge of 2021', null]]],
  ['2025-01-06', 'before the 2021 surge, and antes', [['before the 2021 surge', null]]],
  ['2024-07-19', 'Before the surge began in 2021, about 10,000 passed through', [['Before the surge began in 2021', null]]],
  // "pre-2021", "a pre-surge norm", "post-pandemic": a bound, whose year is no period of its own.
  ['2026-01-12', 'the typical pre-2021 year, a pre-surge norm, the post-pandemic rebound', [['pre-2021', null], ['pre-surge', null], ['post-pandemic', null]]],
  // "may" is a verb; "March 20,000" is a month and a number.
  ['2024-07-17', 'it may fall; in March 20,000 crossed', [['in March', '2024-03']]],
  // Named but not resolved: no span ("the past 0 days"), a year that is not the calendar's, and two
  // years that may mean each or both. Neither year of a pair is given to a figure alone.
  ['2025-01-05', 'in the past 0 days', [['in the past 0 days', null]]],
  ['2025-01-05', 'In fiscal year 2023, and in FY 2024, then in 2023', [['fiscal year 2023', null], ['FY 2024', null], ['in 2023', '2023']]],
  ['2025-01-05', 'In the 2023 fiscal year, and in the 2024 budget', [['2023 fiscal year', null], ['2024', '2024']]],
  ['2025-01-05', 'in the week before Christmas 2023, in summer 2024 and in Q3 2024', [['Christmas 2023', null], ['summer 2024', null], ['Q3 2024', null]]],
  // "the first week of July" is days 1 to 7; "the last days of May" says no how many.
  ['2024-07-20', 'In the first week of July, by the end of 2023, in the last days of May', [['the first week of July', '2024-07-01/2024-07-07'], ['the end of 2023', null], ['the last days of May', null]]],
  // Years joined by a dash are one span; a date in ISO form is no range of years.
  ['2021-12-31', 'In 2009–2020, the 2016-2019 period, on 2021-10-05', [['In 2009–2020', '2009/2020'], ['2016-2019', '2016/2019'], ['on 2021-10-05', '2021-10-05']]],
  // "in 9 months" with no year: the months of the page's year gone by, not any nine ("in two months").
  ['2022-10-02', 'Over 150,000 migrants pass through Darien in 9 months', [['in 9 months', '2022-01/2022-09']]],
  ['2022-11-20', 'Some 60,000 crossed in ten months; 40,000 crossed in two months', [['in ten months', '2022-01/2022-10']]],
  // A headline's "in first 20 days", "in first six months": of the page's year.
  ['2023-01-20', 'Over 12,000 migrants crossed Darién border in first 20 days; in first six months', [['in first 20 days', '2023-01-01/2023-01-20'], ['in first six months', '2023-01/2023-06']]],
  // Days or weeks of a year, from its first or last day.
  ['2024-01-12', 'during the first 11 days of the new year', [['during the first 11 days of the new year', '2024-01-01/2024-01-11']]],
  ['2023-02-10', 'in the first 40 days of the year, the first 100 days of 2025, the last two weeks of 2023', [['in the first 40 days of the year', '2023-01-01/2023-02-09'], ['the first 100 days of 2025', '2025-01-01/2025-04-10'], ['the last two weeks of 2023', '2023-12-18/2023-12-31']]],
  ['2023-10-01', 'the first week of February 2022, the last two weeks of August, the first weeks of July', [['the first week of February 2022', '2022-02-01/2022-02-07'], ['the last two weeks of August', '2023-08-18/2023-08-31'], ['the first weeks of July', null]]],
  // Days of one month, the year written once, at the end; without it, the month's latest before the page.
  ['2023-05-01', 'from March 1 to March 14, 2022, and from Dec. 20 to Jan. 5, 2022', [['from March 1 to March 14, 2022', '2022-03-01/2022-03-14'], ['from Dec. 20 to Jan. 5, 2022', '2021-12-20/2022-01-05']]],
  ['2023-05-01', 'between March 1 and 14, 2022; March 1\u201314, 2022; on 1-14 March 2022', [['between March 1 and 14, 2022', '2022-03-01/2022-03-14'], ['March 1\u201314, 2022', '2022-03-01/2022-03-14'], ['on 1-14 March 2022', '2022-03-01/2022-03-14']]],
  ['2023-05-01', 'between March 1 and 14, and from 3 to 9 April', [['between March 1 and 14', '2023-03-01/2023-03-14'], ['from 3 to 9 April', '2023-04-03/2023-04-09']]],
  // "that July 17 cut-off": a day of a month named before ("that" points at the day), not "that July" and a figure 17.
  ['2024-11-25', 'By that July 17 cut-off, north of 212,000 had crossed', [['July 17', '2024-07-17']]],
  // A day span's year counted from the page is the span's, not a second period ("this year" alone is the year so far).
  ['2024-11-11', 'between 1 and 30 October this year, 21,542 people', [['between 1 and 30 October this year', '2024-10-01/2024-10-30']]],
  ['2024-11-11', 'between October 1 and 30 this year, and from 1 to 17 July of last year', [['between October 1 and 30 this year', '2024-10-01/2024-10-30'], ['from 1 to 17 July of last year', '2023-07-01/2023-07-17']]],
  // "to 14 percent" is no day; two days the wrong way round are no span.
  ['2023-05-01', 'it rose on March 1 to 14 percent; on March 14-2, 2022', [['on March 1', '2023-03-01'], ['on March 14-2, 2022', null]]],
  ['2024-07-20', 'the month of July, and in all of 2023', [['the month of July', '2024-07-01/2024-07-20'], ['in all of 2023', '2023']]],
  // "a year earlier" moves the period named before it back a year; alone it has nothing to move.
  ['2025-02-03', 'fell to 2,229 in January 2025, compared with 36,000 a year earlier', [['in January 2025', '2025-01'], ['a year earlier', null]]],
  // The month of the page, named without its year, is the month so far.
  ['2024-07-20', 'in July, in June and in July 2024', [['in July', '2024-07-01/2024-07-20'], ['in June', '2024-06'], ['in July 2024', '2024-07']]],
  // A qualifier must say "year", and stays on its line.
  ['2025-01-05', 'enrolled in school in 2023', [['in 2023', '2023']]],
  ['2025-01-05', '## Budget\n\nIn 2023, 20,000 crossed', [['In 2023', '2023']]],
  ['2025-01-05', 'In 2023 and 2024, and in 2022 or 2023', [['In 2023 and 2024', null], ['in 2022 or 2023', null]]],
  ['2025-01-05', 'between 2022 and 2023', [['between 2022 and 2023', '2022/2023']]],
  // Months from January without a year: the latest that have begun by the page date, the page's month to that date.
  ['2024-07-10', 'from January to October, and from January to July', [['from January to October', '2023-01/2023-10'], ['from January to July', '2024-01-01/2024-07-10']]],
  // A day said before its month, with an ordinal in words or digits: a date, or a span of days; never the whole month.
  ['2024-07-19', 'on the twelfth of May, and the 1st of July 2023', [['on the twelfth of May', '2024-05-12'], ['the 1st of July 2023', '2023-07-01']]],
  ['2024-07-19', 'Between the first and the seventeenth of July, and from the 2nd to the 21st of June', [['Between the first and the seventeenth of July', '2024-07-01/2024-07-17'], ['from the 2nd to the 21st of June', '2024-06-02/2024-06-21']]],
  ['2024-07-19', 'on the twenty-first of June, the first of its kind in May', [['on the twenty-first of June', '2024-06-21'], ['in May', '2024-05']]],
  // "next Monday" on a Monday is a week on; a weekday with a date says which year's date it is.
  ['2024-06-24', 'sworn in next Monday, not this coming Friday', [['next Monday', '2024-07-01'], ['this coming Friday', '2024-06-28']]],
  ['2024-06-24', 'on Monday, July 1, and on July 1', [['on Monday, July 1', '2024-07-01'], ['on July 1', '2023-07-01']]],
  ['2025-03-01', 'took office on Monday, July 1', [['on Monday, July 1', '2024-07-01']]],
];

describe('findPeriods', () => {
  for (const [page, text, expected] of cases) {
    it(`${text} (page ${page})`, () => {
      const found = findPeriods(text, parsePeriod(page)).map((p) => [p.words, p.resolved ? compactPeriod(p.resolved.period).text : null]);
      expect(found).toEqual(expected);
    });
  }

  it('leaves relative words unresolved without a page date, and resolves those that name their year', () => {
    const found = findPeriods('last year, in May, in 2023', null).map((p) => [p.words, p.resolved?.period.text ?? null]);
    expect(found).toEqual([['last year', null], ['in May', null], ['in 2023', '2023-01-01/2023-12-31']]);
  });

  it('"the same period of 2022" and "the same weeks last year" move the period they refer back to', () => {
    const [same] = findPeriods('the same period of 2022', parsePeriod('2022-04-20'));
    expect(same!.sameAs).toEqual({ year: 2022, shift: 0 });
    expect(resolveSameAs(same!.sameAs!, parsePeriod('2021-01/2021-02'))!.text).toBe('2022-01-01/2022-02-28');
    const [weeks] = findPeriods('the same weeks last year', parsePeriod('2024-07-17'));
    expect(resolveSameAs(weeks!.sameAs!, parsePeriod('2024-07-01/2024-07-17'))!.text).toBe('2023-07-01/2023-07-17');
  });

  it('"the same days of July 2023" names the month the days fall in, and moves them to 2023', () => {
    const [days] = findPeriods('about 9,000 below the same days of July 2023', parsePeriod('2024-07-19'));
    expect(days!.kind).toBe('same');
    expect(days!.words).toBe('the same days of July 2023');
    expect(resolveSameAs(days!.sameAs!, parsePeriod('2024-07-01/2024-07-17'))!.text).toBe('2023-07-01/2023-07-17');
  });

  it('keeps the date of an event apart from its preposition', () => {
    const [since] = findPeriods('since July 1, when', parsePeriod('2024-07-17'));
    expect('since July 1, when'.slice(since!.coreStart, since!.coreEnd)).toBe('July 1');
  });
});

describe('"overnight" is the night that ends on the page\'s day, counted on it', () => {
  it('"14 people arrived there overnight"', () => {
    const [mention] = findPeriods('Our correspondent says 14 people arrived there overnight.', parsePeriod('2024-09-10'));
    expect(mention?.resolved?.period.text ?? null).toBe('2024-09-10');
  });
});

describe('a span to the start or the end of a month is exact', () => {
  it.each([
    // Days of one month joined by "to", the year from the page: set off by commas, no count.
    ['July 18 to 31, the last 14 days of the month, added about 9,200.', '2024-07-18/2024-07-31'],
    ['Between January and the end of June, 212,000 crossed.', '2024-01-01/2024-06-30'],
    ['From January to the end of June, 212,000 crossed.', '2024-01-01/2024-06-30'],
    ['Between the start of March and July 17, 2024, 212,000 crossed.', '2024-03-01/2024-07-17'],
  ])('%s', (text, period) => {
    const [mention] = findPeriods(text, parsePeriod('2024-09-10'));
    expect(mention?.resolved?.period.text ?? null).toBe(period);
  });
});

describe('"this year" in the year\'s first week', () => {
  it.each([
    ['so far this year', '2026-01-03', null],
    ['this year', '2026-01-01', null],
    ['so far this year', '2026-01-09', '2026-01-01/2026-01-09'],
    ['so far this year', '2026-01-07', null],
    ['so far this year', '2026-01-08', '2026-01-01/2026-01-08'],
  ])('%s on a page of %s', (text, page, period) => {
    const [mention] = findPeriods(text, parsePeriod(page));
    expect(mention?.resolved?.period.text ?? null).toBe(period);
  });
});

describe('the span a vague period lies within', () => {
  it.each([
    ['In early 2022, the flow slowed.', 'early 2022', '2022-01-01/2022-05-31'],
    ['By mid-2024 it had halved.', 'mid-2024', '2024-04-01/2024-09-30'],
    ['It rose again late last year.', 'late last year', '2023-08-01/2023-12-31'],
    // A part of a month, within the days it surely lies in, not the month's last.
    ['Numbers peaked in early August.', 'early August', '2024-08-01/2024-08-12'],
    ['By mid-August 2023 the camp was full.', 'mid-August 2023', '2023-08-08/2023-08-23'],
    ['In recent years the route grew.', 'recent years', null],
    // A count of months with a half is no month's end: unresolved, never read as the year it names.
    ['In the first six and a half months of 2024, more than 212,000 crossed.', 'In the first six and a half months of 2024', null],
    // A span whose last day is known only to within a month: the window runs to that month's end,
    // and never reads as the first month alone.
    ['Panama counted more than 212,000 crossings between January and mid-July.', 'between January and mid-July', '2024-01-01/2024-07-31'],
    ['From January to early July, 212,000 crossed.', 'From January to early July', '2024-01-01/2024-07-31'],
    ['Between November and late February, 10,000 crossed.', 'Between November and late February', '2023-11-01/2024-02-29'],
  ])('%s', (text, words, window) => {
    const mention = findPeriods(text, parsePeriod('2024-09-10')).find((p) => p.kind === 'vague');
    expect(mention?.words).toBe(words);
    expect(mention?.resolved).toBeNull();
    expect(mention?.window?.text ?? null).toBe(window);
  });
});

/**
 * Each pattern is skipped where none of its key words occurs in the text (PERIOD_SHORTCUTS): so a
 * key word must stand inside every match, or a phrase is read only when the word happens to be
 * somewhere else in the text ("over the week" only in a text that says "that " elsewhere).
 */
describe('period patterns and their key words', () => {
  const keyWordPhrases = [
    'Over the week, 9,000 crossed', 'during the month, 9,000 crossed', 'across the year 9,000 crossed', 'throughout the August 9,000 crossed',
    'for the full year, 9,000 crossed', 'in 2024 to date.', '2024 to date', 'the year-to-date total', 'the year to-date total', 'in 2024 so far',
  ];
  const sources = [
    ...cases.map(([, text]) => text),
    ...keyWordPhrases,
    ...[corpus('articles'), corpus('drafts'), resolvePath(root, '..', 'shared', 'seeds'), resolvePath(root, 'tests/fixtures/drafts')].flatMap(textsIn),
  ];
  it('every match of every pattern holds one of its key words (with the character before and the two after it, which a lookahead such as "’s" reads)', () => {
    const misses: string[] = [];
    for (const { kind, pattern, needs } of PERIOD_SHORTCUTS) {
      if (needs.length === 0) continue;
      for (const text of sources) {
        for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.replace('d', '')))) {
          const around = text.slice(Math.max(0, m.index - 1), m.index + m[0].length + 2).toLowerCase();
          if (!needs.some((word) => around.includes(word))) misses.push(`${kind}: "${m[0]}"`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
  it.each([
    ['2024-07-17', 'Over the week, 9,000 crossed.', 'Over the week'],
    ['2024-07-17', 'In 2024 to date, 9,000 crossed.', 'In 2024 to date'],
    ['2024-07-17', 'For the full year, 9,000 crossed.', 'For the full year'],
  ])('"%s" reads "%s" the same whatever text follows', (page, text, words) => {
    // Text that holds every pattern's key words, set apart from the phrase by a paragraph.
    const unrelated = `\n\nSo far so good: that was said during the talks, across the street, over the river, for the record, to date.`;
    const alone = findPeriods(text, parsePeriod(page)).map((p) => [p.kind, p.words, p.resolved?.period.text ?? null]);
    const withMore = findPeriods(text + unrelated, parsePeriod(page)).filter((p) => p.end <= text.length).map((p) => [p.kind, p.words, p.resolved?.period.text ?? null]);
    expect(alone.map(([, w]) => w)).toContain(words);
    expect(withMore).toEqual(alone);
  });
});

describe('"next August 11", "el próximo 11 de agosto": the next such day after the page', () => {
  const dayOf = (text: string, language: 'en' | 'es') => findPeriods(text, parsePeriod('2021-07-27'), 0, text.length, language).map((p) => p.resolved?.period.text ?? null);
  it.each([
    ['The ministers will meet next August 11.', 'en', ['2021-08-11']],
    ['Los cancilleres se reunirán el próximo 11 de agosto.', 'es', ['2021-08-11']],
    // Without "next", a day with no year is the last one before the page.
    ['The ministers met on August 11.', 'en', ['2020-08-11']],
    ['Los cancilleres se reunieron el 11 de agosto.', 'es', ['2020-08-11']],
  ] as const)('%s', (text, language, expected) => {
    expect(dayOf(text, language)).toEqual(expected);
  });
});
