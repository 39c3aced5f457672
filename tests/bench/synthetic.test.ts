/** The benchmark must time a valid registry: the generator's output loads and cites correctly. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticRegistry } from '../../src/bench/synthetic.js';
import { median } from '../../src/bench/run-lib.js';
import { runChecks } from '../../src/checks/index.js';
import { loadRegistry } from '../../src/registry/load.js';

describe('the synthetic registry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'darien-synthetic-'));
  const files = writeSyntheticRegistry(dir, 1_050);
  const registry = loadRegistry({ paths: [dir], cwd: dir });
  const findings = runChecks(registry);

  it('has the claims asked for, in files of 100', () => {
    expect(registry.claims).toHaveLength(1_050);
    expect(files).toBe(12);
  });

  it('cites every quote and reads every figure as its value', () => {
    expect(findings.filter((f) => f.check === 'quote-in-text' || f.check === 'figure-value')).toEqual([]);
  });

  it('holds some conflicts, as an archive does', () => {
    expect(findings.filter((f) => f.check === 'figure-conflict').length).toBeGreaterThan(0);
  });

  it('takes medians of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
