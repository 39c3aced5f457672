/** `darien claims --format markdown`: a section per metric, for pasting into notes. */
import type { ClaimsListing } from '../editors/claims.js';
import { markdownClaimTable, markdownText } from './claim-cells.js';
import { byMetric, listingSummary } from './claims-table.js';

export function formatClaimsMarkdown(listing: ClaimsListing): string {
  const out: string[] = [`## Claims: ${markdownText(listingSummary(listing))}`, ''];
  for (const { metric, claims } of byMetric(listing.claims)) {
    out.push(`### ${markdownText(metric)}`, '', markdownClaimTable(claims), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
