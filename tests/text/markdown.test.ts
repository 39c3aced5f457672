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

/** Masking keeps the text's length and lines, blanks what is gone and keeps what is kept. */
function expectMasked(text: string, gone: readonly string[], kept: readonly string[]): void {
  const { masked } = maskMarkdown(text);
  expect(masked.length).toBe(text.length);
  expect(masked.split('\n').length).toBe(text.split('\n').length);
  for (const g of gone) expect(masked, g).not.toContain(g);
  for (const k of kept) expect(masked, k).toContain(k);
}

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
  for (const [name, text, gone, kept] of cases) it(name, () => expectMasked(text, gone, kept));
});

describe('indented code blocks', () => {
  // [name, text, what must be blanked, what must stay as prose]
  const cases: Array<[string, string, string[], string[]]> = [
    ['after a blank line, four spaces', 'Crossings fell.\n\n    total = 123,456\n    print(total)\n\nThen 11,363 crossed.', ['123,456', 'print'], ['Crossings fell.', 'Then 11,363 crossed.']],
    ['at the start, with a tab', '\tcount: 999,999\nText.', ['999,999'], ['Text.']],
    ['a blank line inside the block', 'Text.\n\n    a = 1,111\n\n    b = 2,222\nAfter.', ['1,111', '2,222'], ['Text.', 'After.']],
    ['right after a line of text: its continuation', 'Crossings fell to\n    11,363 since July 1.', [], ['11,363 since July 1.']],
    ['a list item\'s continuation', '- In 2023:\n\n    520,085 crossed.\n\n1. Then\n\n    302,203 crossed.', [], ['520,085 crossed.', '302,203 crossed.']],
    ['after a list is closed by a paragraph', '- item\n\nText.\n\n    code 424,242', ['424,242'], ['- item', 'Text.']],
    ['three spaces are not code', 'Text.\n\n   11,363 crossed.', [], ['11,363 crossed.']],
  ];
  for (const [name, text, gone, kept] of cases) it(name, () => expectMasked(text, gone, kept));

  it('plain text has none: an indented paragraph stays', () => {
    const text = 'Crossings fell.\n\n    In 2023, 520,085 crossed.';
    expect(maskMarkdown(text, { plainText: true }).masked).toBe(text);
    expect(maskMarkdown(text).masked).not.toContain('520,085');
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at U.S., Mr., Sept. or a decimal, and keeps headings apart', () => {
    const text = '# Title\nU.S. officials met Mr. Smith on Sept. 19, 2021, and 2.48 million crossed. He left! Then "quotes." End';
    const sentences = splitSentences(maskMarkdown(text).masked).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['Title', 'U.S. officials met Mr. Smith on Sept. 19, 2021, and 2.48 million crossed.', 'He left!', 'Then "quotes."', 'End']);
  });

  it('ends a sentence after "a.m." or "p.m." before a capital, not before a time zone, a weekday or a bold stamp\'s close', () => {
    const text = 'The ceremony begins at 10 a.m. Born in 1959, Mulino is 65. It ends at 2 p.m. ET on Monday. Doors open at 9 a.m. Monday, July 1. He speaks at 11 a.m. Panama time, and at 1 p.m. Eastern.\n\n**9:20 a.m.** That works out to 670 a week.';
    expect(splitSentences(maskMarkdown(text).masked).map((s) => text.slice(s.start, s.end))).toEqual(['The ceremony begins at 10 a.m.', 'Born in 1959, Mulino is 65.', 'It ends at 2 p.m. ET on Monday.', 'Doors open at 9 a.m. Monday, July 1.', 'He speaks at 11 a.m. Panama time, and at 1 p.m. Eastern.', '**9:20 a.m.** That works out to 670 a week.']);
  });

  it('ends a sentence at a semicolon that ends a line when the next line opens with a capital, not elsewhere', () => {
    const text = 'Whereas 133,726 crossed in 2021;\nWhereas that total is a record;\nand whereas it rose; Panama said so.';
    expect(splitSentences(maskMarkdown(text).masked).map((s) => text.slice(s.start, s.end))).toEqual(['Whereas 133,726 crossed in 2021;', 'Whereas that total is a record;\nand whereas it rose; Panama said so.']);
  });

  it('ends a sentence before a line, or a middle-dot item, that opens with a label and a colon; not before wrapped prose or a year item after a dot', () => {
    const split = (text: string) => splitSentences(maskMarkdown(text).masked).map((s) => text.slice(s.start, s.end));
    expect(split('Enero: 1.071 · Febrero: 1.857\nAgosto: 25.332 · Septiembre: 25.505')).toEqual(['Enero: 1.071 ·', 'Febrero: 1.857', 'Agosto: 25.332 ·', 'Septiembre: 25.505']);
    expect(split('2017–2020: between 6,465 and 22,102 a year\n2021: 133,726\nFebruary of 2022: 4,262')).toEqual(['2017–2020: between 6,465 and 22,102 a year', '2021: 133,726', 'February of 2022: 4,262']);
    // Wrapped prose, a lower-case label and a year after a middle dot go on.
    expect(split('Crossings rose in\nAugust to 25,332 people\nnote: a record')).toHaveLength(1);
    expect(split('2021: 2.928 · 2022: 8.964')).toEqual(['2021: 2.928 · 2022: 8.964']);
    // A label after a line of prose: a wrapped sentence ("fell to 302,203 in⏎2024: a drop").
    expect(split('Crossings fell to 302,203 in\n2024: a drop of 40 percent.')).toHaveLength(1);
    expect(split('Trump wrote on\nFacebook: that was all.')).toHaveLength(1);
    // After a full stop the sentence has ended anyway.
    expect(split('It rose.\nNote: a record.')).toEqual(['It rose.', 'Note: a record.']);
    // A label's line that ends on its figure, then a line that opens with a capital: two sentences,
    // though markdown reads the second line on into the list's last item. Not a label's line that
    // ends on a word ("Crossings: fell to⏎January's …" wraps).
    expect(split('- March: 38,099\nMarch\'s count beat February\'s by about 5,000.')).toEqual(['March: 38,099', 'March\'s count beat February\'s by about 5,000.']);
    expect(split('Note: crossings fell to\nJanuary levels.')).toHaveLength(1);
  });

  it('keeps an answer that is only its figure with the question before it; not a year, nor an answer with its own verb', () => {
    const split = (text: string) => splitSentences(maskMarkdown(text).masked).map((s) => text.slice(s.start, s.end));
    expect(split('**How many crossed in March?** Some 13,000, by the agency\'s count.')).toEqual(['**How many crossed in March?** Some 13,000, by the agency\'s count.']);
    expect(split('¿Cuántos cruzaron en marzo? Unas 13.000 personas.')).toEqual(['¿Cuántos cruzaron en marzo? Unas 13.000 personas.']);
    expect(split('Why did the flow fall? 2024 brought a new president.')).toHaveLength(2);
    expect(split('How many crossed in March? 13,000 people walked out of the jungle.')).toHaveLength(2);
    // Only a figure that answers how many: "How long is the trek? About 6 days" is two sentences.
    expect(split('How long is the trek? About 6 days, guides say.')).toHaveLength(2);
    expect(split('Why did it fall? 2,000 agents, officials say.')).toHaveLength(2);
  });

  it('keeps a short bold figure that ends with its full stop with the sentence that glosses it; not a bold sentence', () => {
    const split = (text: string) => splitSentences(maskMarkdown(text).masked).map((s) => text.slice(s.start, s.end));
    expect(split('**6,780.** Crossings in 2017, a quiet year.')).toEqual(['**6,780.** Crossings in 2017, a quiet year.']);
    expect(split('3. **About 680 a day.** The pace of 2022.')).toEqual(['**About 680 a day.** The pace of 2022.']);
    expect(split('- **10 de octubre.** El día en que la canciller dejó el cargo.')).toEqual(['**10 de octubre.** El día en que la canciller dejó el cargo.']);
    expect(split('**Panama counted 520,085 in all of 2023.** It was a record.')).toHaveLength(2);
  });

  it('reads a bold line that names a year, alone on its line, as a heading; not a bold label with words after it', () => {
    const split = (text: string) => splitSentences(maskMarkdown(text).masked).map((s) => [text.slice(s.start, s.end), s.heading]);
    expect(split('**2021, mes a mes**\n- Enero: 1.071.')).toEqual([['2021, mes a mes', true], ['Enero: 1.071.', false]]);
    expect(split('**El año pasado**, según el SNM: 248.284.')).toEqual([['**El año pasado**, según el SNM: 248.284.', false]]);
    expect(split('**Sábado.**\nUn sondeo.')[0]![1]).toBe(false);
  });

  it('treats each line of plain text as a paragraph when asked', () => {
    const text = 'Epoch Times Photo\nHaitian migrants cross the jungle';
    expect(splitSentences(text, { hardLineBreaks: true }).map((s) => text.slice(s.start, s.end))).toEqual(['Epoch Times Photo', 'Haitian migrants cross the jungle']);
    expect(splitSentences(text).length).toBe(1);
  });

  it('places each table cell by table, row (0: the header row) and column', () => {
    const text = ['| Year | Crossings |', '|---|--:|', '| 2023 | 520,085 |', '| 2024 | 302,203 |', '', 'Prose.', '', '| no | header |'].join('\n');
    const cells = splitSentences(maskMarkdown(text).masked).map((s) => [text.slice(s.start, s.end), s.cell ? [s.cell.table, s.cell.row, s.cell.column] : null]);
    expect(cells).toEqual([
      ['Year', [0, 0, 0]], ['Crossings', [0, 0, 1]],
      ['2023', [0, 1, 0]], ['520,085', [0, 1, 1]],
      ['2024', [0, 2, 0]], ['302,203', [0, 2, 1]],
      ['Prose.', null],
      ['no', [1, -1, 0]], ['header', [1, -1, 1]],
    ]);
  });
});
