#!/usr/bin/env node
/**
 * `npm run fuzz [-- --seed N] [--runs N] [--only NAME] [--path P]`: the property suite
 * (tests/property/) for long runs. A random seed unless one is given, printed first so a failure
 * can be replayed; --runs is the number of cases per property (default 2,500, five properties:
 * 12,500 cases); --only runs the properties whose name holds NAME; --path replays one case of an
 * earlier report (with its seed). Exits 1 when a property found a failure not in KNOWN_OPEN.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

function usage(problem) {
  process.stderr.write(`fuzz: ${problem}\nusage: npm run fuzz -- [--seed N] [--runs N] [--only NAME] [--path P]\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ options: { seed: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' }, path: { type: 'string' } } }));
} catch (error) {
  usage(error.message);
}
const seed = values.seed ?? String((Math.random() * 2 ** 31) | 0);
const runs = values.runs ?? '2500';
if (!/^-?\d+$/.test(seed)) usage(`--seed must be a whole number, not "${seed}"`);
if (!/^[1-9]\d*$/.test(runs)) usage(`--runs must be a positive whole number, not "${runs}"`);

const dir = mkdtempSync(join(tmpdir(), 'darien-fuzz-'));
const report = join(dir, 'report.jsonl');
process.stdout.write(`fuzz: seed ${seed}, ${runs} cases per property (replay: npm run fuzz -- --seed ${seed} --runs ${runs})\n`);
const started = Date.now();
const args = ['vitest', 'run', 'tests/property', ...(values.only ? ['-t', values.only] : [])];
const result = spawnSync('npx', args, {
  stdio: 'inherit',
  env: { ...process.env, DARIEN_FUZZ_SEED: seed, DARIEN_FUZZ_RUNS: runs, DARIEN_FUZZ_REPORT: report, ...(values.path ? { DARIEN_FUZZ_PATH: values.path } : {}) },
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);

let entries = [];
try {
  entries = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
} catch {
  // No report: a replay (--path), or vitest failed before any property finished.
}
rmSync(dir, { recursive: true, force: true });
const cases = entries.reduce((sum, entry) => sum + entry.cases, 0);
process.stdout.write(`\nfuzz: seed ${seed}: ${cases} cases in ${entries.length} properties, ${seconds} s\n`);
for (const entry of entries) {
  process.stdout.write(`  ${entry.property}: ${entry.cases} cases, ${entry.seconds} s (slowest: case ${entry.slowest.case}, ${entry.slowest.ms} ms), ${entry.failures.length} failure class(es)\n`);
  for (const failure of entry.failures) {
    const replay = failure.replayPath ? ` (replay: npm run fuzz -- --seed ${seed} --path ${failure.replayPath} --only "${entry.property}")` : '';
    process.stdout.write(`    ${failure.count} × ${failure.failure}${replay}\n`);
  }
}
process.exit(result.status ?? 2);
