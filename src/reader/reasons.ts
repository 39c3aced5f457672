/**
 * Why a figure the reader found cannot be checked: one id per reason and its message, in one table,
 * as the checks keep theirs. `lint` reports the id with each `unchecked` finding and `extract`
 * writes the message beside what it proposes; a test runs every id.
 */
import { formatMessage } from '../checks/types.js';

/** A relative period without a page date: the sentence every such message ends with. */
export const PERIOD_NEEDS_DATE = 'needs the draft\u2019s date: add `date:` to its front matter or pass --date';

export const UNCHECKED_REASONS = {
  'no-metric': 'no metric in the catalogue fits this sentence (see the `phrases:` of claims/metrics.yaml)',
  'no-event': 'no event in the catalogue fits this date',
  'no-period': 'the sentence names no period for this figure',
  'period-unresolved': 'darien cannot resolve the period "{{words}}"',
  'period-needs-date': `the period "{{words}}" ${PERIOD_NEEDS_DATE}`,
  'as-of-needs-date': `a {{kind}} with no period is read as of the draft\u2019s date, which ${PERIOD_NEEDS_DATE}`,
  respectively: 'the sentence gives its figures\u2019 periods "respectively", which darien does not pair',
  forecast: 'it is a forecast, not a count',
  'one-group': 'it counts one group ("{{group}}"), not the whole flow',
  retracted: 'the sentence reports what an earlier version of the story said, not a claim',
  negated: 'it is the figure the sentence sets aside ("3,091, not 30,910"), not a claim',
  disputed: 'it is a figure the sentence says is wrong ("the figure of 8,456 … does not match"), not a claim',
  'another-counter': 'it is {{country}}\u2019s count, and the catalogue\u2019s metric is {{counter}}\u2019s count of the flow',
  'called-an-error': 'the sentence after it says the figure was an error ("hubo un error en las estadísticas"), so it is not the text\u2019s claim',
  capacity: 'it is a capacity ("room for {{figure}}"), not a count',
  age: 'it may be an age ("{{words}}")',
  'part-of-group': 'it counts part of a group ("{{figure}} of ...")',
  'part-of-opening': 'it counts part of the group the sentence opens with ("Of the 1,427 people ..., 304 were minors")',
  'running-total': 'it is a running total ("{{words}}") over more than one period, from a start the sentence does not name',
  threshold: 'it is a threshold ("the {{figure}} mark") the count is said to pass or stay under, not the count',
  'share-of-total': 'it is given as a share of a total ("{{share}}"): it counts part of the flow, not all of it',
  addition: 'it counts an addition ("30 more"), not a total',
  proportion: 'it is part of a proportion ("one in five")',
  'group-size': 'it counts one group or the size of each, not a total',
  extreme: 'it is the low or the high within its period ("a high of ..."), not the period\u2019s total',
  gap: 'it is the gap between two figures ("a gap of ..."), which does not say which is larger',
  signed: 'it is written with a sign ("{{figure}}"): a change, not a count',
  margin: 'it is a margin either side ("{{figure}}"), not a figure of its own',
  mean: 'it is a mean over its period ("{{words}}"), not the period\u2019s total',
  fraction: 'a count of {{unit}} holds no fraction ("{{figure}}"): it is a mean, a ratio or a share, not the count',
  'open-comparison': 'it compares figures that are in neither the draft nor the registry',
  asked: 'it is asked, not stated ("¿crecieron un 300 %…?", "Did crossings grow 300%?")',
} as const;

export type UncheckedReason = keyof typeof UNCHECKED_REASONS;

/** A reason and its message, filled in. */
export interface Because {
  readonly reason: UncheckedReason;
  readonly message: string;
}

export function because(reason: UncheckedReason, data: Readonly<Record<string, string>> = {}): Because {
  return { reason, message: formatMessage(UNCHECKED_REASONS[reason], data) };
}
