/**
 * `unchecked`: what lint reports for a figure it read but cannot check. Not a Check (it is about
 * reading, not claims), but an id like one: findings carry it, SARIF lists it as a rule, and an
 * ignore comment may name it. Its own module, so ignore.ts can know it without importing lint.ts,
 * which imports ignore.ts through draft.ts.
 */
import type { CheckMeta } from '../checks/types.js';

export const UNCHECKED: CheckMeta = {
  id: 'unchecked',
  description: 'A figure in the draft that darien read but cannot check: no metric fits the sentence, its period cannot be resolved, or it compares figures that are in neither the draft nor the registry.',
  severity: 'info',
  docs: 'docs/checks/unchecked.md',
  messages: {
    // {{id}}: the reason's id in src/reader/reasons.ts, for a reader of the JSON or SARIF.
    unchecked: '"{{figure}}" is not checked ({{id}}): {{reason}}.',
    needsDate: 'The draft has no date (add `date:` to its front matter or pass --date), so {{count}} whose periods are read against it {{were}} not checked: {{figures}}.',
  },
};
