/**
 * Writing what extract proposes to a file of the registry (`darien extract … --output FILE`).
 *
 * Why not the shell's `> FILE`: the shell creates the file, empty, before darien has read a byte,
 * and leaves it so when extract stops on a bad option or article; an empty file in claims/sources/
 * then stops every later `check` and `lint`. Here the text goes to a temporary file in the same
 * folder (a rename is atomic only within one file system), which is then put in place whole: the
 * file is either absent, as it was, or complete. The temporary file starts with "." and ends in
 * ".tmp", so even one left by a killed process is never read as a registry file.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { systemReason } from '../registry/read.js';

export interface WriteOptions {
  /** Replace a file already there; without it, a file there is a problem and stays as it was. */
  readonly force?: boolean;
}

/**
 * Why `path` cannot be written, checked before any work is done so that the user hears it at once
 * with the other option problems; null when it can be tried. writeNewFile() checks again when it
 * writes: the file may appear in between.
 */
export function outputRefusal(path: string, options: WriteOptions = {}): string | null {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return `cannot write ${path}: ${systemReason(error)}`;
    return folderRefusal(path);
  }
  if (stats.isDirectory()) return `cannot write ${path}: it is a folder; name the file to write`;
  if (!options.force) return `${path} already exists: pass --force to replace it`;
  return folderRefusal(path);
}

function folderRefusal(path: string): string | null {
  const folder = dirname(path);
  try {
    if (!statSync(folder).isDirectory()) return `cannot write ${path}: ${folder} is not a folder`;
  } catch (error) {
    return `cannot write ${path}: the folder ${folder}: ${systemReason(error)}`;
  }
  return null;
}

/** Writes `text` to `path` whole or not at all; returns why not, or null when it is written. */
export function writeNewFile(path: string, text: string, options: WriteOptions = {}): string | null {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeComplete(temporary, text);
    if (options.force) replace(temporary, path);
    else placeUnlessPresent(temporary, path);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' ? `${path} already exists: pass --force to replace it` : `cannot write ${path}: ${systemReason(error)}`;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The whole text on disk before it is put in place: a crash after the rename cannot leave it short. */
function writeComplete(temporary: string, text: string): void {
  // 'wx': never through a file or link already there under the temporary name.
  const fd = openSync(temporary, 'wx');
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** --force: the new file takes the old one's place, and its permissions. */
function replace(temporary: string, path: string): void {
  try {
    chmodSync(temporary, statSync(path).mode & 0o7777);
  } catch {
    // No file there (or a dangling link): the new file keeps the default permissions.
  }
  renameSync(temporary, path);
}

/**
 * Without --force: a hard link puts the file in place only if nothing is there, in one step
 * (rename would replace a file created since the check). A file system without hard links falls
 * back to checking, then renaming.
 */
function placeUnlessPresent(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    let present = true;
    try {
      lstatSync(path);
    } catch {
      present = false;
    }
    if (present) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(temporary, path);
  }
}
