/** `darien sources` end to end through the built CLI (run `npx tsc -p .` first). */
import { describe, expect, it } from 'vitest';
import { header, writeRegistry } from '../helpers/registry.js';
import { darien } from './run.js';

const ESC = '\u001b';

/** The part of the output between one heading and the next. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  expect(start, `"${from}" in the output`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(to, start + from.length);
  return text.slice(start, end < 0 ? undefined : end);
}

// Wide enough that no source id or figure is wrapped inside its cell.
const WIDE = { env: { COLUMNS: '200' } };

describe('darien sources', () => {
  it('"half a million": both seed articles state it; the 520,085 reference is consistent with it', () => {
    const run = darien(['sources', 'half a million'], WIDE);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const states = between(run.stdout, 'States it (2 claims)', 'Consistent with it');
    expect(states).toContain('000 (article)');
    expect(states).toContain('001 (article)');
    expect(states).toContain('[[Over half a million]]');
    const consistent = between(run.stdout, 'Consistent with it', 'Contradicts it');
    expect(consistent).toContain('ref-aljazeera-2025-01-03');
    expect(consistent).toContain('An estimated');
    expect(consistent).toContain('520,085');
    expect(run.stdout).toContain('Contradicts it (same metric and period, intervals do not overlap): none');
  });

  it('the figure may be given in several words without quotes', () => {
    const run = darien(['sources', 'half', 'a', 'million']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"half a million" read as 500,000 (450,000 – 550,000)');
  });

  it('a ready-to-paste citation line per source', () => {
    const citations = between(darien(['sources', 'half a million']).stdout, '\nCitations\n', '\n\n');
    expect(citations).toContain(
      '001: Poinbank Exchange, "Poinbank Exchange-U.S. agrees to help Panama deport migrants crossing Darién Gap", 2025-04-29, republished from CBS News; citing Panamanian government',
    );
    expect(citations).toContain('ref-aljazeera-2025-01-03: Al Jazeera,');
  });

  it('9000: the "9,000 fewer" crossings and the "at least 9,000" returning migrants, as two things', () => {
    const run = darien(['sources', '9000'], WIDE);
    expect(run.status).toBe(0);
    const lookalikes = between(run.stdout, 'Lookalikes: 9,000 is stated for 2 different things', '\nCitations');
    expect(lookalikes).toContain('roughly 9,000');
    expect(lookalikes).toContain('difference, decrease');
    expect(lookalikes).toContain('at least 9,000');
    expect(lookalikes).toContain('darien-returning-migrants');
  });

  it('140 is the 140 a day, never 140,000', () => {
    const run = darien(['sources', '140']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('[[just 140]]');
    expect(run.stdout).not.toContain('140,000');
  });

  it('no match: says so, shows the nearest figures of the metric, exits 0', () => {
    const run = darien(['sources', '12345', '--metric', 'darien-crossings'], WIDE);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No claim states "12345" for darien-crossings.');
    expect(between(run.stdout, 'Nearest figures for darien-crossings', '\n\n')).toContain('11,363');
  });

  it.each([
    [['sources', 'abc'], /^darien: cannot read "abc" as a figure/],
    [['sources', '11,363', '--metric', 'crossings'], /^darien: unknown metric "crossings": did you mean darien-crossings/],
    [['sources', '11,363', '--period', '2024-13'], /^darien: --period: "2024-13" has no month 13/],
    [['sources', '11,363', '--format', 'xml'], /^darien: unknown format "xml"/],
  ])('%j exits 2 with one line on stderr', (args, message) => {
    const run = darien(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('a registry that cannot be read exits 2', () => {
    const run = darien(['sources', '11,363', '--registry', 'no-such-folder']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-folder');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('no colour when NO_COLOR is set, nor when the output is not a terminal', () => {
    expect(darien(['sources', '11,363']).stdout).not.toContain(ESC);
    expect(darien(['sources', '11,363'], { env: { NO_COLOR: '' } }).stdout).not.toContain(ESC);
  });

  it('--format json', () => {
    const run = darien(['sources', '11,363', '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.query).toMatchObject({ text: '11,363', value: 11363 });
    expect(result.groups[0].states.map((c: { id: string }) => c.id).sort()).toEqual(['000-crossings-since-july-1', 'ref-ap-crossings-since-july-1']);
  });

  it('--format markdown escapes pipes and HTML from the registry and bolds the figure', () => {
    const claim = `  - id: a-1
    quote: "11,363 migrants | crossed <b>here</b>"
    figure: "11,363"
    value: 11363
    metric: crossings
    period: 2024-07
    period_words: "in July"
    attribution: ["Wire | Desk"]
`;
    const dir = writeRegistry({ 'sources/a.yaml': header('a') + claim });
    const run = darien(['sources', '11,363', '--registry', dir, '--format', 'markdown']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('“**11,363** migrants \\| crossed &lt;b&gt;here&lt;/b&gt;”');
    expect(run.stdout).toContain('Wire \\| Desk');
    const row = run.stdout.split('\n').find((line) => line.includes('**11,363**'))!;
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });
});
