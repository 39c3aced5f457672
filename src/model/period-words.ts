/**
 * Resolving the words a period was written in ("on Monday", "last year", "since July 1") against
 * the date of the page they appear on.
 *
 * News text refers back, not forward: a month or weekday with no year is the most recent one on or
 * before the page's date ("at its peak in August" in a February article is last August). Phrases
 * this does not know return null: darien then trusts the period written in the registry.
 */
import { dayNumber, daysInMonth, weekday, WEEKDAYS, type Period, periodFromDays, yearPeriod } from './period.js';

export interface ResolvedPeriod {
  readonly period: Period;
  /** True when the result depends on the exact day of the page ("on Monday", "today"). */
  readonly deictic: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12,
};

const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const WEEKDAY = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|domingo|lunes|martes|miércoles|jueves|viernes|sábado)';
const WEEKDAY_INDEX: Record<string, number> = {
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6,
  ...Object.fromEntries(WEEKDAYS.map((name, i) => [name.toLowerCase(), i])),
};

function ymd(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function monthPeriod(year: number, month: number): Period {
  return periodFromDays(dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month)));
}

/** The most recent `month` on or before the page's month. */
function recentMonthYear(month: number, page: number): number {
  const p = ymd(page);
  return month <= p.month ? p.year : p.year - 1;
}

/** The most recent day `month`/`day` on or before the page's date. */
function recentDate(month: number, day: number, page: number): number {
  const p = ymd(page);
  const sameYear = dayNumber(p.year, month, day);
  return sameYear <= page ? sameYear : dayNumber(p.year - 1, month, day);
}

const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray, page: number) => ResolvedPeriod | null]> = [
  // "14 people arrived there overnight": the night that ends on the page's day, counted on it.
  [/^(?:just )?(?:today|this morning|tonight|overnight|hoy)$/, (_m, page) => ({ period: periodFromDays(page, page), deictic: true })],
  [/^yesterday$/, (_m, page) => ({ period: periodFromDays(page - 1, page - 1), deictic: true })],
  [
    new RegExp(`^(?:on |this |last |el |este )?${WEEKDAY}$`),
    (m, page) => {
      const target = WEEKDAY_INDEX[m[1]!]!;
      // "on Monday" in a Monday story is that day; otherwise the most recent one before it.
      // "last Monday" in a Monday story is a week back: the page's own day would be "today".
      const back = (weekday(page) - target + 7) % 7 || (/^last /.test(m[0]) ? 7 : 0);
      const day = page - back;
      return { period: periodFromDays(day, day), deictic: true };
    },
  ],
  [
    // "will be sworn in next Monday" on a Monday: the coming one, a week on; else the first after the page.
    new RegExp(`^(?:next |this coming |coming )${WEEKDAY}$`),
    (m, page) => {
      const ahead = (WEEKDAY_INDEX[m[1]!]! - weekday(page) + 7) % 7 || 7;
      return { period: periodFromDays(page + ahead, page + ahead), deictic: true };
    },
  ],
  [/^last week$/, (_m, page) => ({ period: periodFromDays(page - 7 - ((weekday(page) + 6) % 7), page - 1 - ((weekday(page) + 6) % 7)), deictic: true })],
  [/^(?:so far this year|this year so far|so far in (\d{4}))$/, (m, page) => ({ period: periodFromDays(dayNumber(m[1] ? Number(m[1]) : ymd(page).year, 1, 1), page), deictic: false })],
  [/^(?:this year|earlier this year|este año)$/, (_m, page) => ({ period: yearPeriod(ymd(page).year), deictic: false })],
  [/^(?:last year|el año pasado)$/, (_m, page) => ({ period: yearPeriod(ymd(page).year - 1), deictic: false })],
  [
    /^last month$/,
    (_m, page) => {
      const p = ymd(page);
      return { period: p.month === 1 ? monthPeriod(p.year - 1, 12) : monthPeriod(p.year, p.month - 1), deictic: false };
    },
  ],
  [/^(?:in |by )?(\d{4})(?: alone)?$/, (m, page) => {
    const year = Number(m[1]);
    // "by 2025" in a 2025 story is the year so far.
    if (ymd(page).year === year && /^by /.test(m[0])) return { period: periodFromDays(dayNumber(year, 1, 1), page), deictic: false };
    return { period: yearPeriod(year), deictic: false };
  }],
  [
    new RegExp(`^since (?:${MONTH} (\\d{1,2})|${WEEKDAY})$`),
    (m, page) => {
      if (m[3]) {
        const back = (weekday(page) - WEEKDAY_INDEX[m[3]]! + 7) % 7;
        return { period: periodFromDays(page - back, page), deictic: true };
      }
      return { period: periodFromDays(recentDate(MONTHS[m[1]!]!, Number(m[2]), page), page), deictic: false };
    },
  ],
  [
    new RegExp(`^(?:on |el )?(?:${WEEKDAY},? )?(?:${MONTH} (\\d{1,2})|(\\d{1,2}) (?:de )?${MONTH})(?:,? (\\d{4}))?$`),
    (m, page) => {
      const month = MONTHS[(m[2] ?? m[5])!]!;
      const day = Number(m[3] ?? m[4]);
      if (day > daysInMonth(m[6] ? Number(m[6]) : 2024, month)) return null;
      const date = m[6] ? dayNumber(Number(m[6]), month, day) : recentDate(month, day, page);
      return { period: periodFromDays(date, date), deictic: false };
    },
  ],
  [
    new RegExp(`^(?:in |at its peak in |during |de )?${MONTH}(?: (?:of |de )?(\\d{4}|last year))?$`),
    (m, page) => {
      const month = MONTHS[m[1]!]!;
      const year = m[2] === undefined ? recentMonthYear(month, page) : m[2] === 'last year' ? ymd(page).year - 1 : Number(m[2]);
      return { period: monthPeriod(year, month), deictic: false };
    },
  ],
  [
    new RegExp(`^(?:in )?${MONTH} and ${MONTH}$`),
    (m, page) => {
      const second = MONTHS[m[2]!]!;
      const endYear = recentMonthYear(second, page);
      const first = MONTHS[m[1]!]!;
      const startYear = first > second ? endYear - 1 : endYear;
      return { period: periodFromDays(dayNumber(startYear, first, 1), dayNumber(endYear, second, daysInMonth(endYear, second))), deictic: false };
    },
  ],
  [
    /^(?:in )?the first (two|three|four|six) months of (last year|this year|\d{4})$/,
    (m, page) => {
      const count = { two: 2, three: 3, four: 4, six: 6 }[m[1] as 'two']!;
      const year = m[2] === 'last year' ? ymd(page).year - 1 : m[2] === 'this year' ? ymd(page).year : Number(m[2]);
      return { period: periodFromDays(dayNumber(year, 1, 1), dayNumber(year, count, daysInMonth(year, count))), deictic: false };
    },
  ],
];

// A text says "in 2023" and "since July 1" many times against one page date: resolve each once.
// Bounded, so a huge input cannot grow it without end.
const resolved = new Map<string, ResolvedPeriod | null>();

/** Resolves `words` against the page date (its last day); null when the phrase is not known. */
export function resolvePeriodWords(words: string, pageDate: Period): ResolvedPeriod | null {
  const key = `${pageDate.end}\u0000${words}`;
  let result = resolved.get(key);
  if (result === undefined) {
    result = resolveUncached(words, pageDate);
    if (resolved.size > 10_000) resolved.clear();
    resolved.set(key, result);
  }
  return result;
}

function resolveUncached(words: string, pageDate: Period): ResolvedPeriod | null {
  const phrase = words.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.,;:]$/, '');
  const page = pageDate.end;
  for (const [pattern, resolve] of PATTERNS) {
    const match = pattern.exec(phrase);
    if (match) return resolve(match, page);
  }
  return null;
}
