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
