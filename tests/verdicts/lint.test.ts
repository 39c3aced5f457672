/**
 * `darien lint` and verdicts: a draft that repeats a figure a fact-checker rated other than
 * accurate is told so, with the verdict; and a side the registry's verdicts discredit no longer
 * backs a draft in the registry's own disputes.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDrafts } from '../../src/drafts/lint.js';
import { parsePeriod } from '../../src/model/period.js';
import type { Registry } from '../../src/model/types.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ cwd: root });
const withoutVerdicts: Registry = { ...registry, verdicts: [] };

function lint(text: string, on: Registry = registry) {
  return lintDrafts({ registry: on, drafts: [{ path: 'drafts/t.md', text }], date: parsePeriod('2025-01-05'), minSeverity: 'info' }).report;
}

const CITES = /(\S+)'s (\S+) was rated (\w+) on 2026-12-03 by darien registry editors \(claims\/verdicts\.yaml:\d+:\d+\)\./;

describe('lint cites the verdict on a figure a draft repeats', () => {
  // [draft sentence, check, severity, the citation expected: [source, figure, rating], or null]
  const cases: Array<[string, string, string, [string, string, string] | null]> = [
    ['In the first two months of 2022, 8,456 migrants crossed the Darién Gap.', 'part-whole', 'error', ['004', '8,456', 'inaccurate']],
    ['Some 511,103 migrants crossed the Darién Gap in 2023.', 'figure-conflict', 'error', ['ref-efe-mulino-2025-01-02', '511,103', 'unsupported']],
    ['In 2024, 300,549 migrants crossed the Darién Gap.', 'figure-conflict', 'error', ['ref-snm-2024-12-18', '300,549', 'outdated']],
    // The sides the verdicts leave standing: nothing to cite.
    ['In the first two months of 2022, 8,964 migrants crossed the Darién Gap.', 'figure-conflict', 'info', null],
    ['An estimated 520,085 migrants crossed the Darién Gap in 2023.', 'figure-conflict', 'info', null],
    ['Some 302,203 migrants crossed the Darién Gap in 2024.', 'figure-conflict', 'info', null],
  ];
  it.each(cases)('%s → %s at %s', (sentence, check, severity, cited) => {
    const finding = lint(sentence).findings.find((f) => f.check === check)!;
    expect(finding.severity).toBe(severity);
    const match = CITES.exec(finding.message);
    expect(match ? [match[1], match[2], match[3]] : null).toEqual(cited);
  });

  it('without verdicts, the same draft is not told of one', () => {
    const finding = lint('In the first two months of 2022, 8,456 migrants crossed the Darién Gap.', withoutVerdicts).findings.find((f) => f.check === 'part-whole')!;
    expect(finding.message).not.toMatch(CITES);
  });

  it('a verdict decides a dispute between two references: 511,103 passed before its verdict, and fails after', () => {
    const sentence = 'Some 511,103 migrants crossed the Darién Gap in 2023.';
    const before = lint(sentence, withoutVerdicts).findings.find((f) => f.check === 'figure-conflict')!;
    expect(before.severity).toBe('info');
    expect(before.message).toContain('so it is not failed for it');
    const after = lint(sentence).findings.find((f) => f.check === 'figure-conflict')!;
    expect(after.severity).toBe('error');
    expect(after.message).not.toContain('not failed');
  });

  it('a finding about the draft alone (its page date) does not cite the registry', () => {
    const report = lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text: 'Some 511,103 migrants crossed the Darién Gap in 2023.' }], date: parsePeriod('2022-04-25'), minSeverity: 'info' }).report;
    const pageDate = report.findings.find((f) => f.check === 'page-date')!;
    expect(pageDate.message).not.toMatch(CITES);
  });
});

// " 004's 8,456, which the draft is set against here, was rated inaccurate on …": a rated figure on the other side of a finding.
const SET_AGAINST = /(\S+)'s (\S+), which the draft is set against here, was rated (\w+) on 2026-12-03 by darien registry editors \(claims\/verdicts\.yaml:\d+:\d+\)\./g;

describe('lint cites the verdict on a registry figure it sets a draft against', () => {
  // [draft sentence, check, severity, the rated figures the draft is set against: [source, figure, rating]]
  const cases: Array<[string, string, string, Array<[string, string, string]>]> = [
    // The draft takes the side the verdict leaves standing: not failed, and told why the other side is not the registry's word.
    ['In the first two months of 2022, 8,964 migrants crossed the Darién Gap.', 'figure-conflict', 'info', [['004', '8,456', 'inaccurate']]],
    ['An estimated 520,085 migrants crossed the Darién Gap in 2023.', 'figure-conflict', 'info', [['ref-efe-mulino-2025-01-02', '511,103', 'unsupported']]],
    ['Some 302,203 migrants crossed the Darién Gap in 2024.', 'figure-conflict', 'info', [['ref-snm-2024-12-18', '300,549', 'outdated']]],
    // Wrong against every figure of 2023: failed, and the rated one among them, named only after "It is also set against", is cited.
    ['In 2023, 248,284 migrants crossed the Darién Gap.', 'figure-conflict', 'error', [['ref-efe-mulino-2025-01-02', '511,103', 'unsupported']]],
    // The draft repeats the rated figure and is set against figures that stand: nothing rated on the other side.
    ['Some 511,103 migrants crossed the Darién Gap in 2023.', 'figure-conflict', 'error', []],
  ];
  it.each(cases)('%s → %s at %s', (sentence, check, severity, against) => {
    const finding = lint(sentence).findings.find((f) => f.check === check)!;
    expect(finding.severity).toBe(severity);
    expect([...finding.message.matchAll(SET_AGAINST)].map((m) => [m[1], m[2], m[3]])).toEqual(against);
  });

  it('without verdicts, no figure is cited as rated', () => {
    const finding = lint('In the first two months of 2022, 8,964 migrants crossed the Darién Gap.', withoutVerdicts).findings.find((f) => f.check === 'figure-conflict')!;
    expect(finding.message).not.toMatch(SET_AGAINST);
  });

  it('a figure the draft repeats is cited once, as repeated, never also as set against', () => {
    const finding = lint('In the first two months of 2022, 8,456 migrants crossed the Darién Gap.').findings.find((f) => f.check === 'part-whole')!;
    expect(finding.message.match(/004's 8,456/g)).toHaveLength(1);
    expect(finding.message).toMatch(CITES);
  });
});
