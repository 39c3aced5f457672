/**
 * Issue 13's sweep: the reports of `darien check` on the bundled registry (with and without
 * --strict) and of `darien lint tests/fixtures/drafts/wrong.md`, in the brief and table formats,
 * and the editors' `darien sources` (11,363, 520,085, 9000 with its lookalikes, 12345 with the
 * nearest figures), `darien claims` and `darien claims --metric darien-crossings`, at every width
 * from 30 to 132 columns. No line is wider than the width, and no id, date, period or figure is
 * split across lines where a line can hold it whole.
 *
 * The reports and results come from the API the CLI calls, and the formatters are called directly,
 * as the other layout tests do: 103 widths × 18 outputs spawned as processes would take minutes.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/check.js';
import { lintPaths } from '../../src/drafts/lint.js';
import { findSources, listClaims, loadRegistry, readFilters, readQuery, type ClaimsListing, type SourcesResult } from '../../src/editors/index.js';
import { formatBrief } from '../../src/formats/brief.js';
import { formatClaimsTable } from '../../src/formats/claims-table.js';
import { formatSourcesTable } from '../../src/formats/sources-table.js';
import { formatTable } from '../../src/formats/table.js';
import type { Report } from '../../src/report.js';
import { escapeTerminal } from '../../src/text/escape.js';
import { loadTextWidth, textWidth } from '../../src/text/wrap.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WIDTHS = Array.from({ length: 132 - 30 + 1 }, (_, i) => 30 + i);
// The deepest indent of any line that can hold a token (a card's field, a wrapped claim's second
// line, a verdict's reasoning; in the editors' output, a card's field): a token this much narrower
// than the width fits a line whole.
const DEEPEST_INDENT = 4;

const REPORTS: Record<string, () => Report> = {
  'check': () => checkRegistry({ paths: ['claims'], cwd: ROOT, cache: false }).report,
  'check --strict': () => checkRegistry({ paths: ['claims'], cwd: ROOT, cache: false, strict: true }).report,
  'lint wrong.md': () => lintPaths({ paths: ['tests/fixtures/drafts/wrong.md'], registryPath: 'claims', cwd: ROOT }).report,
};

const FORMATS = { brief: formatBrief, table: formatTable };

// A word of a message that names an id, a date, a period or a figure: it holds a digit or joins
// parts with a hyphen, a slash or a colon ("ref-efe-mulino-2025-01-02", "2024-07-01/2024-07-17",
// "511,103", "draft:tests/fixtures/drafts/wrong.md"), without the punctuation around it.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.,:/-]*[\p{L}\p{N}]/gu;
const isToken = (word: string) => /\d|[-/:]/.test(word);

/** Every id, date, period and figure the report prints, as printed (escaped for the terminal). */
function tokens(report: Report): string[] {
  const found = new Set<string>();
  const add = (text: string | null | undefined) => {
    for (const word of escapeTerminal(text ?? '').match(TOKEN) ?? []) if (isToken(word)) found.add(word);
  };
  for (const finding of report.findings) {
    add(finding.message);
    // A verdict's claim, figure, date, reasoning and evidence ids.
    if (finding.settled) Object.values(finding.settled.verdict).flat().forEach((value) => typeof value === 'string' && add(value));
    for (const claim of finding.claims) {
      [claim.id, claim.figure, claim.range, claim.period, claim.source.id, claim.source.pageDate, claim.source.republishedFrom].forEach(add);
    }
  }
  return [...found];
}

function count(text: string, token: string): number {
  let n = 0;
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + token.length)) n++;
  return n;
}

/**
 * The tokens that fit a line at `width` but are printed whole fewer times in `out` than where
 * nothing wraps (`whole`, token → count): each such loss is a token split across lines.
 */
function splitTokens(out: string, whole: ReadonlyMap<string, number>, width: number): string[] {
  return [...whole].filter(([token, n]) => textWidth(token) <= width - DEEPEST_INDENT && count(out, token) < n).map(([token]) => token);
}

// A finding's location is printed alone on its line and never wrapped (findingHeading): a path is
// one word, and a terminal folds it where a copy or a click on it still gets the whole path. The
// bundled registry's longest is 72 columns; the lines compared here are all the others.
function overWidth(out: string, report: Report, width: number): string[] {
  const locations = new Set(report.findings.map((f) => `${f.location.file}:${f.location.line}:${f.location.column}`));
  return out.split('\n').filter((line) => !locations.has(line) && textWidth(line) > width);
}

beforeAll(loadTextWidth);

describe.each(Object.entries(REPORTS))('%s', (_, read) => {
  const report = read();

  it('has ids, dates and periods to keep whole', () => {
    expect(report.findings.length).toBeGreaterThan(2);
    expect(tokens(report).filter((t) => /^\d{4}-\d{2}(-\d{2})?\/\d{4}/.test(t) || /^(ref-|draft:)/.test(t)).length).toBeGreaterThan(1);
  });

  for (const [name, format] of Object.entries(FORMATS)) {
    it(`${name}: from 30 to 132 columns, no line is wider than the width and no token that fits is split`, () => {
      const wide = format(report, { width: 1000 });
      const whole = new Map(tokens(report).map((token) => [token, count(wide, token)]));
      const problems: string[] = [];
      for (const width of WIDTHS) {
        const out = format(report, { width });
        for (const line of overWidth(out, report, width)) problems.push(`${width}: line of ${textWidth(line)}: ${line}`);
        for (const token of splitTokens(out, whole, width)) problems.push(`${width}: ${token} split`);
      }
      expect(problems).toEqual([]);
    });
  }
});

/** Every id, date, period and figure a result holds, in any of its strings, as printed (escaped). */
function tokensOf(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const word of escapeTerminal(value).match(TOKEN) ?? []) if (isToken(word)) found.add(word);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) tokensOf(item, found);
  }
  return found;
}

const registry = loadRegistry({ paths: ['claims'], cwd: ROOT });

function filters(input: { metric?: string }) {
  const reading = readFilters(registry, input);
  if (!reading.ok) throw new Error(reading.problem);
  return reading.filters;
}

function sources(figure: string, metric?: string): SourcesResult {
  const query = readQuery(figure);
  if (query === null) throw new Error(`cannot read ${figure}`);
  return findSources(registry, query, filters({ metric }));
}

// A citation is printed on one line, never wrapped (citationBlock): it is for copying whole, as a
// finding's location is. The lines compared with the width are all the others.
function citationLines(result: SourcesResult | ClaimsListing): Set<string> {
  const citations = 'citations' in result ? result.citations : [];
  return new Set(citations.map((c) => `  ${escapeTerminal(c.sourceId)}: ${escapeTerminal(c.citation)}`));
}

const EDITORS: Record<string, () => SourcesResult | ClaimsListing> = {
  'sources 11,363': () => sources('11,363'),
  'sources 520,085': () => sources('520,085'),
  // Beyond issue 13's list: the lookalikes' table, and the nearest figures when none match.
  'sources 9000': () => sources('9000'),
  'sources 12345 --metric darien-crossings': () => sources('12345', 'darien-crossings'),
  'claims': () => listClaims(registry, filters({})),
  'claims --metric darien-crossings': () => listClaims(registry, filters({ metric: 'darien-crossings' })),
};

const editorFormat = (result: SourcesResult | ClaimsListing, width: number, color: boolean) =>
  'query' in result ? formatSourcesTable(result, { width, color }) : formatClaimsTable(result, { width, color });

// darien's own colours: the sweep measures and searches what a terminal shows.
const stripColour = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe.each(Object.entries(EDITORS))('darien %s', (_, read) => {
  const result = read();

  it('has dates and source ids to keep whole', () => {
    const tokens = [...tokensOf(result)];
    expect(tokens.some((t) => /^\d{4}-\d{2}-\d{2}$/.test(t))).toBe(true);
    expect(tokens.filter((t) => /^ref-\w+-\d{4}-\d{2}-\d{2}$/.test(t)).length).toBeGreaterThan(0);
  });

  for (const color of [false, true]) {
    it(`${color ? 'with' : 'without'} colour, from 30 to 132 columns: no line is wider than the width and no token that fits is split`, () => {
      const wide = stripColour(editorFormat(result, 1000, color));
      const whole = new Map([...tokensOf(result)].map((token) => [token, count(wide, token)]));
      const citations = citationLines(result);
      const problems: string[] = [];
      for (const width of WIDTHS) {
        const out = stripColour(editorFormat(result, width, color));
        for (const line of out.split('\n')) if (!citations.has(line) && textWidth(line) > width) problems.push(`${width}: line of ${textWidth(line)}: ${line}`);
        for (const token of splitTokens(out, whole, width)) problems.push(`${width}: ${token} split`);
      }
      expect(problems).toEqual([]);
    });
  }
});
