/**
 * Keeping the parse cache's folder small: entries least recently used go first once the folder
 * passes its bound, and temporary files a killed or failed run left behind are removed.
 *
 * A sweep lists and stats every entry (a few milliseconds for a thousand), so it is not done on
 * every run: only by a run that writes (a run served wholly from the cache adds nothing), after
 * its first write when the last sweep is older than `sweepEveryMs`, and again whenever it has
 * written a quarter of the bound since it last swept. A sweep evicts down to three quarters of
 * the bound, so a run writing a large archive keeps the folder under the bound; runs that each
 * write less than a quarter can pass it between sweeps, by what they wrote in `sweepEveryMs`.
 *
 * Only files named as this cache names them are ever removed: DARIEN_CACHE_DIR may point at a
 * folder that holds other things.
 */
import { lstatSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SweepLimits {
  /** The folder's bound, in bytes of entries. */
  readonly maxBytes: number;
  /** At most one sweep in this long, unless a run writes a quarter of the bound. */
  readonly sweepEveryMs: number;
  /** A temporary file older than this belongs to a run that is gone: a write takes milliseconds. */
  readonly staleTemporaryMs: number;
}

// 100 MB: the entries of `npm run bench`'s 100,000-claim archive take 24 MB (1,001 files), so a
// sweep, keeping 75 MB, holds three such archives, or one with a good deal of edits (each edit of
// a file is a new entry until its old one ages out); small beside any disk. Entries are keyed by
// content, so copies of one registry (worktrees, test folders) cost nothing more.
export const SWEEP_DEFAULTS: SweepLimits = {
  maxBytes: 100 * 1024 * 1024,
  sweepEveryMs: 10 * 60 * 1000,
  staleTemporaryMs: 10 * 60 * 1000,
};

const ENTRY = /^[0-9a-f]{64}\.bin$/;
const TEMPORARY = /^[0-9a-f]{64}\.bin\.\d+\.[0-9a-f]{8}\.tmp$/;
// Its modification time is when the folder was last swept.
const MARKER = '.swept';

/** Whether the folder's last sweep is older than the limits allow (or never happened). */
export function sweepDue(dir: string, limits: SweepLimits, now = Date.now()): boolean {
  try {
    // A file's time has fractions of a millisecond and Date.now() none: a marker written in this
    // very millisecond would otherwise look written in the future, and a sweep due at once skipped.
    return now - Math.floor(statSync(join(dir, MARKER)).mtimeMs) >= limits.sweepEveryMs;
  } catch {
    return true;
  }
}

interface Entry {
  readonly name: string;
  readonly size: number;
  /** Last use: reads mark it (registry/cache.ts), or the disk's access time, whichever is later. */
  readonly used: number;
}

/** Removes stale temporary files, then, past 3/4 of the bound, the least recently used entries. */
export function sweepFolder(dir: string, limits: SweepLimits, now = Date.now()): void {
  try {
    // First, so that concurrent runs do not all sweep at once.
    writeFileSync(join(dir, MARKER), '', { mode: 0o600 });
    const entries: Entry[] = [];
    let total = 0;
    for (const name of readdirSync(dir)) {
      const isEntry = ENTRY.test(name);
      if (!isEntry && !TEMPORARY.test(name)) continue;
      const stat = lstatSync(join(dir, name), { throwIfNoEntry: false });
      if (!stat?.isFile()) continue;
      if (!isEntry) {
        if (now - stat.mtimeMs > limits.staleTemporaryMs) rmSync(join(dir, name), { force: true });
        continue;
      }
      entries.push({ name, size: stat.size, used: Math.max(stat.atimeMs, stat.mtimeMs) });
      total += stat.size;
    }
    // Down to 3/4 of the bound, and a run sweeps again before it has written another quarter.
    const target = (limits.maxBytes * 3) / 4;
    if (total <= target) return;
    entries.sort((a, b) => a.used - b.used);
    for (const entry of entries) {
      if (total <= target) break;
      rmSync(join(dir, entry.name), { force: true });
      total -= entry.size;
    }
  } catch {
    // Best-effort: a sweep that fails is tried again by a later run.
  }
}
