/**
 * Verdicts in the registry: validated with located problems like the rest of it, and applied by
 * `darien check`: a finding a verdict settles is info, a verdict that settles nothing any more is
 * a stale-verdict warning at the verdict, and --strict sets verdicts aside.
 */
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/check.js';
import { currentVerdicts } from '../../src/verdicts/current.js';
import { staleVerdicts } from '../../src/verdicts/settle.js';
import { withReopened } from '../../src/verdicts/reopened.js';
import { exitCodeOf } from '../../src/report.js';
import { formatProblem, InputError } from '../../src/registry/problems.js';
import { header, writeRegistry } from '../helpers/registry.js';

/** Two sources that disagree on July's crossings: a figure-conflict between a1 and b1. */
function claim(id: string, figure: string, value: number): string {
  return `  - id: ${id}\n    quote: "${figure} migrants crossed in July"\n    figure: "${figure}"\n    value: ${value}\n    metric: crossings\n    period: 2024-07\n    period_words: "in July"\n    attribution: []\n`;
}
const A = header('a', '2024-08-02') + claim('a1', '20,519', 20519);
const B = header('b', '2024-08-02') + claim('b1', '25,000', 25000);

/** A verdict rating a1 and settling its conflict with b1; `over` replaces fields by name. */
function verdict(over: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    claim: 'a1',
    figure: '"20,519"',
    rating: 'accurate',
    by: 'Desk',
    date: '2026-12-03',
    reasoning: 'Reuters and SNM agree.',
    evidence: '[b1]',
    settles: '[{check: figure-conflict, with: [b1]}]',
    ...over,
  };
  const lines = Object.entries(fields).filter(([, value]) => value !== '').map(([key, value], i) => `${i === 0 ? '  - ' : '    '}${key}: ${value}`);
  return `verdicts:\n${lines.join('\n')}\n`;
}

function problemsOf(files: Record<string, string>): string[] {
  const dir = writeRegistry(files);
  try {
    checkRegistry({ paths: [dir], cwd: dir, cache: false });
  } catch (error) {
    if (error instanceof InputError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('verdicts: what the registry refuses, located', () => {
  // [case, the verdicts file, the problem expected at file:line:column]
  const bad: Array<[string, string, string]> = [
    ['a rating off the scale', verdict({ rating: 'wrong' }), 'verdicts.yaml:4:13: verdicts[0].rating: must be one of "accurate", "outdated", "misleading", "unsupported", "inaccurate", got "wrong"'],
    ['a date that is no day', verdict({ date: '2026-02-30' }), 'verdicts.yaml:6:11: verdicts[0].date: must be the day of the verdict, YYYY-MM-DD, got "2026-02-30"'],
    ['a month for a date', verdict({ date: '2026-12' }), 'verdicts.yaml:6:11: verdicts[0].date: must be the day of the verdict, YYYY-MM-DD, got "2026-12"'],
    ['evidence not in the registry', verdict({ evidence: '[b1, nope]' }), 'verdicts.yaml:8:20: verdicts[0].evidence[1]: no claim or source "nope" in the registry: a verdict\'s evidence must be one'],
    ['no evidence', verdict({ evidence: '[]' }), 'verdicts.yaml:8:15: verdicts[0].evidence: must name at least one claim or source that settles it'],
    ['no reasoning', verdict({ reasoning: '' }), 'verdicts.yaml:2:5: verdicts[0].reasoning: is required'],
    ['an unknown field', verdict({ verdict: 'yes' }), 'verdicts.yaml:10:5: verdicts[0].verdict: unknown field'],
    ['a check darien does not have', verdict({ settles: '[{check: figure-conflit, with: [b1]}]' }), 'verdicts.yaml:9:23: verdicts[0].settles[0].check: unknown check "figure-conflit" (did you mean "figure-conflict"?) (see docs/checks/)'],
    ['a figure YAML reads as a number', verdict({ figure: '20519' }), 'verdicts.yaml:3:13: verdicts[0].figure: must be the figure as the claim writes it, in quotes ("8,456")'],
    ['a day still to come', verdict({ date: '2099-01-01' }), 'verdicts.yaml:6:11: verdicts[0].date: 2099-01-01 is a day still to come: a verdict is dated the day it was decided'],
    ['an address that is no web page', verdict({ url: '"javascript:alert(1)"' }), 'verdicts.yaml:10:10: verdicts[0].url: must be an absolute http(s) address, such as https://example.org/story'],
    ['evidence misspelt', verdict({ evidence: '[b12]' }), 'verdicts.yaml:8:16: verdicts[0].evidence[0]: no claim or source "b12" in the registry (did you mean "b1"?): a verdict\'s evidence must be one'],
  ];
  it.each(bad)('refuses %s', (_name, verdicts, expected) => {
    const problems = problemsOf({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': verdicts });
    expect(problems.map((p) => p.replace(/^.*\/(?=verdicts\.yaml)/, ''))).toEqual([expected]);
  });

  it('refuses a second verdict on the same claim, naming the first', () => {
    const twice = verdict() + verdict().replace('verdicts:\n', '');
    const problems = problemsOf({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': twice });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/verdicts\.yaml:10:12: verdicts\[1\]\.claim: a second verdict on "a1" \(the first is at .*verdicts\.yaml:2:12\): revise that one$/);
  });

  it('reports every problem of every verdict in one run', () => {
    const two = verdict({ rating: 'wrong' }) + verdict({ claim: 'b1', figure: '"25,000"', date: 'soon' }).replace('verdicts:\n', '');
    expect(problemsOf({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': two })).toHaveLength(2);
  });

  it('reports a second verdict on a claim and a misspelt settles check of another in one run', () => {
    const three = verdict() + verdict().replace('verdicts:\n', '') + verdict({ claim: 'b1', figure: '"25,000"', evidence: '[a1]', settles: '[{check: part-hole, with: [a1]}]' }).replace('verdicts:\n', '');
    const problems = problemsOf({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': three });
    expect(problems.map((p) => p.replace(/^.*\/(?=verdicts\.yaml)/, '').replace(/: .*?: /, ': '))).toEqual([
      expect.stringMatching(/^verdicts\.yaml:10:12: a second verdict on "a1"/),
      'verdicts.yaml:25:23: unknown check "part-hole" (did you mean "part-whole"?) (see docs/checks/)',
    ]);
  });

  it('a second verdict on a claim is found when either of the two has problems of its own', () => {
    const second = 'verdicts.yaml:10:12: a second verdict on "a1" (the first is at verdicts.yaml:2:12): revise that one';
    const cases: Array<[string, string, string[]]> = [
      [verdict(), verdict({ rating: 'wrong' }), [second, 'verdicts.yaml:12:13: rating']],
      [verdict({ rating: 'wrong' }), verdict(), ['verdicts.yaml:4:13: rating', second]],
    ];
    for (const [one, two, expected] of cases) {
      const problems = problemsOf({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': one + two.replace('verdicts:\n', '') });
      const shown = problems.map((p) => p.replace(/^.*\/(?=verdicts\.yaml)/, '').replace(/: verdicts\[\d\]\.(rating): .*/, ': $1').replace(/: verdicts\[\d\]\.claim: /, ': ').replace(/\(the first is at .*\/verdicts/, '(the first is at verdicts'));
      expect(shown).toEqual(expected);
    }
  });

  it('evidence naming a source that has problems of its own is not a second problem', () => {
    const broken = A.replace('kind: article', 'kind: artcle');
    const problems = problemsOf({ 'a.yaml': broken, 'b.yaml': B, 'verdicts.yaml': verdict({ evidence: '[a]' }) });
    expect(problems.map((p) => p.replace(/^.*\//, ''))).toEqual(['a.yaml:1:25: source.kind: must be one of "article", "reference", got "artcle"']);
  });

  it('reports a bad rating, a bad date and unknown evidence of one verdict together', () => {
    const problems = problemsOf({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': verdict({ rating: 'wrong', date: '2026-13-01', evidence: '[nope]' }) });
    expect(problems.map((p) => p.replace(/^.*\/(?=verdicts\.yaml)/, '').replace(/: .*/, ''))).toEqual(['verdicts.yaml:4:13', 'verdicts.yaml:6:11', 'verdicts.yaml:8:16']);
  });

  it('takes a verdict as written, with a source as evidence', () => {
    expect(problemsOf({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': verdict({ evidence: '[b1, b]' }) })).toEqual([]);
  });
});

function check(files: Record<string, string>, strict = false) {
  const dir = writeRegistry(files);
  const { report } = checkRegistry({ paths: [dir], cwd: dir, cache: false, strict });
  const shown = report.findings.map((f) => ({
    check: f.check,
    severity: f.severity,
    at: `${f.location.file.replace(/^.*\//, '')}:${f.location.line}:${f.location.column}`,
    settled: f.settled ? `${f.settled.verdict.rating} (was ${f.settled.severity})` : null,
    messageId: f.messageId,
  }));
  return { exit: exitCodeOf(report), shown, report };
}

describe('verdicts in darien check', () => {
  it('the conflict fails without a verdict', () => {
    const { exit, shown } = check({ 'a.yaml': A, 'b.yaml': B });
    expect(exit).toBe(1);
    expect(shown).toEqual([{ check: 'figure-conflict', severity: 'error', at: 'a.yaml:6:12', settled: null, messageId: 'conflict' }]);
  });

  it('a verdict that settles it makes it info, with the verdict, and the run passes', () => {
    const { exit, shown, report } = check({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': verdict() });
    expect(exit).toBe(0);
    expect(shown).toEqual([{ check: 'figure-conflict', severity: 'info', at: 'a.yaml:6:12', settled: 'accurate (was error)', messageId: 'conflict' }]);
    expect(report.findings[0]!.settled!.verdict).toMatchObject({ claim: 'a1', by: 'Desk', date: '2026-12-03', evidence: ['b1'], location: { line: 4, column: 13 } });
    expect(report.summary).toMatchObject({ errors: 0, infos: 1, settled: 1 });
  });

  it('the verdict may rate either side of the conflict', () => {
    const onB = verdict({ claim: 'b1', figure: '"25,000"', rating: 'inaccurate', evidence: '[a1]', settles: '[{check: figure-conflict, with: [a1]}]' });
    expect(check({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': onB }).exit).toBe(0);
  });

  it('--strict ignores verdicts: the conflict fails and no verdict is stale', () => {
    const { exit, shown } = check({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': verdict() }, true);
    expect(exit).toBe(1);
    expect(shown.map((f) => `${f.check} ${f.severity}`)).toEqual(['figure-conflict error']);
  });

  // [case, files beside the verdict, the verdict, what check shows]
  const staleCases: Array<[string, Record<string, string>, string, Array<{ check: string; severity: string; at: string; messageId: string }>]> = [
    [
      'the rated figure changed: the conflict fails again and the verdict is stale',
      { 'a.yaml': header('a', '2024-08-02') + claim('a1', '20,520', 20520), 'b.yaml': B },
      verdict(),
      [
        { check: 'figure-conflict', severity: 'error', at: 'a.yaml:6:12', messageId: 'conflict' },
        { check: 'stale-verdict', severity: 'warning', at: 'verdicts.yaml:3:13', messageId: 'figureChanged' },
      ],
    ],
    [
      'the rated claim is gone',
      { 'a.yaml': header('a', '2024-08-02') + claim('a2', '20,519', 20519), 'b.yaml': B },
      verdict({ evidence: '[b]' }),
      [
        { check: 'figure-conflict', severity: 'error', at: 'a.yaml:6:12', messageId: 'conflict' },
        { check: 'stale-verdict', severity: 'warning', at: 'verdicts.yaml:2:12', messageId: 'claimGone' },
      ],
    ],
    [
      'the conflict is gone: the other side now agrees',
      { 'a.yaml': A, 'b.yaml': header('b', '2024-08-02') + claim('b1', '20,519', 20519) },
      verdict(),
      [{ check: 'stale-verdict', severity: 'warning', at: 'verdicts.yaml:9:15', messageId: 'findingGone' }],
    ],
    [
      'a third claim joined the conflict: the verdict no longer decides it',
      { 'a.yaml': A, 'b.yaml': B, 'c.yaml': header('c', '2024-08-02') + claim('c1', '25,000', 25000) },
      verdict(),
      [
        { check: 'figure-conflict', severity: 'error', at: 'a.yaml:6:12', messageId: 'conflict' },
        { check: 'stale-verdict', severity: 'warning', at: 'verdicts.yaml:9:15', messageId: 'findingGone' },
      ],
    ],
    [
      'the other side moved, and the verdict weighed it at its figure: stale at that figure, and the conflict fails',
      { 'a.yaml': A, 'b.yaml': header('b', '2024-08-02') + claim('b1', '26,000', 26000) },
      verdict({ settles: '[{check: figure-conflict, with: [{claim: b1, figure: "25,000"}]}]' }),
      [
        { check: 'figure-conflict', severity: 'error', at: 'a.yaml:6:12', messageId: 'conflict' },
        { check: 'stale-verdict', severity: 'warning', at: 'verdicts.yaml:9:67', messageId: 'otherFigureChanged' },
      ],
    ],
    [
      'two verdicts settle one finding: the second is reported, the first settles it',
      { 'a.yaml': A, 'b.yaml': B },
      verdict() + verdict({ claim: 'b1', figure: '"25,000"', rating: 'inaccurate', evidence: '[a1]', settles: '[{check: figure-conflict, with: [a1]}]' }).replace('verdicts:\n', ''),
      [
        { check: 'stale-verdict', severity: 'warning', at: 'verdicts.yaml:17:15', messageId: 'settledTwice' },
        { check: 'figure-conflict', severity: 'info', at: 'a.yaml:6:12', messageId: 'conflict' },
      ],
    ],
  ];
  it.each(staleCases)('%s', (_name, files, verdicts, expected) => {
    const { shown } = check({ ...files, 'verdicts.yaml': verdicts });
    expect(shown.map(({ settled: _settled, ...rest }) => rest)).toEqual(expected);
  });

  it('a verdict on a misspelt claim id is stale, and names the claim it may mean', () => {
    const { report } = check({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': verdict({ claim: 'a11', settles: '[]' }) });
    expect(report.findings.find((f) => f.check === 'stale-verdict')!.message).toBe('The verdict (accurate, 2026-12-03) rates claim "a11", which is no longer in the registry (did you mean "a1"?).');
  });

  it('a stale verdict names the claim that left the conflict', () => {
    const { report } = check({ 'a.yaml': A, 'b.yaml': header('b', '2024-08-02') + claim('b9', '20,519', 20519), 'verdicts.yaml': verdict({ evidence: '[a]' }) });
    expect(report.findings.map((f) => f.message)).toEqual([
      'The verdict (accurate, 2026-12-03) settles a figure-conflict finding on a1, b1 that darien check no longer finds (b1 is no longer in the registry).',
    ]);
  });

  it('weighed at the figure it still has, the other side keeps the finding settled', () => {
    const pinned = verdict({ settles: '[{check: figure-conflict, with: [{claim: b1, figure: "25,000"}]}]' });
    expect(check({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': pinned }).exit).toBe(0);
  });

  it('darien check verdicts.yaml reports that file\'s stale verdicts, and the findings its verdicts settle', () => {
    const dir = writeRegistry({ 'a.yaml': A, 'b.yaml': header('b', '2024-08-02') + claim('b1', '26,000', 26000), 'verdicts.yaml': verdict({ settles: '[{check: figure-conflict, with: [{claim: b1, figure: "25,000"}]}]' }) });
    const { report } = checkRegistry({ paths: [`${dir}/verdicts.yaml`], cwd: dir, cache: false });
    // The conflict the stale verdict no longer settles comes back with it: the file's run fails as the whole run does.
    expect(report.findings.map((f) => `${f.check} ${f.severity}`)).toEqual(['figure-conflict error', 'stale-verdict warning']);
    const settled = writeRegistry({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': verdict() });
    const { report: calm } = checkRegistry({ paths: [`${settled}/verdicts.yaml`], cwd: settled, cache: false, minSeverity: 'info' });
    expect(calm.findings.map((f) => `${f.check} ${f.severity}`)).toEqual(['figure-conflict info']);
  });

  it('stale-verdict is an id like a check\'s: named alone it keeps only its findings, and the config ranks it or turns it off', () => {
    const dir = writeRegistry({ 'a.yaml': A, 'b.yaml': header('b', '2024-08-02') + claim('b1', '26,000', 26000), 'verdicts.yaml': verdict({ settles: '[{check: figure-conflict, with: [{claim: b1, figure: "25,000"}]}]' }) });
    const run = (over: Parameters<typeof checkRegistry>[0]) => checkRegistry({ paths: [dir], cwd: dir, cache: false, ...over }).report;
    expect(run({ checks: ['stale-verdict'] }).findings.map((f) => `${f.check} ${f.severity}`)).toEqual(['stale-verdict warning']);
    const ranked = run({ severities: new Map([['stale-verdict', 'error']]) });
    expect(ranked.findings.filter((f) => f.check === 'stale-verdict').map((f) => f.severity)).toEqual(['error']);
    expect(run({ severities: new Map([['stale-verdict', 'off']]) }).findings.map((f) => f.check)).toEqual(['figure-conflict']);
  });

  it('a verdict on a check that did not run is not stale', () => {
    const dir = writeRegistry({ 'a.yaml': A, 'b.yaml': header('b', '2024-08-02') + claim('b1', '20,519', 20519), 'verdicts.yaml': verdict() });
    const { report } = checkRegistry({ paths: [dir], cwd: dir, cache: false, checks: ['part-whole'] });
    expect(report.findings).toEqual([]);
  });
});

describe('a verdict\'s text is untrusted like the rest of the registry', () => {
  it('never starts a line of darien check, claims or export output, in any format', async () => {
    const { darien } = await import('../cli/run.js');
    const payload = '\\n::error::forged\\u2028##[warning]x\\u001b[31m';
    const verdicts = `verdicts:\n  - claim: a1\n    figure: "20,519"\n    rating: accurate\n    by: "Desk${payload}"\n    date: 2026-12-03\n    reasoning: "Agreed.${payload}"\n    evidence: [b1]\n    settles: [{check: figure-conflict, with: [b1]}]\n    url: "https://desk.example/a1"\n`;
    const dir = writeRegistry({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': verdicts });
    const runs = [
      darien(['check', dir, '--format', 'table'], { cwd: dir }),
      darien(['check', dir, '--format', 'json'], { cwd: dir }),
      darien(['claims', '--registry', dir], { cwd: dir }),
      darien(['claims', '--registry', dir, '--format', 'markdown'], { cwd: dir }),
      darien(['export', 'claimreview', '--registry', dir, '--organisation', 'Desk'], { cwd: dir }),
      darien(['check', dir], { cwd: dir }),
      darien(['check', dir, '--format', 'line'], { cwd: dir }),
    ];
    runs.forEach((run, i) => {
      expect(run.status).toBe(0);
      for (const line of `${run.stdout}${run.stderr}`.split('\n')) {
        expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
        expect(line).not.toContain('\u001b');
        // One-line JSON, for programs, keeps separators as they are (README, "Safe in CI logs").
        if (i !== 1) expect(line).not.toContain('\u2028');
      }
    });
    expect(runs[0]!.stdout).toContain('Agreed.');
  });
});

describe('a stale verdict is not taken as standing, though only darien check reports it', () => {
  const pinned = verdict({ settles: '[{check: figure-conflict, with: [{claim: b1, figure: "25,000"}]}]' });
  const load = (files: Record<string, string>) => {
    const dir = writeRegistry(files);
    return checkRegistry({ paths: [dir], cwd: dir, cache: false }).registry;
  };

  it('stands while the figures it weighed are there', () => {
    expect([...currentVerdicts(load({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': pinned })).keys()]).toEqual(['a1']);
  });

  it('not when the other side it weighed moved, nor when an earlier verdict settles its finding', () => {
    expect([...currentVerdicts(load({ 'a.yaml': A, 'b.yaml': header('b', '2024-08-02') + claim('b1', '26,000', 26000), 'verdicts.yaml': pinned })).keys()]).toEqual([]);
    const second = verdict({ claim: 'b1', figure: '"25,000"', rating: 'inaccurate', evidence: '[a1]', settles: '[{check: figure-conflict, with: [a1]}]' }).replace('verdicts:\n', '');
    expect([...currentVerdicts(load({ 'a.yaml': A, 'b.yaml': B, 'verdicts.yaml': verdict() + second })).keys()]).toEqual(['a1']);
  });

  it('not when its finding is gone, which a run of the checks finds (what export claimreview runs)', () => {
    const registry = load({ 'a.yaml': A, 'b.yaml': header('b', '2024-08-02') + claim('b1', '20,519', 20519), 'verdicts.yaml': verdict() });
    expect([...currentVerdicts(registry).keys()]).toEqual(['a1']);
    const gone = staleVerdicts(registry);
    expect([...gone].map((v) => v.claimId)).toEqual(['a1']);
    expect([...currentVerdicts(registry, gone).keys()]).toEqual([]);
  });
});

describe('a narrowed run keeps what a stale verdict no longer settles', () => {
  const finding = (check: string, ...ids: string[]) => ({ check, ids });
  const idsOf = (f: { ids: string[] }) => f.ids;
  it.each([
    ['a stale verdict kept: the findings on its claim come back', [finding('stale-verdict', 'a1'), finding('figure-conflict', 'a1', 'b1'), finding('part-whole', 'c1', 'c2')], [0], [0, 1]],
    ['no stale verdict kept: only what was kept', [finding('stale-verdict', 'a1'), finding('figure-conflict', 'a1', 'b1')], [1], [1]],
    ['a kept finding of another claim brings nothing back', [finding('figure-conflict', 'c1', 'c2'), finding('figure-conflict', 'a1', 'b1')], [0], [0]],
  ] as const)('%s', (_name, all, kept, expected) => {
    const list = [...all];
    expect(withReopened(list, kept.map((i) => list[i]!), idsOf)).toEqual(expected.map((i) => list[i]));
  });
});
