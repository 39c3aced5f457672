/**
 * A keyed pattern (src/text/keyed.ts) is looked for only where one of its key words is, so its key
 * words must match wherever the pattern does: on the lexicon's examples of it, and on every window
 * of the corpus's texts the reader could ask it of.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KEYED, keyed } from '../../src/text/keyed.js';
// Every module that keys a pattern, loaded through the reader.
import '../../src/reader/read.js';
import { EN } from '../../src/reader/lexicon/en.js';
import { ES } from '../../src/reader/lexicon/es.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpus's drafts, as text: the reader's sentences and the windows around their figures are all parts of these. */
function corpusTexts(): string[] {
  const folders = [join(root, 'corpus', 'drafts'), ...readdirSync(join(root, 'corpus'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, 'corpus', d.name, 'drafts'))];
  return folders.flatMap((folder) => {
    try {
      return readdirSync(folder).filter((f) => /\.(?:md|txt)$/.test(f)).map((f) => readFileSync(join(folder, f), 'utf8'));
    } catch {
      return [];
    }
  });
}

describe('keyed patterns', () => {
  it('are made', () => {
    expect(KEYED.length).toBeGreaterThanOrEqual(9);
  });

  it('refuse a global pattern or keys with other flags', () => {
    expect(() => keyed(/a/g, /a/g)).toThrow();
    expect(() => keyed(/a/iu, /a/i)).toThrow();
  });

  it('find their key words in every example their lexicon entry reads', () => {
    const entries = [...EN.entries, ...ES.entries];
    for (const { pattern, keys } of KEYED) {
      const entry = entries.find((e) => 'pattern' in e && e.pattern === pattern);
      if (!entry) continue;
      for (const text of entry.examples.reads) expect(keys.test(text), `${entry.id}: ${text}`).toBe(true);
    }
  });

  it('find their key words wherever the pattern matches in the corpus, in each line and in windows of it', () => {
    const lines = corpusTexts().flatMap((text) => text.split('\n'));
    for (const { pattern, keys } of KEYED) {
      for (const line of lines) {
        // Every window the reader could ask of a line: whole, and each cut at a space (before and after a figure).
        const cuts = [0, ...[...line.matchAll(/\s/g)].map((m) => m.index!), line.length];
        for (const at of cuts) {
          for (const text of [line.slice(0, at), line.slice(at)]) {
            if (pattern.test(text)) expect(keys.test(text), `${pattern.source.slice(0, 40)}: ${text}`).toBe(true);
          }
        }
      }
    }
  });
});
