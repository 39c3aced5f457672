/** `darien claims` end to end through the built CLI. */
import { describe, expect, it } from 'vitest';
import { darien } from './run.js';

interface JsonClaim {
  id: string;
  metric: string;
  period: string | null;
}

describe('darien claims', () => {
  it('--metric darien-crossings: only that metric, sorted by period', () => {
    const run = darien(['claims', '--metric', 'darien-crossings', '--format', 'json']);
    expect(run.status).toBe(0);
    const claims = (JSON.parse(run.stdout) as { claims: JsonClaim[] }).claims;
    expect(claims.length).toBeGreaterThan(30);
    expect(claims.every((c) => c.metric === 'darien-crossings')).toBe(true);
    // "2021" and "2021-01" start on the same day: compare first days, not strings.
    const firstDay = (period: string | null) => `${(period ?? '9999').split('/')[0]}-01-01`.slice(0, 10);
    const starts = claims.map((c) => firstDay(c.period));
    expect(starts).toEqual([...starts].sort());
    expect(starts[0]).toBe('2015-01-01');
  });

  it('the table lists the claims under their metric, earliest period first, and counts them', () => {
    const run = darien(['claims', '--metric', 'darien-crossings'], { env: { COLUMNS: '200' } });
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('metric darien-crossings\n')).toBe(true);
    expect(run.stdout.indexOf('"en 2015"')).toBeLessThan(run.stdout.indexOf('"en 2016"'));
    expect(run.stdout.indexOf('"en 2016"')).toBeLessThan(run.stdout.indexOf('"since July 1"'));
    expect(run.stdout).toMatch(/\n39 claims of 83 \(metric darien-crossings\)\n$/);
  });

  it('every claim when no filter is given, grouped by metric in order', () => {
    const run = darien(['claims', '--format', 'json']);
    const metrics = (JSON.parse(run.stdout) as { claims: JsonClaim[] }).claims.map((c) => c.metric);
    expect(metrics).toHaveLength(83);
    expect(metrics).toEqual([...metrics].sort((a, b) => a.localeCompare(b)));
  });

  it('--source and --period narrow the list', () => {
    const run = darien(['claims', '--source', 'Associated Press', '--period', '2024', '--format', 'json']);
    expect(run.status).toBe(0);
    const claims = (JSON.parse(run.stdout) as { claims: JsonClaim[] }).claims;
    expect(claims.map((c) => c.id)).toContain('ref-ap-crossings-since-july-1');
    expect(claims.every((c) => c.period !== null && c.period.startsWith('2024'))).toBe(true);
  });

  it('--format markdown: a section per metric', () => {
    const run = darien(['claims', '--metric', 'us-donated-boats', '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('### us-donated-boats');
    expect(run.stdout).toContain('| figure | period | source | quote |');
  });

  it.each([
    [['claims', '--source', 'Nobody Weekly'], /no source, outlet or attribution named "Nobody Weekly" in the registry\n$/],
    [['claims', '--source', 'ref-snm-2024-12-1'], /no source, outlet or attribution named "ref-snm-2024-12-1" in the registry \(did you mean "ref-snm-2024-12-18"\?\)\n$/],
    [['claims', '--metric', 'nope'], /unknown metric "nope"/],
  ])('%j exits 2 with one line on stderr', (args, message) => {
    const run = darien(args);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});
