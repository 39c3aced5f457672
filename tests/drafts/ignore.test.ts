/** Inline ignores name the ids lint reports, `unchecked` among them, and nothing else. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readIgnores } from '../../src/drafts/ignore.js';
import { LINT_RULES, lintDrafts } from '../../src/drafts/lint.js';
import { parsePeriod } from '../../src/model/period.js';
import { InputError } from '../../src/registry/problems.js';
import { loadRegistry } from '../../src/registry/load.js';
import { LineIndex } from '../../src/text/lines.js';
import { maskMarkdown } from '../../src/text/markdown.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function ignoresOf(text: string) {
  return readIgnores(text, maskMarkdown(text).comments, new LineIndex(text), 'drafts/t.md');
}

function problemsOf(text: string): string[] {
  try {
    ignoresOf(text);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map((p) => p.message);
  }
}

describe('the ids an ignore comment may name', () => {
  // Every id lint can report, checks and `unchecked` alike, is one an ignore comment may name.
  for (const rule of LINT_RULES) {
    it(`accepts ${rule.id}, an id lint reports`, () => {
      expect(ignoresOf(`Text. <!-- darien-ignore ${rule.id} -->`)).toEqual([{ line: 1, checks: [rule.id], commentLine: 1 }]);
    });
  }

  const refused: Array<[string, string, string]> = [
    ['a misspelt unchecked', 'uncheked', 'darien-ignore names no check "uncheked" (did you mean unchecked?)'],
    ['an id of nothing', 'everything', 'darien-ignore names no check "everything"'],
  ];
  for (const [name, id, message] of refused) {
    it(`refuses ${name}`, () => expect(problemsOf(`Text. <!-- darien-ignore ${id} -->`)).toEqual([message]));
  }
});

describe('ignoring an unchecked figure', () => {
  const registry = loadRegistry({ cwd: root });
  const lint = (text: string) => lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text }], date: parsePeriod('2024-07-17'), minSeverity: 'info' }).report;
  // Line 1 holds a figure no metric fits (unchecked); line 3 one that conflicts with the registry.
  const UNCHECKED = 'The ministry counted 4,000 visitors in 2023.';
  const CONFLICT = 'In 2022, 260,000 migrants crossed the Darién Gap.';

  // Each draft lints without a problem (readDraft would throw one); what is left is [line, check].
  const cases: Array<[string, string[], Array<[number, string]>]> = [
    ['on its line, it ignores the unchecked figure', [`${UNCHECKED} <!-- darien-ignore unchecked -->`, '', CONFLICT], [[3, 'figure-conflict']]],
    ['alone on the line before, it ignores the unchecked figure', ['<!-- darien-ignore unchecked -->', UNCHECKED, '', CONFLICT], [[4, 'figure-conflict']]],
    ['as -next-line, it ignores the unchecked figure', ['Intro. <!-- darien-ignore-next-line unchecked -->', UNCHECKED, '', CONFLICT], [[4, 'figure-conflict']]],
    ['on the conflict’s line, it ignores neither the conflict nor the unchecked figure', [UNCHECKED, '', `${CONFLICT} <!-- darien-ignore unchecked -->`], [[1, 'unchecked'], [3, 'figure-conflict']]],
  ];
  for (const [name, lines, left] of cases) {
    it(name, () => {
      const report = lint(lines.join('\n'));
      const kept = [...new Set(report.findings.map((f) => `${f.location.line} ${f.check}`))].sort();
      expect(kept).toEqual(left.map(([line, check]) => `${line} ${check}`).sort());
    });
  }

  it('counts what it ignored', () => {
    const report = lint(`${UNCHECKED} <!-- darien-ignore unchecked -->`);
    expect(report.findings).toEqual([]);
    expect(report.summary.ignored).toBe(1);
  });
});
