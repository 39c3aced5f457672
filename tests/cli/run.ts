/** Runs the built CLI as a user would, from the repository root. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function darien(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'darien.cjs'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    // FORCE_COLOR is removed, not emptied: chalk reads an empty FORCE_COLOR as "force level 1".
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COLUMNS: '80', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
