/**
 * Attach stage, attribution: whom a sentence credits ("according to The Associated Press", "said
 * Mouynes"), and the words that say when someone spoke ("said Monday"), which date no figure.
 */
import type { Language } from '../model/figure.js';
import { spanishAttribution } from './attribution-es.js';

const ACCORDING = /\baccording to (?:the latest data from |data from |figures from |a report by )?(?:the )?(\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:of|for|de|del|and|on)?\s*\p{Lu}[\p{L}\p{N}.&’'-]*)*)/u;
const ACCORDING_ASCII = /\baccording to (?:the latest data from |data from |figures from |a report by )?(?:the )?([A-Z][\w.&'-]*(?:\s+(?:of|for|de|del|and|on)?\s*[A-Z][\w.&'-]*)*)/;
const SAID_NAME = /,[”"]?\s+(?:said|says)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s*[.,]/u;
const SAID_NAME_ASCII = /,"?\s+(?:said|says)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s*[.,]/;
const NAME_SAID = /,[”"]?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s+(?:said|says)\b/u;
const NAME_SAID_ASCII = /,"?\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s+(?:said|says)\b/;

/** "according to The Associated Press", "said Mouynes": who the sentence credits, nearest first. */
export function attributionOf(quote: string, language: Language = 'en'): string[] {
  // Spanish credits ("según ...", "dijo ...") are read apart, in src/reader/attribution-es.ts.
  const out: string[] = language === 'es' ? spanishAttribution(quote) : [];
  const accordingAt = quote.indexOf('according to ');
  if (accordingAt < 0 && !quote.includes(' said') && !quote.includes(' says')) return out;
  // Names in any script: "according to María Pérez", "said José Raúl Mulino". The Unicode
  // patterns are slower, and most sentences are ASCII: those take the ASCII ones.
  const ascii = !/[^\x00-\x7f]/.test(quote);
  const according = accordingAt < 0 ? null : (ascii ? ACCORDING_ASCII : ACCORDING).exec(quote.slice(accordingAt));
  if (according) out.push(according[1]!.replace(/[.,;:]+$/, '').replace(/\s+(?:of|for|and|on)$/, '').replace(/^AP$/, 'The Associated Press'));
  const said = !quote.includes(' said') && !quote.includes(' says') ? null : ascii ? (SAID_NAME_ASCII.exec(quote) ?? NAME_SAID_ASCII.exec(quote)) : (SAID_NAME.exec(quote) ?? NAME_SAID.exec(quote));
  if (said && !out.includes(said[1]!)) out.push(said[1]!);
  return out;
}

/**
 * "said Monday", "told reporters on", "revealed during a press conference on Monday": the words
 * just before the day someone spoke, which is not a claim.
 */
export const SAID_BEFORE = /\b(?:said|says|told|announced|reported|added|stated|wrote|posted|revealed|confirmed|noted|explained|warned|disclosed)(?:\s+[A-Za-z][\w-]*)?(?:\s+(?:during|at|in)\s+(?:an?|the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:on\s+)?$/i;
