/** buildTimeline on the bundled registry: sections, order, and the claims in conflict. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTimeline, loadRegistry } from '../../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const registry = loadRegistry({ paths: ['claims'], cwd: ROOT });
const timeline = buildTimeline(registry, 'darien-crossings');
const section = (title: string) => timeline.sections.find((s) => s.title === title)!;
const flagged = (id: string) => timeline.sections.flatMap((s) => s.rows).find((row) => row.claimId === id)!.conflicts.length > 0;

describe('buildTimeline darien-crossings', () => {
  it('keeps totals, rates and comparisons in sections of their own, totals first', () => {
    expect(timeline.sections.map((s) => `${s.title} ${s.metric}`)).toEqual([
      'totals darien-crossings',
      'per day darien-crossings-daily',
      'per year darien-crossings-typical-year',
      'differences darien-crossings',
      'percent changes darien-crossings',
      'ratios darien-crossings',
    ]);
    expect(section('totals').rows.every((row) => !row.claimId.includes('daily') && !row.claimId.includes('fewer'))).toBe(true);
  });

  it('sorts rows by period, unknown periods last', () => {
    for (const s of timeline.sections) {
      const starts = s.rows.map((row) => row.start ?? Number.POSITIVE_INFINITY);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(section('per year').rows[0]).toMatchObject({ claimId: '002-typical-year', start: null, period: null });
  });

  it('spans the axis from the earliest claim to the latest', () => {
    expect(timeline.start).toBe(Date.UTC(2015, 0, 1) / 86_400_000);
    expect(timeline.end).toBe(Date.UTC(2025, 11, 31) / 86_400_000);
  });

  it('flags the claims in figure-conflict and part-whole findings, and only those', () => {
    for (const id of ['ref-snm-crossings-2024', 'ref-aljazeera-crossings-2024', 'ref-aljazeera-crossings-2023', 'ref-efe-mulino-crossings-2023', '004-crossings-jan-feb-2022', 'ref-efe-informatevzla-crossings-2022-01']) {
      expect(flagged(id), id).toBe(true);
    }
    for (const id of ['000-crossings-2023', '001-crossings-2023', '000-crossings-since-july-1', 'ref-isacson-crossings-2021-total']) {
      expect(flagged(id), id).toBe(false);
    }
    expect(timeline.conflicts.map((c) => c.check).sort()).toEqual(['figure-conflict', 'figure-conflict', 'part-whole']);
  });

  it('marks a reference as a reference', () => {
    const rows = section('totals').rows;
    expect(rows.find((row) => row.claimId === 'ref-snm-crossings-2024')!.sourceKind).toBe('reference');
    expect(rows.find((row) => row.claimId === '000-crossings-2023')!.sourceKind).toBe('article');
  });

  it('a date metric has a timeline too, with its conflicting dates flagged', () => {
    const dates = buildTimeline(registry, 'mulino-inauguration');
    expect(dates.sections.map((s) => s.title)).toEqual(['dates']);
    expect(dates.conflicts.map((c) => c.check)).toEqual(['relative-date']);
  });
});
