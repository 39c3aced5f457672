import { describe } from 'vitest';
import { figureLookalike } from '../../src/checks/rules/figure-lookalike.js';
import { singleSource } from '../../src/checks/rules/single-source.js';
import { checkTester, header } from '../helpers/registry.js';

function claim(id: string, figure: string, value: number, metric: string, extra = ''): string {
  return `  - id: ${id}
    quote: "${figure} migrants"
    figure: "${figure}"
    value: ${value}
    metric: ${metric}
    period: 2024-07-01/2024-07-17
    period_words: "since July 1"
    attribution: []
${extra}`;
}

const fewer = `    comparison:
      kind: difference
      direction: decrease
      baseline_period: 2023-07-01/2023-07-17
`;

describe('figure-lookalike', () => {
  checkTester(figureLookalike, {
    valid: [
      { name: 'one figure, one meaning, two sources', files: { 'a.yaml': header('a') + claim('a1', '11,363', 11363, 'crossings'), 'b.yaml': header('b') + claim('b1', '11,363', 11363, 'crossings') } },
      { name: 'small numbers coincide without meaning', files: { 'a.yaml': header('a') + claim('a1', '10', 10, 'crossings') + claim('a2', 'ten', 10, 'returning') } },
      // The same quote and figure of one source, as a figure and as the end of a change.
      { name: 'one statement read two ways', files: { 'a.yaml': header('a') + claim('a1', '8,964', 8964, 'crossings') + claim('a2', '8,964', 8964, 'crossings', fewer) } },
    ],
    invalid: [
      {
        name: '"roughly 9,000 fewer" crossings and "at least 9,000" returning migrants',
        files: { 'a.yaml': header('a') + claim('a1', 'roughly 9,000', 9000, 'crossings', fewer), 'b.yaml': header('b') + claim('b1', 'at least 9,000', 9000, 'returning') },
        errors: [{ messageId: 'lookalike', file: 'a.yaml', line: 5, column: 13 }],
      },
      {
        name: 'one source, two statements of one number for two things',
        files: { 'a.yaml': header('a') + claim('a1', '9,000', 9000, 'crossings') + claim('a2', 'at least 9,000', 9000, 'returning') },
        errors: [{ messageId: 'lookalike', file: 'a.yaml', line: 5, column: 13 }],
      },
    ],
  });
});

describe('single-source', () => {
  checkTester(singleSource, {
    valid: [
      { name: 'two independent sources', files: { 'a.yaml': header('a') + claim('a1', '11,363', 11363, 'crossings'), 'b.yaml': header('b') + claim('b1', '11,363', 11363, 'crossings') } },
    ],
    invalid: [
      {
        name: 'a republished copy is not a second source',
        files: {
          'a.yaml': header('a') + claim('a1', '11,363', 11363, 'crossings'),
          'b.yaml': header('b', '2025-04-29', ', republished_from: "a"') + claim('b1', '11,363', 11363, 'crossings'),
        },
        errors: [{ messageId: 'single', file: 'a.yaml', line: 3, column: 9 }],
      },
    ],
  });
});
