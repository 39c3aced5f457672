/**
 * Whom a pronoun may stand for (events.ts): the people a stretch of text names, by the capitalised
 * words it holds that are no sentence opener, month, weekday or place of the catalogue. "Mulino met
 * Kristi Noem in Panama City. She praised …": "She" may be Noem, so the event after it is not
 * read as Mulino's; "Petro has governed since his election": "his" is Petro's.
 */
import { FUNCTION_WORDS, placeKey, stem, type MetricCatalogue } from '../drafts/metrics.js';
import { EN } from './lexicon/en.js';

const NAME = /\p{Lu}[\p{Ll}’'-]+(?:\s+(?:de\s+|del\s+)?\p{Lu}[\p{Ll}’'-]+)*/gu;
const NOT_A_NAME = EN.words('not-a-name');

/** The names of people in `text`: runs of capitalised words, less openers, months, weekdays and places. */
export function peopleNamed(catalogue: MetricCatalogue, text: string): string[] {
  const places = placesOf(catalogue);
  return (text.match(NAME) ?? []).filter((run) => run.split(/\s+/).some((word) => {
    const lower = word.toLowerCase();
    return !FUNCTION_WORDS.has(lower) && !NOT_A_NAME.has(lower) && !places.has(placeKey(stem(word)));
  }));
}

const PLACES = new WeakMap<MetricCatalogue, ReadonlySet<string>>();
function placesOf(catalogue: MetricCatalogue): ReadonlySet<string> {
  let places = PLACES.get(catalogue);
  if (!places) {
    places = new Set([...catalogue.places.values()].flatMap((keys) => [...keys]));
    PLACES.set(catalogue, places);
  }
  return places;
}
