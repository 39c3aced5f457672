/** Which drafts `darien lint` reads from its paths, and what it says about the paths it cannot read. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDrafts, readDrafts } from '../../src/drafts/files.js';
import { InputError } from '../../src/registry/problems.js';

function folder(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'darien-files-'));
  mkdirSync(join(cwd, 'multi'));
  writeFileSync(join(cwd, 'multi', 'a.md'), '---\ndate: 2024-02-30\n---\nText.\n');
  writeFileSync(join(cwd, 'multi', 'b.txt'), 'More text.\n');
  mkdirSync(join(cwd, 'empty'));
  return cwd;
}

describe('collectDrafts', () => {
  it('keeps the drafts it could read beside the paths it could not; readDrafts still throws them all', () => {
    const cwd = folder();
    const { drafts, problems } = collectDrafts(['multi', 'nosuch.md', 'empty'], { cwd });
    expect(drafts.map((d) => d.path)).toEqual(['multi/a.md', 'multi/b.txt']);
    expect(problems).toEqual([
      { file: 'nosuch.md', line: 1, column: 1, message: 'no such file or folder' },
      { file: 'empty', line: 1, column: 1, message: 'no drafts here (.md, .markdown, .mdx or .txt files)' },
    ]);
    // The API's readDrafts keeps its contract: one InputError with every bad path.
    try {
      readDrafts(['multi', 'nosuch.md', 'empty'], { cwd });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems).toEqual(problems);
    }
  });
});
