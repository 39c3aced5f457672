/**
 * findSources on the bundled registry: who states a figure, who agrees with it for the same metric
 * and period, who contradicts it, and the same number standing for other things.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSources, loadRegistry, readFilters, readQuery, type SourcesResult } from '../../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const registry = loadRegistry({ paths: ['claims'], cwd: ROOT });

function sources(figure: string, filters: { metric?: string; period?: string } = {}): SourcesResult {
  const query = readQuery(figure);
  if (!query) throw new Error(`test figure ${figure} unreadable`);
  const reading = readFilters(registry, filters);
  if (!reading.ok) throw new Error(reading.problem);
  return findSources(registry, query, reading.filters);
}

const ids = (claims: ReadonlyArray<{ id: string }>) => claims.map((claim) => claim.id).sort();
const everyId = (result: SourcesResult) => [
  ...result.groups.flatMap((g) => [...g.states, ...g.consistent, ...g.contradicts]),
  ...result.lookalikes.flatMap((l) => l.claims),
  ...result.nearest,
].map((claim) => claim.id);

describe('findSources on the bundled registry', () => {
  it('"half a million": both seed articles state it, the 520,085 and 511,103 references are consistent', () => {
    const result = sources('half a million');
    expect(result.groups).toHaveLength(1);
    const [group] = result.groups;
    expect(group).toMatchObject({ metric: 'darien-crossings', period: '2023', unit: 'people', comparison: null });
    expect(ids(group!.states)).toEqual(['000-crossings-2023', '001-crossings-2023']);
    expect(ids(group!.consistent)).toEqual(['ref-aljazeera-crossings-2023', 'ref-efe-mulino-crossings-2023']);
    expect(group!.contradicts).toEqual([]);
    expect(result.lookalikes).toEqual([]);
    expect(result.nearest).toEqual([]);
  });

  it('"500k" and "half a million" find the same claims', () => {
    expect(everyId(sources('500k'))).toEqual(everyId(sources('half a million')));
  });

  it('520,085 is stated by Al Jazeera and held by both "over half a million"s; 511,103 contradicts it', () => {
    const [group] = sources('520,085').groups;
    expect(ids(group!.states)).toEqual(['000-crossings-2023', '001-crossings-2023', 'ref-aljazeera-crossings-2023']);
    expect(ids(group!.contradicts)).toEqual(['ref-efe-mulino-crossings-2023']);
  });

  it('a hedged range states what it holds; a rounded figure does not state its neighbours', () => {
    expect(ids(sources('520,000').groups[0]!.states)).toEqual(['000-crossings-2023', '001-crossings-2023']);
    // "20 other representatives" rounds to 15 – 25, but says 20, not 16.
    expect(sources('16').groups.map((g) => g.metric)).toEqual(['us-donated-boats']);
  });

  it('300,549 is contradicted by the two 302,203 references for 2024', () => {
    const [group] = sources('300,549').groups;
    expect(ids(group!.states)).toEqual(['ref-snm-crossings-2024']);
    expect(ids(group!.contradicts)).toEqual(['ref-aljazeera-crossings-2024', 'ref-efe-2026-crossings-2024']);
  });

  it('an unhedged 140,000 (135,000 – 145,000) is contradicted by the 133,726 of 2021', () => {
    const [group] = sources('140,000').groups;
    expect(ids(group!.states)).toEqual(['002-crossings-2021']);
    expect(ids(group!.contradicts)).toEqual(['ref-efe-coralnoticias-crossings-2021', 'ref-isacson-crossings-2021-total']);
  });

  it('"140" is the 140 per day and never 140,000', () => {
    const result = sources('140');
    expect(ids(result.groups.flatMap((g) => g.states))).toEqual(['002-daily-today']);
    expect(everyId(result)).not.toContain('002-crossings-2021');
  });

  it('a rate matches only rates of the same unit: 10,000 a year is not 10,000 a day, nor a total', () => {
    expect(ids(sources('10,000 per year').groups.flatMap((g) => g.states))).toEqual(['002-typical-year']);
    expect(sources('10,000 per day').groups).toEqual([]);
    expect(sources('140 per day').groups.map((g) => g.per)).toEqual(['day']);
  });

  it('a percentage matches only percentages', () => {
    expect(sources('16%').groups).toEqual([]);
    expect(sources('16').groups.map((g) => g.metric)).toEqual(['us-donated-boats']);
  });

  it('"at least 9,000" does not state every figure above 9,000', () => {
    const result = sources('12,345');
    expect(result.groups).toEqual([]);
    expect(result.lookalikes).toEqual([]);
  });

  it('9,000: the "9,000 fewer" crossings and the "at least 9,000" returning migrants are lookalikes', () => {
    const result = sources('9000');
    expect(result.groups.map((g) => g.metric)).toEqual(['darien-crossings', 'darien-returning-migrants']);
    expect(result.groups[0]!.comparison).toBe('difference, decrease against 2023-07-01/2023-07-17');
    expect(result.lookalikes.map((l) => [l.metric, l.comparison, l.shown])).toEqual([
      ['darien-crossings', 'difference, decrease', true],
      ['darien-returning-migrants', null, true],
    ]);
    expect(ids(result.lookalikes[0]!.claims)).toEqual(['000-fewer-than-last-year', 'ref-ap-fewer-than-last-year']);
    expect(ids(result.lookalikes[1]!.claims)).toEqual(['003-returning-migrants']);
  });

  it('9,000 with --metric darien-crossings still shows the returning migrants, as left out', () => {
    const result = sources('9000', { metric: 'darien-crossings' });
    expect(result.groups.map((g) => g.metric)).toEqual(['darien-crossings']);
    expect(result.lookalikes.find((l) => l.metric === 'darien-returning-migrants')?.shown).toBe(false);
  });

  it('two 99% drops against different baselines are one kind of thing, in two groups', () => {
    const result = sources('99%');
    expect(result.groups).toHaveLength(2);
    expect(result.lookalikes).toEqual([]);
  });

  it('--period keeps the claims whose period lies inside it', () => {
    expect(sources('11,363', { period: '2024-07' }).groups).toHaveLength(1);
    expect(sources('11,363', { period: '2023' }).groups).toHaveLength(0);
  });

  it('no match with --metric: the nearest figures of that metric, closest first', () => {
    const result = sources('12345', { metric: 'darien-crossings' });
    expect(result.groups).toEqual([]);
    expect(result.nearest.length).toBeGreaterThan(0);
    expect(result.nearest.every((claim) => claim.metric === 'darien-crossings')).toBe(true);
    expect(result.nearest[0]!.value).toBe(11363);
  });

  it('a citation line per source, with outlet, title, date and whom it cites', () => {
    const citations = sources('half a million').citations;
    expect(citations.map((c) => c.sourceId)).toEqual(['000', '001', 'ref-efe-mulino-2025-01-02', 'ref-aljazeera-2025-01-03']);
    expect(citations[1]!.citation).toBe(
      'Poinbank Exchange, "Poinbank Exchange-U.S. agrees to help Panama deport migrants crossing Darién Gap", 2025-04-29, republished from CBS News; citing Panamanian government',
    );
    expect(citations[0]!.citation).toContain('citing Council on Foreign Relations');
  });

  it('each claim says where its figure is in the quote', () => {
    const claim = sources('half a million').groups[0]!.states.find((c) => c.id === '001-crossings-2023')!;
    expect(claim.quote.slice(...claim.highlight!)).toBe('over half a million');
    expect(claim.attribution).toBe('Poinbank Exchange ← Panamanian government');
  });
});
