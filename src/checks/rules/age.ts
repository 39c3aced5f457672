/**
 * age: a person's age is the years since the day the catalogue says they were born (`born:`), so
 * it needs no other source to be wrong. "Mulino, 64," on a page of June 2025 is two years short:
 * born 1959-06-13, he turned 66 on 2025-06-13.
 *
 * An age is as of the page's date, as newsrooms write it; but a sentence about a day it names may
 * give the age of that day ("The 64-year-old won the vote on May 5, 2024"), so an age that fits
 * either the page's date or any day of the claim's period is right. Sources' ages are not compared
 * with each other (ClaimIndex keeps them apart): two right ages of different days differ.
 */
import { intervalContains } from '../../model/figure.js';
import { ageOn, isoDay, type Period } from '../../model/period.js';
import { docsPath, type Check } from '../types.js';

const ID = 'age';

export const age: Check = {
  meta: {
    id: ID,
    description: "An age that is not the years since the birth date the catalogue gives.",
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      born: '"{{figure}}" gives {{metric}} as {{value}}, but born {{born}} ({{catalogue}}) makes it {{expected}} on {{date}}{{then}}.',
    },
  },
  run(context) {
    for (const claim of context.index.ages) {
      const born = claim.metric.born!;
      const q = claim.quantity!;
      const pageDay = claim.source.pageDate.end;
      const days = claim.period ? [pageDay, claim.period.start, claim.period.end] : [pageDay];
      if (days.some((day) => day >= born.start && intervalContains(q.interval, ageOn(born.start, day)))) continue;
      const shownDay = claim.period && !sameDays(claim.period, pageDay) ? claim.period : null;
      context.report({
        messageId: 'born',
        field: 'value',
        data: {
          figure: claim.figure,
          metric: claim.metric.id,
          value: q.value,
          born: born.text,
          catalogue: claim.metric.file,
          expected: ageOn(born.start, pageDay),
          date: isoDay(pageDay),
          then: shownDay ? `, and ${ageSpan(born.start, shownDay)} over ${shownDay.text}` : '',
        },
        claims: [{ claim, role: 'claim' }],
      });
    }
  },
};

function sameDays(period: Period, day: number): boolean {
  return period.start === day && period.end === day;
}

/** "65" or "64 to 65": the ages a period spans. */
function ageSpan(born: number, period: Period): string {
  const [from, to] = [ageOn(born, period.start), ageOn(born, period.end)];
  return from === to ? String(from) : `${from} to ${to}`;
}
