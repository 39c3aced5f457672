/**
 * Attach stage, attribution: whom a sentence credits ("according to The Associated Press", "said
 * Mouynes"), and the words that say when someone spoke ("said Monday"), which date no figure.
 */
import type { Language } from '../model/figure.js';
import { spanishAttribution } from './attribution-es.js';
import { EN } from './lexicon/en.js';

const ACCORDING = EN.pattern('according');
const ACCORDING_ASCII = EN.pattern('according-ascii');
const SAID_NAME = EN.pattern('said-name');
const SAID_NAME_ASCII = EN.pattern('said-name-ascii');
const NAME_SAID = EN.pattern('name-said');
const NAME_SAID_ASCII = EN.pattern('name-said-ascii');
const SOURCE_POSSESSIVE = EN.pattern('source-possessive');
const ACCORDING_TO = /\b[Aa]ccording to /;
const CITED_BY = EN.pattern('cited-by');

/** "according to The Associated Press", "said Mouynes": who the sentence credits, nearest first. */
export function attributionOf(quote: string, language: Language = 'en'): string[] {
  // Spanish credits ("según ...", "dijo ...") are read apart, in src/reader/attribution-es.ts.
  const out: string[] = language === 'es' ? spanishAttribution(quote) : [];
  // "Mulino's own speech ... put 2023 at 511,103", "the president put the year at 511,103": a
  // name's speech or count, or a name that puts a figure at a value, credits the name.
  const possessive = /['’]s |\b(?:put|puts|placed|places|pegged|pegs|gave|gives|cited|cites|offered|offers) /.test(quote) ? SOURCE_POSSESSIVE.exec(quote) : null;
  if (possessive) out.push(possessive[1]!.replace(/^The\s+/, ''));
  // "According to President Mulino, 511,103 …": at a sentence's start too.
  const accordingAt = quote.search(ACCORDING_TO);
  if (accordingAt < 0 && !quote.includes(' said') && !quote.includes(' says')) return out;
  // Names in any script: "according to María Pérez", "said José Raúl Mulino". The Unicode
  // patterns are slower, and most sentences are ASCII: those take the ASCII ones.
  const ascii = !/[^\x00-\x7f]/.test(quote);
  // The patterns read "according to" in lower case: "According" opening the sentence is lowered.
  const according = accordingAt < 0 ? null : (ascii ? ACCORDING_ASCII : ACCORDING).exec(quote.slice(accordingAt).replace(/^A/, 'a'));
  if (according) out.push(according[1]!.replace(/[.,;:]+$/, '').replace(/\s+(?:of|for|and|on)$/, '').replace(/^AP$/, 'The Associated Press'));
  // "According to statistics cited by the president": who gave the figures.
  const cited = quote.includes(' by ') ? CITED_BY.exec(quote) : null;
  if (cited && !out.includes(cited[1]!)) out.push(cited[1]!.replace(/^the\s+/i, 'the '));
  const said = !quote.includes(' said') && !quote.includes(' says') ? null : ascii ? (SAID_NAME_ASCII.exec(quote) ?? NAME_SAID_ASCII.exec(quote)) : (SAID_NAME.exec(quote) ?? NAME_SAID.exec(quote));
  if (said && !out.includes(said[1]!)) out.push(said[1]!);
  return out;
}

/**
 * "said Monday", "told reporters on", "revealed during a press conference on Monday": the words
 * just before the day someone spoke, which is not a claim.
 */
export const SAID_BEFORE = EN.pattern('said-before');
