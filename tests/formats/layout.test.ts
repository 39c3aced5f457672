/**
 * Terminal layout with text a terminal draws wider or narrower than its length: every line of a
 * table is exactly the table's width as string-width measures it (what terminals draw, and what
 * cli-table3 measures with), the brief format fits its width, and wrapping never splits a grapheme
 * or an id that fits its column.
 */
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefCells, formatBrief } from '../../src/formats/brief.js';
import { findingLine, formatLine } from '../../src/formats/line.js';
import { columnWidths, formatTable, holdsWhole, TABLE_MIN_WIDTH } from '../../src/formats/table.js';
import type { Report, ReportedClaim } from '../../src/report.js';
import { allNarrow, isNarrow, loadTextWidth, textWidth, unbreakableWidth, wrapText } from '../../src/text/wrap.js';
import { reportedClaim as claim } from './reported-claim.js';

beforeAll(loadTextWidth);

const FAMILY = '👨‍👩‍👧'; // five code points, drawn in two columns
const WIDE = {
  'an emoji ZWJ sequence': `a family ${FAMILY} crossed, then ${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}`,
  'emoji drawn wide (✅ ☕)': '✅ ☕ ✅☕✅☕✅☕✅☕✅☕✅☕✅☕✅☕✅☕ checked over coffee',
  CJK: '巴拿马达连隘口的移民人数在二零二三年达到五十二万人次创下历史新高',
  'combining marks': 'Darie\u0301n Gap cro\u0308ssings re\u0301corded by the Servicio Nacional de Migracio\u0301n',
  'a flag and a skin tone': '🇵🇦 🇵🇦🇵🇦🇵🇦 👍🏽👍🏽👍🏽 a flag and a thumb',
};

function report(claims: ReportedClaim[], message = 'The parts add up to 8,963 – 8,965, more than 8,456.'): Report {
  return {
    findings: [{ check: 'part-whole', severity: 'error', messageId: 'x', message, location: claims[0]!.location, claims }],
    summary: { errors: 1, warnings: 0, infos: 0, hidden: 0, claims: 2, sources: 2, files: 1, skippedChecks: [] },
    minSeverity: 'warning',
  };
}

/** The same wide text in every cell a person reads: quote, figure, period words, source. */
function wideClaims(text: string): ReportedClaim[] {
  const wide = claim({ quote: text, figure: `8,456 ${text.slice(0, 12)}`, periodWords: text.slice(0, 20), attribution: text.slice(0, 30), source: { ...claim().source, outlet: text.slice(0, 16) } });
  return [wide, claim({ id: 'b1', role: 'part', figure: '4.702', source: { ...claim().source, id: 'ref-efe-informatevzla', kind: 'reference' } })];
}

const boxed = (line: string) => /^[┌│├└]/.test(line);

describe('text width', () => {
  const cases: Array<[string, number]> = [
    [FAMILY, 2],
    ['✅', 2],
    ['☕', 2],
    ['漢字', 4],
    ['e\u0301', 1],
    ['🇵🇦', 2],
    ['👍🏽', 2],
    ['Darién – “quoted” ← …', 21],
  ];
  for (const [text, width] of cases) it(`${JSON.stringify(text)} is ${width} columns`, () => expect(textWidth(text)).toBe(width));

  it('measures by length only what string-width measures by length too', () => {
    const narrow: string[] = [];
    for (let code = 0x20; code <= 0x2200; code++) {
      const char = String.fromCodePoint(code);
      if (isNarrow(char)) narrow.push(char);
    }
    expect(narrow.length).toBeGreaterThan(700);
    expect(narrow.filter((char) => stringWidth(char) !== 1).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
    for (const text of Object.values(WIDE)) expect(isNarrow(text)).toBe(false);
  });

  it('allNarrow looks into every string of a report', () => {
    expect(allNarrow(report([claim()]))).toBe(true);
    expect(allNarrow(report([claim({ source: { ...claim().source, outlet: '新华社' } })]))).toBe(false);
  });

  it('wraps between graphemes, never inside an emoji sequence or before a combining mark', () => {
    const lines = wrapText(`${FAMILY.repeat(5)} e\u0301e\u0301e\u0301e\u0301e\u0301`, 3);
    expect(lines.slice(0, 5)).toEqual(Array(5).fill(FAMILY));
    expect(lines.slice(5)).toEqual(['e\u0301e\u0301e\u0301', 'e\u0301e\u0301']);
  });
});

// The narrowest table that holds wideClaims' words whole: the frame (13), "disputed" (8), the period
// 2022-01/2022-02 (15), the id ref-efe-informatevzla (21) and the quote's least (16).
const WIDE_TABLE_MIN = 73;

describe('the table format with wide characters', () => {
  for (const [name, text] of Object.entries(WIDE)) {
    for (const width of [WIDE_TABLE_MIN, 80, 101, 132]) {
      it(`${name} at ${width} columns: every table line is ${width} wide`, () => {
        const lines = formatTable(report(wideClaims(text)), { width }).trimEnd().split('\n');
        const table = lines.filter(boxed);
        expect(table.length).toBeGreaterThan(5);
        expect(table.map((line) => stringWidth(line)).filter((w) => w !== width)).toEqual([]);
        // The rest (message, summary) fits as well; the location line alone is never broken.
        expect(lines.slice(1).filter((line) => !boxed(line) && stringWidth(line) > width)).toEqual([]);
      });
    }
  }

  it('below the tables’ least width, or where the columns cannot hold each word whole, each claim is a card that fits', () => {
    for (const [name, text] of Object.entries(WIDE)) {
      for (const width of [20, 30, TABLE_MIN_WIDTH - 1, TABLE_MIN_WIDTH, 60, WIDE_TABLE_MIN - 1]) {
        const lines = formatTable(report(wideClaims(text)), { width }).trimEnd().split('\n');
        expect(lines.filter(boxed), `${name} at ${width}`).toEqual([]);
        expect(lines.slice(1).filter((line) => stringWidth(line) > width), `${name} at ${width}`).toEqual([]);
        expect(lines).toContain('  source');
        if (width >= 30) expect(lines.filter((line) => line.startsWith('    ref-efe-informatevzla')), `${name} at ${width}`).toHaveLength(1);
      }
    }
  });

  it('counts CJK and emoji as break points, so a quote of them is no unbreakable word', () => {
    expect(unbreakableWidth(WIDE.CJK)).toBe(2);
    expect(unbreakableWidth(`${FAMILY}${FAMILY}then${FAMILY}`)).toBe(4);
    expect(unbreakableWidth('Darie\u0301n')).toBe(6);
    expect(unbreakableWidth('ref-efe-informatevzla')).toBe(21);
    expect(formatTable(report(wideClaims(WIDE.CJK)), { width: WIDE_TABLE_MIN })).toMatch(/^┌/m);
  });

  it('keeps ids and periods whole: columns widen to hold them, and where they cannot, each claim is a card', () => {
    const id = 'ref-aljazeera-2025-01-03';
    const r = report([claim({ source: { ...claim().source, id } }), claim({ period: '2024-07-01/2024-07-17', periodWords: 'since July 1' })]);
    // The frame (13), "disputed" (8), the period (21), the id (24) and the quote's least (16).
    for (const width of [82, 100]) {
      const out = formatTable(r, { width });
      expect(out, `${width}`).toContain(`│ ${id} `);
      expect(out, `${width}`).toMatch(/│ 2024-07-01\/2024-07-17 +│/);
    }
    for (const width of [60, 81]) {
      const lines = formatTable(r, { width }).split('\n');
      expect(lines.filter(boxed), `${width}`).toEqual([]);
      expect(lines, `${width}`).toContain(`    ${id} (article)`);
      expect(lines, `${width}`).toContain('    2024-07-01/2024-07-17');
    }
    // Columns and frame add up to the width, ids or not.
    for (const width of [44, 60, 80, 132]) expect(columnWidths(width, [30, 30, 30]).reduce((a, b) => a + b, 13)).toBe(width);
  });

  it('narrows a column to its own longest word to give another column room for an id', () => {
    // At 80 the shares are 13, 13, 16 and 25; the quote keeps 16, so the id's other 3 columns
    // come from the figure column, whose longest word is 8 wide.
    expect(columnWidths(80, [8, 4, 28, 9])).toEqual([10, 13, 28, 16]);
    expect(holdsWhole(columnWidths(80, [8, 4, 28, 9]), [8, 4, 28, 9])).toBe(true);
    expect(holdsWhole(columnWidths(80, [8, 21, 28, 9]), [8, 21, 28, 9])).toBe(false);
  });
});

describe('the brief format', () => {
  it('gives a claim one line of role, figure, period and source at 80 columns', () => {
    const out = formatBrief(report([claim(), claim({ id: 'b1', role: 'part', figure: '4.702', period: '2022-01', source: { ...claim().source, id: 'ref-efe-informatevzla', outlet: 'EFE', kind: 'reference' } })]), { width: 80 });
    expect(out.split('\n')).toEqual([
      'claims/sources/004.yaml:129:12',
      'error  part-whole',
      '  The parts add up to 8,963 – 8,965, more than 8,456.',
      '  disputed  8,456  2022-01/2022-02  004 The Epoch Times',
      '  part      4.702  2022-01          ref-efe-informatevzla EFE',
      '',
      '1 error, 0 warnings, 0 info in 2 claims from 2 sources in 1 file',
      '',
    ]);
  });

  it('names a source of no known outlet, and a draft, by id alone', () => {
    expect(briefCells(claim({ source: { ...claim().source, id: '000', outlet: 'unknown' } }))[3]).toBe('000');
    expect(briefCells(claim({ source: { ...claim().source, id: 'draft:drafts/a.md', outlet: 'draft' } }))[3]).toBe('draft:drafts/a.md');
  });

  for (const [name, text] of Object.entries(WIDE)) {
    it(`${name}: every line but the location fits, from 20 to 132 columns`, () => {
      for (const width of [20, 40, 60, 80, 132]) {
        const lines = formatBrief(report(wideClaims(text)), { width }).trimEnd().split('\n');
        expect(lines.slice(1).filter((line) => stringWidth(line) > width), `${width}`).toEqual([]);
      }
    });
  }

  it('keeps a source id whole by wrapping the figure between its words, where that makes room', () => {
    const id = 'ref-aljazeera-2025-01-03';
    const r = report([claim({ figure: 'An estimated 520,085', period: '2023', source: { ...claim().source, id, outlet: 'Al Jazeera' } }), claim({ role: 'other side', figure: '511,103', period: '2023' })]);
    const lines = formatBrief(r, { width: 60 }).split('\n');
    expect(lines.some((line) => line.includes(id))).toBe(true);
    expect(lines.filter((line) => stringWidth(line) > 60 && !line.startsWith('claims/'))).toEqual([]);
    expect(lines.slice(3, 6)).toEqual([
      '  disputed    An estimated    2023  ref-aljazeera-2025-01-03',
      '              520,085               Al Jazeera',
      '  other side  511,103         2023  004 The Epoch Times',
    ]);
  });

  // The audit's case (issue 13): at 55 columns these ids were broken, "ref-efe-mulino-2025-01-0" / "2".
  const aljazeera = () =>
    report([
      claim({ figure: 'An estimated 520,085', period: '2023', source: { ...claim().source, id: 'ref-aljazeera-2025-01-03', outlet: 'Al Jazeera' } }),
      claim({ role: 'other side', figure: '511,103', period: '2023', source: { ...claim().source, id: 'ref-efe-mulino-2025-01-02', outlet: 'EFE' } }),
    ], 'Apart.');

  it('puts each claim’s source on a line of its own, whole, when no source column can hold its id', () => {
    for (const width of [40, 50, 55]) {
      expect(formatBrief(aljazeera(), { width }).split('\n').slice(3, 7), `${width}`).toEqual([
        '  disputed    An estimated 520,085  2023',
        '    ref-aljazeera-2025-01-03 Al Jazeera',
        '  other side  511,103               2023',
        '    ref-efe-mulino-2025-01-02 EFE',
      ]);
    }
    expect(formatBrief(aljazeera(), { width: 56 }).split('\n')[3]).toBe('  disputed    An         2023  ref-aljazeera-2025-01-03');
  });

  it('when even three columns cannot hold their words, each claim wraps on lines of its own', () => {
    const out = formatBrief(report([claim({ role: 'a long role name', figure: 'more than half a million', period: '2024-01-01/2024-07-17' })], 'Apart.'), { width: 44 });
    expect(out.split('\n').slice(3, 6)).toEqual(['  a long role name: more than half a', '    million, 2024-01-01/2024-07-17, 004 The', '    Epoch Times']);
  });

  it('breaks only a word wider than the line: a path after its slashes, a period after its slash', () => {
    const draft = claim({ period: '2024-01-01/2024-07-17', source: { ...claim().source, id: 'draft:drafts/a-long-draft-name/crossings.md', outlet: 'draft' } });
    expect(formatBrief(report([draft], 'Apart.'), { width: 40 }).split('\n').slice(3, 6)).toEqual([
      '  disputed  8,456  2024-01-01/2024-07-17',
      '    draft:drafts/a-long-draft-name/',
      '    crossings.md',
    ]);
    expect(formatBrief(report([draft], 'Apart.'), { width: 20 }).split('\n').slice(3)).toEqual(
      expect.arrayContaining(['    2024-01-01/', '    2024-07-17,', '    draft:drafts/']),
    );
  });
});

describe('the line format', () => {
  it('writes file:line:col  severity  check  message, one line a finding, the summary last', () => {
    const r = report([claim()], 'first line\nsecond line');
    const other = { ...r.findings[0]!, severity: 'warning' as const, check: 'page-date', message: 'The period 2024 runs past the page date.', location: { file: 'drafts/a b.md', line: 3, column: 7 } };
    const out = formatLine({ ...r, findings: [r.findings[0]!, other] });
    expect(out.split('\n')).toEqual([
      'claims/sources/004.yaml:129:12  error  part-whole  first line second line',
      'drafts/a b.md:3:7  warning  page-date  The period 2024 runs past the page date.',
      'darien: 1 error, 0 warnings, 0 info in 2 claims from 2 sources in 1 file',
      '',
    ]);
  });

  it('starts a hostile file name as ./name, so no line starts with it', () => {
    const finding = report([claim({ location: { file: '::error::x.md', line: 1, column: 2 } })]).findings[0]!;
    expect(findingLine(finding)).toBe('./::error::x.md:1:2  error  part-whole  The parts add up to 8,963 – 8,965, more than 8,456.');
  });
});
