/** `darien sources --format json`, for programs. */
import type { SourcesResult } from '../editors/sources.js';
import { jsonText, type JsonOptions } from './json.js';

export function formatSourcesJson(result: SourcesResult, options: JsonOptions = {}): string {
  return jsonText({ version: 1, ...result }, options);
}
