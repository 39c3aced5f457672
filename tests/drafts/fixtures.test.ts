/**
 * Draft fixtures with markers, after markdownlint's test suite: a line that must be reported ends
 * with `<!-- expect: check-a, check-b -->` (a check may name its column: `figure-conflict@17`).
 * Every line without a marker must stay clean of warnings and errors, so each fixture tests false
 * alarms as much as findings. Info findings (unchecked figures, a divided registry) are not
 * markers' business.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDrafts } from '../../src/drafts/lint.js';
import { parsePeriod } from '../../src/model/period.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = join(root, 'tests/fixtures/drafts');
const registry = loadRegistry({ cwd: root });

/** line → sorted "check" or "check@column" strings the markers ask for. */
function markers(text: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  text.split('\n').forEach((line, i) => {
    const match = /<!--\s*expect:\s*([^>]*?)\s*-->|\{([a-z-]+(?:@\d+)?(?:,\s*[a-z-]+(?:@\d+)?)*)\}\s*$/.exec(line);
    if (match) out.set(i + 1, (match[1] ?? match[2]!).split(/\s*,\s*/).sort());
  });
  return out;
}

describe('draft fixtures: every marked line reported, every other line clean', () => {
  const files = readdirSync(folder).filter((name) => /\.(?:md|txt)$/.test(name)).sort();
  it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(5));
  for (const name of files) {
    it(name, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const path = `tests/fixtures/drafts/${name}`;
      const date = name.endsWith('.txt') ? parsePeriod('2022-02-28') : null;
      const { report } = lintDrafts({ registry, drafts: [{ path, text }], date, minSeverity: 'warning' });
      const expected = markers(text);
      const found = new Map<number, Set<string>>();
      for (const finding of report.findings) {
        expect(finding.location.file).toBe(path);
        const set = found.get(finding.location.line) ?? new Set<string>();
        set.add(finding.check);
        found.set(finding.location.line, set);
      }
      const actual = new Map<number, string[]>();
      for (const [line, checks] of found) {
        const wanted = expected.get(line) ?? [];
        // A marker with a column pins it; one without matches the check anywhere on the line.
        actual.set(
          line,
          [...checks]
            .map((check) => {
              const pinned = wanted.find((w) => w.startsWith(`${check}@`));
              if (!pinned) return check;
              const column = Number(pinned.split('@')[1]);
              return report.findings.some((f) => f.location.line === line && f.check === check && f.location.column === column) ? pinned : `${check}@?`;
            })
            .sort(),
        );
      }
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    });
  }
});
