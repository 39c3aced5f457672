/**
 * figure-value: the value recorded for a claim must be what its figure says. darien reads the
 * figure as written ("over half a million" → 500,000, hedge "over") with the same reader it uses
 * everywhere, so a typo in either the figure or the value shows up here rather than as a false
 * conflict somewhere else.
 */
import { formatNumber } from '../../model/figure.js';
import { docsPath, type Check } from '../types.js';

const ID = 'figure-value';

export const figureValue: Check = {
  meta: {
    id: ID,
    description: 'The figure as written reads as the value recorded for it.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      mismatch: 'The figure "{{figure}}" reads as {{read}}, but the value recorded is {{value}}.',
      unreadable: 'darien cannot read a number in the figure "{{figure}}"; its interval rests on the value alone.',
    },
  },
  run(context) {
    for (const claim of context.registry.claims) {
      const quantity = claim.quantity;
      if (quantity === null) continue;
      // The loader read the figure already (quantity.read); the same reader, the same answer.
      const read = quantity.read;
      if (read === null) {
        context.report({ messageId: 'unreadable', severity: 'warning', field: 'figure', data: { figure: claim.figure }, claims: [{ claim, role: 'claim' }] });
      } else if (Math.abs(read - quantity.value) > 1e-9 * Math.max(1, Math.abs(quantity.value))) {
        context.report({
          messageId: 'mismatch',
          field: 'value',
          data: { figure: claim.figure, read: formatNumber(read), value: formatNumber(quantity.value) },
          claims: [{ claim, role: 'claim' }],
        });
      }
    }
  },
};
