/**
 * figure-period, as RuleTester runs a rule: drafts that must pass, and drafts that must be reported
 * with the message id, line, column and severity of each finding, against the bundled registry
 * (11,363 is its figure for July 1–17, 2024; 302,203 for 2024; 4,702 for January 2022).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { lintDrafts } from '../../src/drafts/lint.js';
import { FIGURE_PERIOD } from '../../src/drafts/figure-period.js';
import { loadRegistry } from '../../src/registry/load.js';
import { draftCaseTester, type DraftCase, type DraftExpected } from '../helpers/draft-cases.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ paths: [resolve(root, 'claims')] });

/** A draft of these lines under three lines of front matter: its first line is line 4. */
const draft = (...lines: string[]): string => `---\ndate: 2025-08-10\n---\n${lines.join('\n')}\n`;

function findingsOf(text: string): DraftExpected[] {
  return lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text }], minSeverity: 'info' })
    .report.findings.filter((f) => f.check === FIGURE_PERIOD.id)
    .map((f) => ({ messageId: f.messageId, line: f.location.line, column: f.location.column, severity: f.severity }));
}

const valid: DraftCase[] = [
  { name: 'the figure for its own period', text: draft('Between July 1 and July 17, 2024, SENAFRONT counted 11,363 crossings of the Darién Gap.') },
  { name: 'a round figure many periods may share', text: draft('In August 2024, about 9,000 migrants crossed the Darién Gap.') },
  { name: 'a period that overlaps the registry\'s (July 2024 holds July 1–17)', text: draft('In July 2024, 11,363 migrants crossed the Darién Gap.') },
  { name: 'a period the sentence does not write out with its year', text: draft('In 2021, crossings of the Darién peaked in the autumn.', '', 'In September, 4,702 migrants crossed the Darién Gap.') },
  { name: 'a bare month whose year the reader took from the page date, in a text about another year', text: draft('Crossings of the Darién first surged in 2021.', '', 'That year started slowly, with 1,071 crossings in January.') },
  { name: '"July of last year" is the registry\'s own period for 20,519', text: draft('In July of last year, 20,519 migrants crossed the Darién Gap.') },
  { name: 'a figure the registry contradicts for its own period: figure-conflict says more', text: draft('In 2023, 302,203 migrants crossed the Darién Gap.') },
  { name: 'a period inside the registry\'s (January 1 to July 19 within 2024): the reader may have taken the wrong span', text: draft('Between January 1 and July 19, 2024, 302,203 migrants crossed the Darién Gap.') },
  { name: 'a line that ignores it', text: draft('Between Aug. 1 and Aug. 17, 2024, SENAFRONT counted 11,363 crossings of the Darién Gap. <!-- darien-ignore figure-period -->') },
];

const invalid: DraftCase[] = [
  {
    name: "2024's count given for the 12 months to June 2025, a span that shares only half of 2024",
    text: draft('In the 12 months to June 2025, 302,203 migrants crossed the Darién Gap.'),
    errors: [{ messageId: 'otherPeriod', line: 4, column: 32, severity: 'warning' }],
  },
  {
    name: "the registry's July 1–17 count given for Aug. 1–17",
    text: draft('Between Aug. 1 and Aug. 17, 2024, SENAFRONT counted 11,363 crossings of the Darién Gap.'),
    errors: [{ messageId: 'otherPeriod', line: 4, column: 53, severity: 'warning' }],
  },
  {
    name: "January 2022's count given for January 2023, a month the registry does not count",
    text: draft('', 'In January 2023, 4,702 migrants crossed the Darién Gap.'),
    errors: [{ messageId: 'otherPeriod', line: 5, column: 18, severity: 'warning' }],
  },
  {
    name: "July 2024's count given for \"June of last year\": a year counted from the page date is the sentence's own",
    text: draft('In June of last year, 20,519 migrants crossed the Darién Gap.'),
    errors: [{ messageId: 'otherPeriod', line: 4, column: 23, severity: 'warning' }],
  },
  {
    name: "July 1–17's count given for \"the whole of last month\" on a page of July 18 (June): a month counted from the page date is the sentence's own",
    text: '---\ndate: 2024-07-18\n---\nIn the whole of last month, border police counted 11,363 crossings of the Darién Gap.\n',
    errors: [{ messageId: 'otherPeriod', line: 4, column: 51, severity: 'warning' }],
  },
];

describe('figure-period', () => {
  draftCaseTester(findingsOf, { valid, invalid });
});
