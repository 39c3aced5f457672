/**
 * Dates of events: a date phrase and a catalogue event's phrase in one sentence ("took office on
 * July 1"), read as a figure of kind "event".
 */
import { resolvePeriodWords } from '../model/period-words.js';
import { BARE_WEEKDAY, dayNumber, monthOfDay, periodFromDays, yearOfDay, type Period } from '../model/period.js';
import type { Metric } from '../model/types.js';
import { countWord, findPeriods, type PeriodMention } from '../text/periods.js';
import { because, type UncheckedReason } from './reasons.js';
import { FUNCTION_WORDS, mentionsPlace, mentionsSubject, placeKey, tokenize, type MetricCatalogue, type PhraseMatch, type Token } from '../drafts/metrics.js';
import { placesAtHand } from './frames.js';
import { type SentenceContext, quoteOf } from './context.js';
import { type Building, blame } from './record.js';
import { SAID_BEFORE } from './attribution.js';
import { clauseBounds } from './clauses.js';
import { FAR, STOOD_AT_WORDS, wholeMonthOf } from './resolve-period.js';
import { EN } from './lexicon/en.js';
import { isTerm, termDates } from './term-events.js';
import { peopleNamed } from './people-named.js';
import { cut } from '../text/one-byte.js';

/**
 * Dates of events: a date and the phrase of an event in one sentence. A phrase that is only a
 * name ("Lajas Blancas") places the sentence; it does not say what the date is of. extract also
 * proposes every day's date that dates something ("On Aug. 11, Panama and Colombia agreed ...")
 * for a person to keep or delete; lint checks only the catalogue's events.
 */
const COUNTED_FROM_BEFORE = EN.pattern('counted-from-event-before');

/**
 * The stems of the sentence that may name whom an event is about: those outside its phrase, and
 * whose event it is said inside it ("la llegada de José Raúl Mulino a la presidencia"); not a place
 * inside it ("Panama's presidential election"), nor a name said only to name someone else.
 */
function stemsBeside(ctx: SentenceContext, phrase: PhraseMatch, keysNear: boolean): Set<string> {
  const subjects = ctx.catalogue.subjects.get(phrase.metric)!;
  const places = ctx.catalogue.places.get(phrase.metric);
  const whose = (token: Token, t: number): boolean => t < phrase.from || t >= phrase.to || (subjects.has(token.stem) && !places?.has(token.stem));
  return new Set(ctx.tokens.filter((token, t) => whose(token, t) && !namesSomeoneElse(ctx.m, token, keysNear)).map((t) => t.stem));
}

export function readEvents(ctx: SentenceContext, built: readonly Building[]): Building[] {
  const { tokens, m, sentence, options } = ctx;
  const seen = new Set<string>();
  const events: Building[] = [];
  const shifted = new Set<number>();
  let keysNear: boolean | undefined;
  for (const phrase of ctx.phrases) {
    if (phrase.metric.kind !== 'date' || phrase.name || seen.has(phrase.metric.id)) continue;
    if (notDatedHere(ctx, phrase) || someoneElses(ctx, phrase)) continue;
    // The phrase's own words name no one it is about.
    // "Mulino's predecessor, Laurentino Cortizo, took office": a name said only to name someone
    // else by it is not the one the event is about.
    keysNear ??= SOMEONE_ELSE_KEYS.test(cut(m, Math.max(0, sentence.start - 24), sentence.end));
    const outside = ctx.catalogue.subjects.get(phrase.metric)?.size ? stemsBeside(ctx, phrase, keysNear) : ctx.stems();
    let strong = namesEvent(ctx.catalogue, phrase.metric, outside);
    // "Mulino was sworn in … He took office on June 1": a pronoun for the one the sentence before named.
    // "The 65-year-old lawyer won …": a description stands for the one named as a pronoun does.
    const referred = !strong && referredBack(ctx, phrase);
    strong ||= referred;
    // "In May, Ambassador Kevin Cabrera handed over 16 boats. The handover took place on May 22":
    // the event a sentence opens with, named as known, is the one the sentence before told.
    const told = !strong && ctx.previous !== null && DEFINITE_OPENS.test(cut(m, sentence.start, tokens[phrase.from]!.start)) && ctx.previous.told?.().includes(phrase.metric) === true && namesEvent(ctx.catalogue, phrase.metric, ctx.previous.words());
    strong ||= told;
    const standIn = !strong && standsIn(ctx, phrase);
    strong ||= standIn;
    // "Foreign Minister Erika Mouynes … convened the first regional ministerial": an office-holder
    // named with her office (a term of the catalogue) names its place for an event the catalogue
    // describes by its place alone; not for one it describes by who ("Mulino took office").
    const placeOnly = !strong && !isTerm(phrase.metric) && (namesOf(ctx.catalogue).get(phrase.metric)?.length ?? 0) === 0;
    const termHolder = placeOnly && ctx.phrases.some((other) => isTerm(other.metric) && holderNamed(ctx, other.metric) && sharePlace(ctx.catalogue, other.metric, phrase.metric));
    const government = placeOnly && !termHolder ? holdersGovernment(ctx, phrase.metric) : null;
    const pronoun = government === 'previous sentence';
    strong ||= termHolder || government !== null;
    if (options.purpose === 'lint' && !strong) continue;
    if (options.purpose === 'extract' && !strong && !mentionsPlace(ctx.catalogue, phrase.metric, ctx.context())) continue;
    const from = referred || told || pronoun ? { metricFrom: 'previous sentence' as const } : standIn ? { metricFrom: 'context' as const } : {};
    // "before the new government had been in office three weeks": a term is someone's; an office
    // standing for the place names no one whose term it is.
    if (isTerm(phrase.metric) && standIn) continue;
    if (isTerm(phrase.metric)) {
      seen.add(phrase.metric.id);
      // A term's known days are its first and its last.
      const term = phrase.metric.date!;
      const known = [periodFromDays(term.start, term.start), periodFromDays(term.end, term.end)];
      const dated = termDates(ctx, phrase, (date, bound) => ({ ...eventFigure(inTheEventsYear(date, known), phrase.metric, phrase.phrase, ctx), ...from, bound }));
      events.push(...dated.filter((figure) => !events.some((f) => f.start === figure.start)));
      continue;
    }
    // "said Wednesday that … since Mulino took office": the day someone spoke dates no event.
    // "By July 17 of last year, 11,363 had come through since Mulino took office": the day a running
    // count stood at ("by", "as of") is no day of the event.
    const dates = ctx.periods.filter((p) => !UNTIL_DATE.test(cut(m, Math.max(sentence.start, p.start - 12), p.start)) && !STOOD_AT_WORDS.test(p.words) && !SAID_BEFORE.test(cut(m, Math.max(sentence.start, p.start - 60), p.start)));
    const nearest = nearestDate(dates, tokens, phrase, ctx.breaks(), ctx.body.length, sentence.start);
    const found = nearest && countedFromTheEvent(m, nearest, tokens[phrase.from]!.start);
    if (!found || !documentDated(ctx, phrase, found)) continue;
    const dated = ahead(found, cut(m, Math.max(sentence.start, tokens[phrase.from]!.start - 40), tokens[phrase.from]!.start), ctx.pageDate, cut(m, tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end));
    const date = inTheEventsYear(dated, ctx.catalogue.eventDays.get(phrase.metric));
    if (date !== dated) movedWithTheEvent(built, found, date);
    seen.add(phrase.metric.id);
    if (found !== nearest) shifted.add(date.coreStart);
    addEvent(events, { ...eventFigure(date, phrase.metric, phrase.phrase, ctx), ...from }, shifted);
  }
  return options.purpose === 'extract' ? [...events, ...daysToPropose(ctx, built, events)] : events;
}

/**
 * An event read at a date another phrase of the sentence already took: one figure with both metrics
 * (alternatives), unless a day counted from an event ("On July 2, a day after he was sworn in, …
 * signed") dates the two apart (`shifted`: where that was done). "Mouynes, in office since December
 * 2020, convened the first ministerial in June": a date a term's phrase took only as some day within
 * the term is the nearer event's own date.
 */
function addEvent(events: Building[], event: Building, shifted: ReadonlySet<number>): void {
  const existing = events.find((f) => f.start === event.start && (!shifted.has(f.start) || f.period?.start === event.period?.start));
  if (existing && existing.metric && isTerm(existing.metric) && !existing.bound) events.splice(events.indexOf(existing), 1, event);
  else if (existing) existing.alternatives = [...existing.alternatives, event.metric!];
  else events.push(event);
}

/**
 * "flew in on April 19 …, a day after Mayorkas toured the Darién": a day said before the event's
 * phrase and counted from it dates the event that many days back ("after") or on ("before").
 */
function countedFromTheEvent(m: string, date: PeriodMention, phraseStart: number): PeriodMention | null {
  if (date.end > phraseStart || !date.resolved) return date;
  const between = cut(m, date.end, phraseStart);
  // "in May, the last full month before José Raúl Mulino becomes president": a time said before or
  // after the event, with no count of days, is not its date.
  if (BEFORE_OR_AFTER_BETWEEN.test(between) && !DAYS_FROM_EVENT_BETWEEN.test(between)) return null;
  if (date.resolved.period.start !== date.resolved.period.end) return date;
  const counted = DAYS_FROM_EVENT_BETWEEN.exec(between);
  if (!counted) return date;
  // "a day after", "un día después": one.
  const days = /^(?:a|un)$/i.test(counted[1]!) ? 1 : countWord(counted[1]!)!;
  const shift = /^(?:after|later|después)/i.test(counted[2]!) ? -days : days;
  const day = date.resolved.period.start + shift;
  return { ...date, resolved: { ...date.resolved, period: periodFromDays(day, day) } };
}
const DAYS_FROM_EVENT_BETWEEN = EN.pattern('days-from-event-between');
const BEFORE_OR_AFTER_BETWEEN = EN.pattern('before-or-after-event-between');

const OWNER_AFTER = EN.pattern('event-owner-after');
/**
 * "the election of President Donald Trump in November, and last year's election in Panama of …
 * Mulino": a phrase followed by whose event it is, named by none of the catalogue's names for the
 * event nor a place, is another person's event of the same kind; the sentence may still tell this one.
 */
function someoneElses(ctx: SentenceContext, phrase: PhraseMatch): boolean {
  const names = namesOf(ctx.catalogue).get(phrase.metric) ?? [];
  if (names.length === 0) return false;
  const end = ctx.tokens[phrase.to - 1]!.end;
  const owner = OWNER_AFTER.exec(cut(ctx.m, end, Math.min(ctx.sentence.end, end + 80)));
  if (!owner) return false;
  const start = end + owner.index + owner[0].length - owner[1]!.length;
  const stems = tokenize(ctx.m, start, start + owner[1]!.length).map((t) => t.stem);
  return !stems.some((stem) => names.includes(stem) || placeWords(ctx.catalogue).has(placeKey(stem)));
}

const PLACE_WORDS = new WeakMap<MetricCatalogue, ReadonlySet<string>>();
/** Every place key of the catalogue ("panama", "darien"): a name of a place is no one's. */
function placeWords(catalogue: MetricCatalogue): ReadonlySet<string> {
  let words = PLACE_WORDS.get(catalogue);
  if (!words) PLACE_WORDS.set(catalogue, (words = new Set([...catalogue.places.values()].flatMap((keys) => [...keys]))));
  return words;
}

/** A phrase whose event its sentence does not date: it describes a noun, ended, or is counted from. */
function notDatedHere(ctx: SentenceContext, phrase: PhraseMatch): boolean {
  const { tokens, m, sentence } = ctx;
  const at = tokens[phrase.from]!.start;
  // "migrants who have arrived in Panama": in a relative clause the phrase describes the noun
  // before it; "Mulino, who was sworn in", set off by a comma, is about the one named.
  const before = tokens.slice(Math.max(0, phrase.from - 3), phrase.from);
  const relative = before.find((t) => RELATIVE.has(t.stem));
  // "They forget that the first ministerial …": "that" after a verb of saying opens what is said.
  const verb = relative === undefined ? undefined : tokens[tokens.indexOf(relative) - 1];
  const said = verb !== undefined && THAT_CLAUSE_VERBS.has(cut(m, verb.start, verb.end).toLowerCase());
  if (relative && !said && !/,\s*$/.test(cut(m, Math.max(sentence.start, relative.start - 3), relative.start))) return true;
  // "wrapped up a two-day visit to Panama on Wednesday": the day the event ended, not its own.
  // "In 2023, the year before his election, …": the event a span is counted from, not dated here.
  return EVENT_ENDS_BEFORE.test(cut(m, Math.max(sentence.start, at - 48), at)) || COUNTED_FROM_BEFORE.test(cut(m, Math.max(sentence.start, at - 40), at));
}

/**
 * An office or a document standing for the event's place: "His government signed a memorandum" in
 * a story about Panama; "the deportation memorandum, signed on 12 July 2024", "The memorandum was
 * signed on July 12": a document said to be signed, with no one named as signing it, is the event
 * itself, in a text placed where it happened ("The government of Colombia signed a memorandum"
 * names another). The document named for what it is ("the deportation memorandum"), not "a
 * memorandum", any one.
 */
function standsIn(ctx: SentenceContext, phrase: PhraseMatch): boolean {
  const { tokens, m, sentence } = ctx;
  const namesDocument = tokens.slice(phrase.from, phrase.to).some((t) => DOCUMENT_NOUNS.has(t.stem)) && (phrase.words >= 2 || qualifiedInSentence(ctx, phrase.metric) || qualifiedBefore(ctx, phrase)) && SIGNED_AFTER.test(cut(m, tokens[phrase.to - 1]!.end, Math.min(sentence.end, tokens[phrase.to - 1]!.end + 90)));
  if (namesDocument && (placedAround(ctx, phrase.metric) || placedBefore(ctx, phrase.metric))) return true;
  // "Foreign Minister Erika Mouynes … has said … She convened the first regional ministerial": a
  // pronoun for someone named by an office stands for the office, as "His government" does.
  const officeBefore = PRONOUN_OPENS.test(ctx.body) && ctx.previous !== null && OFFICE_NAMED.test(cut(m, ctx.previous.sentence.start, ctx.previous.sentence.end));
  return (officeBefore || STANDS_FOR_PLACE.test(cut(m, Math.max(sentence.start, tokens[phrase.from]!.start - 60), tokens[phrase.from]!.start))) && placedAround(ctx, phrase.metric);
}

/**
 * Whether a date dates the event of a phrase that names only a document ("the deportation
 * agreement", "el memorando"): a document is named for what it says long after it was signed
 * ("The court agreed on Wednesday to hear a lawsuit against the deportation agreement"), so the
 * date must stand beside it ("the July 1 memorandum", "the memorandum of July 1") or with a verb of
 * its signing ("signed the deportation agreement on", "the memorandum, signed on"). A phrase with
 * its own verb ("signed a memorandum") dates as any event does.
 */
function documentDated(ctx: SentenceContext, phrase: PhraseMatch, date: PeriodMention): boolean {
  const { tokens, m, sentence } = ctx;
  const own = tokens.slice(phrase.from, phrase.to);
  if (!own.some((t) => DOCUMENT_NOUNS.has(t.stem)) || own.some((t) => SIGNING.has(t.stem))) return true;
  const [start, end] = [own[0]!.start, own.at(-1)!.end];
  const beside = (date.end <= start && start - date.end <= BESIDE) || (date.start >= end && date.start - end <= BESIDE);
  // "The deportation agreement Panama signed with the Biden administration on June 28".
  const signedBetween = tokens.some((t) => SIGNING.has(t.stem) && ((t.start >= end && t.end <= date.start) || (t.start >= date.end && t.end <= start)));
  return beside || signedBetween || SIGNED_AFTER.test(cut(m, end, Math.min(sentence.end, end + 90))) || SIGNED_BEFORE.test(cut(m, Math.max(sentence.start, start - 40), start));
}
/** "the July 1 memorandum", "the memorandum of July 1": as near as a date stands to what it dates. */
const BESIDE = 12;
const SIGNED_BEFORE = EN.pattern('signed-before');

/**
 * extract also proposes every day's date that dates something ("On Aug. 11, Panama and Colombia
 * agreed ...") for a person to keep or delete, with no event of the catalogue.
 */
function daysToPropose(ctx: SentenceContext, built: readonly Building[], events: readonly Building[]): Building[] {
  const { m, sentence } = ctx;
  const proposed: Building[] = [];
  for (const date of ctx.periods) {
    if (date.kind !== 'date' || !/\d/.test(date.words) || SAID_BEFORE.test(cut(m, Math.max(sentence.start, date.start - 16), date.start))) continue;
    // "On August 14, 402 people crossed": the period of a flow's count is no event; "29 Colombians
    // left on Aug. 20" counts nothing the catalogue holds, and "16 boats ... on May 22" a level,
    // so the date is the flight's or the handover's.
    if (built.some((f) => f.periodMention === date && (f.metric?.kind === 'flow' || f.metric?.kind === 'rate')) || events.some((f) => f.start === date.coreStart)) continue;
    const event = eventFigure(date, null, null, ctx);
    if (event.problem === null) blame(event, because('no-event'));
    proposed.push(event);
  }
  return proposed;
}

/**
 * Whether a pronoun or a description stands for the one an event is about, named in the sentence
 * before, or before that past a sentence that opens with a pronoun ("He took 34 percent of the
 * vote. Since his election on May 26, …"). Not when the sentence names someone before the pronoun
 * ("Petro has governed since his election"), nor past a sentence that names two people ("Mulino met
 * Kristi Noem. She praised … She took office …": she may be Noem).
 */
function referredBack(ctx: SentenceContext, phrase: PhraseMatch): boolean {
  const { previous, referent, m, sentence } = ctx;
  if (previous === null || !(pronounNear(ctx, phrase) || PERSON_DESCRIBED.test(ctx.body))) return false;
  if (peopleNamed(ctx.catalogue, cut(m, sentence.start, ctx.tokens[phrase.from]!.start)).length > 0) return false;
  if (namesEvent(ctx.catalogue, phrase.metric, previous.words())) return true;
  return referent !== null && referent !== previous && peopleNamed(ctx.catalogue, cut(m, referent.sentence.start, referent.sentence.end)).length <= 1 && namesEvent(ctx.catalogue, phrase.metric, referent.words());
}

const RELATIVE = EN.words('relative');
const THAT_CLAUSE_VERBS = EN.words('that-clause-verbs');
/** "faces no election until 2029": the date an event waits for, not its own (the lexicon's `until-date`). */
const UNTIL_DATE = EN.pattern('until-date');
const EVENT_ENDS_BEFORE = EN.pattern('event-ends-before');
const SUBJECT_PRONOUNS = EN.words('subject-pronouns');
const PRO_DROP_LEADS = EN.words('pro-drop-leads');
const POSSESSIVE_PRONOUNS = EN.words('possessive-pronouns');
const DEFINITE_OPENS = EN.pattern('definite-opens');
const PRONOUN_OPENS = EN.pattern('pronoun-opens');
const OFFICE_NAMED = EN.pattern('office-named');
const PERSON_DESCRIBED = EN.pattern('person-described');
const STANDS_FOR_PLACE = EN.pattern('stands-for-place');

/**
 * Whether words name the catalogue's event, not only its kind: an event whose description names
 * someone ("José Raúl Mulino takes office", "Kevin Cabrera hands over boats") needs that name, for
 * its place alone fits every event of the kind there ("Laurentino Cortizo took office in Panama",
 * "a donation to Panama"). An event described by its place alone needs the place.
 */
function namesEvent(catalogue: MetricCatalogue, metric: Metric, stems: ReadonlySet<string>): boolean {
  const names = namesOf(catalogue).get(metric) ?? [];
  if (names.length === 0) return mentionsSubject(catalogue, metric, stems);
  return names.some((word) => stems.has(word));
}

const NAMES = new WeakMap<MetricCatalogue, ReadonlyMap<Metric, readonly string[]>>();

/** "Mulino's predecessor", "el predecesor de Mulino": the name stands for someone else. */
function namesSomeoneElse(m: string, token: Token, keysNear: boolean): boolean {
  // Asked of every word of a sentence with an event: a plain look for the patterns' first
  // character or key words first (`keysNear`: SOMEONE_ELSE_KEYS anywhere from 24 characters before
  // the sentence to its end, which holds every word's text before; looked for once per sentence).
  const next = m.charCodeAt(token.end);
  if ((next === 0x27 || next === 0x2019) && SOMEONE_ELSE_AFTER.test(cut(m, token.end, token.end + 24))) return true;
  if (!keysNear) return false;
  const before = cut(m, Math.max(0, token.start - 24), token.start);
  return SOMEONE_ELSE_KEYS.test(before) && SOMEONE_ELSE_BEFORE.test(before);
}
/** Words without one of which someone-else-before cannot match. */
const SOMEONE_ELSE_KEYS = /predeces|sucesor|rival|contrincante|esposa|hij[oa]|portavoz|vocero|replac|succe|in place|reempl|sucedi|sustitu/i;
const SOMEONE_ELSE_AFTER = EN.pattern('someone-else-after');
const SOMEONE_ELSE_BEFORE = EN.pattern('someone-else-before');

/** Whether the sentence names the person an event is about ("Erika Mouynes" for her term). */
function holderNamed(ctx: SentenceContext, metric: Metric): boolean {
  const names = namesOf(ctx.catalogue).get(metric) ?? [];
  return names.length > 0 && names.some((word) => ctx.stems().has(word));
}

/**
 * "Mulino's government signed a memorandum with Washington on July 3", "el gobierno de Mulino": the
 * government of someone an event of the catalogue is about (Mulino takes office) is that event's
 * place, for an event the catalogue describes by its place alone. Said where the name is: this
 * sentence, or the one before ("His government").
 */
function holdersGovernment(ctx: SentenceContext, metric: Metric): 'sentence' | 'previous sentence' | null {
  const text = cut(ctx.m, ctx.sentence.start, ctx.sentence.end);
  const named = GOVERNMENT_OF.exec(text);
  const holder = named ? (named[1] ?? named[2])!.toLowerCase() : null;
  // "Mulino … won the May 5 election. / His government signed a deportation memorandum": a
  // pronoun's government is that of someone the sentence before named.
  const before = !holder && PRONOUN_GOVERNMENT.test(text) && ctx.previous ? ctx.previous.words() : null;
  if (!holder && !before) return null;
  const holds = (word: string): boolean => (holder ? word === holder : before!.has(word));
  for (const other of ctx.catalogue.metrics.values()) if (other !== metric && other.kind === 'date' && sharePlace(ctx.catalogue, other, metric) && (namesOf(ctx.catalogue).get(other) ?? []).some(holds)) return holder ? 'sentence' : 'previous sentence';
  return null;
}
const GOVERNMENT_OF = /\b(\p{Lu}\p{L}+)['’]s\s+(?:government|administration)\b|\b(?:gobierno|administración)\s+de\s+(\p{Lu}\p{L}+)/u;
const PRONOUN_GOVERNMENT = /(?:^|[^\p{L}])(?:his|her|su)\s+(?:government|administration|gobierno|administración)(?![\p{L}])/iu;

/** Whether two events are placed in the same place of the catalogue (Panama's minister, Panama's summit). */
function sharePlace(catalogue: MetricCatalogue, a: Metric, b: Metric): boolean {
  const theirs = catalogue.places.get(b);
  for (const key of catalogue.places.get(a) ?? []) if (theirs?.has(key)) return true;
  return false;
}

/** Each event's subject words that are no catalogue place ("Panama", "Darién" place many events). */
function namesOf(catalogue: MetricCatalogue): ReadonlyMap<Metric, readonly string[]> {
  let names = NAMES.get(catalogue);
  if (names) return names;
  const places = placeWords(catalogue);
  names = new Map([...catalogue.subjects].map(([metric, words]) => [metric, [...words].filter((word) => !places.has(placeKey(word)))]));
  NAMES.set(catalogue, names);
  return names;
}
/** How many words a pronoun may stand before an event's phrase, or after a phrase that opens its clause. */
const PRONOUN_REACH = 3;

/**
 * A subject pronoun just before the event's phrase ("He took office"), or just after a phrase that
 * opens the sentence ahead of its subject ("On election night, May 12, he had vowed").
 */
function pronounNear(ctx: SentenceContext, phrase: PhraseMatch): boolean {
  const { tokens, m } = ctx;
  const pronoun = (t: Token): boolean => SUBJECT_PRONOUNS.has(cut(m, t.start, t.end).toLowerCase());
  // "Since his election on May 26", "her first ministerial summit": the owner is the one before.
  // Only right before the phrase: "His government signed a memorandum" is an office, not a person.
  const owner = phrase.from > 0 && POSSESSIVE_PRONOUNS.has(cut(m, tokens[phrase.from - 1]!.start, tokens[phrase.from - 1]!.end).toLowerCase());
  if (owner || tokens.slice(Math.max(0, phrase.from - PRONOUN_REACH), phrase.from).some(pronoun)) return true;
  // "He also sat down with civil society on April 21 for a roundtable": a pronoun that opens the
  // sentence is its subject, however far the phrase is.
  if (tokens[0] && tokens[0].start - ctx.sentence.start < 4 && pronoun(tokens[0])) return true;
  // "Mulino … ganó las elecciones. / Desde que asumió la presidencia, el 1 de junio de 2024, …":
  // Spanish leaves the subject unsaid; a verb that opens the sentence (after "desde que", "cuando")
  // is the one the sentence before was about, as "he" would be.
  if (ctx.options.language === 'es' && phrase.from <= PRONOUN_REACH && tokens.slice(0, phrase.from).every((t) => PRO_DROP_LEADS.has(cut(m, t.start, t.end).toLowerCase()))) return true;
  const fronted = phrase.from <= PRONOUN_REACH && !/,/.test(cut(m, ctx.sentence.start, tokens[phrase.from]!.start)) && /,/.test(cut(m, tokens[phrase.to - 1]!.end, tokens[Math.min(tokens.length - 1, phrase.to + PRONOUN_REACH)]!.start));
  return fronted && tokens.slice(phrase.to, phrase.to + PRONOUN_REACH + 1).some(pronoun);
}

/**
 * Whether the story around a sentence is in the event's place: it is named in the sentence, the
 * one before, the title, or is the country of the place at hand (the Darién is in Panama).
 */
function placedAround(ctx: SentenceContext, metric: Metric): boolean {
  if ((ctx.catalogue.places.get(metric)?.size ?? 0) === 0) return false;
  const keys = new Set(ctx.context());
  for (const word of ctx.previous?.words() ?? []) keys.add(placeKey(word));
  for (const frame of placesAtHand(ctx.frameContext, ctx.tags().places)) for (const place of frame.metric.frame?.within ?? []) for (const t of tokenize(place, 0, place.length)) keys.add(placeKey(t.stem));
  return mentionsPlace(ctx.catalogue, metric, keys);
}
const DOCUMENT_NOUNS = EN.words('document-nouns');

/**
 * "El memorando de entendimiento sobre deportaciones … se firmó el 15 de julio", a dozen lines into
 * a story datelined "METETÍ, Darién": a document named for what it is needs its place named
 * somewhere before it in the text (or a place that lies in it: the Darién is in Panama), not in the
 * sentences just before, as "the government" does.
 */
function placedBefore(ctx: SentenceContext, metric: Metric): boolean {
  const before = cut(ctx.m, 0, ctx.sentence.start);
  const keys = new Set(tokenize(before, 0, before.length).map((t) => placeKey(t.stem)));
  for (const frame of ctx.frames.placesOf(before).in(0, before.length)) {
    for (const place of frame.metric.frame?.within ?? []) for (const t of tokenize(place, 0, place.length)) keys.add(placeKey(t.stem));
  }
  return mentionsPlace(ctx.catalogue, metric, keys);
}

/**
 * "The memorandum under which the U.S. pays for deportation flights was signed on July 10": the
 * bare document named for what it is by a word of the event's own document phrases ("deportation
 * memorandum") elsewhere in its sentence, as "the deportation memorandum" names it in one phrase.
 */
function qualifiedInSentence(ctx: SentenceContext, metric: Metric): boolean {
  const qualifiers = qualifiersOf(metric);
  return qualifiers.size > 0 && ctx.tokens.some((t) => qualifiers.has(t.stem));
}

/**
 * "the memorandum was actually signed on Friday, June 28" after "… has announced a memorandum under
 * which American officials will help Panama deport migrants": "the" document is the one the text
 * named before, with what qualifies it (by its first five letters: "deport", "deportation"),
 * within the last QUALIFIED_REACH characters.
 */
function qualifiedBefore(ctx: SentenceContext, phrase: PhraseMatch): boolean {
  const at = ctx.tokens[phrase.from]!.start;
  if (!/(?:^|[^\p{L}])(?:the|this|that|el|ese|este)\s+$/iu.test(cut(ctx.m, Math.max(ctx.sentence.start, at - 6), at))) return false;
  const qualifiers = new Set([...qualifiersOf(phrase.metric)].map((stem) => stem.slice(0, 5)));
  const before = tokenize(ctx.m, Math.max(0, ctx.sentence.start - QUALIFIED_REACH), ctx.sentence.start);
  return qualifiers.size > 0 && before.some((t) => DOCUMENT_NOUNS.has(t.stem)) && before.some((t) => qualifiers.has(t.stem.slice(0, 5)));
}
const QUALIFIED_REACH = 1_200;
const QUALIFIERS = new WeakMap<Metric, ReadonlySet<string>>();
function qualifiersOf(metric: Metric): ReadonlySet<string> {
  let found = QUALIFIERS.get(metric);
  if (found) return found;
  const words = new Set<string>();
  for (const phrase of metric.phrases ?? []) {
    const stems = tokenize(phrase, 0, phrase.length).map((t) => t.stem);
    if (stems.length < 2 || !stems.some((stem) => DOCUMENT_NOUNS.has(stem))) continue;
    // Short words are prepositions and the like ("sobre", "with"), no qualifier of a document.
    for (const stem of stems) if (stem.length >= 5 && !DOCUMENT_NOUNS.has(stem) && !FUNCTION_WORDS.has(stem) && !SIGNING.has(stem)) words.add(stem);
  }
  found = words;
  QUALIFIERS.set(metric, found);
  return found;
}
/** The verb of a document phrase ("signed a memorandum") says nothing of which document. */
const SIGNING = new Set(['signed', 'firmaron', 'firmó', 'firmamos'].map((w) => tokenize(w, 0, w.length)[0]!.stem));
const SIGNED_AFTER = EN.pattern('signed-after');
/** Kinds of period phrase that can date an event ("on July 1", "in May", "earlier this year"). */
// "Seven weeks ago today, Mulino was sworn in": a day counted back from the page date is a day too.
const EVENT_DATE_KINDS = new Set(['date', 'deictic', 'month', 'year', 'since', 'month-pair', 'days-ago']);
const NOW_WORDS = EN.pattern('now');
/** A phrase that can date an event: one of those kinds, or one day named otherwise ("the first day of July 2024"). */
export function datesAnEvent(p: PeriodMention): boolean {
  // "Mulino, now 66, faces no election": "now" is when the text speaks, no day an event had.
  if (p.kind === 'deictic' && NOW_WORDS.test(p.words)) return false;
  // "Mayorkas sobrevoló el Darién el día anterior": a day counted from another dates an event too.
  return EVENT_DATE_KINDS.has(p.kind) || (p.kind === 'first-days' && p.resolved !== null && p.resolved.period.start === p.resolved.period.end) || p.sameAs?.days === true;
}

/**
 * Whether a sentence with no figure may still date an event: a date, or a span (the start and end
 * of a term, "desde el 2 de diciembre de 2020 hasta el 10 de octubre de 2022", term-events.ts).
 */
export function mayDateAnEvent(p: PeriodMention): boolean {
  return datesAnEvent(p) || p.kind === 'between' || p.kind === 'month-span';
}

/** A date phrase that can date an event, nearest to the event's phrase. */
function nearestDate(periods: readonly PeriodMention[], tokens: readonly Token[], phrase: PhraseMatch, breaks: ReadonlyArray<readonly [number, number]>, length: number, offset: number): PeriodMention | null {
  const phraseStart = tokens[phrase.from]!.start;
  const phraseEnd = tokens[phrase.to - 1]!.end;
  const [clauseStart, clauseEnd] = clauseBounds(breaks, length, phraseStart - offset);
  let best: { p: PeriodMention; distance: number } | null = null;
  for (const p of periods) {
    if (!datesAnEvent(p)) continue;
    // "signed the next day, Tuesday, July 2": the date said after the day counted is the day's.
    if (p.sameAs?.days && periods.some((q) => q.kind === 'date' && q.start >= p.end && q.start - p.end <= 16)) continue;
    if (p.kind === 'since' && !/^since\s/i.test(p.words)) continue;
    const inClause = p.start - offset >= clauseStart && p.end - offset <= clauseEnd;
    const distance = (p.start >= phraseEnd ? p.start - phraseEnd : Math.max(0, phraseStart - p.end)) + (inClause ? 0 : 60);
    if (distance > 120) continue;
    if (!best || distance < best.distance) best = { p, distance };
  }
  return best?.p ?? null;
}

const FUTURE_BEFORE = EN.pattern('future-before');
const PRESENT_FUTURE = /\b(?:will|shall|is|are)\b|['’]ll\b/i;
/** A Spanish verb in the future tense: "tomará", "asumirán", "será". */
const FUTURE_ES = /\p{L}{2,}rán?(?![\p{L}])/u;
const WEEK = 7;

/**
 * "Mulino, who will take the reins on Monday", on a Friday's page: a weekday said of what will
 * happen is the next one, not the one before the page date (which is how a weekday reads in a
 * report of what happened); so is a day with no year ("He will become president on July 1").
 */
function ahead(date: PeriodMention, before: string, page: Period | null, phrase: string): PeriodMention {
  const period = date.resolved?.period;
  // Spanish says it in the verb: "tomará posesión el lunes", "asumirá el 1 de julio".
  const spanish = FUTURE_ES.test(`${before}${phrase}`);
  if (!period || !page || period.start >= page.end || !(FUTURE_BEFORE.test(before) || spanish)) return date;
  if (date.kind === 'deictic' && BARE_WEEKDAY.test(date.glossed ?? date.words)) return { ...date, resolved: { period: periodFromDays(period.start + WEEK, period.end + WEEK), deictic: date.resolved!.deictic } };
  // "He will become president on July 1", on a page of May 2024: a day with no year of its own
  // is the next July 1, not the last one.
  // Not past narration of a plan ("the ministers who were to be sworn in with him on July 1").
  if (date.kind !== 'date' || !date.relative || period.start !== period.end || !(PRESENT_FUTURE.test(before) || spanish)) return date;
  const day = new Date(period.start * 86_400_000);
  const next = dayNumber(day.getUTCFullYear() + 1, day.getUTCMonth() + 1, day.getUTCDate());
  return { ...date, resolved: { period: periodFromDays(next, next), deictic: false } };
}

/**
 * "His government's memorandum … was signed on July 1", in a chapter of 2026 about 2024: a day
 * written with no year is the event's day when the catalogue or the registry gives the event that
 * day and month in some year. The year the page date lent it was the reader's guess, and a guess
 * must not fail a draft; a day or month the event never had ("July 10") is still the draft's own.
 */
function inTheEventsYear(date: PeriodMention, known: readonly Period[] | undefined): PeriodMention {
  const period = date.resolved?.period;
  if (!known || !period || !date.relative || /\b(?:1[89]|20)\d\d\b/.test(date.words)) return date;
  // "En octubre de 2021 … / Mouynes, que dejó el cargo en octubre": a month with no year of its
  // own, that took the year of the sentence before, of an event the catalogue dates to one October,
  // is that October. Not a month the page dates ("In July, a year after Mulino took office, …"):
  // that one is the writer's, and checked as written.
  if (date.kind === 'month') return date.borrowed === true ? inTheEventsMonth(date, period, known) : date;
  if (date.kind !== 'date' || period.start !== period.end) return date;
  const monthDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(5, 10);
  const same = known.filter((p) => monthDay(p.start) === monthDay(period.start));
  if (same.length !== 1 || same[0]!.start === period.start) return date;
  return { ...date, resolved: { period: same[0]!, deictic: false } };
}

/**
 * "Mulino won the presidency in May by more than 15 points" after a sentence of 2023: the month the
 * event's day moved into its year ("May" 2024, not the 2023 the text was about) is the month of
 * every figure of the sentence it dates.
 */
function movedWithTheEvent(built: readonly Building[], found: PeriodMention, date: PeriodMention): void {
  const period = date.resolved?.period;
  if (!period || date.kind !== 'month') return;
  for (const figure of built) if (figure.periodMention && figure.periodMention.start === found.start && figure.periodMention.end === found.end) figure.period = period;
}

function inTheEventsMonth(date: PeriodMention, period: Period, known: readonly Period[]): PeriodMention {
  const month = monthOfDay(period.start);
  const same = known.filter((p) => monthOfDay(p.start) === month);
  if (same.length !== 1 || monthOfDay(period.end) !== month || yearOfDay(same[0]!.start) === yearOfDay(period.start)) return date;
  return { ...date, resolved: { period: wholeMonthOf(yearOfDay(same[0]!.start), month), deictic: false } };
}

/** Why an event's date cannot be checked: it names no date darien can resolve. */
function eventProblem(period: Period | null, pageDate: Period | null, date: PeriodMention): { problem: string | null; reason: UncheckedReason | null } {
  if (period) return { problem: null, reason: null };
  const why = because(pageDate === null && date.relative ? 'period-needs-date' : 'period-unresolved', { words: date.words });
  return { problem: why.message, reason: why.reason };
}

/** The date of an event as a figure: of a catalogue metric, or of none (extract only). */
function eventFigure(date: PeriodMention, metric: Metric | null, phrase: string | null, at: SentenceContext): Building {
  const coreWords = at.text.slice(date.coreStart, date.coreEnd);
  // "since July 1": the event is on July 1, not over the span since.
  // "desde el 2 de diciembre de 2020": the day in the text's own language.
  const period = date.since ? (resolvePeriodWords(coreWords.replace(/(\d)(?:st|nd|rd|th)\b/, '$1'), at.pageDate ?? FAR) ?? findPeriods(at.m, at.pageDate, date.coreStart, date.coreEnd, at.options.language)[0]?.resolved ?? null)?.period ?? null : date.resolved?.period ?? null;
  const location = at.lines.locate(date.coreStart);
  return {
    index: -1,
    kind: 'event',
    sentence: at.sentence,
    quote: quoteOf(at, date.coreStart, date.coreEnd),
    text: coreWords,
    start: date.coreStart,
    end: date.coreEnd,
    line: location.line,
    column: location.column,
    mention: null,
    value: null,
    step: 1,
    hedge: { kind: 'none', words: null },
    interval: null,
    unit: null,
    per: null,
    basis: null,
    metric,
    alternatives: [],
    phrase,
    metricFrom: metric ? 'sentence' : null,
    period,
    periodWords: date.words,
    periodFrom: 'sentence',
    comparison: null,
    comparisonDraft: null,
    periodMention: date,
    attribution: at.attribution(),
    ...eventProblem(period, at.pageDate, date),
  };
}
