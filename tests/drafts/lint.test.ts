/** lintDrafts as an API: the divided-registry rule, unchecked figures, ignores, dates and problems. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftProblems } from '../../src/drafts/draft.js';
import { lintDrafts, outweighs } from '../../src/drafts/lint.js';
import { partWhole } from '../../src/checks/rules/part-whole.js';
import { lintExitCode } from '../../src/drafts/report.js';
import { parsePeriod } from '../../src/model/period.js';
import type { Claim } from '../../src/model/types.js';
import { InputError } from '../../src/registry/problems.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ cwd: root });

function lint(text: string, options: { date?: string; minSeverity?: 'error' | 'warning' | 'info' } = {}) {
  return lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text }], date: options.date ? parsePeriod(options.date) : null, minSeverity: options.minSeverity ?? 'info' }).report;
}

describe('a registry that disagrees with itself', () => {
  it('a draft on the side of two references against one is not failed, and is told who it agrees with', () => {
    const report = lint('Some 302,203 migrants crossed the Darién Gap in 2024.', { date: '2025-01-05' });
    const finding = report.findings.find((f) => f.check === 'figure-conflict')!;
    expect(finding).toMatchObject({ severity: 'info', location: { file: 'drafts/t.md', line: 1, column: 1 }, figure: 'Some 302,203' });
    expect(finding.agreesWith).toEqual(['ref-aljazeera-2025-01-03 (reference)', 'ref-efe-2026-01-01 (reference)']);
    expect(finding.disagreesWith).toEqual(['ref-snm-2024-12-18 (reference)']);
    expect(finding.message).toContain('so it is not failed for it');
    expect(report.summary.errors).toBe(0);
  });

  it('a draft on the side of one reference against two is failed, and still told who it agrees with', () => {
    const report = lint('In 2024, 300,549 migrants crossed the Darién Gap.', { date: '2025-01-05' });
    const finding = report.findings.find((f) => f.check === 'figure-conflict')!;
    expect(finding.severity).toBe('error');
    expect(finding.agreesWith).toEqual(['ref-snm-2024-12-18 (reference)']);
    expect(finding.message).not.toContain('not failed');
  });

  it('a reference figure outranks a single article: agreeing with the sum of the official months passes', () => {
    const report = lint('In the first two months of 2022, 8,964 migrants crossed the Darién Gap.', { date: '2025-01-05' });
    expect(report.findings.map((f) => [f.check, f.severity, f.agreesWith, f.disagreesWith])).toEqual([
      ['figure-conflict', 'info', ['ref-efe-informatevzla (reference)'], ['004 (article)']],
    ]);
  });

  it('agreeing with the single article against the reference fails', () => {
    const report = lint('In the first two months of 2022, 8,456 migrants crossed the Darién Gap.', { date: '2025-01-05' });
    expect(report.findings.map((f) => [f.check, f.severity, f.agreesWith])).toEqual([['part-whole', 'error', ['004 (article)']]]);
  });

  it('weighs references first, then independent sources; a copy is not a second source', () => {
    const [aj, efe, snm, a000, a001] = ['ref-aljazeera-crossings-2023', 'ref-efe-mulino-crossings-2023', 'ref-snm-crossings-2024', '000-crossings-2023', '001-crossings-2023'].map((id) => registry.claimsById.get(id)!);
    expect(outweighs([aj!], [efe!])).toBe(true);
    expect(outweighs([snm!], [aj!, efe!])).toBe(false);
    expect(outweighs([a000!, a001!], [efe!])).toBe(false);
    expect(outweighs([a000!, a001!], [])).toBe(true);
  });

  it('a republished copy adds no weight to its original', () => {
    const a000 = registry.claimsById.get('000-crossings-2023')!;
    const withSource = (id: string, republishedFrom: Claim['source']['republishedFrom']): Claim => ({ ...a000, id: `${id}-claim`, source: { ...a000.source, id, republishedFrom } });
    const copy = withSource('copy-of-000', { outlet: a000.source.outlet, author: null, date: null, note: null, sourceId: a000.source.id });
    const other = withSource('other-article', null);
    // The original and its copy are one source against one: no side outweighs.
    expect(outweighs([a000, copy], [other])).toBe(false);
    // Two independent articles against a copy do.
    expect(outweighs([a000, other], [copy])).toBe(true);
    // Two copies of one outlet's story, that outlet not in the registry, are one source too.
    const cbs = (id: string): Claim => withSource(id, { outlet: 'CBS News', author: null, date: null, note: null, sourceId: null });
    expect(outweighs([cbs('copy-one'), cbs('copy-two')], [other])).toBe(false);
  });
});

/** A Spanish draft: its front matter takes three lines, so its text starts on line 4. */
const ES = '---\nlang: es\n---\n';

describe('a draft that reports what the registry records someone saying', () => {
  const at = (report: ReturnType<typeof lint>, line: number) => report.findings.filter((f) => f.location.line === line && f.check !== 'single-source').map((f) => [f.check, f.severity]);
  it('two figures of the draft that each match a registry figure are the registry\'s own disagreement: info, not a warning', () => {
    const report = lint(ES + 'En 2023 cruzaron el Darién unas 520.085 personas.\n\nEn 2023 cruzaron el Darién 511.103 personas, dijo Mulino.', { date: '2025-05-30' });
    expect(report.findings.filter((f) => f.check === 'figure-conflict' && f.severity !== 'info')).toEqual([]);
  });
  it('a figure it attributes, which the registry records and rates only unsupported, is info with why', () => {
    const report = lint(ES + 'En 2023 cruzaron el Darién unas 520 mil personas, aunque el presidente en enero dijo 511 mil.', { date: '2025-05-30' });
    const attributed = report.findings.find((f) => f.check === 'figure-conflict' && f.figure === '511 mil')!;
    expect(attributed).toMatchObject({ severity: 'info', location: { line: 4, column: 86 } });
    expect(attributed.message).toContain('The draft attributes it to el presidente');
  });
  it('a name\'s speech or count credits the name: "Mulino\'s speech put 2023 at 511,103" is info too', () => {
    const report = lint('---\ndate: 2025-02-01\n---\nMulino\'s New Year speech put 2023 at 511,103 Darién crossings.');
    const attributed = report.findings.find((f) => f.check === 'figure-conflict' && f.figure === '511,103')!;
    expect(attributed).toMatchObject({ severity: 'info', location: { line: 4, column: 38 } });
    expect(attributed.message).toContain('The draft attributes it to Mulino');
  });
  it('… and so does a role that puts the figure at a value: "the president put the year at 511,103"', () => {
    const report = lint('---\ndate: 2025-02-18\n---\nFor 2023 keep the Darién total, noting that the president put the year at 511,103 crossings.');
    const attributed = report.findings.find((f) => f.check === 'figure-conflict' && f.figure === '511,103')!;
    expect(attributed).toMatchObject({ severity: 'info', location: { line: 4, column: 75 } });
    expect(attributed.message).toContain('The draft attributes it to the president');
  });
  it('a figure since superseded, given as someone\'s ("citadas … por el presidente"), is a warning with why, not an error', () => {
    const report = lint(ES + 'El año pasado cerró con 300.549 migrantes que cruzaron el Darién, de acuerdo con las estadísticas oficiales citadas el 2 de enero por el presidente.', { date: '2025-01-24' });
    const attributed = report.findings.find((f) => f.check === 'figure-conflict' && f.figure === '300.549')!;
    expect(attributed).toMatchObject({ severity: 'warning', location: { line: 4, column: 25 } });
    expect(attributed.message).toContain('The draft attributes it to el presidente; the registry records that figure and rates it outdated');
  });
  it('… and in English, "According to statistics cited by the president" at the sentence\'s start', () => {
    const report = lint('---\ndate: 2025-03-01\n---\nAccording to statistics cited by the president, 300,549 migrants crossed the Darién in 2024.');
    const attributed = report.findings.find((f) => f.check === 'figure-conflict' && f.figure === '300,549')!;
    expect(attributed).toMatchObject({ severity: 'warning', location: { line: 4, column: 49 } });
    expect(attributed.message).toContain('The draft attributes it to the president');
  });
  it('"According to President Mulino, 511,103 …": his figure, rated unsupported, given as his is info', () => {
    const report = lint('---\ndate: 2025-03-01\n---\nAccording to President Mulino, 511,103 migrants crossed the Darién in 2023.');
    expect(report.findings.filter((f) => f.check === 'figure-conflict' && f.severity !== 'info')).toEqual([]);
  });
  it('… and the same superseded figure given as the draft\'s own is failed', () => {
    const report = lint(ES + 'El año pasado cerró con 300.549 migrantes que cruzaron el Darién.', { date: '2025-01-24' });
    expect(at(report, 4)).toContainEqual(['figure-conflict', 'error']);
  });
  it('… but the same figure given as the draft\'s own is failed', () => {
    const report = lint(ES + 'En 2023 cruzaron el Darién 511.103 personas.', { date: '2025-05-30' });
    expect(at(report, 4)).toContainEqual(['figure-conflict', 'error']);
  });
});

describe('a draft whose parts are wrong against a whole the registry states', () => {
  const partWholeAt = (report: ReturnType<typeof lint>) => report.findings.filter((f) => f.check === 'part-whole' && f.severity !== 'info').map((f) => `${f.location.line}:${f.location.column}`);
  it('the whole is not blamed for the wrong part: figure-conflict reports the part', () => {
    const report = lint(ES + 'En enero de 2022 cruzaron el Darién 7.402 personas.\n\nEn febrero de 2022 la cifra fue de 4.262.\n\nLos dos primeros meses de 2022 suman, por tanto, 8.964 personas.', { date: '2023-03-14' });
    expect(partWholeAt(report)).toEqual([]);
    expect(report.findings.filter((f) => f.check === 'figure-conflict' && f.severity === 'error').map((f) => `${f.location.line}:${f.location.column}`)).toEqual(['4:37']);
  });
  it('… but a whole the registry does not state is still held to the draft\'s parts', () => {
    const report = lint(ES + 'En enero de 2022 cruzaron el Darién 4.702 personas.\n\nEn febrero de 2022 la cifra fue de 4.262.\n\nLos dos primeros meses de 2022 suman, por tanto, 7.964 personas.', { date: '2023-03-14' });
    expect(partWholeAt(report)).toContain('8:50');
  });
});

describe('what cannot be checked is reported as unchecked, never guessed', () => {
  it('no metric, no period, and a comparison whose baseline is nowhere', () => {
    const report = lint(
      ['The ministry counted 4,000 visitors in 2023.', 'Over 500,000 migrants crossed the Darién Gap.', 'That is about 9,000 fewer than the same weeks last year.'].join('\n'),
      { date: '2024-07-17' },
    );
    const unchecked = report.findings.filter((f) => f.check === 'unchecked').map((f) => [f.location.line, f.figure, f.severity]);
    expect(unchecked).toEqual([
      [1, '4,000', 'info'],
      [2, 'Over 500,000', 'info'],
      [3, 'about 9,000', 'info'],
    ]);
    expect(report.summary.errors + report.summary.warnings).toBe(0);
  });

  it('without a date, relative periods stay unresolved and say how to give one', () => {
    const report = lint('Last year, 600,000 migrants crossed the Darién Gap.');
    expect(report.findings.map((f) => [f.check, f.message])).toEqual([
      ['unchecked', expect.stringContaining('The draft has no date')],
      ['unchecked', expect.stringContaining('"Last year" needs the draft’s date')],
    ]);
    const dated = lint('Last year, 600,000 migrants crossed the Darién Gap.', { date: '2024-07-17' });
    expect(dated.findings.some((f) => f.check === 'figure-conflict' && f.severity === 'error')).toBe(true);
  });

  it('the front matter date wins over --date, and a bad one is a located problem', () => {
    const text = '---\ndate: 2024-07-17\n---\nLast year, 600,000 migrants crossed the Darién Gap.';
    expect(lint(text, { date: '2030-01-01' }).findings.some((f) => f.check === 'figure-conflict')).toBe(true);
    try {
      lint('---\ntitle: x\ndate: 2024-13-45\n---\nText.');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems).toEqual([{ file: 'drafts/t.md', line: 3, column: 7, message: 'date: "2024-13-45" is not a date (expected YYYY-MM-DD)' }]);
    }
  });
});

describe('inline ignores', () => {
  const lines = [
    'In 2022, 260,000 migrants crossed the Darién Gap. <!-- darien-ignore -->',
    '<!-- darien-ignore figure-conflict -->',
    '',
    'In 2022, 270,000 migrants crossed the Darién Gap.',
    'In 2022, 280,000 migrants crossed the Darién Gap. <!-- darien-ignore page-date -->',
  ];
  it('on the line, alone before it, or for other checks only', () => {
    const report = lint(lines.join('\n'), { date: '2024-07-17', minSeverity: 'warning' });
    expect([...new Set(report.findings.map((f) => f.location.line))]).toEqual([5]);
    expect(report.summary.ignored).toBeGreaterThanOrEqual(2);
  });
});

describe('exit codes', () => {
  it('1 with errors; warnings only fail beyond --max-warnings', () => {
    const warningOnly = lint('In all of 2024, 302,203 migrants crossed the Darién Gap.', { date: '2024-12-31', minSeverity: 'warning' });
    expect(warningOnly.findings.map((f) => f.severity)).toEqual([]);
    const early = lint('In all of 2025, 3,091 migrants crossed the Darién Gap.', { date: '2025-06-30', minSeverity: 'warning' });
    expect(early.findings.map((f) => [f.check, f.severity])).toEqual([['page-date', 'warning']]);
    expect(lintExitCode(early)).toBe(0);
    expect(lintExitCode(early, 0)).toBe(1);
    expect(lintExitCode(early, 1)).toBe(0);
    expect(lintExitCode(lint('In 2022, 260,000 migrants crossed the Darién Gap.', { date: '2024-07-17' }))).toBe(1);
  });
  it('"in 2025" on a page of June 2025 is the year so far, as "in July" on July 20 is July so far', () => {
    expect(lint('In 2025, 3,091 migrants crossed the Darién Gap.', { date: '2025-06-30', minSeverity: 'warning' }).findings).toEqual([]);
    expect(lint('In 2022, 158,000 migrants crossed the Darién Gap.', { date: '2022-10-11', minSeverity: 'warning' }).findings).toEqual([]);
  });
});

describe('problems: every one of the run, not the first', () => {
  // A bad date and a misspelt ignore comment in one draft.
  const BAD = '---\ndate: soon\n---\nIn 2022, 260,000 migrants crossed the Darién Gap. <!-- darien-ignore figure-conflcit -->\n';
  const problemsOf = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).problems;
    }
    return expect.unreachable();
  };

  it('a bad date does not hide a misspelt ignore comment', () => {
    expect(problemsOf(() => lint(BAD))).toEqual([
      { file: 'drafts/t.md', line: 2, column: 7, message: 'date: "soon" is not a date (expected YYYY-MM-DD)' },
      { file: 'drafts/t.md', line: 4, column: 51, message: 'darien-ignore names no check "figure-conflcit" (did you mean figure-conflict?)' },
    ]);
  });

  it('every draft is read, and the problems of all come sorted by file, line and column', () => {
    const drafts = [
      { path: 'drafts/z.md', text: '---\ndate: 2024-02-30\n---\nText.\n' },
      { path: 'drafts/ok.md', text: '---\ndate: 2024-07-17\n---\nText.\n' },
      { path: 'drafts/a.md', text: BAD },
    ];
    expect(problemsOf(() => lintDrafts({ registry, drafts }))).toEqual([
      { file: 'drafts/a.md', line: 2, column: 7, message: 'date: "soon" is not a date (expected YYYY-MM-DD)' },
      { file: 'drafts/a.md', line: 4, column: 51, message: 'darien-ignore names no check "figure-conflcit" (did you mean figure-conflict?)' },
      { file: 'drafts/z.md', line: 2, column: 7, message: 'date: "2024-02-30" is not a date (expected YYYY-MM-DD)' },
    ]);
  });

  it('draftProblems finds the same problems without a registry, and none in a good draft', () => {
    expect(draftProblems({ path: 'drafts/t.md', text: BAD })).toEqual(problemsOf(() => lint(BAD)));
    // The ignore comment alone, under a good date: what readDraft would report after the date is fixed.
    const dated = BAD.replace('soon', '2024-07-17');
    expect(draftProblems({ path: 'drafts/t.md', text: dated })).toEqual([
      { file: 'drafts/t.md', line: 4, column: 51, message: 'darien-ignore names no check "figure-conflcit" (did you mean figure-conflict?)' },
    ]);
    expect(draftProblems({ path: 'drafts/t.md', text: '---\ndate: 2024-07-17\n---\nIn 2022, 260,000 crossed. <!-- darien-ignore figure-conflict -->\n' })).toEqual([]);
  });
});

describe('a draft with no date', () => {
  it('is told so once, as a warning at the first figure it left unchecked, naming them with their lines', () => {
    const report = lint('Last year, 520,085 migrants crossed the Darién Gap.\nIn 2022, 248,284 crossed the Darién.\nSince July 1, 11,363 migrants crossed the Darién.\n', { minSeverity: 'warning' });
    expect(report.findings.map((f) => [f.check, f.severity, f.messageId, f.location.line, f.location.column])).toEqual([['unchecked', 'warning', 'needsDate', 1, 12]]);
    expect(report.findings[0]!.message).toContain('2 figures whose periods are read against it were not checked: "520,085" (line 1), "11,363" (line 3)');
  });
  it('is not warned when its periods name their years', () => {
    expect(lint('In 2022, 248,284 migrants crossed the Darién.\n', { minSeverity: 'warning' }).findings).toEqual([]);
  });
  it('is not warned when --date gives it one', () => {
    expect(lint('Last year, 520,085 migrants crossed the Darién Gap.\n', { date: '2024-03-01', minSeverity: 'warning' }).findings).toEqual([]);
  });
});

describe('front matter dates as site generators write them', () => {
  it.each([
    ['2024-07-17', '2024-07-17'],
    ['2024-07-17 10:30:00 -0500', '2024-07-17'],
    ['2024-07-17T23:30:00-05:00', '2024-07-17'],
    ["'2024-07-17T10:30:00Z'", '2024-07-17'],
    ['"2024-07-17" # first published', '2024-07-17'],
    ['2024-07-17 # updated later', '2024-07-17'],
  ])('date: %s is the page date %s', (written, day) => {
    const { drafts } = lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text: `---\ndate: ${written}\n---\nLast year, 520,085 migrants crossed the Darién Gap.\n` }] });
    expect(drafts[0]!.date?.text).toBe(day);
  });
  it.each(['July 17', '2024-13-01'])('date: %s is a located problem', (written) => {
    try {
      lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text: `---\ndate: ${written}\n---\nText.\n` }] });
      expect.unreachable('a bad date must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems.map((p) => [p.file, p.line, p.column])).toEqual([['drafts/t.md', 2, 7]]);
    }
  });
});

describe('a draft answers for itself', () => {
  const one = 'In March 2019, 1,000 migrants crossed the Darién Gap.';
  const other = 'In March 2019, 5,000 migrants crossed the Darién Gap.';
  const both = (crossDrafts: boolean) =>
    lintDrafts({ registry, drafts: [{ path: 'a.md', text: one }, { path: 'b.md', text: other }], date: parsePeriod('2025-01-05'), crossDrafts }).report;

  it('drafts linted together are not checked against each other', () => {
    expect(both(false).findings).toEqual([]);
  });

  it('--cross-drafts asks for that, and each draft is told at its own figure', () => {
    const findings = both(true).findings.filter((f) => f.check === 'figure-conflict');
    expect(findings.map((f) => [f.location.file, f.location.line, f.location.column, f.severity])).toEqual([
      ['a.md', 1, 16, 'error'],
      ['b.md', 1, 16, 'error'],
    ]);
  });

  it('the merged finding leads with the figure more sources state, not a disputed outlier', () => {
    const finding = lint('In 2024, 3,022,030 migrants crossed the Darién Gap.', { date: '2025-01-10' }).findings.find((f) => f.check === 'figure-conflict')!;
    expect(finding.message).toMatch(/^darien-crossings for 2024: 3,022,030 \(draft:drafts\/t\.md\) against Some 302,203 /);
    expect(finding.message).toContain('It is also set against 300,549 (ref-snm-2024-12-18, 2024)');
  });

  it('one wrong figure is one finding per check, naming every registry claim it contradicts', () => {
    const report = lint('In 2023, 20,000 migrants crossed the Darién Gap.', { date: '2025-01-05' });
    const conflicts = report.findings.filter((f) => f.check === 'figure-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.location).toMatchObject({ line: 1, column: 10 });
    expect(conflicts[0]!.claims.filter((c) => !c.source.id.startsWith('draft:')).map((c) => c.figure).sort()).toEqual(['511,103', 'An estimated 520,085', 'Over half a million', 'over half a million']);
  });
});

describe('how sure the reading is sets how hard a finding is', () => {
  const at = (text: string) => lint(text, { date: '2025-01-05' }).findings.filter((f) => f.check === 'figure-conflict' && (f.figure === '2,210' || f.figure === '2,000')).map((f) => [f.location.line, f.location.column, f.severity]);
  it.each([
    ['metric and period in its own sentence: an error', 'In 2019, 2,210 people crossed the Darién Gap.', [[1, 10, 'error']]],
    ['the place from the title: a warning', '# Record crossings in the Darién\n\nIn 2019, 2,210 people made the crossing.', [[3, 10, 'warning']]],
    ['the metric from the sentence before: a warning', 'In 2023, 520,085 migrants crossed the Darién Gap. In 2022, the number was 2,000.', [[1, 75, 'warning']]],
  ])('%s', (_why, text, expected) => {
    expect(at(text)).toEqual(expected);
  });
});

describe('rates at any unit, derived from the flow', () => {
  it.each([
    ['a month\u2019s average against the year\u2019s total', 'In 2023, an average of 1,425 people crossed the Darién Gap every month.', [[1, 24, 'error']]],
    ['a right monthly average passes', 'An average of 43,000 people crossed the Darién Gap every month in 2023.', []],
    ['a weekly average against the year\u2019s total', 'In 2023, an average of 1,000 migrants a week crossed the Darién Gap.', [[1, 24, 'error']]],
  ])('%s', (_why, text, expected) => {
    const findings = lint(text, { date: '2025-01-05' }).findings.filter((f) => f.check === 'rate-total');
    expect(findings.map((f) => [f.location.line, f.location.column, f.severity])).toEqual(expected);
  });
});

describe('comparisons with figures looked up in a registry that disagrees with itself', () => {
  // The registry holds 520,085 and 511,103 for 2023 (a verdict rates 511,103 unsupported), and
  // "over half a million", which holds both and is no side of the dispute: arithmetic on its far
  // end passed every rise or fall it could reach.
  const without = { ...registry, verdicts: [] };
  it.each([
    ['fits one side of the dispute (511,103 − 302,203), with no verdict: passes', 'In 2024, about 208,900 fewer migrants crossed the Darién Gap than in 2023.', without, []],
    ['fits only the side a verdict rated unsupported: reported', 'In 2024, about 208,900 fewer migrants crossed the Darién Gap than in 2023.', registry, [[1, 10, 'error']]],
    ['fits neither side: an error whatever the dispute', 'Some 180,000 fewer people crossed the Darién Gap in 2024 than in 2023.', registry, [[1, 1, 'error']]],
    ['fits only "over half a million", no side: reported (2023 against 2022 is 106 to 110%, not 130)', 'In 2023 crossings of the Darién rose by about 130 percent from 2022.', without, [[1, 41, 'error']]],
  ] as const)('%s', (_why, text, reg, expected) => {
    const findings = lintDrafts({ registry: reg, drafts: [{ path: 'drafts/t.md', text }], date: parsePeriod('2025-01-05'), minSeverity: 'warning' }).report.findings.filter((f) => f.check === 'comparison');
    expect(findings.map((f) => [f.location.line, f.location.column, f.severity])).toEqual(expected);
  });
});

describe('a verdict settles which side of a divided registry a comparison is checked with', () => {
  // The registry holds 004's 8,456 for January–February 2022, rated inaccurate, and SNM's months
  // 4,702 and 4,262 (8,964), which the verdict settles part-whole with.
  const e08 = (multiple: string): string => `Crossings of the Darién Gap in the first two months of 2022 were ${multiple} the level of a year earlier (2,928).`;
  const comparisons = (text: string, reg = registry) =>
    lintDrafts({ registry: reg, drafts: [{ path: 'drafts/t.md', text }], date: parsePeriod('2022-03-20'), minSeverity: 'info' }).report.findings.filter((f) => f.check === 'comparison');

  it.each([
    ['"just over three times": 8,964 ÷ 2,928 is 3.06, so it passes (e08.md:20)', 'just over three times', []],
    ['"just over four times": wrong against 8,964 too, so it is reported, at the figure', 'just over four times', [[1, 66, 'error']]],
  ])('%s', (_why, multiple, expected) => {
    const findings = comparisons(e08(multiple));
    expect(findings.map((f) => [f.location.line, f.location.column, f.severity])).toEqual(expected);
  });

  it.each([
    ['"one-tenth of October\'s pace": a month\'s rate against the registry\'s October total, put per month', 'roughly one-tenth', [[1, 75, 'error']]],
    ['"about two-fifths of October\'s pace" fits 11,100 against 25,904', 'about two-fifths', []],
  ])('%s', (_why, ratio, expected) => {
    const text = `In 2021 as a whole, a monthly average of about 11,100 crossed the Darién, ${ratio} of October's pace.`;
    expect(comparisons(text).map((f) => [f.location.line, f.location.column, f.severity])).toEqual(expected);
  });

  it('says which side it took and cites the verdict that set the other aside', () => {
    const [finding] = comparisons(e08('just over four times'));
    expect(finding!.message).toContain('8,964 (2022-01/2022-02, ref-efe-informatevzla) ÷ 2,928');
    expect(finding!.message).toContain('lint took 8,964 (4,702 + 4,262 from ref-efe-informatevzla), not the side rated below accurate.');
    expect(finding!.message).toContain("004's 8,456 was rated inaccurate on 2026-12-03");
  });

  it('without the verdict, the registry\'s only figure for the period stands: 8,456 ÷ 2,928 is 2.89, not "just over three times"', () => {
    const findings = comparisons(e08('just over three times'), { ...registry, verdicts: [] });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('8,456 (2022-01/2022-02, 004) ÷ 2,928')]);
  });
});

describe('order of magnitude, in a draft', () => {
  const magnitudes = (text: string) =>
    lint(text, { date: '2024-07-17' }).findings.filter((f) => f.check === 'magnitude').map((f) => [f.location.line, f.location.column, f.severity]);
  it.each([
    ['a day\u2019s rate given per month is reported at the figure', 'Staff at Lajas Blancas in the Darién said they were now registering about 670 new arrivals a month.', [[1, 69, 'warning']]],
    ['the same rate per day is clean', 'Staff at Lajas Blancas in the Darién said they were now registering about 670 new arrivals a day.', []],
  ])('%s', (_why, text, expected) => {
    expect(magnitudes(text)).toEqual(expected);
  });
  it.each([
    // "In May" holds the day of the handover (a `once` metric): the handover's own figure, so the
    // conflict is figure-conflict's, an error, read from the sentence.
    ['a sum of money with a zero too many, in the month of the handover', 'In May, the U.S. gave Panama boats and motors for the Darién worth more than $30 million.', '2025-05-26', [[1, 68, 'figure-conflict', 'error']]],
    ['the same, said a year on with no date: held to the handover, from context', 'The U.S. gave Panama boats and motors for the Darién worth more than $30 million.', '2026-05-26', [[1, 60, 'figure-conflict', 'warning']]],
    ['the sum as the registry has it', 'In May, the U.S. gave Panama boats and motors for the Darién worth more than $3 million.', '2025-05-26', []],
  ])('%s', (_why, text, date, expected) => {
    const findings = lint(text, { date }).findings.filter((f) => f.check === 'magnitude' || f.check === 'figure-conflict');
    expect(findings.map((f) => [f.location.line, f.location.column, f.check, f.severity])).toEqual(expected);
    if (findings[0]) expect(findings[0].message).not.toContain('a day');
  });
});

describe('fractions and multiples checked against the registry', () => {
  it.each([
    ['a third of the year before, where the registry makes it 0.58', 'The 2024 total of Darién crossings was roughly a third of 2023\u2019s.', [[1, 40, 'error']]],
    ['three-fifths fits 302,203 against 520,085', 'The 2024 total of Darién crossings was nearly three-fifths of 2023\u2019s.', []],
    ['a hundredth of "last year\u2019s": the year before the page, not the figure\u2019s own', 'In 2019, Darién crossings were barely a hundredth of last year\u2019s.', [[1, 32, 'error']]],
  ])('%s', (_why, text, expected) => {
    const findings = lint(text, { date: '2025-01-05' }).findings.filter((f) => f.check === 'comparison');
    expect(findings.map((f) => [f.location.line, f.location.column, f.severity])).toEqual(expected);
  });
});

describe('tables: cells read from their headers', () => {
  const text = ['---', 'date: 2026-01-12', '---', '# Darién crossings by year', '', '| Year | Crossings | Change |', '|---|--:|--:|', '| 2022 | 248,284 | +86% |', '| 2023 | 520,085 | +109% |', '| 2024 | 302,203 | −58% |', '| 2025 | 30,910 | −99% |'].join('\n');
  it('a wrong change and a wrong figure are warned at their cells; right cells stay clean', () => {
    const findings = lint(text).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => [f.location.line, f.location.column, f.check, f.severity])).toEqual([
      [10, 21, 'comparison', 'warning'],
      [11, 10, 'figure-conflict', 'warning'],
    ]);
  });
});

describe('found by a review of the draft checks', () => {
  const at = (text: string, date: string) => lint(text, { date }).findings.filter((f) => f.severity !== 'info').map((f) => [f.location.line, f.check, f.severity]);
  it.each([
    ['"in a single month" with its month named leaves "about 820 a day" an average, which fits', 'In August 2021, 25,332 migrants crossed the Darién Gap in a single month, about 820 a day.', '2022-03-01', []],
    ['"not a single day" elsewhere in the sentence makes no peak of a daily average', 'In 2023, about 14,250 migrants a day crossed the Darién Gap, and not a single day passed without arrivals.', '2024-01-10', [[1, 'rate-total', 'error']]],
    ['a correct figure read from a list does not soften another line\u2019s error against the registry', 'In 2023, 520,085 migrants crossed the Darién Gap.\nIn 2022, 2,482,840 migrants crossed the Darién Gap.\n\n- Crossings in 2022: 248,284', '2025-01-10', [[2, 'figure-conflict', 'error']]],
    ['"barely 3,100" is about 3,100, which 3,091 is', 'In 2025, barely 3,100 migrants crossed the Darién Gap.', '2026-01-05', []],
    ['"more than triple the 2022 total" is a ratio to 2022', 'In 2023, 520,085 migrants crossed the Darién Gap, more than triple the 2022 total.', '2024-01-10', [[1, 'comparison', 'error']]],
    ['"about half the 248,284 who crossed in 2022" is a ratio to that figure', 'In 2023, 520,085 migrants crossed the Darién Gap, about half the 248,284 who crossed in 2022.', '2024-01-10', [[1, 'comparison', 'error']]],
  ])('%s', (_why, text, date, expected) => {
    expect(at(text, date)).toEqual(expected);
  });

  it('of two parts too many for their whole, the one the registry states is not blamed', () => {
    const text = 'In the first 17 days of July, 11,363 people crossed the Darién Gap.\nThat month as a whole ended with 20,519 crossings.\nThe last two weeks of the month alone brought 21,000 crossings.';
    const findings = lint(text, { date: '2024-09-10' }).findings.filter((f) => f.check === 'part-whole');
    expect(findings.map((f) => [f.location.line, f.severity])).toEqual([[3, 'warning']]);
  });

  it('a table in a draft saved with CRLF line endings is read', () => {
    const text = ['---', 'date: 2025-01-10', '---', 'Some 302,203 migrants crossed the Darién Gap in 2024.', '', '| Year | Crossings | Change on previous year |', '|---|--:|--:|', '| 2023 | 520,085 | |', '| 2024 | 3,022,030 | +42% |', ''].join('\r\n');
    expect(lint(text).findings.filter((f) => f.severity !== 'info').map((f) => [f.location.line, f.check])).toEqual([
      [9, 'figure-conflict'],
      [9, 'comparison'],
    ]);
  });
});

describe('a table after prose that names the place', () => {
  const text = ['Migrant crossings of the Darién Gap fell in 2024.', '', '| Year | Crossings | Daily average |', '|---|--:|--:|', '| 2022 | 248,284 | 680 |', '| 2023 | 520,085 | 1,425 |', '| 2024 | 3,022,030 | 826 |'].join('\n');
  it('reads its cells, and blames the wrong total, not the right daily average beside it', () => {
    const findings = lint(text, { date: '2025-01-10' }).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => [f.location.line, f.location.column, f.check, f.severity])).toEqual([[7, 10, 'figure-conflict', 'warning']]);
  });
});

describe('a draft that repeats a part and a whole', () => {
  // part-whole reports each pair of a part and a whole it exceeds: k copies of each made k² findings
  // of one message (a 6.6 MB draft ran out of memory). Counted, not timed.
  it('is checked once per statement, and each copy still gets its findings', () => {
    const copies = 30;
    const block = 'Since July 1, 12,363 migrants have crossed the Darién Gap.\nIn all of 2024, 11,363 migrants crossed the Darién Gap.\n\n';
    let reports = 0;
    const run = partWhole.run;
    partWhole.run = (context) => run({ ...context, report: (input) => (reports++, context.report(input)) });
    try {
      const findings = lint(block.repeat(copies), { date: '2024-07-17' }).findings.filter((f) => f.check === 'part-whole');
      const lines = new Set(findings.map((f) => f.location.line));
      // Every copy of the whole is still told; so are the first parts (the same lines as before).
      expect(Array.from({ length: copies }, (_, i) => 2 + 3 * i).filter((line) => !lines.has(line))).toEqual([]);
      expect(lines.has(1)).toBe(true);
      expect(reports).toBeLessThanOrEqual(2 * copies);
    } finally {
      partWhole.run = run;
    }
  });
});

describe('a rate whose unit the reader carried from the figure before', () => {
  const rates = (text: string) =>
    lint(text, { date: '2025-08-05' })
      .findings.filter((f) => f.check === 'rate-total')
      .map((f) => [f.location.line, f.location.column, f.severity]);
  it.each([
    // "from more than 2,000 a day … to just 10": the 10 is a day's only by the reader's reading of the ellipsis.
    ['"from … a day … to just 10": a warning, the unit being the reader\u2019s', 'Darién crossings fell from more than 2,000 a day in April 2023 to just 10 in June 2025.', [[1, 67, 'warning']]],
    ['"10 migrants a day" said with its own unit: an error', 'In June 2025, 10 migrants a day crossed the Darién.', [[1, 15, 'error']]],
  ])('%s', (_why, text, expected) => {
    expect(rates(text)).toEqual(expected);
  });
});

describe('comparisons said as "N times fewer" and against "that record"', () => {
  const comparisons = (text: string, date: string) =>
    lint(text, { date })
      .findings.filter((f) => f.check === 'comparison')
      .map((f) => [f.location.line, f.location.column, f.severity]);
  it.each([
    ['"nearly a hundred times fewer than the year before": 302,203 ÷ 3,091 is 98', 'In 2025, 3,091 migrants crossed the Darién, nearly a hundred times fewer than the year before.', '2026-01-02', []],
    ['Spanish "casi cien veces menos que el año anterior"', '---\nlang: es\n---\nEn 2025 cruzaron el Darién 3.091 migrantes, casi cien veces menos que el año anterior.', '2026-01-02', []],
    ['"ten times fewer" is reported: the factor is 98', 'In 2025, 3,091 migrants crossed the Darién, ten times fewer than the year before.', '2026-01-02', [[1, 45, 'error']]],
    ['"un 42 % menos que ese récord": the record the text named, 2023', '---\nlang: es\n---\nLa cifra contrasta con los 520.085 migrantes que cruzaron el Darién en 2023, el año récord.\nEn 2024 cruzaron el Darién 302.203 personas, un 42 % menos que ese récord.', '2026-01-02', []],
    ['"un 20 % menos que ese récord" is reported', '---\nlang: es\n---\nLa cifra contrasta con los 520.085 migrantes que cruzaron el Darién en 2023, el año récord.\nEn 2024 cruzaron el Darién 302.203 personas, un 20 % menos que ese récord.', '2026-01-02', [[5, 49, 'error']]],
  ])('%s', (_why, text, date, expected) => {
    expect(comparisons(text, date)).toEqual(expected);
  });
});
