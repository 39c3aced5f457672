/** A reader that closes the pipe early (`| head`) must not get a stack trace from darien. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticRegistry } from '../../src/bench/synthetic.js';
import { ROOT } from './run.js';

// Output far larger than a pipe's buffer (64 kB here), so darien is still writing when the
// reader goes away: a synthetic archive of 3,000 claims gives a few megabytes of JSON.
const dir = mkdtempSync(join(tmpdir(), 'darien-pipe-'));
writeSyntheticRegistry(dir, 3_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runAndCloseEarly(args: string[]): Promise<{ status: number | null; stderr: string; received: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'darien.cjs'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let received = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read one chunk, then close our end as `head -c` would.
    child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    child.on('close', (status) => resolve({ status, stderr, received }));
  });
}

describe('output to a pipe closed early', () => {
  // The synthetic archive holds conflicts: check exits 1 for them, claims 0.
  it.each([
    [['check', dir, '--format', 'json', '--min-severity', 'info'], 1],
    [['claims', '--registry', dir, '--format', 'json'], 0],
  ])('darien %j stops quietly, with its own exit code (%i)', async (args, code) => {
    const { status, stderr, received } = await runAndCloseEarly(args);
    expect(received).toBeGreaterThan(0);
    expect(stderr).toBe('');
    expect(status).toBe(code);
  });
});
