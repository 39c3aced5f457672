import { describe } from 'vitest';
import { magnitude } from '../../src/checks/rules/magnitude.js';
import { checkTester, figureClaim as total, header, METRICS, rateClaim as rate, WITH_TYPICAL } from '../helpers/registry.js';
import { bundledFindingsOf, datedDraft as draft, draftCaseTester } from '../helpers/draft-cases.js';

/** The test catalogue with a level: miles of wire put up, as they stand on a day. */
const WITH_LEVEL = `${METRICS}  - id: wire
    counts: barbed wire put up on the trails
    kind: level
    unit: miles
    place: Darién
`;

/** A typical year's figure, read as of its page date. */
function typicalClaim(id: string, figure: string, value: number, period: string): string {
  return `  - id: ${id}
    quote: "${figure} crossed in a normal year"
    figure: "${figure}"
    value: ${value}
    metric: crossings-typical-year
    period: ${period}
    period_words: "(none: as of the page date)"
    attribution: []
`;
}

describe('magnitude', () => {
  checkTester(magnitude, {
    valid: [
      {
        name: 'a typical year\u2019s rate is held to no period around its page (10,000 in a normal year against 20,519 in July 2024)',
        files: { 'metrics.yaml': WITH_TYPICAL, 'a.yaml': header('a', '2024-07-19') + typicalClaim('a1', 'about 10,000', 10000, '2024-07-19'), 'b.yaml': header('b') + total('b1', '20,519', 20519, '2024-07') },
      },
      {
        name: 'a spot rate near the average of the weeks around it (700 a day against 11,363 in 17 days)',
        files: { 'a.yaml': header('a') + rate('a1', '700', 700, '2024-07-17', 'spot') + total('a2', '11,363', 11363, '2024-07-01/2024-07-17') },
      },
      {
        name: 'a month is not held to its year: a flow that collapsed (10 in June against 3,091 in the year)',
        files: { 'a.yaml': header('a') + total('a1', '10', 10, '2025-06') + total('a2', '3,091', 3091, '2025') },
      },
      {
        name: 'a peak may be ten times the average (9,000 on the busiest day against 25,332 in the month)',
        files: { 'a.yaml': header('a') + rate('a1', '9,000', 9000, '2021-08-20', 'peak') + total('a2', '25,332', 25332, '2021-08') },
      },
      {
        name: 'the same period is figure-conflict\u2019s, not this check\u2019s (2,210 against 22,102 for 2019)',
        files: { 'a.yaml': header('a') + total('a1', '2,210', 2210, '2019') + total('a2', '22,102', 22102, '2019') },
      },
      {
        name: 'a figure its own period contradicts is left to figure-conflict (11,363 for all of 2024)',
        files: { 'a.yaml': header('a') + total('a1', '11,363', 11363, '2024'), 'b.yaml': header('b') + total('b1', '302,203', 302203, '2024') + total('b2', '212,000', 212000, '2024-01-01/2024-07-17') },
      },
      {
        name: 'a level two months from another is not held to it (30 miles of wire in September against 3 in July)',
        files: { 'metrics.yaml': WITH_LEVEL, 'a.yaml': header('a') + total('a1', '30', 30, '2024-09-20', 'wire'), 'b.yaml': header('b') + total('b1', '3', 3, '2024-07-17', 'wire'), 'c.yaml': header('c') + total('c1', '3', 3, '2024-07-17', 'wire') },
      },
      {
        name: 'nine times off is not reported',
        files: { 'a.yaml': header('a') + rate('a1', '6,000', 6000, '2024-07-17', 'spot') + total('a2', '11,363', 11363, '2024-07-01/2024-07-17') },
      },
    ],
    invalid: [
      {
        name: 'a month\u2019s figure given as a daily rate (30 a day against 11,363 in the 17 days around it)',
        files: { 'a.yaml': header('a') + rate('a1', '30', 30, '2024-07-17', 'spot'), 'b.yaml': header('b') + total('b1', '11,363', 11363, '2024-07-01/2024-07-17'), 'c.yaml': header('c') + total('c1', 'more than 11,000', 11000, '2024-07-01/2024-07-17') },
        errors: [{ messageId: 'tooLow', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'millions for thousands (5.2 million in a half year against 520,085 in the year)',
        files: { 'a.yaml': header('a') + total('a1', '5.2 million', 5200000, '2023-01/2023-07'), 'b.yaml': header('b') + total('b1', '520,085', 520085, '2023'), 'c.yaml': header('c') + total('c1', '511,103', 511103, '2023') },
        errors: [{ messageId: 'tooHigh', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a zero too many is exactly ten times, and reported (30,910 for July 2024 to June 2025 against 3,091 for 2025)',
        files: { 'a.yaml': header('a') + total('a1', '30,910', 30910, '2024-07/2025-06'), 'b.yaml': header('b') + total('b1', '3,091', 3091, '2025'), 'c.yaml': header('c') + total('c1', '3,091', 3091, '2025') },
        errors: [{ messageId: 'tooHigh', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a level ten times the one stated two days before (30 miles of wire against 3)',
        files: { 'metrics.yaml': WITH_LEVEL, 'a.yaml': header('a') + total('a1', '30', 30, '2024-07-19', 'wire'), 'b.yaml': header('b') + total('b1', '3', 3, '2024-07-17', 'wire'), 'c.yaml': header('c') + total('c1', 'about 3', 3, '2024-07-17', 'wire') },
        errors: [{ messageId: 'amountTooHigh', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'one source against one: either may be the slip, so both are told',
        files: { 'a.yaml': header('a') + rate('a1', '30', 30, '2024-07-17', 'spot'), 'b.yaml': header('b') + total('b1', '11,363', 11363, '2024-07-01/2024-07-17') },
        errors: [
          { messageId: 'tooLow', file: 'a.yaml', line: 6, column: 12 },
          { messageId: 'tooHigh', file: 'b.yaml', line: 6, column: 12 },
        ],
      },
    ],
  });
});

describe('magnitude on drafts', () => {
  const findingsOf = bundledFindingsOf(magnitude.meta.id);
  draftCaseTester(findingsOf, {
    valid: [
      {
        name: 'a typical year\u2019s rate with no period is held to no period, not the sentence before\u2019s (10,000 in a normal year after August 2021)',
        text: draft('2022-04-25', 'In August 2021, 25,332 migrants crossed the Darién.', 'Before 2021, the government said, about 10,000 people crossed the jungle in a normal year.'),
      },
      {
        name: '… nor when it was said ("como repitió este mismo gobierno en febrero", against February 2022\u2019s 4,262)',
        text: draft('2022-04-25', 'En un año normal cruzaban la selva del Darién unas 10.000 personas, como repitió este mismo gobierno en febrero.'),
      },
    ],
    invalid: [
      {
        name: 'a rate with no period is held to the sentence before\u2019s (10,000 a year after August 2021\u2019s 25,332)',
        text: draft('2022-04-25', 'In August 2021, 25,332 migrants crossed the Darién.', 'About 100 people a month were crossing the jungle then.'),
        errors: [{ messageId: 'tooLow', line: 5, column: 1, severity: 'warning' }],
      },
    ],
  });
});
