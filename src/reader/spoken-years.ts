/**
 * Prepare stage, years said in words, as a radio script or a transcript writes them: "In twenty
 * twenty-one, the count was …", "about thirty thousand in twenty-fifteen". Each is written over,
 * in the masked text the stages read, as its year in digits padded with spaces to its own length,
 * so that every offset still points into the text as written (quotes and columns are the
 * writer's) while the period rules read a year and the number reader no figure.
 */
import { EN } from './lexicon/en.js';

const SPOKEN_YEAR = EN.pattern('spoken-year');
const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Readonly<Record<string, number>> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };

/** The text with each year said in words ("twenty twenty-one") written as "2021" and spaces. */
export function writeSpokenYears(masked: string): string {
  if (!/twenty/i.test(masked)) return masked;
  SPOKEN_YEAR.lastIndex = 0;
  return masked.replace(new RegExp(SPOKEN_YEAR.source, 'gi'), (words: string, teen?: string, unit?: string) => {
    const year = 2000 + (teen ? TEENS[teen.toLowerCase()]! : 20 + (unit ? UNITS[unit.toLowerCase()]! : 0));
    return String(year).padEnd(words.length, ' ');
  });
}
