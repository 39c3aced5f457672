import { describe } from 'vitest';
import { figureConflict } from '../../src/checks/rules/figure-conflict.js';
import { checkTester, figureClaim as claim, figureClaim, header } from '../helpers/registry.js';

/** A difference claim: "about N fewer than the same days of the baseline period" (11 lines, `value:` on the 4th at column 12). */
function fewer(id: string, figure: string, value: number, period: string, baselinePeriod: string): string {
  return `  - id: ${id}
    quote: "${figure} fewer migrants crossed the border than in the same days of the year before"
    figure: "${figure}"
    value: ${value}
    metric: crossings
    period: ${period}
    period_words: "than in the same days"
    attribution: []
    comparison:
      kind: difference
      direction: decrease
      baseline_period: ${baselinePeriod}
`;
}

describe('figure-conflict', () => {
  checkTester(figureConflict, {
    valid: [
      {
        name: 'two differences from the same baseline period that agree ("roughly 9,000" and "about 9,000" fewer)',
        files: {
          'a.yaml': header('a') + fewer('a1', 'roughly 9,000', 9000, '2024-07-01/2024-07-17', '2023-07-01/2023-07-17'),
          'b.yaml': header('b') + fewer('b1', 'about 9,000', 9000, '2024-07-01/2024-07-17', '2023-07-01/2023-07-17'),
        },
      },
      {
        name: 'differences from different baseline periods are not compared',
        files: {
          'a.yaml': header('a') + fewer('a1', 'about 9,000', 9000, '2024-07-01/2024-07-17', '2023-07-01/2023-07-17'),
          'b.yaml': header('b') + fewer('b1', 'about 19,000', 19000, '2024-07-01/2024-07-17', '2022-07-01/2022-07-17'),
        },
      },
      {
        name: 'a rounded figure and an exact one inside its rounding',
        files: {
          'a.yaml': header('a') + claim('a1', 'over half a million', 500000, '2023'),
          'b.yaml': header('b') + claim('b1', '520,085', 520085, '2023'),
        },
      },
      {
        name: 'different periods are not compared',
        files: {
          'a.yaml': header('a') + claim('a1', '8,456', 8456, '2022-01/2022-02'),
          'b.yaml': header('b') + claim('b1', '4,702', 4702, '2022-01'),
        },
      },
      {
        name: '"nearly 140,000" against 133,726',
        files: {
          'a.yaml': header('a') + claim('a1', 'nearly 140,000', 140000, '2021'),
          'b.yaml': header('b') + claim('b1', '133,726', 133726, '2021'),
        },
      },
      {
        name: '"140" never matches 140,000 across periods',
        files: {
          'a.yaml': header('a') + claim('a1', '140', 140, '2022-02-01'),
          'b.yaml': header('b') + claim('b1', '140,000', 140000, '2021'),
        },
      },
      {
        name: 'a peak day and an average day of the same month are different figures',
        files: {
          'a.yaml': header('a') + figureClaim('a1', '2,461', 2461, '2021-08', 'crossings-daily').replace('    attribution: []\n', '    basis: peak\n    attribution: []\n'),
          'b.yaml': header('b') + figureClaim('b1', '817', 817, '2021-08', 'crossings-daily'),
        },
      },
    ],
    invalid: [
      {
        name: 'two differences of one period from one baseline period that cannot both hold ("about 9,000" against "about 19,000" fewer)',
        files: {
          'a.yaml': header('a') + fewer('a1', 'about 9,000', 9000, '2024-07-01/2024-07-17', '2023-07-01/2023-07-17'),
          'b.yaml': header('b') + fewer('b1', 'about 19,000', 19000, '2024-07-01/2024-07-17', '2023-07-01/2023-07-17'),
        },
        errors: [{ messageId: 'conflict', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        // Thirteen figures for one period, none overlapping: pairs would be 78 findings, and 2,000
        // figures two million; past twelve values each figure gets one finding instead.
        name: 'many different figures for one period: one finding per figure, not per pair',
        files: Object.fromEntries(
          Array.from({ length: 13 }, (_, i) => [`s${i}.yaml`, header(`s${i}`) + claim(`s${i}c`, `${1000 + i * 100}`, 1000 + i * 100, '2023')]),
        ),
        errors: Array.from({ length: 13 }, (_, i) => ({ messageId: 'conflictMany', file: `s${i}.yaml`, line: 6, column: 12 })),
      },
      {
        name: 'two average rates for one month',
        files: {
          'a.yaml': header('a') + figureClaim('a1', '817', 817, '2021-08', 'crossings-daily'),
          'b.yaml': header('b') + figureClaim('b1', '2,461', 2461, '2021-08', 'crossings-daily'),
        },
        errors: [{ messageId: 'conflict', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'two exact figures for one period',
        files: {
          'a.yaml': header('a') + claim('a1', '520,085', 520085, '2023'),
          'b.yaml': header('b') + claim('b1', '511,103', 511103, '2023'),
        },
        errors: [{ messageId: 'conflict', file: 'a.yaml', line: 6, column: 12 }],
      },
      {
        name: 'the side fewer sources state leads, and agreeing sources share one finding',
        files: {
          'a.yaml': header('a') + claim('a1', '302,203', 302203, '2024'),
          'b.yaml': header('b') + claim('b1', 'some 302,203', 302203, '2024'),
          'c.yaml': header('c') + claim('c1', '300,549', 300549, '2024'),
        },
        errors: [{ messageId: 'conflict', file: 'c.yaml', line: 6, column: 12 }],
      },
      {
        name: 'a second claim in a file is located on its own lines',
        files: {
          'a.yaml': header('a') + claim('a1', '1,000', 1000, '2020') + claim('a2', '8,456', 8456, '2022-01/2022-02'),
          'b.yaml': header('b') + claim('b1', '8,964', 8964, '2022-01/2022-02'),
        },
        errors: [{ messageId: 'conflict', file: 'a.yaml', line: 14, column: 12 }],
      },
    ],
  });
});
