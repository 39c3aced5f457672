/**
 * Prepare stage, the number a caption, a list item or a thread's post is numbered with: "**7.** That
 * works out to nearly 1,100 people a day", "3) In all, …", "(6/16) That was down …". It is written over with
 * spaces in the masked text the stages read: it is no figure, and the sentence after it opens
 * where its words do ("That works out to …" refers back). Offsets stay the text's.
 */
import { EN } from './lexicon/en.js';

// "**7.**", "3)", and a thread's "(6/16)" or "6/" at the start of a line.
// Not in a box of numbers, where the bold number is the figure and the words after say what it
// counts: "**10.** The number of migrants who crossed …", "**16.** Boats handed over …", "**140.** Las
// personas que cruzaban cada día …".
const CAPTION_NUMBER = /(^|\n)([ \t]*(?:\*\*|__|\*|_)?)(\d{1,3}[.)]|\(\d{1,3}\/\d{1,3}\)|\d{1,3}\/(?:\d{1,3})?)(?=(?:\*\*|__|\*|_)?[ \t]+(?!(?:The\s+)?(?:number|total|count|share|percentage|boats?|motors?|migrants?|people|persons|crossings?|days?|miles?|trails?|deportees?|children|flights?|countries|nationalities)\b)(?!(?<=\d\d[.)](?:\*\*|__|\*|_)?[ \t]+)(?:(?:L[oa]s|El|La)\s+)?(?:número|total|cifra|personas|migrantes|cruces|días|lanchas|botes|motores|niños|países|vuelos|kilómetros|millas|senderos|tant[oa]s)(?![\p{L}]))\S)/giu;

/**
 * "3.5 By August the monthly count had …", "## 2.1 Method": a report's numbered paragraph or section,
 * at the start of a line and before a capitalised word. A decimal figure seldom opens a line so
 * ("1.5 million people …" has no capital after it; "2.5 Million" is a unit, kept).
 */
const SECTION_NUMBER = /(^|\n)([ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__|\*|_)?)(\d{1,2}(?:\.\d{1,2}){1,3}\.?)(?=(?:\*\*|__|\*|_)?[ \t]+(?!(?:Million|Billion|Mil|Millones|Percent|Per)\b)\p{Lu})/gu;

/** "## Claim 1:", "Question 3.": a part of the text labelled with its number (lexicon label-number). */
const LABEL_NUMBER = EN.pattern('label-number');

export function blankCaptionNumbers(masked: string): string {
  const blank = (_all: string, lineStart: string, opening: string, label: string): string => `${lineStart}${opening}${' '.repeat(label.length)}`;
  const pronoun = (all: string, word: string): string => all.slice(0, all.length - word.length) + ' '.repeat(word.length);
  return masked.replace(CAPTION_NUMBER, blank).replace(SECTION_NUMBER, blank).replace(LABEL_NUMBER, blank).replace(NUMERAL_PRONOUN, pronoun).replace(DATELINE_DAY, dateline);
}
const dateline = (all: string, es: string | undefined, en: string | undefined): string => {
  const day = es ?? en ?? '';
  const at = all.lastIndexOf(day);
  return day ? all.slice(0, at) + ' '.repeat(day.length) + all.slice(at + day.length) : all;
};
/** "Panamá, 8 ene.- El flujo …", "PANAMA CITY, Jan. 8 —": a dispatch's dateline; its day is no figure. */
const DATELINE_DAY = /^[ \t>*_]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,3},[ \t]+(?:(\d{1,2})[ \t]+(?:ene|feb|mar|abr|may|jun|jul|ago|sep|sept|set|oct|nov|dic)\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]+(\d{1,2}))(?=[ \t]*(?:\([A-Z]+\))?[ \t]*\.?[ \t]*[-–—])/gmu;
/** "the higher of the two": a number standing for figures already given (lexicon numeral-pronoun). */
const NUMERAL_PRONOUN = EN.pattern('numeral-pronoun');
