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

/**
 * What a text's title says of whose count it gives: the country whose agency's count it names
 * ("Migración Colombia advirtió …"), and the country it places the flow in ("El 2021 fue el año con
 * más paso de migrantes … en Colombia"), which says whose "the country's authorities" are.
 */
export interface TitleCounter {
  readonly counter: string | null;
  readonly country: string | null;
}

export function titleCounterOf(title: string): TitleCounter {
  return {
    counter: COUNTED_BY.find(([, words]) => words.test(title))?.[0] ?? null,
    country: COUNTED_BY.find(([country]) => new RegExp(`\\b(?:en|in|through|por)\\s+${country}\\b`, 'u').test(title))?.[0] ?? null,
  };
}

/**
 * A figure of a metric another country's agency counts, said in a sentence that gives that
 * other country's count, or in a text whose title does ("Migración Colombia advirtió aumento de
 * flujos …") and whose sentence names no count of the metric's own country.
 */
export function anotherCountersFigures(body: string, built: readonly Building[], title: TitleCounter): void {
  for (const figure of built) {
    const counter = figure.metric && figure.reason === null ? counterOf(figure.metric) : null;
    if (!counter) continue;
    // "las autoridades migratorias del país registraron 106.838", in a text placed in Colombia.
    const theCountrys = title.country !== null && title.country !== counter && COUNTRYS_AUTHORITIES.test(body) ? title.country : null;
    const named = COUNTED_BY.find(([country, words]) => country !== counter && words.test(body))?.[0] ?? theCountrys ?? (title.counter !== counter && title.counter !== null && !OWN_COUNTER[counter]?.test(body) ? title.counter : null);
    if (named) blame(figure, because('another-counter', { country: named, counter }));
  }
}
/** Words that name the metric's own country's count, which a title naming another's does not override. */
const OWN_COUNTER: Readonly<Record<string, RegExp>> = { Panama: EN.pattern('counted-by-panama') };
const COUNTRYS_AUTHORITIES = EN.pattern('the-countrys-authorities');
