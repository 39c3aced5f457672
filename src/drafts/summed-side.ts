/**
 * A side of a draft's comparison that no registry figure states but the registry's parts add up to:
 * "August, September and October together made up more than two-thirds of 2021's flow" (the
 * registry holds each month and the year, no figure for the three months), "those first 17 days
 * accounted for nearly three-quarters of July" (July 1–17 is stated, so is July; a side is summed
 * only where none is). Without it such a share was left unchecked as an open comparison, though
 * every figure it rests on is in the registry.
 *
 * The sum is the part-whole check's (src/checks/tiles.ts): each part from its lowest to its highest
 * exact figure, at most two years of months, no gap. Parts from more than one source are widened by
 * ACROSS_MARGIN, as part-whole allows agencies that count differently to differ.
 */
import type { Series } from '../checks/claim-index.js';
import { ACROSS_MARGIN, seriesTiles, sumAcross } from '../checks/tiles.js';
import { listSources } from '../checks/shared.js';
import { formatNumber } from '../model/figure.js';
import type { Period } from '../model/period.js';
import type { Claim } from '../model/types.js';

/**
 * Parts of one flow that tile `period`, in order, as one claim (their sum), located at the first
 * part; its id names every part, and its quote says the sum and its sources. Also lint's sum of the
 * parts a verdict settles with (settledParts).
 */
export function summedClaim(parts: readonly Claim[], period: Period, interval: readonly [number, number]): Claim {
  const first = parts[0]!;
  const byPeriod = new Map<string, Claim>();
  for (const part of parts) if (!byPeriod.has(part.period!.text)) byPeriod.set(part.period!.text, part);
  const value = [...byPeriod.values()].reduce((sum, part) => sum + part.quantity!.value, 0);
  const sum = [...byPeriod.values()].map((part) => formatNumber(part.quantity!.value)).join(' + ');
  return {
    ...first,
    id: parts.map((part) => part.id).join('+'),
    figure: formatNumber(value),
    quote: `${sum} (${listSources(parts)}: ${[...byPeriod.keys()].join(', ')})`,
    quantity: { ...first.quantity!, value, read: value, interval: [interval[0], interval[1]] },
    period,
    periodWords: period.text,
    note: `${sum} from ${listSources(parts)}`,
  };
}

/** The registry's parts of a flow that tile `period`, summed; null when they do not. */
export function summedSide(series: Series | undefined, period: Period): Claim | null {
  if (!series || series.claims.length === 0 || series.claims[0]!.metric.kind !== 'flow' || series.claims[0]!.quantity?.per) return null;
  const across = sumAcross(seriesTiles(series), period.start, period.end);
  if (!across) return null;
  const sources = new Set(across.parts.map((part) => part.source.id));
  const margin = sources.size > 1 ? ACROSS_MARGIN : 0;
  return summedClaim(across.parts, period, [across.low * (1 - margin), across.high * (1 + margin)]);
}
