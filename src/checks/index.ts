/**
 * The cross-checks, in the order they run and report. One module each under rules/, each with an
 * id, a description, a default severity, its messages and a page under docs/checks/.
 */
import type { Registry } from '../model/types.js';
import { ClaimIndex } from './claim-index.js';
import { age } from './rules/age.js';
import { comparison } from './rules/comparison.js';
import { eventDate } from './rules/event-date.js';
import { figureConflict } from './rules/figure-conflict.js';
import { figureLookalike } from './rules/figure-lookalike.js';
import { figureValue } from './rules/figure-value.js';
import { internalConflict } from './rules/internal-conflict.js';
import { magnitude } from './rules/magnitude.js';
import { pageDate } from './rules/page-date.js';
import { partWhole } from './rules/part-whole.js';
import { quoteInText } from './rules/quote-in-text.js';
import { rateTotal } from './rules/rate-total.js';
import { rateUnit } from './rules/rate-unit.js';
import { relativeDate } from './rules/relative-date.js';
import { singleSource } from './rules/single-source.js';
import { findingHead, type Check, type DraftCheck, type Finding } from './types.js';

export const CHECKS: readonly Check[] = [
  quoteInText,
  figureValue,
  figureConflict,
  partWhole,
  rateTotal,
  rateUnit,
  magnitude,
  comparison,
  eventDate,
  age,
  relativeDate,
  pageDate,
  figureLookalike,
  singleSource,
];

/** Checks of one draft's figures against each other, which lint runs on each draft after CHECKS. */
export const DRAFT_CHECKS: readonly DraftCheck[] = [internalConflict];

export interface RunOptions {
  /** Only these check ids (default: all). */
  readonly only?: readonly string[];
}

export function runChecks(registry: Registry, checks: readonly Check[] = CHECKS, index = new ClaimIndex(registry.claims)): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    check.run({
      registry,
      index,
      report(input) {
        findings.push({
          ...findingHead(check.meta, input),
          claims: input.claims,
          field: input.field ?? 'id',
          data: input.data ?? {},
        });
      },
    });
  }
  return findings;
}
