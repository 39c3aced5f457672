import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests spawn the built CLI; two cores here, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    // The tests' parse cache lives and dies with the run, apart from a user's.
    env: { DARIEN_CACHE_DIR: mkdtempSync(join(tmpdir(), 'darien-test-cache-')) },
  },
});
