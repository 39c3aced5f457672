/** What the cases of odd files need from the machine they run on: mkfifo, /dev/zero, a user who is not root. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type Need = 'mkfifo' | 'dev-zero' | 'non-root';

/** Why a case cannot be built here (root reads any folder, whatever its mode), or null. */
export function missing(what: Need): string | null {
  if (what === 'dev-zero') return existsSync('/dev/zero') ? null : 'no /dev/zero';
  if (what === 'non-root') return process.getuid?.() === 0 ? 'running as root, who reads any folder' : null;
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'no mkfifo';
  }
}
