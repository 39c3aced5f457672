/** `darien sources <figure>`: any figure a user types keeps the contract, in every format. */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe } from 'vitest';
import { ROOT } from '../cli/run.js';
import { figure, OPTIONS } from './arbitraries.js';
import { contract, property } from './config.js';
import { runDarien } from './harness.js';

const REGISTRY = join(ROOT, 'claims');

describe('property: figures', () => {
  property(
    'sources <figure> against the real registry keeps the contract',
    fc.tuple(fc.array(figure, { minLength: 1, maxLength: 2 }), OPTIONS.sources),
    async ([words, options]) => {
      return contract(await runDarien(['sources', ...options, '--registry', REGISTRY, '--', ...words]));
    },
    150,
  );
});
