/**
 * Front matter as Jekyll, Hugo and Astro write it, read with the yaml package: the page date in
 * each form those generators write, located problems for what is not YAML or not a date, and the
 * reading without yaml held to yaml's on the lines it takes.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftDate, draftProblems } from '../../src/drafts/draft.js';
import { lintDrafts } from '../../src/drafts/lint.js';
import { InputError } from '../../src/registry/problems.js';
import { loadRegistry } from '../../src/registry/load.js';
import { readFrontMatter, simpleFields, yamlFields } from '../../src/reader/prepare-front-matter.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ cwd: root });

const dateOf = (front: string): string | null => draftDate('drafts/t.md', readFrontMatter(`---\n${front}\n---\nText.\n`))?.text ?? null;

describe('the page date, in the forms site generators write', () => {
  // [front matter, the page date read]
  const cases: Array<[string, string]> = [
    ['date: 2024-07-17', '2024-07-17'],
    ['date: 2024-07-17 10:30:00 -0500', '2024-07-17'],
    ['date: 2024-07-17T23:30:00-05:00', '2024-07-17'],
    ['date: "2024-07-17T10:30:00Z"', '2024-07-17'],
    ["date: '2024-07-17' # first published", '2024-07-17'],
    ['date: 2024-07-17 # updated later', '2024-07-17'],
    ['date: >-\n  2024-07-17', '2024-07-17'],
    ['published: 2024-07-17', '2024-07-17'],
    ['publishDate: 2024-07-17T10:30:00-05:00', '2024-07-17'],
    ["pubDate: 'Jul 17 2024'", '2024-07-17'],
    ['pubDate: July 17, 2024', '2024-07-17'],
    ['pubDate: 17 July 2024', '2024-07-17'],
    // RSS's RFC 2822, as feeds and some CMSs write it: the day written, whatever the zone.
    ['pubDate: Wed, 17 Jul 2024 23:30:00 GMT', '2024-07-17'],
    ['date: "Wed, 17 Jul 2024 10:30:00 -0500"', '2024-07-17'],
    ['title: "Crossings: 2024"\npubDate: 2024-07-17\ntags: [darien, panama]', '2024-07-17'],
    ['date: 2024-07-17\npubDate: 2023-01-01', '2024-07-17'],
  ];
  for (const [front, day] of cases) it(JSON.stringify(front), () => expect(dateOf(front)).toBe(day));

  it('a front matter with no date field gives none', () => expect(dateOf('title: Crossings')).toBeNull());
  it('front matter closed by "..." and written with CRLF is read', () => {
    expect(draftDate('t.md', readFrontMatter('---\r\ndate: 2024-07-17\r\n...\r\nText.'))?.text).toBe('2024-07-17');
  });
});

describe('a front matter that is not YAML, or a date that is not one, is a located problem', () => {
  // [front matter, line, column, what the message says]
  const cases: Array<[string, number, number, string]> = [
    ['date: yesterday', 2, 7, 'date: "yesterday" is not a date'],
    ['date: 2024-13-01', 2, 7, 'is not a date'],
    ['pubDate: Smarch 3 2024', 2, 10, 'pubDate: "Smarch 3 2024" is not a date'],
    ['date: [2024]', 2, 7, 'is not a date'],
    ['date: "2024-07-17" extra', 2, 20, 'front matter:'],
    ['title: [unclosed\ndate: 2024-07-17', 3, 1, 'front matter:'],
    ['date: 2024-07-17\ndate: 2024-07-18', 3, 1, 'front matter:'],
  ];
  for (const [front, line, column, message] of cases) {
    it(JSON.stringify(front), () => {
      const text = `---\n${front}\n---\nText.\n`;
      const problems = draftProblems({ path: 'drafts/t.md', text });
      expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([['drafts/t.md', line, column]]);
      expect(problems[0]!.message).toContain(message);
      expect(() => lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text }] })).toThrow(InputError);
    });
  }
});

describe('front matter read without yaml reads as yaml does', () => {
  const bodies = [
    'title: Darién crossings, a long draft\ndate: 2024-07-17',
    'title: Crossings fall\nauthor: María Pérez\ndate: 2024-07-17 10:30:00 -0500\ndraft: true\nyear: 2024',
    'layout: post\n\ndate: 2024-07-17T10:30:00Z\nurl: https://example.org/a',
    'empty:\ntitle: a:b c#d',
  ];
  for (const body of bodies) {
    it(JSON.stringify(body), () => {
      const simple = simpleFields(body);
      expect(simple).not.toBeNull();
      expect(simple).toEqual(yamlFields(body));
    });
  }
  it.each(['title: "quoted"', 'date: 2024-07-17 # comment', 'title: a: b', 'list:\n  - a', 'date: ~', 'a: 1\na: 2', '# comment'])('%j is left to yaml', (body) => {
    expect(simpleFields(body)).toBeNull();
  });
});

describe('a draft with no date', () => {
  const text = (front: string) => `${front}Last year, 520,085 migrants crossed the Darién Gap.\nSince July 1, 11,363 migrants crossed the Darién.\n`;
  const warnings = (t: string) => lintDrafts({ registry, drafts: [{ path: 'drafts/t.md', text: t }], minSeverity: 'warning' }).report.findings.map((f) => [f.messageId, f.location.line, f.location.column]);
  it('is told so once, at its first figure left unchecked, when its front matter has no date', () => {
    expect(warnings(text('---\ntitle: Crossings\n---\n'))).toEqual([['needsDate', 4, 12]]);
  });
  it('is told so once when it has no front matter', () => expect(warnings(text(''))).toEqual([['needsDate', 1, 12]]));
  it('is not told so when pubDate gives one', () => expect(warnings(text("---\npubDate: 'Jul 17 2024'\n---\n"))).toEqual([]));
});
