/**
 * A flow's registry figures as tiles of time, and the sums of those that tile a period: the
 * part-whole check adds parts up against a whole, and rate-total a rate against the parts of its
 * period when no one total states it.
 */
import type { Claim } from '../model/types.js';
import type { Series } from './claim-index.js';
import { isDraftClaim } from './shared.js';

export interface Sum {
  parts: Claim[];
  low: number;
  high: number;
  /** The parts cover the whole period without gaps. */
  complete: boolean;
}

/**
 * How far a whole may miss the sum of parts from different sources: agencies that count
 * differently have differed by 6% (8,456 against 4,702 + 4,262 for January–February 2022).
 */
export const ACROSS_MARGIN = 0.1;

/** A count stated to the unit (or near it), not rounded or hedged: at most this wide, as a share of itself. */
const EXACT = 0.01;

/** The registry's parts of one period: each period's claims, and their lowest and highest figure. */
export interface Tile {
  readonly end: number;
  readonly low: number;
  readonly high: number;
  readonly claims: readonly Claim[];
}

/**
 * A series' registry claims as tiles, by the day each starts, ends ascending: built once per series,
 * so that each whole walks its few tiles instead of reading every part (a year of a large archive
 * holds hundreds). Each tile counts from its lowest to its highest figure, among the exact counts
 * where any source gives one (511,103 and 520,085 for 2023, not "over half a million", which only
 * restates them). A draft's own parts are what is being checked, not what the registry allows:
 * they are summed within the draft only.
 */
export function tilesOf(claims: readonly Claim[]): Map<number, Tile[]> {
  const byStart = new Map<number, Map<number, Claim[]>>();
  for (const claim of claims) {
    if (isDraftClaim(claim)) continue;
    const { start, end } = claim.period!;
    let ends = byStart.get(start);
    if (!ends) byStart.set(start, (ends = new Map()));
    const list = ends.get(end);
    if (list) list.push(claim);
    else ends.set(end, [claim]);
  }
  const tiles = new Map<number, Tile[]>();
  for (const [start, ends] of byStart) {
    const list: Tile[] = [];
    for (const [end, all] of ends) {
      const exact = all.filter(({ quantity }) => quantity!.interval[1] - quantity!.interval[0] <= EXACT * quantity!.interval[1]);
      const counted = exact.length > 0 ? exact : all;
      // The claims that give the low and the high are the ones a finding cites: a period many
      // sources state (hundreds, in a large archive) would otherwise list them all.
      let [lowest, highest] = [counted[0]!, counted[0]!];
      for (const c of counted) {
        if (c.quantity!.interval[0] < lowest.quantity!.interval[0]) lowest = c;
        if (c.quantity!.interval[1] > highest.quantity!.interval[1]) highest = c;
      }
      list.push({ end, low: lowest.quantity!.interval[0], high: highest.quantity!.interval[1], claims: lowest === highest ? [lowest] : [lowest, highest] });
    }
    tiles.set(start, list.sort((a, b) => a.end - b.end));
  }
  return tiles;
}

/** Each series' tiles, built once per series (a check or a draft asks for them again and again). */
const SERIES_TILES = new WeakMap<Series, Map<number, Tile[]>>();

/** tilesOf a series' claims, built once per series. */
export function seriesTiles(series: Series): Map<number, Tile[]> {
  let tiles = SERIES_TILES.get(series);
  if (!tiles) SERIES_TILES.set(series, (tiles = tilesOf(series.claims)));
  return tiles;
}

/**
 * The most parts a sum across sources is taken of: two years of months, or years. A whole tiled by
 * hundreds of days is a sum no reader can check by eye.
 */
const MAX_TILES = 24;

/**
 * The registry's parts that tile [start, end], the longest first where several start on the same
 * day (the whole's own period is no part of it): the loosest sum the registry allows, or null when
 * they leave a gap or need more than MAX_TILES parts.
 */
export function sumAcross(tiles: ReadonlyMap<number, readonly Tile[]>, start: number, end: number): Sum | null {
  const chosen: Claim[] = [];
  let [cursor, low, high, count] = [start - 1, 0, 0, 0];
  while (cursor < end) {
    const list = tiles.get(cursor + 1);
    let tile: Tile | undefined;
    for (let k = (list?.length ?? 0) - 1; k >= 0 && !tile; k--) {
      const candidate = list![k]!;
      if (candidate.end <= end && !(cursor + 1 === start && candidate.end === end)) tile = candidate;
    }
    if (!tile || count === MAX_TILES) return null;
    chosen.push(...tile.claims);
    [low, high, count, cursor] = [low + tile.low, high + tile.high, count + 1, tile.end];
  }
  return count >= 2 ? { parts: chosen, low, high, complete: true } : null;
}

