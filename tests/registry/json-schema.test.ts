/**
 * The registry's JSON Schemas (schema/): the committed files are what `npm run schema` makes from
 * src/registry/schema.ts now, so a schema change that is not regenerated fails here; every bundled
 * file passes them; and each bad-input fixture is rejected, unless its first line says why a
 * schema cannot see its problem (a cross-file rule, a calendar), in which case it must pass, so
 * that list stays honest too (docs/registry.md, "JSON Schema").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Ajv } from 'ajv';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { registryJsonSchemas, type Converter } from '../../src/registry/json-schema.js';
import { darien } from '../cli/run.js';
import { FIXTURES } from '../helpers/fixtures.js';

const ROOT = resolve('.');
const generated = registryJsonSchemas(toJsonSchema as unknown as Converter);
const ajv = new Ajv({ allErrors: true, strictTuples: false });
const validators = Object.fromEntries(generated.map(({ file, text }) => [file, ajv.compile(JSON.parse(text) as object)]));

/** The schema a registry file is written against: the catalogue's or a source file's. */
function validatorFor(path: string) {
  return validators[schemaOf(path)]!;
}

/** The schema file a registry file follows, by its name: the catalogue, the verdicts, or a source. */
function schemaOf(path: string): string {
  if (/(^|\/)metrics(-[\w-]+)?\.yaml$/.test(path)) return 'metrics.schema.json';
  return /(^|\/)verdicts\.yaml$/.test(path) ? 'verdicts.schema.json' : 'source.schema.json';
}

/** Parsed as the loader parses (js-yaml's core schema: dates stay strings). */
function parse(path: string): unknown {
  return jsYaml.load(readFileSync(path, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
}

const BUNDLED = ['claims/metrics.yaml', 'claims/verdicts.yaml', ...readdirSync(join(ROOT, 'claims', 'sources')).map((name) => `claims/sources/${name}`)];

describe('the registry JSON Schemas', () => {
  it.each(generated.map(({ file }) => file))('schema/%s is what npm run schema generates now', (file) => {
    expect(readFileSync(join(ROOT, 'schema', file), 'utf8')).toBe(generated.find((g) => g.file === file)!.text);
  });

  it.each(BUNDLED)('accepts the bundled %s', (path) => {
    const validate = validatorFor(path);
    expect(validate(parse(join(ROOT, path))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(['metrics.yaml', 'good.yaml'])('accepts the good fixture %s', (name) => {
    expect(validatorFor(name)(parse(join(FIXTURES, name)))).toBe(true);
  });

  const bad = readdirSync(join(FIXTURES, 'bad')).sort();
  it.each(bad)('bad fixture %s: rejected, or passed where its first line says a schema cannot see it', (name) => {
    const path = join(FIXTURES, 'bad', name);
    const marker = /^# schema: (rejects|passes: .+)$/m.exec(readFileSync(path, 'utf8').split('\n')[0]!)?.[1];
    expect(marker, 'each bad fixture says on its first line what the schema does with it').toBeDefined();
    expect(validatorFor(path)(parse(path))).toBe(marker !== 'rejects');
  });

  it('takes a hedge from darien\'s table in any case, as darien does, and no other', () => {
    const good = parse(join(FIXTURES, 'good.yaml')) as { claims: Array<Record<string, unknown>> };
    const withHedge = (hedge: string) => ({ ...good, claims: [{ ...good.claims[0], hedge }] });
    const validate = validators['source.schema.json']!;
    for (const hedge of ['about', 'About', 'MORE THAN', 'nearly']) expect(validate(withHedge(hedge)), hedge).toBe(true);
    for (const hedge of ['aproximately', 'about about', 'abou']) expect(validate(withHedge(hedge)), hedge).toBe(false);
  });

  it('rejects a verdict with a check darien check does not have, a date not YYYY-MM-DD, or a url that is no web address', () => {
    const bundled = parse(join(ROOT, 'claims', 'verdicts.yaml')) as { verdicts: Array<Record<string, unknown>> };
    const validate = validators['verdicts.schema.json']!;
    const first = bundled.verdicts[0]!;
    const withFirst = (over: Record<string, unknown>) => ({ verdicts: [{ ...first, ...over }] });
    expect(validate(withFirst({}))).toBe(true);
    expect(validate(withFirst({ settles: [{ check: 'part-whol' }] }))).toBe(false);
    expect(validate(withFirst({ date: '12/03/2026' }))).toBe(false);
    expect(validate(withFirst({ url: 'javascript:alert(1)' }))).toBe(false);
    expect(validate(withFirst({ figure: 8456 }))).toBe(false);
  });

  it("accepts docs/config.md's example config, and rejects an unknown key, check or severity", () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'docs', 'config.md'), 'utf8'))![1]!;
    const validate = validators['config.schema.json']!;
    expect(validate(jsYaml.load(example, { schema: jsYaml.CORE_SCHEMA })), JSON.stringify(validate.errors)).toBe(true);
    for (const bad of ['min_severty: info', 'checks: {figure-conflcit: off}', 'checks: {page-date: eror}', 'ignore: drafts/']) {
      expect(validate(jsYaml.load(bad, { schema: jsYaml.CORE_SCHEMA })), bad).toBe(false);
    }
  });

  it('accepts what darien extract writes for a bundled article', () => {
    const run = darien(['extract', 'claims/archive/002_ca56067c9e300b45.txt', '--published', '2025-01-31']);
    expect(run.status).toBe(0);
    const validate = validators['source.schema.json']!;
    expect(validate(jsYaml.load(run.stdout, { schema: jsYaml.CORE_SCHEMA })), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names every claims/ file its schema on the first line, by a path that leads to it', () => {
    for (const path of BUNDLED) {
      const first = readFileSync(join(ROOT, path), 'utf8').split('\n')[0]!;
      const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
      expect(target, path).toBeDefined();
      const schemaFile = resolve(dirname(join(ROOT, path)), target!);
      expect(schemaFile).toBe(join(ROOT, 'schema', schemaOf(path)));
    }
  });
});
