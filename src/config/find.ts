/**
 * Where the config file is: found upward from the working directory as ESLint and Vale find
 * theirs. Its own module, with nothing heavy in it, so a run with no config file pays only for
 * the search (a few stat calls).
 *
 * The name is darien.config.yaml (or .yml): a visible `<tool>.config.*` file as ESLint's flat
 * config, Vite and Vitest have taught the ecosystem to look for, and YAML like the registry it
 * sits beside. The search stops at the repository's root (a folder holding `.git`, a folder or a
 * worktree's file), so a config in a parent project never governs this one, or at the file
 * system's root.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { displayPath } from '../registry/read.js';
import { InputError } from '../registry/problems.js';

export const CONFIG_NAMES = ['darien.config.yaml', 'darien.config.yml'] as const;

/**
 * The config file that governs `cwd`: the nearest above it, up to the repository's root. Two
 * names in one folder is a problem (which one would win is not obvious), not a choice.
 */
export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found = CONFIG_NAMES.map((name) => join(dir, name)).filter((path) => existsSync(path));
    if (found.length > 1) {
      throw new InputError([{ file: displayPath(found[1]!, cwd), line: 1, column: 1, message: `two config files in one folder: use ${CONFIG_NAMES[0]} alone` }]);
    }
    if (found.length === 1) return found[0]!;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return null;
  }
}

/** The config file a command reads: the one --config names, none with --no-config, else the one found upward. */
export function configPath(option: string | boolean | undefined, cwd: string): string | null {
  return option === false ? null : typeof option === 'string' ? option : findConfig(cwd);
}
