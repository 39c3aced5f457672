/** Small helpers the checks share: how a claim is named in a message, which sources are independent. */
import { formatInterval, type Interval } from '../model/figure.js';
import type { Claim, Source } from '../model/types.js';

/** "004" or "ref-aljazeera-2025-01-03": the short name used inside messages. */
/** A claim a draft states ("draft:" sources), which is being checked, not the registry's. */
export function isDraftClaim(claim: Claim): boolean {
  return claim.source.id.startsWith('draft:');
}

export function sourceName(claim: Claim): string {
  return claim.source.id;
}

// Counted for every group of claims a check weighs: each source's key is made once.
const independentKeys = new WeakMap<Source, string>();

/** A republished copy counts as its original: it is not a second, independent source. */
export function independentKey(source: Source): string {
  let key = independentKeys.get(source);
  if (key === undefined) independentKeys.set(source, (key = keyOf(source)));
  return key;
}

function keyOf(source: Source): string {
  const from = source.republishedFrom;
  if (!from) return `source:${source.id}`;
  return from.sourceId ? `source:${from.sourceId}` : `outlet:${from.outlet.toLowerCase()}`;
}

export function countIndependent(claims: readonly Claim[]): number {
  return new Set(claims.map((claim) => independentKey(claim.source))).size;
}

/**
 * Counts are whole numbers; a count's interval holding one whole number is shown as "= n". A rate
 * of people per day is written in whole people too: "2,461 per day" shows as "= 2,461".
 */
export function isCount(claim: Claim): boolean {
  const unit = claim.quantity?.unit ?? '';
  return !['percent', 'percentage-points', 'times', 'miles', 'USD', 'GBP', 'EUR', 'years'].includes(unit);
}

export function describeRange(claim: Claim): string {
  return formatInterval(claim.quantity!.interval, isCount(claim));
}

/** "8,456 (004)" */
export function figureOf(claim: Claim): string {
  return `${claim.figure} (${sourceName(claim)})`;
}

export function listSources(claims: readonly Claim[]): string {
  return [...new Set(claims.map(sourceName))].join(', ');
}

/**
 * A count's interval in whole people, widened outward: "19,032 – 19,137", not "19,032.1429 –
 * 19,136.4286" (a rate times its days), nor "76,739.5 – 76,742.5" (exact parts, each ± a half).
 */
export function wholeCounts([low, high]: Interval): Interval {
  return [Math.floor(low), Math.ceil(high)];
}
