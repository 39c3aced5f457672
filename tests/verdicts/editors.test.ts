/**
 * `darien sources` and `darien claims` show the verdict that stands on each claim: on the bundled
 * registry, in every format, and never a stale one.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSources, listClaims, loadRegistry, readQuery } from '../../src/index.js';
import { formatClaimsMarkdown } from '../../src/formats/claims-markdown.js';
import { formatClaimsTable } from '../../src/formats/claims-table.js';
import { header, writeRegistry } from '../helpers/registry.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const registry = loadRegistry({ paths: ['claims'], cwd: ROOT });
const listing = listClaims(registry);
const ratingOf = (id: string) => listing.claims.find((c) => c.id === id)?.verdict?.rating ?? null;

describe('verdicts in darien claims and darien sources', () => {
  // [claim, the rating darien claims shows, or null for a claim with no verdict]
  const cases: Array<[string, string | null]> = [
    ['004-crossings-jan-feb-2022', 'inaccurate'],
    ['001-memorandum-signed-monday', 'outdated'],
    ['001-mulino-inauguration-monday', 'outdated'],
    ['ref-efe-mulino-crossings-2023', 'unsupported'],
    ['ref-snm-crossings-2024', 'outdated'],
    ['004-crossings-jan-feb-2021', null],
    ['ref-aljazeera-crossings-2023', null],
  ];
  it.each(cases)('claims shows %s rated %s', (id, rating) => {
    expect(ratingOf(id)).toBe(rating);
  });

  it('the verdict carries who decided, when, why, on what evidence, and where it is written', () => {
    const verdict = listing.claims.find((c) => c.id === '004-crossings-jan-feb-2022')!.verdict!;
    expect(verdict).toMatchObject({ by: 'darien registry editors', date: '2026-12-03', figure: '8,456', location: { file: 'claims/verdicts.yaml' } });
    expect(verdict.reasoning).toContain('8,964');
    expect(verdict.evidence).toContain('ref-efe-informatevzla-crossings-2022-01');
  });

  it('sources shows the verdict on the claim that states the figure', () => {
    const result = findSources(registry, readQuery('8,456')!);
    const states = result.groups.flatMap((g) => g.states);
    expect(states.find((c) => c.id === '004-crossings-jan-feb-2022')?.verdict?.rating).toBe('inaccurate');
    // The others stating figures near it have no verdict.
    expect(states.filter((c) => c.verdict !== null).map((c) => c.id)).toEqual(['004-crossings-jan-feb-2022']);
  });

  it('the table and markdown put the rating and its day under the figure', () => {
    const only = { ...listing, claims: listing.claims.filter((c) => c.id === '004-crossings-jan-feb-2022') };
    expect(formatClaimsTable(only, { width: 80, color: false })).toMatch(/│ rated\s+│[^\n]*\n│ inaccurate\s+│[^\n]*\n│ 2026-12-03\s+│/);
    expect(formatClaimsMarkdown(only)).toContain('| 8,456<br>= 8,456<br>rated inaccurate 2026-12-03 |');
  });

  it('a verdict whose figure no longer matches the claim is not shown', () => {
    const claim = `  - id: a1\n    quote: "20,520 crossed"\n    figure: "20,520"\n    value: 20520\n    metric: crossings\n    period: 2024-07\n    period_words: "x"\n    attribution: []\n`;
    const verdicts = `verdicts:\n  - {claim: a1, figure: "20,519", rating: accurate, by: D, date: 2026-12-03, reasoning: r, evidence: [a]}\n`;
    const dir = writeRegistry({ 'a.yaml': header('a') + claim, 'verdicts.yaml': verdicts });
    expect(listClaims(loadRegistry({ paths: [dir], cwd: dir, cache: false })).claims[0]!.verdict).toBeNull();
    const current = writeRegistry({ 'a.yaml': header('a') + claim, 'verdicts.yaml': verdicts.replace('20,519', '20,520') });
    expect(listClaims(loadRegistry({ paths: [current], cwd: current, cache: false })).claims[0]!.verdict?.rating).toBe('accurate');
  });
});
