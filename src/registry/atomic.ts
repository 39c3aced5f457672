/**
 * Writing a whole file or nothing: into a temporary file beside it, then renamed over it. A reader
 * (a web server serving `darien export` output, the next darien run reading the cache) sees the old
 * file or the new one, never half of one, and a failed write leaves no temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Throws the file system's error (after removing the temporary file) when it cannot be written. */
export function writeFileAtomically(path: string, content: string | Uint8Array, mode = 0o644): void {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    // 'wx': never through a file or link already there.
    writeFileSync(temporary, content, { flag: 'wx', mode });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
