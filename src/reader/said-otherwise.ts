/**
 * A thing counted again, with "the", "those", "its" or "sus" before it, at another value: "hay 150
 * literas … sus 250 literas estaban ocupadas", "a shelter with forty-two cots … of those twenty-four
 * cots", "took 40 groups across … Of the 60 groups he led". restatedFigures (restated.ts) pairs the
 * counts a definite figure points back to under guards that keep "the 500 people who slept at San
 * Vicente on Sunday" a new count; this pass looks only at things that are no people, no time and no
 * flow the catalogue reads, where a definite count of the same noun at another value is the same set
 * said twice, and one of the two is wrong.
 *
 * Held to restated.ts's own guards (words after the noun that say which ones, two paragraphs at
 * most, two periods named) and to things, not people or time. Measured on every corpus and real set
 * the project holds: 18 pairs, all on lines labelled internal conflicts (most found already by
 * restated.ts or transposed.ts; one, a count in words, by this alone); none on a true line or in 80
 * real articles. Read after the reader's stages; the check internal-conflict reports the later
 * figure as a restatement, a warning.
 */
import type { Language } from '../model/figure.js';
import type { DraftFigure, ReadText, Settled } from './record.js';
import { RESTATED, countedNoun, type Counted, type Restatement } from './restated.js';
import { countsPeople } from './transposed.js';
import { cut } from '../text/one-byte.js';

const DEFINITE = [RESTATED.pattern('refers-back-before'), RESTATED.pattern('definite-before'), RESTATED.pattern('possessive-before')];
/** Words after the noun that say which ones ("the 120 patients seen by nurses", "who crossed"): another set, or a part. */
export const WHICH_ONES_AFTER = [RESTATED.pattern('introduces-after'), RESTATED.pattern('participle-after'), /^\s+\p{L}+\s+con\s+(?:que|l[oa]s\s+que)\s/iu];
/** How many paragraphs back the earlier count may stand, as restated.ts holds "the" to. */
const REACH = 2;
/** "14 de los 23 casos": the whole a part is of, not the set said again. */
const WHOLE_OF_A_PART = /\d\s+(?:de|of)\s+(?:los|las|the)\s+$/i;
/** A hedge between the determiner and the figure ("the roughly 90,000 children", "los casi 70 kilómetros"). */
const HEDGE_BEFORE = /(?:about|some|nearly|almost|roughly|around|casi|unos|unas|apenas|just|only)\s+$/i;
/** Nouns of time, and shares, that a text counts many sets of (people: transposed.ts's countsPeople). */
const TIME_OR_SHARE = /^(?:day|week|month|year|hour|minut|día|dia|semana|mes|año|hora|minuto|decad|siglo|vez|veces|time|percent|por)/;
/** How far apart two values must be to be no rounding of one another. */
export const APART = 0.15;

/** Whether a figure is said as a set named before: "the", "those", "its", "sus", a hedge between. */
function saidDefinitely(m: string, figure: DraftFigure): boolean {
  const before = cut(m, Math.max(figure.sentence.start, figure.start - 40), figure.start);
  if (WHOLE_OF_A_PART.test(before)) return false;
  const lead = HEDGE_BEFORE.test(before) ? before.replace(HEDGE_BEFORE, '') : before;
  return DEFINITE.some((pattern) => pattern.test(lead));
}

function countsSomeThing(counted: Counted | null): counted is Counted {
  return counted !== null && !countsPeople(counted) && !TIME_OR_SHARE.test(counted.stems);
}

/** Each definite count of the text that counts the same thing as an earlier count at another value. */
export function saidOtherwise(read: ReadText, language: Language, settled: Settled): Restatement[] {
  const m = read.masked.masked;
  const counts = read.figures.filter((figure) => figure.kind === 'quantity' && figure.value !== null && figure.value >= 2 && figure.per === null && !figure.metric && !figure.mention?.change && !settled(figure));
  const nouns = new Map<DraftFigure, Counted | null>();
  const nounOf = (figure: DraftFigure): Counted | null => {
    if (!nouns.has(figure)) nouns.set(figure, countedNoun(m, figure, language));
    return nouns.get(figure)!;
  };
  const out: Restatement[] = [];
  counts.forEach((figure, i) => {
    if (!saidDefinitely(m, figure)) return;
    const counted = nounOf(figure);
    if (!countsSomeThing(counted)) return;
    if (WHICH_ONES_AFTER.some((pattern) => pattern.test(cut(m, figure.end, figure.end + 60)))) return;
    const earlier = counts.slice(0, i).reverse().find((other) => other.sentence !== figure.sentence && nounOf(other)?.stems === counted.stems);
    if (!earlier || figure.sentence.paragraph - earlier.sentence.paragraph > REACH || Math.abs(earlier.value! - figure.value!) / Math.max(earlier.value!, figure.value!) < APART) return;
    // "400 patients in 2022 … those 900 patients in 2023": two periods, two sets.
    if (earlier.period && figure.period && earlier.period.text !== figure.period.text) return;
    out.push({ figure, earlier, counted });
  });
  return out;
}
