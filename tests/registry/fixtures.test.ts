/**
 * The bad-input fixtures (tests/fixtures/registry/bad/), each loaded beside a good source and the
 * fixtures' catalogue: every problem of the file in one run, at its line and column, with "did you
 * mean" where the catalogue holds a close name. tests/registry/json-schema.test.ts runs the same
 * fixtures through the JSON Schema.
 */
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/load.js';
import { FIXTURES, fixtureProblems } from '../helpers/fixtures.js';

const CASES: Array<[string, string[]]> = [
  ['bad-enum.yaml', ['bad-enum.yaml:4:9: source.kind: must be one of "article", "reference", got "blog"']],
  ['bad-url.yaml', ['bad-url.yaml:11:8: source.url: must be an absolute http(s) address, such as https://example.org/story']],
  ['blank-quote.yaml', ['blank-quote.yaml:13:12: claims[0].quote: must not be empty']],
  ['duplicate-id.yaml', ['duplicate-id.yaml:20:9: duplicate claim id "duplicate-id-1" (first defined at duplicate-id.yaml:12:9)']],
  [
    'four-problems.yaml',
    [
      'four-problems.yaml:15:12: claims[0].value: must be a number, got "many"',
      'four-problems.yaml:16:13: unknown metric "crosings": not in the metric catalogue (did you mean "crossings"?)',
      'four-problems.yaml:17:13: claims[0].period: "2023-02-29" is not a date: 2023-02 has 28 days',
      'four-problems.yaml:20:5: claims[0].vaule: unknown field',
    ],
  ],
  ['impossible-date.yaml', ['impossible-date.yaml:17:13: claims[0].period: "2024-02-30" is not a date: 2024-02 has 29 days']],
  ['inferred-date.yaml', ['inferred-date.yaml:9:23: page_date is inferred: say in page_date_note what from']],
  ['infinite-value.yaml', ['infinite-value.yaml:15:12: claims[0].value: must be a finite number']],
  ['interval-reversed.yaml', ['interval-reversed.yaml:20:15: interval: low is above high']],
  ['metrics-bad-kind.yaml', ['metrics-bad-kind.yaml:5:11: metrics[0].kind: must be one of "flow", "rate", "level", "percentage", "money", "date", got "stock"']],
  ['metrics-once-flow.yaml', ['metrics-once-flow.yaml:8:11: metric "crossings": only a level, a percentage or a sum of money can be once (a flow or a rate has periods; an event has its date)']],
  ['metrics-rate-without-per.yaml', ['metrics-rate-without-per.yaml:3:5: metric "daily": a rate needs rate_of and per']],
  ['missing-field.yaml', ['missing-field.yaml:12:5: claims[0].metric: is required']],
  ['numeric-id.yaml', ['numeric-id.yaml:12:9: claims[0].id: must be a string (quote ids that look like numbers: "004", not 004)']],
  ['short-interval.yaml', ['short-interval.yaml:20:15: claims[0].interval[1]: is required']],
  ['unknown-field.yaml', ['unknown-field.yaml:20:5: claims[0].vaule: unknown field']],
  ['unknown-hedge.yaml', ['unknown-hedge.yaml:20:12: unknown hedge "aproximately": use one from the hedge table in docs/registry.md (did you mean "approximately"?)']],
  ['unknown-metric.yaml', ['unknown-metric.yaml:16:13: unknown metric "crosings": not in the metric catalogue (did you mean "crossings"?)']],
  ['unknown-source.yaml', ['unknown-source.yaml:2:9: unknown source "goood": no source file defines it (did you mean "good"?)']],
  [
    'unknown-unit.yaml',
    [
      'unknown-unit.yaml:20:11: unknown unit "peolpe": no metric of the catalogue counts in it (did you mean "people"?)',
      // Too far from any unit of the catalogue for a guess: the problem, and no suggestion.
      'unknown-unit.yaml:29:11: unknown unit "persons": no metric of the catalogue counts in it (did you mean "people"?)',
    ],
  ],
  ['wrong-type.yaml', ['wrong-type.yaml:15:12: claims[0].value: must be a number, got "many"']],
];

describe('the bad-input fixtures', () => {
  it.each(CASES)('%s: every problem, at its line and column', (name, expected) => {
    expect(fixtureProblems(name)).toEqual(expected);
  });

  it('a file with four different problems reports all four in one run', () => {
    const found = fixtureProblems('four-problems.yaml');
    expect(found).toHaveLength(4);
    expect(new Set(found.map((line) => line.split(':').slice(0, 3).join(':'))).size).toBe(4);
  });

  it('the good fixtures load with no problem', () => {
    expect(loadRegistry({ paths: [FIXTURES + '/metrics.yaml', FIXTURES + '/good.yaml'], cache: false }).claims.map((c) => c.id)).toEqual(['good-1']);
  });
});
