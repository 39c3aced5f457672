import { describe } from 'vitest';
import { pageDate } from '../../src/checks/rules/page-date.js';
import { checkTester, header, METRICS } from '../helpers/registry.js';

/** The test catalogue with one event's figure (`once: true`), as the election's margin is. */
const WITH_ONCE = `${METRICS}  - id: margin-once
    counts: the winning margin of one election
    kind: percentage
    unit: percentage-points
    place: Panama
    once: true
`;

function onceClaim(period: string, words: string): string {
  return claim(period, words).replace('metric: crossings', 'metric: margin-once');
}

function claim(period: string, words: string): string {
  return `  - id: a1
    quote: "300,549 migrants"
    figure: "300,549"
    value: 300549
    metric: crossings
    period: ${period}
    period_words: "${words}"
    attribution: []
`;
}

describe('page-date', () => {
  checkTester(pageDate, {
    valid: [
      { name: 'a period ending on the page date ("so far this year")', files: { 'a.yaml': header('a', '2024-07-17') + claim('2024-01-01/2024-07-17', 'so far this year') } },
      { name: 'a whole year reported after it ended', files: { 'a.yaml': header('a', '2025-01-03') + claim('2024', 'last year') } },
      { name: 'one event\'s figure held to the event\'s month, on a page of a day in it', files: { 'metrics.yaml': WITH_ONCE, 'a.yaml': header('a', '2024-05-06') + onceClaim('2024-05', 'on Sunday') } },
    ],
    invalid: [
      {
        name: 'the whole of 2024 on a page dated 2024-12-18',
        files: { 'a.yaml': header('a', '2024-12-18') + claim('2024', 'for 2024') },
        errors: [{ messageId: 'pastPageDate', file: 'a.yaml', line: 8, column: 13 }],
      },
      {
        name: 'one event\'s figure for a span that had not begun by the page date',
        files: { 'metrics.yaml': WITH_ONCE, 'a.yaml': header('a', '2024-04-20') + onceClaim('2024-05', 'in May') },
        errors: [{ messageId: 'pastPageDate', file: 'a.yaml', line: 8, column: 13 }],
      },
    ],
  });
});
