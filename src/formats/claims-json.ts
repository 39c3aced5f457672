/** `darien claims --format json`, for programs. */
import type { ClaimsListing } from '../editors/claims.js';

export function formatClaimsJson(listing: ClaimsListing): string {
  return `${JSON.stringify({ version: 1, ...listing }, null, 2)}\n`;
}
