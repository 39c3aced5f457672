/**
 * Reading an official series: tables that must import, and tables whose every problem must be
 * reported at its cell (line and column), as the registry's problems are.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSeries, readCsv, readNumber, readSeries } from '../../src/import/index.js';
import { loadRegistry } from '../../src/registry/load.js';
import { schemaModeline } from '../../src/registry/schema-path.js';
import { ROOT } from '../cli/run.js';

const { parse } = createRequire(import.meta.url)('csv-parse/sync') as { parse: (input: string, options: Record<string, unknown>) => unknown };

function problemsOf(csv: string, options: { allowGaps?: boolean; language?: 'en' | 'es'; counts?: boolean } = {}): string[] {
  const table = readCsv(csv, 't.csv', parse);
  const series = readSeries(table, { file: 't.csv', periodColumn: 'period', valueColumn: 'value', language: options.language ?? 'en', allowGaps: options.allowGaps ?? false, counts: options.counts ?? true });
  return series.problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
}

describe('readNumber', () => {
  it.each([
    ['1,071', 'en', 1071],
    ['1071', 'en', 1071],
    ['133,726', 'en', 133726],
    ['12.5', 'en', 12.5],
    ['-3', 'en', -3],
    // A Spanish table imported as English reads its thousands as decimals: --language says which.
    ['1.071', 'en', 1.071],
    ['1.071', 'es', 1071],
    ['248.284', 'es', 248284],
    ['12,5', 'es', 12.5],
  ] as const)('%s (%s) reads as %d', (text, language, value) => {
    expect(readNumber(text, language)).toBe(value);
  });

  it.each([['n/a'], [''], ['-'], ['1,07'], ['12 000'], ['3%'], ['1,071.5.2']])('%j is not a number in English', (text) => {
    expect(readNumber(text, 'en')).toBeNull();
  });
});

describe('readSeries: tables that import', () => {
  it.each([
    ['months in order', 'period,value\n2021-01,5\n2021-02,6\n2021-03,7\n'],
    ['months out of order', 'period,value\n2021-03,7\n2021-01,5\n2021-02,6\n'],
    ['a year with its twelve months, adding up', `period,value\n${Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')},10`).join('\n')}\n2020,120\n`],
    ['years and a Total row that adds up', 'period,value\n2019,"1,000"\n2020,"2,000"\nTotal,"3,000"\n'],
    ['quoted cells, CRLF and a byte-order mark', '\uFEFFperiod,value\r\n"2021-01","1,071"\r\n2021-02,"1,857"\r\n'],
    ['blank lines between rows', 'period,value\n2021-01,5\n\n2021-02,6\n'],
  ])('%s', (_name, csv) => {
    expect(problemsOf(csv)).toEqual([]);
  });

  it('a year in a table of months is a total; claims know which', () => {
    const table = readCsv('period,value\n2021-01,5\n2021,100\n', 't.csv', parse);
    const series = readSeries(table, { file: 't.csv', periodColumn: 'period', valueColumn: 'value', language: 'en', allowGaps: true, counts: true });
    expect(series.rows.map((row) => [row.period, row.kind])).toEqual([
      ['2021-01', 'part'],
      ['2021', 'total'],
    ]);
  });
});

describe('readSeries: every problem at its cell', () => {
  it.each([
    ['a duplicate period', 'period,value\n2021-01,5\n2021-02,6\n2021-01,7\n', ['4:1: 2021-01 again: already on line 2']],
    [
      'a gap of months',
      'period,value\n2021-01,5\n2021-02,6\n2021-05,7\n',
      ['4:1: gap before 2021-05: no row for 2021-03 to 2021-04 (the month before is 2021-02, line 3); pass --allow-gaps if the table leaves them out'],
    ],
    ['a gap of one year', 'period,value\n2018,5\n2020,6\n', ['3:1: gap before 2020: no row for 2019 (the year before is 2018, line 2); pass --allow-gaps if the table leaves them out']],
    ['a figure that is not a number', 'period,value\n2021-01,n/a\n', ['2:9: value: "n/a" is not a number (write it as 1,071 or 1071.5; --language en)']],
    ['an empty figure', 'period,value\n2021-01,\n', ['2:9: value: an empty cell is not a number (write it as 1,071 or 1071.5; --language en)']],
    ['a period that is not one', 'period,value\nJan 2021,5\n', ['2:1: period: "Jan 2021" is not a month (YYYY-MM), a year (YYYY) or "Total"']],
    ['a month 13', 'period,value\n2021-13,5\n', ['2:1: period: "2021-13" has no month 13']],
    [
      'a total that does not add up',
      `period,value\n${Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')},10`).join('\n')}\n2020,"1,000"\n`,
      ['14:6: the total for 2020, 1,000, is not the sum of its 12 months, 120 (off by 880)'],
    ],
    ['a Total row that does not add up', 'period,value\n2019,5\n2020,6\nTotal,12\n', ['4:7: the total for 2019/2020, 12, is not the sum of its 2 years, 11 (off by 1)']],
    ['a missing column', 'month,value\n2021-01,5\n', ['1:1: no column "period" (--period-column) in the header; it has "month", "value"']],
    ['a short row', 'period,value\n2021-01\n', ['2:1: the row has 1 cell: no "value" cell']],
    [
      'a thousands separator left unquoted: one row, two cells of figure, none read',
      'period,value\n2021-01,1,071\n2021-02,"1,857"\n',
      ['2:11: the row has 3 cells, the header 2: a figure written with a thousands separator must be quoted ("1,071"), or it is read as two cells'],
    ],
    ['a count below zero', 'period,value\n2021-01,-5\n', ['2:9: value: "-5" is not a count: the metric counts things, in whole numbers from 0 (with --language en, "1.071" is one and 71 thousandths)']],
    ['a Spanish count read as English', 'period,value\n2021-01,1.071\n', ['2:9: value: "1.071" is not a count: the metric counts things, in whole numbers from 0 (with --language en, "1.071" is one and 71 thousandths)']],
    ['a header and no rows', 'period,value\n', ['1:1: no rows after the header: nothing to import']],
    ['a broken quote, with the rows before it still checked', 'period,value\n2021-01,x\n2021-02,"5"x\n2021-03,6\n', ['2:9: value: "x" is not a number (write it as 1,071 or 1071.5; --language en)', '3:12: not CSV: a quoted cell goes on after its closing quote (write "" for a quote inside a quoted cell); the rows after it were not read']],
    ['a quote never closed', 'period,value\n2021-01,5\n2021-02,"6\n', ['3:9: not CSV: a quoted cell is never closed; the rows after it were not read']],
    ['a quote never closed on the first row: that problem alone', 'period,value\n2021-01,"6\n', ['2:9: not CSV: a quoted cell is never closed; the rows after it were not read']],
    [
      'a year\'s total over two of its months',
      'period,value\n2021-01,1\n2021-02,2\n2021,3\n',
      ['4:1: the total for 2021 is of 12 months; the table holds 2 of them (no row for 2021-03 to 2021-12); pass --allow-gaps if the table leaves them out'],
    ],
    [
      'a total over years with one left out in the middle and one at the end',
      'period,value\n2015,1\n2017,2\nTotal,3\n',
      ['3:1: gap before 2017: no row for 2016 (the year before is 2015, line 2); pass --allow-gaps if the table leaves them out'],
    ],
  ])('%s', (_name, csv, expected) => {
    expect(problemsOf(csv)).toEqual(expected);
  });

  it('every problem of the table in one run, in file order', () => {
    const csv = 'period,value\n2021-01,5\n2021-01,6\n2021-02,?\n2021-06,8\n';
    expect(problemsOf(csv)).toEqual([
      '3:1: 2021-01 again: already on line 2',
      '4:9: value: "?" is not a number (write it as 1,071 or 1071.5; --language en)',
      '5:1: gap before 2021-06: no row for 2021-03 to 2021-05 (the month before is 2021-02, line 4); pass --allow-gaps if the table leaves them out',
    ]);
  });

  it('a row whose figure is not a number is still there: no gap where it stands, and a second one is a duplicate', () => {
    expect(problemsOf('period,value\n2021-01,5\n2021-02,n/a\n2021-03,7\n2021-02,6\n')).toEqual([
      '3:9: value: "n/a" is not a number (write it as 1,071 or 1071.5; --language en)',
      '5:1: 2021-02 again: already on line 3',
    ]);
  });

  it('with gaps allowed, a total is still refused when the months it holds exceed it', () => {
    const csv = 'period,value\n2021-01,50\n2021-08,60\n2021,100\n';
    expect(problemsOf(csv, { allowGaps: true })).toEqual(['4:6: the total for 2021, 100, is less than the 2 months the table holds of it, which add up to 110']);
    expect(problemsOf('period,value\n2021-01,50\n2021-08,60\n2021,200\n', { allowGaps: true })).toEqual([]);
  });

  it('a metric that counts no things (a rate, a share) takes fractions and figures below 0', () => {
    expect(problemsOf('period,value\n2021-01,1.5\n2021-02,-3\n', { counts: false })).toEqual([]);
  });

  it('Spanish figures: 1.071 is a thousand and seventy-one', () => {
    expect(problemsOf('period,value\n2021,"1.071"\n2022,"248.284"\n', { language: 'es' })).toEqual([]);
    expect(problemsOf('period,value\n2021,"1,071.5"\n', { language: 'es' })).toEqual(['2:6: value: "1,071.5" is not a number (write it as 1.071 or 1071,5; --language es)']);
  });
});

describe('importSeries: the bundled monthly table', () => {
  const sourceFile = join(ROOT, 'claims', 'sources', 'ref-isacson-snm-monthly-table.yaml');
  const csvFile = join(ROOT, 'claims', 'archive', 'ref-isacson-snm-monthly.csv');

  it('is exactly what darien import makes of its CSV (the command in docs/import.md)', () => {
    const committed = readFileSync(sourceFile, 'utf8');
    const result = importSeries({
      csv: readFileSync(csvFile, 'utf8'),
      csvFile: 'claims/archive/ref-isacson-snm-monthly.csv',
      csvName: 'ref-isacson-snm-monthly.csv',
      periodColumn: 'month',
      valueColumn: 'crossings',
      allowGaps: true,
      counts: true,
      replacing: committed,
      source: { id: 'ref-isacson-snm-monthly', outlet: 'adamisacson.com', author: 'Adam Isacson', language: 'en', text: '../archive/ref-isacson-snm-monthly.csv' },
      claims: { metric: 'darien-crossings', unit: 'people', attribution: ['National Migration Service (SNM)'], idPrefix: 'ref-isacson-crossings' },
      modeline: schemaModeline('source', dirname(sourceFile)),
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.yaml).toBe(committed);
  });

  it('each of its claims quotes a row of the archived CSV', () => {
    const registry = loadRegistry({ paths: [join(ROOT, 'claims')] });
    const csv = readFileSync(csvFile, 'utf8').split('\n');
    const claims = registry.claims.filter((claim) => claim.source.id === 'ref-isacson-snm-monthly');
    expect(claims.map((claim) => claim.id)).toEqual([
      'ref-isacson-crossings-2021-01',
      'ref-isacson-crossings-2021-02',
      'ref-isacson-crossings-2021-08',
      'ref-isacson-crossings-2021-09',
      'ref-isacson-crossings-2021-10',
      'ref-isacson-crossings-2021-total',
    ]);
    for (const claim of claims) expect(csv).toContain(claim.quote);
  });

  it('without gaps allowed, the excerpt is refused at the first row after the gap', () => {
    const result = importSeries({
      csv: readFileSync(csvFile, 'utf8'),
      csvFile: 'x.csv',
      csvName: 'x.csv',
      periodColumn: 'month',
      valueColumn: 'crossings',
      allowGaps: false,
      counts: true,
      source: { id: 'x', outlet: 'x', pageDate: '2022', language: 'en', text: 'x.csv' },
      claims: { metric: 'darien-crossings', attribution: ['x'], idPrefix: 'x' },
    });
    expect(result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['x.csv:4:1']);
  });
});
