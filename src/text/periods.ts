/**
 * Finding the words that name a period or a date in running text ("since July 1", "in 2023
 * alone", "the first two months of last year", "the same weeks of 2023") and resolving them
 * against the date of the page.
 *
 * Resolution goes through `resolvePeriodWords` (src/model/period-words.ts), the same reader the
 * registry's checks use, so a draft and the registry never disagree about what "last year" means.
 * What that reader does not know is rewritten here into a form it does ("in all of 2024" → "in
 * 2024") or resolved here (spans between two dates, "since 2021", "the same period last year").
 *
 * chrono-node was measured for this (shared/notes/text-extraction.md) and left out: it reads
 * "since July 1" as a single day, ignores bare years, reads "from 2,461" as 02:00 and picks the
 * coming August for "in August"; each would need undoing, and what is left is what this file does.
 */
import { dayNumber, daysInMonth, parsePeriod, PeriodError, periodFromDays, sameDayNextYear, weekday as weekdayOf, yearPeriod, WEEKDAYS, type Period } from '../model/period.js';
import { resolvePeriodWords, type ResolvedPeriod } from '../model/period-words.js';
import type { Language } from '../model/figure.js';
import { readSpanishNumber } from '../model/numbers-es.js';
import { fillGloss, glossSpanish, SPANISH_PERIOD_RULES } from './periods-es.js';

export type PeriodKind = 'those-months' | 'since-then' | 'so-far-then' | 'years-ago' | 'days-ago' | 'to-date' | 'first-days' | 'that' | 'bound' | 'vague' | 'month-list' | 'months-to' | 'years-from' | 'month-span' | 'first-months' | 'past' | 'same' | 'year-earlier' | 'so-far' | 'since' | 'between' | 'date' | 'month-pair' | 'month' | 'year-pair' | 'year' | 'half' | 'deictic' | 'since-event' | 'term-days' | 'day-span';

export interface PeriodMention {
  readonly kind: PeriodKind;
  /** Offsets in the file of the whole phrase, prepositions included. */
  readonly start: number;
  readonly end: number;
  /** The phrase as written: "since July 1", "Last year", "in 2023 alone". */
  readonly words: string;
  /** A Spanish phrase in the English words it is read as ("esos dos meses": "during those two months"). */
  readonly glossed?: string;
  /** Resolved with a period another sentence named ("August" in 2021's, "during that period"): from context, so it can warn, never fail. */
  readonly borrowed?: boolean;
  /** Offsets of the date itself, without "since", "on", "in": what an event's figure is ("July 1"). */
  readonly coreStart: number;
  readonly coreEnd: number;
  /** Against the page date; null when the phrase cannot be resolved (or needs `sameAs`). */
  readonly resolved: ResolvedPeriod | null;
  /** "the same period last year", "the same weeks of 2023": the period of another phrase, moved. */
  /** `chained`: "the one before that" moves the period named just before it, even one itself moved ("the year before"). */
  readonly sameAs: { readonly year: number | null; readonly shift: number; readonly wholeYear?: boolean; readonly months?: boolean; readonly days?: boolean; readonly chained?: boolean } | null;
  /** A day or a point ("July 1", "Monday", "today"), not a span: can date an event. */
  readonly pointInTime: boolean;
  /** Resolution rests on the page date ("last year", "in May"), not on the words alone. */
  readonly relative: boolean;
  /** "since ...": a span from that date to the page date. */
  readonly since: boolean;
  /** For "since X, when ...": X itself, the period of what the when-clause counts. */
  readonly at: Period | null;
  /**
   * For a vague phrase ("early 2022", "late last year", "mid-August 2023"): the span it surely lies
   * within. Never a figure's period (the figure stays unchecked); only an order of magnitude is
   * held to it (docs/checks/magnitude.md).
   */
  readonly window?: Period | null;
}

const MONTH_LIST = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
// "María" is no "Mar.": an abbreviation runs into no accented letter either.
const MONTH = `(?:${MONTH_LIST})(?![\\u00C0-\\u024F])`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
/** "between 1 and 30 October this year", "from 1 to 17 July of last year": a day span's year counted from the page. */
const SPAN_YEAR_WORDS = ',? (?:of )?(?:this|last) year\\b';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** After a span's second day, a word of the sentence that does not make the day a quantity. */
const DAY_GOES_ON = '(?= (?!(?:percent|per|times|thousand|million|hundred|billion|people|persons|migrants|crossings|a day|a week)\\b)[a-z])';
// "- 23:30 July as a whole: 20,519": minutes of a time (a show's timestamp) are no day of the month.
const DATE = `(?:${MONTH} ${DAY}(?:,? ${YEAR})?|(?<!\\d:)${DAY} ${MONTH}(?:,? ${YEAR})?)`;
/**
 * A day of the month as an ordinal, in digits or words ("the 17th", "the seventeenth"), as it is
 * said before "of July": scripts and interviews say dates so.
 */
const ORDINAL_DAY = '(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)';
/** A day of the month as an ordinal word ("seventeenth", "twenty-second"). */
const ORDINAL_WORD_DAY = '(?:(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)';
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** "the seventeenth of July, 2024" as "July 17, 2024", and "the first and the 17th" as "1 and 17"; else as written. */
function ordinalDays(words: string): string {
  const digits = words.replace(/\b(?:(twenty|thirty)[- ])?([a-z]+)\b/gi, (all, tens: string | undefined, unit: string) => {
    const n = ORDINAL_WORDS[unit.toLowerCase()];
    return n === undefined || (tens && n > 9) ? all : String(n + (tens ? (tens.toLowerCase() === 'twenty' ? 20 : 30) : 0));
  });
  return digits.replace(new RegExp(`^(?:(?:on|as of|by|until|through) )?the (\\d{1,2})(?:st|nd|rd|th)? of (${MONTH})(,? ${YEAR})?$`, 'i'), (_all, day: string, month: string, year: string | undefined) => `${month} ${day}${year ? `, ${year.replace(/^,? /, '')}` : ''}`);
}
// Longest first: "seventeen" before "seven".
const COUNT_WORD = 'thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}';
const PREP = '(?:in|during|throughout|for|over|on|at its peak in|at the peak in|by|until|through|as of|of)';

const MONTH_NUMBER: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
/** The counts period phrases write in words ("the first seventeen days", "those two months"). */
export const NUMBER_WORD: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
};

/** A count of days, weeks or years as a period phrase says it: "17", "seventeen", "diecisiete"; else undefined. */
export function countWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  return /^\d+$/.test(lower) ? Number(lower) : (NUMBER_WORD[lower] ?? readSpanishNumber(lower)?.value);
}

type Kind = PeriodKind;

// Longest and most specific first: overlaps are settled by start, then length.
const PATTERNS: ReadonlyArray<readonly [Kind, RegExp]> = [
  // "which to this day is broken with 248,901": a total to now from a start not named; unresolved.
  ['to-date', /\b(?:to this day|up to now|until now|to date|thus far)\b/gi],
  // "He took office on July 1. By July 17, 11,363 had crossed since then": from the day named just
  // before (src/reader/resolve-period.ts resolves it; a day only, never a month or a year).
  ['since-then', /\b(?:since then|ever since)\b/gi],
  // "By July 17 … So far that year, more than 212,000 had crossed": the year to the day named before
  // (src/reader/resolve-period.ts), not to the page date.
  ['so-far-then', /\b(?:so far that year|that year so far|by then that year|that year by then)\b/gi],
  // "until yesterday, 1,710 had crossed", "as of Wednesday, 402,030 …": a running total to that day
  // from a start not named, not that day's count; unresolved unless another phrase names the start.
  // Not "through Wednesday": "from his first day in office through Wednesday" names both ends.
  ['to-date', new RegExp(`\\b(?:until|till|up (?:to|until)|as of) (?:yesterday|today|(?:last |this )?${WEEKDAY})(?![\\w-]|,? \\d)`, 'gi')],
  // "that month", "that August", "that year", "over the year": the period of a phrase before it
  // (read.ts resolves it). "over the year to June" is a window, taken by 'months-to' first.
  // "a year that closed with a total of 248,284": the year of the period named before it.
  ['that', /\b(?:a|the) (year|month) that (?:closed|ended|finished|wrapped up)\b/gi],
  // "…, and the year closed at 133,726 crossings": the same, said as the clause's subject.
  ['that', /\bthe (year|month) (?:closed|ended|finished|wrapped up)\b/gi],
  // "during those two months", "the two-month total": the months named just before, together
  // (read.ts resolves it from the periods named before).
  // "for those 17 days": the span of that many days the text named last (src/reader/resolve-period.ts).
  // "Across the twelve months that is about 8.5 a week": the year just named, as its months; not
  // "the twelve months that followed" or "the previous twelve months".
  // "In those two months of 2022, about 300 a day": the months named before, within that year.
  ['those-months', new RegExp(`\\b(?:(?:in|during|over|for|across) )?(?:those|these) (${COUNT_WORD}|twelve) months of (${YEAR})(?![\\w-])`, 'gi')],
  // "Those first two months, 8,964 entries in all": "first" or "last" between says which, as the
  // months named before are.
  ['those-months', new RegExp(`\\b(?:(?:in|during|over|for|across) )?(?:(?:those|these|the) (?:(?<=(?:those|these) )(?:first|last|opening|closing) )?(${COUNT_WORD}|twelve) months(?![\\w-]| (?:of|to|through|ending|ended|before|after|earlier|ago|that (?:followed|came|preceded)|following|since|later)\\b)|the (${COUNT_WORD})-month (?:total|period|span|stretch|tally|count)|(?:those|these) (?:(?:first|opening|last|closing) )?(${COUNT_WORD}|\\d{1,3}) days(?![\\w-]| (?:of|to|through|before|after|earlier|ago)\\b))`, 'gi')],
  // "In those two years alone, more than 900,000 crossed": the newest whole years named before, together.
  ['those-months', new RegExp(`\\b(?:(?:in|during|over|for|across) )?(?:those|these) (${COUNT_WORD}) years(?![\\w-]| (?:of|to|through|before|after|earlier|ago|later|since)\\b)`, 'gi')],
  // "Counting both years, close to 1.2 million crossed", "over the two years combined": the two
  // newest whole years named, summed (not "in both years", which may be each year's, nor "the drop
  // between the two years", a difference).
  // Not when the sentence names the two years after it ("Counting both years, … in 2023 and 2024").
  ['those-months', /\b(?:(?:counting|across|over|combining|for) (?:both|the two) years(?: combined| together)?|(?:both|the two) years (?:combined|together))(?![\w-])(?![^;\n]{0,160}?\b(?:19|20)\d\d (?:and|&) (?:19|20)\d\d\b)/gi],
  // "The last two weeks of the month alone brought 21,000": part of the month named before it.
  ['that', new RegExp(`\\bthe (?:first|last|remaining|final|other) (?:${COUNT_WORD}|\\d{1,2}) (?:days|weeks) of (?:the|that) (month)\\b`, 'gi')],
  // "had put the year's count at 300,549", "the busiest month of the year": the year under
  // discussion, as "that year" is.
  ['that', /\b(?:the|that) (year|month)(?=['’]s\b)|\bof the (year)\b(?! (?:before|after|to|ending|ended)\b)/gi],
  // "During that period, 87,390 crossed", "over that span": whatever period the text named last,
  // of any length (read.ts resolves it). "That time" only after a preposition: "at that time" is a day.
  // "By then the average was about eight a week": the period named last, too.
  ['that', /\b(?:by|back) (then)\b|\b(?:(?:in|within|during|over|for|across|throughout) )?(?:that|this|the said|the(?= same)) (?:same )?(period|time ?frame|span|stretch)(?![\w'’-]| (?:of|last|in|from|a year|the year|the previous|the prior|a year earlier)\b)|\b(?:in|during|over|within) (?:that|this) (?:same )?(time)\b(?! (?:of|last|in|from)\b)/gi],
  // "In the record year, the average was about 2,000 a day": the year the text called a record.
  ['that', /\b(?:in|during|for|over) the (?:record|peak|busiest) (year)\b(?! (?:of|before|after|to|ending)\b)/gi],
  // "What does that record year work out to per day?": an adjective may stand before the unit.
  // "The month as a whole brought 20,519": "as a whole" makes "the month" the one just named.
  ['that', new RegExp(`\\b(?:that|(?:over|during|across|throughout|for) the(?: whole| entire| full)?|the(?= (?:month|year|week) as a whole\\b))(?: (?:record|peak|busiest|quietest|same))? (month|year|week|${MONTH}|${WEEKDAY})(?![\\w'’-]| (?:to|up to|until|till|through|ending|ended|of|before|earlier|ago)\\b|,? ${YEAR}(?![\\w-])|(?<!\\b(?:month|year|week)) \\d{1,2}(?:st|nd|rd|th)?\\b)(?: as a whole)?`, 'gi')],
  // "the busiest year before 2021", "before the pandemic", "the pre-2021 norm": a bound, not the
  // period of a figure near it. Taken whole so that its year is not read as one; read.ts never attaches it.
  // "11,363 arrived before July 18", "between his inauguration and July 17": a day that bounds a
  // span whose other end the sentence does not give as a date is no period of the figure's.
  ['bound', new RegExp(`\\b(?:before|after|prior to|ahead of)(?: the (?:start|end) of)? (?:(?:${MONTH} )?${YEAR}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? ${YEAR})?|the (?:${YEAR} )?(?:pandemic|surge|crisis|election|war)(?: (?:began|started|took off|hit|struck|broke out))?(?: (?:of|in) ${YEAR})?|(?:his|her|their|[A-Z][\\w-]+['’]s) (?:inauguration|swearing-in|election|arrival|presidency|first day in office)|(?:the )?covid(?:-19)?)(?![\\w-])(?!['’]s\\s+\\d)|\\bbetween (?:his|her|their|the) (?:[a-z]+ ){0,2}?(?:inauguration|election|swearing-in|arrival|visit|announcement|closure) and (?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?|${YEAR})(?![\\w-])|\\b(?:pre|post)-(?:${YEAR}|surge|pandemic|covid(?:-19)?|crisis)(?![\\w-])`, 'gi')],
  // "mid-2024", "early 2023", "late last year", "in recent years": a period darien does not
  // resolve, so a figure it belongs to is left unchecked rather than given the whole year.
  // "In each of August, September and October, more than 25,000 came through": a figure for each
  // month, not for the months together; unresolved, as no one of them is named. So is a list
  // joined by "or".
  ['vague', new RegExp(`\\b(?:in )?(?:(?:each|every one|all three|all four) of (?:the (?:(?:two|three|four|five|six) )?months,? (?:of )?)?(?:${MONTH},? )+(?:and|or) |(?:(?:${MONTH}, ){2,}|${MONTH}, ${MONTH},? )or )${MONTH}(?:,? (?:of )?${YEAR})?(?![\\w-])`, 'gi')],
  // "In August, September and October 2021": three months or more that run on without a gap are
  // their span, which src/reader/attach-list.ts gives only to a list of a figure a month or to a
  // figure that sums them ("together about 90,000"); any other figure of the list stays unchecked.
  ['month-list', new RegExp(`\\b(?:(?:in|during|for|of) )?((?:${MONTH}, ){1,}${MONTH},? and ${MONTH})(?:,? (${YEAR}|last year|this year))?(?![\\w-])`, 'gi')],
  ['vague', new RegExp(`\\b(?:(?:(?:in|during|over|for) )?the (?:first|last|opening) (?:${COUNT_WORD}|\\d{1,2}) and a half (?:months|weeks|years)(?: of (?:${YEAR}|last year|this year|the year))?|(?:mid|early|late)-?\\s?(?:${MONTH},? (?:of )?)?(?:${YEAR}|last year|this year)|(?:the )?(?:early|late|mid)(?:dle)?[- ](?:part of )?(?:the year|the decade|${MONTH})|recent (?:years|months|weeks|days)|the (?:19|20)\\d0s|(?:(?:over|during) )?(?:this|last|the|that) (?:past )?weekend|(?:(?:in|during|over) )?(?:this|last|that|the past) (?:winter|summer|spring|fall|autumn))(?![\\w-])`, 'gi')],
  // "in the pandemic year, 6,465": a year named by what happened in it, which darien does not date;
  // unresolved, never the year named before it.
  ['vague', /\b(?:in |during )?the (?:pandemic|covid(?:-19)?|lockdown|election) year\b/gi],
  // "in April of the previous year", "April of the year before": of the year before whichever the
  // text is in, which darien does not work out; unresolved, never the page's April.
  ['vague', new RegExp(`\\b(?:in )?(${MONTH}) of the (?:previous|prior|preceding) year\\b|\\b(?:in )?(${MONTH}) of the year before\\b`, 'gi')],
  // "the 12 months to June 2024", "the year to March": a window that ends with the month named.
  ['months-to', new RegExp(`\\bthe (?:(${COUNT_WORD}|twelve) months|year) (?:to|through|ending(?: in)?|ended) (${MONTH})(?:,? (${YEAR}))?(?![\\w-])`, 'gi')],
  // "from January to March 2024", "from March through May", "Those three months, August through
  // October": whole months, the year from the end.
  ['month-span', new RegExp(`\\b(?:from )?(${MONTH})(?:,? (${YEAR}))? (?:to|through|until|till) (?:the end of )?(${MONTH})(?:,? (${YEAR}))?(?![\\w-]| \\d)`, 'gi')],
  // "**Aug.–Oct. 2021** — …", "Jan.-Feb. 2022": two months joined by a dash, as a heading or a
  // chart's label writes a span.
  ['month-span', new RegExp(`(?<![\\w-])(?:(?:in|during|for|over|from) )?(${MONTH})(?:,? (${YEAR}))? ?[–—-] ?(${MONTH})(?:,? (${YEAR}))?(?![\\w-]| \\d)`, 'gi')],
  // "in the three years to 2023", "the two years through 2022": whole years, the last one named.
  ['months-to', new RegExp(`\\bthe (${COUNT_WORD}) years (?:to|through|ending(?: in)?|ended) ()(${YEAR})(?![\\w-])`, 'gi')],
  // "the six years from 2015 add up to 103,913", "the four years starting in 2021": whole years
  // counted on from the year named, that year the first. Not "the six years from 2015 to 2020",
  // whose ends 'year-pair' reads.
  ['years-from', new RegExp(`\\bthe (${COUNT_WORD}) years (?:from|starting(?: in| with)?|beginning(?: in| with)?) (${YEAR})(?![\\w-]| ?(?:to|through|until|and|[–—-]) ?\\w)`, 'gi')],
  // "the first 17 days of July", "the last ten days of 2023"; "the first week of February 2022",
  // "the last two weeks of August" (seven days a week, counted from the month's first or last day).
  // "the first day of July 2024": one day, the first or the last of the month.
  ['first-days', new RegExp(`\\bthe (first|last) (?:(${COUNT_WORD}|\\d{1,3}) )?(?:days?|weeks?) of (${MONTH})(?:,? (${YEAR}))?(?![\\w-])`, 'gi')],
  // "July brought 20,519, 11,363 of them in the first 17 days": the days of no month named, which
  // the reader takes from the month the sentence (or the one before) said (resolve-period.ts).
  // "11,363 in the first 17 days and about 12,000 in the rest of the month": the days after the span before.
  ['first-days', /\b(?:in|during|over|for) the (rest|remainder) of (?:the|that) month(?![\w-])/gi],
  // "nearly 2,000 in the first quarter, and about 1,400 in the nine months that followed", "in the
  // rest of the year": the months after the span before (resolve-period.ts monthsAfter). The count
  // is kept in the second group: isNoMonth reads a first-days rule's third as a month's name.
  ['first-days', /\b(?:in|during|over|for) the (rest|remainder) of (?:the|that) year(?![\w-])/gi],
  // Not "the next 12 months" (what is to come), nor "the six months that followed Mulino's
  // inauguration" (after an event named, not the span before).
  ['first-days', new RegExp(`\\b(?:in|during|over|for) the ()(?:following )?(${COUNT_WORD}|\\d{1,2}) months(?: (?:that followed|that came after|after that))?(?<=following \\S+ months|months (?:that followed|that came after|after that))(?![\\w-])(?!(?<=followed|came after)\\s+(?!and\\b)\\p{L})`, 'giu')],
  // Not "in the last 10 days": the days to now ('past').
  ['first-days', new RegExp(`\\b(?:in|during|over|for) (?:the|those) (first) (${COUNT_WORD}|\\d{1,3}) (?:days|weeks)(?! (?:of|after|following|since|in office|of his|of her)\\b)(?![\\w-])`, 'gi')],
  // "in the opening two months of 2022", "the closing month of the year": the first or the last.
  ['first-months', new RegExp(`\\b(?:(?:in|during|over|for) )?the (first|last|opening|initial|closing|final) (?:(${COUNT_WORD}) months|month) of (${YEAR}|last year|this year|the year)\\b`, 'gi')],
  // "the first 40 days of the year", "the first 100 days of 2025", "the last two weeks of 2023":
  // days or weeks counted from the year's first or last day (the unit is the fourth group).
  // "during the first 11 days of the new year": of the page's year.
  ['first-months', new RegExp(`\\b(?:(?:in|during|over|for) )?the (first|last) (${COUNT_WORD}|\\d{1,3}) (days|weeks) of (${YEAR}|last year|this year|the year|the new year)\\b`, 'gi')],
  // "In 225 days of 2023, Panama registers a daily average of 1,250": days counted in a year, from
  // its first, as a running total is told (the empty group stands for "first").
  ['first-months', new RegExp(`\\b(?:in|during|over) ()(${COUNT_WORD}|\\d{1,3}) (days|weeks) (?:of|in) (${YEAR}|last year|this year)\\b`, 'gi')],
  // Headlines drop "the" and the year: "12,000 crossed Darién in first 20 days", "in first six
  // months" are of the page's year (the empty group stands for it).
  ['first-months', new RegExp(`\\bin (first) (${COUNT_WORD}|\\d{1,3}) (days|weeks)()(?! of\\b)(?![\\w-])`, 'gi')],
  ['first-months', new RegExp(`\\bin (first) (${COUNT_WORD}) months()(?! of\\b)(?![\\w-])`, 'gi')],
  // "The first two months of that year": the months of the page's year here, which the reader moves
  // into the year "that year" refers to (src/reader/resolve-period.ts, heldForThatYear).
  ['first-months', new RegExp(`\\bthe (first|last) (${COUNT_WORD}) months()(?= of (?:that|the same) year\\b)`, 'gi')],
  // "in 11 months in 2023", "over nine months of 2022": a count of the year's months from its start,
  // as a running total is told (the empty group stands for "first"); not the whole year.
  ['first-months', new RegExp(`\\b(?:in|during|over) ()(${COUNT_WORD}) months (?:in|of) (${YEAR}|last year|this year)\\b`, 'gi')],
  // "Over 150,000 migrants pass through Darien in 9 months" on October 2: the year's months so far,
  // when their count is the page's months gone by (not "in two months", any two).
  ['first-months', new RegExp(`\\bin ()(${COUNT_WORD}) months()(?! (?:of|in|ago|earlier|later|before|after|from|to|since|until|time)\\b)(?![\\w-])`, 'gi')],
  // "the previous year" without a count is the calendar year before ('year-earlier'), not a window.
  // "the last year before the pandemic", "the last month when …": the last of some years, named by
  // what follows, not the twelve months to the page date.
  ['past', new RegExp(`\\b(?:(?:in|during|over|for|within) )?the (?:(?:past|last) (${COUNT_WORD}|) ?|previous (${COUNT_WORD}) )(days?|weeks?|months?|years?)(?![\\w-]| of\\b| (?:before|after|prior to|ahead of|when|in which|that|without)\\b)`, 'gi')],
  // "the first semester of 2023": a half, as statistics offices say it.
  // "That took the first quarter to about 110,000": a quarter (or semester) with no year is of the
  // year, as "el primer trimestre" is; not a half ("the second half of the trek" is of a trek), not
  // "the first quarter-mile", and not the end of a running total ("By the third quarter, the total
  // had reached 400,000" says no quarter's count).
  // "**First half of 2024**: some 225,000": a label may drop the article before a half of a year named.
  ['half', new RegExp(`\\b(?:(?:in|during|over|for) )?(?:(?:the|this) (?:(first|second|last|final) (half|quarter|third|semester) of (${YEAR}|last year|this year|the year)|(?<!\\b(?:by|until|through|till) the )(first|second|third|fourth) (quarter|semester)(?! of\\b)(?![\\w-]))|(?<![\\w,] )(First|Second|Last) (half|quarter|semester) of (${YEAR}))\\b`, 'gi')],
  ['same', new RegExp(`\\b(?:(?:in|during|over|for) )?the (?:same|equivalent|comparable|corresponding) (?:time )?(?:(?:${COUNT_WORD}) )?(?:period|weeks|months|days|dates|month|week|quarter|time frame|timeframe|time|stretch|span|period of time)(?: (?:of|in) (?:${MONTH},? )?(${YEAR})| (last year|a year (?:earlier|before|ago)|the (?:previous|prior) year|the year before|of last year|in the previous year|in (?:the )?(?:previous|prior) year))?\\b`, 'gi')],
  // "fell to 2,229 in January 2025, compared with 36,000 a year earlier": the period named before it,
  // a year back, as "the same period last year" is.
  // "The following year the number dropped to 302,000": the period named before it, a year on.
  // "up 339% year-on-year": on the same period a year back, as "a year earlier" is.
  // "A year ago, we had 36,841 …; so far in March, 112": "ago" counts back from now, not from a
  // period named before, so it is the sentence's own period a year back ("the same period last
  // year"); never the year before whatever the text named last (2016's, read as 2015).
  ['same', /\b()((?:a|one) year ago)\b/gi],
  // "the record for the entire previous year": an adjective of the whole may stand between.
  // "The year before had brought 248,284, and the one before that 133,726": a year back from the
  // year named just before it, itself a year back.
  ['year-earlier', /\b(?:the (?:year|one) (?:before|prior to) that)\b/gi],
  ['year-earlier', /\b(?:(?:a|one) year (?:earlier|before|previously|later|on)|the (?:(?:entire|whole|full) )?(?:previous|prior|following|next) year|the year (?:before|after)(?! the\b)|year[- ](?:on|over)[- ]year)\b/gi],
  // "The following month, 2,550 crossed": the month after the one named before it.
  ['year-earlier', /\b(?:(?:a|one) month (?:earlier|before|later)|the (?:previous|prior|following|next) month|the month (?:before|after)(?! the\b))\b/gi],
  // "On Tuesday 2,665 crossed, the next day 1,522": the day after (or before) the day named before it.
  // Not "a day before Blinken landed": a day counted from an event said after it.
  ['year-earlier', /\b(?:(?:a|one) day (?:earlier|later|(?:before|after)(?=\s*(?:[,.;:)]|$)))|the (?:previous|prior|following|next) day|the day (?:before|after)(?=\s*(?:[,.;:)]|$)))/gi],
  // "Two years earlier, in 2021, the count had stood at …": that many years back from the period
  // named before it (or on, "three years later").
  ['year-earlier', new RegExp(`\\b(${COUNT_WORD}) years (?:earlier|before|later|on)(?! (?:the|his|her|their)\\b)(?![\\w-])`, 'gi')],
  // "Two years ago the count stood at 148,284": the calendar year that many years before the page's.
  // ("a year ago" moves the period named before it: 'year-earlier'.)
  ['years-ago', new RegExp(`\\b(${COUNT_WORD}) years ago(?![\\w-])`, 'gi')],
  // "Fifteen days ago, the daily average was 1,500": the day that many days (or weeks) before the page.
  // "Seven weeks ago today": the day that many weeks before the page date, "today" its own.
  ['days-ago', new RegExp(`\\b(${COUNT_WORD}|a|one|twelve|fifteen|twenty|thirty) (days?|weeks?) ago(?:,? today)?(?![\\w-])`, 'gi')],
  // "since New Year's Day", "since the start of the year": the year so far.
  ['so-far', new RegExp(`\\b(?:so far (?:this year|in (${YEAR}))|(?:in |for )?(?:this year|(${YEAR})) (?:so far|to date)|(?:the )?year[- ]to[- ]date|since (?:New Year['’]s(?: Day)?|the (?:start|beginning) of (?:the|this) year))(?![\\w'’])`, 'gi')],
  // "by this time last year", "at the same point a year earlier": last year to the page's day of it.
  ['so-far', new RegExp(`\\b(?:(?:by|at|around|as of|until|up to) )?(?:this|that|the same) (?:time|point|date|stage)(?: of the year)?,? ()()(last year|a year (?:ago|earlier|before))(?![\\w'’])`, 'gi')],
  // "by this time in 2021", "at the same point of 2023": that year to the page's day of it.
  ['so-far', new RegExp(`\\b(?:(?:by|at|around|as of|until|up to) )?(?:this|that|the same) (?:time|point|date|stage)(?: of the year)?,? ()()()(?:in|of) (${YEAR})(?![\\w-]|,\\d)`, 'gi')],
  // "between July 1, when Mulino was sworn in, and July 17": a clause between the ends says what
  // the first day was; the span is the same.
  // "between July 1 and yesterday": the later end a day the page date names.
  // "between January and the end of June": an end said as a month's first or last day is that day.
  ['between', new RegExp(`\\bbetween (${DATE}|(?:the (?:start|beginning) of )?${MONTH}(?: ${YEAR})?|${YEAR})(?:, (?:when|the day|as) [^,;.]{1,80},)? and (${DATE}|(?:the end of )?${MONTH}(?:,? (?:${YEAR}|(?:of )?(?:last|this) year))?|${YEAR}|yesterday|today|(?:last )?${WEEKDAY})(?![\\w-]|,\\d)`, 'gi')],
  // "between January and mid-July", "from January to early July": a span whose last day is known
  // only to within a month; read as a window, January to the end of July, never as January alone.
  ['vague', new RegExp(`\\b(?:between|from) ${MONTH}(?:,? ${YEAR})?,? (?:and|to|through|until|till) (?:mid|early|late)[- ]?${MONTH}(?:,? ${YEAR})?(?![\\w-]| \\d)`, 'gi')],
  // "from July 1 to July 17", "From 2021 to 2023, more than 900,000 crossed": a span. A change
  // over it ("rose from 2021 to 2022 by 85%") is read as over "between 2021 and 2022": its figure
  // is the later year's, against the earlier (attach-comparison.ts); read as two years, a count
  // over the span took the later year alone and failed against it.
  // "from January to June 6 of this year": a month to a day, as "between January and June 6".
  // "From New Year's Day to July 17": the holiday is January 1.
  ['between', new RegExp(`\\bfrom (${DATE}|New Year['’]s(?: Day)?|${MONTH}(?: ${YEAR})?|${YEAR}) (?:to|through|until|till) (${DATE}(?:,? (?:of )?(?:last|this) year)?|${YEAR})(?![\\w-]|,\\d)`, 'gi')],
  // "The mean for 2017 to 2020", "over 2021 through 2024": two years joined by "to" after a
  // preposition of time are a span, as "from 2017 to 2020" is.
  // "in 2015 through 2020 combined", "Four years, 2021 through 2024:": "through" joins two years
  // with no preposition or after "in" ("in 2015 to 2016" may not).
  ['between', new RegExp(`(?:\\b(?:for|over|during|throughout|across|in(?= ${YEAR} through )) |(?<![\\w.,-])(?=${YEAR} through ${YEAR}))(${YEAR}) (?:to|through) (${YEAR})(?![\\w-]|,\\d)`, 'gi')],
  // "in 2009–2020", "the 2016-2019 period": years joined by a dash are one span, never two years.
  // "2022 and 2023 combined", "in 2021 and 2022 together": the two years summed, one span (only
  // two years in a row; "2021 and 2023 combined" is no span and is left unresolved).
  ['between', new RegExp(`\\b(?:(?:in|during|for|over|throughout) )?(${YEAR}) (?:and|&) (${YEAR}),? (?:combined|together|taken together|put together)(?![\\w-])`, 'gi')],
  // "Together, 2021 and 2022 accounted for …": the same said first.
  // "Taken together, how many crossed in 2021 and 2022?": a few words may stand between.
  ['between', new RegExp(`\\b(?:together|combined|taken together|between them),? (?:[A-Za-zÀ-ÿ'’]+ ){0,8}?(?:in )?(${YEAR}) (?:and|&) (${YEAR})(?![\\w-]|,\\d)`, 'gi')],
  ['between', new RegExp(`(?<![\\w.,-])(?:(?:in|during|over|for|throughout|en|durante) )?(${YEAR}) ?[–—-] ?(${YEAR})(?![\\w-]|,\\d)`, 'gi')],
  // "| Jan. 1–July 17, 2024 |", "Dec. 20, 2023-Jan. 5, 2024": two dates joined by a dash, each with
  // its month, are a span, as "from Jan. 1 to July 17, 2024" is (one month's days, "Aug. 1–17", are
  // a day-span below).
  // So are two such dates joined by "to", "through", "until" with no "from": "its 11,363 crossings
  // covered July 1 to July 17".
  ['between', new RegExp(`(?<![\\w.,-])(?:(?:from|in|during|over|for|between) )?(${MONTH} ${DAY}(?:,? ${YEAR})?)(?: ?[–—-] ?| (?:to|through|until|till) )(${MONTH} ${DAY}(?:,? ${YEAR})?)(?![\\w-]|,\\d)`, 'gi')],
  // "March 1–14, 2022", "between March 1 and 14, 2022", "from 1 to 14 March": days of one month, the
  // year written once at the end. A word between the days ("to", "and") needs "from" or "between"
  // before, and a year or a stop after: "on March 1 to 14 percent" is no span.
  // "figures for July 1 to 17": a span of days after a preposition of time, with no "from".
  // "July 1 to 17, 2024": with no "from", only when the year follows the second day.
  // "Crossings from July 1 to 17 totaled 11,363", "the July 1-17 period": past "from", "between" or
  // a dash the second day may go on into the sentence; a word that makes it a quantity ("to 17
  // percent", "1-17 people") does not. A table cell ends it too ("| July 1–7 | 2,214 |").
  ['day-span', new RegExp(`\\b(?:(?:from|between) ${MONTH} ${DAY} (?:to|through|until|till|and) |(?:for|over|during|covering|spanning) ${MONTH} ${DAY} (?:to|through|until|till) |${MONTH} ${DAY} (?:to|through) (?=${DAY},? ${YEAR}(?![\\w-]))|${MONTH} ${DAY} (?:to|through) (?=${DAY}(?:[,.;:)](?!\\d)|\\s*$))|(?:(?:from|between|on|in|during|over|for) )?${MONTH} ${DAY} ?[–-] ?)${DAY}(?:,? ${YEAR}(?![\\w-]|,\\d)|${SPAN_YEAR_WORDS}|(?=[,.;:)](?!\\d)|\\s*$|\\s*\\|)|${DAY_GOES_ON})`, 'gi')],
  // "1 to 17 July 2024": with no "from", only with its year, as "July 1 to 17, 2024" above.
  ['day-span', new RegExp(`\\b(?:(?:from|between) ${DAY} (?:to|through|until|till|and) |${DAY} (?:to|through) (?=${DAY} ${MONTH},? ${YEAR}(?![\\w-]))|(?:(?:from|between|on|in|during|over|for) )?${DAY} ?[–-] ?)${DAY} ${MONTH}(?:,? ${YEAR}|${SPAN_YEAR_WORDS})?(?![\\w-]|,\\d)`, 'gi')],
  // "between the first and the seventeenth of July", "from the 1st to the 17th of July, 2024".
  ['day-span', new RegExp(`\\b(?:from|between) the ${ORDINAL_DAY} (?:to|through|until|till|and) the ${ORDINAL_DAY} of ${MONTH}(?:,? ${YEAR}|${SPAN_YEAR_WORDS})?(?![\\w-]|,\\d)`, 'gi')],
  // "each year since 2021 the Darién topped 100,000": a floor for every year of the span, no one
  // period of the figure: unresolved.
  ['vague', new RegExp(`\\b(?:each|every) year (?:since|from) ${YEAR}(?![\\w-])`, 'gi')],
  // "on the twelfth of May", "the 1st of July 2024": a date as it is said.
  ['date', new RegExp(`\\b((?:(?:on|as of|by|until|through) )?the ${ORDINAL_DAY} of ${MONTH}(?:,? ${YEAR})?)(?![\\w-]|,\\d)`, 'gid')],
  // "since the first of July": a day said before its month starts a span as "since July 1" does.
  ['since', new RegExp(`\\bsince (${DATE}|the ${ORDINAL_DAY} of ${MONTH}(?:,? ${YEAR})?|${MONTH}(?: ${YEAR})?|${YEAR}|${WEEKDAY})(?![\\w-]|,\\d)`, 'gid')],
  // "so far in January", "so far this January": the month so far, from its first day to the page's.
  ['since', new RegExp(`\\bso far (?:in|this) (${MONTH})(?![\\w-]| \\d)`, 'gid')],
  // "on July eighth", "by July seventeenth of last year": a day in words after its month, as a
  // transcript writes it. The month as a name, capitalised: "may first" is a verb.
  ['date', new RegExp(`\\b(?:(?:[Oo]n|[Aa]s of|[Bb]y|[Uu]ntil|[Tt]hrough) )?(?:(?:this|last|next|on) )?(?:${WEEKDAY},? )?((?:${MONTH_NAMES}) ${ORDINAL_WORD_DAY}(?:,? ${YEAR})?)(?![\\w-]|,\\d)`, 'gd')],
  // "this Sunday, July 2": the date, not the deictic weekday before it.
  // "his speech of January 2": "of" before a date, as "on" is (else "of January" is read, a month).
  ['date', new RegExp(`\\b(?:(?:on|as of|by|until|through|of) )?(?:(?:this|last|next|on) )?(?:${WEEKDAY},? )?(${DATE})(?![\\w-]|,\\d)`, 'gid')],
  // "through Wednesday the 17th", "on Monday, the 1st": a day of the month named with its weekday
  // only, the latest such day by the page date (resolveWeekdayDay). "on Wednesday 17 migrants …"
  // is no date: "the" or an ordinal is needed.
  // "on Thursday the twenty-second,": the day in words, as a transcript says it, where a stop ends it
  // ("on Monday the first migrants crossed" is no date).
  ['date', new RegExp(`\\b(?:(?:on|as of|by|until|through) )?(?:(?:this|last|on) )?${WEEKDAY},? (?:the ((?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|${ORDINAL_WORD_DAY}(?=[,.;:)]|\\s*$))|((?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)))(?![\\w-]|,\\d| (?:of )?${MONTH})`, 'gid')],
  // "`2021-11-18` Panama hosts …", "on 2024-07-01": a day written as ISO 8601, as data notes,
  // timelines and codebooks write it.
  ['date', /\b(?:(?:on|as of|by|until|through) )?((?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\w-]|,\d)/gid],
  // "In January and February of this year": the year said in words is the pair's.
  // "counts for January and February 2022": a preposition before the pair is the pair's, not the first month's.
  ['month-pair', new RegExp(`\\b(?:(?:in|during|over|across|throughout|for|of) )?(${MONTH}) and (${MONTH})(?:(?: of|,)? (${YEAR}|this year|last year))?(?![\\w-])`, 'gi')],
  // "each day last August": the latest August before the page's month, whatever year the sentence names.
  // "By December, 2024's total sat …": a year after a comma that owns what follows is not the month's.
  ['month', new RegExp(`\\b(?:${PREP} )?(?:(?:all|the whole|the entire|the month) of |last |this past )?(${MONTH})(?:(?: of)?(?:,(?! ${YEAR}['’]s\\b))? (${YEAR}|last year|this year))?(?![\\w-])`, 'gi')],
  // "in 2023 and 2024": each year, or both together? Taken as a phrase so neither year is given
  // to the figure alone; it is left unresolved.
  ['year-pair', new RegExp(`\\b(?:(?:in|during|for|over|throughout) )?(${YEAR}) (?:and|or|&) (${YEAR})(?![\\w-]|,\\d)`, 'gi')],
  ['year', new RegExp(`\\b(?:(?:in|during|throughout|for|by|over|en) )?(?:(?:all|the whole|the entire|the course|the year) of )?(?:the year )?(${YEAR})(?: alone)?(?![\\w-]|,\\d)`, 'gi')],
  // "On the Monday he was sworn in": a weekday after "the" is one a clause defines, not the page's.
  ['deictic', new RegExp(`\\b(?:(?:right )?now|currently|at present|these days|(?:just |earlier |later )?(?:today|yesterday|tonight|this morning)|overnight|(?:earlier |later )?this (?:year|month|week)|(?<!\\bthe )last (?:year|month|week)(?! (?:before|after|prior to|ahead of|when|in which)\\b)|the (?:year|month) (?:that )?(?:has )?just ended|the year just past|(?:on |this |last |next |this coming |coming )?(?<!\\b(?:that|same|the) )${WEEKDAY})(?![\\w-])`, 'gi')],
  // "since President Joe Biden entered office": a period darien cannot resolve, but the figure's
  // period words all the same, so the figure is reported as unchecked rather than given another.
  ['since-event', /\b[Ss]ince (?:(?:President|Prime Minister|Gov\.|Governor|Mr\.|Ms\.|Mrs\.) )?[A-Z\u00C0-\u00DE][\w\u00C0-\u024F.'’-]*(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F.'’-]*)*(?: (?:first )?(?:took|entered|assumed|came to|was sworn into|was elected|won)(?: \w+){0,2}? (?:office|power|the presidency)| was (?:sworn in|inaugurated)(?! as\b))/g],
  // "since the inauguration", "since he was sworn in": whose term, the text just before must say
  // (src/reader/event-periods.ts), as for "his first 17 days".
  ['since-event', /\b[Ss]ince (?:(?:the|his|her) (?:inauguration|swearing-in)|(?:he|she) (?:took office|was sworn in|was inaugurated|entered office))\b/g],
  // "in his first 17 days", "the first 100 days of his term", "his first six months in office": a
  // span from the day a term began, which only the catalogue knows (src/reader/event-periods.ts).
  // "In Mulino's first 17 days": whose term a name's possessive says (event-periods.ts takes only
  // a name the catalogue dates a term of). "In Mulino's first month in office": one month (not "July
  // 2024, his first full month", where the month is named).
  ['term-days', new RegExp(`\\b(?:(?:in|during|over|within) )?(?:(?:his|her|[A-Z\\u00C0-\\u00DE][\\w\\u00C0-\\u024F-]*['’]s) first (?:(${COUNT_WORD}|\\d{2,3}) (days|weeks|months)|(?:full )?(?:month|week)(?= (?:in office|in power|of (?:his|her) (?:term|presidency|government|administration|mandate))))(?: (?:in office|in power|of (?:his|her) (?:term|presidency|government|administration|mandate)))?|the first (${COUNT_WORD}|\\d{2,3}) (days|weeks|months) (?:in office|in power|of (?:his|her|the|[A-Z\\u00C0-\\u00DE][\\w\\u00C0-\\u024F-]*['’]s) (?:term|presidency|government|administration|mandate)|(?:after|since) (?:(?:President|Prime Minister) )?[A-Z\\u00C0-\\u00DE][\\w\\u00C0-\\u024F.'’-]*(?: [A-Z\\u00C0-\\u00DE][\\w\\u00C0-\\u024F.'’-]*)* (?:took office|was sworn in|was inaugurated|came to power|assumed office)))(?![\\w-])`, 'gi')],
];

/**
 * Words one of which each pattern cannot match without, in PATTERNS' order (empty: no shortcut).
 * Each must stand inside every match of its pattern (tests/text/periods.test.ts checks it on the
 * examples and the corpus): a word found only elsewhere in the text would make a phrase's reading
 * depend on text that has nothing to do with it.
 */
/** "… the seventeenth of July": the words the patterns of a day said before its month end with. */
const OF_MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((month) => ` of ${month}`);
/**
 * A page of the year's first week: its "this year" ("este año") may be the year just ended, as in a
 * year-end story written on December 31 and dated January 1, or the few days of the new one. Which
 * it is, darien does not guess.
 */
function newYearsWeek(page: Period): boolean {
  return page.end - dayNumber(ymd(page.end).year, 1, 1) < 7;
}

/** After "since <date>": its when-clause, past a phrase that says what that time was ("during the height of the pandemic"). */
const SINCE_WHEN = /^(?:,?\s+(?:during|at|amid|in|durante|en)\s[^.;:!?\d]{0,64}?)?,?\s+(?:when|cuando)\b/i;

const NEEDS: ReadonlyArray<readonly string[]> = [
  ['to this day', 'up to now', 'until now', 'to date', 'thus far'],
  ['since then', 'ever since'],
  ['so far that year', 'that year so far', 'then that year', 'year by then'],
  ['until ', 'till ', 'up to ', 'up until ', 'as of '],
  [' that '],
  [' closed', ' ended', ' finished', ' wrapped'],
  [' months of '],
  [' months', '-month ', ' days'],
  [' years'],
  [' years'],
  [' of the month', ' of that month'],
  ["the year's", 'the year’s', "the month's", 'the month’s', 'of the year', "that year's", 'that year’s', "that month's", 'that month’s'],
  [' period', ' time', ' span', ' stretch', ' then'],
  [' record ', ' peak ', ' busiest '],
  ['that ', 'over the ', 'during the ', 'across the ', 'throughout the ', 'for the ', ' as a whole'],
  ['before ', 'after ', 'prior to ', 'ahead of ', 'pre-', 'post-', 'between '],
  [' of ', ', '],
  [', '],
  ['mid', 'early', 'late', 'recent', '0s', 'weekend', 'winter', 'summer', 'spring', 'fall', 'autumn', ' and a half '],
  [' year'],
  [' of the previous', ' of the prior', ' of the preceding', ' of the year before'],
  [' to ', ' through ', ' ending', ' ended'],
  [' to ', ' through ', ' until ', ' till '],
  ['–', '-', '—'],
  [' years to ', ' years through ', ' years ending', ' years ended'],
  [' years from ', ' years starting', ' years beginning'],
  [' days of ', ' day of ', ' week of ', ' weeks of '],
  [' month'],
  [' of the year', ' of that year'],
  [' months'],
  [' days', ' weeks'],
  [' months of ', ' month of '],
  [' days of ', ' weeks of '],
  [' days of ', ' weeks of ', ' days in ', ' weeks in '],
  ['in first '],
  ['in first '],
  [' months of that', ' months of the same'],
  [' months in ', ' months of '],
  [' months'],
  ['past ', 'last ', 'previous '],
  [' half of', ' quarter', ' third of', ' semester'],
  ['same ', 'equivalent ', 'comparable ', 'corresponding '],
  [' year ago'],
  [' before that', ' prior to that'],
  [' year'],
  [' month'],
  [' day'],
  [' years earlier', ' years before', ' years later', ' years on'],
  [' years ago'],
  [' days ago', ' day ago', ' weeks ago', ' week ago'],
  ['so far', 'to date', 'to-date', 'since '],
  ['last year', ' year ago', ' year earlier', ' year before'],
  [' time in ', ' time of ', ' point in ', ' point of ', ' date in ', ' date of ', ' stage in ', ' stage of '],
  ['between '],
  ['mid', 'early', 'late'],
  ['from '],
  [' to ', ' through '],
  [' combined', ' together'],
  ['combined', 'together', 'between them'],
  ['–', '-', '—'],
  ['–', '-', '—', ' to ', ' through ', ' until ', ' till '],
  ['–', '-', ' to ', ' through ', ' until ', ' till ', ' and '],
  ['–', '-', ' to ', ' through ', ' until ', ' till ', ' and '],
  OF_MONTH,
  ['each year', 'every year'],
  OF_MONTH,
  ['since '],
  ['so far '],
  ['th', 'first', 'second'],
  [],
  [],
  ['-'],
  [' and '],
  [],
  [' and ', ' or ', ' & '],
  [],
  [],
  ['since '],
  ['since '],
  [' first '],
];

/**
 * For the two "between" patterns, a small search that finds where they could start: V8 compiles a
 * regex on its first use, and these two, which repeat a date four times, took 14 to 16 ms of it
 * (the first two runs of each on a short text, against under 1 ms for most others). Text says
 * "between Colombia and Panama" or "from Colombia" far more often than it spans two dates, and
 * then neither is compiled. A pattern cannot match where its probe finds nothing.
 */
const MONTH_START = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** The patterns and their key words, for the test that each key word stands inside every match. */
export const PERIOD_SHORTCUTS: ReadonlyArray<{ readonly kind: PeriodKind; readonly pattern: RegExp; readonly needs: readonly string[] }> = PATTERNS.map(([kind, pattern], i) => ({ kind, pattern, needs: NEEDS[i]! }));

/**
 * Past this length findPeriods looks for NEEDS' words otherwise: one search per word took about
 * 36 ms of CPU on the bench's 1 MB draft (47 of its 62 words are absent, each a full search),
 * against about 12 ms for the scans it saved. A long text is searched once for all the words
 * together (wordsIn), about 9 ms there with the lower-casing; on a short text each word's own
 * search is the cheaper.
 */
const NEEDS_LIMIT = 100_000;

/**
 * NEEDS for a long text. One key word relies on the character before its match, which the test
 * reads too: "year-on-year" holds " year" only after a space. A short text keeps NEEDS as it is
 * (a text of one "(year-on-year)" and no " year" skips the pattern, as it always has); a long one,
 * which never took the shortcut, must find what it found before, so it takes the pattern's other
 * ends as words too.
 */
const NEEDS_LONG: ReadonlyArray<readonly string[]> = NEEDS.map((needs, p) => (PATTERNS[p]![1].source.includes('|year[- ](?:on|over)[- ]year') ? [...needs, 'on-year', 'over-year'] : needs));
const NEEDS_WORDS: readonly string[] = [...new Set(NEEDS_LONG.flat())].sort((a, b) => b.length - a.length);

/**
 * Which of `words` occur in `lower`. The common ones (", ", " of ", " year") are found in the
 * text's first WORDS_HEAD characters, a look per word there; the others in one search for them
 * all over the whole text, left to right. Where one is found, every word still missing is tried at
 * that place (one alternative hides another that starts there), and the search goes on from the
 * next character. The search is compiled once: each regex is compiled on its first use (a few
 * tenths of a millisecond for this one), so it is rebuilt without the words found only after
 * IDLE_HITS finds of words already found.
 */
function wordsIn(lower: string, words: readonly string[]): Set<string> {
  const found = new Set<string>();
  const head = lower.slice(0, WORDS_HEAD);
  for (const word of words) if (head.includes(word)) found.add(word);
  let missing = words.filter((word) => !found.has(word));
  let search: RegExp | null = null;
  let idle = 0;
  let at = 0;
  while (missing.length > 0) {
    if (search === null) search = new RegExp(missing.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    search.lastIndex = at;
    const hit = search.exec(lower);
    if (!hit) break;
    const before = found.size;
    for (const word of missing) if (lower.startsWith(word, hit.index)) found.add(word);
    if (found.size > before) {
      missing = missing.filter((word) => !found.has(word));
      idle = 0;
    } else if (++idle > IDLE_HITS) {
      search = null;
      idle = 0;
    }
    at = hit.index + 1;
  }
  return found;
}
const WORDS_HEAD = 20_000;
const IDLE_HITS = 256;

const PROBES: ReadonlyArray<RegExp | null> = PATTERNS.map(([kind, pattern]) =>
  // A day-span is two day numbers joined by a dash or a word; its key words ("-", " and ") are everywhere.
  kind === 'day-span' && !pattern.source.includes(ORDINAL_DAY)
    ? /\d(?:st|nd|rd|th)? ?(?:[–-] ?|(?:to|through|until|till|and) )(?:[12]\d|3[01]|0?[1-9])(?!\d)/i
    : pattern.source.startsWith('\\bbetween ')
    ? new RegExp(`\\bbetween (?:\\d|the (?:start|beginning) of|${MONTH_START})`, 'i')
    : pattern.source.startsWith('\\bfrom ')
      ? new RegExp(`\\bfrom (?:(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)? )?(?:${MONTH_START})|(?:1[89]|20)\\d\\d\\b|new year)`, 'i')
      // Two years joined by a dash ("2016-2019") or by "and", "or", "&" ("2023 and 2024"): the key
      // words of each ("-", " and ") are everywhere, the two years side by side seldom. Each pattern
      // holds its two years and what joins them just so; on the bench's 1 MB draft the look is
      // about 1 ms for the two, their compilation and scans about 4.
      : pattern.source.includes(`(${YEAR}) ?[–—-] ?(${YEAR})`)
        ? new RegExp(`${YEAR} ?[–—-] ?${YEAR}`)
        : kind === 'year-pair'
          ? new RegExp(`${YEAR} (?:and|or|&) ${YEAR}`, 'i')
          : null,
);

function monthNumber(word: string): number {
  return MONTH_NUMBER[word.slice(0, 3).toLowerCase()]!;
}

function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/**
 * "Wednesday the 17th" on a page of 2024-07-19: the latest 17th by the page date (a week ahead
 * allowed, for a text that looks forward) that falls on a Wednesday, within two months; else
 * unresolved. The weekday is what makes the month sure.
 */
function resolveWeekdayDay(words: string, dayWords: string, page: Period | null): ResolvedPeriod | null {
  const named = namedWeekday(words);
  if (!page || named < 0) return null;
  const dayOfMonth = Number(/\d+/.exec(dayWords)![0]);
  for (let day = page.end + 7; day >= page.end - 62; day--) {
    if (ymd(day).day === dayOfMonth && weekdayOf(day) === named) return { period: periodFromDays(day, day), deictic: false };
  }
  return null;
}

/**
 * The same day a year on from `day`, when the words name a weekday that `day` is not and the day a
 * year on is, within two months after the page date; else null.
 */
function comingDayOfWeekday(words: string, day: number, page: Period): number | null {
  const named = namedWeekday(words);
  if (named < 0 || weekdayOf(day) === named) return null;
  const next = sameDayNextYear(day);
  return next !== null && weekdayOf(next) === named && next > page.end && next <= page.end + 62 ? next : null;
}

/** The index in WEEKDAYS of the weekday the words name, or -1. */
function namedWeekday(words: string): number {
  const found = WEEKDAY_NAMED.exec(words);
  return found ? WEEKDAYS.findIndex((name) => name.toLowerCase() === found[1]!.toLowerCase()) : -1;
}
const WEEKDAY_NAMED = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');

function ymd(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "March 3, 2021" / "3 March 2021" / "March 2021" / "2021" as a span of days; null when not a date. */
function spanOf(words: string, page: Period | null): [number, number] | null {
  const year = /^(\d{4})$/.exec(words);
  if (year) return [dayNumber(Number(year[1]), 1, 1), dayNumber(Number(year[1]), 12, 31)];
  const monthYear = new RegExp(`^(${MONTH}) (${YEAR})$`).exec(words);
  if (monthYear) {
    const y = Number(monthYear[2]);
    const m = monthNumber(monthYear[1]!);
    return [dayNumber(y, m, 1), dayNumber(y, m, daysInMonth(y, m))];
  }
  const normalised = words.replace(/(\d)(?:st|nd|rd|th)\b/, '$1');
  if (!page && !/\d{4}/.test(normalised)) return null;
  const resolved = resolvePeriodWords(normalised, page ?? FAR_FUTURE) ?? resolvePeriodWords(`in ${normalised}`, page ?? FAR_FUTURE);
  if (!resolved) return null;
  return [resolved.period.start, resolved.period.end];
}

/**
 * "March 1–14, 2022", "between 1 and 14 March": the days of one month. Without its year, the
 * month's latest that does not start after the page date, as "the first 17 days of July" is.
 */
function daySpan(words: string, page: Period | null): { resolved: ResolvedPeriod | null; sameAs: null } {
  const none = { resolved: null, sameAs: null };
  const month = monthNumber(new RegExp(MONTH, 'i').exec(words)![0]);
  const [first, last] = [...words.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\b/g)].map((d) => Number(d[1]));
  const named = new RegExp(YEAR).exec(words)?.[0];
  const p = page ? ymd(page.end) : null;
  const counted = p === null ? undefined : /\blast year$/i.test(words) ? p.year - 1 : /\bthis year$/i.test(words) ? p.year : undefined;
  const year = named ? Number(named) : p === null ? null : counted ?? (month <= p.month ? p.year : p.year - 1);
  if (year === null || first === undefined || last === undefined || !(first >= 1 && first < last && last <= daysInMonth(year, month))) return none;
  return { resolved: { period: periodFromDays(dayNumber(year, month, first), dayNumber(year, month, last)), deictic: false }, sameAs: null };
}

/**
 * "August, September and October 2021": the span of months listed, when each follows the one
 * before within one year; else unresolved ("March, June and September" is no span). Without a
 * year, the latest such months that do not start after the page date ("last year": the page's
 * year before).
 */
function monthListSpan(list: string, yearWords: string | undefined, page: Period | null): { resolved: ResolvedPeriod | null; sameAs: null } {
  const none = { resolved: null, sameAs: null };
  // Case-blind, as the pattern that found the list is ("IN AUGUST, SEPTEMBER AND OCTOBER").
  const months = [...list.matchAll(new RegExp(MONTH, 'gi'))].map((m) => monthNumber(m[0]));
  if (months.length === 0 || months.some((month, i) => i > 0 && month !== months[i - 1]! + 1)) return none;
  const p = page ? ymd(page.end) : null;
  const [first, last] = [months[0]!, months[months.length - 1]!];
  const year = yearWords && /^\d/.test(yearWords) ? Number(yearWords) : p === null ? null : /^last/i.test(yearWords ?? '') ? p.year - 1 : yearWords || first <= p.month ? p.year : p.year - 1;
  if (year === null) return none;
  const period = periodFromDays(dayNumber(year, first, 1), dayNumber(year, last, daysInMonth(year, last)));
  // "August, September and October" on a page of September 3: not yet all of them.
  if (page && period.start > page.end) return none;
  return { resolved: { period, deictic: false }, sameAs: null };
}

/** "the first 40 days of the year", "the last two weeks of 2023": days from the year's first or last day. */
function firstDaysOfYear(match: RegExpExecArray, year: number | null): { resolved: ResolvedPeriod | null; sameAs: null } {
  const count = (NUMBER_WORD[match[2]!.toLowerCase()] ?? Number(match[2])) * (/^weeks$/i.test(match[3]!) ? 7 : 1);
  if (year === null || !(count >= 1 && count <= 365)) return { resolved: null, sameAs: null };
  const [first, last] = match[1]!.toLowerCase() === 'last' ? [dayNumber(year, 12, 31) - count + 1, dayNumber(year, 12, 31)] : [dayNumber(year, 1, 1), dayNumber(year, 1, 1) + count - 1];
  return { resolved: { period: periodFromDays(first, last), deictic: false }, sameAs: null };
}

// Phrases that name their year are resolved without a page date; this stands in for it.
const FAR_FUTURE = parsePeriod('9999-12-31');

/** `written`: the words as the text has them, when `words` is their English gloss (a Spanish date's drops its weekday). */
function resolve(kind: Kind, match: RegExpExecArray, words: string, page: Period | null, written = words): { resolved: ResolvedPeriod | null; sameAs: PeriodMention['sameAs'] } {
  const none = { resolved: null, sameAs: null };
  const span = (start: number, end: number): { resolved: ResolvedPeriod; sameAs: null } => ({ resolved: { period: periodFromDays(start, end), deictic: false }, sameAs: null });
  const pageYear = page ? ymd(page.end).year : null;
  const yearOf = (text: string): number | null => (/^\d{4}$/.test(text) ? Number(text) : pageYear === null ? null : text === 'last year' ? pageYear - 1 : pageYear);
  switch (kind) {
    case 'to-date':
    case 'since-then':
    case 'so-far-then':
    case 'that':
    case 'those-months':
    case 'bound':
    case 'vague':
      return none;
    case 'month-list':
      return monthListSpan(match[1]!, match[2], page);
    case 'months-to': {
      // "the three years to 2023": whole years, to the end of the year named (the month group empty).
      const perCount = match[2] ? 1 : 12;
      const count = perCount * (match[1] === undefined ? 12 : match[1].toLowerCase() === 'twelve' ? 12 : (NUMBER_WORD[match[1].toLowerCase()] ?? Number(match[1])));
      if (!match[2] && !match[3]) return none;
      const month = match[2] ? monthNumber(match[2]) : 12;
      const p = page ? ymd(page.end) : null;
      // "los 12 meses hasta junio del año pasado" is glossed with "last year", which yearOf reads.
      const year = match[3] ? yearOf(match[3]) : p === null ? null : month <= p.month ? p.year : p.year - 1;
      if (year === null || !(count >= 1 && count <= 120)) return none;
      const startIndex = year * 12 + month - count;
      return span(dayNumber(Math.floor(startIndex / 12), (startIndex % 12) + 1, 1), dayNumber(year, month, daysInMonth(year, month)));
    }
    case 'years-from': {
      const count = NUMBER_WORD[match[1]!.toLowerCase()] ?? Number(match[1]);
      const first = Number(match[2]);
      if (!(count >= 2 && count <= 50)) return none;
      return span(dayNumber(first, 1, 1), dayNumber(first + count - 1, 12, 31));
    }
    case 'month-span': {
      const first = monthNumber(match[1]!);
      const last = monthNumber(match[3]!);
      // With no year: the latest such months that have begun by the page date ("from January to
      // October" on a page of July is last year's), and the page's month only to the page date.
      // A year may be written, or be "last year" (a Spanish gloss: "hasta julio del año pasado").
      const p = page ? ymd(page.end) : null;
      const startNamed = match[2] ? yearOf(match[2]) : null;
      const endNamed = match[4] ? yearOf(match[4]) : null;
      const endYear = endNamed ?? (startNamed !== null ? startNamed + (last < first ? 1 : 0) : p === null ? null : last <= p.month ? p.year : p.year - 1);
      if (endYear === null) return none;
      const startYear = startNamed ?? (last < first ? endYear - 1 : endYear);
      if (dayNumber(startYear, first, 1) > dayNumber(endYear, last, 1)) return none;
      const end = dayNumber(endYear, last, daysInMonth(endYear, last));
      // "From January to June 2024" on a page of June 11 counts to the page date, as a span with no
      // year does: the month was not over when it was written.
      const toPage = page !== null && end > page.end && page.end >= dayNumber(endYear, last, 1);
      const named = match[2] !== undefined || match[4] !== undefined;
      return span(dayNumber(startYear, first, 1), (!named && page && end > page.end) || toPage ? page!.end : end);
    }
    case 'first-days': {
      // "the first week" is one; "the last days of May", "the first weeks of July" say no how many.
      const weeks = /\bweeks?\b/i.test(words);
      if (match[3] === undefined) return none;
      const month = monthNumber(match[3]);
      const p = page ? ymd(page.end) : null;
      const year = match[4] ? Number(match[4]) : p === null ? null : month <= p.month ? p.year : p.year - 1;
      // "En los primeros días de septiembre, se reportaron 6,058 cruces" on September 9: the page's
      // own month, early in it, counted from its first day to the page's.
      // Not "Hasta los primeros días de marzo habían cruzado 73.000": a running total to some day of them.
      if (match[2] === undefined && match[1]!.toLowerCase() === 'first' && /\b(?:days|weeks)\b/i.test(words) && !/^(?:hasta|until|by|through)\b/i.test(written) && p && year === p.year && month === p.month && p.day <= (weeks ? 21 : 15)) return span(dayNumber(year, month, 1), page!.end);
      if (match[2] === undefined && !/\b(?:week|day)\b/i.test(words)) return none;
      const count = (match[2] === undefined ? 1 : (NUMBER_WORD[match[2].toLowerCase()] ?? Number(match[2]))) * (weeks ? 7 : 1);
      const days = year === null ? 0 : daysInMonth(year, month);
      if (year === null || !(count >= 1 && count <= days)) return none;
      if (match[1]!.toLowerCase() === 'last') return span(dayNumber(year, month, days - count + 1), dayNumber(year, month, days));
      return span(dayNumber(year, month, 1), dayNumber(year, month, count));
    }
    case 'first-months': {
      if (match[4] !== undefined) return firstDaysOfYear(match, yearOf(match[4].toLowerCase()));
      // "the first month of 2024" names no count: one month.
      const count = match[2] === undefined ? 1 : (NUMBER_WORD[match[2].toLowerCase()] ?? Number(match[2]));
      const year = yearOf(match[3]!.toLowerCase());
      if (year === null || count < 1 || count > 12) return none;
      // "in 9 months" with no year: only the months of the page's year gone by, whole (to the month
      // before the page's) or all of them (to the page's day).
      if (match[1] === '' && match[3] === '') {
        if (!page || !(count === ymd(page.end).month - 1 || count === ymd(page.end).month)) return none;
        if (count === ymd(page.end).month) return span(dayNumber(year, 1, 1), page.end);
      }
      if (/^(?:last|closing|final)$/i.test(match[1]!)) return span(dayNumber(year, 13 - count, 1), dayNumber(year, 12, 31));
      return span(dayNumber(year, 1, 1), dayNumber(year, count, daysInMonth(year, count)));
    }
    case 'past': {
      // "in the past 12 months": a window that ends on the page date.
      if (!page) return none;
      const counted = match[1] ?? match[2] ?? '';
      const count = counted === '' ? 1 : (NUMBER_WORD[counted.toLowerCase()] ?? Number(counted));
      // "the past 0 days" names no span.
      if (!(count >= 1)) return none;
      const unit = match[3]!.toLowerCase().replace(/s$/, '');
      const p = ymd(page.end);
      let start: number;
      if (unit === 'day') start = page.end - count + 1;
      else if (unit === 'week') start = page.end - 7 * count + 1;
      else {
        const months = unit === 'year' ? 12 * count : count;
        const index = p.year * 12 + (p.month - 1) - months;
        const year = Math.floor(index / 12);
        const month = (index % 12) + 1;
        start = dayNumber(year, month, Math.min(p.day, daysInMonth(year, month))) + 1;
      }
      return span(start, page.end);
    }
    case 'half': {
      const [ordinal, part, named] = match[1] ? [match[1], match[2]!, match[3]!] : match[4] ? [match[4], match[5]!, 'the year'] : [match[6]!, match[7]!, match[8]!];
      const year = yearOf(named.toLowerCase());
      if (year === null) return none;
      // "el primer bimestre de 2022": January and February, a statistics office's two months.
      const parts = { half: 2, semester: 2, third: 3, quarter: 4, bimester: 6 }[part.toLowerCase() as 'half'];
      // "the third quarter" (Spanish "el tercer trimestre"); there is no third half.
      // "the last quarter of 2022", "el último trimestre de 2022": the year's last part.
      const index = /^(?:last|final)$/i.test(ordinal) ? parts - 1 : ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].indexOf(ordinal.toLowerCase());
      if (index < 0 || index >= parts) return none;
      const months = 12 / parts;
      const first = index * months + 1;
      const last = first + months - 1;
      return span(dayNumber(year, first, 1), dayNumber(year, last, daysInMonth(year, last)));
    }
    case 'same': {
      if (match[1]) return { resolved: null, sameAs: { year: Number(match[1]), shift: 0 } };
      if (match[2]) return { resolved: null, sameAs: { year: null, shift: -1 } };
      return none;
    }
    case 'days-ago': {
      if (!page) return none;
      const word = match[1]!.toLowerCase();
      const count = word === 'a' ? 1 : (NUMBER_WORD[word] ?? Number(word));
      const day = page.end - count * (/^week/i.test(match[2]!) ? 7 : 1);
      return Number.isFinite(day) ? span(day, day) : none;
    }
    case 'years-ago': {
      if (!page) return none;
      const back = NUMBER_WORD[match[1]!.toLowerCase()] ?? Number(match[1]);
      const year = ymd(page.end).year - back;
      return { resolved: resolvePeriodWords(`in ${year}`, page), sameAs: null };
    }
    case 'so-far': {
      if (!page) return none;
      // "by this time last year": the same days as this year so far, a year back.
      if (match[3]) return { resolved: { period: resolveSameAs({ year: null, shift: -1 }, periodFromDays(dayNumber(ymd(page.end).year, 1, 1), page.end))!, deictic: false }, sameAs: null };
      // "by this time in 2021": that year's first days, as many as this year's so far.
      if (match[4]) {
        const shift = Number(match[4]) - ymd(page.end).year;
        return shift < 0 ? { resolved: { period: resolveSameAs({ year: null, shift }, periodFromDays(dayNumber(ymd(page.end).year, 1, 1), page.end))!, deictic: false }, sameAs: null } : none;
      }
      const named = match[1] ?? match[2];
      const year = named ? Number(named) : ymd(page.end).year;
      if (year > ymd(page.end).year || (!named && newYearsWeek(page))) return none;
      // "en lo que va de 2024" said in February 2025: the year so far ends with the year, not the page.
      return span(dayNumber(year, 1, 1), Math.min(page.end, dayNumber(year, 12, 31)));
    }
    case 'between': {
      // "between January and April 2022", "from March 1 to March 14, 2022", "from Dec. 20 to Jan.
      // 5, 2022": the first end takes the second's year (the year before when its month is later).
      // "entre el 1 y el 14 de enero de este año" ends "January 14, this year": the page's year.
      const [first, second] = [match[1]!, match[2]!].map((end) => end.replace(/^the (?:start|beginning|end) of /i, '').replace(/^New Year['’]s(?: Day)?$/i, 'January 1')).map((end) => (page ? end.replace(/,?(?: of)? (this|last) year$/i, (all: string, which: string) => `${/\d$/.test(end.slice(0, -all.length)) ? ',' : ''} ${ymd(page.end).year - (/^last$/i.test(which) ? 1 : 0)}`) : end)) as [string, string];
      const year = /\d{4}$/.exec(second)?.[0];
      const firstMonth = new RegExp(`^(${MONTH})(?: ${DAY})?$`).exec(first)?.[1] ?? new RegExp(`^${DAY} (${MONTH})$`).exec(first)?.[1];
      const secondMonth = new RegExp(MONTH).exec(second)?.[0];
      const firstYear = year !== undefined && firstMonth !== undefined && secondMonth !== undefined ? Number(year) - (monthNumber(firstMonth) > monthNumber(secondMonth) ? 1 : 0) : null;
      const from = spanOf(firstYear === null ? first : /^\d/.test(first) || new RegExp(`^${MONTH}$`).test(first) ? `${first} ${firstYear}` : `${first}, ${firstYear}`, page);
      const to = spanOf(second, page);
      if (!from || !to || to[1] < from[0]) return none;
      // "2021 and 2023 combined" are two years, not the span; "2015 through 2020 combined" is one.
      if (/\b(?:combined|together)\b|\bbetween them\b/i.test(words) && /\b(?:and|&)\b|\bbetween them\b/i.test(words) && Number(second) !== Number(first) + 1) return none;
      // "between January and August 2025" on a page of August 30 counts to the page date, as
      // "from January to August 2025" does: the last month was not over when it was written.
      const toPage = page !== null && secondMonth !== undefined && new RegExp(`^${MONTH}(?: ${YEAR})?$`).test(second) && to[1] > page.end && to[0] <= page.end;
      return span(from[0], toPage ? page!.end : to[1]);
    }
    case 'day-span':
      return daySpan(ordinalDays(words), page);
    case 'since': {
      if (!page) return none;
      if (new RegExp(`^${WEEKDAY}$`, 'i').test(match[1]!)) return { resolved: resolvePeriodWords(words, page), sameAs: null };
      const from = spanOf(ordinalDays(match[1]!), page);
      return from && from[0] <= page.end ? span(from[0], page.end) : none;
    }
    case 'date': {
      const iso = match[1] ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(match[1]) : null;
      if (iso) return span(dayNumber(Number(iso[1]), Number(iso[2]), Number(iso[3])), dayNumber(Number(iso[1]), Number(iso[2]), Number(iso[3])));
      // "Thursday the twenty-second": the day in words is its number.
      const day = match[1] === undefined ? undefined : ordinalDays(match[1]);
      if (day === undefined || /^\d{1,2}(?:st|nd|rd|th)?$/.test(day)) return { resolved: resolveWeekdayDay(words, day ?? match[2]!, page), sameAs: null };
      const text = ordinalDays(match[1]!).replace(/(\d)(?:st|nd|rd|th)\b/, '$1');
      if (!page && !/\d{4}/.test(text)) return none;
      const resolved = resolvePeriodWords(text, page ?? FAR_FUTURE);
      // "will meet next August 11", "el próximo 11 de agosto": the next such day, not the last.
      const next = page && resolved && /^(?:next|this coming)\s/i.test(words) && !/\d{4}/.test(text) && resolved.period.end < page.end ? sameDayNextYear(resolved.period.start) : null;
      if (next !== null) return span(next, next);
      // "will be sworn in on Monday July 1" on a page of Monday June 24, 2024: the weekday says the
      // day is the coming one, not last year's July 1 (a Saturday).
      const coming = page && resolved && !/\d{4}/.test(text) ? comingDayOfWeekday(written === words ? words : glossSpanish(written), resolved.period.start, page) : null;
      if (coming !== null) return span(coming, coming);
      return { resolved, sameAs: null };
    }
    case 'month-pair': {
      if (match[3] && (page || /^\d/.test(match[3]))) {
        const year = /^\d/.test(match[3]) ? Number(match[3]) : ymd(page!.end).year - (/^last/i.test(match[3]) ? 1 : 0);
        const first = monthNumber(match[1]!);
        const second = monthNumber(match[2]!);
        const startYear = first > second ? year - 1 : year;
        return span(dayNumber(startYear, first, 1), dayNumber(year, second, daysInMonth(year, second)));
      }
      if (!page) return none;
      return { resolved: resolvePeriodWords(`in ${match[1]} and ${match[2]}`, page), sameAs: null };
    }
    case 'month': {
      const year = match[2]?.toLowerCase() === 'this year' && page ? String(ymd(page.end).year) : match[2];
      if (!page && (!year || year === 'last year' || year === 'this year')) return none;
      if (!year && /^(?:last|this past) /i.test(words)) {
        const [p, month] = [ymd(page!.end), monthNumber(match[1]!)];
        // "en octubre pasado" (glossed "this past"), "this past October", on a page of October 28 is this October so far;
        // "last October" then is a year back.
        if (month === p.month && /^this past /i.test(words)) return span(dayNumber(p.year, month, 1), page!.end);
        const latest = month < p.month ? p.year : p.year - 1;
        return span(dayNumber(latest, month, 1), dayNumber(latest, month, daysInMonth(latest, month)));
      }
      const resolved = resolvePeriodWords(`in ${match[1]}${year ? ` ${year}` : ''}`, page ?? FAR_FUTURE);
      // "in July" on a page of July 20 is July so far, as "this year" is the year so far: nothing
      // after the page date has happened yet. A month with its year ("July 2024") is as written.
      if (!year && page && resolved && resolved.period.start <= page.end && resolved.period.end > page.end) return span(resolved.period.start, page.end);
      return { resolved, sameAs: null };
    }
    case 'year': {
      const y = Number(match[1]);
      // "by 2025" in a 2025 story is the year so far; resolvePeriodWords knows that.
      const by = /^by /i.test(words) ? `by ${y}` : `in ${y}`;
      // "158,000 people crossed ... in 2022", on a page of October 2022: the year so far, as "in
      // July" on July 20 is July so far. Nothing after the page date has happened yet.
      // "in all of 2024" says the whole year, and is left whole for the page-date check to question.
      if (page && y === ymd(page.end).year && !/\b(?:all|whole|entire|course)\b/i.test(words) && ymd(page.end).month * 100 + ymd(page.end).day < 1231) return span(dayNumber(y, 1, 1), page.end);
      return { resolved: resolvePeriodWords(by, page ?? FAR_FUTURE), sameAs: null };
    }
    case 'deictic': {
      if (!page) return none;
      const phrase = words.toLowerCase();
      if (/^(?:earlier |later )?this month$/.test(phrase)) {
        const p = ymd(page.end);
        return span(dayNumber(p.year, p.month, 1), page.end);
      }
      if (/^this week$/.test(phrase)) return none;
      // "about 140 a day now": the rate as the page is written.
      if (/^(?:(?:right )?now|currently|at present|these days)$/.test(phrase)) return span(page.end, page.end);
      // "this year" in a page dated mid-year can only mean the year so far: nothing after the
      // page date has happened yet (resolvePeriodWords gives the whole year, which the registry's
      // hand-resolved periods override; a draft has no one to override it).
      if (/^(?:earlier |later )?this year$/.test(phrase)) return newYearsWeek(page) ? none : span(dayNumber(ymd(page.end).year, 1, 1), page.end);
      // "The year just ended brought only 3,091": said in the new year, the year before it.
      const ended = /^the (year|month) (?:that )?(?:has )?just ended$|^the (year) just past$/.exec(phrase);
      if (ended) return { resolved: resolvePeriodWords(`last ${ended[1] ?? ended[2]}`, page), sameAs: null };
      return { resolved: resolvePeriodWords(phrase.replace(/^later this year$/, 'this year'), page), sameAs: null };
    }
    case 'year-earlier':
      // "the previous year", "the following year" name a calendar year; "a year earlier" moves the
      // period it refers to ("January 2025 ..., a year earlier" is January 2024).
      if (/\b(?:before|prior to) that$/i.test(words)) return { resolved: null, sameAs: { year: null, shift: -1, wholeYear: true, chained: true } };
      if (match[1]) {
        const years = NUMBER_WORD[match[1].toLowerCase()] ?? Number(match[1]);
        return Number.isFinite(years) ? { resolved: null, sameAs: { year: null, shift: /\b(?:later|on)$/i.test(words) ? years : -years } } : none;
      }
      return { resolved: null, sameAs: { year: null, shift: !/year[- ](?:on|over)[- ]year/i.test(words) && /\b(?:later|on|following|next|after)\b/i.test(words) ? 1 : -1, wholeYear: /^the\b/i.test(words) && /\byear\b/i.test(words), months: /\bmonth\b/i.test(words), days: /\bday\b/i.test(words) } };
    case 'since-event':
    case 'term-days':
    case 'year-pair':
      return none;
  }
}

/** Verbs of order whose "by" names what came next or first, never an end: "followed by October". */
// "followed in descending order by May with 38,962": the verb's manner may stand between it and "by".
const BY_OF_A_VERB = /\b(?:followed|preceded|trailed|topped|led)(?:\s+(?:closely|distantly|in\s+(?:descending|ascending|that|this)\s+order))?\s+$/i;
const POINT_KINDS = new Set<Kind>(['date', 'deictic', 'days-ago']);
/** Words before a year that make it some other year than the calendar's: "fiscal year", "FY". */
const FISCAL_BEFORE = /\b(?:fiscal|financial|budget|school|academic)[ -]year[ \t]+$|\bFY[ \t]*$/i;
const FISCAL_AFTER = /^[ \t]+(?:fiscal|financial|budget|school|academic)[ -]year\b/i;
/** "the first week of" (before "of July", which the month's pattern takes), "the end of" (before "2023"). */
const PART_WORDS = '(?:the[ \\t]+)?(?:(?:first|second|third|fourth|last|final|past|same|opening|closing|early|late)[ \\t]+)?(?:weeks?|days|fortnight|end|beginning|start|middle|rest|part|close|turn|remainder)';
const PART_WORD_BEFORE = new RegExp(`\\b${PART_WORDS}[ \\t]+$`, 'i');
const PART_OF_BEFORE = new RegExp(`\\b${PART_WORDS}[ \\t]+of[ \\t]+$`, 'i');
const BY_THE_END_OF_BEFORE = /\b(?:by|until|through|up to)[ \t]+the[ \t]+(?:very[ \t]+)?(?:end|close)[ \t]+$/i;
const BY_BEFORE = /\b(?:by|until|through|up to)[ \t]+$/i;
const BY_THE_END_BEFORE = /\b(?:by|until|through|up to)[ \t]+the[ \t]+(?:very[ \t]+)?(?:end|close)[ \t]+of[ \t]+$/i;
/** "summer 2023", "Christmas 2023", "Q3 2024": a part of the year, which darien does not resolve. */
const PART_OF_YEAR_BEFORE = /\b(?:spring|summer|fall|autumn|winter|christmas|easter|thanksgiving|ramadan|holidays?|q[1-4])(?:[ \t]+of)?[ \t]+$/i;
const RESOLVED = new Map<string, { resolved: ResolvedPeriod | null; sameAs: PeriodMention['sameAs'] }>();

/** A phrase found, and for a Spanish one its English reading (groups and words) that `resolve` takes. */
interface Found {
  readonly kind: Kind;
  readonly match: RegExpExecArray;
  readonly gloss?: { readonly match: RegExpExecArray; readonly words: string };
}

/** The Spanish rules' phrases in `text` (src/text/periods-es.ts), each with its English reading. */
function findSpanish(text: string, found: Found[]): void {
  for (const rule of SPANISH_PERIOD_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const groups = Object.assign(['', ...rule.groups.map((g) => (g === null ? undefined : fillGloss(g, m!)))], { index: m.index, input: text }) as unknown as RegExpExecArray;
      found.push({ kind: rule.kind, match: m, gloss: { match: groups, words: fillGloss(rule.words, m) ?? '' } });
    }
  }
}

/**
 * Every period phrase in `masked`, in order, overlaps settled for the earliest and longest. With
 * `language` 'es', the Spanish rules are read too (the English ones still are: a Spanish text
 * quotes English, and "en 2023" is read alike).
 */
export function findPeriods(masked: string, page: Period | null, from = 0, to = masked.length, language: Language = 'en'): PeriodMention[] {
  const text = from === 0 && to === masked.length ? masked : masked.slice(from, to);
  const found = findAll(text, language);
  const out: PeriodMention[] = [];
  let cursor = 0;
  for (const { kind, match, gloss } of found) {
    if (match.index < cursor) continue;
    let words = match[0];
    // "followed by October with 25,904": the "by" is the verb's, not "until October".
    const followed = /^by /i.test(words) && BY_OF_A_VERB.test(text.slice(Math.max(0, match.index - 40), match.index));
    if (followed) words = words.slice(3);
    if (isNoMonth(text, kind, match, words, gloss)) continue;
    const { start, end, qualified, byTheEnd } = qualifiedSpan(text, kind, match, words, gloss, match.index + (followed ? 3 : 0));
    const cached = resolveOnce(kind, match, words, gloss, page);
    // "in two months" that are not the year's so far names no period at all (see 'first-months'),
    // nor a future or a journey's length ("expects 100,000 more in 9 months", "reached Texas in 9 months").
    if (kind === 'first-months' && !gloss && match[1] === '' && match[3] === '' && (!cached.resolved || NOT_SO_FAR_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index)))) continue;
    const { resolved, sameAs } = qualified ? { resolved: null, sameAs: null } : byTheEnd && kind === 'month' ? lastDayOf(cached) : cached;
    const [coreStart, coreEnd] = coreOf(kind, match, words, start);
    out.push({
      kind,
      start: from + start,
      end: from + end,
      words: qualified || byTheEnd ? text.slice(start, end) : words,
      ...(gloss ? { glossed: gloss.words } : {}),
      coreStart: from + coreStart,
      coreEnd: from + coreEnd,
      resolved,
      sameAs,
      // "reported the next day": a day counted from another is a point in time as a date is.
      pointInTime: (POINT_KINDS.has(kind) && (resolved === null || resolved.period.start === resolved.period.end || kind === 'deictic')) || sameAs?.days === true,
      // "last August", "January and February of this year": a month whose year the words fix.
      // "en octubre pasado" by its gloss, "last octubre".
      relative: !/\d{4}/.test(words) && !((kind === 'month' || kind === 'month-pair') && /\b(?:last|this past) (?!year\b)|\b(?:this|last) year\b/i.test(gloss?.words ?? words)),
      since: kind === 'since' || kind === 'since-event',
      // "since November 2020, when 365 migrants crossed": what the when-clause says is of that date.
      // "since Nov. 2020 during the height of the pandemic, when only 365 traveled": a phrase that
      // only says what that time was may stand between the date and its when-clause.
      at: kind === 'since' && SINCE_WHEN.test(text.slice(end, end + 90)) ? atOf((gloss?.match ?? match)[1]!, page) : null,
      window: kind === 'vague' ? windowOf(gloss?.words ?? words, page) : null,
    });
    cursor = end;
  }
  return yearsInBrackets(out, masked);
}

/**
 * "to just 3,091 this year (2025)", "el año pasado (2024)": a year in brackets right after a year
 * said relatively names it, as a writer does when the text may be read later (a quote from December
 * 31, printed in January): the phrase is that year, brackets included.
 */
function yearsInBrackets(out: PeriodMention[], text: string): PeriodMention[] {
  for (let i = 0; i + 1 < out.length; i++) {
    const [said, year] = [out[i]!, out[i + 1]!];
    if (year.kind !== 'year' || !RELATIVE_YEAR.test(said.glossed ?? said.words) || !/^\s*\($/.test(text.slice(said.end, year.start)) || text[year.end] !== ')') continue;
    // "this year (2025)" on a page of 2025 is still the year so far.
    const within = said.resolved && year.resolved && year.resolved.period.start <= said.resolved.period.start && said.resolved.period.end <= year.resolved.period.end;
    out.splice(i, 2, within ? { ...said, end: year.end + 1, words: text.slice(said.start, year.end + 1) } : { ...said, kind: 'year', end: year.end + 1, words: text.slice(said.start, year.end + 1), coreStart: year.coreStart, coreEnd: year.coreEnd, resolved: year.resolved, sameAs: null, relative: false, pointInTime: false });
  }
  return out;
}
/** Words before "in 9 months" that make it a future or a journey's length, not the year so far. */
const NOT_SO_FAR_BEFORE = /\b(?:will|would|could|may|might|expects?|expected|forecasts?|projected|predicts?|reached|arrived|walked|took|traveled|travelled)\b/i;
const RELATIVE_YEAR = /^(?:(?:in|during|for|over|of)\s+)?(?:this|last|that|next|the same|the previous|the past)\s+year$|^(?:este|el|ese|aquel)\s+año(?:\s+(?:pasado|anterior))?$/i;

/** Every phrase any rule finds in `text`, overlapping, earliest first and then longest first. */
function findAll(text: string, language: Language): Found[] {
  const found: Found[] = [];
  if (language === 'es') findSpanish(text, found);
  // On a long text a search per key word costs more than it saves (NEEDS_LIMIT): it is searched
  // once for all of them.
  const lower = text.toLowerCase();
  const present = text.length > NEEDS_LIMIT ? wordsIn(lower, NEEDS_WORDS) : null;
  for (let p = 0; p < PATTERNS.length; p++) {
    const [kind, pattern] = PATTERNS[p]!;
    // A pattern whose key words are nowhere in the text need not scan it.
    if (present !== null) {
      const needs = NEEDS_LONG[p]!;
      if (needs.length > 0 && !needs.some((word) => present.has(word))) continue;
    } else {
      const needs = NEEDS[p]!;
      if (needs.length > 0 && !needs.some((word) => lower.includes(word))) continue;
    }
    const probe = PROBES[p];
    if (probe && !probe.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.push({ kind, match: m });
  }
  found.sort((a, b) => a.match.index - b.match.index || b.match[0].length - a.match[0].length);
  return found;
}

/** An English month's name that is no month: "may" (a verb), "May I …" at a sentence's start. */
function isNoMonth(text: string, kind: Kind, match: RegExpExecArray, words: string, gloss: Found['gloss']): boolean {
  // "May" and "March" are months only when capitalised; "may" is a verb.
  // (Spanish months are written in lower case.)
  const monthGroup = gloss ? null : kind === 'month' || kind === 'month-pair' || kind === 'month-span' ? match[1]! : kind === 'first-days' ? (match[3] ?? null) : kind === 'day-span' ? new RegExp(MONTH, 'i').exec(words)![0] : null;
  if (monthGroup !== null && !isCapitalised(monthGroup)) return true;
  if (kind === 'month' && /^(?:May|March)$/.test(words) ) {
    // A bare "May" at the start of a sentence ("May I ...") is too weak to take; "March" there is
    // the month unless a preposition or an article follows ("March on the capital"), as in
    // "March alone brought 38,099 this year".
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    const opens = match.index === 0 || /[.!?]\s$/.test(before);
    if (opens && (words === 'May' || MARCH_THE_VERB.test(text.slice(match.index + words.length, match.index + words.length + 12)))) return true;
    // A headline's "400,000 Migrants May Cross Darien Gap in 2023": the modal, before a verb.
    if (MODAL_MAY_AFTER.test(text.slice(match.index + words.length, match.index + words.length + 16))) return true;
  }
  return false;
}
/** After a "March" that opens a sentence, the words of the verb: "March on", "March to the border", "March with us". */
const MARCH_THE_VERB = /^\s+(?:on|to|with|for|in|into|through|the|a|an|across|toward|towards|against|down|up|out)\b/;
const MODAL_MAY_AFTER = /^\s+(?:Cross|Reach|Top|Be|Have|Hit|Rise|Fall|Drop|See|Exceed|Double|Triple|Surpass|Soar|Climb|Increase|Decrease|Need|Face|Make|Take|Get|Come|Go|Try|Flee|Head|Enter|Pass|Return)\b/;

/**
 * The phrase's span, widened by a qualifier: "fiscal year 2023", "the 2023 fiscal year" are not the
 * calendar year 2023, and "summer 2023" or "the first week of July" is a part of one: the phrase
 * is kept whole and left unresolved (`qualified`).
 */
function qualifiedSpan(text: string, kind: Kind, match: RegExpExecArray, words: string, gloss: Found['gloss'], at: number): { readonly start: number; readonly end: number; readonly qualified: boolean; readonly byTheEnd?: boolean } {
  let start = at;
  let end = start + words.length;
  if (gloss || (kind !== 'year' && kind !== 'month' && kind !== 'that')) return { start, end, qualified: false };
  const preceding = text.slice(Math.max(0, match.index - 40), match.index);
  // "By the end of June, more than 212,000 had crossed": a running total to the month's last day
  // (src/reader/resolve-period.ts gives it its start where the sentence names the year).
  // Not a year: "by the end of 2023" may close a count from any start ("since 2021"), left as it was.
  const byTheEnd = kind !== 'month' ? null : /^of\s/i.test(words) ? BY_THE_END_OF_BEFORE.exec(preceding) : /^the\s+(?:very\s+)?(?:end|close)\s+of\s/i.test(words) ? BY_BEFORE.exec(preceding) : BY_THE_END_BEFORE.exec(preceding);
  if (byTheEnd) return { start: match.index - byTheEnd[0].length, end, qualified: false, byTheEnd: true };
  // "the first week of July", "the last days of 2023", "the end of 2023": a part of the period.
  const part = /^of\s/i.test(words) ? PART_WORD_BEFORE.exec(preceding) : PART_OF_BEFORE.exec(preceding);
  // "summer 2023", "the fall of 2024"; not "The fall in 2025 came to …", a fall in that year.
  const season = /^(?:of\s+)?\d/i.test(words) ? PART_OF_YEAR_BEFORE.exec(preceding) : null;
  const before = part ?? (kind === 'year' ? (FISCAL_BEFORE.exec(preceding) ?? season) : null);
  const after = before || kind !== 'year' ? null : FISCAL_AFTER.exec(text.slice(end, end + 32));
  if (before) start = match.index - before[0].length;
  if (after) end += after[0].length;
  return { start, end, qualified: before !== null || after !== null };
}

/** "by the end of June": the month's last day, to which a running total runs. */
function lastDayOf(cached: { resolved: ResolvedPeriod | null; sameAs: PeriodMention['sameAs'] }): { resolved: ResolvedPeriod | null; sameAs: PeriodMention['sameAs'] } {
  const period = cached.resolved?.period;
  return period ? { resolved: { period: periodFromDays(period.end, period.end), deictic: cached.resolved!.deictic }, sameAs: null } : cached;
}

/** The phrase resolved against the page's date. Long texts repeat their phrases ("last year", "since July 1"): each is resolved once. */
function resolveOnce(kind: Kind, match: RegExpExecArray, words: string, gloss: Found['gloss'], page: Period | null): { resolved: ResolvedPeriod | null; sameAs: PeriodMention['sameAs'] } {
  const cacheKey = `${kind}\u0000${gloss ? `es\u0000${words}` : words}\u0000${page?.end ?? ''}`;
  let cached = RESOLVED.get(cacheKey);
  if (!cached) {
    try {
      cached = gloss ? (gloss.words === '' ? { resolved: null, sameAs: null } : resolve(kind, gloss.match, gloss.words, page, words)) : resolve(kind, match, words, page);
    } catch (error) {
      // Words that name no real span ("the past 0 days" got past the checks above): unresolved,
      // never a failed run.
      if (!(error instanceof PeriodError)) throw error;
      cached = { resolved: null, sameAs: null };
    }
    if (RESOLVED.size > 10_000) RESOLVED.clear();
    RESOLVED.set(cacheKey, cached);
  }
  return cached;
}

/** The period's own words within the phrase: "July 1" of "since July 1", "2023" of "in 2023". */
function coreOf(kind: Kind, match: RegExpExecArray, words: string, start: number): [number, number] {
  const indices = (match as RegExpExecArray & { indices?: Array<[number, number] | undefined> }).indices;
  let coreStart = start;
  let coreEnd = start + words.length;
  if (kind === 'since' || kind === 'date') {
    const group = indices?.[1];
    if (group) [coreStart, coreEnd] = group;
  } else if (kind === 'deictic') {
    const prefix = /^(?:on )/i.exec(words);
    if (prefix) coreStart += prefix[0].length;
  } else {
    const prefix = /^(?:(?:in|during|throughout|for|over|on|at its peak in|at the peak in|by|until|through|as of|of|en|durante|desde|hasta) )/i.exec(words);
    if (prefix) coreStart += prefix[0].length;
  }
  return [coreStart, coreEnd];
}

/**
 * The span a vague phrase surely lies within: "early 2022" in January to May, "mid-2024" in April to
 * September, "late 2023" in August to December; "early August" in its first 12 days, "mid-August" in
 * its 8th to 23rd, "late August" from its 18th. Generous on purpose: a
 * wider span holds more figures, and an order of magnitude must be off from all of them.
 */
/** "between January and mid-July", "from January, 2024, to late July": groups are the two months and their years. */
const SPAN_TO_PART_OF_MONTH = new RegExp(`^(?:between|from) (${MONTH})(?:,? (${YEAR}))?,? (?:and|to|through|until|till) (?:mid|early|late)[- ]?(${MONTH})(?:,? (${YEAR}))?$`, 'i');

/** Whether a phrase (or its English gloss) is a span to a part of a month: "between January and mid-July". */
export function spansToPartOfMonth(words: string): boolean {
  return SPAN_TO_PART_OF_MONTH.test(words.trim());
}

/** The window of "between January and mid-July": the first month's first day to the last day of the second. */
function spanToPartOfMonth(match: RegExpExecArray, page: Period | null): Period | null {
  const [, firstMonth, firstYear, lastMonth, lastYear] = match;
  const last = spanOf(lastYear ? `${lastMonth} ${lastYear}` : lastMonth!, page);
  if (!last) return null;
  const year = firstYear ? Number(firstYear) : ymd(last[0]).year - (monthNumber(firstMonth!) > monthNumber(lastMonth!) ? 1 : 0);
  const first = spanOf(`${firstMonth} ${year}`, page);
  return first && first[0] <= last[1] ? periodFromDays(first[0], last[1]) : null;
}

const VAGUE_PART = /^(?:(?:in|by|during|until|through|since) )?(?:the )?(early|mid(?:dle)?|late)(?:-|\s)?(?:part of )?(?:(?:in|of) )?(.+)$/i;
const PART_MONTHS: Readonly<Record<string, readonly [number, number]>> = { early: [1, 5], mid: [4, 9], middle: [4, 9], late: [8, 12] };
/** The days of a month its early, middle and late part surely lie within, generously overlapping. */
const PART_DAYS: Readonly<Record<string, readonly [number, number]>> = { early: [1, 12], mid: [8, 23], middle: [8, 23], late: [18, 31] };

function windowOf(words: string, page: Period | null): Period | null {
  const toPart = SPAN_TO_PART_OF_MONTH.exec(words.trim());
  if (toPart) return spanToPartOfMonth(toPart, page);
  const part = VAGUE_PART.exec(words.trim());
  if (!part) return null;
  const rest = part[2]!.trim();
  // "mid-July of last year": the month of the year the words name.
  const month = new RegExp(`^(${MONTH})(?:,? (?:of )?(\\d{4}|last year|this year))?$`, 'i').exec(rest);
  if (month) {
    const year = month[2] && !/^\d/.test(month[2]) ? (page ? ymd(page.end).year - (/^last/i.test(month[2]) ? 1 : 0) : null) : month[2];
    if (month[2] && year === null) return null;
    const span = spanOf(year ? `${month[1]} ${year}` : month[1]!, page);
    if (!span) return null;
    // "Through mid-December": a day of December's middle, not its 31st, where a year's total ends.
    const [from, to] = PART_DAYS[part[1]!.toLowerCase()]!;
    return periodFromDays(span[0] + from - 1, Math.min(span[1], span[0] + to - 1));
  }
  const pageYear = page ? ymd(page.end).year : null;
  const year = /^\d{4}$/.test(rest) ? Number(rest) : rest.toLowerCase() === 'last year' && pageYear !== null ? pageYear - 1 : /^(?:this|the) year$/i.test(rest) && pageYear !== null ? pageYear : null;
  if (year === null) return null;
  const [first, last] = PART_MONTHS[part[1]!.toLowerCase()]!;
  return periodFromDays(dayNumber(year, first, 1), dayNumber(year, last, daysInMonth(year, last)));
}

function atOf(words: string, page: Period | null): Period | null {
  const at = spanOf(words, page);
  return at ? periodFromDays(at[0], at[1]) : null;
}

/** "the same period last year" against the period it refers back to. */
export function resolveSameAs(sameAs: NonNullable<PeriodMention['sameAs']>, reference: Period): Period | null {
  const start = ymd(reference.start);
  const end = ymd(reference.end);
  const shift = sameAs.year !== null ? sameAs.year - start.year : sameAs.shift;
  if (shift === 0 && sameAs.year === null) return null;
  if (sameAs.wholeYear) return yearPeriod(start.year + shift);
  // "the next day": the day after a day, and no shift of any longer period.
  if (sameAs.days) return reference.start === reference.end ? periodFromDays(reference.start + shift, reference.end + shift) : null;
  // "the following month": the calendar month after the last month of the period referred to.
  if (sameAs.months) {
    const index = end.year * 12 + (end.month - 1) + shift;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return periodFromDays(dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month)));
  }
  const move = (p: { year: number; month: number; day: number }, lastOfMonth: boolean): number => {
    const year = p.year + shift;
    const days = daysInMonth(year, p.month);
    return dayNumber(year, p.month, lastOfMonth ? days : Math.min(p.day, days));
  };
  const endIsMonthEnd = end.day === daysInMonth(end.year, end.month);
  return periodFromDays(move(start, false), move(end, endIsMonthEnd));
}

/**
 * The shortest ISO text for a period, as the registry writes them: "2023" for a whole year,
 * "2022-01/2022-02" for whole months, days otherwise.
 */
export function compactPeriod(period: Period): Period {
  // Keyed by the day numbers themselves: a text key cost two number-to-text conversions a call,
  // and lint calls this for every figure of a draft.
  let compact = COMPACT.get(period.start)?.get(period.end);
  if (!compact) {
    compact = compactUncached(period);
    // Bounded, so a huge text cannot grow it forever.
    if (++compactCount > 10_000) {
      COMPACT.clear();
      compactCount = 1;
    }
    let byEnd = COMPACT.get(period.start);
    if (!byEnd) COMPACT.set(period.start, (byEnd = new Map()));
    byEnd.set(period.end, compact);
  }
  return compact;
}

const COMPACT = new Map<number, Map<number, Period>>();
let compactCount = 0;

function compactUncached(period: Period): Period {
  const s = ymd(period.start);
  const e = ymd(period.end);
  // Before the year 1000 a date still needs four digits ("0999"), or parsePeriod refuses what
  // this function wrote; before year 0 there is no ISO text, and the period is kept as it came.
  if (s.year < 0) return period;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const year = (n: number): string => String(n).padStart(4, '0');
  const wholeMonths = s.day === 1 && e.day === daysInMonth(e.year, e.month);
  let text: string;
  if (wholeMonths && s.month === 1 && e.month === 12 && s.year === e.year) text = `${year(s.year)}`;
  else if (wholeMonths && s.month === 1 && e.month === 12) text = `${year(s.year)}/${year(e.year)}`;
  else if (wholeMonths && s.year === e.year && s.month === e.month) text = `${year(s.year)}-${pad(s.month)}`;
  else if (wholeMonths) text = `${year(s.year)}-${pad(s.month)}/${year(e.year)}-${pad(e.month)}`;
  else if (period.start === period.end) text = `${year(s.year)}-${pad(s.month)}-${pad(s.day)}`;
  else text = `${year(s.year)}-${pad(s.month)}-${pad(s.day)}/${year(e.year)}-${pad(e.month)}-${pad(e.day)}`;
  return parsePeriod(text);
}
