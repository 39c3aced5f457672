/**
 * Periods are ISO 8601 dates and intervals, held as inclusive ranges of days since 1970-01-01 (UTC).
 * Whole days are the finest grain any article gives, and integer days make containment, overlap and
 * length exact, with no time-zone surprises.
 */

export type Precision = 'year' | 'month' | 'day';

export interface Period {
  /** The ISO text as written in the registry ("2024-07-01/2024-07-17"). */
  readonly text: string;
  /** First day, inclusive. */
  readonly start: number;
  /** Last day, inclusive. */
  readonly end: number;
  /** The precision of the coarser end: a whole year, a month, or days. */
  readonly precision: Precision;
}

const DAY_MS = 86_400_000;
const ISO_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export class PeriodError extends Error {}

// Date.UTC reads the years 0–99 as 1900–1999; a page dated 0050 (or "last year" from 0100) must
// not land in the twentieth century, so those years are set explicitly.
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100 || year < 0) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function dayNumber(year: number, month: number, day: number): number {
  // Rounded, though the division is exact: a division of two doubles is a double to V8 even when
  // whole, and a day number stored as one makes every object it is stored in (periods, and the
  // objects sharing their first fields: offsets, mentions, tokens) hold doubles in those fields,
  // which the optimising compiler then reads back as boxed numbers and deoptimises on.
  return Math.round(utc(year, month - 1, day) / DAY_MS);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

// Dates recur (every "since July 1" of a draft): format each day once.
const isoDays = new Map<number, string>();

export function isoDay(day: number): string {
  let text = isoDays.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDays.size > 100_000) isoDays.clear();
    isoDays.set(day, text);
  }
  return text;
}

export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (4); 0 = Sunday.
  return (((day + 4) % 7) + 7) % 7;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A weekday alone ("on Monday", "el lunes"): the one before the page date, or the coming one. */
export const BARE_WEEKDAY = new RegExp(`^(?:on )?(?:${WEEKDAYS.join('|')})$|^(?:el |este |el pasado )?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)$`, 'i');

interface Part {
  start: number;
  end: number;
  precision: Precision;
}

function parsePart(text: string): Part {
  const match = ISO_PART.exec(text);
  if (!match) {
    throw new PeriodError(`"${text}" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new PeriodError(`"${text}" has no month ${match[2]}`);
  if (match[3] === undefined) {
    return {
      start: dayNumber(year, month, 1),
      end: dayNumber(year, month, daysInMonth(year, month)),
      precision: 'month',
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new PeriodError(`"${text}" is not a date: ${year}-${match[2]} has ${daysInMonth(year, month)} days`);
  }
  const n = dayNumber(year, month, day);
  return { start: n, end: n, precision: 'day' };
}

const COARSER: Record<Precision, number> = { year: 2, month: 1, day: 0 };

/** Parses "2023", "2024-07", "2024-07-01" or "START/END"; throws PeriodError with a readable reason. */
export function parsePeriod(text: string): Period {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash < 0) {
    const part = parsePart(trimmed);
    return { text: trimmed, ...part };
  }
  const from = parsePart(trimmed.slice(0, slash));
  const to = parsePart(trimmed.slice(slash + 1));
  if (to.end < from.start) {
    throw new PeriodError(`period "${trimmed}" ends before it starts`);
  }
  const precision = COARSER[from.precision] >= COARSER[to.precision] ? from.precision : to.precision;
  return { text: trimmed, start: from.start, end: to.end, precision };
}

export function periodFromDays(start: number, end: number): Period {
  const text = start === end ? isoDay(start) : `${isoDay(start)}/${isoDay(end)}`;
  return { text, start, end, precision: 'day' };
}

/** The whole calendar year, January 1 to December 31, as days. */
export function yearPeriod(year: number): Period {
  return periodFromDays(dayNumber(year, 1, 1), dayNumber(year, 12, 31));
}

/** True for a January 1: a period from it counts its year so far. */
export function isNewYearsDay(day: number): boolean {
  return dayNumber(yearOfDay(day), 1, 1) === day;
}

/** One string per span of days, to group or look up periods by what they cover. */
export function periodKey(period: Period): string {
  return `${period.start}/${period.end}`;
}

/** The year a period is when it runs exactly from a January 1 to that year's December 31; else null. */
export function calendarYearOf(period: Period): number | null {
  const from = isoDay(period.start);
  const to = isoDay(period.end);
  return from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4) ? Number(from.slice(0, 4)) : null;
}

/** The calendar year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** The month (1 to 12) a day number falls in. */
export function monthOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCMonth() + 1;
}

/** The same day of the month a year on; null for February 29, which the next year lacks. */
export function sameDayNextYear(day: number): number | null {
  const date = new Date(day * 86_400_000);
  const [month, date0] = [date.getUTCMonth() + 1, date.getUTCDate()];
  return month === 2 && date0 === 29 ? null : dayNumber(date.getUTCFullYear() + 1, month, date0);
}

export function lengthInDays(period: Period): number {
  return period.end - period.start + 1;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** True when `inner` lies inside `outer` (equal periods count). */
export function contains(outer: Period, inner: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whole years from the day `born` to `day` (day numbers): someone's age on that day. */
export function ageOn(born: number, day: number): number {
  const [bm, m] = [monthOfDay(born), monthOfDay(day)];
  const [bd, d] = [dayOfMonth(born), dayOfMonth(day)];
  return yearOfDay(day) - yearOfDay(born) - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function dayOfMonth(day: number): number {
  return new Date(day * 86_400_000).getUTCDate();
}
