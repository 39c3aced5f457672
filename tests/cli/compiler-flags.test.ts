/** The V8 flags `darien lint` runs with, chosen by the size of the drafts, and when lintPaths tells the size. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilerFlags, OPTIMISE_FROM_CHARACTERS } from '../../src/cli/lint.js';
import { lintPaths } from '../../src/drafts/lint.js';
import type { Progress } from '../../src/progress.js';
import { ROOT } from './run.js';

describe('compilerFlags', () => {
  it.each<[string, number, string[]]>([
    ['no draft text at all', 0, ['--no-turbo-inlining', '--no-opt']],
    ['a news draft of a few kilobytes', 8_000, ['--no-turbo-inlining', '--no-opt']],
    ["the bench's 1 MB draft", 1_005_601, ['--no-turbo-inlining', '--no-opt']],
    ['just under the limit', OPTIMISE_FROM_CHARACTERS - 1, ['--no-turbo-inlining', '--no-opt']],
    ['the limit itself: optimised', OPTIMISE_FROM_CHARACTERS, ['--no-turbo-inlining']],
    ['drafts of 4 MB in all: optimised', 4_000_000, ['--no-turbo-inlining']],
  ])('%s (%i characters)', (_name, characters, flags) => {
    expect(compilerFlags(characters)).toEqual(flags);
  });
});

describe('lintPaths beforeReading', () => {
  it('is called once, with the total length of the drafts, before the registry or any draft is read', () => {
    const folder = join(ROOT, 'tests', 'fixtures', 'drafts');
    const events: Array<Progress | { characters: number }> = [];
    const { drafts } = lintPaths({
      paths: [folder],
      registryPath: join(ROOT, 'claims'),
      cwd: ROOT,
      onProgress: (p) => events.push(p),
      beforeReading: (characters) => events.push({ characters }),
    });
    const told = events.filter((e): e is { characters: number } => 'characters' in e);
    expect(told).toHaveLength(1);
    // The drafts as read from disk: what lint then reads, character for character.
    const total = drafts.reduce((sum, draft) => sum + readFileSync(join(ROOT, draft.path), 'utf8').length, 0);
    expect(told[0]!.characters).toBe(total);
    expect(total).toBeGreaterThan(0);
    expect(events[0]).toEqual({ characters: total });
  });
});
