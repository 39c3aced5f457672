/**
 * The compiled schemas must give valibot's own output for every value they accept, and accept the
 * registry's valid values (or the fast path is never taken). Values: everything in claims/, and
 * copies of it broken one field at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileSchema, INVALID } from '../../src/registry/compile.js';
import { catalogueSchema, claimSchema, metricSchema, sourceFileSchema, sourceSchema, verdictFileSchema, verdictSchema } from '../../src/registry/schema.js';
import { ROOT } from '../cli/run.js';

function load(path: string): Record<string, unknown> {
  return jsYaml.load(readFileSync(path, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
}

const catalogue = load(join(ROOT, 'claims', 'metrics.yaml'));
const sourceFiles = readdirSync(join(ROOT, 'claims', 'sources')).map((name) => load(join(ROOT, 'claims', 'sources', name)));
const metrics = catalogue.metrics as Record<string, unknown>[];
const sources = sourceFiles.map((file) => file.source).filter((s): s is Record<string, unknown> => typeof s === 'object');
const claims = sourceFiles.flatMap((file) => (file.claims ?? []) as Record<string, unknown>[]);
const verdictFile = load(join(ROOT, 'claims', 'verdicts.yaml'));
const verdicts = verdictFile.verdicts as Record<string, unknown>[];

// What a hand-edited field can turn into.
const REPLACEMENTS: unknown[] = [undefined, null, '', '  ', '  padded  ', 0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, true, [], ['x'], [1, 2], [2, 1, 0], {}, { x: 1 }, 'article', 'day', 'increase', 'ratio', '2024-02-30'];

function broken(value: Record<string, unknown>): unknown[] {
  const out: unknown[] = [[], 'text', 42, null, { ...value, unknown_field: 1 }];
  for (const key of Object.keys(value)) {
    for (const replacement of REPLACEMENTS) {
      const copy: Record<string, unknown> = { ...value };
      if (replacement === undefined) delete copy[key];
      else copy[key] = replacement;
      out.push(copy);
    }
  }
  return out;
}

/** The compiled output, if any, is valibot's output: the same keys and values (in any order). */
function agree(schema: v.GenericSchema, value: unknown): 'compiled' | 'valibot' {
  const run = compileSchema(schema);
  expect(run, 'the schema compiles').not.toBeNull();
  const fast = run!(value);
  if (fast === INVALID) return 'valibot';
  const slow = v.safeParse(schema, value);
  expect(slow.success, `valibot accepts what the compiled schema accepted: ${JSON.stringify(value)}`).toBe(true);
  expect(fast).toStrictEqual(slow.output);
  return 'compiled';
}

const CASES: Array<[string, v.GenericSchema, Record<string, unknown>[]]> = [
  ['metric', metricSchema, metrics],
  ['source', sourceSchema, sources],
  ['claim', claimSchema, claims],
  ['catalogue', catalogueSchema, [catalogue]],
  ['source file', sourceFileSchema, sourceFiles],
  ['verdict', verdictSchema, verdicts],
  ['verdicts file', verdictFileSchema, [verdictFile]],
];

describe('compiled schemas', () => {
  it.each(CASES)('take every valid %s of the registry on the fast path', (_name, schema, values) => {
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(v.safeParse(schema, value).success).toBe(true);
      expect(agree(schema, value)).toBe('compiled');
    }
  });

  it.each(CASES)('give valibot’s output, or defer to it, for every broken %s', (_name, schema, values) => {
    let deferred = 0;
    for (const value of values) for (const copy of broken(value)) if (agree(schema, copy) === 'valibot') deferred++;
    // Most copies are broken: they must reach valibot, which reports them.
    expect(deferred).toBeGreaterThan(0);
  });

  it('refuses what valibot refuses, case by case', () => {
    const claim = claims[0]!;
    for (const bad of [{ ...claim, value: Number.POSITIVE_INFINITY }, { ...claim, quote: '   ' }, { ...claim, id: '' }, { ...claim, per: 'fortnight' }, { ...claim, extra: 1 }, { ...claim, attribution: 'AP' }]) {
      expect(v.safeParse(claimSchema, bad).success).toBe(false);
      expect(compileSchema(claimSchema)!(bad)).toBe(INVALID);
    }
    const verdict = verdicts[0]!;
    for (const bad of [{ ...verdict, date: '2026-02-30' }, { ...verdict, date: 2026 }, { ...verdict, rating: 'false' }, { ...verdict, evidence: [] }]) {
      expect(v.safeParse(verdictSchema, bad).success).toBe(false);
      expect(compileSchema(verdictSchema)!(bad)).toBe(INVALID);
    }
  });
});
