import { describe } from 'vitest';
import { pageDate } from '../../src/checks/rules/page-date.js';
import { checkTester, header } from '../helpers/registry.js';

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
    ],
    invalid: [
      {
        name: 'the whole of 2024 on a page dated 2024-12-18',
        files: { 'a.yaml': header('a', '2024-12-18') + claim('2024', 'for 2024') },
        errors: [{ messageId: 'pastPageDate', file: 'a.yaml', line: 8, column: 13 }],
      },
    ],
  });
});
