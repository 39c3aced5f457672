/** The registry's bad-input fixtures (tests/fixtures/registry/), for the loader's and the JSON Schema's tests. */
import { join, resolve } from 'node:path';
import { loadRegistry } from '../../src/registry/load.js';
import { formatProblem, InputError } from '../../src/registry/problems.js';

export const FIXTURES = resolve('tests', 'fixtures', 'registry');

/** Loads one bad fixture (a catalogue alone, a source file with the good source and catalogue). */
export function fixtureProblems(name: string): string[] {
  const catalogue = name.startsWith('metrics-');
  const paths = catalogue ? [join(FIXTURES, 'bad', name)] : [join(FIXTURES, 'metrics.yaml'), join(FIXTURES, 'good.yaml'), join(FIXTURES, 'bad', name)];
  try {
    loadRegistry({ paths, cwd: join(FIXTURES, 'bad'), cache: false, requireClaims: !catalogue });
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

