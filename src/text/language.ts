/**
 * Which language a text is written in, for how its figures are read ("2.637" is 2,637 in Spanish
 * and 2.637 in English): a count of the commonest short words of each language in the first few
 * kilobytes. News prose is full of them, so a few KB decide; reading no further keeps `lint` on a
 * 1 MB draft as fast as before. A text that says too little either way is left undecided (null),
 * and the caller reads it as English, darien's default.
 *
 * Hand-written rather than a library (franc and the like guess among hundreds of languages from
 * trigrams): darien reads two, and the two differ in their commonest words.
 */
import type { Language } from '../model/figure.js';

/** Words common in one language and rare in the other ("a" and "en" are shared, and left out). */
const SPANISH = new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'por', 'se', 'con', 'para', 'una', 'al', 'según', 'más', 'entre', 'desde', 'sus', 'su', 'fue', 'han', 'personas', 'año']);
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'that', 'is', 'was', 'for', 'on', 'with', 'by', 'have', 'has', 'from', 'were', 'are', 'more', 'than', 'this', 'people', 'year']);

/** How much of the text is read: a few paragraphs of prose. */
export const SAMPLE_CHARS = 4096;
/** Fewer stopwords than this in all says too little to decide. */
const ENOUGH = 8;

export function detectLanguage(text: string, from = 0): Language | null {
  const sample = text.slice(from, from + SAMPLE_CHARS).toLowerCase();
  let spanish = 0;
  let english = 0;
  for (const word of sample.split(/[^\p{L}]+/u)) {
    if (SPANISH.has(word)) spanish++;
    else if (ENGLISH.has(word)) english++;
  }
  if (spanish + english < ENOUGH) return null;
  // A Spanish text quoting English, or the reverse, still has most of its own words.
  if (spanish > 2 * english) return 'es';
  if (english > 2 * spanish) return 'en';
  return null;
}

/** A front matter's `lang:` or `language:` value as a language darien reads, or null for another. */
export function languageOf(value: string): Language | null {
  const tag = value.trim().toLowerCase();
  if (/^(?:es|spa|spanish|español|espanol)(?:[-_][a-z0-9]+)*$/.test(tag)) return 'es';
  if (/^(?:en|eng|english)(?:[-_][a-z0-9]+)*$/.test(tag)) return 'en';
  return null;
}

/**
 * The field of a front matter that names its language (`lang:`, else `language:`), with the
 * language darien reads it as (null: one it does not read); null when there is no such field.
 * lint refuses a language it does not read, extract falls back to what the text says.
 */
export function declaredLanguage<F extends { readonly value: string }>(fields: ReadonlyMap<string, F>): { readonly field: F; readonly language: Language | null } | null {
  const field = fields.get('lang') ?? fields.get('language');
  return field ? { field, language: languageOf(field.value) } : null;
}
