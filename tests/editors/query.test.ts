/** Reading the figure an editor types: the same reader and hedge table as the registry. */
import { describe, expect, it } from 'vitest';
import { readQuery } from '../../src/editors/query.js';

describe('readQuery: figures as a person writes them', () => {
  const cases: Array<[string, number, [number, number], string | null, string | null]> = [
    // typed, value, interval, unit, per
    ['11,363', 11363, [11362.5, 11363.5], null, null],
    ['11363', 11363, [11362.5, 11363.5], null, null],
    ['  11,363  ', 11363, [11362.5, 11363.5], null, null],
    ['half a million', 500000, [450000, 550000], null, null],
    ['500k', 500000, [450000, 550000], null, null],
    ['500K', 500000, [450000, 550000], null, null],
    ['3 million', 3000000, [2500000, 3500000], null, null],
    ['three million', 3000000, [2500000, 3500000], null, null],
    ['$3 million', 3000000, [2500000, 3500000], 'USD', null],
    ['3 million dollars', 3000000, [2500000, 3500000], 'USD', null],
    ['99%', 99, [98.5, 99.5], 'percent', null],
    ['99 percent', 99, [98.5, 99.5], 'percent', null],
    // Words round like digits: "ten percentage points" is "10 percentage points".
    ['ten percentage points', 10, [8, 12], 'percentage-points', null],
    ['10 percentage points', 10, [8, 12], 'percentage-points', null],
    ['140', 140, [135, 145], null, null],
    ['140 per day', 140, [135, 145], null, 'day'],
    ['140 a day', 140, [135, 145], null, 'day'],
    ['140/day', 140, [135, 145], null, 'day'],
    ['140 daily', 140, [135, 145], null, 'day'],
    ['140 migrants per day', 140, [135, 145], 'people', 'day'],
    ['over 212,000', 212000, [212000, 213000], null, null],
    ['nearly 140,000', 140000, [130000, 140000], null, null],
    ['roughly 9,000', 9000, [8000, 10000], null, null],
    ['at least 9,000', 9000, [9000, Number.POSITIVE_INFINITY], null, null],
    ['11,363 migrants', 11363, [11362.5, 11363.5], 'people', null],
    ['tripled', 3, [2.5, 3.5], 'times', null],
  ];

  it.each(cases)('reads %j', (typed, value, interval, unit, per) => {
    const query = readQuery(typed);
    expect(query).not.toBeNull();
    expect(query!.value).toBe(value);
    expect(query!.interval).toEqual(interval);
    expect(query!.unit).toBe(unit);
    expect(query!.per).toBe(per);
  });

  it('reads thousands grouped with a space', () => {
    expect(readQuery('12 345')!.value).toBe(12345);
  });

  it('keeps the hedge words as typed', () => {
    expect(readQuery('over 212,000')!.hedge).toEqual({ kind: 'over', words: 'over' });
    expect(readQuery('11,363')!.hedge).toEqual({ kind: 'none', words: null });
  });

  // Anything left over makes the figure unreadable rather than silently ignored: "12 3456" is not 12.
  // ("12 345" is twelve thousand three hundred forty-five, thousands grouped with a space.)
  it.each(['abc', '', '   ', '12 3456', '1e6', '140 per fortnight', 'July 1', '11,363 bananas', '$99%'])('cannot read %j', (typed) => {
    expect(readQuery(typed)).toBeNull();
  });
});
