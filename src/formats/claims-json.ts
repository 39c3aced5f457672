/** `darien claims --format json`, for programs. */
import type { ClaimsListing } from '../editors/claims.js';
import { jsonText, type JsonOptions } from './json.js';

export function formatClaimsJson(listing: ClaimsListing, options: JsonOptions = {}): string {
  return jsonText({ version: 1, ...listing }, options);
}
