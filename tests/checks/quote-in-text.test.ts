import { describe, expect, it } from 'vitest';
import { foldText, quoteInText } from '../../src/checks/rules/quote-in-text.js';
import { checkTester, header } from '../helpers/registry.js';

function claim(quote: string, figure: string, value: number, id = 'a1'): string {
  return `  - id: ${id}
    quote: "${quote}"
    figure: "${figure}"
    value: ${value}
    metric: crossings
    period: 2024-07-01/2024-07-17
    period_words: "since July 1"
    attribution: []
`;
}

const TEXT = 'The National Border Service reported that 11,363 migrants had crossed into the country\nfrom Colombia since July 1, when President Jose Raul Mulino first entered office.';

describe('quote-in-text', () => {
  it('folds curly quotes, dashes and white space, nothing else', () => {
    expect(foldText('Panama’s  “border”\n— here')).toBe('Panama\'s "border" - here');
  });

  it('folds NFD to NFC, and leaves compatibility forms (NFKC) alone', () => {
    expect(foldText('Darie\u0301n')).toBe('Dari\u00e9n');
    expect(foldText('\ufb01rst')).toBe('\ufb01rst');
  });

  it('says in the message when Unicode compatibility forms were the difference', () => {
    expect(quoteInText.meta.messages.quoteUnicodeForm).toMatch(/only when Unicode compatibility forms are folded \(NFKC\)/);
  });

  checkTester(quoteInText, {
    valid: [
      { name: 'a quote that spans a line break in the archive', files: { 'a.yaml': header('a') + claim('11,363 migrants had crossed into the country from Colombia', '11,363', 11363), 'a.txt': TEXT } },
      {
        // The search for a source's next quote starts where the last was found; it must still find
        // one that comes earlier in the text, not report it.
        name: 'quotes listed out of their order in the text',
        files: {
          'a.yaml': header('a') + claim('since July 1, when President Jose Raul Mulino', '1', 1, 'a1') + claim('reported that 11,363 migrants', '11,363', 11363, 'a2'),
          'a.txt': TEXT,
        },
      },
      // NFC and NFD write "é" as one character or as "e" and a combining accent: the same text.
      { name: 'an NFC quote against an NFD archive', files: { 'a.yaml': header('a') + claim('11,363 crossed the Darién'.normalize('NFC'), '11,363', 11363), 'a.txt': 'Then 11,363 crossed the Darién Gap.'.normalize('NFD') } },
      { name: 'an NFD quote against an NFC archive', files: { 'a.yaml': header('a') + claim('11,363 crossed the Darién'.normalize('NFD'), '11,363', 11363), 'a.txt': 'Then 11,363 crossed the Darién Gap.'.normalize('NFC') } },
      { name: 'curly apostrophes typed straight', files: { 'a.yaml': header('a') + claim("Panama's 11,363", '11,363', 11363), 'a.txt': 'Panama’s 11,363' } },
    ],
    invalid: [
      {
        name: 'a quote found only before the last one found, edited',
        files: {
          'a.yaml': header('a') + claim('since July 1, when President Jose Raul Mulino', '1', 1, 'a1') + claim('reported that 11,363 migrant had', '11,363', 11363, 'a2'),
          'a.txt': TEXT,
        },
        errors: [{ messageId: 'quoteMissing', file: 'a.yaml', line: 12, column: 12 }],
      },
      {
        name: 'a quote that was edited',
        files: { 'a.yaml': header('a') + claim('11,363 migrants crossed into the country', '11,363', 11363), 'a.txt': TEXT },
        errors: [{ messageId: 'quoteMissing', file: 'a.yaml', line: 4, column: 12 }],
      },
      {
        name: 'an NFD archive and an NFC quote with a real edit in it',
        files: { 'a.yaml': header('a') + claim('11,363 crossed the Darién jungle'.normalize('NFC'), '11,363', 11363), 'a.txt': 'Then 11,363 crossed the Darién Gap.'.normalize('NFD') },
        errors: [{ messageId: 'quoteMissing', file: 'a.yaml', line: 4, column: 12 }],
      },
      {
        // "ﬁ" (one ligature character) on the page, "fi" typed: the same words only under NFKC.
        name: 'a quote that differs from the archive only in a compatibility form',
        files: { 'a.yaml': header('a') + claim('11,363 in the ﬁrst weeks', '11,363', 11363), 'a.txt': '11,363 in the first weeks' },
        errors: [{ messageId: 'quoteUnicodeForm', file: 'a.yaml', line: 4, column: 12 }],
      },
      {
        name: 'a figure that is not in its quote',
        files: { 'a.yaml': header('a') + claim('11,363 migrants had crossed', '11,364', 11364), 'a.txt': TEXT },
        errors: [{ messageId: 'figureMissing', file: 'a.yaml', line: 5, column: 13 }],
      },
    ],
  });
});
