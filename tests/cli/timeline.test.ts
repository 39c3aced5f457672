/** `darien timeline` end to end through the built CLI. */
import { describe, expect, it } from 'vitest';
import { darien } from './run.js';

const ESC = '\u001b';

describe('darien timeline', () => {
  const run = darien(['timeline', 'darien-crossings']);

  it('renders with no escape codes when NO_COLOR is set', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain(ESC);
  });

  it('no escape codes either when the output is not a terminal', () => {
    expect(darien(['timeline', 'darien-crossings'], { env: { NO_COLOR: '' } }).stdout).not.toContain(ESC);
  });

  it('draws totals and rates in separate sections, each on the time axis', () => {
    const totals = run.stdout.indexOf('totals · darien-crossings · people');
    const daily = run.stdout.indexOf('per day · darien-crossings-daily · people');
    expect(totals).toBeGreaterThan(0);
    expect(daily).toBeGreaterThan(totals);
    expect(run.stdout.slice(totals, daily)).not.toMatch(/● 2,461 +002/);
    expect(run.stdout.slice(daily)).toMatch(/● 2,461 +002/);
    expect(run.stdout).toMatch(/2015 +2017 +2019/);
  });

  it('marks references and articles apart, and flags the conflicting claims', () => {
    const line = (text: string) => run.stdout.split('\n').find((l) => l.includes(text))!;
    expect(line('300,549')).toMatch(/^!\d+ ◆ 300,549 +ref-snm-2024-12-18 .*├─*◆─*┤/);
    expect(line('ref-efe-mulino')).toMatch(/^!\d+ ◆ 511,103/);
    expect(run.stdout.split('\n').filter((l) => l.includes('500,000 – 550,000')).every((l) => /^ +● /.test(l))).toBe(true);
    expect(run.stdout).toMatch(/\nConflicts\n!1 figure-conflict: darien-crossings for 2023/);
  });

  it('an unknown metric exits 2 with one line', () => {
    const bad = darien(['timeline', 'crossings']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/unknown metric "crossings"/);
  });
});
