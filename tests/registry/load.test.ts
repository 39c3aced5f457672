/**
 * Bad input: every problem of a run is reported, one line each, as file:line:column and what is
 * wrong; nothing is checked. Each case plants one kind of problem and expects its exact line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/registry/problems.js';
import { loadRegistry } from '../../src/registry/load.js';
import { GOOD_CLAIM, header, loadProblems, writeRegistry } from '../helpers/registry.js';

const GOOD = GOOD_CLAIM;
const problems = loadProblems;

describe('loading the registry', () => {
  it('loads a good file', () => {
    expect(problems({ 'a.yaml': header('a') + GOOD })).toEqual([]);
  });

  it('reads a metric\'s frame, and locates every problem in a bad one', () => {
    const catalogue = (frame: string) =>
      `metrics:\n  - id: m\n    counts: migrants crossing\n    kind: flow\n    unit: people\n    place: Darién Gap\n    frame:\n${frame}`;
    const dir = writeRegistry({ 'metrics.yaml': catalogue('      counts: [migrants]\n      actions: [crossed]\n      places: [Darién]\n') }, { catalogue: false });
    expect(loadRegistry({ paths: [dir], cwd: dir, requireClaims: false }).metrics.get('m')!.frame).toEqual({ counts: ['migrants'], actions: ['crossed'], localActions: [], places: ['Darién'], within: [] });
    expect(problems({ 'metrics.yaml': catalogue('      verbs: [crossed]\n      counts: [migrants, 3]\n') })).toEqual([
      'metrics.yaml:8:7: metrics[0].frame.verbs: unknown field',
      'metrics.yaml:9:26: metrics[0].frame.counts[1]: must be a string, got 3',
    ]);
  });

  it('loads a file with a byte-order mark and CRLF line ends', () => {
    const crlf = `\uFEFF${header('a') + GOOD}`.replace(/\n/g, '\r\n');
    const dir = writeRegistry({ 'a.yaml': crlf });
    const registry = loadRegistry({ paths: [dir], cwd: dir });
    expect(registry.claims.map((c) => [c.id, c.quantity?.value, c.period?.text])).toEqual([['a1', 11363, '2024-07-01/2024-07-17']]);
  });

  it('locates problems in a CRLF file at the same lines and columns', () => {
    const lf = header('a') + GOOD.replace('metric: crossings', 'metric: nope');
    expect(problems({ 'a.yaml': lf.replace(/\n/g, '\r\n') })).toEqual(problems({ 'a.yaml': lf }));
    expect(problems({ 'a.yaml': lf })[0]).toMatch(/^a\.yaml:7:13: unknown metric "nope"/);
  });

  const cases: Array<[string, Record<string, string>, string[]]> = [
    ['malformed YAML', { 'a.yaml': `${header('a')}  - id: a1\n    quote: "unclosed\n` }, ['a.yaml:5:1: invalid YAML: Missing closing "quote']],
    ['an empty file', { 'a.yaml': '' }, ['a.yaml:1:1: the file is empty, as a failed `darien extract … > FILE` leaves one']],
    ['a file of white space only', { 'a.yaml': ' \n\t\r\n' }, ['a.yaml:1:1: the file is empty, as a failed `darien extract … > FILE` leaves one']],
    ['a file of a byte-order mark only', { 'a.yaml': '\uFEFF' }, ['a.yaml:1:1: the file is empty, as a failed `darien extract … > FILE` leaves one']],
    ['a file of comments only', { 'a.yaml': '# nothing yet\n' }, ['a.yaml:1:1: the file holds no YAML content']],
    ['a binary file', { 'a.yaml': 'source:\u0000\u0001\u0002' }, ['a.yaml:1:1: binary file']],
    ['a missing field', { 'a.yaml': header('a') + GOOD.replace('    metric: crossings\n', '') }, ['a.yaml:3:5: claims[0].metric: is required']],
    ['a wrong type', { 'a.yaml': header('a') + GOOD.replace('value: 11363', 'value: "many"') }, ['a.yaml:6:12: claims[0].value: must be a number, got "many"']],
    ['an id that YAML reads as a number', { 'a.yaml': header('a') + GOOD.replace('id: a1', 'id: 004') }, ['a.yaml:3:9: claims[0].id: must be a string (quote ids that look like numbers: "004", not 004)']],
    ['an unknown field', { 'a.yaml': header('a') + GOOD.replace('    attribution: [AP]\n', '    attribution: [AP]\n    vaule: 3\n') }, ['a.yaml:11:5: claims[0].vaule: unknown field']],
    ['an unknown metric', { 'a.yaml': header('a') + GOOD.replace('metric: crossings', 'metric: crosings') }, ['a.yaml:7:13: unknown metric "crosings": not in the metric catalogue']],
    ['an unknown source', { 'b.yaml': `source: "nope"\nclaims:\n${GOOD}` }, ['b.yaml:1:9: unknown source "nope": no source file defines it']],
    [
      'a duplicate id across files',
      { 'a.yaml': header('a') + GOOD, 'b.yaml': header('b') + GOOD },
      ['b.yaml:3:9: duplicate claim id "a1" (first defined at a.yaml:3:9)'],
    ],
    ['an impossible date', { 'a.yaml': header('a') + GOOD.replace('2024-07-01/2024-07-17', '2024-02-30') }, ['a.yaml:8:13: claims[0].period: "2024-02-30" is not a date: 2024-02 has 29 days']],
    ['a period that ends before it starts', { 'a.yaml': header('a') + GOOD.replace('2024-07-01/2024-07-17', '2024-07-17/2024-07-01') }, ['a.yaml:8:13: claims[0].period: period "2024-07-17/2024-07-01" ends before it starts']],
    [
      'a comparison naming a claim that does not exist',
      { 'a.yaml': header('a') + GOOD + '    comparison:\n      kind: ratio\n      subject: a1\n      baseline: a0\n' },
      ['a.yaml:14:17: comparison names claim "a0", which does not exist'],
    ],
    ['a missing archived text', { 'a.yaml': header('a') + GOOD }, [`a.yaml:1:${header('a').indexOf('text: a.txt') + 1}: archived text not found: a.txt (relative to this file)`]],
  ];

  for (const [name, files, expected] of cases) {
    it(`reports ${name} at its line and column`, () => {
      const found = problems(files, { texts: name !== 'a missing archived text' });
      expect(found).toHaveLength(expected.length);
      found.forEach((line, i) => expect(line.startsWith(expected[i]!), `${line}\nshould start with\n${expected[i]}`).toBe(true));
    });
  }

  it('reports a wrong type, an unknown metric and an impossible date in one claim together', () => {
    const found = problems({ 'a.yaml': header('a') + GOOD.replace('value: 11363', 'value: "many"').replace('metric: crossings', 'metric: nope').replace('2024-07-01/2024-07-17', '2024-02-30') });
    expect(found.map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      'a.yaml:6:12: claims[0].value',
      'a.yaml:7:13: unknown metric "nope"',
      'a.yaml:8:13: claims[0].period',
    ]);
  });

  it('still checks the claims of a source that fails validation', () => {
    const found = problems({ 'a.yaml': header('a').replace(' title: "T a",', '') + GOOD.replace('metric: crossings', 'metric: nope') });
    expect(found.map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual(['a.yaml:1:9: source.title', 'a.yaml:7:13: unknown metric "nope"']);
  });

  it("reports a duplicate claim's other problems too", () => {
    const dup = GOOD.replace('metric: crossings', 'metric: nope').replace('2024-07-01/2024-07-17', '2024-02-30');
    const found = problems({ 'a.yaml': header('a') + GOOD, 'b.yaml': header('b') + dup });
    expect(found.map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      'b.yaml:3:9: duplicate claim id "a1" (first defined at a.yaml:3:9)',
      'b.yaml:7:13: unknown metric "nope"',
      'b.yaml:8:13: claims[0].period',
    ]);
  });

  it('does not call a claim that failed validation missing when a comparison names it', () => {
    const bad = GOOD.replace('value: 11363', 'value: "many"');
    const comparing = GOOD.replace('id: a1', 'id: a2') + '    comparison:\n      kind: ratio\n      subject: a2\n      baseline: a1\n';
    expect(problems({ 'a.yaml': header('a') + bad + comparing })).toEqual(['a.yaml:6:12: claims[0].value: must be a number, got "many"']);
  });

  it('refuses a value of infinity', () => {
    expect(problems({ 'a.yaml': header('a') + GOOD.replace('value: 11363', 'value: .inf') })).toEqual(['a.yaml:6:12: claims[0].value: must be a finite number']);
  });

  it('reports every problem of the run, across files, not just the first', () => {
    const found = problems({
      'a.yaml': header('a') + GOOD.replace('value: 11363', 'value: "many"').replace('metric: crossings', 'metric: nope'),
      'b.yaml': '',
      'c.yaml': header('c') + GOOD.replace('id: a1', 'id: c1').replace('2024-07-01/2024-07-17', '2023-02-29'),
    });
    expect(found.map((line) => line.split(': ')[0])).toEqual(['a.yaml:6:12', 'a.yaml:7:13', 'b.yaml:1:1', 'c.yaml:8:13']);
  });

  it('reports a path that does not exist', () => {
    const dir = writeRegistry({});
    expect(() => loadRegistry({ paths: [join(dir, 'missing')], cwd: dir })).toThrow(/missing:1:1: no such file or folder/);
  });

  it('finds the catalogue above a single source file', () => {
    const dir = writeRegistry({ 'sources/a.yaml': header('a') + GOOD });
    const registry = loadRegistry({ paths: ['sources/a.yaml'], cwd: dir });
    expect(registry.claims[0]!.metric.id).toBe('crossings');
  });

  it('does not read a file the registry only half wrote', () => {
    const dir = writeRegistry({ 'a.yaml': header('a') + GOOD });
    writeFileSync(join(dir, 'a.yaml'), `${header('a')}  - id: a1\n    quote: "11,363`);
    expect(() => loadRegistry({ paths: [dir], cwd: dir })).toThrow(InputError);
  });
});
