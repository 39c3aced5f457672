/**
 * Metrics as frames: what a figure counts is read from three kinds of words a sentence (or its
 * context) holds, not from one fixed phrase. A metric's `frame:` in the catalogue lists them:
 *
 *   counts   nouns a figure of the metric may name ("migrants", "people", "crossings")
 *   actions  what happened, as verbs or their nouns ("crossed", "pass through", "transits")
 *   places   where, as names and aliases ("Darién", "the jungle", "the gap")
 *
 * A figure fits a frame when the noun after it (if any) is one the frame counts, the sentence says
 * what happened (an action, or the figure's noun is itself one: "11,363 crossings"), and the place
 * is named in the sentence or, nearest first, in the context: the sentences before it, the heading,
 * the title. A person extends a frame by adding a word to the catalogue, with no code.
 *
 * Words are compared as stems with accents folded, as catalogue phrases are (src/drafts/metrics.ts);
 * a multi-word entry matches its words in order, with "the", "a", "of" free to come and go.
 */
import type { Metric } from '../model/types.js';
import { fold, stem, tokenize, type MetricCatalogue, type Token } from '../drafts/metrics.js';
import { EN } from './lexicon/en.js';

const STOP = new Set(['the', 'a', 'an', 'of']);
/** Words that open a noun phrase, after which up to MAX_DESCRIBING words may describe its noun. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'our'].map((word) => stem(word)));
const MAX_DESCRIBING = 2;

interface Entry {
  readonly text: string;
  readonly stems: readonly string[];
}

export interface Frame {
  readonly metric: Metric;
  readonly counts: ReadonlySet<string>;
  readonly actions: readonly Entry[];
  readonly localActions: readonly Entry[];
  readonly places: readonly Entry[];
}

function entries(words: readonly string[]): Entry[] {
  return words.map((text) => ({ text, stems: tokenize(text, 0, text.length).map((t) => t.stem) })).filter((e) => e.stems.length > 0);
}

export function buildFrames(metrics: Iterable<Metric>): Frame[] {
  const out: Frame[] = [];
  for (const metric of metrics) {
    const frame = metric.frame;
    if (!frame) continue;
    out.push({
      metric,
      counts: new Set(frame.counts.map((word) => stem(word))),
      actions: entries(frame.actions),
      localActions: entries(frame.localActions),
      places: entries(frame.places),
    });
  }
  return out;
}

/** Where an entry occurs in tokens from `from`: [first token, just past the last], or null. */
function find(entry: Entry, tokens: readonly Token[], from = 0, to = tokens.length): readonly [number, number] | null {
  for (let i = from; i < to; i++) {
    if (tokens[i]!.stem !== entry.stems[0]) continue;
    let j = 1;
    let k = i + 1;
    let described = 0;
    while (j < entry.stems.length) {
      const got = tokens[k]?.stem;
      if (k >= to || got === undefined) break;
      if (got === entry.stems[j]) j++, k++;
      else if (STOP.has(got)) k++;
      else if (STOP.has(entry.stems[j]!)) j++;
      // "took this once-avoided route", "made the perilous trek": words that describe the noun an
      // entry ends with, after its determiner.
      else if (j === entry.stems.length - 1 && described < MAX_DESCRIBING && DETERMINERS.has(tokens[k - 1 - described]!.stem)) described++, k++;
      else break;
    }
    if (j === entry.stems.length) return [i, k];
  }
  return null;
}

/** Every place an entry of the list occurs, as token spans. */
function findAll(list: readonly Entry[], tokens: readonly Token[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const entry of list) {
    for (let at = find(entry, tokens); at; at = find(entry, tokens, at[0] + 1)) out.push(at);
  }
  return out;
}

/** What a sentence says of each frame: its actions and places, found once per sentence. */
export interface SentenceTags {
  /** Each frame's actions in the sentence, as token spans. */
  readonly actions: ReadonlyMap<Frame, ReadonlyArray<readonly [number, number]>>;
  readonly places: ReadonlySet<Frame>;
  /** The sentence names a place of passage that is no frame's ("through Tocumen airport"). */
  readonly elsewhere: boolean;
  /** Frames an action of which, not only a local one ("arrived", "the flow"), the sentence tells. */
  readonly told: ReadonlySet<Frame>;
  /** Frames the sentence tells an action of that is more than a way through ("through the Darién"). */
  readonly going: ReadonlySet<Frame>;
  /** Frames the sentence tells the crossing itself of ("crossings", "cruzaron"): the lexicon's `far-actions`. */
  readonly far: ReadonlySet<Frame>;
}

/**
 * Tags a sentence: each frame's actions as token spans, and the frames whose place it names. The
 * actions are looked up by their first stem, so a sentence costs one pass over its tokens whatever
 * the size of the catalogue; places are searched in the sentence's text (`placeIn`).
 */
// "crossed the Mediterranean", "crossing the Rio Grande": what was crossed, named, is a place of passage too.
const PASSAGE = /\b(?:through|via|at|crossed|crossing|crosses|cross)\s+(?:the\s+)?([A-Z][\w-]+)/g;
const NO_NAMES = /(?!)/;
/** By air, or into a country the route does not enter from Colombia (the lexicon's `another-way`). */
const OTHER_WAY = EN.pattern('another-way');
/** A cheap look before OTHER_WAY, run on every sentence: a word each of its alternatives needs. */
const OTHER_WAY_CUE = /air|plane|flight|Ecuador|Per[uú]|Venezuela|Bra[sz]il|aérea|avión/i;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Least|Most|Times?)$/;

/**
 * Does the text name a place of passage ("through Tocumen airport", "via Costa Rica") no frame
 * holds? A larger place a frame's place lies in ("in transit through Panama") is not elsewhere.
 */
function namesElsewhere(text: string, places: ReadonlySet<Frame>, within: RegExp | null, wilds: Wilds | null = null): boolean {
  // "traveled from Colombia to Panama by air", "entered Ecuador from Colombia": another way, another
  // border, whatever place of a frame the sentence also names ("Colombia" is the return flow's).
  if (OTHER_WAY_CUE.test(text) && OTHER_WAY.test(text)) return true;
  if (places.size > 0) return false;
  // "crossed the Mexican jungle near Tapachula", "the Guatemalan rainforest of the Petén".
  const wild = wilds?.named.exec(text);
  if (wild && !wilds!.own.test(fold(wild[1]!))) return true;
  PASSAGE.lastIndex = 0;
  for (let found = PASSAGE.exec(text); found !== null; found = PASSAGE.exec(text)) {
    if (NOT_PLACES.test(found[1]!)) continue;
    if (within && within.test(text.slice(found.index + found[0].length - found[1]!.length, found.index + found[0].length + 4))) continue;
    return true;
  }
  return false;
}

export function tagSentence(index: ActionIndex, tokens: readonly Token[], places: ReadonlySet<Frame>, text = '', near: ReadonlySet<Frame> = NONE, within: RegExp | null = null, wilds: Wilds | null = null): SentenceTags {
  const actions = new Map<Frame, Array<readonly [number, number]>>();
  const told = new Set<Frame>();
  const going = new Set<Frame>();
  const far = new Set<Frame>();
  for (let i = 0; i < tokens.length; i++) {
    for (const { frame, entry, local } of index.get(tokens[i]!.stem) ?? []) {
      // A local action ("the flow") counts only where the frame's place is at hand: named in the
      // sentence, or the place the text is about (the nearest named before it, or the title's).
      // "The flow of migrants has dropped to about 300 a day" under "Fewer feet on the jungle trail".
      if (local && !places.has(frame) && !near.has(frame)) continue;
      if (local && entry.stems.length === 1 && inAgencyName(tokens, i)) continue;
      const at = find(entry, tokens, i, Math.min(tokens.length, i + entry.stems.length + 3 + MAX_DESCRIBING));
      if (!at || at[0] !== i) continue;
      if (backInTime(entry, tokens, at) || reachesThePoint(entry, tokens, at)) continue;
      // "The flow of tourists": from context, only a flow of what the frame counts.
      if (local && !places.has(frame) && tokens[at[1]]?.stem === 'of' && tokens[at[1] + 1] && !frame.counts.has(tokens[at[1] + 1]!.stem)) continue;
      const list = actions.get(frame);
      if (list) list.push(at);
      else actions.set(frame, [at]);
      if (!local) told.add(frame);
      if (!local && !PASSAGE_WORDS.has(entry.stems[0]!)) going.add(frame);
      if (!local && entry.stems.length === 1 && FAR_ACTIONS.has(entry.stems[0]!)) far.add(frame);
    }
  }
  return { actions, places, elsewhere: namesElsewhere(text, places, within, wilds), told, going, far };
}

/** "through the Darién", "por la selva": a way through a place, which a flow either way takes. */
const PASSAGE_WORDS = EN.words('passage-words');
const FAR_ACTIONS = EN.words('far-actions');

/** "Going back further": the telling goes back, nobody on the route (the lexicon's `back-in-time`). */
const BACK_IN_TIME = EN.words('back-in-time');
function backInTime(entry: Entry, tokens: readonly Token[], at: readonly [number, number]): boolean {
  return entry.stems[entry.stems.length - 1] === 'back' && tokens[at[1]] !== undefined && BACK_IN_TIME.has(tokens[at[1]]!.stem);
}

/** Words of an agency's name around a word of the flow: "Servicio Nacional de Migración", "National Migration Service". */
const AGENCY_NAME = EN.words('agency-name');
/** "con apoyo del Servicio Nacional de Migración": the flow's word names the agency, no action. */
function inAgencyName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.stem;
  return (before !== undefined && AGENCY_NAME.has(before)) || (tokens[i + 1] !== undefined && AGENCY_NAME.has(tokens[i + 1]!.stem)) || ((before === 'de' || before === 'of') && tokens[i - 2] !== undefined && AGENCY_NAME.has(tokens[i - 2]!.stem));
}

/**
 * "que en 2023 llegó a albergar a más de 2.000 personas", "pasaron a ser": "llegar a" or "pasar a"
 * before an infinitive says what came to be, not that anyone arrived or passed (`reaches-the-point`).
 */
const REACHES_THE_POINT = EN.words('reaches-the-point');
function reachesThePoint(entry: Entry, tokens: readonly Token[], at: readonly [number, number]): boolean {
  if (entry.stems.length !== 1 || !REACHES_THE_POINT.has(entry.stems[0]!)) return false;
  // "llegó incluso a albergar": a word of degree may stand between.
  const skip = tokens[at[1]] !== undefined && DEGREE_WORDS.has(tokens[at[1]]!.stem) ? 1 : 0;
  const verb = tokens[at[1] + skip + 1];
  return tokens[at[1] + skip]?.stem === 'a' && verb !== undefined && INFINITIVE_ES.test(verb.stem);
}
const DEGREE_WORDS = EN.words('reaches-the-point-degree');
const INFINITIVE_ES = EN.pattern('infinitive-es');

export type ActionIndex = ReadonlyMap<string, ReadonlyArray<{ readonly frame: Frame; readonly entry: Entry; readonly local: boolean }>>;

function indexActions(frames: readonly Frame[]): ActionIndex {
  const index = new Map<string, Array<{ frame: Frame; entry: Entry; local: boolean }>>();
  for (const frame of frames) {
    for (const [entries, local] of [[frame.actions, false], [frame.localActions, true]] as const) {
      for (const entry of entries) {
        const list = index.get(entry.stems[0]!);
        if (list) list.push({ frame, entry, local });
        else index.set(entry.stems[0]!, [{ frame, entry, local }]);
      }
    }
  }
  return index;
}

/** The larger places of every frame ("Panama", "Panamá"), as written or folded, at the start of a text. */
function withinPattern(frames: readonly Frame[]): RegExp | null {
  const forms = new Set<string>();
  for (const frame of frames) for (const place of frame.metric.frame?.within ?? []) for (const form of [place, fold(place)]) forms.add(form.trim().split(/\s+/).map(escape).join('\\s+'));
  return forms.size === 0 ? null : new RegExp(`^(?:${[...forms].join('|')})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'i');
}

/**
 * A place's words as a search, each word as written; "…" stands for up to two words of any kind:
 * "the … jungle" finds "the jungle", "the notorious jungle" and "the dense Panamanian jungle".
 * Only a catalogue entry that says so takes words in between ("the gap" never takes "the wage gap").
 */
function placeSource(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.map((word, i) => (word === '…' ? ANY_WORDS : escape(word) + (i < words.length - 1 ? '\\s+' : ''))).join('');
}
// A group of its own, so that the words it took can be looked at (namesAnother).
const ANY_WORDS = "((?:[A-Za-z\\u00C0-\\u024F’'-]+\\s+){0,2})";
/**
 * "the Mexican jungle", "the Guatemalan rainforest of the Petén": a name between a place's words
 * ("the … jungle") makes it another place. (The search ignores case, so it is looked at after.)
 */
function namesAnother(found: RegExpExecArray, own: RegExp): boolean {
  for (let i = 1; i < found.length; i++) {
    for (const word of found[i]?.split(/\s+/) ?? []) if (/^\p{Lu}/u.test(word) && !own.test(fold(word))) return true;
  }
  return false;
}

/**
 * The names a catalogue's places are made of, by their first five letters, folded: "the Panamanian
 * jungle" and "the Colombian forest" are the catalogue's own ("Panama", "Panama from Colombia"),
 * "the Mexican jungle" is not.
 */
function ownNames(frames: readonly Frame[]): RegExp {
  const prefixes = new Set<string>();
  // Only the frames whose places take words between ("the … jungle") read names there.
  for (const frame of frames.filter(takesWordsBetween)) {
    for (const text of [...frame.places.map((place) => place.text), ...(frame.metric.frame?.within ?? [])]) {
      for (const word of text.split(/\s+/)) if (/^\p{Lu}/u.test(word) && word.length >= 4) prefixes.add(escape(fold(word).slice(0, 5)));
    }
  }
  return prefixes.size === 0 ? NO_NAMES : new RegExp(`^(?:${[...prefixes].join('|')})`);
}

const takesWordsBetween = (frame: Frame): boolean => frame.places.some((place) => place.text.includes('…'));

/** The catalogue's own names, and "the NAME jungle" for the nouns of its "the … jungle" places. */
export interface Wilds {
  readonly own: RegExp;
  readonly named: RegExp;
}

/**
 * A jungle or forest with a name before it that is none of the catalogue's ("the Mexican jungle"):
 * another wilderness. Its nouns are those of the catalogue's places that take words between.
 */
function wildsOf(frames: readonly Frame[]): Wilds | null {
  const nouns = new Set(frames.filter(takesWordsBetween).flatMap((frame) => frame.places.filter((place) => place.text.includes('…')).map((place) => escape(place.text.trim().split(/\s+/).at(-1)!))));
  if (nouns.size === 0) return null;
  return { own: ownNames(frames), named: new RegExp(`\\bthe\\s+(\\p{Lu}[\\p{L}'’-]+)\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+)?(?:${[...nouns].join('|')})\\b`, 'u') };
}

/**
 * A search for a frame's places in raw text: each place as written and with its accents folded,
 * its words apart by any white space, never inside a longer word. Searching the text rather than
 * its tokens lets a sentence with no figure update the context without being tokenized.
 */
function placePattern(frame: Frame): RegExp | null {
  const forms = new Set<string>();
  for (const place of frame.places) {
    for (const form of [place.text, fold(place.text)]) forms.add(placeSource(form));
  }
  // Letters by code point rather than \p{L}: a Unicode-aware search of a 1 MB draft took about
  // three times as long, and the names a catalogue lists are Latin.
  return forms.size === 0 ? null : new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F])(?:${[...forms].join('|')})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'i');
}

/** The context a sentence is read in, nearest first: places named before it, the heading, the title. */
export interface FrameContext {
  /** Frames whose place the text named most recently before this sentence, nearest first. */
  readonly recentPlaces: readonly Frame[];
  /** Frames whose place was named further back than that, within FAR_REACH paragraphs. */
  readonly farPlaces?: readonly Frame[];
  /** The sentence is in a speaker's turn or a labelled item ("**Ocampo:** …"). */
  readonly turn?: boolean;
  readonly titlePlaces: ReadonlySet<Frame>;
  /** Frames some figure of the text before has been read as counting (keepCounted). */
  readonly countedFrames?: ReadonlySet<Frame>;
}

/**
 * The frames whose place a sentence is in: those it names, else the nearest named before it, else
 * the title's one (two places in the title say nothing of which is meant). Local actions ("the
 * flow") count only there.
 */
export function placesAtHand(context: FrameContext, named: ReadonlySet<Frame>): ReadonlySet<Frame> {
  if (named.size > 0) return named;
  const nearest = context.recentPlaces[0];
  if (nearest) return new Set([nearest]);
  return context.titlePlaces.size === 1 ? context.titlePlaces : named;
}

export type NounFit = 'fits' | 'none' | 'other';

export interface FrameChoice {
  readonly metric: Metric;
  /** Where the place came from. */
  readonly placeFrom: 'sentence' | 'context' | 'title';
}

/** Is a noun's stem one of the frame's one-word actions ("crossings", "transits")? */
export function isEventNoun(frame: Frame, nounStem: string): boolean {
  // Not a Spanish verb with its stress on the last vowel ("pasó"): folded, it reads as the noun
  // "paso", and "cinco pasos" are five trails, not five crossings.
  return frame.actions.some((entry) => entry.stems.length === 1 && entry.stems[0] === nounStem && !/[áéíóú]$/.test(entry.text));
}


/**
 * The frame a figure fits, or null. `noun` says how the figure's own noun stands to each frame:
 * computed by the caller from the words after the figure.
 */
export function chooseFrame(
  frames: readonly Frame[],
  tags: SentenceTags,
  context: FrameContext,
  nounFit: (frame: Frame) => NounFit,
  /** Whether the sentence says the frame's action happened to what the figure counts. */
  acts: (frame: Frame) => boolean,
): FrameChoice | null {
  const acting = frames.filter((frame) => nounFit(frame) !== 'other' && acts(frame));
  // "2.319 migrantes en tránsito de regreso": a frame whose every action lies inside a longer
  // action of another ("tránsito" in "tránsito de regreso") is that one's word, not its own.
  const candidates = acting.filter((frame) => !acting.some((other) => other !== frame && within(tags.actions.get(frame) ?? [], tags.actions.get(other) ?? [])));
  if (candidates.length === 0) return null;
  // The place decides between frames that fit the words: the sentence's own first, then the
  // nearest named before it, then the title.
  const inSentence = candidates.filter((frame) => tags.places.has(frame));
  if (inSentence.length === 1) return { metric: inSentence[0]!.metric, placeFrom: 'sentence' };
  if (inSentence.length > 1) {
    // "9,000 have come back south through the Darién": which way they went ("back south") says
    // which flow; the way through ("through the Darién") is any flow's.
    const going = inSentence.filter((frame) => tags.going.has(frame));
    return going.length === 1 ? { metric: going[0]!.metric, placeFrom: 'sentence' } : null;
  }
  // "2.1 million people entered Panama through Tocumen airport": a sentence that names a place of
  // its own takes none from the text before it.
  if (tags.elsewhere) return null;
  // "llegaron a Panamá 577 migrantes en dirección sur": of two frames the words fit, the one whose
  // own action the sentence tells, not only a word any flow shares ("llegaron"), is meant.
  const told = candidates.filter((frame) => tags.told.has(frame) && (context.recentPlaces.includes(frame) || context.titlePlaces.has(frame)));
  if (told.length === 1 && candidates.length > 1) return { metric: told[0]!.metric, placeFrom: 'context' };
  // "Washington began sending back Venezuelans caught crossing its southern border. / … / The
  // previous record … was just under 134,000 crossings": a place named in passing, whose flow no
  // figure has counted, does not take a figure from the flow the title names.
  const titled = candidates.some((frame) => context.titlePlaces.has(frame));
  for (const frame of context.recentPlaces) if (candidates.includes(frame) && !(titled && !context.titlePlaces.has(frame) && context.countedFrames && !context.countedFrames.has(frame))) return { metric: frame.metric, placeFrom: 'context' };
  // "**Ocampo:** … with 4,702 crossings in January": the crossing itself, told a few speakers' turns
  // after the place was named, when no place named nearer fits (not a plain paragraph further on).
  const far = context.turn ? candidates.filter((frame) => tags.far.has(frame) && context.farPlaces?.includes(frame)) : [];
  if (far.length === 1) return { metric: far[0]!.metric, placeFrom: 'context' };
  const inTitle = candidates.filter((frame) => context.titlePlaces.has(frame));
  if (inTitle.length === 1) return { metric: inTitle[0]!.metric, placeFrom: 'title' };
  return null;
}

/** Whether every span of `inner` lies inside a longer span of `outer`. */
function within(inner: ReadonlyArray<readonly [number, number]>, outer: ReadonlyArray<readonly [number, number]>): boolean {
  return inner.length > 0 && inner.every(([a, b]) => outer.some(([c, d]) => c <= a && b <= d && d - c > b - a));
}

/** Where a text names each frame's places; asked in order of the text, one sentence after another. */
export class PlaceIndex {
  private readonly cursors: number[];
  constructor(private readonly found: ReadonlyArray<{ readonly frame: Frame; readonly starts: readonly number[] }>) {
    this.cursors = found.map(() => 0);
  }

  /**
   * The frames named in [start, end); each call must start at or after the one before. `counts`,
   * when given, says whether a name at an offset counts (a destination does not).
   */
  in(start: number, end: number, counts?: (at: number) => boolean): ReadonlySet<Frame> {
    let named: Set<Frame> | null = null;
    this.found.forEach(({ frame, starts }, i) => {
      let cursor = this.cursors[i]!;
      while (cursor < starts.length && starts[cursor]! < start) cursor++;
      this.cursors[i] = cursor;
      for (let k = cursor; k < starts.length && starts[k]! < end; k++) {
        if (counts && !counts(starts[k]!)) continue;
        (named ??= new Set()).add(frame);
        break;
      }
    });
    return named ?? NONE;
  }
}

/** A catalogue's frames, with what the reader asks of them, made once per catalogue. */
export interface CatalogueFrames {
  readonly list: readonly Frame[];
  /**
   * Where each frame's places are named in a whole text, found once: the reader then asks, sentence
   * by sentence and in order, which frames a sentence names (`PlaceIndex.in`).
   */
  placesOf(text: string): PlaceIndex;
  /** `near`: the frames whose place the context names (nearest before, the title), for local actions. */
  tag(tokens: readonly Token[], places: ReadonlySet<Frame>, text: string, near?: ReadonlySet<Frame>): SentenceTags;
  /**
   * Moves the frames whose place a sentence names to the front of the context's recent places;
   * a place named more than PLACE_REACH paragraphs back is forgotten (the title's stays).
   */
  notePlaces(context: { recentPlaces: Frame[]; farPlaces?: Frame[]; placeParagraph?: Map<Frame, number> }, named: ReadonlySet<Frame>, paragraph: number): void;
}

/**
 * A figure read as a place's flow keeps that place at hand: the text is still about it. "Three weeks
 * into Mulino's presidency, his government is claiming victory over the Darién. / Border police say
 * 11,363 people crossed … / … / By July 17, more than 212,000 people had crossed this year.": the
 * place named three paragraphs back is the one the figures since have been counting.
 */
export function keepCounted(context: { recentPlaces: Frame[]; placeParagraph?: Map<Frame, number>; countedFrames?: Set<Frame> }, metrics: ReadonlySet<Metric>, paragraph: number): void {
  const seen = context.placeParagraph;
  if (!seen || metrics.size === 0) return;
  const counted = (context.countedFrames ??= new Set());
  for (const frame of context.recentPlaces) {
    if (!metrics.has(frame.metric)) continue;
    seen.set(frame, paragraph);
    counted.add(frame);
  }
}

const MADE = new WeakMap<MetricCatalogue, CatalogueFrames>();
/** How many paragraphs back a place named in the text still places a sentence (the title's always does). */
const PLACE_REACH = 2;
/**
 * How many paragraphs back a place still places a sentence that tells the frame's own crossing
 * ("4,702 crossings in January"), when no nearer place does: a transcript gives each speaker's
 * line a paragraph, and "the marathon" five paragraphs on is still no crossing (`far-actions`).
 */
const FAR_REACH = 6;
const NONE: ReadonlySet<Frame> = new Set();

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function framesOf(catalogue: MetricCatalogue): CatalogueFrames {
  let made = MADE.get(catalogue);
  if (made) return made;
  const list = buildFrames(catalogue.metrics.values());
  const index = indexActions(list);
  const within = withinPattern(list);
  const wilds = wildsOf(list);
  const ownOf = new Map(list.map((frame) => [frame, ownNames([frame])]));
  const patterns = list.map((frame) => [frame, placePattern(frame)] as const).filter((pair): pair is readonly [Frame, RegExp] => pair[1] !== null);
  made = {
    list,
    placesOf(text) {
      return new PlaceIndex(patterns.map(([frame, pattern]) => {
        const global = new RegExp(pattern.source, 'gi');
        const starts: number[] = [];
        for (let found = global.exec(text); found !== null; found = global.exec(text)) {
          // "the Darién jungle": not "the … jungle" with a name inside, but the name itself is a place.
          if (namesAnother(found, ownOf.get(frame)!)) global.lastIndex = found.index + 1;
          else starts.push(found.index);
        }
        return { frame, starts };
      }));
    },
    tag: (tokens, places, text, near) => tagSentence(index, tokens, places, text, near, within, wilds),
    notePlaces(context, named, paragraph) {
      const seen = (context.placeParagraph ??= new Map());
      for (const frame of named) seen.set(frame, paragraph);
      // "Migrants kept crossing the Darién Gap last year." does not make a later paragraph's
      // "2.1 million people entered Panama through Tocumen airport" a crossing of the Darién.
      const kept = context.recentPlaces.filter((frame) => !named.has(frame) && paragraph - (seen.get(frame) ?? -Infinity) <= PLACE_REACH);
      const dropped = context.recentPlaces.filter((frame) => !named.has(frame) && !kept.includes(frame));
      context.farPlaces = [...dropped, ...(context.farPlaces ?? [])].filter((frame, i, all) => all.indexOf(frame) === i && !named.has(frame) && paragraph - (seen.get(frame) ?? -Infinity) <= FAR_REACH);
      context.recentPlaces = named.size === 0 ? kept : [...named, ...kept];
    },
  };
  MADE.set(catalogue, made);
  return made;
}
