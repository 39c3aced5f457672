/**
 * figure-period: a draft's figure that is, to the unit, a registry figure of its metric for another
 * period, one that does not overlap the draft's, while no registry figure of the draft's own
 * period agrees with it ("Between Aug. 1 and Aug. 17, 2024, SENAFRONT counted 11,363 crossings",
 * where 11,363 is the count for July 1–17). A number copied right under the wrong period: the
 * registry may hold nothing for the draft's period, so no other check sees it.
 *
 * Only figures precise enough to be recognised: 1,000 or more with three significant digits or
 * more (11,363, 302,203, 4,702; not 9,000 or 212,000, which many periods may share), whose period
 * the sentence names with its year ("Between Aug. 1 and Aug. 17, 2024", "June of last year"). A warning,
 * never an error: the period may be the reader's slip, not the draft's. Not reported where another
 * finding at the figure already warns or fails.
 *
 * Lint's own, like rated-figure: it sets a draft's claims beside the registry's, never the
 * registry's beside each other (`darien check` finds no such pair in the bundled registry).
 */
import { formatMessage, SEVERITY_RANK, docsPath, type CheckMeta } from '../checks/types.js';
import { contains, overlaps, type Period } from '../model/period.js';
import type { Claim } from '../model/types.js';
import type { Draft } from './draft.js';
import type { PendingFinding } from './report.js';
import { EN } from '../reader/lexicon/en.js';

const ID = 'figure-period';
/** The smallest figure, and the fewest significant digits, that make a number recognisable. */
const SMALLEST = 1000;
const DIGITS = 3;
const SHOWN = 3;
/** A period whose year the sentence says (the lexicon's `year-named`, with its examples). */
const YEAR_NAMED = EN.pattern('year-named');

export const FIGURE_PERIOD: CheckMeta = {
  id: ID,
  description: "A draft's figure that is, to the unit, the registry's figure of its metric for another period, and no figure the registry gives for the draft's period.",
  severity: 'warning',
  docs: docsPath(ID),
  messages: {
    otherPeriod: '{{metric}}: "{{figure}}" is given for {{period}}, but it is the figure for {{others}}, and no source gives it for {{period}}: check the period.',
  },
};

/** Registry claims by metric, rate unit and value: where a draft's recognisable figure is looked up. */
export type FigureIndex = ReadonlyMap<string, readonly Claim[]>;

const keyOf = (claim: Claim): string => `${claim.metric.id}\u0000${claim.quantity!.per ?? ''}\u0000${claim.quantity!.value}`;

/** Whether a claim's figure is one a reader would recognise elsewhere: a count, precise to the unit. */
function recognisable(claim: Claim): boolean {
  const q = claim.quantity;
  if (!q || !claim.period || claim.comparison || q.basis === 'peak' || !Number.isInteger(q.value) || Math.abs(q.value) < SMALLEST) return false;
  return String(Math.abs(q.value)).replace(/0+$/, '').length >= DIGITS;
}

/** The registry's recognisable figures, once per run. */
export function figureIndex(claims: readonly Claim[]): FigureIndex {
  const out = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!recognisable(claim)) continue;
    const list = out.get(keyOf(claim));
    if (list) list.push(claim);
    else out.set(keyOf(claim), [claim]);
  }
  return out;
}

/** How much of the longer of two spans they must share for a figure of one to pass for the other's. */
const SHARED = 2 / 3;
function mostlyShared(a: Period, b: Period): boolean {
  if (!overlaps(a, b)) return false;
  if (contains(a, b) || contains(b, a)) return true;
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
  return shared >= SHARED * Math.max(a.end - a.start + 1, b.end - b.start + 1);
}

/** One finding per figure of `draft` that repeats a registry figure of another period only; `shown` are its other findings. */
export function figurePeriodFindings(draft: Draft, index: FigureIndex, shown: readonly PendingFinding[]): PendingFinding[] {
  const out: PendingFinding[] = [];
  const done = new Set<unknown>();
  for (const claim of draft.claims) {
    if (!recognisable(claim)) continue;
    const same = index.get(keyOf(claim)) ?? [];
    const period = claim.period!;
    // Given for a period that holds the draft's, lies within it, or shares most of it somewhere in
    // the registry ("so far this year" a few days on; "March 2023, the year 520,085 crossed", the
    // reader's slip): the draft's period may be right. Not one that shares only part: 2024's
    // 302,203 given for "the 12 months to June 2025".
    if (same.length === 0 || same.some((other) => mostlyShared(other.period!, period))) continue;
    const figure = draft.figureOf.get(claim)!;
    // Only a period the sentence names with its year (YEAR_NAMED): one the reader inferred
    // ("September", a period from the sentence before) may be the reader's slip, not the draft's.
    if (figure.periodFrom !== 'sentence' || !YEAR_NAMED.test(figure.periodWords ?? '')) continue;
    if (done.has(figure) || shown.some((finding) => finding.at === figure && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.warning)) continue;
    done.add(figure);
    const periods = [...new Set(same.map((other) => other.period!.text))];
    const others = `${periods.slice(0, SHOWN).join(', ')}${periods.length > SHOWN ? ', …' : ''} (${[...new Set(same.map((other) => other.source.id))].join(', ')})`;
    const data = { metric: claim.metric.id, figure: figure.text, period: period.text, others };
    out.push({
      check: ID,
      severity: 'warning',
      messageId: 'otherPeriod',
      message: formatMessage(FIGURE_PERIOD.messages.otherPeriod!, data),
      at: figure,
      draft,
      claims: [{ claim, role: 'figure' }, ...same.slice(0, SHOWN).map((other) => ({ claim: other, role: 'other period' }))],
      agreesWith: [],
      disagreesWith: [],
    });
  }
  return out;
}
