/** Timing helpers for the benchmark: wall time of a child process, medians of interleaved runs. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of one run of a command, in milliseconds; fails loudly if the command fails. */
export function time(args: string[], okCodes: number[] = [0], cwd = ROOT, env: Record<string, string> = {}): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // A child ended by a signal has no status: say which signal, and any error spawning it gave.
  if (!okCodes.includes(result.status ?? -1)) throw new Error(`${args.join(' ')} exited ${result.status ?? `by signal ${result.signal}`}${result.error ? ` (${result.error.message})` : ''}: ${result.stderr}`);
  return ms;
}

/** Medians of several commands, timed in turn (interleaved, so drift hits them alike). */
export function medians(commands: Record<string, () => number>, runs: number): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const run of Object.values(commands)) run(); // warm the file cache
  for (let i = 0; i < runs; i++) for (const [name, run] of Object.entries(commands)) samples[name]!.push(run());
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

