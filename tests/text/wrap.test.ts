/**
 * wrapText keeps every word that fits a line whole, and breaks a word wider than the line only
 * where a reader still sees its parts: after a slash, after a hyphen between an id's words, beside
 * a wide character, and last between graphemes. A broken word's pieces are never joined by spaces.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTextWidth, textWidth, wrapText } from '../../src/text/wrap.js';

beforeAll(loadTextWidth);

describe('wrapText', () => {
  it('moves a word that fits the width to the next line rather than breaking it', () => {
    expect(wrapText('against ref-efe-mulino-2025-01-02 EFE', 25)).toEqual(['against', 'ref-efe-mulino-2025-01-02', 'EFE']);
  });

  it('keeps an id whole when only its punctuation makes the word too wide', () => {
    expect(wrapText('against (ref-efe-mulino-2025-01-02); the', 26)).toEqual(['against', '(ref-efe-mulino-2025-01-02', '); the']);
    expect(wrapText('a (ref-efe-mulino-2025-01-02)', 25)).toEqual(['a (', 'ref-efe-mulino-2025-01-02', ')']);
  });

  it('breaks a period wider than the width after its slash, with no space added', () => {
    expect(wrapText('2024-07-01/2024-07-17', 17)).toEqual(['2024-07-01/', '2024-07-17']);
    expect(wrapText('2024-07-01/2024-07-17 "since July 1"', 40)).toEqual(['2024-07-01/2024-07-17 "since July 1"']);
  });

  it('breaks a path wider than the width after its slashes, its pieces never joined by a space', () => {
    const lines = wrapText('draft:tests/fixtures/drafts/wrong.md (article)', 26);
    expect(lines).toEqual(['draft:tests/fixtures/', 'drafts/wrong.md (article)']);
    expect(lines.join('')).toContain('draft:tests/fixtures/drafts/wrong.md');
  });

  it('breaks an id wider than the width between its words, keeping a date in it whole', () => {
    expect(wrapText('ref-efe-informatevzla-crossings-2022-01, x', 35)).toEqual(['ref-efe-informatevzla-crossings-', '2022-01, x']);
    expect(wrapText('2024-07-17', 6)).toEqual(['2024-', '07-17']);
  });

  it('breaks a word with no break point between graphemes, at the width', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never makes a line wider than the width, down to one column', () => {
    const text = 'darien-crossings for 2024-07-01/2024-07-17: 12,363 (draft:tests/fixtures/drafts/wrong.md) against 11,363 (000, ref-ap-2024-07-17); 巴拿马达连隘口';
    for (let width = 2; width <= 60; width++) {
      expect(wrapText(text, width).filter((line) => textWidth(line) > width), `${width}`).toEqual([]);
    }
  });
});
