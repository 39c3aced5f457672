/**
 * Problems that used to hide others: an unknown top-level key hid the rest of its file, only the
 * first unknown key of a mapping and the first refused tag of a file were reported, and a second
 * document was put at 1:1. Each case plants problems and expects every one, at its line and
 * column. And locating stays linear: a file is parsed once however many problems it holds.
 */
import { createRequire } from 'node:module';
import jsYaml from 'js-yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { worstSourceText } from '../../src/bench/worst-registry.js';
import { loadRegistry } from '../../src/registry/load.js';
import { InputError } from '../../src/registry/problems.js';
import { GOOD_CLAIM, header, loadProblems, METRICS, writeRegistry } from '../helpers/registry.js';

const YAML = createRequire(import.meta.url)('yaml') as typeof import('yaml');

const GOOD = GOOD_CLAIM;
const problems = loadProblems;

// A file that aliases a list ten times, nine levels deep: a billion strings from eleven lines.
const BOMB = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  'source: *i',
].join('\n');

const JSON_STYLE = JSON.stringify(
  {
    source: 'a',
    claims: [
      { id: 'j1', quote: 'q', figure: '1', value: 'one', metric: 'crossings', period: '2024', period_words: 'in 2024', attribution: [] },
      { id: 'j2', quote: 'q', figure: '2', value: 2, metric: 'crossings', period: '2024', period_words: 'in 2024', attribution: [], vaule: 3 },
    ],
  },
  null,
  2,
);

const CASES: Array<[string, Record<string, string>, string[]]> = [
  [
    'an unknown unit, a month 13 and a comparison naming no claim, in one claim',
    {
      'a.yaml': `${header('a')}${GOOD}${GOOD.replace('a1', 'a2').replace('metric: crossings', 'unit: persons\n    metric: crossings').replace('period: 2024-07-01/2024-07-17', 'period: "2024-13"').replace('attribution: [AP]', 'attribution: [AP]\n    comparison: {kind: ratio, subject: a1, baseline: nope}')}`,
    },
    [
      'a.yaml:15:11: unknown unit "persons": no metric of the catalogue counts in it (did you mean "people"?)',
      'a.yaml:17:13: claims[1].period: "2024-13" has no month 13',
      'a.yaml:20:54: comparison names claim "nope", which does not exist',
    ],
  ],
  [
    'a source of the wrong kind, with an inferred date and no note, a republication and a hedge of its claim both unknown',
    {
      'a.yaml': header('a') + GOOD,
      'b.yaml': `${header('b', '2024-07-17', ', page_date_inferred: true, republished_from: "x"').replace('page_date_inferred: false, ', '').replace('kind: article', 'kind: artcle')}${GOOD.replace('a1', 'b1')}    hedge: aproximately\n`,
    },
    [
      'b.yaml:1:25: source.kind: must be one of "article", "reference", got "artcle"',
      'b.yaml:1:133: page_date is inferred: say in page_date_note what from',
      'b.yaml:1:157: unknown source "x" (did you mean "a"?)',
      'b.yaml:11:12: unknown hedge "aproximately": use one from the hedge table in docs/registry.md (did you mean "approximately"?)',
    ],
  ],
  [
    'an unknown top-level key and a bad claim in a source file',
    { 'a.yaml': `${header('a')}${GOOD.replace('value: 11363', 'value: "many"')}sorces: x\n` },
    ['a.yaml:6:12: claims[0].value: must be a number, got "many"', 'a.yaml:11:1: sorces: unknown field'],
  ],
  [
    'two unknown keys in one claim, and a third in the next',
    { 'a.yaml': `${header('a')}${GOOD}    vaule: 3\n    colour: red\n${GOOD.replace('a1', 'a2')}    sauce: AP\n` },
    ['a.yaml:11:5: claims[0].vaule: unknown field', 'a.yaml:12:5: claims[0].colour: unknown field', 'a.yaml:21:5: claims[1].sauce: unknown field'],
  ],
  [
    'an unknown top-level key and two unknown keys of a metric in the catalogue',
    { 'metrics.yaml': `${METRICS}    verbs: [crossed]\n    kinds: 2\nmetric: x\n`, 'a.yaml': header('a') + GOOD },
    ['metrics.yaml:28:5: metrics[4].verbs: unknown field', 'metrics.yaml:29:5: metrics[4].kinds: unknown field', 'metrics.yaml:30:1: metric: unknown field'],
  ],
  [
    'two refused tags and a core tag on a value it cannot read',
    { 'a.yaml': `${header('a')}${GOOD.replace('figure: "11,363"', 'figure: !!binary MTEsMzYz').replace('metric: crossings', 'metric: !metric crossings').replace('value: 11363', 'value: !!int many')}` },
    [
      'a.yaml:5:13: invalid YAML: the tag !!binary is not read here (only plain strings, numbers, true/false, null, lists and mappings)',
      'a.yaml:6:12: invalid YAML: the value does not read as !!int',
      'a.yaml:7:13: invalid YAML: the tag !metric is not read here (only plain strings, numbers, true/false, null, lists and mappings)',
    ],
  ],
  [
    'a second and a third document',
    { 'a.yaml': `${header('a')}${GOOD}---\nsource: b\n---\n# a third\n` },
    [
      'a.yaml:11:1: invalid YAML: document 2 of the file: a registry file holds one document; put it in a file of its own',
      'a.yaml:13:1: invalid YAML: document 3 of the file: a registry file holds one document; put it in a file of its own',
    ],
  ],
  [
    'a second document with a syntax error in it',
    { 'a.yaml': `${header('a')}${GOOD}---\nsource: "b\n` },
    // yaml puts an unclosed quote where the text ends, as for a first document (load.test.ts).
    ['a.yaml:11:1: invalid YAML: document 2 of the file', 'a.yaml:13:1: invalid YAML: Missing closing "quote'],
  ],
  [
    'a JSON-style file: a wrong type and an unknown key',
    { 'a.yaml': header('a') + GOOD, 'j.yaml': JSON_STYLE },
    ['j.yaml:8:16: claims[0].value: must be a number, got "one"', 'j.yaml:23:7: claims[1].vaule: unknown field'],
  ],
  [
    'a one-line flow mapping',
    { 'a.yaml': header('a') + GOOD, 'f.yaml': 'source: a\nclaims: [{id: f1, quote: q, figure: "1", value: one, metric: crossings, period: 2024, period_words: w, attribution: [], x: 1}]\n' },
    ['f.yaml:2:49: claims[0].value: must be a number, got "one"', 'f.yaml:2:121: claims[0].x: unknown field'],
  ],
  [
    'a bad value reached through an alias, at the alias',
    { 'a.yaml': `${header('a')}${GOOD.replace('attribution: [AP]', 'attribution: &who [7]')}${GOOD.replace('a1', 'a2').replace('attribution: [AP]', 'attribution: *who')}` },
    ['a.yaml:10:24: claims[0].attribution[0]: must be a string, got 7', 'a.yaml:18:18: claims[1].attribution[0]: must be a string, got 7'],
  ],
  [
    'an alias bomb, as one problem at the alias that passes the limit',
    { 'a.yaml': header('a') + GOOD, 'b.yaml': BOMB },
    ['b.yaml:4:36: *c: aliases make this file more than 10,000 nodes (it writes 111; at most 10 times that, or 10,000)'],
  ],
  [
    'an alias inside the value it names',
    { 'a.yaml': header('a') + GOOD, 'c.yaml': 'source: &s [1, *s]\nclaims: []\n' },
    ['c.yaml:1:16: *s: an alias inside the value it names repeats it without end'],
  ],
];

describe('every problem of a file, each at its place', () => {
  it.each(CASES)('%s', (_name, files, expected) => {
    const found = problems(files);
    expect(found).toHaveLength(expected.length);
    found.forEach((line, i) => expect(line.startsWith(expected[i]!), `${line}\nshould start with\n${expected[i]}`).toBe(true));
  });

  // yaml's own guard (maxAliasCount, default 100) would refuse this ordinary file.
  it('takes a file that names one attribution in five hundred claims', () => {
    const claims = Array.from({ length: 500 }, (_, i) => GOOD.replace('a1', `a${i}`).replace('attribution: [AP]', i === 0 ? 'attribution: &who [AP]' : 'attribution: *who')).join('');
    const dir = writeRegistry({ 'a.yaml': header('a') + claims });
    expect(loadRegistry({ paths: [dir], cwd: dir, cache: false }).claims).toHaveLength(500);
  });
});

describe('locating is linear', () => {
  afterEach(() => vi.restoreAllMocks());

  // Not timed: the cost that grew with the number of problems was a parse per problem, so the
  // parses are counted, for files with ten times as many problems.
  it.each(['flow', 'anchors'] as const)('parses a %s file once, whatever the number of its problems', (layout) => {
    const parses: number[] = [];
    for (const n of [20, 200]) {
      const dir = writeRegistry({ 'w.yaml': worstSourceText(layout, n) }, { texts: false });
      const full = vi.spyOn(YAML, 'parseDocument');
      const fast = vi.spyOn(jsYaml, 'load');
      let found: readonly unknown[] = [];
      try {
        loadRegistry({ paths: [`${dir}/w.yaml`], cwd: dir, cache: false });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        found = error.problems;
      }
      // Every claim's problem, and the missing archived text.
      expect(found).toHaveLength(n + 1);
      // The source file once by each parser (the catalogue, block style, needs no full parse).
      expect(fast.mock.calls.filter(([text]) => text.startsWith(layout === 'flow' ? '{' : 'source:'))).toHaveLength(1);
      parses.push(full.mock.calls.length);
      vi.restoreAllMocks();
    }
    expect(parses).toEqual([1, 1]);
  });
});
