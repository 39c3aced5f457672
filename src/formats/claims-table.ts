/** `darien claims` for the terminal: a table of claims under each metric, in period order. */
import { Chalk } from 'chalk';
import type { ClaimView } from '../editors/claim-view.js';
import type { ClaimsListing } from '../editors/claims.js';
import { claimTable, ownLines, terminalText, type EditorFormatOptions } from './claim-cells.js';

/** Consecutive claims of one metric (the listing is sorted by metric). */
export function byMetric(claims: readonly ClaimView[]): Array<{ metric: string; claims: ClaimView[] }> {
  const groups: Array<{ metric: string; claims: ClaimView[] }> = [];
  for (const claim of claims) {
    const last = groups[groups.length - 1];
    if (last && last.metric === claim.metric) last.claims.push(claim);
    else groups.push({ metric: claim.metric, claims: [claim] });
  }
  return groups;
}

export function listingSummary(listing: ClaimsListing): string {
  const f = listing.filters;
  const filters = [f.metric ? `metric ${f.metric}` : null, f.source ? `source ${f.source}` : null, f.period ? `period inside ${f.period}` : null].filter((x) => x !== null);
  const n = listing.claims.length;
  return `${n} claim${n === 1 ? '' : 's'} of ${listing.total}${filters.length > 0 ? ` (${filters.join(', ')})` : ''}`;
}

export function formatClaimsTable(listing: ClaimsListing, options: EditorFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  // "metric <id>": the id is the registry's text, and a line starts with darien's own.
  const blocks = byMetric(listing.claims).map(({ metric, claims }) => `${ownLines(`metric ${terminalText(metric)}`, options.width, (line) => chalk.bold(line))}\n${claimTable(claims, options, chalk)}\n`);
  return `${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}${ownLines(terminalText(listingSummary(listing)), options.width)}\n`;
}
