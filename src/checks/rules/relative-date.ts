/**
 * relative-date: "on Monday", "today", "last week" mean whatever the page's date makes them mean.
 * Read against the page's date, such a date can contradict every other source: the usual cause is
 * a republished copy that carries a new date over an old story (001: "on Monday" on a page dated
 * 2025-04-29 is 2025-04-28, while the inauguration it describes was 2024-07-01).
 */
import { resolvePeriodWords } from '../../model/period-words.js';
import { BARE_WEEKDAY, isoDay, overlaps, WEEKDAYS, weekday } from '../../model/period.js';
import { docsPath, type Check } from '../types.js';
import { listSources } from '../shared.js';
import { isDeictic } from './event-date.js';

const ID = 'relative-date';

export const relativeDate: Check = {
  meta: {
    id: ID,
    description: 'A relative date ("on Monday") read against its page date contradicts other sources, or the registry resolved it differently.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      contradicts:
        '"{{words}}" read against the page date {{pageDate}} of {{source}} is {{resolved}}, but {{others}} date {{event}} {{otherDate}}{{sameWeekday}}. The page date may not be the story\'s.',
      misresolved: '"{{words}}" read against the page date {{pageDate}} is {{resolved}}, but the registry says {{period}}.',
    },
  },
  run(context) {
    for (const claims of context.index.events.values()) {
      for (const claim of claims) {
        const resolved = resolvePeriodWords(claim.periodWords, claim.source.pageDate);
        if (!resolved?.deictic) continue;
        // "will be sworn in on Monday": a weekday alone may mean the coming one as well as the last.
        const coming = BARE_WEEKDAY.test(claim.periodWords) && claim.period!.start === resolved.period.start + 7 && claim.period!.end === resolved.period.end + 7;
        if (!coming && (resolved.period.start !== claim.period!.start || resolved.period.end !== claim.period!.end)) {
          context.report({
            messageId: 'misresolved',
            severity: 'warning',
            field: 'period',
            data: { words: claim.periodWords, pageDate: claim.source.pageDate.text, resolved: resolved.period.text, period: claim.period!.text },
            claims: [{ claim, role: 'claim' }],
          });
          continue;
        }
        const others = claims.filter((other) => other.source !== claim.source && !isDeictic(other) && !overlaps(other.period!, claim.period!));
        if (others.length === 0) continue;
        const otherDay = others[0]!.period!;
        // Same weekday on both dates makes the misreading likely: the story was right, the page date is not.
        const sameWeekday =
          otherDay.start === otherDay.end && weekday(otherDay.start) === weekday(claim.period!.start)
            ? ` (also a ${WEEKDAYS[weekday(otherDay.start)]})`
            : '';
        context.report({
          messageId: 'contradicts',
          field: 'period',
          data: {
            words: claim.periodWords,
            pageDate: claim.source.pageDate.text,
            source: claim.source.id,
            resolved: isoDay(claim.period!.start) + (claim.period!.start === claim.period!.end ? '' : `/${isoDay(claim.period!.end)}`),
            others: listSources(others),
            event: claim.metric.id,
            otherDate: otherDay.text,
            sameWeekday,
          },
          claims: [{ claim, role: 'relative' }, ...others.map((other) => ({ claim: other, role: 'other source' }))],
        });
      }
    }
  },
};
