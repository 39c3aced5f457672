/**
 * "did you mean …": the catalogue's nearest names to an unknown one, only when they are close.
 * Used on error paths alone (an unknown unit, metric, source, check id, config key), so a plain
 * edit distance over the few hundred names a catalogue holds costs nothing a valid run pays.
 */

/**
 * Edit distance with a swap of two neighbours counted as one edit (optimal string alignment), as
 * commander's own "Did you mean" counts: "crosings" and "crossigns" are each one edit away.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The nearest candidates, when close: at most a third of the word's length in edits (at least 1,
 * at most 3). "crosings" finds "crossings" and "Crossings" finds it too (case counts as no edit);
 * "persons" finds nothing in a catalogue of "people" (5 edits of 7 letters is another word, and a
 * wrong guess misleads more than none). Ties are all given, sorted.
 */
export function nearest(word: string, candidates: Iterable<string>): string[] {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best = Infinity;
  let found: string[] = [];
  const lower = word.toLowerCase();
  for (const candidate of new Set(candidates)) {
    if (candidate === word) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance > limit || distance > best) continue;
    if (distance < best) {
      best = distance;
      found = [];
    }
    found.push(candidate);
  }
  return found.sort();
}

/** " (did you mean "a" or "b"?)", or "" when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const found = nearest(word, candidates).slice(0, 3);
  if (found.length === 0) return '';
  const quoted = found.map((name) => `"${name}"`);
  return ` (did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`}?)`;
}

/**
 * Units a person types for the catalogue's, too far apart in letters for an edit distance to find
 * ("persons" is five edits from "people"): each suggested only when the catalogue counts in it.
 * tests/registry/suggest.test.ts reads every entry.
 */
export const UNIT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['persons', 'people'],
  ['person', 'people'],
  ['individuals', 'people'],
  ['migrants', 'people'],
  ['points', 'percentage-points'],
  ['dollars', 'USD'],
  ['us dollars', 'USD'],
  ['year', 'years'],
  ['mile', 'miles'],
]);

/** didYouMean() for a unit: the synonym the catalogue counts in, else the nearest names. */
export function didYouMeanUnit(unit: string, units: ReadonlySet<string>): string {
  const synonym = UNIT_SYNONYMS.get(unit.trim().toLowerCase());
  return synonym !== undefined && units.has(synonym) ? ` (did you mean "${synonym}"?)` : didYouMean(unit, units);
}
