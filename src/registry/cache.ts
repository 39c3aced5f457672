/**
 * A cache of read registry files, so a registry that has not changed is not parsed or validated
 * again.
 *
 * Parsing the YAML is the largest cost of `darien check` on a small registry (about 20 of its
 * ~110 ms of work here) and most of it on a large one. Each entry holds the file's bytes and what
 * the loader keeps for them (v8-serialised: the validated inputs of a valid file, or the parse of
 * one with problems, under the fingerprint of the code that made them; see registry/load.ts); it
 * is used only when the bytes are identical, compared in full, so an edit, a `git checkout` or a
 * clock skew can never serve a stale parse. Entries are written to a
 * temporary file and renamed into place, so a crash leaves either the old entry or the new one,
 * never half of one. The cache is best-effort: any failure to read or write it just means parsing.
 * Off with DARIEN_CACHE=off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

// Bump when what is cached changes shape (the parser, its options, or this format).
const FORMAT = 'darien-parse-cache-2';
// In every entry's first bytes too: DARIEN_CACHE_DIR can put two versions' entries in one folder.
const MAGIC = Buffer.from('DRN2');

export interface ParseCache {
  get(absolute: string, bytes: Buffer): unknown | undefined;
  set(absolute: string, bytes: Buffer, data: unknown): void;
}

function directory(): string {
  const user = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return process.env.DARIEN_CACHE_DIR ?? join(tmpdir(), `${FORMAT}-${user}`);
}

function entryPath(dir: string, absolute: string): string {
  return join(dir, `${createHash('sha1').update(absolute).digest('hex')}.bin`);
}

/**
 * The temp folder is shared: a cache folder someone else made, or others can write to, could feed
 * darien a forged parse. Such a folder is not used.
 */
function trusted(dir: string): boolean | 'absent' {
  try {
    const stat = statSync(dir);
    const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
    return stat.isDirectory() && mine && (stat.mode & 0o022) === 0;
  } catch {
    return 'absent';
  }
}

export function openParseCache(): ParseCache | null {
  if (process.env.DARIEN_CACHE === 'off') return null;
  const dir = directory();
  const state = trusted(dir);
  if (state === false) return null;
  let ready = state === true;
  return {
    get(absolute, bytes) {
      let entry: Buffer;
      try {
        entry = readFileSync(entryPath(dir, absolute));
      } catch {
        return undefined;
      }
      if (entry.length < 8 || !entry.subarray(0, 4).equals(MAGIC)) return undefined;
      const length = entry.readUInt32LE(4);
      if (length !== bytes.length || 8 + length > entry.length) return undefined;
      if (!entry.subarray(8, 8 + length).equals(bytes)) return undefined;
      try {
        return deserialize(entry.subarray(8 + length));
      } catch {
        return undefined;
      }
    },
    set(absolute, bytes, data) {
      try {
        if (!ready) {
          mkdirSync(dir, { recursive: true, mode: 0o700 });
          if (trusted(dir) !== true) return;
          ready = true;
        }
        const header = Buffer.alloc(8);
        MAGIC.copy(header, 0);
        header.writeUInt32LE(bytes.length, 4);
        const path = entryPath(dir, absolute);
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([header, bytes, serialize(data)]));
        renameSync(temporary, path);
      } catch {
        // Best-effort: a read-only or full disk only costs a parse next time.
      }
    },
  };
}
