/**
 * part-whole: a flow's parts cannot add up to more than its whole. A count for 1–17 July cannot
 * exceed the count for all of July; months from one source that cover a whole period must add up
 * to the figure for that period (the monthly 4,702 + 4,262 against 8,456 for January–February).
 *
 * Sums are taken within one source: sources count differently (SNM, SENAFRONT), and mixing one's
 * January with another's February would report their methods, not an error. Across sources a sum
 * is the loosest the registry allows (each part's lowest and highest figure from any source), and
 * a whole is reported against it only when it misses by more than ACROSS_MARGIN.
 */
import { formatInterval, type HedgeKind } from '../../model/figure.js';
import type { Claim } from '../../model/types.js';
import { docsPath, type Check, type CheckContext } from '../types.js';
import { isDraftClaim, sourceName, wholeCounts } from '../shared.js';
import { ACROSS_MARGIN, sumAcross, tilesOf, type Sum, type Tile } from '../tiles.js';

const ID = 'part-whole';

/**
 * Hedges that round ("some 140,000", "about", "nearly"): the figure said is the writer's best
 * reading. A part said as more than its whole is wrong however the hedge widens it ("some 140,000"
 * in the second half of a year of 133,726), so it is a warning; "fewer than" and "up to" bound a
 * part from above, and "more than" is held to its lowest value already.
 */
const ROUGHLY: ReadonlySet<HedgeKind> = new Set(['approximately', 'under']);

/** Disjoint parts of one source, in order; complete when they tile [start, end] exactly. */
function sumParts(parts: Claim[], start: number, end: number): Sum {
  const chosen: Claim[] = [];
  let cursor = start - 1;
  let low = 0;
  let high = 0;
  let complete = true;
  for (const part of parts) {
    const period = part.period!;
    if (period.start <= cursor) continue;
    if (period.start !== cursor + 1) complete = false;
    chosen.push(part);
    low += part.quantity!.interval[0];
    high += part.quantity!.interval[1];
    cursor = period.end;
  }
  return { parts: chosen, low, high, complete: complete && cursor === end };
}

export const partWhole: Check = {
  meta: {
    id: ID,
    description: 'A flow over a sub-period exceeds the same flow over a period that holds it, or parts that cover a period do not add up to it.',
    severity: 'error',
    docs: docsPath(ID),
    messages: {
      partExceedsWhole: '{{part}} for {{partPeriod}} is more than {{whole}} for the whole of {{wholePeriod}}.',
      partRoughlyExceedsWhole: '{{part}} for {{partPeriod}} puts the part above {{whole}} for the whole of {{wholePeriod}}; only its hedge lets it fit.',
      partsExceedWhole: 'The parts from {{source}} add up to {{sum}} for {{wholePeriod}}, more than {{whole}}.',
      partsFallShort: 'The parts from {{source}} cover {{wholePeriod}} and add up to {{sum}}, less than {{whole}}.',
      partsFallShortAcross: 'The parts of {{wholePeriod}} add up to {{sum}} whichever source each is taken from ({{sources}}), far less than {{whole}}.',
      partsExceedWholeAcross: 'The parts of {{wholePeriod}} add up to {{sum}} whichever source each is taken from ({{sources}}), far more than {{whole}}.',
    },
  },
  run(context) {
    for (const series of context.index.series.values()) {
      const first = series.claims[0];
      if (!first || first.metric.kind !== 'flow' || first.quantity!.per !== null) continue;
      let tiles: Map<number, Tile[]> | undefined;
      // Wholes that share a period share their parts: find and sum them once per period.
      for (const wholes of series.byPeriod.values()) {
        const { start, end, text: wholePeriod } = wholes[0]!.period!;
        const parts = context.index.within(series, start, end);
        if (parts.length === 0) continue;
        // Only parts above some whole are reported, largest first: sort only those (few, where
        // a year of a large archive holds hundreds of parts).
        let lowestWholeHigh = Infinity;
        for (const whole of wholes) if (whole.quantity!.interval[1] < lowestWholeHigh) lowestWholeHigh = whole.quantity!.interval[1];
        const byLow = parts.filter((part) => part.quantity!.interval[0] > lowestWholeHigh).sort((a, b) => b.quantity!.interval[0] - a.quantity!.interval[0]);
        const byValue = parts.filter((part) => ROUGHLY.has(part.quantity!.hedge.kind) && part.quantity!.value > lowestWholeHigh && part.quantity!.interval[0] <= lowestWholeHigh);
        const bySource = new Map<string, Claim[]>();
        for (const part of parts) {
          const list = bySource.get(part.source.id);
          if (list) list.push(part);
          else bySource.set(part.source.id, [part]);
        }
        const sums: Array<[string, Sum]> = [];
        for (const [source, list] of bySource) {
          if (list.length < 2) continue;
          const sum = sumParts(list, start, end);
          if (sum.parts.length >= 2) sums.push([source, sum]);
        }
        // Bounds over all sums, so that a whole they all agree with (nearly every whole) is passed
        // over without a look at each source's sum: a year can have a hundred wholes and as many sums.
        let highestLow = -Infinity;
        let lowestCompleteHigh = Infinity;
        for (const [, sum] of sums) {
          if (sum.low > highestLow) highestLow = sum.low;
          if (sum.complete && sum.high < lowestCompleteHigh) lowestCompleteHigh = sum.high;
        }
        let across: Sum | null | undefined;
        for (const whole of wholes) {
          const interval = whole.quantity!.interval;
          const wholeLow = interval[0];
          const wholeHigh = interval[1];
          let reported = false;
          for (const part of byLow) {
            if (part.quantity!.interval[0] <= wholeHigh) break;
            context.report({
              messageId: 'partExceedsWhole',
              field: 'value',
              data: { part: part.figure, partPeriod: part.period!.text, whole: whole.figure, wholePeriod },
              claims: [{ claim: part, role: 'part' }, { claim: whole, role: 'whole' }],
            });
            reported ||= !isDraftClaim(part) || !isDraftClaim(whole);
          }
          for (const part of byValue) {
            if (part.quantity!.value <= wholeHigh || part.quantity!.interval[0] > wholeHigh) continue;
            context.report({
              messageId: 'partRoughlyExceedsWhole',
              severity: 'warning',
              field: 'value',
              data: { part: part.figure, partPeriod: part.period!.text, whole: whole.figure, wholePeriod },
              claims: [{ claim: part, role: 'part' }, { claim: whole, role: 'whole' }],
            });
          }
          if (highestLow > wholeHigh || lowestCompleteHigh < wholeLow) reported = reportSums(context, whole, sums, wholePeriod, confirmedByRegistry(whole, wholes, sums)) || reported;
          if (reported) continue;
          tiles ??= tilesOf(series.claims);
          across ??= sumAcross(tiles, start, end);
          if (across) reportAcross(context, whole, across, wholePeriod);
        }
      }
    }
  },
};

/** The sum across sources, reported where the whole misses it by more than ACROSS_MARGIN. */
function reportAcross(context: CheckContext, whole: Claim, across: Sum, wholePeriod: string): void {
  const [wholeLow, wholeHigh] = whole.quantity!.interval;
  const messageId = across.high * (1 + ACROSS_MARGIN) < wholeLow ? 'partsFallShortAcross' : across.low > wholeHigh * (1 + ACROSS_MARGIN) ? 'partsExceedWholeAcross' : null;
  if (messageId === null) return;
  context.report({
    messageId,
    field: 'value',
    data: { sum: formatInterval(wholeCounts([across.low, across.high])), sources: [...new Set(across.parts.map(sourceName))].join(', '), whole: `${whole.figure} (${sourceName(whole)})`, wholePeriod },
    claims: [{ claim: whole, role: 'whole' }, ...across.parts.map((claim) => ({ claim, role: 'part' }))],
  });
}

/** Whether a draft's whole is a figure the registry states for that period too, or its parts add up to. */
function confirmedByRegistry(whole: Claim, wholes: readonly Claim[], sums: ReadonlyArray<[string, Sum]>): boolean {
  if (!isDraftClaim(whole)) return false;
  const [low, high] = whole.quantity!.interval;
  return wholes.some((other) => !isDraftClaim(other) && other.quantity!.interval[0] <= high && low <= other.quantity!.interval[1]) || sums.some(([source, sum]) => !source.startsWith('draft:') && sum.complete && sum.low <= high && low <= sum.high);
}

/**
 * Each source's sum that misses the whole, reported; whether any was. A draft's parts against its
 * own whole are not, when the registry states that whole too: then a part is wrong, and which one
 * is figure-conflict's to say, against the registry's part ("7.402 en enero … 4.262 en febrero …
 * suman 8.964": the 8.964 is right).
 */
function reportSums(context: CheckContext, whole: Claim, sums: ReadonlyArray<[string, Sum]>, wholePeriod: string, wholeConfirmed: boolean): boolean {
  const [wholeLow, wholeHigh] = whole.quantity!.interval;
  let reported = false;
  for (const [source, sum] of sums) {
    if (wholeConfirmed && source.startsWith('draft:')) continue;
    const messageId = sum.low > wholeHigh ? 'partsExceedWhole' : sum.complete && sum.high < wholeLow ? 'partsFallShort' : null;
    if (messageId === null) continue;
    // A part that alone exceeds the whole is reported above, at that part; its sum with
    // the others says nothing more, and would blame the parts that are right.
    if (messageId === 'partsExceedWhole' && sum.parts.some((part) => part.quantity!.interval[0] > wholeHigh)) continue;
    context.report({
      messageId,
      field: 'value',
      data: { source, sum: formatInterval(wholeCounts([sum.low, sum.high])), whole: `${whole.figure} (${sourceName(whole)})`, wholePeriod },
      claims: [{ claim: whole, role: 'whole' }, ...sum.parts.map((claim) => ({ claim, role: 'part' }))],
    });
    // A draft's parts against its own whole may yield to the registry's (src/drafts/lint.ts):
    // the registry's sum is still looked at.
    reported ||= !source.startsWith('draft:') || !isDraftClaim(whole);
  }
  return reported;
}
