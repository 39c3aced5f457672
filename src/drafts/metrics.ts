/**
 * Which metric a figure counts, read from the metric catalogue's phrases and places.
 *
 * Phrases are matched on word stems with accents folded ("crossed the Darién" matches "crossing
 * the Darien Gap"), and "the", "a", "of" may come and go between words. A phrase alone is weak
 * evidence for generic words ("boats", "arrested"), so a metric also needs its place named nearby
 * (in the sentence, the one before, or the title), and the date of an event needs the one the event
 * is about ("Mulino") in the sentence itself: "Trump took office" is not Mulino's inauguration.
 * When nothing fits, the figure has no metric and is reported as unchecked, never guessed.
 */
import type { Claim, Metric, RateUnit } from '../model/types.js';
import type { Period } from '../model/period.js';

const STOP = new Set(['the', 'a', 'an', 'of']);

/** Folds case and accents; "Darién" and "Darien" are one word. */
export function fold(word: string): string {
  // Most words are ASCII; NFD and the mark-stripping regex cost more than the rest of reading.
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// A text repeats its words: each is stemmed once. Bounded, so a huge text cannot grow it forever.
const STEMS = new Map<string, string>();

/** A crude stemmer: enough that "crossed", "crossing" and "crossings" meet at "cross". */
export function stem(word: string): string {
  let cached = STEMS.get(word);
  if (cached === undefined) {
    cached = stemUncached(word);
    if (STEMS.size > 50_000) STEMS.clear();
    STEMS.set(word, cached);
  }
  return cached;
}

function stemUncached(word: string): string {
  let w = fold(word).replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export interface Token {
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

// Letters and digits: ASCII, Latin-1 and beyond, less the general punctuation block (“ ” ’ – —);
// code units, as the pattern has no u flag (a surrogate pair's halves are both word characters).
// A regex rather than a loop over character codes: lint reads a short text without V8's
// optimising compiler (src/cli/lint.ts), where the loop ran at about half the regex's speed
// (all sentences of the bench's 1 MB draft: 175 ms against 97 ms of CPU; optimised, about even).
const WORD = /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2070-\uFFFF]+/g;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const span = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let word = WORD.exec(span); word !== null; word = WORD.exec(span)) {
    const start = from + word.index;
    out.push({ stem: stem(word[0]), start, end: start + word[0].length });
  }
  return out;
}

export interface PhraseMatch {
  readonly metric: Metric;
  readonly phrase: string;
  /** Token indexes in the sentence: first, and just past the last. */
  readonly from: number;
  readonly to: number;
  /** "per day", "every month": says a figure is a rate, not what it counts. */
  readonly perPhrase: boolean;
  /** Words in the phrase other than "the", "a", "of": one word ("boats") is weak evidence. */
  readonly words: number;
  /** Only capitalised words ("Lajas Blancas", "Foreign Minister Erika Mouynes"): a name, not an event. */
  readonly name: boolean;
}

interface Phrase {
  readonly metric: Metric;
  readonly text: string;
  readonly stems: readonly string[];
  readonly perPhrase: boolean;
  readonly words: number;
  readonly name: boolean;
}

const PER_PHRASE = /^(?:(?:per|a|an|every|each) (?:day|week|month|year)|daily|weekly|monthly|yearly|al (?:día|mes)|diarios|mensuales)$/i;
const COUNT_UNITS = new Set(['people']);
const NOT_COUNTS = new Set(['percent', 'percentage-points', 'USD', 'GBP', 'EUR', 'miles', 'km', 'years', 'times']);
/** Nouns that count people, for matching a figure's noun to a metric of unit `people`. */
export const PEOPLE = new Set(
  ['migrant', 'people', 'person', 'refugee', 'individual', 'immigrant', 'asylum', 'seeker', 'traveler', 'traveller', 'national', 'coyot', 'smuggler', 'victim', 'child', 'children', 'adult', 'man', 'men', 'woman', 'women', 'minor', 'venezuelan', 'haitian', 'ecuadorian', 'colombian', 'cuban', 'chinese', 'nicaraguan', 'foreigner', 'resident', 'citizen', 'crossing', 'cross', 'arrival', 'entry', 'entri', 'encounter', 'apprehension', 'deportation', 'deporte', 'returne', 'passenger', 'worker', 'soldier', 'agent', 'officer', 'official', 'personas', 'persona', 'migrant',
    // Spanish, each form written (the stemmer is English): "rescató a 36 víctimas", "detuvo a seis presuntos coyotes".
    'víctimas', 'víctima', 'victimas', 'niños', 'niñas', 'menores', 'mujeres', 'hombres', 'adultos', 'extranjeros', 'viajeros', 'ciudadanos', 'traficantes', 'agentes', 'migrantes',
    // "520.085 seres humanos": a speech's words for people.
    'seres',
    // "some 10,000 crossers in a normal year", "248,283 transients": the catalogue's own words for
    // the people of a flow (its frames' counts), read as people, not as something else counted.
    'crosser', 'transient', 'trekker', 'walker', 'caminantes', 'transeúntes'].map(stem),
);
/**
 * People counted by age, sex or nationality: a part of a flow of people, never the whole. No metric
 * of the catalogue counts one, so a figure that names one is left unchecked.
 */
export const GROUPS = new Set(
  ['child', 'children', 'minor', 'woman', 'women', 'man', 'men', 'girl', 'boy', 'family', 'families', 'teenager', 'adolescent', 'infant', 'baby', 'babies', 'unaccompanied', 'venezuelan', 'haitian', 'ecuadorian', 'colombian', 'cuban', 'chinese', 'nicaraguan', 'peruvian', 'chilean', 'afghan', 'indian', 'african', 'asian', 'national', 'niño', 'niña', 'menor', 'mujer'].map(stem),
);
export const MOSTLY = new Set(['mostly', 'mainly', 'largely', 'predominantly', 'primarily', 'overwhelmingly', 'chiefly']);
// Spanish beside the English: "unas 258 personas al día" names no metric of its own either.
// "520.085 seres humanos": two words for anyone, each generic (not English "human" alone: "40 human rights groups").
export const GENERIC_PEOPLE = new Set(['migrant', 'people', 'person', 'persons', 'individual', 'refugee', 'immigrant', 'traveler', 'traveller', 'personas', 'migrantes', 'seres', 'humanos'].map(stem));
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(stem));
const TITLES = new Set(['state', 'president', 'minister', 'secretary', 'ambassador', 'the', 'of', 'and', 'u', 's', 'us', 'general', 'national', 'service', 'department', 'border', 'patrol', 'office', 'foreign', 'affairs', 'elect']);
const PLACE_STOP = new Set(['gap', 'border', 'region', 'southwest', 'northbound', 'southbound', 'province', 'city', 'and', 'the', 'del', 'u', 's', 'mexico']);

/**
 * The place a metric is about, as word beginnings: "Panamá" and "Panamanian" both start "panam",
 * "Colombia" and "Colombian" "colom". Generic words ("border", "gap") say nothing of where.
 */
function placeWords(metric: Metric): Set<string> {
  const words = new Set<string>();
  for (const m of metric.place.matchAll(/[\p{L}]+/gu)) {
    const w = stem(m[0]);
    if (w.length >= 4 && !PLACE_STOP.has(w)) words.add(placeKey(w));
  }
  // "U.S.–Mexico border": Mexico is the distinctive word there, kept for metrics whose place it is.
  if (/mexico/i.test(metric.place)) words.add(placeKey('mexico'));
  return words;
}

export function placeKey(stemmed: string): string {
  return stemmed.slice(0, 5);
}

/** Proper names in what a date metric counts ("José Raúl Mulino takes office"): who the event is about. */
function subjectWords(metric: Metric, places: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  for (const m of metric.counts.matchAll(/\b\p{Lu}[\p{L}'’-]+/gu)) {
    const w = stem(m[0]);
    // A month ("April 2022") says when, not who. The metric's place may be who ("Panama and the
    // United States signed"), so it stays; src/reader/events.ts keeps it from counting inside the
    // phrase itself.
    if (w.length >= 3 && !TITLES.has(w) && !places.has(w) && !MONTHS.has(w)) words.add(w);
  }
  return words;
}

export interface MetricCatalogue {
  readonly metrics: ReadonlyMap<string, Metric>;
  readonly byFirstStem: ReadonlyMap<string, readonly Phrase[]>;
  readonly places: ReadonlyMap<Metric, ReadonlySet<string>>;
  readonly subjects: ReadonlyMap<Metric, ReadonlySet<string>>;
  /** Rate metrics by the flow they are a rate of and their unit: "darien-crossings|day". */
  readonly rates: ReadonlyMap<string, Metric>;
  /** Stems of the catalogue's count units other than people: "boat", "motor", "trail". */
  readonly unitStems: ReadonlySet<string>;
  /** The one event each `once` metric counts: its day as the registry's claims date it, and the nouns its figures count. */
  readonly events: ReadonlyMap<Metric, OnceEvent>;
  /** For each date metric, the days the catalogue and the registry's claims give it. */
  readonly eventDays: ReadonlyMap<Metric, readonly Period[]>;
}

export function buildCatalogue(metrics: ReadonlyMap<string, Metric>, claims: readonly Claim[] = []): MetricCatalogue {
  const byFirstStem = new Map<string, Phrase[]>();
  const places = new Map<Metric, Set<string>>();
  const subjects = new Map<Metric, Set<string>>();
  const rates = new Map<string, Metric>();
  for (const metric of metrics.values()) {
    places.set(metric, placeWords(metric));
    if (metric.kind === 'date') subjects.set(metric, subjectWords(metric, places.get(metric)!));
    // A typical year's rate is no rate of a year the sentence names: "Annual crossings ... more
    // than half a million in 2023" is 2023's, a rate derived from the flow.
    if (metric.kind === 'rate' && metric.rateOf && metric.per && !metric.typical) rates.set(`${metric.rateOf}|${metric.per}`, metric);
    for (const text of metric.phrases) {
      const stems = tokenize(text, 0, text.length).map((t) => t.stem);
      if (stems.length === 0) continue;
      const words = stems.filter((w) => !STOP.has(w)).length;
      const name = [...text.matchAll(/[\p{L}]+/gu)].every((w) => /^\p{Lu}/u.test(w[0]) || STOP.has(w[0]) || /^(?:for|de|del|and|y)$/.test(w[0]));
      const phrase: Phrase = { metric, text, stems, perPhrase: PER_PHRASE.test(text.trim()), words, name };
      const list = byFirstStem.get(stems[0]!);
      if (list) list.push(phrase);
      else byFirstStem.set(stems[0]!, [phrase]);
    }
  }
  deriveRates(metrics, rates);
  // A derived rate is about the place its flow is about.
  for (const rate of rates.values()) if (rate.derived) places.set(rate, places.get(metrics.get(rate.rateOf!)!)!);
  const unitStems = new Set<string>();
  for (const metric of metrics.values()) if (metric.unit && !NOT_COUNTS.has(metric.unit) && metric.unit !== 'people') unitStems.add(stem(metric.unit));
  return { metrics, byFirstStem, places, subjects, rates, unitStems, events: eventPeriods(claims), eventDays: eventDays(metrics, claims) };
}

/** The days a date metric is given: the catalogue's `date:`, and each day a registry claim dates it to. */
function eventDays(metrics: ReadonlyMap<string, Metric>, claims: readonly Claim[]): Map<Metric, Period[]> {
  const out = new Map<Metric, Period[]>();
  const add = (metric: Metric, period: Period): void => {
    if (period.start !== period.end) return;
    const list = out.get(metric);
    if (!list) out.set(metric, [period]);
    else if (!list.some((p) => p.start === period.start)) list.push(period);
  };
  for (const metric of metrics.values()) if (metric.kind === 'date' && metric.date) add(metric, metric.date);
  for (const claim of claims) if (claim.metric.kind === 'date' && claim.period) add(claim.metric, claim.period);
  return out;
}

export interface OnceEvent {
  readonly period: Period;
  /** Stems of the metric's unit and the words of its phrases and frame: "boat", "motor", "mile". */
  readonly nouns: ReadonlySet<string>;
}

/**
 * For each `once` metric, the period most of the registry's claims of it give (of equals, the
 * shortest): the day of the one event it counts. Sources that date one handover "May 22" and
 * "May 2025" do not make two events.
 */
function eventPeriods(claims: readonly Claim[]): Map<Metric, OnceEvent> {
  const counts = new Map<Metric, Map<string, { period: Period; n: number }>>();
  for (const claim of claims) {
    if (!claim.metric.once || !claim.period) continue;
    let byText = counts.get(claim.metric);
    if (!byText) counts.set(claim.metric, (byText = new Map()));
    const seen = byText.get(claim.period.text);
    if (seen) seen.n++;
    else byText.set(claim.period.text, { period: claim.period, n: 1 });
  }
  const out = new Map<Metric, OnceEvent>();
  for (const [metric, byText] of counts) {
    const best = [...byText.values()].sort((a, b) => b.n - a.n || a.period.end - a.period.start - (b.period.end - b.period.start))[0]!;
    const words = [metric.unit ?? '', ...metric.phrases, ...(metric.frame?.counts ?? [])].join(' ');
    out.set(metric, { period: best.period, nouns: new Set(tokenize(words, 0, words.length).map((t) => t.stem).filter((s) => !STOP.has(s))) });
  }
  return out;
}

const RATE_UNITS: readonly RateUnit[] = ['hour', 'day', 'week', 'month', 'year'];

/**
 * A flow counted per day, week, month or year is a rate of that flow whatever the unit: "an average
 * of 1,425 crossings every month" is checked against the year's total as "2,000 a day" is, without
 * a catalogue entry per unit. Only units the catalogue does not list are derived.
 */
function deriveRates(metrics: ReadonlyMap<string, Metric>, rates: Map<string, Metric>): void {
  for (const flow of metrics.values()) {
    if (flow.kind !== 'flow') continue;
    for (const per of RATE_UNITS) {
      const key = `${flow.id}|${per}`;
      if (rates.has(key)) continue;
      const id = `${flow.id}-per-${per}`;
      if (metrics.has(id)) continue;
      rates.set(key, { ...flow, id, counts: `${flow.counts}, per ${per}`, kind: 'rate', phrases: [], frame: null, rateOf: flow.id, per, derived: true });
    }
  }
}

/** Every catalogue phrase in a sentence's tokens. "the", "a", "of" may be added or left out. */
export function matchPhrases(catalogue: MetricCatalogue, tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrases = catalogue.byFirstStem.get(tokens[i]!.stem);
    if (!phrases) continue;
    for (const phrase of phrases) {
      let j = 1;
      let k = i + 1;
      // "signed a bilateral migration agreement": an event's phrase of three words or more may take
      // one more word before its last (a document's head noun), once.
      let modifier = phrase.metric.kind === 'date' && phrase.stems.filter((w) => !STOP.has(w)).length >= 3;
      // "otros 25 representantes": Spanish puts the figure inside the phrase ("otros representantes").
      let number = true;
      // "la llegada de José Raúl Mulino a la presidencia": an event's phrase may hold, once, whose
      // event it is ("de"/"of" and the names its metric counts).
      let holder = phrase.metric.kind === 'date' ? catalogue.subjects.get(phrase.metric) : undefined;
      while (j < phrase.stems.length) {
        const want = phrase.stems[j]!;
        const got = tokens[k]?.stem;
        if (got === want) {
          j++;
          k++;
        } else if (holder && (got === 'de' || got === 'of') && holder.has(tokens[k + 1]?.stem ?? '')) {
          k += 2;
          while (holder.has(tokens[k]?.stem ?? '')) k++;
          holder = undefined;
        } else if (got !== undefined && STOP.has(got) && k - i < phrase.stems.length + 3) k++;
        else if (number && got !== undefined && /^\d/.test(got) && j > 0) {
          number = false;
          k++;
        }
        else if (modifier && j === phrase.stems.length - 1 && got !== undefined && !STOP.has(got) && tokens[k + 1]?.stem === want) {
          modifier = false;
          k++;
        }
        // "won Panama's election", "the country's": a possessive stands where "the" would.
        else if (want === 'the' && tokens[k + 1]?.stem === 's') {
          k += 2;
          j++;
        } else if (STOP.has(want)) j++;
        else break;
      }
      if (j === phrase.stems.length) out.push({ metric: phrase.metric, phrase: phrase.text, from: i, to: k, perPhrase: phrase.perPhrase, words: phrase.words, name: phrase.name });
    }
  }
  return out;
}

/** `keys` are `placeKey`s of the words around. */
export function mentionsPlace(catalogue: MetricCatalogue, metric: Metric, keys: ReadonlySet<string>): boolean {
  const words = catalogue.places.get(metric)!;
  if (words.size === 0) return true;
  for (const w of words) if (keys.has(w)) return true;
  return false;
}

export function mentionsSubject(catalogue: MetricCatalogue, metric: Metric, stems: ReadonlySet<string>): boolean {
  const words = catalogue.subjects.get(metric);
  if (!words || words.size === 0) return mentionsPlace(catalogue, metric, new Set([...stems].map(placeKey)));
  for (const w of words) if (stems.has(w)) return true;
  // "Mayorkas and Panamanian officials signed the memorandum": a place the event is about (its
  // subject as well as its place) is named by its adjective too, as places are found by key.
  const places = catalogue.places.get(metric);
  if (!places || places.size === 0) return false;
  const subjectPlaces = new Set([...words].map(placeKey).filter((key) => places.has(key)));
  for (const s of stems) if (subjectPlaces.has(placeKey(s))) return true;
  return false;
}

/** Words after a figure that end its noun phrase: "over half a million in 2023", "140 a day". */
export const FUNCTION_WORDS = new Set(
  [
    'in of to from for and or at on by with into through have has had were was are is be been who that which this these those than per a an the each every last since during between as according so while but after before across along over under about near',
    // Spanish articles, prepositions and conjunctions: "un 93 % en los primeros días" names no
    // noun the figure counts ("primeros" is no plural noun). Not "de": "tres millones de dólares",
    // "3.000 de personas" name what is counted after it.
    'en la el los las un una unos unas y o al con por para que desde hasta entre durante según sobre su sus',
  ].join(' ').split(' '),
);

/** Does a figure's unit fit a metric? `words` are the first words after the figure, as written. */
export function unitFits(catalogue: MetricCatalogue, metric: Metric, unit: string | null, comparison: boolean, words: readonly string[]): boolean {
  if (metric.kind === 'date') return false;
  if (comparison) return metric.kind === 'flow' || metric.kind === 'level' || metric.kind === 'money' || metric.kind === 'rate';
  const metricUnit = metric.unit ?? '';
  // A length is one in either unit: "tres kilómetros de alambre" against wire counted in miles
  // (src/reader/finish.ts converts it).
  if (unit !== null) return unit === metricUnit || (unit === 'km' && metricUnit === 'miles');
  if (NOT_COUNTS.has(metricUnit)) return false;
  // The first noun after the figure that names a unit must be this metric's: "16 boats" is not
  // motors. A plural that names no unit ("two governments") counts something else altogether.
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = fold(word);
    const noun = stem(word);
    // "30,000 children crossed", "29,000 Ecuadorians": a group within the flow, not the flow. As an
    // adjective before a noun more particular than "migrants" ("26 Nicaraguan victims"), it only
    // describes what that noun counts.
    // "133,000 mostly Haitian migrants": a group that is most of them describes the whole.
    if (GROUPS.has(noun) && i > 0 && MOSTLY.has(fold(words[i - 1]!))) continue;
    if (GROUPS.has(noun)) {
      // "20,000 Haitian, Venezuelan and Cuban refugees": several groups listed are the whole.
      let j = i + 1;
      let groups = 1;
      while (j < words.length && (GROUPS.has(stem(words[j]!)) || /^(?:and|or)$/i.test(words[j]!))) {
        if (GROUPS.has(stem(words[j]!))) groups++;
        j++;
      }
      if (groups >= 2 && j < words.length && PEOPLE.has(stem(words[j]!))) return COUNT_UNITS.has(metricUnit);
      const next = words[i + 1] === undefined ? null : stem(words[i + 1]!);
      if (next !== null && PEOPLE.has(next) && !GENERIC_PEOPLE.has(next) && !GROUPS.has(next) && !/(?:ed|ing)$/i.test(words[i + 1]!)) continue;
      return false;
    }
    if (PEOPLE.has(noun)) return COUNT_UNITS.has(metricUnit);
    if (isUnitNoun(catalogue, noun)) return noun === stem(metricUnit);
    // "16 lanchas", "16 embarcaciones": a one-word phrase of the metric's own names what it counts,
    // in whatever language the catalogue wrote it.
    if (ownNouns(metric).has(noun)) return true;
    if (FUNCTION_WORDS.has(lower) || /^\d/.test(lower)) return true;
    // "seis presuntos coyotes", "36 víctimas nicaragüenses": a Spanish adjective agrees in number
    // with the people it stands before; it names no other thing counted.
    if (/(?:os|as)$/.test(lower) && i + 1 < words.length && PEOPLE.has(stem(words[i + 1]!))) continue;
    if (lower.length > 3 && /[^s]s$/.test(lower)) return false;
  }
  return true;
}

/**
 * The stems of a metric's one-word phrases ("lanchas", "embarcaciones" for boats), and the head of
 * a Spanish phrase that names its noun first ("representantes" of "representantes de otros
 * países"): what the metric counts, in whatever language the catalogue wrote it.
 */
function ownNouns(metric: Metric): ReadonlySet<string> {
  let nouns = OWN_NOUNS.get(metric);
  if (!nouns) {
    const heads = metric.phrases.map((phrase) => phrase.trim()).flatMap((phrase) => (!/\s/.test(phrase) ? [phrase] : (/^(\p{L}+s)\s+(?:de|del)\s/u.exec(phrase)?.slice(1) ?? [])));
    OWN_NOUNS.set(metric, (nouns = new Set(heads.map((word) => stem(word)))));
  }
  return nouns;
}
const OWN_NOUNS = new WeakMap<Metric, ReadonlySet<string>>();

/** The stem of a unit a noun names, when it names one of the catalogue's units. */
export function isUnitNoun(catalogue: MetricCatalogue, noun: string): boolean {
  return PEOPLE.has(noun) || catalogue.unitStems.has(noun);
}
