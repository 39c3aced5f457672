/**
 * valibot's issues as darien's problem messages, for the registry's loader and the config file's:
 * "claims[0].value: must be a number, got "many"", "claims[0].vaule: unknown field", each with the
 * key path to locate it at (src/registry/locate.ts).
 */
import type * as v from 'valibot';
import type { KeyPath } from './locate.js';

/** "claims[0].comparison.kind", from ["claims", 0, "comparison", "kind"]. */
export function describePath(path: KeyPath): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}

export interface IssueAt {
  /** Where to locate it: a missing field at the mapping that lacks it. */
  readonly at: KeyPath;
  /** The full path of the issue, for its message. */
  readonly path: KeyPath;
  readonly message: string;
  /** An unknown field is the key's fault, not its value's. */
  readonly key: boolean;
}

/** One issue of a value validated at `base`, as a message and a place. */
export function issueAt(issue: v.BaseIssue<unknown>, base: KeyPath): IssueAt {
  const path = [...base, ...(issue.path ?? []).map((item) => item.key as string | number)];
  const missing = issue.received === 'undefined';
  let message = issue.message;
  // Every key a closed mapping does not name must be `never` (schema.ts): that is an unknown field.
  const key = issue.type === 'never';
  if (key) message = 'unknown field';
  else if (missing) message = 'is required';
  else if (issue.type === 'picklist') message = `must be one of ${issue.expected?.replace(/^\(|\)$/g, '').replace(/ \| /g, ', ')}, got ${issue.received}`;
  else if (message.startsWith('Invalid type')) message = `must be ${issue.expected === 'Array' ? 'a list' : issue.expected === 'Object' ? 'a mapping' : `a ${issue.expected}`}, got ${issue.received}`;
  return { at: missing ? path.slice(0, -1) : path, path, message: `${describePath(path)}: ${message}`, key };
}
