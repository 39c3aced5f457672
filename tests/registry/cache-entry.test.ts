import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SHAPE_CHECKS, usableEntry } from '../../src/registry/cache-entry.js';
import { claimSchema, metricSchema, sourceSchema, verdictSchema } from '../../src/registry/schema.js';

// One input of each kind with every field present, nested mappings too, as the schemas give them.
const metric = v.parse(metricSchema, {
  id: 'crossings-daily', counts: 'migrants a day', kind: 'rate', unit: 'people', place: 'Darién', phrases: ['a day'],
  frame: { counts: ['migrants'], actions: ['crossed'], local_actions: ['arrived'], places: ['jungle'], within: ['Panama'] },
  rate_of: 'crossings', per: 'day', note: 'n',
});
const source = v.parse(sourceSchema, {
  id: 's', kind: 'article', outlet: 'Wire', outlet_inferred_from: 'url', title: 'T', author: 'A', page_date: '2024-07-17',
  page_date_as_shown: 'July 17', page_date_inferred: false, page_date_note: 'n',
  republished_from: { outlet: 'Other', author: 'B', date: 2024, note: 'n' }, language: 'es', text: 's.txt', url: 'https://example.org/s', note: 'n',
});
const claim = v.parse(claimSchema, {
  id: 'c', quote: 'about 500 a day', figure: 'about 500', value: 500, hedge: 'about', interval: [450, 550], unit: 'people',
  per: 'day', basis: 'average', metric: 'crossings-daily', place: 'Darién', period: '2024-07', period_words: 'in July',
  attribution: ['SENAFRONT'], comparison: { kind: 'ratio', direction: 'increase', subject: 's', baseline: 'b', baseline_period: 2023 },
  note: 'n',
});
const verdict = v.parse(verdictSchema, {
  claim: 'c', figure: 'about 500', rating: 'outdated', by: 'Desk', date: '2026-12-03', reasoning: 'r', evidence: ['s'],
  settles: [{ check: 'figure-conflict', with: ['b'] }], url: 'https://example.org/fc', note: 'n',
});

// A value no field may hold.
const SPOILT = Symbol('spoilt');

/** The input with one field, at `path`, spoilt. */
function spoil(input: object, path: readonly string[]): object {
  const [key, ...rest] = path;
  const value = (input as Record<string, unknown>)[key!];
  return { ...input, [key!]: rest.length === 0 ? SPOILT : spoil(value as object, rest) };
}

// Every field the schemas name, nested mappings' fields too: a field added to a schema and not
// to the cache's shape check is a case that fails here.
const entriesOf = (schema: unknown): string[] => Object.keys((schema as { entries: object }).entries);
const cases: Array<[string, (fields: Record<string, unknown>) => boolean, object, string[]]> = [
  ...entriesOf(metricSchema).map((key): [string, typeof SHAPE_CHECKS.metric, object, string[]] => [`metric.${key}`, SHAPE_CHECKS.metric, metric, [key]]),
  ...entriesOf(metricSchema.entries.frame.wrapped).map((key): [string, typeof SHAPE_CHECKS.metric, object, string[]] => [`metric.frame.${key}`, SHAPE_CHECKS.metric, metric, ['frame', key]]),
  ...entriesOf(sourceSchema).map((key): [string, typeof SHAPE_CHECKS.source, object, string[]] => [`source.${key}`, SHAPE_CHECKS.source, source, [key]]),
  ...entriesOf(sourceSchema.entries.republished_from.wrapped.options[1]).map((key): [string, typeof SHAPE_CHECKS.source, object, string[]] => [`source.republished_from.${key}`, SHAPE_CHECKS.source, source, ['republished_from', key]]),
  ...entriesOf(claimSchema).map((key): [string, typeof SHAPE_CHECKS.claim, object, string[]] => [`claim.${key}`, SHAPE_CHECKS.claim, claim, [key]]),
  ...entriesOf(verdictSchema).map((key): [string, typeof SHAPE_CHECKS.verdict, object, string[]] => [`verdict.${key}`, SHAPE_CHECKS.verdict, verdict, [key]]),
  ...entriesOf(claimSchema.entries.comparison.wrapped).map((key): [string, typeof SHAPE_CHECKS.claim, object, string[]] => [`claim.comparison.${key}`, SHAPE_CHECKS.claim, claim, ['comparison', key]]),
];

describe('the shape check of cache entries', () => {
  it('takes inputs as the schemas give them', () => {
    expect(SHAPE_CHECKS.metric(metric)).toBe(true);
    expect(SHAPE_CHECKS.source(source)).toBe(true);
    expect(SHAPE_CHECKS.claim(claim)).toBe(true);
    expect(SHAPE_CHECKS.verdict(verdict)).toBe(true);
    // Optional fields left out, as most claims have them.
    expect(SHAPE_CHECKS.claim(v.parse(claimSchema, { id: 'c', quote: 'q', figure: 5, metric: 'm', period: 2024, period_words: 'w', attribution: [] }))).toBe(true);
  });

  it('checks every field the schemas name', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('refuses an input with %s spoilt', (_name, check, input, path) => {
    expect(check(spoil(input, path) as Record<string, unknown>)).toBe(false);
  });

  const entries: Array<[string, boolean, unknown]> = [
    ['a source file', true, { code: 'x', classified: { source, claims: [claim] } }],
    ['a source file citing a source elsewhere', true, { code: 'x', classified: { source: 's', claims: [claim] } }],
    ['a catalogue', true, { code: 'x', classified: { metrics: [metric] } }],
    ['a verdicts file', true, { code: 'x', classified: { verdicts: [verdict] } }],
    ['a verdicts file with a bad rating', false, { code: 'x', classified: { verdicts: [{ ...verdict, rating: 'pants on fire' }] } }],
    ['the parse of a file with problems', true, { code: 'x', parse: { source: 's', claims: [{ id: 1 }], list: [null, true, 2.5] } }],
    ['another fingerprint', false, { code: 'y', classified: { source, claims: [claim] } }],
    ['a parse that is undefined', false, { code: 'x', parse: undefined }],
    ['a parse nested past 1,000', false, { code: 'x', parse: Array.from({ length: 1002 }).reduce((inner) => [inner], 1) }],
  ];
  it.each(entries)('an entry of %s is used: %s', (_name, usable, entry) => {
    expect(usableEntry(entry, 'x') !== undefined).toBe(usable);
  });
});
