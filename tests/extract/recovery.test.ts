/**
 * Extract, run on each archived seed article with its registry source's page date, must recover at
 * least 90% of the registry's claims for that article.
 *
 * "Recovered": some extracted claim (1) quotes the same sentence: its quote holds the registry's
 * quote or lies within it, or holds a piece of it between sentence ends (a caption's quote runs on
 * into the photo credit), white space and curly quotes aside; and (2) states the same figure: the
 * same words, or one is the other plus words around it ("August of last year" for "August"), or
 * the same value (quantities) or the same period (dates of events). Whether the metric and period
 * also agree is counted alongside and printed, not required: the claim a reviewer gets is the
 * figure with its sentence, and the metric and period are there to be checked.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/checks/rules/quote-in-text.js';
import { extractArticle, type ExtractedClaim } from '../../src/extract/extract.js';
import type { Claim } from '../../src/model/types.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = loadRegistry({ cwd: root });

function norm(text: string): string {
  return foldText(text).toLowerCase().replace(/[“”"]/g, '"');
}

/** The registry quote, or a piece of it between sentence ends (15 characters at least), lies in the extracted sentence, or the other way round. */
function sameSentence(extracted: ExtractedClaim, claim: Claim): boolean {
  const a = norm(extracted.figure.quote);
  const b = norm(claim.quote);
  if (a.includes(b) || b.includes(a)) return true;
  return b.split(/(?<=[.!?])\s+|\s*…\s*/).some((piece) => piece.length >= 15 && a.includes(piece));
}

function words(text: string): string {
  return ` ${norm(text).replace(/[^\p{L}\p{N}%.,]+/gu, ' ').trim()} `;
}

function sameFigure(extracted: ExtractedClaim, claim: Claim): boolean {
  const a = words(extracted.figure.text);
  const b = words(claim.figure);
  if (a === b || a.includes(b) || b.includes(a)) return true;
  if (claim.quantity && extracted.figure.value !== null) return Math.abs(claim.quantity.value - extracted.figure.value) < 1e-9;
  if (!claim.quantity && claim.period && extracted.figure.period) return claim.period.start === extracted.figure.period.start && claim.period.end === extracted.figure.period.end;
  return false;
}

interface Row {
  source: string;
  claims: number;
  recovered: number;
  metricAgrees: number;
  periodAgrees: number;
  extracted: number;
  missed: string[];
}

const rows: Row[] = [];

describe('extract recovers the registry claims of each seed article', () => {
  for (const id of ['000', '001', '002', '003', '004']) {
    const source = registry.sources.get(id)!;
    const claims = registry.claims.filter((claim) => claim.source === source);
    it(`source ${id}: at least 90% of its ${claims.length} registry claims`, () => {
      const text = readFileSync(join(root, 'claims/sources', source.textPath), 'utf8');
      const { claims: extracted } = extractArticle({ text, fileName: source.textPath, published: source.pageDate, sourceId: id, metrics: registry.metrics });
      const row: Row = { source: id, claims: claims.length, recovered: 0, metricAgrees: 0, periodAgrees: 0, extracted: extracted.length, missed: [] };
      for (const claim of claims) {
        const match = extracted.filter((e) => sameSentence(e, claim) && sameFigure(e, claim));
        if (match.length === 0) {
          row.missed.push(`${claim.id} ("${claim.figure}")`);
          continue;
        }
        row.recovered++;
        if (match.some((e) => e.figure.metric === claim.metric || e.figure.alternatives.includes(claim.metric))) row.metricAgrees++;
        if (match.some((e) => e.figure.period && claim.period && e.figure.period.start === claim.period.start && e.figure.period.end === claim.period.end)) row.periodAgrees++;
      }
      rows.push(row);
      expect(row.recovered / row.claims, `missed: ${row.missed.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    });
  }

  afterAll(() => {
    const lines = rows.map((r) => `| ${r.source} | ${r.claims} | ${r.recovered} (${Math.round((100 * r.recovered) / r.claims)}%) | ${r.metricAgrees} | ${r.periodAgrees} | ${r.extracted} | ${r.missed.join(', ') || '—'} |`);
    process.stdout.write(`\n| source | registry claims | recovered | metric agrees | period agrees | extracted | missed |\n|---|---|---|---|---|---|---|\n${lines.join('\n')}\n`);
  });
});
