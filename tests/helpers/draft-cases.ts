/**
 * A RuleTester for lint's checks on drafts, after ESLint's: drafts that must pass (no finding of
 * the check at all), and drafts that must be reported with each finding's message id, line,
 * column and severity. Each test file says how its drafts are linted (`findingsOf`).
 */
import { expect, it } from 'vitest';

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
