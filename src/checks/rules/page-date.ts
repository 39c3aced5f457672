/**
 * page-date: a page cannot report a period that had not ended when it was published. A figure for
 * all of 2024 on a page dated 2024-12-18 is a part-year figure cited as the year's total, or the
 * page date is wrong.
 */
import { docsPath, type Check } from '../types.js';

const ID = 'page-date';

export const pageDate: Check = {
  meta: {
    id: ID,
    description: "A claim's period runs past the date of the page it appears on.",
    severity: 'warning',
    docs: docsPath(ID),
    messages: {
      pastPageDate: 'The period {{period}} ("{{words}}") runs past the page date {{pageDate}}{{inferred}}.',
    },
  },
  run(context) {
    for (const claim of context.registry.claims) {
      const period = claim.period;
      // An event's date is its own period: a page can report a date ahead (a scheduled signing).
      if (!period || claim.quantity === null) continue;
      // What one event gave (`once`) is held to the event's own span ("won on Sunday by nearly ten
      // points", read as the election's May): begun by the page date, it was there to report.
      if (claim.metric.once && period.start <= claim.source.pageDate.end) continue;
      if (period.end > claim.source.pageDate.end) {
        context.report({
          messageId: 'pastPageDate',
          field: 'period',
          data: { period: period.text, words: claim.periodWords, pageDate: claim.source.pageDate.text, inferred: claim.source.pageDateInferred ? ' (inferred)' : '' },
          claims: [{ claim, role: 'claim' }],
        });
      }
    }
  },
};
