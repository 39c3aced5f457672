/** The `# yaml-language-server: $schema=…` line: a path from where the file goes to darien's schema. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelineFor, schemaModeline } from '../../src/registry/schema-path.js';
import { darien, ROOT } from '../cli/run.js';

const target = (line: string | null, from: string) => resolve(from, decodeURI(/\$schema=(\S+)$/.exec(line ?? '')![1]!));

describe('the schema modeline', () => {
  it.each([
    ['source', join(ROOT, 'claims', 'sources'), '# yaml-language-server: $schema=../../schema/source.schema.json'],
    ['metrics', join(ROOT, 'claims'), '# yaml-language-server: $schema=../schema/metrics.schema.json'],
    ['source', join(ROOT, 'a folder', 'x#y'), '# yaml-language-server: $schema=../../schema/source.schema.json'],
  ] as const)('%s from %s', (kind, folder, line) => {
    expect(schemaModeline(kind, folder)).toBe(line);
  });

  it('leads to the schema from a folder outside the repository', () => {
    const folder = '/tmp/newsroom/claims/sources';
    const line = schemaModeline('source', folder);
    expect(target(line, folder)).toBe(join(ROOT, 'schema', 'source.schema.json'));
  });

  it('escapes a space and a "#" in the path, so the line is one URI reference', () => {
    expect(modelineFor('/srv/news room/#1/darien/schema/source.schema.json', '/srv/claims/sources')).toBe(
      '# yaml-language-server: $schema=../../news%20room/%231/darien/schema/source.schema.json',
    );
  });

  it('starts what darien extract writes, with a path that leads from claims/sources/ to the schema', () => {
    const run = darien(['extract', 'claims/archive/000_c5ab9dee338d6376.txt', '--published', '2024-07-17']);
    expect(run.status).toBe(0);
    const first = run.stdout.split('\n')[0]!;
    expect(first).toBe('# yaml-language-server: $schema=../../schema/source.schema.json');
    expect(existsSync(target(first, join(ROOT, 'claims', 'sources')))).toBe(true);
    expect(dirname(target(first, join(ROOT, 'claims', 'sources')))).toBe(join(ROOT, 'schema'));
  });
});
