/** Masking markdown keeps offsets: what is not prose becomes spaces, line breaks stay. */
import { describe, expect, it } from 'vitest';
import { maskMarkdown } from '../../src/text/markdown.js';
import { splitSentences } from '../../src/text/sentences.js';

const DRAFT = [
  '---',
  'title: "Crossings: 2024"',
  'date: 2024-07-17',
  '---',
  '# Crossings fall',
  '',
  'Since July 1, 11,363 crossed, says the [AP](https://apnews.com/2024/302203 "2024").',
  'See `300,549 in 2024` and https://example.org/520085 <!-- darien-ignore -->.',
  '',
  '```',
  '123,456 in code',
  '```',
  '<img width="640" src="x.png"> [ref]: https://example.org/1 U.S. officials met Mr. Smith on Sept. 19, 2021. He left.',
].join('\n');

describe('maskMarkdown', () => {
  const masked = maskMarkdown(DRAFT);

  it('keeps length and line breaks', () => {
    expect(masked.masked.length).toBe(DRAFT.length);
    expect(masked.masked.split('\n').length).toBe(DRAFT.split('\n').length);
  });

  it('reads front matter fields with their line and column', () => {
    expect(masked.frontMatter.fields.get('date')).toEqual({ value: '2024-07-17', line: 3, column: 7 });
    expect(masked.frontMatter.fields.get('title')!.value).toBe('Crossings: 2024');
  });

  it('blanks front matter, code, link targets, URLs and comments, keeps prose and link text', () => {
    for (const gone of ['2024-07-17', 'apnews', '300,549', 'example.org/520085', '123,456', 'darien-ignore', 'width', 'https://example.org/1']) {
      expect(masked.masked, gone).not.toContain(gone);
    }
    for (const kept of ['Since July 1, 11,363 crossed', '[AP]', 'Crossings fall']) expect(masked.masked).toContain(kept);
    expect(DRAFT.indexOf('11,363')).toBe(masked.masked.indexOf('11,363'));
  });

  it('collects HTML comments for ignore directives', () => {
    expect(masked.comments.map((c) => c.body)).toEqual(['darien-ignore']);
  });
});

describe('link targets in angle brackets', () => {
  // [name, text, what must be blanked, what must stay as prose]
  const cases: Array<[string, string, string[], string[]]> = [
    ['a target with spaces', 'See the [table](<https://x.org/a b 99,999>).', ['x.org', '99,999'], ['See the [table]']],
    ['a target with spaces and a title', '[table](<https://x.org/a b 99,999> "2024 figures") here', ['99,999', '2024 figures'], ['[table]', ' here']],
    ['an image with spaces and parentheses', '![chart](<charts/2024 (v2) 31.png>) 11,363 crossed', ['2024', 'v2', '31.png'], ['![chart]', '11,363 crossed']],
    ['only up to its own end', '[a](<https://x.org/1 2>) then 99,999 more (<b>)', ['x.org'], ['[a]', 'then 99,999 more']],
    ['not the link text', '[99,999 crossed](<https://x.org/a b>)', ['x.org'], ['[99,999 crossed]']],
    ['no target across a line break (CommonMark): no link, the figure stays', '[t](<https://x.org/a\nb 99,999>)', [], ['b 99,999']],
  ];
  for (const [name, text, gone, kept] of cases) {
    it(name, () => {
      const { masked } = maskMarkdown(text);
      expect(masked.length).toBe(text.length);
      for (const g of gone) expect(masked, g).not.toContain(g);
      for (const k of kept) expect(masked, k).toContain(k);
    });
  }
});

describe('splitSentences', () => {
  it('does not end a sentence at U.S., Mr., Sept. or a decimal, and keeps headings apart', () => {
    const text = '# Title\nU.S. officials met Mr. Smith on Sept. 19, 2021, and 2.48 million crossed. He left! Then "quotes." End';
    const sentences = splitSentences(maskMarkdown(text).masked).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['Title', 'U.S. officials met Mr. Smith on Sept. 19, 2021, and 2.48 million crossed.', 'He left!', 'Then "quotes."', 'End']);
  });

  it('treats each line of plain text as a paragraph when asked', () => {
    const text = 'Epoch Times Photo\nHaitian migrants cross the jungle';
    expect(splitSentences(text, { hardLineBreaks: true }).map((s) => text.slice(s.start, s.end))).toEqual(['Epoch Times Photo', 'Haitian migrants cross the jungle']);
    expect(splitSentences(text).length).toBe(1);
  });
});
