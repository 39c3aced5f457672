/** `darien sources --format json`, for programs. */
import type { SourcesResult } from '../editors/sources.js';

export function formatSourcesJson(result: SourcesResult): string {
  return `${JSON.stringify({ version: 1, ...result }, null, 2)}\n`;
}
