/**
 * A catalogue phrase that only modifies another noun names that noun, not what it counts: "the two
 * licensed boat companies" count companies, not boats; "40 boat motors" motors; "three migrant
 * shelters" shelters. Spanish puts the head first: "dos empresas de lanchas". The heads are data
 * (the lexicon's compound-heads).
 */
import type { PhraseMatch, Token } from '../drafts/metrics.js';
import { EN } from './lexicon/en.js';

const HEADS = EN.words('compound-heads');
const OF = new Set(['de', 'del']);

/** `phrases` without those whose words modify a head noun right after them (or, in Spanish, right before "de"). */
export function withoutCompounds(phrases: PhraseMatch[], tokens: readonly Token[]): PhraseMatch[] {
  return phrases.some((p) => modifiesAHead(p, tokens)) ? phrases.filter((p) => !modifiesAHead(p, tokens)) : phrases;
}

function modifiesAHead(phrase: PhraseMatch, tokens: readonly Token[]): boolean {
  // Only a phrase that ends in a noun can modify one: an event's or a verb's phrase is left alone.
  if (phrase.metric.kind === 'date') return false;
  const next = tokens[phrase.to];
  // "boat companies": the head right after, with nothing between (no comma, no other word).
  if (next && HEADS.has(next.stem) && next.start - tokens[phrase.to - 1]!.end <= 1) return true;
  const [head, of] = [tokens[phrase.from - 2], tokens[phrase.from - 1]];
  return head !== undefined && of !== undefined && OF.has(of.stem) && HEADS.has(head.stem);
}
