/** listClaims and the filters on the bundled registry. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFigure } from '../../src/editors/claim-view.js';
import { listClaims, loadRegistry, readFilters, type ClaimFilters } from '../../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const registry = loadRegistry({ paths: ['claims'], cwd: ROOT });

function filters(input: { metric?: string; source?: string; period?: string }): ClaimFilters {
  const reading = readFilters(registry, input);
  if (!reading.ok) throw new Error(reading.problem);
  return reading.filters;
}

describe('listClaims', () => {
  it('lists every claim, sorted by metric and then by period', () => {
    const listing = listClaims(registry);
    expect(listing.claims).toHaveLength(registry.claims.length);
    expect(listing.total).toBe(registry.claims.length);
    const metrics = listing.claims.map((c) => c.metric);
    expect(metrics).toEqual([...metrics].sort((a, b) => a.localeCompare(b)));
  });

  it('--metric darien-crossings: by period start, then end; unknown periods last', () => {
    const claims = listClaims(registry, filters({ metric: 'darien-crossings' })).claims;
    expect(claims.every((c) => c.metric === 'darien-crossings')).toBe(true);
    expect(claims[0]!.id).toBe('ref-efe-coralnoticias-crossings-2015');
    const starts = claims.map((c) => registry.claimsById.get(c.id)!.period!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('--source takes a source id, or an outlet or attribution as a whole phrase', () => {
    expect(new Set(listClaims(registry, filters({ source: '004' })).claims.map((c) => c.source.id))).toEqual(new Set(['004']));
    const ap = listClaims(registry, filters({ source: 'Associated Press' })).claims.map((c) => c.source.id);
    expect(new Set(ap)).toEqual(new Set(['000', 'ref-ap-2024-07-17', 'ref-ap-memorandum']));
  });

  it('--period 2023 keeps the claims inside 2023 only', () => {
    const claims = listClaims(registry, filters({ period: '2023' })).claims;
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.period!.startsWith('2023'))).toBe(true);
  });
});

describe('readFilters', () => {
  it.each([
    [{ metric: 'crossings' }, /unknown metric "crossings": did you mean darien-crossings/],
    [{ metric: 'darien-crossngs' }, /unknown metric "darien-crossngs": did you mean darien-crossings\?/],
    [{ metric: 'zzz' }, /unknown metric "zzz"/],
    [{ period: '2024-13' }, /--period: "2024-13" has no month 13/],
    [{ source: 'Nobody Weekly' }, /no source, outlet or attribution named "Nobody Weekly"/],
  ])('refuses %j', (input, message) => {
    const reading = readFilters(registry, input);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problem).toMatch(message);
  });
});

describe('findFigure', () => {
  it.each([
    ['only 10 of 2,100 people', '10', 'only 10 of 2,100 people'.indexOf('10')],
    ['of 2,100 people, only 10', '10', 'of 2,100 people, only 10'.indexOf('only 10') + 5],
    ['Over  half a million crossed', 'over half a million', 0],
  ])('finds %j in its quote', (quote, figure, start) => {
    expect(findFigure(quote, figure)?.[0]).toBe(start);
  });

  it('returns null when the figure is not in the quote', () => {
    expect(findFigure('no number here', '11,363')).toBeNull();
  });
});
