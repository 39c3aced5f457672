/**
 * Figures of one text that hold the same digits in another order and count the same thing: "The
 * two stations held 312 people on New Year's Day … counts 213 people in its stations", "recibió
 * 1.780 personas en marzo … los 1.870 viajeros de marzo". Swapped digits are the commonest slip of the hand
 * in a figure, and the registry cannot catch it where it holds neither: only the draft shows that
 * one of the two is mistyped. Read after the reader's stages, from what they return (as
 * restated.ts is); the check internal-conflict reports the later figure, as a warning.
 *
 * Held to little that could be chance: whole counts of ten or more written in digits, not rates,
 * changes or percentages, in different sentences, whose nouns count the same thing (the same noun,
 * or both a word for people: "migrants", "personas", "viajeros", a survey's "interviewees"; or any
 * nouns, for two long counts one swap of neighbouring digits apart: longSwap), not a
 * set said as another ("Another 62 people"), and neither a figure the registry settles (248,284
 * against 284,248 is figure-conflict's; src/drafts/lint.ts says which).
 */
import { GENERIC_PEOPLE } from '../drafts/metrics.js';
import type { Language } from '../model/figure.js';
import type { DraftFigure, ReadText, Settled } from './record.js';
import { cut } from '../text/one-byte.js';
import { countedNoun, RESTATED, writtenUnit, type Counted, type Restatement } from './restated.js';

/** Nouns of people the restatement stems do not fold together ("viajeros", "migrantes", "personas"). */
const PEOPLE_STEMS = ['viajer', 'migrant', 'persona', 'peopl', 'person'];

export function countsPeople(counted: Counted): boolean {
  return GENERIC_PEOPLE.has(counted.stems) || PEOPLE_STEMS.some((stem) => counted.stems.startsWith(stem));
}

const SURVEY_PEOPLE = RESTATED.words('survey-people');
const ANOTHER_SET_BEFORE = RESTATED.pattern('another-set-before');

/** Whether a noun counts people, anyone or a survey's ("interviewees", "encuestados"). */
const countsPeopleOrSurveyed = (counted: Counted): boolean => countsPeople(counted) || SURVEY_PEOPLE.has(counted.stems);

/** Whether two nouns count the same thing: the same stem, or both people. */
function sameThing(a: Counted, b: Counted): boolean {
  return a.stems === b.stems || (countsPeopleOrSurveyed(a) && countsPeopleOrSurveyed(b));
}

/** A whole count of ten or more, written in digits, that a finger could have mistyped. */
function isTypedCount(figure: DraftFigure): boolean {
  return figure.kind === 'quantity' && figure.value !== null && figure.value >= 10 && Number.isInteger(figure.value) && figure.per === null && !figure.mention?.change && writtenUnit(figure) === null && /\d/.test(figure.text);
}

/**
 * Two long counts, four significant digits or more, one of them the other with two neighbouring
 * digits swapped ("with 328,650 people … The 382,650 Venezuelans"): so near a slip of the hand that
 * the nouns need not match, which a writer changes between sentences more often than the count.
 */
function longSwap(a: number, b: number): boolean {
  const [x, y] = [String(a), String(b)];
  if (x.length !== y.length || x.replace(/0+$/, '').length < 4 || y.replace(/0+$/, '').length < 4) return false;
  const at = [...x].findIndex((digit, i) => digit !== y[i]);
  return at >= 0 && at + 1 < x.length && x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2);
}

/** The digits of a count, sorted: 312 and 213 share "123". */
const digitsOf = (value: number): string => [...String(value)].sort().join('');

/**
 * Each later figure of the text whose digits are an earlier one's in another order, counting the
 * same thing; `settled` says which figures the registry settles itself.
 */
export function transposedFigures(read: ReadText, language: Language, settled: Settled): Restatement[] {
  const m = read.masked.masked;
  const counts = read.figures.filter((figure) => isTypedCount(figure) && !settled(figure) && !ANOTHER_SET_BEFORE.test(cut(m, Math.max(figure.sentence.start, figure.start - 12), figure.start)));
  const byDigits = new Map<string, DraftFigure[]>();
  for (const figure of counts) {
    const key = digitsOf(figure.value!);
    byDigits.set(key, [...(byDigits.get(key) ?? []), figure]);
  }
  const out: Restatement[] = [];
  for (const group of byDigits.values()) {
    if (group.length < 2) continue;
    const nouns = group.map((figure) => countedNoun(m, figure, language));
    group.forEach((figure, i) => {
      const counted = nouns[i];
      if (!counted) return;
      const j = group.findIndex((earlier, k) => k < i && earlier.value !== figure.value && earlier.sentence !== figure.sentence && ((nouns[k] !== null && sameThing(nouns[k]!, counted)) || longSwap(earlier.value!, figure.value!)));
      if (j >= 0) out.push({ figure, earlier: group[j]!, counted });
    });
  }
  return out;
}
