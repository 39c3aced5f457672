import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.js';
import { loadRegistry } from '../../src/registry/load.js';
import { eventDate } from '../../src/checks/rules/event-date.js';
import { relativeDate } from '../../src/checks/rules/relative-date.js';
import { checkTester, header, METRICS, writeRegistry } from '../helpers/registry.js';

/** The test catalogue, with the inauguration defined by its day as the catalogue may define an event. */
const DATED = { 'metrics.yaml': METRICS.replace('    counts: the president takes office\n', '    counts: the president takes office\n    date: 2024-07-01\n') };

/** An event date claim: `period:` on its 5th line, at column 13. */
function event(id: string, figure: string, period: string, words: string): string {
  return `  - id: ${id}
    quote: "took office ${figure}"
    figure: "${figure}"
    metric: inauguration
    period: ${period}
    period_words: "${words}"
    attribution: []
`;
}

describe('event-date', () => {
  checkTester(eventDate, {
    valid: [
      { name: 'the same day from two sources', files: { 'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1'), 'b.yaml': header('b') + event('b1', 'July 1', '2024-07-01', 'on July 1') } },
      { name: 'a month holds a day', files: { 'a.yaml': header('a') + event('a1', 'July', '2024-07', 'in July'), 'b.yaml': header('b') + event('b1', 'July 1', '2024-07-01', 'July 1') } },
      {
        name: 'a date read from "on Monday" is left to relative-date',
        files: { 'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1'), 'b.yaml': header('b', '2025-04-29') + event('b1', 'Monday', '2025-04-28', 'on Monday') },
      },
    ],
    invalid: [
      {
        name: 'two days that cannot both be right',
        files: { 'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1'), 'b.yaml': header('b') + event('b1', 'June 2', '2024-06-02', 'June 2') },
        errors: [{ messageId: 'conflict', file: 'b.yaml', line: 7, column: 13 }],
      },
    ],
  });
});

describe('event-date against the day the catalogue gives', () => {
  checkTester(eventDate, {
    valid: [
      { name: 'the day itself', files: { ...DATED, 'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1') } },
      { name: 'a month that holds the day', files: { ...DATED, 'a.yaml': header('a') + event('a1', 'July', '2024-07', 'in July') } },
      { name: 'a year that holds the day', files: { ...DATED, 'a.yaml': header('a') + event('a1', 'this year', '2024', 'this year') } },
    ],
    invalid: [
      {
        name: 'a day in the right month that is not the day (no source gives the day)',
        files: { ...DATED, 'a.yaml': header('a') + event('a1', 'July', '2024-07', 'in July'), 'b.yaml': header('b') + event('b1', 'July 15', '2024-07-15', 'July 15') },
        errors: [{ messageId: 'catalogue', file: 'b.yaml', line: 7, column: 13 }],
      },
      {
        name: 'two wrong days are two findings, and never a second one between the sources',
        files: {
          ...DATED,
          'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1'),
          'b.yaml': header('b') + event('b1', 'June 2', '2024-06-02', 'June 2'),
          'c.yaml': header('c') + event('c1', 'July 9', '2024-07-09', 'July 9'),
        },
        errors: [
          { messageId: 'catalogue', file: 'b.yaml', line: 7, column: 13 },
          { messageId: 'catalogue', file: 'c.yaml', line: 7, column: 13 },
        ],
      },
    ],
  });

  it('names the catalogue and the sources that agree with it', () => {
    const dir = writeRegistry({ ...DATED, 'a.yaml': header('a') + event('a1', 'July', '2024-07', 'in July'), 'b.yaml': header('b') + event('b1', 'July 15', '2024-07-15', 'July 15') });
    const [finding] = runChecks(loadRegistry({ paths: [dir], cwd: dir }), [eventDate]);
    expect(finding!.message).toBe('inauguration is dated 2024-07-15 (b), but the catalogue gives 2024-07-01 (metrics.yaml). a agrees with it.');
    expect(finding!.claims.map((c) => `${c.claim.id} ${c.role}`)).toEqual(['b1 disputed', 'a1 other side']);
  });

  it('refuses a date on a metric that is not an event', () => {
    const dir = writeRegistry({ 'metrics.yaml': METRICS.replace('    counts: winning margin\n', '    counts: winning margin\n    date: 2024-05-05\n'), 'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1') });
    expect(() => loadRegistry({ paths: [dir], cwd: dir })).toThrow(/metrics\.yaml:\d+:\d+: .*only an event \(kind: date\) has a date/);
  });
});

describe('event-date with many sources', () => {
  it('lists at most five claims a side and counts the rest', () => {
    const files: Record<string, string> = { 'z.yaml': header('z') + event('z1', 'June 2', '2024-06-02', 'June 2') };
    for (let i = 0; i < 8; i++) files[`s${i}.yaml`] = header(`s${i}`) + event(`s${i}a`, 'July 1', '2024-07-01', 'July 1');
    const dir = writeRegistry(files);
    const [finding] = runChecks(loadRegistry({ paths: [dir], cwd: dir }), [eventDate]);
    expect(finding!.claims.map((c) => c.role)).toEqual(['disputed', 'other side', 'other side', 'other side', 'other side', 'other side']);
    expect(finding!.message).toMatch(/ 3 more claims give one of these dates\.$/);
  });
});

describe('relative-date', () => {
  checkTester(relativeDate, {
    valid: [
      { name: '"on Monday" that agrees with the other sources', files: { 'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1'), 'b.yaml': header('b', '2024-07-02') + event('b1', 'Monday', '2024-07-01', 'on Monday') } },
      { name: '"will be sworn in on Monday" recorded as the coming Monday (2024-07-01 on a page of Friday 2024-06-28)', files: { 'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1'), 'b.yaml': header('b', '2024-06-28') + event('b1', 'Monday', '2024-07-01', 'on Monday') } },
      { name: 'absolute dates are event-date\'s business', files: { 'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1'), 'b.yaml': header('b') + event('b1', 'June 2', '2024-06-02', 'June 2') } },
    ],
    invalid: [
      {
        name: '"on Monday" on a page dated 2025-04-29 against July 1, 2024 (the republished-copy trap)',
        files: { 'a.yaml': header('a') + event('a1', 'July 1', '2024-07-01', 'July 1'), 'b.yaml': header('b', '2025-04-29') + event('b1', 'Monday', '2025-04-28', 'on Monday') },
        errors: [{ messageId: 'contradicts', file: 'b.yaml', line: 7, column: 13 }],
      },
      {
        name: 'the registry resolved "on Monday" to a day that is not the Monday before the page date',
        files: { 'b.yaml': header('b', '2025-04-29') + event('b1', 'Monday', '2025-04-21', 'on Monday') },
        errors: [{ messageId: 'misresolved', file: 'b.yaml', line: 7, column: 13 }],
      },
      {
        name: 'two weeks after the Monday before the page date is no reading of "on Monday"',
        files: { 'b.yaml': header('b', '2024-06-28') + event('b1', 'Monday', '2024-07-08', 'on Monday') },
        errors: [{ messageId: 'misresolved', file: 'b.yaml', line: 7, column: 13 }],
      },
    ],
  });
});
