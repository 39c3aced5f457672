/**
 * The words that make a figure or a period what another is compared with: "than in 2022",
 * "double the", "compared with", "respecto al". Read by the period and comparison stages.
 */
import type { Building } from './record.js';
import { EN } from './lexicon/en.js';
import { ES } from './lexicon/es.js';
import { cut } from '../text/one-byte.js';

const BASELINE_BEFORE = EN.pattern('baseline-before');
/** The Spanish of BASELINE_BEFORE: "el doble que en", "un 35% menos que el", "respecto al", "en comparación con". */
const BASELINE_BEFORE_ES = ES.pattern('baseline-before');
export const isBaselineLead = (lead: string): boolean => BASELINE_BEFORE.test(lead) || BASELINE_BEFORE_ES.test(lead);

/** Words just before a figure that make it what another is compared with: "than the", "double the". */
const BASELINE_FIGURE_BEFORE = EN.pattern('baseline-figure-before');

/** "…, que fue de 49.452", "…, which stood at 16,000": a figure given by a relative clause. */
const BASELINE_RELATIVE = EN.pattern('baseline-relative');

/** Whether the words just before a figure ("than the", "exceeds the", "up from") make it the one compared with. */
export const leadsToBaselineFigure = (before: string): boolean => BASELINE_FIGURE_BEFORE.test(before);

/** A figure just after "than the", "exceeds the", "up from": compared with, its period after it. */
export function followsBaselineLead(figure: Building, m: string, sentenceStart: number): boolean {
  // "el flujo superó los 300.000": a round mark the count passed (its hedge the verb before it,
  // outside the figure's words: src/text/numbers.ts) is the count's bound, not what it is compared with.
  if (passedMark(figure)) return false;
  // Up to 48 characters back: "some 35 times the pandemic-year low of 6,465".
  return leadsToBaselineFigure(cut(m, Math.max(sentenceStart, figure.start - 48), figure.start));
}

/** A hedge read from a verb before the figure ("topped", "superó los"), not from the figure's own words ("more than"). */
const passedMark = (figure: Building): boolean => figure.hedge.words !== null && !figure.text.toLowerCase().startsWith(figure.hedge.words.toLowerCase());

export function isBaseline(figure: Building, m: string, sentenceStart: number): boolean {
  // A relative clause gives the compared figure only in a sentence that compares.
  return followsBaselineLead(figure, m, sentenceStart) || (BASELINE_RELATIVE.test(cut(m, Math.max(sentenceStart, figure.start - 30), figure.start)) && COMPARES.test(cut(m, sentenceStart, figure.start)));
}
const COMPARES = EN.pattern('compares');
