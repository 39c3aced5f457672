/**
 * Attach stage, a unit of time a heading gives the list under it: "## Per day, on average" over
 * "- **about 680** in 2022", "- **about 825** in 2024". A list item's figure that names nothing it
 * counts and no unit of time is a rate in the heading's unit, as a table cell is in its column
 * header's (tables.ts); any other heading ends the section.
 */
import type { RateUnit } from '../model/types.js';
import type { Sentence } from '../text/sentences.js';
import { AVERAGE_WORDS, headerRate } from './tables.js';
import { continuesPrior } from './metric-context.js';
import type { Building } from './record.js';
import { EN } from './lexicon/en.js';

export interface SectionRate {
  readonly per: RateUnit;
  readonly average: boolean;
  /** The heading's words, which the figure's rate is read from. */
  readonly words: string;
}

/** The rate a heading gives its section, or null (a heading that names none ends the last one's). */
export function sectionRateOf(heading: string): SectionRate | null {
  const words = heading.replace(/^[#\s*_]+|[\s*_:.]+$/g, '').trim();
  // Only a heading that is no more than a unit of time: "Per day, on average", "Daily average";
  // not "Daily updates", "A day in the camp", "Weekly briefing: key figures", "Monthly totals".
  if (!RATE_HEADING.test(words)) return null;
  const per = headerRate(words);
  return per === null ? null : { per, average: AVERAGE_WORDS.test(words), words };
}
const RATE_HEADING = EN.pattern('rate-heading');

/** "- 680 in 2022": a list item, found by its marker at the start of the sentence's line. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]/;

/** Gives each list item's figure that names nothing counted the section's rate. */
export function rateFromSection(section: SectionRate | null, sentence: Sentence, text: string, built: Building[]): void {
  if (!section || sentence.heading || sentence.cell) return;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (!LIST_ITEM.test(text.slice(lineStart, sentence.start + 4))) return;
  for (const figure of built) {
    if (figure.per !== null || figure.unit !== null || figure.kind !== 'quantity' || figure.mention!.change || figure.mention!.part) continue;
    const after = text.slice(figure.end, Math.min(sentence.end, figure.end + 60));
    if (!continuesPrior(after.toLowerCase().match(/\p{L}+/gu) ?? [])) continue;
    figure.per = section.per;
    if (section.average) figure.basis = 'average';
  }
}
