/**
 * Prepare stage, years said in words, as a radio script or a transcript writes them: "In twenty
 * twenty-one, the count was …", "about thirty thousand in twenty-fifteen". Each is written over,
 * in the masked text the stages read, as its year in digits padded with spaces to its own length,
 * so that every offset still points into the text as written (quotes and columns are the
 * writer's) while the period rules read a year and the number reader no figure.
 */
import { readFigure } from '../model/figure.js';
import { EN } from './lexicon/en.js';
import { ES } from './lexicon/es.js';
import { readSpanishNumber } from '../model/numbers-es.js';
import type { PeriodMention } from '../text/periods.js';

const SPOKEN_YEARS = new RegExp(EN.pattern('spoken-year').source, 'gi');
const SPOKEN_YEARS_ES = ES.pattern('spoken-year');

/** The text with each year said in words ("twenty twenty-one") written as "2021" and spaces. */
export function writeSpokenYears(masked: string): string {
  if (!/twenty/i.test(masked)) return masked;
  // The number reader's own words: "fifteen" is 15, "one" 1; "twenty twenty" is 2020.
  const value = (word: string | undefined): number => (word ? readFigure(word)!.value : 0);
  return masked.replace(SPOKEN_YEARS, (words: string, teen?: string, unit?: string) => String(2000 + (teen ? value(teen) : 20 + value(unit))).padEnd(words.length, ' '));
}

/**
 * The same in Spanish: "en dos mil dieciocho", "desde diciembre de dos mil veinte". Twice, so that
 * the second year of "entre dos mil veinte y dos mil veintiuno" sees the first in digits.
 */
export function writeSpokenYearsEs(masked: string): string {
  if (!/dos\s+mil\s+[dvoctq]/i.test(masked)) return masked;
  const once = (text: string): string => text.replace(SPOKEN_YEARS_ES, (words: string, unit: string) => String(2000 + (readSpanishNumber(unit.toLowerCase())?.value ?? 0)).padEnd(words.length, ' '));
  return once(once(masked));
}

/**
 * "since December twenty twenty", "desde diciembre de dos mil veinte": a period that ends on a year
 * said in words ends where the words do, not on the digits written over their start (above),
 * so that what a message quotes is the writer's whole phrase.
 */
export function overSpokenYears(mentions: PeriodMention[], masked: string, text: string): PeriodMention[] {
  return mentions.map((p) => {
    if (masked[p.end] !== ' ' || !/\d{4}$/.test(masked.slice(p.end - 4, p.end)) || text.slice(p.end - 4, p.end) === masked.slice(p.end - 4, p.end)) return p;
    let end = p.end;
    while (end < masked.length && end - p.end < 48 && masked[end] === ' ') end++;
    while (end > p.end && /\s/.test(text[end - 1]!)) end--;
    return end === p.end ? p : { ...p, end, coreEnd: p.coreEnd === p.end ? end : p.coreEnd };
  });
}
