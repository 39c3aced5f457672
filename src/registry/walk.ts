/**
 * Which files a run reads, from the paths it was given: files as given, folders walked. Shared by
 * the registry (.yaml, .yml) and lint's drafts (.md, .txt, …), so both follow links, skip what is
 * hidden and report what they cannot read the same way.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from './problems.js';
import { displayPath, systemReason } from './read.js';

export interface WalkOptions {
  readonly cwd: string;
  /** Whether a file found in a folder is one to read, by its name. */
  readonly accept: (name: string) => boolean;
  /** The problem for a folder that holds none: "no drafts here (…)". */
  readonly none: string;
  /** Files a folder's walk passes over (the config's `ignore:`); a file named on the command line is read. */
  readonly ignore?: (absolute: string) => boolean;
}

export interface Walked {
  /** Every file to read, absolute, as reached from the paths (not through realpath), each once. */
  readonly files: string[];
  /** The real path of every folder walked, given or linked: what the run was given to read. */
  readonly folders: string[];
}

/**
 * Every file under `paths` that `accept` takes: path by path, the files each tree holds sorted
 * within their folders, then those reached through links. A symbolic link to a folder is followed
 * like a folder, wherever it leads (a registry assembled from links is still read);
 * a folder reached twice by its real path is walked once, so a link loop ends the walk there
 * without hiding anything else. A file reached twice (itself and a link to it) is read once.
 * A folder that cannot be read is one problem, and the walk goes on through the rest.
 */
export function walkPaths(paths: readonly string[], options: WalkOptions, problems: Problem[]): Walked {
  const files: string[] = [];
  const seenFiles = new Set<string>();
  const folders: string[] = [];
  const problem = (file: string, message: string): void => {
    problems.push({ file, line: 1, column: 1, message });
  };
  const take = (absolute: string, real: string): void => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(absolute);
  };

  for (const path of paths) {
    // An empty argument ("" from a script's unset variable) names nothing; read as the folder the
    // command runs in, it linted a whole repository.
    if (path.trim() === '') {
      problem(JSON.stringify(path), 'an empty path names no file or folder');
      continue;
    }
    const absolute = resolve(options.cwd, path);
    const target = realTarget(absolute);
    if ('error' in target) {
      problem(path, (target.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${systemReason(target.error)}`);
      continue;
    }
    const { real, folder } = target;
    if (!folder) {
      // A file given by name is read whatever it is called; readLimited refuses what is not a file.
      take(absolute, real);
      continue;
    }
    const before = problems.length;
    // Per path, so that `check claims claims/sources` does not find the second path empty.
    const walk: Walk = { ...options, visited: new Set<string>([real]), links: [], folders, take, problem };
    let found = walkFolder(absolute, real, walk);
    // Links last, each in the order met: a file or folder the tree holds itself is then always
    // read under its own path, and a link to it (`again -> sources`) is the one passed over.
    for (let link = walk.links.shift(); link; link = walk.links.shift()) found += followLink(link.full, link.name, walk);
    if (found === 0 && problems.length === before) problem(path, options.none);
  }
  return { files, folders };
}

interface Walk extends WalkOptions {
  readonly visited: Set<string>;
  /** Links met and not yet followed. */
  readonly links: Array<{ full: string; name: string }>;
  readonly folders: string[];
  readonly take: (absolute: string, real: string) => void;
  readonly problem: (file: string, message: string) => void;
}

/** Walks one folder (`real` is its real path), keeping its links for later; returns how many files it found, taken or not. */
function walkFolder(dir: string, real: string, walk: Walk): number {
  walk.folders.push(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    walk.problem(displayPath(dir, walk.cwd), `cannot read folder (${systemReason(error)})`);
    return 0;
  }
  let found = 0;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      walk.links.push({ full, name: entry.name });
    } else if (entry.isDirectory()) {
      const inner = join(real, entry.name);
      if (walk.visited.has(inner)) continue;
      walk.visited.add(inner);
      found += walkFolder(full, inner, walk);
    } else if (walk.accept(entry.name) && !walk.ignore?.(full)) {
      found++;
      walk.take(full, join(real, entry.name));
    }
  }
  return found;
}

/** A symbolic link met in a walk: a folder is walked unless already visited, a file taken by name. */
function followLink(full: string, name: string, walk: Walk): number {
  const target = realTarget(full);
  if ('error' in target) {
    // A dangling link named like a draft or a registry file is a file the run was meant to read.
    if (!walk.accept(name)) return 0;
    const code = (target.error as NodeJS.ErrnoException).code;
    walk.problem(displayPath(full, walk.cwd), code === 'ENOENT' ? 'a symbolic link to nothing' : `cannot read: ${systemReason(target.error)}`);
    return 1;
  }
  if (!target.folder) {
    if (!walk.accept(name) || walk.ignore?.(full)) return 0;
    walk.take(full, target.real);
    return 1;
  }
  if (walk.visited.has(target.real)) return 0;
  walk.visited.add(target.real);
  return walkFolder(full, target.real, walk);
}

/** Where a path really leads (through every link), and whether that is a folder. */
function realTarget(path: string): { real: string; folder: boolean } | { error: unknown } {
  try {
    const real = realpathSync.native(path);
    return { real, folder: statSync(real).isDirectory() };
  } catch (error) {
    return { error };
  }
}
