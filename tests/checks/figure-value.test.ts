import { describe } from 'vitest';
import { figureValue } from '../../src/checks/rules/figure-value.js';
import { checkTester, header } from '../helpers/registry.js';

function claim(figure: string, value: number): string {
  return `  - id: a1
    quote: "${figure} migrants"
    figure: "${figure}"
    value: ${value}
    metric: crossings
    period: 2023
    period_words: "in 2023"
    attribution: []
`;
}

const spanish = (figure: string, value: number) => header('a', '2024-07-17', ', language: es') + claim(figure, value);

describe('figure-value', () => {
  checkTester(figureValue, {
    valid: [
      { name: '"over half a million" is 500,000', files: { 'a.yaml': header('a') + claim('over half a million', 500000) } },
      { name: '"2.48 million" is 2,480,000', files: { 'a.yaml': header('a') + claim('2.48 million', 2480000) } },
      { name: 'Spanish "248.284" is 248,284', files: { 'a.yaml': spanish('248.284', 248284) } },
      { name: '"An estimated 520,085"', files: { 'a.yaml': header('a') + claim('An estimated 520,085', 520085) } },
    ],
    invalid: [
      { name: 'a value with a digit dropped', files: { 'a.yaml': header('a') + claim('11,363', 1363) }, errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 6, column: 12 }] },
      { name: '"half a million" typed as 50,000', files: { 'a.yaml': header('a') + claim('half a million', 50000) }, errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 6, column: 12 }] },
      { name: 'English "248.284" is not 248,284', files: { 'a.yaml': header('a') + claim('248.284', 248284) }, errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 6, column: 12 }] },
      { name: 'a figure with no number in it', files: { 'a.yaml': header('a') + claim('millions', 2000000) }, errors: [{ messageId: 'unreadable', file: 'a.yaml', line: 5, column: 13 }] },
    ],
  });
});
