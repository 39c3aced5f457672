/**
 * figure-conflict: one metric, one place, one period, and figures that cannot all be true: their
 * intervals (after hedge and rounding) do not overlap. Claims that agree are shown together as one
 * side, so a registry where three sources say 302,203 and one says 300,549 gets one finding.
 */
import { intervalsOverlap } from '../../model/figure.js';
import type { Claim } from '../../model/types.js';
import { docsPath, type Check } from '../types.js';
import { countIndependent, listSources } from '../shared.js';

const ID = 'figure-conflict';
const MAX_PER_SIDE = 5;

/** Claims stating the same value agree with each other, whatever their hedges. */
function byValue(group: readonly Claim[]): Claim[][] {
  const map = new Map<number, Claim[]>();
  for (const claim of group) {
    const list = map.get(claim.quantity!.value);
    if (list) list.push(claim);
    else map.set(claim.quantity!.value, [claim]);
  }
  return [...map.values()];
}

export const figureConflict: Check = {
  meta: {
    id: ID,
    description: 'Two figures for the same metric, place and period whose intervals do not overlap.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      conflict: '{{metric}} for {{period}}: {{disputed}} against {{other}}; the intervals do not overlap.{{more}}',
    },
  },
  run(context) {
    for (const series of context.index.series.values()) {
      for (const group of series.byPeriod.values()) {
        if (group.length < 2) continue;
        const values = byValue(group);
        // One finding per pair of stated values that cannot both be right; claims whose intervals
        // overlap the other side ("over half a million" against 520,085) are left out of it.
        for (let i = 0; i < values.length; i++) {
          for (let j = i + 1; j < values.length; j++) {
            const a = values[i]!.filter((x) => values[j]!.some((y) => !intervalsOverlap(x.quantity!.interval, y.quantity!.interval)));
            const b = values[j]!.filter((y) => a.some((x) => !intervalsOverlap(x.quantity!.interval, y.quantity!.interval)));
            if (a.length === 0) continue;
            // The side fewer independent sources stand behind leads: it is the likelier error.
            const [disputed, other] = countIndependent(a) <= countIndependent(b) ? [a, b] : [b, a];
            const first = group[0]!;
            // A table of two hundred agreeing sources helps nobody: show a few, count the rest.
            const shown = [...disputed.slice(0, MAX_PER_SIDE), ...other.slice(0, MAX_PER_SIDE)];
            const more = disputed.length + other.length - shown.length;
            context.report({
              messageId: 'conflict',
              field: 'value',
              data: {
                metric: first.metric.id,
                period: first.period!.text,
                disputed: `${disputed[0]!.figure} (${listSources(disputed)})`,
                other: `${other[0]!.figure} (${listSources(other.slice(0, MAX_PER_SIDE))}${other.length > MAX_PER_SIDE ? ', …' : ''})`,
                more: more > 0 ? ` ${more} more claims agree with one side or the other.` : '',
              },
              claims: shown.map((claim) => ({ claim, role: disputed.includes(claim) ? 'disputed' : 'other side' })),
            });
          }
        }
      }
    }
  },
};
