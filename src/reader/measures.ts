/**
 * What a place is, said twice: a shelter's beds ("room for 1,200" … "a station with room for
 * 2,000"), a village's people ("unos cuatrocientos habitantes" … "un pueblo de apenas ciento
 * cincuenta habitantes"), the length of the jungle ("unos 100 kilómetros de largo" … "esos 160
 * kilómetros de selva"). A measure of what a place is does not change from one paragraph to the
 * next as a count of arrivals does, so a draft that gives it twice at values far apart contradicts
 * itself even where the second sentence does not point back with "the" or "those"
 * (said-otherwise.ts asks for that word; these sentences rarely use it).
 *
 * The words that make a figure a measure are data (MEASURE_ENTRIES, with examples). What keeps two
 * measures of two places apart: each sentence naming a place the other does not name ("Lajas
 * Blancas has 500 beds … San Vicente, 1,200 beds"), two periods named, a change of the measure
 * ("added 200 beds"), and a figure the catalogue reads as a metric (the barbed wire's miles).
 * The check internal-conflict reports the later figure as a warning: which two figures measure one
 * place is the reader's pairing, not the text's word.
 */
import type { DraftFigure, ReadText } from './record.js';
import { loadLexicon, type LexiconEntry } from './lexicon/lexicon.js';
import { cut } from '../text/one-byte.js';
import { overlaps, yearOfDay, type Period } from '../model/period.js';
import { APART, WHICH_ONES_AFTER } from './said-otherwise.js';

export const MEASURE_ENTRIES = [
  {
    id: 'capacity-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:(?:room|space|capacity|beds?|cots?|bunks?|places)\s+for|capacity\s+of|(?:built|designed|meant|planned|made)\s+(?:for|to\s+(?:hold|house|sleep|shelter))|sleeps|can\s+(?:hold|house|sleep|shelter)|(?:capacidad|cupo|espacio|sitio|lugar|camas|literas|catres|plazas)\s+(?:para|de)|(?:construid[oa]|diseñad[oa]|pensad[oa]|preparad[oa]|habilitad[oa]|hech[oa])\s+para|(?:puede|pueden|podía|podían)\s+(?:albergar|alojar|acoger)(?:\s+a)?)\s+(?:up\s+to\s+|hasta\s+|(?:just|only|apenas|solo|sólo)\s+)?$/iu,
    why: 'How many a shelter can take, said before the figure: "room for 1,200", "a camp built for just 800", "the shelter sleeps 36", "capacidad para 500". Not "holds" or "alberga": those say how many are there now, which may be more than it was built for.',
    examples: { reads: ['has room for ', 'With beds for ', 'slept at a station built for just ', 'a shed made for ', "Quintero's shelter sleeps ", 'un albergue con capacidad para ', 'un galpón construido para ', 'un galpón hecho para ', 'puede albergar a '], not: ['the camp holds ', 'el albergue aloja a ', 'waited for ', 'built in '] },
  },
  {
    id: 'capacity-after',
    on: 'after-figure',
    pattern: /^\s+(?:(?:of\s+(?:its|their|the(?:\s+[\p{L}-]+['’]s)?|her|his|our)|de\s+(?:sus|las|los))\s+)?(?:beds|bunks?|cots|berths|camas|literas|catres|colchonetas)(?![\p{L}])/iu,
    why: 'Beds, bunks and cots count what a shelter can take: "2,100 beds", "all 800 of its beds", "all 54 of the shelter\'s beds", "sus 250 literas".',
    examples: { reads: [' beds', ' of its beds', " of the shelter's beds for washing", ' literas estaban ocupadas', ' camas'], not: [' people slept there', ' bedrooms', ' migrantes', " of the shelter's volunteers"] },
  },
  {
    id: 'capacity-owned-after',
    on: 'after-figure',
    pattern: /^\s+(?:places|spaces|spots|plazas|cupos|lugares)(?![\p{L}])(?!\s+(?:to|para|que|where|donde|de\s+trabajo)\b)/iu,
    why: '"the station\'s 600 places", "sus 800 plazas", "con 120 plazas", "las 2.000 plazas de Lajas Blancas": places and spaces count what a shelter can take only when they are its own (owned-before, held-before, or whose-after); "visited 12 places" counts no capacity.',
    examples: { reads: [' places and sent staff home', ' plazas, la estación'], not: [' beds', ' migrants', ' places to visit', ' plazas que recorrer'] },
  },
  {
    id: 'all-full-after',
    on: 'after-figure',
    pattern: /^\s+(?:places|spaces|spots|plazas|cupos|lugares)\s+(?:were|are|was|had\s+been|estaban|están|estuvieron)\s+(?:taken|full|occupied|filled|ocupad[oa]s|llen[oa]s|tomad[oa]s)(?![\p{L}])/iu,
    why: '"all 410 places were taken", "todas las 300 plazas estaban ocupadas": all of a shelter\'s places, full, are what it can take (after all-before). Without "all" ("200 places were taken") they are how many were used.',
    examples: { reads: [' places were taken by Sunday', ' plazas estaban ocupadas'], not: [' places to eat', ' plazas libres'] },
  },
  {
    id: 'some-used-after',
    on: 'after-figure',
    pattern: /^\s+(?:beds|bunks?|cots|berths|camas|literas|catres|colchonetas)\s+(?:will|would|are|were|stay|stayed|remain|remained|quedarán|quedan|quedaron|seguirán|siguen)(?![\p{L}])/iu,
    why: '"said 12 cots will stay out for whoever comes next": beds said with what is done with them, and no holder before, are some of them, not what the place can take.',
    examples: { reads: [' cots will stay out', ' camas quedarán libres'], not: [' beds', ' of its beds were full'] },
  },
  {
    id: 'holder-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:its|their|the\s+[\p{L}-]+['’]s|sus?|nuestr[oa]s|all|all\s+of\s+(?:its|their|the)|tod[oa]s\s+(?:sus|las|los)|with|has|had|have|of|con|tiene|tenía|cuenta\s+con|de)\s+$/iu,
    why: 'Who holds the beds ("its", "all", "with", "has", "con"): the beds are the place\'s, its capacity, whatever is said of them after.',
    examples: { reads: ['all ', 'a shelter with ', 'con '], not: ['said ', 'will set out '] },
  },
  {
    id: 'held-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:with|has|had|have|con|tiene|tenía|tendrá|cuenta\s+con|contaba\s+con)\s+$/iu,
    why: 'A place that has the places ("a shelter with 300 places", "el albergue, con 120 plazas"): they are its capacity, as owned ones are.',
    examples: { reads: ['El refugio de Yaviza, con ', 'The hall has '], not: ['visited ', 'one of ', 'de '] },
  },
  {
    id: 'owned-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:its|their|the\s+[\p{L}-]+['’]s|sus?|nuestr[oa]s)\s+$/iu,
    why: 'A possessive before the figure ("the station\'s", "its", "sus") makes places and spaces its own, a capacity.',
    examples: { reads: ["half of the station's ", 'Con sus ', 'all of its '], not: ['visited ', 'the ', 'los '] },
  },
  {
    id: 'whose-after',
    on: 'after-figure',
    pattern: /^\s+(?:places|spaces|spots|plazas|cupos|lugares)\s+(?:(?:at|in|of)\s+(?:the\s+)?(?:\p{Lu}|(?:shelter|station|camp|centre|center|church|hall)\b)|(?:de|en)\s+(?:l[ao]s?\s+|el\s+)?(?:\p{Lu}|(?:albergue|estaci[oó]n|refugio|campamento|centro|iglesia)\b)|del\s+(?:albergue|refugio|campamento|centro))/u,
    why: 'Places said as a place\'s, after them, with a definite word before (all-before): "las 2.000 plazas de Lajas Blancas", "los 300 cupos del albergue", "the 600 places at the station". Not "12 places in Yaviza" (no "the": some places in a town) nor "lugares de trabajo".',
    examples: { reads: [' plazas de Lajas Blancas', ' cupos del albergue', ' places at the station', ' places at San Vicente'], not: [' places in the town', ' lugares de trabajo', ' plazas'] },
  },
  {
    id: 'residents-after',
    on: 'after-figure',
    pattern: /^\s+(?:inhabitants|habitantes|pobladores|moradores)(?![\p{L}])/iu,
    why: 'How many live in a village: "unos 400 habitantes", "a hamlet of 400 inhabitants"; not "residents" or "vecinos" alone, which may be some of them ("50 vecinos protestaron").',
    examples: { reads: [' habitantes', ' inhabitants, mostly Emberá'], not: [' residents protested', ' vecinos', ' migrantes'] },
  },
  {
    id: 'residents-all-after',
    on: 'after-figure',
    pattern: /^\s+(?:residents|villagers|vecinos|pobladores)\s+(?:(?:of|in)\s+(?:the\s+)?(?:\p{Lu}|(?:village|town|hamlet|community)\b)|(?:de|del)\s+(?:la\s+|el\s+)?(?:\p{Lu}|(?:pueblo|comunidad|caser[ií]o|aldea|poblado|corregimiento)\b))/u,
    why: 'All of a village\'s people, after a definite word (all-before): "los 500 vecinos de Bajo Chiquito", "the 400 residents of Canaán Membrillo", "los 900 vecinos del pueblo". Without "the" ("50 vecinos de Bajo Chiquito protestaron") they may be some of them.',
    examples: { reads: [' vecinos de Bajo Chiquito siguen', ' vecinos del pueblo', ' residents of the village', ' residents of Canaán Membrillo'], not: [' vecinos', ' residents protested', ' residents of the shelter'] },
  },
  {
    id: 'all-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:los|las|the|its|their|sus|all|tod[oa]s\s+(?:los|las|sus))\s+$/iu,
    why: 'A definite word before residents ("los", "the", "its", "sus"): all of them, the village\'s people; "its 1,500 residents" says so without a place after.',
    examples: { reads: ['Los ', 'its ', 'todos los '], not: ['unos ', 'some '] },
  },
  {
    id: 'residents-owned-after',
    on: 'after-figure',
    pattern: /^\s+(?:residents|villagers|vecinos|pobladores)(?![\p{L}])/iu,
    why: 'A village\'s own residents, after a possessive (owned-before): "its 1,500 residents", "sus 300 vecinos".',
    examples: { reads: [' residents had seen', ' vecinos'], not: [' migrants', ' residentes temporales'] },
  },
  {
    id: 'residents-live-after',
    on: 'after-figure',
    pattern: /^\s+(?:people|persons|residents|inhabitants)\s+(?:live|lived|still\s+live)(?:\s+(?:there|here|in\s+the\s+(?:village|town|hamlet)))?\s*(?:[.,;:]|$)/iu,
    why: 'How many live in a place, said with "live": "some five hundred people live" there.',
    examples: { reads: [' people live.', ' people still live there.', ' people live in the village,'], not: [' people lived through the flood', ' families live', ' people slept', ' people live in tents while'] },
  },
  {
    id: 'residents-live-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:viven|vivían|habitan|habitaban|live|lived)\s+(?:(?:unas|unos|apenas|solo|sólo|cerca\s+de|alrededor\s+de|some|about|only|just)\s+)?$/iu,
    why: 'How many live in a place, the verb first: "En Bajo Chiquito viven unas 400 personas", "there live some 500 people".',
    examples: { reads: ['En la última aldea antes del río viven unas ', 'En el pueblo habitan '], not: ['llegaron unas ', 'vivieron '] },
  },
  {
    id: 'residents-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:(?:population|town|village|hamlet|community)\s+of|(?:población|pueblo|comunidad|caserío|aldea|poblado)\s+de)\s+(?:(?:just|only|apenas|solo|sólo)\s+)?$/iu,
    why: 'A village measured by its people before the figure: "a village of 400", "un pueblo de apenas 150".',
    examples: { reads: ['a village of ', 'un pueblo de apenas ', 'Bajo Chiquito, a community of ', 'con una población de '], not: ['a group of ', 'el pueblo desde ', 'de '] },
  },
  {
    id: 'length-after',
    on: 'after-figure',
    pattern: /^(?:\s+|-)(?:km|kilometers?|kilometres?|kilómetros|miles?|millas)\s+(?:of|de)\s+(?:(?:dense|thick|roadless)\s+)?(?:jungle|rainforest|swamp|selva|jungla|trocha)(?![\p{L}])/iu,
    why: 'The length of the jungle: "60 miles of jungle", "esos 160 kilómetros de selva", "los casi 70 kilómetros de trocha". Not a distance from somewhere ("40 km from the border") or a day\'s walk.',
    examples: { reads: [' miles of jungle', ' km de selva', ' kilómetros de trocha'], not: [' km from the border', ' kilómetros al día', ' miles north of the camp', ' kilómetros de largo'] },
  },
  {
    id: 'length-said-after',
    on: 'after-figure',
    pattern: /^(?:\s+|-)(?:km|kilometers?|kilometres?|kilómetros|miles?|millas)(?:\s+(?:long|de\s+largo|de\s+longitud)|\s+(?:trek|crossing|journey|route|stretch|walk|hike|travesía|recorrido|trayecto)|\s*(?:[.;)]|$))/iu,
    why: 'A length said as long, as a trek, or ending its sentence: "unos 100 kilómetros de largo", "the 97-kilometer trek", "a pie son alrededor de 97 kilómetros." It is the jungle\'s only in a sentence that names the jungle (jungle-named): not "a road of about seventeen miles.", nor "the 2,600-mile journey north".',
    examples: { reads: [' kilómetros de largo', '-kilometer trek', ' kilómetros.', ' miles long'], not: [' km from the border', ' kilómetros al día.', ' miles north of the camp'] },
  },
  {
    id: 'jungle-named',
    on: 'sentence',
    pattern: /dari[eé]n|jungle|rainforest|selv[aá]|jungla|tap[oó]n|trek|travesía|trocha/iu,
    why: 'A sentence about the jungle or its crossing, where a length said as long, as a trek or at the sentence\'s end is the jungle\'s.',
    examples: { reads: ['¿Qué es el Darién? Una selva sin carreteras; a pie son alrededor de 97 kilómetros.', 'The trek is about 60 miles.', 'El tramo selvático tiene unos 100 kilómetros de largo.'], not: ['Jesus tells of a man who fell among robbers on the road down from Jerusalem to Jericho, a road of about seventeen miles.'] },
  },
  {
    id: 'people-after',
    on: 'after-figure',
    pattern: /^\s+(?:personas|habitantes|people|inhabitants|residents)(?![\p{L}])/iu,
    why: 'People counted after a verb of living (residents-live-before): "viven unas 400 personas".',
    examples: { reads: [' personas, según su cacique', ' habitantes'], not: [' familias', ' migrantes'] },
  },
  {
    id: 'which-of-them-after',
    on: 'after-figure',
    pattern: /^[^.;:]*?\b(?:que|quienes|who|that)\b/iu,
    why: 'A relative clause after the residents\' place says which of them: "Los 40 vecinos de Canaán Membrillo que firmaron la carta" are some of them, not the village\'s people.',
    examples: { reads: [' vecinos de Canaán Membrillo que firmaron', ' residents of the village who signed'], not: [' vecinos del pueblo siguen esperando', ' residents had seen no help'] },
  },
  {
    id: 'vocative-before',
    on: 'before-place',
    pattern: /(?<!(?:pueblo|town|village|city|ciudad|comunidad|community|caserío|aldea|hamlet|station|estación|albergue|shelter|provincia|province)(?:\s+\p{L}+)?)\s*,\s*$/iu,
    why: 'A comma before a name, with no place\'s noun before the comma: "Con cuarenta camas en ese puesto, Luis, …" speaks to Luis; "en el pueblo vecino, Metetí," names a place.',
    examples: { reads: ['Con cuarenta camas en ese puesto, ', 'The hall has 60 cots, '], not: ['En el pueblo vecino, ', 'In the next village, '] },
  },
  {
    id: 'changed-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:add(?:s|ed|ing)?|another|more|extra|additional|new|otr[oa]s|nuev[oa]s|añad\p{L}*|sum(?:ó|aron|a|an)|agreg\p{L}*|amplió\s+(?:a|en)|grew\s+to|expanded\s+to|up\s+to|cut|recort\p{L}*)\s+(?:(?:just|only|apenas|unos|unas|about|some)\s+)?$/iu,
    why: 'A change of a measure ("added 200 beds", "otras 300 camas"), or its bound ("up to 500"), is no second statement of it.',
    examples: { reads: ['the shelter added ', 'another ', 'sumó otras ', 'nuevas '], not: ['has room for ', 'sus '] },
  },
] as const satisfies readonly LexiconEntry[];

export const MEASURES = loadLexicon('measures', MEASURE_ENTRIES);

export type Measure = 'capacity' | 'residents' | 'length';

const CAPACITY_BEFORE = MEASURES.pattern('capacity-before');
const CAPACITY_AFTER = MEASURES.pattern('capacity-after');
const CAPACITY_OWNED_AFTER = MEASURES.pattern('capacity-owned-after');
const SOME_USED_AFTER = MEASURES.pattern('some-used-after');
const HOLDER_BEFORE = MEASURES.pattern('holder-before');
const OWNED_BEFORE = MEASURES.pattern('owned-before');
const HELD_BEFORE = MEASURES.pattern('held-before');
const WHOSE_AFTER = MEASURES.pattern('whose-after');
const ALL_FULL_AFTER = MEASURES.pattern('all-full-after');
const RESIDENTS_AFTER = MEASURES.pattern('residents-after');
const RESIDENTS_BEFORE = MEASURES.pattern('residents-before');
const RESIDENTS_ALL_AFTER = MEASURES.pattern('residents-all-after');
const ALL_BEFORE = MEASURES.pattern('all-before');
const RESIDENTS_OWNED_AFTER = MEASURES.pattern('residents-owned-after');
const RESIDENTS_LIVE_AFTER = MEASURES.pattern('residents-live-after');
const RESIDENTS_LIVE_BEFORE = MEASURES.pattern('residents-live-before');
const WHICH_OF_THEM = MEASURES.pattern('which-of-them-after');
const PEOPLE_AFTER = MEASURES.pattern('people-after');
const LENGTH_AFTER = MEASURES.pattern('length-after');
const LENGTH_SAID_AFTER = MEASURES.pattern('length-said-after');
const JUNGLE_NAMED = MEASURES.pattern('jungle-named');
const CHANGED_BEFORE = MEASURES.pattern('changed-before');
/** A hedge between the lead and the figure when the figure's own words leave it out. */
const HEDGE_BEFORE = /(?:about|some|nearly|almost|roughly|around|casi|unos|unas|alrededor\s+de|cerca\s+de|apenas|just|only)\s+$/iu;
const IN_MILES = /^(?:\s+|-)(?:miles?|millas)/iu;
/**
 * Words with a capital that name no place a measure is of: months, weekdays, a sentence's openers,
 * and the countries and the jungle every sentence of these texts may name ("the larger of the two
 * Panama runs in Darién" names no station).
 */
const NO_PLACE = /^(?:Panam[aá]|Dari[eé]n|Gap|Colombia|Venezuela|Ecuador|Hait[ií]|Mexico|México|Costa|Rica|United|States|Estados|Unidos|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|With|For|And|But|When|Cuando|Según|En|El|La|Los|Las|Un|Una|Con|Por|Para|Y|Pero)$/;

export interface Remeasured {
  /** The later figure, which gives the measure again. */
  readonly figure: DraftFigure;
  /** The earlier figure it disagrees with. */
  readonly earlier: DraftFigure;
  readonly measure: Measure;
}

/** The words just before a figure (a hedge between left out) and just after it, in its sentence. */
function wordsAround(m: string, figure: DraftFigure): { before: string; after: string } {
  const raw = cut(m, Math.max(figure.sentence.start, figure.start - 48), figure.start);
  return { before: HEDGE_BEFORE.test(raw) ? raw.replace(HEDGE_BEFORE, '') : raw, after: cut(m, figure.end, Math.min(figure.sentence.end, figure.end + 40)) };
}

/**
 * Whether words before the figure give its measure ("built for 400", "un pueblo de 500"): then the
 * words after it ("400 people held about 150 on Friday") say nothing of which ones.
 */
function measuredBefore(m: string, figure: DraftFigure): boolean {
  const { before } = wordsAround(m, figure);
  return CAPACITY_BEFORE.test(before) || RESIDENTS_BEFORE.test(before);
}

/** The measure a figure gives, or null: read from the words just before and just after it. */
export function measureOf(m: string, figure: DraftFigure): Measure | null {
  const { before, after } = wordsAround(m, figure);
  if (CHANGED_BEFORE.test(before)) return null;
  // "said 12 cots will stay out": some of the beds, no capacity.
  const someUsed = SOME_USED_AFTER.test(after) && !HOLDER_BEFORE.test(before);
  if (CAPACITY_BEFORE.test(before) || (CAPACITY_AFTER.test(after) && !someUsed) || (CAPACITY_OWNED_AFTER.test(after) && (OWNED_BEFORE.test(before) || HELD_BEFORE.test(before) || ((WHOSE_AFTER.test(after) || ALL_FULL_AFTER.test(after)) && ALL_BEFORE.test(before))))) return 'capacity';
  if (RESIDENTS_AFTER.test(after) || RESIDENTS_BEFORE.test(before)) return 'residents';
  // "Los 40 vecinos de Canaán Membrillo que firmaron la carta": which ones, some of them.
  if (((RESIDENTS_ALL_AFTER.test(after) && ALL_BEFORE.test(before)) || (RESIDENTS_OWNED_AFTER.test(after) && OWNED_BEFORE.test(before))) && !WHICH_OF_THEM.test(after)) return 'residents';
  if (RESIDENTS_LIVE_AFTER.test(after) || (RESIDENTS_LIVE_BEFORE.test(before) && PEOPLE_AFTER.test(after))) return 'residents';
  if (LENGTH_AFTER.test(after) || (LENGTH_SAID_AFTER.test(after) && JUNGLE_NAMED.test(cut(m, figure.sentence.start, figure.sentence.end)))) return 'length';
  return null;
}

const VOCATIVE_BEFORE = MEASURES.pattern('vocative-before');

/** The names with a capital a sentence gives (a place's, a person's), but for months, weekdays and openers. */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu)) {
    const all = match[0].split(/\s+/);
    // "By Friday": a sentence's opener is a name only with a name after it ("San Vicente").
    const opener = match.index === 0 && all.length > 1 && NO_PLACE.test(all[1]!) ? 1 : 0;
    const words = all.slice(opener).filter((word) => !NO_PLACE.test(word));
    // A sentence's first word has its capital from where it stands: alone, it names nothing ("Staff
    // said …"); with another it may ("San Vicente has …").
    if (words.length === 0 || (match.index === 0 && all.length === 1)) continue;
    // "Con cuarenta camas en ese puesto, Luis, ni así alcanza": one name set off by commas is whom
    // the sentence speaks to, no place; unless a place's noun stands before it ("el pueblo vecino, Metetí,").
    if (all.length === 1 && VOCATIVE_BEFORE.test(text.slice(0, match.index)) && /^\s*,/.test(text.slice(match.index + match[0].length))) continue;
    names.add(words.join(' '));
  }
  return names;
}

/** Whether two sentences each name something the other does not: two places, two measures. */
function namesApart(m: string, a: DraftFigure, b: DraftFigure): boolean {
  const [first, second] = [namesIn(cut(m, a.sentence.start, a.sentence.end)), namesIn(cut(m, b.sentence.start, b.sentence.end))];
  return first.size > 0 && second.size > 0 && ![...first].some((name) => second.has(name));
}

/**
 * Whether two periods are far enough apart for a place to have changed: two months or longer named
 * one after the other ("In March … room for 500. In August … 1,200", "In 2022 … 200 beds. In 2024 …
 * 500"), or most of a year between them. Not a day beside a month ("set up 140 cots last month … all
 * 190 cots by Wednesday"): the beds in use.
 */
function yearsApart(a: Period, b: Period): boolean {
  const months = a.end - a.start >= 27 && b.end - b.start >= 27;
  // "When I visited in October … 120 beds. / Today only a dozen of its 200 beds are in use": a month
  // and a day a few months apart are no two years, though New Year falls between them.
  const gap = Math.max(a.start, b.start) - Math.min(a.end, b.end);
  return months || gap >= YEAR_APART;
}
/** Days between a measure's two periods past which the place may have changed, whatever each names. */
const YEAR_APART = 300;

/** The figure's interval in one unit a measure: kilometres for a length. */
function intervalOf(m: string, figure: DraftFigure, measure: Measure): readonly [number, number] {
  const [low, high] = figure.interval!;
  const scale = measure === 'length' && IN_MILES.test(cut(m, figure.end, figure.end + 8)) ? 1.609 : 1;
  return [low * scale, high * scale];
}

/**
 * Each figure that gives a measure already given, for the same place, at a value far from it. No
 * registry value is set aside, as said-otherwise.ts sets them aside: a measure is read only of a
 * figure with no metric, which no check of the registry weighs.
 */
export function measuredAgain(read: ReadText): Remeasured[] {
  const m = read.masked.masked;
  const measured = read.figures.flatMap((figure) => {
    if (figure.kind !== 'quantity' || figure.value === null || figure.value < 2 || figure.interval === null || figure.per !== null || figure.metric || figure.mention?.change) return [];
    // "las 80 camas con que cuenta el hospital": words after that say whose, another place's.
    const whose = WHICH_ONES_AFTER.some((pattern) => pattern.test(cut(m, figure.end, figure.end + 60))) && !measuredBefore(m, figure);
    const measure = whose ? null : measureOf(m, figure);
    return measure ? [{ figure, measure }] : [];
  });
  const out: Remeasured[] = [];
  measured.forEach(({ figure, measure }, i) => {
    const earlier = measured.slice(0, i).reverse().find((other) => other.measure === measure && other.figure.sentence !== figure.sentence)?.figure;
    if (!earlier || namesApart(m, earlier, figure)) return;
    // "In 2022 the shelter had 200 beds … in 2024, 500 beds": two periods its sentences name. A
    // period carried from the sentences before says less of a measure than of a count, and a day
    // ("set up 140 cots last month … all 190 cots were taken by Wednesday") says when the beds were
    // used, not that the shelter grew (yearsApart).
    if (earlier.period && figure.period && earlier.periodFrom === 'sentence' && figure.periodFrom === 'sentence' && !overlaps(earlier.period, figure.period) && yearsApart(earlier.period, figure.period)) return;
    const [[low, high], [earlierLow, earlierHigh]] = [intervalOf(m, figure, measure), intervalOf(m, earlier, measure)];
    if (low <= earlierHigh && earlierLow <= high) return;
    if (Math.min(high, earlierHigh) > 0 && Math.max(low, earlierLow) / Math.min(high, earlierHigh) - 1 < APART) return;
    out.push({ figure, earlier, measure });
  });
  return out;
}
