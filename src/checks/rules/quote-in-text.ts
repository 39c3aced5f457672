/**
 * quote-in-text: a claim is only as good as its citation. The quote must be in the archived text
 * of its source, and the figure must be in the quote, or nobody can verify the claim.
 */
import type { Source } from '../../model/types.js';
import { docsPath, type Check } from '../types.js';

const ID = 'quote-in-text';

/**
 * Folds what differs between a page and a hand-typed quote without changing meaning. First to
 * Unicode's composed form (NFC): "é" typed as one character and the "e" plus combining accent a
 * Mac file system or a web page may hold are the same text by Unicode's definition, identical on
 * screen, so a quote that differs from its page only there passes without a finding.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export const quoteInText: Check = {
  meta: {
    id: ID,
    description: 'The quote is in the archived text of its source, and the figure is in the quote.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      quoteMissing: 'The quote is not in the archived text of source {{source}} ({{text}}).',
      figureMissing: 'The figure "{{figure}}" is not in the quote.',
      quoteUnicodeForm:
        'The quote is not in the archived text of source {{source}} ({{text}}) as written: it is there only when Unicode compatibility forms are folded (NFKC), so the two write some character differently (a ligature such as "ﬁ", full-width or superscript digits). Copy the quote from the archived text again.',
    },
  },
  run(context) {
    const folded = new Map<Source, string>();
    // Where the last quote of each source was found. A source's claims mostly follow its text, so
    // the next quote is searched for from there first: a whole-text search for each of a source's
    // hundred claims costs a hundred passes over the article.
    const lastFound = new Map<Source, number>();
    for (const claim of context.registry.claims) {
      const source = claim.source;
      if (source.text === null) continue;
      // Most quotes are copied exactly: only fold when the plain search fails.
      const from = lastFound.get(source) ?? 0;
      let at = source.text.indexOf(claim.quote, from);
      if (at < 0 && from > 0) at = source.text.indexOf(claim.quote);
      const exact = at >= 0;
      if (exact) lastFound.set(source, at);
      let text = folded.get(source);
      if (!exact && text === undefined) {
        text = foldText(source.text);
        folded.set(source, text);
      }
      const quote = exact ? claim.quote : foldText(claim.quote);
      if (!exact && !text!.includes(quote)) {
        // Said apart: a quote that differs only in compatibility forms is the right sentence.
        const messageId = text!.normalize('NFKC').includes(quote.normalize('NFKC')) ? 'quoteUnicodeForm' : 'quoteMissing';
        context.report({ messageId, field: 'quote', data: { source: source.id, text: source.textPath }, claims: [{ claim, role: 'claim' }] });
      }
      if (!quote.includes(claim.figure) && !foldText(quote).toLowerCase().includes(foldText(claim.figure).toLowerCase())) {
        context.report({ messageId: 'figureMissing', field: 'figure', data: { figure: claim.figure }, claims: [{ claim, role: 'claim' }] });
      }
    }
  },
};
