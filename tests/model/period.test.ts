import { describe, expect, it } from 'vitest';
import { contains, isoDay, lengthInDays, parsePeriod } from '../../src/model/period.js';
import { resolvePeriodWords } from '../../src/model/period-words.js';

describe('ISO 8601 periods', () => {
  const cases: Array<[string, string, string, number]> = [
    ['2023', '2023-01-01', '2023-12-31', 365],
    ['2024-02', '2024-02-01', '2024-02-29', 29],
    ['2024-07-01', '2024-07-01', '2024-07-01', 1],
    ['2024-07-01/2024-07-17', '2024-07-01', '2024-07-17', 17],
    ['2022-01/2022-02', '2022-01-01', '2022-02-28', 59],
    ['2021-12/2022-01', '2021-12-01', '2022-01-31', 62],
    // Years before 100 are not read as 19xx, and years before 1000 keep their four digits.
    ['0050-02', '0050-02-01', '0050-02-28', 28],
    ['0999', '0999-01-01', '0999-12-31', 365],
    ['0000-02', '0000-02-01', '0000-02-29', 29],
  ];
  for (const [text, start, end, days] of cases) {
    it(`${text} runs ${start} to ${end}, ${days} days`, () => {
      const period = parsePeriod(text);
      expect([isoDay(period.start), isoDay(period.end), lengthInDays(period)]).toEqual([start, end, days]);
    });
  }

  const bad: Array<[string, RegExp]> = [
    ['2024-02-30', /2024-02 has 29 days/],
    ['2023-02-29', /2023-02 has 28 days/],
    ['2024-13', /no month 13/],
    ['July 2024', /not an ISO 8601 date/],
    ['2024-07-17/2024-07-01', /ends before it starts/],
  ];
  for (const [text, message] of bad) {
    it(`refuses ${text}`, () => expect(() => parsePeriod(text)).toThrow(message));
  }

  it('knows a part from its whole', () => {
    expect(contains(parsePeriod('2024'), parsePeriod('2024-07-01/2024-07-17'))).toBe(true);
    expect(contains(parsePeriod('2024-07-01/2024-07-17'), parsePeriod('2024-07'))).toBe(false);
  });
});

describe('period words read against the page date', () => {
  const cases: Array<[string, string, string | null, boolean]> = [
    // words, page date, resolved period, depends on the exact day
    ['on Monday', '2025-04-29', '2025-04-28', true],
    ['on Monday', '2024-07-02', '2024-07-01', true],
    ['today', '2022-02', '2022-02-28', true],
    ['last year', '2022-02', '2021-01-01/2021-12-31', false],
    ['so far this year', '2024-07-17', '2024-01-01/2024-07-17', false],
    ['since July 1', '2024-07-17', '2024-07-01/2024-07-17', false],
    ['in May', '2024-07-17', '2024-05-01/2024-05-31', false],
    ['at its peak in August', '2022-02', '2021-08-01/2021-08-31', false],
    ['In December and January', '2022-02', '2021-12-01/2022-01-31', false],
    ['the first two months of last year', '2022-04-20', '2021-01-01/2021-02-28', false],
    ['in 2023', '2024-07-17', '2023-01-01/2023-12-31', false],
    ['by 2025', '2025-05-22', '2025-01-01/2025-05-22', false],
    ['Sept. 19, 2021', '2022-04-20', '2021-09-19', false],
    ['jueves 22 de mayo', '2025-05-23', '2025-05-22', false],
    ['On July 1', '2024-07-17', '2024-07-01', false],
    ['the same period of 2022', '2022-04-20', null, false],
    ['yesterday', '2024-07-17', '2024-07-16', true],
    ['tonight', '2024-07-17', '2024-07-17', true],
    ['last week', '2024-07-17', '2024-07-08/2024-07-14', true],
    ['since Monday', '2024-07-17', '2024-07-15/2024-07-17', true],
    ['el lunes', '2024-07-17', '2024-07-15', true],
    // "on Monday" in a Monday story is that day; "last Monday" then is the Monday before.
    ['on Monday', '2022-10-17', '2022-10-17', true],
    ['last Monday', '2022-10-17', '2022-10-10', true],
    ['last Monday', '2022-10-19', '2022-10-17', true],
    ['hoy', '2024-07-17', '2024-07-17', true],
  ];
  for (const [words, page, expected, deictic] of cases) {
    it(`"${words}" on a page of ${page} is ${expected ?? 'not resolved'}`, () => {
      const resolved = resolvePeriodWords(words, parsePeriod(page));
      expect(resolved?.period.text ?? null).toBe(expected);
      if (resolved) expect(resolved.deictic).toBe(deictic);
    });
  }
});
