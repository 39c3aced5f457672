/** GitHub and SARIF mark a finding from the figure's start to where the figure ends, on whichever line. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, lintDrafts } from '../../src/drafts/lint.js';
import { formatGithub } from '../../src/formats/github.js';
import { formatSarif } from '../../src/formats/sarif.js';
import { parsePeriod } from '../../src/model/period.js';
import { loadRegistry } from '../../src/registry/load.js';
import type { Report } from '../../src/report.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ cwd: root });

function lint(text: string): Report {
  return lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text }], date: parsePeriod('2025-01-05'), minSeverity: 'error' }).report;
}

function githubProperties(report: Report): string {
  const first = formatGithub(report).split('\n')[0]!;
  return /^::\w+ ([^:]*)::/.exec(first)![1]!.replace(/,title=.*$/, '');
}

function sarifRegion(report: Report): Record<string, number> {
  const log = JSON.parse(formatSarif(report, { rules: LINT_RULES, version: '0.1.0', informationUri: null, root: '/repo', cwd: '/repo' }));
  const { startLine, startColumn, endLine, endColumn } = log.runs[0].results[0].locations[0].physicalLocation.region;
  return { startLine, startColumn, endLine, endColumn };
}

describe('the end of a draft figure', () => {
  // [name, draft, GitHub's location properties, SARIF's region]. Columns end one past the figure.
  const cases: Array<[string, string, string, Record<string, number>]> = [
    ['a figure on one line', 'In all of 2024, 11,363 migrants crossed the Darién Gap.', 'file=drafts/t.md,line=1,col=17,endLine=1,endColumn=23', { startLine: 1, startColumn: 17, endLine: 1, endColumn: 23 }],
    // GitHub takes no columns on an annotation spanning lines (actions/toolkit), so lines alone.
    ['a figure that wraps at a line break', 'Over one\nmillion migrants crossed the Darién Gap in 2023.', 'file=drafts/t.md,line=1,endLine=2', { startLine: 1, startColumn: 1, endLine: 2, endColumn: 8 }],
    ['a figure that wraps at a CRLF', 'Over one\r\nmillion migrants crossed the Darién Gap in 2023.', 'file=drafts/t.md,line=1,endLine=2', { startLine: 1, startColumn: 1, endLine: 2, endColumn: 8 }],
    ['a figure that wraps mid-line', 'In 2023, over one\nmillion migrants crossed the Darién Gap.', 'file=drafts/t.md,line=1,endLine=2', { startLine: 1, startColumn: 10, endLine: 2, endColumn: 8 }],
  ];
  for (const [name, draft, github, sarif] of cases) {
    it(name, () => {
      const report = lint(draft);
      expect(report.findings.length).toBeGreaterThan(0);
      expect(githubProperties(report)).toBe(github);
      expect(sarifRegion(report)).toEqual(sarif);
    });
  }
});

describe('the end of a registry finding', () => {
  it('has no end from the report, so it is the start plus the figure’s length, as before', () => {
    const claim = { figure: '8,456', source: { id: '004' }, location: { file: 'claims/sources/004.yaml', line: 129, column: 12 } };
    const report = {
      findings: [{ check: 'part-whole', severity: 'error', messageId: 'x', message: 'm', location: claim.location, claims: [claim] }],
      summary: { errors: 1, warnings: 0, infos: 0, hidden: 0, claims: 1, sources: 1, files: 1, skippedChecks: [] },
      minSeverity: 'warning',
    } as unknown as Report;
    expect(githubProperties(report)).toBe('file=claims/sources/004.yaml,line=129,col=12,endLine=129,endColumn=17');
    expect(sarifRegion(report)).toEqual({ startLine: 129, startColumn: 12, endLine: 129, endColumn: 17 });
  });
});
