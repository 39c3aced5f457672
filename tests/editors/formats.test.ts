/**
 * The editors' formatters on hand-made data: escaping, highlighting, colour only when asked, and
 * (by snapshot) the layout of the table and the chart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTextWidth } from '../../src/text/wrap.js';
import type { ClaimView } from '../../src/editors/claim-view.js';
import type { SourcesResult } from '../../src/editors/sources.js';
import type { Timeline } from '../../src/editors/timeline.js';
import { formatClaimsMarkdown } from '../../src/formats/claims-markdown.js';
import { formatClaimsTable } from '../../src/formats/claims-table.js';
import { formatSourcesJson } from '../../src/formats/sources-json.js';
import { formatSourcesMarkdown } from '../../src/formats/sources-markdown.js';
import { formatSourcesTable } from '../../src/formats/sources-table.js';
import { formatTimeline } from '../../src/formats/timeline.js';

const ESC = '\u001b';
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function claim(overrides: Partial<ClaimView> = {}): ClaimView {
  const quote = overrides.quote ?? 'reported that 11,363 migrants had crossed | since July 1';
  const figure = overrides.figure ?? '11,363';
  const start = quote.indexOf(figure);
  return {
    id: 'a-1',
    role: 'states',
    figure,
    value: 11363,
    range: '= 11,363',
    interval: [11362.5, 11363.5],
    unit: 'people',
    per: null,
    metric: 'crossings',
    place: 'Darién',
    period: '2024-07-01/2024-07-17',
    periodWords: 'since July 1',
    quote,
    attribution: 'Wire | Daily ← Border Service',
    citation: 'Wire | Daily, "Title <b>", 2024-07-17',
    source: { id: 'a', kind: 'article', outlet: 'Wire | Daily', title: 'Title <b>', author: 'X', pageDate: '2024-07-17', pageDateInferred: false, republishedFrom: null },
    location: { file: 'claims/sources/a.yaml', line: 3, column: 9 },
    highlight: start >= 0 ? [start, start + figure.length] : null,
    comparison: null,
    verdict: null,
    ...overrides,
  };
}

function result(overrides: Partial<SourcesResult> = {}): SourcesResult {
  return {
    query: { text: '11,363', value: 11363, range: '= 11,363', interval: [11362.5, 11363.5], hedge: null, unit: null, per: null },
    filters: { metric: null, period: null },
    groups: [
      {
        metric: 'crossings',
        counts: 'migrants crossing into Panama',
        place: 'Darién',
        unit: 'people',
        per: null,
        comparison: null,
        period: '2024-07-01/2024-07-17',
        states: [claim()],
        consistent: [],
        contradicts: [claim({ id: 'b-1', figure: '9,000', value: 9000, range: '= 9,000', quote: 'only 9,000 crossed', role: 'contradicts', source: { ...claim().source, id: 'b', kind: 'reference' } })],
      },
    ],
    lookalikes: [],
    citations: [{ sourceId: 'a', kind: 'article', citation: 'Wire | Daily, "Title <b>", 2024-07-17; citing Border Service' }],
    nearest: [],
    ...overrides,
  };
}

// The CLI loads string-width before formatting text beyond plain Latin and punctuation; so do these tests.
beforeAll(loadTextWidth);

describe('sources formats', () => {
  it('table without colour: no escape codes, the figure marked [[…]] in its quote', () => {
    const out = formatSourcesTable(result(), { width: 100, color: false });
    expect(out).not.toContain(ESC);
    expect(out).toContain('[[11,363]]');
    expect(out).toContain('Contradicts it (same metric and period, intervals do not overlap) (1 claim)');
    expect(out).toContain('Consistent with it (same metric and period, intervals overlap): none');
  });

  it('table with colour: the figure in bold inverse, no [[…]]', () => {
    const out = formatSourcesTable(result(), { width: 100, color: true });
    expect(out).toContain(`${ESC}[1m${ESC}[7m11,363`);
    expect(out).not.toContain('[[11,363]]');
  });

  it('table with colour: the borders line up as they do without colour', () => {
    const strip = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
    const lines = strip(formatSourcesTable(result(), { width: 100, color: true })).split('\n').filter((line) => /^[│┌├└]/.test(line));
    expect(lines.length).toBeGreaterThan(8);
    expect(new Set(lines.map((line) => [...line].length))).toEqual(new Set([100]));
  });

  it('table: control characters from article text never reach the terminal', () => {
    const out = formatSourcesTable(result({ groups: [{ ...result().groups[0]!, states: [claim({ quote: `11,363 crossed${ESC}]0;pwned\u0007 today` })] }] }), { width: 100, color: false });
    expect(out).not.toContain(ESC);
    expect(out).toContain('\\e]0;pwned');
  });

  it('a highlight marker in article text cannot open a highlight', () => {
    const out = formatSourcesTable(result({ groups: [{ ...result().groups[0]!, states: [claim({ quote: '11,363 \uE000crossed' })] }] }), { width: 100, color: true });
    expect(out).toContain('\\ue000');
  });

  it('markdown: pipes and HTML in article text are escaped, the figure is bold', () => {
    const out = formatSourcesMarkdown(result());
    expect(out).toContain('“reported that **11,363** migrants had crossed \\| since July 1”');
    expect(out).toContain('Wire \\| Daily');
    expect(out).toContain('&lt;b&gt;');
    expect(out).not.toContain('<b>');
    // Every table row has exactly its five cell borders: no pipe broke a cell.
    for (const line of out.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.replace(/\\\|/g, '').split('|').length - 1).toBe(5);
    }
  });

  it('json: the result as it is, unbounded intervals as null', () => {
    const parsed = JSON.parse(formatSourcesJson(result({ query: { ...result().query, interval: [9000, null] } })));
    expect(parsed.version).toBe(1);
    expect(parsed.query.interval).toEqual([9000, null]);
    expect(parsed.groups[0].states[0].highlight).toEqual([14, 20]);
  });

  it('no match: says so and lists the nearest figures', () => {
    const out = formatSourcesTable(result({ groups: [], citations: [], filters: { metric: 'crossings', period: null }, nearest: [claim({ role: 'nearest' })] }), { width: 100, color: false });
    expect(out).toContain('No claim states "11,363" for crossings.');
    expect(out).toContain('Nearest figures for crossings');
  });

  it('table layout', () => {
    expect(formatSourcesTable(result(), { width: 100, color: false })).toMatchSnapshot();
  });
});

describe('sources and claims at a width their columns cannot hold each word at', () => {
  const ID = 'ref-aljazeera-2025-01-03';
  const narrow = () => result({ groups: [{ ...result().groups[0]!, states: [claim({ source: { ...claim().source, id: ID } })], contradicts: [] }] });
  const lines = (text: string) => text.split('\n');

  it('claims are cards: the id and the period whole on lines of their own, no line wider than the width', () => {
    const out = formatSourcesTable(narrow(), { width: 60, color: false });
    expect(out).not.toMatch(/[┌│└]/);
    expect(lines(out)).toContain(`    ${ID} (article)`);
    expect(lines(out)).toContain('    2024-07-01/2024-07-17');
    expect(lines(out).filter((line) => line.length > 60 && !line.startsWith(`  a: `))).toEqual([]);
  });

  it('at 100 columns the same claim is a table that holds the id and the period whole', () => {
    const out = formatSourcesTable(narrow(), { width: 100, color: false });
    expect(out).toMatch(new RegExp(`│ 2024-07-01/2024-07-17 +│ ${ID} +│`));
  });

  it('a card with colour: the figure painted in its quote, no line padded at its end', () => {
    const out = formatSourcesTable(narrow(), { width: 60, color: true });
    expect(out).toContain(`${ESC}[1m${ESC}[7m11,363`);
    expect(lines(out).filter((line) => line.endsWith(' '))).toEqual([]);
  });

  it('the lookalikes: a period whole in the table; in cards, what a lookalike counts only on its first claim', () => {
    const other = claim({ id: 'c-1', figure: '11,363', source: { ...claim().source, id: ID } });
    const lookalikes = [{ metric: 'other-metric', counts: 'something else', place: 'Darién', unit: 'people', per: null, comparison: null, claims: [claim(), other], shown: true }];
    const wide = formatSourcesTable(result({ lookalikes }), { width: 100, color: false });
    expect(wide).toMatch(/│ 2024-07-01\/2024-07-17 +│ a \(article\)/);
    const cards = formatSourcesTable(result({ lookalikes }), { width: 50, color: false }).split('Lookalikes: ')[1]!;
    expect(cards.match(/^ {2}what it counts$/gm)).toHaveLength(1);
    expect(lines(cards)).toContain(`    ${ID} (article)`);
  });

  it("darien's own lines wrap with a hanging indent: a metric id or a period never starts a line", () => {
    const long = result({ groups: [{ ...result().groups[0]!, metric: 'darien-crossings-typical-year', comparison: 'difference, decrease against 2023-07-01/2023-07-17' }] });
    const out = lines(formatSourcesTable(long, { width: 40, color: false }));
    const heading = out.findIndex((line) => line.startsWith('metric '));
    expect(out.slice(heading, heading + 4)).toEqual(['metric darien-crossings-typical-year ·', '  2024-07-01/2024-07-17 · people ·', '  difference, decrease against', '  2023-07-01/2023-07-17']);
    const listing = formatClaimsTable({ filters: { metric: null, source: null, period: null }, claims: [claim({ metric: 'darien-crossings-typical-year' })], total: 1 }, { width: 31, color: false });
    // At 31 columns the id (29) fits its indented line, not the heading's first.
    expect(lines(listing).slice(0, 2)).toEqual(['metric', '  darien-crossings-typical-year']);
  });
});

describe('claims markdown', () => {
  it('a section per metric, cells escaped', () => {
    const out = formatClaimsMarkdown({ filters: { metric: null, source: null, period: null }, claims: [claim(), claim({ id: 'z', metric: 'other' })], total: 5 });
    expect(out).toContain('## Claims: 2 claims of 5');
    expect(out).toContain('### crossings');
    expect(out).toContain('### other');
    expect(out).toContain('\\|');
  });
});

describe('timeline format', () => {
  const timeline: Timeline = {
    metric: 'crossings',
    counts: 'migrants crossing into Panama',
    start: day('2023-01-01'),
    end: day('2024-12-31'),
    sections: [
      {
        title: 'totals',
        metric: 'crossings',
        unit: 'people',
        per: null,
        rows: [
          { claimId: 'a-1', sourceId: 'a', sourceKind: 'article', figure: 'over half a million', range: '500,000 – 550,000', period: '2023', start: day('2023-01-01'), end: day('2023-12-31'), conflicts: [] },
          { claimId: 'r-1', sourceId: 'ref', sourceKind: 'reference', figure: '300,549', range: '= 300,549', period: '2024', start: day('2024-01-01'), end: day('2024-12-31'), conflicts: [1] },
        ],
      },
      {
        title: 'per day',
        metric: 'crossings-daily',
        unit: 'people',
        per: 'day',
        rows: [{ claimId: 'd-1', sourceId: 'a', sourceKind: 'article', figure: 'just 140', range: '135 – 145', period: null, start: null, end: null, conflicts: [] }],
      },
    ],
    conflicts: [{ number: 1, check: 'figure-conflict', message: 'crossings for 2024: 300,549 against 302,203.', claims: ['r-1'] }],
  };

  it('without colour: no escape codes; marks, bars, flags and the conflict list are plain text', () => {
    const out = formatTimeline(timeline, { width: 80, color: false });
    expect(out).not.toContain(ESC);
    const lines = out.split('\n');
    const reference = lines.find((line) => line.includes('300,549'))!;
    expect(reference.startsWith('!1 ◆ 300,549')).toBe(true);
    expect(reference).toMatch(/├─*◆─*┤$/);
    expect(lines.find((line) => line.includes('500,000'))).toMatch(/^ {3}● 500,000 – 550,000 .*├─*●─*┤/);
    expect(lines.find((line) => line.includes('135 – 145'))).toMatch(/135 – 145 +a +unknown /);
    // Without room for the period column, the chart itself says the period is unknown.
    expect(formatTimeline(timeline, { width: 50, color: false })).toContain('period unknown');
    expect(out).toContain('!1 figure-conflict: crossings for 2024: 300,549 against 302,203.');
  });

  it('the bar of a later period lies to the right of an earlier one', () => {
    const lines = formatTimeline(timeline, { width: 80, color: false }).split('\n');
    const barStart = (text: string) => lines.find((line) => line.includes(text))!.indexOf('├');
    expect(barStart('300,549')).toBeGreaterThan(barStart('500,000'));
  });

  it('with colour: a conflict is red', () => {
    expect(formatTimeline(timeline, { width: 80, color: true })).toContain(`${ESC}[31m${ESC}[1m!1`);
  });

  it('a source id of 24 characters is shown whole where the terminal is wide', () => {
    const id = 'ref-aljazeera-2025-01-03';
    const wide: Timeline = { ...timeline, sections: timeline.sections.map((s) => ({ ...s, rows: s.rows.map((row) => ({ ...row, sourceId: id })) })) };
    const lines = formatTimeline(wide, { width: 140, color: false }).split('\n').filter((line) => line.includes('300,549'));
    expect(lines[0]).toContain(` ${id} `);
  });

  it('chart layout', () => {
    expect(formatTimeline(timeline, { width: 80, color: false })).toMatchSnapshot();
  });
});
