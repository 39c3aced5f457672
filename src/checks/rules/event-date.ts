/**
 * event-date: one event, one date. Two sources that date the same event on days that cannot
 * overlap ("in May" and "May 5" overlap; "July 1" and "April 28" do not) disagree.
 *
 * Pairs where a side's date rests on a weekday or "today" read against its page's date are left to
 * `relative-date`, which can explain them; reporting them twice would be noise.
 */
import { resolvePeriodWords } from '../../model/period-words.js';
import type { Claim } from '../../model/types.js';
import { docsPath, type Check } from '../types.js';
import { listSources } from '../shared.js';

const ID = 'event-date';
const MAX_PER_SIDE = 5;

export function isDeictic(claim: Claim): boolean {
  return resolvePeriodWords(claim.periodWords, claim.source.pageDate)?.deictic === true;
}

/** Groups dates that overlap each other, earliest first. */
export function dateSides(claims: readonly Claim[]): Claim[][] {
  const sorted = [...claims].sort((a, b) => a.period!.start - b.period!.start);
  const sides: Claim[][] = [];
  let current: Claim[] = [];
  let ceiling = Number.POSITIVE_INFINITY;
  for (const claim of sorted) {
    if (current.length > 0 && claim.period!.start > ceiling) {
      sides.push(current);
      current = [];
      ceiling = Number.POSITIVE_INFINITY;
    }
    current.push(claim);
    ceiling = Math.min(ceiling, claim.period!.end);
  }
  if (current.length > 0) sides.push(current);
  return sides;
}

export const eventDate: Check = {
  meta: {
    id: ID,
    description: 'One event given dates that cannot both be right.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      conflict: '{{event}} is dated {{sides}}.{{more}}',
    },
  },
  run(context) {
    for (const claims of context.index.events.values()) {
      const absolute = claims.filter((claim) => !isDeictic(claim));
      const sides = dateSides(absolute);
      if (sides.length < 2) continue;
      const ordered = [...sides].sort((a, b) => a.length - b.length);
      // A draft that repeats a date four hundred times needs five rows, not four hundred.
      const shown = ordered.map((side) => side.slice(0, MAX_PER_SIDE));
      const more = absolute.length - shown.reduce((n, side) => n + side.length, 0);
      context.report({
        messageId: 'conflict',
        field: 'period',
        data: {
          event: absolute[0]!.metric.id,
          sides: ordered.map((side) => `${side[0]!.period!.text} (${listSources(side.slice(0, MAX_PER_SIDE))}${side.length > MAX_PER_SIDE ? ', …' : ''})`).join(' against '),
          more: more > 0 ? ` ${more} more claims give one of these dates.` : '',
        },
        claims: shown.flatMap((side, i) => side.map((claim) => ({ claim, role: i === 0 ? 'disputed' : 'other side' }))),
      });
    }
  },
};
