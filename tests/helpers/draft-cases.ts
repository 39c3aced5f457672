/**
 * A RuleTester for lint's checks on drafts, after ESLint's: drafts that must pass (no finding of
 * the check at all), and drafts that must be reported with each finding's message id, line,
 * column and severity. Each test file says how its drafts are linted (`findingsOf`).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { lintDrafts } from '../../src/drafts/lint.js';
import { loadRegistry } from '../../src/registry/load.js';

export interface DraftExpected {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
}

export interface DraftCase {
  readonly name: string;
  readonly text: string;
  readonly errors?: readonly DraftExpected[];
}

export function draftCaseTester(findingsOf: (text: string) => DraftExpected[], cases: { valid: readonly DraftCase[]; invalid: readonly DraftCase[] }): void {
  for (const c of cases.valid) {
    it(`passes: ${c.name}`, () => {
      expect(findingsOf(c.text)).toEqual([]);
    });
  }
  for (const c of cases.invalid) {
    it(`reports: ${c.name}`, () => {
      expect(c.errors?.length, 'an invalid case must expect findings').toBeGreaterThan(0);
      expect(findingsOf(c.text)).toEqual(c.errors);
    });
  }
}

/** A draft of these lines under three lines of front matter (its page date): its first line is line 4. */
export const datedDraft = (date: string, ...lines: string[]): string => `---\ndate: ${date}\n---\n${lines.join('\n')}\n`;

/** How a check's findings on one draft, linted against the bundled registry, are compared. */
export function bundledFindingsOf(checkId: string): (text: string) => DraftExpected[] {
  const registry = loadRegistry({ paths: [resolve(dirname(fileURLToPath(import.meta.url)), '../..', 'claims')] });
  return (text) =>
    lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text }], minSeverity: 'info' })
      .report.findings.filter((f) => f.check === checkId)
      .map((f) => ({ messageId: f.messageId, line: f.location.line, column: f.location.column, severity: f.severity }));
}
