/**
 * No line darien writes, in any format, on stdout or stderr, can be read by a CI runner as a
 * command, or starts with untrusted text. Every formatter and every problem line is fed text that
 * tries: GitHub's `::command::` (which the runner finds at a line's start after trimming white
 * space), its legacy `##[command]` and Azure's `##vso[` (found anywhere in a line), the line breaks
 * that would start a line (LF, CR, U+2028, U+0085), and the characters a terminal or log acts on
 * (U+009B, a one-byte CSI; U+202E, a bidi override).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadTextWidth } from '../../src/text/wrap.js';
import { parse } from 'yaml';
import { handleFailure, problemLine, UsageError } from '../../src/cli/io.js';
import { lintDrafts, LINT_RULES } from '../../src/drafts/lint.js';
import type { ClaimView } from '../../src/editors/claim-view.js';
import type { ClaimsListing } from '../../src/editors/claims.js';
import type { SourcesResult } from '../../src/editors/sources.js';
import type { Timeline } from '../../src/editors/timeline.js';
import { extractArticle } from '../../src/extract/extract.js';
import { formatClaimsJson } from '../../src/formats/claims-json.js';
import { formatClaimsMarkdown } from '../../src/formats/claims-markdown.js';
import { formatClaimsTable } from '../../src/formats/claims-table.js';
import { formatGithub } from '../../src/formats/github.js';
import { formatJson } from '../../src/formats/json.js';
import { formatSarif } from '../../src/formats/sarif.js';
import { formatSourcesJson } from '../../src/formats/sources-json.js';
import { formatSourcesMarkdown } from '../../src/formats/sources-markdown.js';
import { formatSourcesTable } from '../../src/formats/sources-table.js';
import { formatBrief } from '../../src/formats/brief.js';
import { formatLine } from '../../src/formats/line.js';
import { formatTable } from '../../src/formats/table.js';
import { formatTimeline } from '../../src/formats/timeline.js';
import { parsePeriod } from '../../src/model/period.js';
import { InputError } from '../../src/registry/problems.js';
import { loadRegistry } from '../../src/registry/load.js';
import type { Report, ReportedClaim } from '../../src/report.js';
import { displayPath, guardOutput } from '../../src/text/escape.js';
import { darien } from '../cli/run.js';
import { reportedClaim } from './reported-claim.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What untrusted text tries. Each ends in "x" so that a forged command would have a message. */
const PAYLOADS = [
  '\n::warning file=README.md,line=1::x',
  ' ::error::x',
  '\r::error::x',
  '##[error]x',
  '##vso[task.logissue type=error]x',
  'a\u2028::error::x',
  'a\u0085::error::x',
  '\u009b31m::error::x',
  '\u202e::error::x',
];

// A line as a CI runner splits output (LF, CR, CRLF), with the white space GitHub's TrimStart
// removes (any Unicode white space; NEL is not in JavaScript's \s).
const RUNNER_LINES = /\r\n|\r|\n/;
const LEADING_SPACE = /^[\s\u0085]+/;
const OWN_COMMAND = /^::(?:error|warning|notice) [^:\r\n]*::/;
const LIVE = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

// The colours darien itself asks for (SGR sequences), which a coloured run may hold.
const COLOUR = /\u001b\[[0-9;]*m/g;

/**
 * The output as the CLI writes it (guardOutput last) holds no command a runner would act on, and
 * (but for one-line JSON, which is for programs and left as JSON.stringify writes it) no raw
 * control, separator or bidi character.
 */
function expectInert(output: string, what: string, commands = false, raw = false): void {
  const written = guardOutput(output, { commands });
  if (!raw) expect(written.replace(COLOUR, ''), `${what}: a raw control, separator or bidi character`).not.toMatch(LIVE);
  for (const line of written.split(RUNNER_LINES)) {
    const start = line.replace(LEADING_SPACE, '');
    if (start.startsWith('::')) expect(commands && OWN_COMMAND.test(line), `${what}: ${JSON.stringify(line)}`).toBe(true);
    expect(line, what).not.toMatch(/##(?:vso)?\[/i);
  }
}

/**
 * The formatter's own output (before the guard): every line starts with darien's text, that is
 * indentation, a table border, or one of the starts the format names.
 */
function expectOwnStarts(output: string, what: string, starts: RegExp): void {
  for (const line of output.split(RUNNER_LINES)) {
    if (line === '' || /^[ ┌│├└]/.test(line)) continue;
    expect(line, `${what}: a line starts with untrusted text`).toMatch(starts);
  }
}

/** Every string field of a sample object with the payload before and after it (kinds left alone: they are keys). */
function poison<T>(value: T, payload: string): T {
  if (typeof value === 'string') return `${payload}${value}${payload}` as T;
  if (Array.isArray(value)) return value.map((item) => poison(item, payload)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, ['kind', 'sourceKind', 'severity'].includes(key) ? field : poison(field, payload)])) as T;
  }
  return value;
}

function claim(): ReportedClaim & ClaimView {
  const base = reportedClaim();
  return { ...base, source: { ...base.source, republishedFrom: 'Other' }, highlight: null, comparison: 'ratio' } as ReportedClaim & ClaimView;
}

function report(payload: string, message = 'The parts add up to more than 8,456.'): Report {
  const claims = [claim(), { ...claim(), id: 'b1', source: { ...claim().source, id: 'ref', kind: 'reference' as const } }].map((c) => poison(c, payload));
  const file = `drafts/${payload}.md`;
  return {
    findings: [{ check: poison('part-whole', payload), severity: 'error', messageId: 'x', message: poison(message, payload), location: { file, line: 1, column: 1 }, claims, sentence: poison('In 2022, 8,456 crossed.', payload), figure: '8,456' } as Report['findings'][number]],
    summary: { errors: 1, warnings: 0, infos: 0, hidden: 0, claims: 2, sources: 2, files: 1, skippedChecks: [] },
    minSeverity: 'warning',
  };
}

function sources(payload: string): SourcesResult {
  const c = poison(claim(), payload);
  return {
    query: { text: poison('8,456', payload), value: 8456, range: '= 8,456', interval: [8455.5, 8456.5], hedge: null, unit: null, per: null },
    filters: { metric: poison('crossings', payload), period: null },
    groups: [{ metric: poison('crossings', payload), counts: poison('migrants crossing', payload), place: 'Darién', unit: 'people', per: null, comparison: null, period: '2022', states: [c], consistent: [c], contradicts: [c] }],
    lookalikes: [{ metric: poison('other', payload), counts: poison('something else', payload), place: 'Darién', unit: 'people', per: null, comparison: null, claims: [c], shown: false }],
    citations: [{ sourceId: poison('004', payload), kind: 'article', citation: poison('Wire, "T"', payload) }],
    nearest: [c],
  } as unknown as SourcesResult;
}

function timeline(payload: string): Timeline {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const row = { claimId: 'a1', sourceId: poison('004', payload), sourceKind: 'article' as const, figure: poison('8,456', payload), range: null, period: '2022', start: day('2022-01-01'), end: day('2022-12-31'), conflicts: [1] };
  return {
    metric: poison('crossings', payload),
    counts: poison('migrants crossing into Panama', payload),
    start: day('2022-01-01'),
    end: day('2022-12-31'),
    sections: [{ title: 'totals', metric: poison('crossings', payload), unit: poison('people', payload), per: null, rows: [row] }],
    conflicts: [{ number: 1, check: poison('figure-conflict', payload), message: poison('8,456 against 9,000.', payload), claims: ['a1'] }],
  };
}

const TABLE_STARTS = (file: string) => new RegExp(`^(${escapeRegExp(displayPath(file))}:|(error|warning|info)  |\\d+ errors?, )`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The CLI loads string-width before formatting text beyond plain Latin and punctuation; so do these tests.
beforeAll(loadTextWidth);

describe('every format, fed text that forges CI commands', () => {
  for (const payload of PAYLOADS) {
    const name = JSON.stringify(payload);

    it(`check and lint's formats: ${name}`, () => {
      const r = report(payload);
      // 30: below the tables' least width, where each claim is a card.
      for (const width of [30, 60, 80, 132]) {
        const table = formatTable(r, { width });
        expectInert(table, `table at ${width}`);
        expectOwnStarts(table, `table at ${width}`, TABLE_STARTS(r.findings[0]!.location.file));
        const brief = formatBrief(r, { width });
        expectInert(brief, `brief at ${width}`);
        expectOwnStarts(brief, `brief at ${width}`, TABLE_STARTS(r.findings[0]!.location.file));
      }
      // One line a finding, then the summary: a payload's line break never makes a second.
      const line = formatLine(r);
      expectInert(line, 'line');
      expect(line.trimEnd().split(RUNNER_LINES)).toHaveLength(2);
      expectOwnStarts(line, 'line', new RegExp(`^(${escapeRegExp(displayPath(r.findings[0]!.location.file))}:1:1  error  |darien: )`));
      expectInert(formatJson(r), 'json');
      expectInert(formatJson(r, { pretty: false }), 'compact json', false, true);
      expectInert(formatGithub(r), 'github', true);
      expectInert(formatSarif(r, { rules: LINT_RULES, version: '0.1.0', informationUri: null, root: '/repo', cwd: '/repo' }), 'sarif');
      // The data survives: JSON reads back the exact text the report held.
      expect(JSON.parse(guardOutput(formatJson(r))).findings[0].sentence).toBe(r.findings[0]!.sentence);
      const sarif = JSON.parse(guardOutput(formatSarif(r, { rules: LINT_RULES, version: '0.1.0', informationUri: null, root: '/repo', cwd: '/repo' })));
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.snippet.text).toBe(r.findings[0]!.sentence);
    });

    it(`the editors' formats: ${name}`, () => {
      const listing: ClaimsListing = { filters: { metric: null, source: null, period: null }, claims: [poison(claim(), payload)], total: 1 };
      for (const width of [60, 80, 132]) {
        for (const color of [false, true]) {
          const claimsTable = formatClaimsTable(listing, { width, color });
          expectInert(claimsTable, `claims table at ${width}`);
          // "metric" or "darien sources" may be alone on its line, what follows too long for it (indented below).
          if (!color) expectOwnStarts(claimsTable, 'claims table', /^(metric( |$)|\d+ claims? of )/);
          const sourcesTable = formatSourcesTable(sources(payload), { width, color });
          expectInert(sourcesTable, `sources table at ${width}`);
          if (!color) expectOwnStarts(sourcesTable, 'sources table', /^(darien sources( |$)|metric( |$)|States it|Consistent with it|Contradicts it|Lookalikes: |Citations$)/);
          const chart = formatTimeline(timeline(payload), { width, color });
          expectInert(chart, `timeline at ${width}`);
          if (!color) expectOwnStarts(chart, 'timeline', /^(darien timeline |totals · |!1 |● article|Conflicts$)/);
        }
      }
      for (const [what, out] of [
        ['claims markdown', formatClaimsMarkdown(listing)],
        ['claims json', formatClaimsJson(listing)],
        ['sources markdown', formatSourcesMarkdown(sources(payload))],
        ['sources json', formatSourcesJson(sources(payload))],
      ] as const) {
        expectInert(out, what);
        if (what.endsWith('markdown')) expectOwnStarts(out, what, /^(#{2,3} |\||\*\*|_|- )/);
      }
      expect(JSON.parse(guardOutput(formatClaimsJson(listing))).claims[0].quote).toBe(listing.claims[0]!.quote);
    });

    it(`extract's YAML: ${name}`, () => {
      const registry = loadRegistry({ cwd: root });
      const text = `# Title ${payload}\n\nIn 2023, 520,085 migrants crossed the Darién Gap, said ${payload} officials.\n`;
      const { yaml } = extractArticle({ text, fileName: `005_${payload}.md`, published: parsePeriod('2024-01-01'), sourceId: '005', metrics: registry.metrics });
      expectInert(yaml, 'extract');
      expectOwnStarts(yaml, 'extract', /^(#|source:|claims:|  )/);
      // What the article says reaches the registry unchanged: the escapes are YAML's own.
      const read = parse(guardOutput(yaml));
      // The title is the first line (at LF, which is all extract splits on).
      expect(read.source.title).toBe(`Title ${payload}`.split('\n')[0]!.trim());
      // Each quote is a sentence of the article (where the payload broke sentences, another one).
      expect(read.claims.some((c: { figure: string }) => c.figure === '520,085')).toBe(true);
      for (const c of read.claims) expect(text.replace(/\s+/g, ' ')).toContain(c.quote);
    });

    it(`problem lines on stderr: ${name}`, () => {
      const problem = { file: `${payload}.md`, line: 2, column: 7, message: `date: "${payload}" is not a date` };
      const line = problemLine(problem);
      expectInert(line, 'problem line');
      expect(line.split(RUNNER_LINES)).toHaveLength(1);
      // Still file:line:column for an editor: the path as displayPath shows it, which names the same file.
      expect(line.startsWith(`${displayPath(problem.file)}:2:7: `)).toBe(true);
      const written: string[] = [];
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
      try {
        handleFailure(new InputError([problem]));
        handleFailure(new UsageError(`unknown format "${payload}"`));
        handleFailure(new Error(`boom ${payload}`));
      } finally {
        spy.mockRestore();
      }
      const out = written.join('');
      expectInert(out, 'stderr');
      expectOwnStarts(guardOutput(out), 'stderr', new RegExp(`^(${escapeRegExp(guardOutput(displayPath(problem.file)))}:2:7: |darien: )`));
    });
  }
});

describe('a payload at every wrap point', () => {
  // The payload's word is moved along the text one character at a time, so that at each width it
  // lands at the start of a wrapped line somewhere in the sweep; the sweep checks that it did.
  const WIDTHS = [60, 61, 79, 80, 81, 100, 132];
  const TOKEN = '::error::x';
  const lead = (n: number) => 'word '.repeat(Math.floor(n / 5)) + 'w'.repeat(n % 5);

  function sweep(what: string, render: (text: string, width: number) => string): void {
    for (const width of WIDTHS) {
      let landed = 0;
      for (let n = 0; n <= width + 5; n++) {
        const out = render(`${lead(n)} ${TOKEN} and more words after it`, width);
        // At the start of a line, or of a table cell's line.
        if (out.split('\n').some((line) => /(^|│)\s*::error/.test(line))) landed++;
        expectInert(out, `${what} at ${width}, after ${n}`);
      }
      // Otherwise the sweep did not test what it names.
      expect(landed, `${what} at ${width}: the payload never started a wrapped line`).toBeGreaterThan(0);
    }
  }

  it('a finding message in the table', () => sweep('table', (text, width) => formatTable({ ...report(''), findings: [{ ...report('').findings[0]!, message: text }] }, { width })));
  it('a conflict in the timeline', () => sweep('timeline', (text, width) => formatTimeline({ ...timeline(''), conflicts: [{ ...timeline('').conflicts[0]!, message: text }] }, { width, color: false })));
  it('what a metric counts, in sources', () => sweep('sources', (text, width) => formatSourcesTable({ ...sources(''), groups: [{ ...sources('').groups[0]!, counts: text }] }, { width, color: false })));
  it('a finding message in the brief format', () => sweep('brief', (text, width) => formatBrief({ ...report(''), findings: [{ ...report('').findings[0]!, message: text }] }, { width })));
  it('a source in the brief format', () => sweep('brief source', (text, width) => formatBrief({ ...report(''), findings: [{ ...report('').findings[0]!, claims: [{ ...claim(), source: { ...claim().source, outlet: text } }] }] }, { width })));
  it('a quote in a table cell', () => sweep('quote', (text, width) => formatTable({ ...report(''), findings: [{ ...report('').findings[0]!, claims: [{ ...claim(), quote: text }] }] }, { width })));
});

describe('guardOutput', () => {
  // [name, output, as written]
  const cases: Array<[string, string, string]> = [
    ['"::" at a line start', 'a\n::error::x\n', 'a\n\\u003a:error::x\n'],
    ['"::" after white space, which the runner trims', '  \t::error::x', '  \t\\u003a:error::x'],
    ['"::" after a CR', 'a\r::error::x', 'a\r\\u003a:error::x'],
    ['"::" after NEL and a no-break space', '\u0085\u00a0::x::y', '\u0085\u00a0\\u003a:x::y'],
    ['"##[" anywhere in a line', 'cell │ ##[error]x', 'cell │ \\u0023#[error]x'],
    ['"##vso[" in any case', 'a ##VSO[task.complete]', 'a \\u0023#VSO[task.complete]'],
    ['"###[" keeps no "##["', '###[x]', '#\\u0023#[x]'],
  ];
  for (const [name, input, output] of cases) it(`rewrites ${name}`, () => expect(guardOutput(input)).toBe(output));

  const untouched: Array<[string, string]> = [
    ['a markdown heading', '## Sources for 8,456\n### crossings'],
    ['"::" inside a line', 'draft:::error x.md:1:1'],
    ['a path with a colon', 'claims/a.yaml:3:9'],
  ];
  for (const [name, input] of untouched) it(`leaves ${name} alone`, () => expect(guardOutput(input)).toBe(input));

  it("lets darien's own workflow commands through, and only with { commands: true }", () => {
    const own = '::error file=d.md,line=4,col=10,title=darien figure-conflict::msg';
    expect(guardOutput(own, { commands: true })).toBe(own);
    expect(guardOutput(own)).toBe(`\\u003a${own.slice(1)}`);
    expect(guardOutput(`darien: 1 error\n::warning::forged`, { commands: true })).toBe('darien: 1 error\n\\u003a:warning::forged');
  });
});

describe('the CLI, end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'darien-ci-'));
  const wrong = 'In 2022, 260,000 migrants crossed the Darién Gap.\n';
  const names = ['::error file=README.md,line=1::x.md', '##[error]x.md', ' ::warning::y.md'];
  for (const name of names) writeFileSync(join(dir, name), wrong);
  writeFileSync(join(dir, '::warning::bad.md'), '---\ndate: tomorrow\n---\nx\n');

  it('lint: every format on stdout, with drafts named as commands', () => {
    for (const format of ['brief', 'table', 'line', 'github', 'json', 'sarif']) {
      const run = darien(['lint', ...names, '--format', format, '--registry', join(root, 'claims'), '--date', '2024-07-17'], { cwd: dir });
      expect(run.status, `${format}: ${run.stderr}`).toBe(1);
      expectInert(run.stdout, `lint --format ${format}`, format === 'github', format === 'json');
      // Already guarded as written: the guard finds nothing left to rewrite.
      expect(guardOutput(run.stdout, { commands: format === 'github' })).toBe(run.stdout);
    }
  });

  it('lint: problem lines on stderr, and commander quoting an argument back', () => {
    const bad = darien(['lint', '::warning::bad.md', '--registry', join(root, 'claims')], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('./::warning::bad.md:2:7: date: "tomorrow" is not a date (expected YYYY-MM-DD)\ndarien: 1 problem; nothing was checked\n');
    const option = darien(['lint', 'a.md', '--bogus\n::error::x']);
    expect(option.status).toBe(2);
    expectInert(option.stderr, 'commander');
    expectOwnStarts(option.stderr, 'commander', /^darien: /);
  });
});
