/**
 * single-source (info): a figure or date that only one independent source states. Nothing
 * contradicts it, but nothing corroborates it either; a republished copy does not count as a
 * second source.
 */
import type { Claim } from '../../model/types.js';
import { docsPath, type Check } from '../types.js';
import { countIndependent } from '../shared.js';

const ID = 'single-source';

export const singleSource: Check = {
  meta: {
    id: ID,
    description: 'A figure or date stated by only one independent source (info only).',
    severity: 'info',
    docs: docsPath(ID),
    messages: {
      single: '{{metric}} for {{period}} rests on one source ({{source}}).',
      singleEvent: 'The date of {{metric}} rests on one source ({{source}}).',
    },
  },
  run(context) {
    const report = (group: readonly Claim[], messageId: string): void => {
      if (countIndependent(group) !== 1) return;
      const first = group[0]!;
      context.report({
        messageId,
        field: 'id',
        data: { metric: first.metric.id, period: first.period!.text, source: first.source.id },
        claims: group.map((claim) => ({ claim, role: 'claim' })),
      });
    };
    for (const series of context.index.series.values()) for (const group of series.byPeriod.values()) report(group, 'single');
    for (const claims of context.index.events.values()) report(claims, 'singleEvent');
  },
};
