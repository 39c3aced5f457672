/**
 * event-date: one event, one date. Two sources that date the same event on days that cannot
 * overlap ("in May" and "May 5" overlap; "July 1" and "April 28" do not) disagree.
 *
 * Pairs where a side's date rests on a weekday or "today" read against its page's date are left to
 * `relative-date`, which can explain them; reporting them twice would be noise.
 */
import { resolvePeriodWords } from '../../model/period-words.js';
import { isoDay, overlaps, type Period } from '../../model/period.js';
import type { Claim } from '../../model/types.js';
import { docsPath, type Check, type CheckContext } from '../types.js';
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
  // Each side led by its narrowest date: "in May" beside "May 15" fits either side's day, so
  // "May 15" is the date the side stands for ("dated 2025-05-22 against 2025-05-15", not "2025-05").
  return sides.map((side) => [...side].sort((a, b) => a.period!.end - a.period!.start - (b.period!.end - b.period!.start)));
}

export const eventDate: Check = {
  meta: {
    id: ID,
    description: 'One event given dates that cannot both be right.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      conflict: '{{event}} is dated {{sides}}.{{more}}',
      catalogue: '{{event}} is dated {{period}} ({{side}}), but the catalogue gives {{date}} ({{catalogue}}).{{agree}}',
    },
  },
  run(context) {
    for (const claims of context.index.events.values()) {
      const absolute = claims.filter((claim) => !isDeictic(claim));
      const date = absolute[0]?.metric.date;
      if (date) {
        againstCatalogue(context, absolute, date);
        continue;
      }
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

/**
 * An event the catalogue defines by its day ("the election held 2024-05-05") needs no vote between
 * sources: each date that cannot hold that day is one finding, its claims first, with the claims
 * that agree beside it. Pairs of sources are not compared as well, or one wrong date would be
 * reported twice (once against the catalogue, once against a source that agrees with it).
 */
function againstCatalogue(context: CheckContext, claims: readonly Claim[], date: Period): void {
  const agree = claims.filter((claim) => fits(claim, date));
  for (const side of dateSides(claims.filter((claim) => !fits(claim, date)))) {
    const shown = side.slice(0, MAX_PER_SIDE);
    const metric = side[0]!.metric;
    context.report({
      messageId: 'catalogue',
      field: 'period',
      data: {
        // "since December 2019" dates a term's start: the catalogue's start is what it is held to.
        event: side[0]!.bound ? `${metric.id} (its ${side[0]!.bound})` : metric.id,
        date: side[0]!.bound ? isoDay(side[0]!.bound === 'start' ? date.start : date.end) : date.text,
        catalogue: metric.file,
        side: `${listSources(shown)}${side.length > MAX_PER_SIDE ? ', …' : ''}`,
        period: side[0]!.period!.text,
        agree: agreeing(agree),
      },
      claims: [...shown.map((claim) => ({ claim, role: 'disputed' })), ...agree.slice(0, MAX_PER_SIDE).map((claim) => ({ claim, role: 'other side' }))],
    });
  }
}

/**
 * Whether a claim's date can be the catalogue's: any day of it, or, for the start or end of a term
 * (`bound`), its first or last day ("in office since December 2019" against a term from 2020-12-02).
 */
function fits(claim: Claim, date: Period): boolean {
  if (!claim.bound) return overlaps(claim.period!, date);
  const day = claim.bound === 'start' ? date.start : date.end;
  return claim.period!.start <= day && day <= claim.period!.end;
}

/** " 000 and ref-x agree." naming each source once, or nothing when none does. */
function agreeing(claims: readonly Claim[]): string {
  if (claims.length === 0) return '';
  const names = listSources(claims.slice(0, MAX_PER_SIDE));
  return ` ${names} ${names.includes(', ') ? 'agree' : 'agrees'} with it.`;
}
