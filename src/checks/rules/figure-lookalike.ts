/**
 * figure-lookalike (info): the same number stated for different things. "roughly 9,000 fewer"
 * crossings and "at least 9,000" returning migrants are two facts; an editor searching for 9,000
 * should see both and not mistake one for the other. Numbers under 100 coincide too often to say
 * anything and are left out, and so does one statement read two ways.
 */
import { formatNumber } from '../../model/figure.js';
import type { Claim } from '../../model/types.js';
import { docsPath, type Check } from '../types.js';

const ID = 'figure-lookalike';
const SMALLEST = 100;

function meaning(claim: Claim): string {
  const q = claim.quantity!;
  return `${claim.metric.id}|${q.unit}|${q.per ?? ''}|${claim.comparison?.kind ?? ''}`;
}

export const figureLookalike: Check = {
  meta: {
    id: ID,
    description: 'One number stated for different metrics or units (info only).',
    severity: 'info',
    docs: docsPath(ID),
    messages: {
      lookalike: '{{value}} stands for {{count}} different things: {{things}}.',
    },
  },
  run(context) {
    const byValue = new Map<number, Claim[]>();
    for (const claim of context.registry.claims) {
      const value = claim.quantity?.value;
      if (value === undefined || Math.abs(value) < SMALLEST) continue;
      const list = byValue.get(value);
      if (list) list.push(claim);
      else byValue.set(value, [claim]);
    }
    for (const [value, claims] of byValue) {
      const distinct = new Map<string, Claim>();
      // One statement read two ways (a draft's "to 8,964" is a figure and the end of a change) is
      // one figure, not a lookalike: only the first reading of each statement counts.
      const statements = new Set<string>();
      for (const claim of claims) {
        const statement = `${claim.source.id}\u0000${claim.quote}\u0000${claim.figure}`;
        if (statements.has(statement)) continue;
        statements.add(statement);
        if (!distinct.has(meaning(claim))) distinct.set(meaning(claim), claim);
      }
      if (distinct.size < 2) continue;
      const list = [...distinct.values()];
      context.report({
        messageId: 'lookalike',
        field: 'figure',
        data: {
          value: formatNumber(value),
          count: list.length,
          things: list.map((c) => `"${c.figure}" ${c.comparison ? `(${c.comparison.kind} of ${c.metric.id})` : `${c.metric.id} in ${c.quantity!.unit}`}`).join('; '),
        },
        claims: list.map((claim) => ({ claim, role: 'lookalike' })),
      });
    }
  },
};
