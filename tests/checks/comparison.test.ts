import { describe, expect, it } from 'vitest';
import { comparison, computeComparison } from '../../src/checks/rules/comparison.js';
import { runChecks } from '../../src/checks/index.js';
import { loadRegistry } from '../../src/registry/load.js';
import { checkTester, figureClaim as total, header, rateClaim, writeRegistry } from '../helpers/registry.js';

/** The message comparison gives for one registry file. */
function messageFor(file: string): string | undefined {
  const dir = writeRegistry({ 'a.yaml': file });
  return runChecks(loadRegistry({ paths: [dir], cwd: dir }), [comparison])[0]?.message;
}

/** A comparison claim: `value:` on its 4th line, `comparison:` on its 9th. */
function compare(id: string, figure: string, value: number, kind: string, subject: string, baseline: string, direction = ''): string {
  return `  - id: ${id}
    quote: "crossings ${figure}"
    figure: "${figure}"
    value: ${value}
    metric: crossings
    period: 2022-01/2022-02
    period_words: "this year"
    attribution: []
    comparison:
      kind: ${kind}
      subject: ${subject}
      baseline: ${baseline}
${direction ? `      direction: ${direction}\n` : ''}`;
}

const base = total('a1', '2,928', 2928, '2021-01/2021-02') + total('a2', '8,456', 8456, '2022-01/2022-02');

describe('comparison', () => {
  it('computes ratios, differences and percent changes over intervals', () => {
    expect(computeComparison('ratio', [8456, 8456], [2928, 2928])![0]).toBeCloseTo(2.888, 3);
    expect(computeComparison('difference', [11363, 11363], [20363, 20363])).toEqual([-9000, -9000]);
    expect(computeComparison('percent-change', [3091, 3091], [302203, 302203])![0]).toBeCloseTo(-98.977, 3);
  });

  checkTester(comparison, {
    valid: [
      {
        name: 'counts over unlike spans, neither within the other, are not compared ("132 so far in March, down 97% from 2024")',
        files: { 'a.yaml': header('a') + total('a1', '302,203', 302203, '2024') + total('a2', '132', 132, '2025-03-01/2025-03-18') + compare('a3', '97%', 97, 'percent-change', 'a2', 'a1', 'decrease') },
      },
      { name: '"nearly tripled" against 2,928 → 8,456', files: { 'a.yaml': header('a') + base + compare('a3', 'nearly tripled', 3, 'ratio', 'a2', 'a1') } },
      {
        name: '"a 99% reduction" against 302,203 → 3,091',
        files: { 'a.yaml': header('a') + total('a1', '302,203', 302203, '2024') + total('a2', '3,091', 3091, '2025') + compare('a3', '99%', 99, 'percent-change', 'a2', 'a1', 'decrease') },
      },
      {
        name: '"a 41% decrease" against 520,085 → 302,203 (41.89%, cut short rather than rounded)',
        files: { 'a.yaml': header('a') + total('a1', '520,085', 520085, '2023') + total('a2', '302,203', 302203, '2024') + compare('a3', '41%', 41, 'percent-change', 'a2', 'a1', 'decrease') },
      },
      {
        name: '"about eight times" a rate of 80 a day, where the other side is a year\'s total (248,284 in 2022 is 680 a day)',
        files: { 'a.yaml': header('a') + total('a1', '248,284', 248284, '2022') + rateClaim('a2', '80', 80, '2016', 'average') + compare('a3', 'about eight times', 8, 'ratio', 'a1', 'a2') },
      },
      {
        name: '"about 40%" against 520,085 → 302,203 (41.89%: a round percent said about)',
        files: { 'a.yaml': header('a') + total('a1', '520,085', 520085, '2023') + total('a2', '302,203', 302203, '2024') + compare('a3', 'about 40%', 40, 'percent-change', 'a2', 'a1', 'decrease') },
      },
      {
        name: '"6.5 times" for 40,297 ÷ 6,134 = 6.57 (a ratio in digits cut short, as printed)',
        files: { 'a.yaml': header('a') + total('a1', '6,134', 6134, '2021-01/2021-02') + total('a2', '40,297', 40297, '2022-01/2022-02') + compare('a3', '6.5 times', 6.5, 'ratio', 'a2', 'a1') },
      },
      {
        name: '"decreased" from 2,461 to 140',
        files: { 'a.yaml': header('a') + total('a1', '2,461', 2461, '2021-08') + total('a2', '140', 140, '2022-02') + compare('a3', 'decreased', 0, 'change', 'a2', 'a1', 'decrease').replace('    value: 0\n', '') },
      },
    ],
    invalid: [
      {
        name: '"doubled" against a near tripling',
        files: { 'a.yaml': header('a') + base + compare('a3', 'doubled', 2, 'ratio', 'a2', 'a1') },
        errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 22, column: 12 }],
      },
      {
        name: '"a 50% reduction" against 302,203 → 3,091',
        files: { 'a.yaml': header('a') + total('a1', '302,203', 302203, '2024') + total('a2', '3,091', 3091, '2025') + compare('a3', '50%', 50, 'percent-change', 'a2', 'a1', 'decrease') },
        errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 22, column: 12 }],
      },
      {
        name: '"a 39% decrease" against 520,085 → 302,203 (41.89%: neither rounded nor cut short)',
        files: { 'a.yaml': header('a') + total('a1', '520,085', 520085, '2023') + total('a2', '302,203', 302203, '2024') + compare('a3', '39%', 39, 'percent-change', 'a2', 'a1', 'decrease') },
        errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 22, column: 12 }],
      },
      {
        name: '"90%" against 302,203 → 3,091 (98.98%: a whole digit is never what is cut short)',
        files: { 'a.yaml': header('a') + total('a1', '302,203', 302203, '2024') + total('a2', '3,091', 3091, '2025') + compare('a3', '90%', 90, 'percent-change', 'a2', 'a1', 'decrease') },
        errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 22, column: 12 }],
      },
      {
        name: '"about 90%" against 302,203 → 3,091 (a fall of 99% is not "about 90")',
        files: { 'a.yaml': header('a') + total('a1', '302,203', 302203, '2024') + total('a2', '3,091', 3091, '2025') + compare('a3', 'about 90%', 90, 'percent-change', 'a2', 'a1', 'decrease') },
        errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 22, column: 12 }],
      },
      {
        name: '"ten times" a rate of 80 a day, where 2022\'s total makes 680 a day (8.5 times)',
        files: { 'a.yaml': header('a') + total('a1', '248,284', 248284, '2022') + rateClaim('a2', '80', 80, '2016', 'average') + compare('a3', 'ten times', 10, 'ratio', 'a1', 'a2') },
        errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 23, column: 12 }],
      },
      {
        name: '"6.5 times" for 41,100 ÷ 6,134 = 6.70 (past the next step)',
        files: { 'a.yaml': header('a') + total('a1', '6,134', 6134, '2021-01/2021-02') + total('a2', '41,100', 41100, '2022-01/2022-02') + compare('a3', '6.5 times', 6.5, 'ratio', 'a2', 'a1') },
        errors: [{ messageId: 'mismatch', file: 'a.yaml', line: 22, column: 12 }],
      },
      {
        name: '"increased" when the figures fell',
        files: { 'a.yaml': header('a') + total('a1', '2,461', 2461, '2021-08') + total('a2', '140', 140, '2022-02') + compare('a3', 'increased', 0, 'change', 'a2', 'a1', 'increase').replace('    value: 0\n', '') },
        errors: [{ messageId: 'wrongDirection', file: 'a.yaml', line: 26, column: 5 }],
      },
    ],
  });
});

describe('comparison shows the arithmetic', () => {
  it.each([
    [
      'a ratio: the division and the ratio the words allow',
      base + compare('a3', 'doubled', 2, 'ratio', 'a2', 'a1'),
      '"doubled" does not fit the figures it compares: 8,456 (2022-01/2022-02, a) ÷ 2,928 (2021-01/2021-02, a) is 2.89 times, and "doubled" reads as 1.6 to 2.4 times.',
    ],
    [
      'a percent change: a fall, in words, not a signed interval',
      total('a1', '302,203', 302203, '2024') + total('a2', '3,091', 3091, '2025') + compare('a3', '50%', 50, 'percent-change', 'a2', 'a1', 'decrease'),
      '"50%" does not fit the figures it compares: 3,091 (2025, a) against 302,203 (2024, a) is a fall of 99%, and "50%" reads as a fall of 45 to 55.5%.',
    ],
    [
      'a difference: how many more or fewer',
      total('a1', '520,085', 520085, '2023') + total('a2', '302,203', 302203, '2024') + compare('a3', '180,000', 180000, 'difference', 'a2', 'a1', 'decrease'),
      '"180,000" does not fit the figures it compares: 302,203 (2024, a) − 520,085 (2023, a) is 217,882 fewer, and "180,000" reads as 175,000 to 185,000 fewer.',
    ],
    [
      'a total set against a rate: shown as the rate it makes',
      total('a1', '248,284', 248284, '2022') + rateClaim('a2', '80', 80, '2016', 'average') + compare('a3', 'ten times', 10, 'ratio', 'a1', 'a2'),
      '"ten times" does not fit the figures it compares: 248,284 (2022, a), 680 a day, ÷ 80 (2016, a) is 8.5 times (8 to 9.07 times with the figures\' rounding), and "ten times" reads as 9.5 to 10.5 times.',
    ],
  ])('%s', (_name, claims, message) => {
    expect(messageFor(header('a') + claims)).toBe(message);
  });
});
