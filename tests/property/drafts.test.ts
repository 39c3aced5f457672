/** `darien lint`: any draft, under any name, with any lint options, keeps the contract. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe } from 'vitest';
import { ROOT } from '../cli/run.js';
import { draft, draftName, OPTIONS } from './arbitraries.js';
import { contract, property } from './config.js';
import { runDarien, scratch } from './harness.js';

const REGISTRY = join(ROOT, 'claims');

describe('property: drafts', () => {
  property(
    'lint of generated drafts against the real registry keeps the contract',
    fc.tuple(fc.array(fc.tuple(draftName, draft), { minLength: 1, maxLength: 2 }), OPTIONS.lint),
    async ([drafts, options]) => {
      const { dir, remove } = scratch();
      try {
        const files: Record<string, string> = {};
        drafts.forEach(([name, text], i) => {
          const path = join(dir, `${i}-${name}`);
          writeFileSync(path, text);
          files[path] = text;
        });
        return contract(await runDarien(['lint', '--registry', REGISTRY, ...options, '--', ...Object.keys(files)]), files);
      } finally {
        remove();
      }
    },
    150,
  );
});
