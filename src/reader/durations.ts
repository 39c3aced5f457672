/**
 * Spans of time a text gives twice: "I stayed nine days in Bajo Chiquito … those fourteen days in
 * Bajo Chiquito", "I spent four hours on the river … My six hours on the river". A duration is no
 * figure (src/text/numbers.ts drops it, and no registry metric counts one), but a draft that tells
 * one stay twice must tell it alike, so the check internal-conflict holds the second to the first,
 * as it holds "those 90 patients" to "60 patients" (src/reader/restated.ts).
 *
 * A duration of hours, days or weeks restates an earlier one only when its own words point back
 * (a demonstrative or a possessive: "those eight days", "her six days", "Barrios's 12 days", "mis
 * cuatro horas"; "the nine days" and "los 63 días" only with a word of the earlier sentence after
 * them), and the earlier one is the same unit's: the nearest whose sentence holds a word of what
 * follows the unit ("on the trail", "de rodaje"), or else the text's only earlier span in that
 * unit. Months and years restate only when said as someone's, with a word of the earlier span's
 * sentence after them ("In my 35 years in Yaviza" after "I have lived in Yaviza for 41 years"):
 * "those three months" alone points back to months the text named. Read after the reader's
 * stages, from what they return.
 */
import { fold } from '../drafts/metrics.js';
import { excerpt } from '../text/excerpt.js';
import type { LineIndex } from '../text/lines.js';
import type { DurationMention } from '../text/numbers.js';
import type { Sentence } from '../text/sentences.js';
import { loadLexicon, type LexiconEntry } from './lexicon/lexicon.js';
import { readInterval, rangeInterval } from './mentions.js';
import type { DraftFigure, ReadText } from './record.js';
import { RESTATED, type Restatement } from './restated.js';
import { cut } from '../text/one-byte.js';

/** The words around a duration that say whether it is one span given again. */
export const DURATION_ENTRIES = [
  {
    id: 'rate-after',
    on: 'after-figure',
    pattern: /^\s*(?:a|an|per|each|every|al|a\s+la|por|cada)\s+\p{L}+/iu,
    why: '"three days a week", "seis horas al día": how often, not how long one stay lasted.',
    examples: { reads: [' a week', ' per month', ' al día', ' por semana', ' cada mes'], not: [' in Bajo Chiquito', ' on the trail', ' de rodaje'] },
  },
  {
    id: 'plain-word',
    on: 'word',
    match: 'lower',
    words: [
      'with', 'that', 'this', 'those', 'these', 'they', 'them', 'their', 'there', 'then', 'from', 'into', 'were', 'have', 'been', 'being', 'will', 'would', 'could', 'when', 'where', 'while', 'after', 'before', 'since', 'during', 'until', 'through', 'across', 'over', 'under', 'about', 'around', 'later', 'more', 'than', 'what', 'which', 'each', 'only', 'just', 'still', 'some', 'such', 'without',
      'como', 'para', 'desde', 'entre', 'después', 'antes', 'cuando', 'donde', 'durante', 'luego', 'según', 'tras', 'pero', 'también', 'sobre', 'hasta', 'esos', 'esas', 'estos', 'estas', 'otros', 'otras', 'mismo', 'misma', 'cerca',
    ],
    why: 'Words that say nothing of where or what a span was: what follows a duration is compared by its other words ("on the trail", "in the village", "de rodaje").',
    examples: { reads: ['with', 'after', 'desde'], not: ['trail', 'river', 'rodaje'] },
  },
] as const satisfies readonly LexiconEntry[];

export const DURATIONS = loadLexicon('durations', DURATION_ENTRIES);

const RATE_AFTER = DURATIONS.pattern('rate-after');
const PLAIN_WORD = DURATIONS.words('plain-word');
const REFERS_BACK_BEFORE = RESTATED.pattern('refers-back-before');
const POSSESSIVE_BEFORE = RESTATED.pattern('possessive-before');
const DEFINITE_BEFORE = RESTATED.pattern('definite-before');
/** "Barrios's 12 days on the trail": a span said as someone's, named. */
const SOMEONES_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{L}+['’]s?\s+$/u;

/** A record for each duration a sentence holds, located as a figure is, for the check to point at. */
export function durationFigures(mentions: readonly DurationMention[], sentence: Sentence, lines: LineIndex, text: string): DraftFigure[] {
  const quote = text.slice(sentence.start, sentence.end);
  return mentions.map((mention) => {
    const location = lines.locate(mention.start);
    return {
      index: -1,
      kind: 'quantity',
      sentence,
      quote: excerpt(quote, mention.start - sentence.start, mention.end - sentence.start),
      text: mention.text,
      start: mention.start,
      end: mention.end,
      line: location.line,
      column: location.column,
      mention: null,
      value: mention.value,
      step: mention.step,
      hedge: mention.hedge,
      interval: mention.range ? rangeInterval(mention.range, mention.hedge.kind) : readInterval(mention.value, mention.step, mention.hedge.kind, false),
      unit: mention.unit,
      per: null,
      basis: null,
      metric: null,
      alternatives: [],
      phrase: null,
      metricFrom: null,
      period: null,
      periodWords: null,
      periodFrom: null,
      comparison: null,
      attribution: [],
      problem: null,
      reason: null,
    };
  });
}

/**
 * A stay is told in hours, days or weeks; "those three months" and "esos dos años" point back to
 * months or years the text named ("August through October"), not to a span it gave in numbers.
 */
const SHORT_UNITS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'night', 'week']);

const stemOf = (word: string): string => fold(word).slice(0, 5);

/** The words that say where or what the span was, after its unit: "trail" of "those eight days on the trail". */
function whatFollows(m: string, duration: DraftFigure): string[] {
  const clause = cut(m, duration.end, Math.min(duration.sentence.end, duration.end + 40)).split(/[.;:!?,()]/)[0]!;
  return (clause.match(/\p{L}{4,}/gu) ?? []).filter((word) => !PLAIN_WORD.has(word.toLowerCase())).map(stemOf);
}

/** The durations that point back to an earlier one of the same unit, each with the one it restates. */
export function restatedDurations(read: ReadText): Restatement[] {
  const m = read.masked.masked;
  const out: Restatement[] = [];
  const all = read.durations;
  for (const [i, duration] of all.entries()) {
    const before = cut(m, Math.max(duration.sentence.start, duration.start - 30), duration.start);
    const owned = POSSESSIVE_BEFORE.test(before) || SOMEONES_BEFORE.test(before);
    const pointing = REFERS_BACK_BEFORE.test(before) || owned;
    if (!pointing && !DEFINITE_BEFORE.test(before)) continue;
    // Months and years only as someone's, with a word of the earlier span after them (above).
    const short = SHORT_UNITS.has(duration.unit!);
    if ((!short && !owned) || RATE_AFTER.test(cut(m, duration.end, duration.end + 20))) continue;
    const earlier = all.slice(0, i).filter((other) => other.unit === duration.unit && other.sentence !== duration.sentence);
    if (earlier.length === 0) continue;
    const follows = whatFollows(m, duration);
    const sharing = earlier.filter((other) => {
      const stems = new Set((cut(m, other.sentence.start, other.sentence.end).match(/\p{L}{4,}/gu) ?? []).map(stemOf));
      return follows.some((stem) => stems.has(stem));
    });
    // "those fourteen days" with nothing after it to go by: the text's one earlier stay, or none.
    const restated = sharing.at(-1) ?? (pointing && short && earlier.length === 1 ? earlier[0] : undefined);
    if (restated) out.push({ figure: duration, earlier: restated, counted: { words: `${duration.unit!}s`, stems: duration.unit! } });
  }
  return out;
}
