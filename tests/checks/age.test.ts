/**
 * age on the registry, as RuleTester runs a rule: claims of an age metric with `born:` that must
 * pass and that must be reported at their value's line and column; and the loader's refusal of a
 * `born:` on anything but an age, or of one that is not a day.
 */
import { describe, expect, it } from 'vitest';
import { age } from '../../src/checks/rules/age.js';
import { ageOn, dayNumber } from '../../src/model/period.js';
import { checkTester, header, loadProblems, METRICS } from '../helpers/registry.js';

const WITH_AGE = `${METRICS}  - id: leader-age
    counts: the age of Ana Vega, President of Panama
    kind: level
    unit: years
    place: Panama
    born: 1959-06-13
`;

function ageClaim(figure: string, value: number, period: string): string {
  return `  - id: a1
    quote: "Vega, ${figure}, spoke"
    figure: "${figure}"
    value: ${value}
    unit: years
    metric: leader-age
    period: ${period}
    period_words: "(none: as of the page date)"
    attribution: []
`;
}

const files = (pageDate: string, claim: string): Record<string, string> => ({ 'metrics.yaml': WITH_AGE, 'a.yaml': header('a', pageDate) + claim });

describe('age', () => {
  checkTester(age, {
    valid: [
      { name: 'the age on the page date', files: files('2024-07-17', ageClaim('65', 65, '2024-07-17')) },
      { name: 'the day before the birthday', files: files('2024-06-12', ageClaim('64', 64, '2024-06-12')) },
      { name: 'the age of a day the claim names before the page date', files: files('2025-08-01', ageClaim('64', 64, '2024-05-05')) },
      { name: 'a hedge that holds it ("about 65")', files: files('2025-08-01', ageClaim('about 65', 65, '2025-08-01')) },
    ],
    invalid: [
      { name: 'a year short on the page date', files: files('2025-06-16', ageClaim('64', 64, '2025-06-16')), errors: [{ messageId: 'born', file: 'a.yaml', line: 6, column: 12 }] },
      { name: 'on the birthday, the year before\'s age', files: files('2024-06-13', ageClaim('64', 64, '2024-06-13')), errors: [{ messageId: 'born', file: 'a.yaml', line: 6, column: 12 }] },
      { name: 'two sources\' ages of different days are each held to the birth day, not to each other', files: { ...files('2024-07-17', ageClaim('65', 65, '2024-07-17')), 'b.yaml': header('b', '2025-07-01') + ageClaim('65', 65, '2025-07-01').replace('id: a1', 'id: b1') }, errors: [{ messageId: 'born', file: 'b.yaml', line: 6, column: 12 }] },
    ],
  });

  it('counts whole years to the birthday', () => {
    const born = dayNumber(1959, 6, 13);
    expect([ageOn(born, dayNumber(2024, 6, 12)), ageOn(born, dayNumber(2024, 6, 13)), ageOn(born, dayNumber(2025, 1, 1))]).toEqual([64, 65, 65]);
  });

  it('refuses a birth day on anything but an age, or one that is not a day', () => {
    const catalogue = (extra: string, kind = 'level', unit = 'years') => `metrics:\n  - id: m\n    counts: something\n    kind: ${kind}\n    unit: ${unit}\n    place: Panama\n${extra}`;
    expect(loadProblems({ 'metrics.yaml': catalogue('    born: 1959-06-13\n', 'flow', 'people') }, { catalogue: false })).toEqual(['metrics.yaml:7:11: metric "m": only an age (kind: level, unit: years) has a birth date']);
    expect(loadProblems({ 'metrics.yaml': catalogue('    born: 1959-06\n') }, { catalogue: false })).toEqual(['metrics.yaml:7:11: metric "m": born must be one day (YYYY-MM-DD), not "1959-06"']);
  });
});
