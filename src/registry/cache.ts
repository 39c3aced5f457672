/**
 * A cache of read registry files, so a registry that has not changed is not parsed or validated
 * again.
 *
 * Parsing the YAML is the largest cost of `darien check` on a small registry and most of it on a
 * large one. Each entry holds what the loader keeps for one file's content (v8-serialised: the
 * validated inputs of a valid file, or the parse of one with problems, under the fingerprint of
 * the code that made them; see registry/load.ts and registry/cache-entry.ts), under the SHA-256 of
 * that content: a file copied to another folder, or a registry checked out in two worktrees,
 * shares one entry, and an edit, a `git checkout` or a clock skew can never serve a stale parse.
 *
 * The folder is the user's own (`$XDG_CACHE_HOME/darien`, else `~/.cache/darien`), never the
 * shared temp folder, where another user could plant it or point it elsewhere. A folder that is a
 * symlink, is someone else's, or that group or others can write to is not used (no cache; say
 * why with DARIEN_DEBUG=1). Entries are written to a temporary file in the folder and renamed into
 * place, so a crash leaves the old entry or the new one, never half of one; the folder is kept
 * under a size bound by registry/cache-sweep.ts. The cache is best-effort: any failure to read or
 * write it only means parsing. Off with DARIEN_CACHE=off; DARIEN_CACHE_DIR puts it elsewhere.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, futimesSync, lstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { escapeTerminal } from '../text/escape.js';
import { writeFileAtomically } from './atomic.js';
import { SWEEP_DEFAULTS, sweepDue, sweepFolder, type SweepLimits } from './cache-sweep.js';

// In every entry's first bytes: bump when what an entry holds changes shape (this format, or what
// the loader keeps). Entries of another format are misses, and are overwritten.
const MAGIC = Buffer.from('DRN3');
const HASH_BYTES = 32;
const HEADER_BYTES = MAGIC.length + HASH_BYTES;
// Mark an entry used again only when its times are older than this: one futimes a day at most,
// so eviction goes by last use even where the disk does not record reads (noatime).
const REUSE_MARK_MS = 24 * 60 * 60 * 1000;

export interface ParseCache {
  /** The entry for these bytes; `file` is the file's path, not part of the key (entries go by content). */
  get(file: string, bytes: Buffer): unknown | undefined;
  set(file: string, bytes: Buffer, data: unknown): void;
}

/** Where the cache is and how it is kept; every field defaults (tests set their own). */
export interface CacheOptions extends Partial<SweepLimits> {
  readonly dir?: string;
  /** Whose the folder must be: the running user. */
  readonly uid?: number;
}

/** `$DARIEN_CACHE_DIR`, else the user's cache folder as the XDG base-directory spec puts it. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DARIEN_CACHE_DIR) return env.DARIEN_CACHE_DIR;
  // The spec: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'darien');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'darien', 'cache');
  const home = homedir();
  return home ? join(home, '.cache', 'darien') : null;
}

/**
 * Why the folder cannot hold the cache, or null when it can, or 'absent'. Checked with lstat, so
 * a symlink is refused rather than followed into a folder of someone's choosing.
 */
export function folderRefusal(dir: string, uid: number | undefined): string | null | 'absent' {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    return 'absent';
  }
  if (stat.isSymbolicLink()) return 'is a symbolic link';
  if (!stat.isDirectory()) return 'is not a folder';
  // Windows has neither owners nor mode bits to check here.
  if (uid === undefined) return null;
  if (stat.uid !== uid) return `belongs to user ${stat.uid}, not ${uid}`;
  if ((stat.mode & 0o022) !== 0) return 'can be written by group or others';
  return null;
}

function refuse(dir: string, reason: string): null {
  if (process.env.DARIEN_DEBUG) process.stderr.write(`darien: parse cache off: ${escapeTerminal(dir)} ${reason}\n`);
  return null;
}

function contentHash(bytes: Buffer, memo: WeakMap<Buffer, Buffer>): Buffer {
  // get() then set() for the same file's bytes: hashed once.
  let hash = memo.get(bytes);
  if (!hash) {
    hash = createHash('sha256').update(bytes).digest();
    memo.set(bytes, hash);
  }
  return hash;
}

/** The whole file, and whether it was last used so long ago that it should be marked used now. */
function readEntry(path: string, now: number): Buffer | undefined {
  let fd: number;
  try {
    // O_NOFOLLOW: an entry is a file, never a link (0 where the platform has no such flag).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const entry = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < entry.length) {
      const n = readSync(fd, entry, read, entry.length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    if (now - Math.max(stat.atimeMs, stat.mtimeMs) > REUSE_MARK_MS) futimesSync(fd, now / 1000, now / 1000);
    return entry;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Writes `content` to `path` through a temporary file beside it; the temporary file never stays. */
function writeAtomically(path: string, content: Buffer[]): boolean {
  try {
    writeFileAtomically(path, Buffer.concat(content), 0o600);
    return true;
  } catch {
    // A full disk or a read-only folder only costs a parse next time; no half-written file stays.
    return false;
  }
}

export function openParseCache(options: CacheOptions = {}): ParseCache | null {
  if (process.env.DARIEN_CACHE === 'off') return null;
  const dir = options.dir ?? cacheDirectory();
  if (dir === null) return null;
  const uid = 'uid' in options ? options.uid : typeof process.getuid === 'function' ? process.getuid() : undefined;
  const limits: SweepLimits = { ...SWEEP_DEFAULTS, ...options };
  const state = folderRefusal(dir, uid);
  if (state !== null && state !== 'absent') return refuse(dir, state);
  let ready = state === null;
  const hashes = new WeakMap<Buffer, Buffer>();
  // Bytes this run wrote since it last swept (or since it started).
  let written = 0;
  let firstWrite = true;
  const entryPath = (hash: Buffer): string => join(dir, `${hash.toString('hex')}.bin`);
  return {
    get(_file, bytes) {
      const hash = contentHash(bytes, hashes);
      const entry = readEntry(entryPath(hash), Date.now());
      if (!entry || entry.length <= HEADER_BYTES || !entry.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
      // The name says which content the entry is for, and so must the entry itself: one renamed
      // or copied under another name stands for other bytes.
      if (!entry.subarray(MAGIC.length, HEADER_BYTES).equals(hash)) return undefined;
      try {
        return deserialize(entry.subarray(HEADER_BYTES));
      } catch {
        return undefined;
      }
    },
    set(_file, bytes, data) {
      try {
        if (!ready) {
          mkdirSync(dir, { recursive: true, mode: 0o700 });
          const refusal = folderRefusal(dir, uid);
          if (refusal !== null) return void refuse(dir, refusal === 'absent' ? 'could not be made' : refusal);
          ready = true;
        }
        const hash = contentHash(bytes, hashes);
        const payload = serialize(data);
        if (!writeAtomically(entryPath(hash), [MAGIC, hash, payload])) return;
        written += HEADER_BYTES + payload.length;
        const due = (firstWrite && sweepDue(dir, limits)) || written >= limits.maxBytes / 4;
        firstWrite = false;
        if (due) {
          sweepFolder(dir, limits);
          written = 0;
        }
      } catch {
        // Best-effort, as above.
      }
    },
  };
}
