/**
 * Finish stage, another country's count: a catalogue metric counted by one country's agency
 * ("as counted by Panama's SNM" in its `counts:`) is not what a sentence gives as another
 * country's count ("Colombia contabilizó 3.922 personas …, según los datos de Migración
 * Colombia"). The two agencies count the same people at different borders, differently; set
 * against Panama's, Colombia's figure would be a false conflict. Left unchecked with its reason.
 */
import type { Metric } from '../model/types.js';
import { because } from './reasons.js';
import { blame, type Building } from './record.js';
import { EN } from './lexicon/en.js';

/** The countries whose agencies' counts a sentence may give, each with the words that say so (the lexicon's). */
const COUNTED_BY: ReadonlyArray<readonly [string, RegExp]> = [['Colombia', EN.pattern('counted-by-colombia')]];

const COUNTERS = new WeakMap<Metric, string | null>();

/** The country whose agency counts a metric, from its `counts:` ("as counted by Panama's SNM"), or null. */
function counterOf(metric: Metric): string | null {
  if (!COUNTERS.has(metric)) COUNTERS.set(metric, /\bcounted by (\p{Lu}\p{L}+)['’]s\b/u.exec(metric.counts)?.[1] ?? null);
  return COUNTERS.get(metric)!;
}

export function anotherCountersFigures(body: string, built: readonly Building[]): void {
  for (const figure of built) {
    const counter = figure.metric && figure.reason === null ? counterOf(figure.metric) : null;
    if (!counter) continue;
    const other = COUNTED_BY.find(([country, words]) => country !== counter && words.test(body));
    if (other) blame(figure, because('another-counter', { country: other[0], counter }));
  }
}
