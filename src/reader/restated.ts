/**
 * Figures that refer back to an earlier figure of the same text: "Those 90 patients", "these 767
 * survivors", "esos 40.000 migrantes", "the 60 patients". Such a figure restates the nearest earlier
 * figure that counts the same thing (the same noun, by stem), so the two must agree; the check
 * internal-conflict (src/checks/rules/internal-conflict.ts) holds them to it. Read after the
 * reader's stages, from what they return: nothing in the stages depends on it.
 *
 * What a figure counts is the noun right after it in its own sentence ("60 patients"); a figure
 * with no noun there ("those 90 were children") is left alone rather than guessed at.
 */
import { GENERIC_PEOPLE, fold, stem, tokenize, type Token } from '../drafts/metrics.js';
import type { Language } from '../model/figure.js';
import { isBaselineLead, leadsToBaselineFigure } from './baselines.js';
import { loadLexicon, type LexiconEntry } from './lexicon/lexicon.js';
import type { DraftFigure, ReadText } from './record.js';
import type { UncheckedReason } from './reasons.js';
import { cut } from '../text/one-byte.js';

/** The words of restatement, as lexicon entries with examples (tests/reader/restated.test.ts runs them). */
export const RESTATED_ENTRIES = [
  {
    id: 'refers-back-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:those|these|esos|esas|estos|estas|aquellos|aquellas)(?:\s+(?:same|mismos|mismas))?\s+$/iu,
    why: 'A demonstrative before a figure ("Those 90 patients", "esos 40.000 migrantes") points back to a count the text gave already: the figure restates it.',
    examples: { reads: ['Those ', 'She said those ', 'these same ', 'De esos ', 'Estas '], not: ['the ', 'In those days, ', 'those who crossed, ', 'más de '] },
  },
  {
    id: 'definite-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:the|los|las)\s+$/iu,
    why: '"the 60 patients" may point back as "those" does, but "the" also introduces ("the 240 migrants who crossed on August 14", "more than the 2,928 of 2021"), so it is held to more (restatedFigures).',
    examples: { reads: ['The ', 'She treated the ', 'De los '], not: ['those ', 'them ', 'Del '] },
  },
  {
    id: 'reached-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:lleg(?:ó|aron|a|an|aba|aban)\s+a|alcanz(?:ó|aron|a|an|aba|aban)|super(?:ó|aron|a|an|aba|aban)|rond(?:ó|aron|a|an|aba|aban)|sum(?:ó|aron|a|an|aba|aban)|ascendi(?:ó|eron)\s+a|reached|reaches|topped|tops|hit|neared|passed|exceeded)\s+(?:the|los|las)\s+$/iu,
    why: '"la cifra llegó a las 100 mil personas", "alcanzó los 250.000", "reached the 300,000 mark": after a verb of reaching, the article is the verb\'s, and the figure is a new count, not one said again.',
    examples: { reads: ['la cifra llegó a las ', 'el flujo alcanzó los ', 'Crossings reached the '], not: ['De las ', 'she treated the ', 'llegaron '] },
  },
  {
    id: 'possessive-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:its|our|her|his|their|my|sus|nuestros|nuestras|mis)\s+$/iu,
    why: '"its 60 cots", "her four children", "our 38 staff members", "my four hearings": a count said as someone\'s is the whole of what they have, the same set wherever the text gave it before, as "All 36 lots" is; unlike "these two countries", its number may be written in words.',
    examples: { reads: ['Páez and her ', 'Our ', 'kept its ', 'sus ', 'The lesson from my '], not: ['those ', 'the ', 'hers ', 'ours '] },
  },
  {
    id: 'whole-set-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:all(?:\s+the)?|tod[oa]s(?:\s+l[oa]s)?|\p{L}{2,}['’]s)\s+$/iu,
    why: '"All 36 lots", "Guerra\'s 64 frames": a figure said as the whole of a set, or as someone\'s, is the count of a set the text may have given before, as "the" is.',
    examples: { reads: ['All ', 'pick two of Guerra\'s ', 'todos los ', 'all the '], not: ['the ', 'in 2024\'s ', 'about '] },
  },
  {
    id: 'all-of-after',
    on: 'after-figure',
    pattern: /^\s+of\s+(?:them|those|these|us)(?![\p{L}])/iu,
    why: '"All thirty of those bunks", "All 20 of them": after "all", a figure said of a set named before is the whole of it, in words or digits. (Spanish says "los 20", left to definite-before.)',
    examples: { reads: [' of those bunks', ' of them', ' of us'], not: [' of the bunks', ' bunks'] },
  },
  {
    id: 'pronoun-set-after',
    on: 'after-figure',
    pattern: /^\s+of\s+(?:them|us)(?![\p{L}])/iu,
    why: '"All 20 of them": the set is the one the sentence before counted, by a pronoun, with no noun of its own.',
    examples: { reads: [' of them', ' of us, she said'], not: [' of those bunks', ' of themselves'] },
  },
  {
    id: 'named-owner-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])\p{Lu}\p{L}+['’]s\s+$/u,
    why: '"Quintero\'s four trips": a named owner\'s whole set, its number in words as often as not.',
    examples: { reads: ['Quintero\'s ', 'He said Rangel’s '], not: ['the boatman\'s ', 'its '] },
  },
  {
    id: 'verb-form',
    on: 'word',
    match: 'lower',
    words: ['ed', 'ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas', 'aron', 'ieron'],
    why: 'The endings of a verb\'s past or participle ("assisted", "atendidas", "atendieron"): a figure whose own words repeat the verb the earlier count was told with ("our team assisted 2,840 people … the 4,100 people we assisted") counts the same set, however far back.',
    examples: { reads: ['ed', 'idas', 'ieron'], not: ['ing', 's'] },
  },
  {
    id: 'introduces-after',
    on: 'after-figure',
    pattern: /^\s+\p{L}+\s+(?:who|that|which|whose|que|quienes|cuyos|cuyas|with|seen|treated|posted|sent|held|taken|con(?!\s+(?:que|l[oa]s\s+que)\s+(?:cuenta|contaba|dispone|disponía)\b)|(?:in|on|at|from)\s+(?:this|these|este|esta|estos|estas))\b/iu,
    why: '"The 240 migrants who crossed on August 14", "the 120 patients seen by nurses", "those 12 families with young children", "her 40 photos in this gallery": words after the noun say which ones are meant; the figure is introduced, or a part, not restated.',
    examples: { reads: [' migrants who crossed', ' personas que cruzaron', ' patients seen by nurses', ' families with young children', ' photos in this gallery'], not: [' patients in one morning', ' survivors deserve more', ' camas con que cuenta el albergue'] },
  },
  {
    id: 'participle-after',
    on: 'after-figure',
    pattern: /^\s+\p{L}+\s+\p{L}{3,}(?:ed|ados|adas|idos|idas)\s+(?:at|in|on|by|during|el|en|durante|por)(?![\p{L}])/iu,
    why: '"Las 500 personas vacunadas el domingo en San Vicente", "the 500 people vaccinated at San Vicente": a participle after the noun says which ones; they restate an earlier count only when it repeats the verb that count was told with ("Las 312 consultas atendidas en las estaciones" after "las estaciones … atendieron 214 consultas") or retells it.',
    examples: { reads: [' people vaccinated at San Vicente', ' personas vacunadas el domingo', ' consultas atendidas en las estaciones'], not: [' children reached the station', ' patients in one morning', ' people who slept'] },
  },
  {
    id: 'mentioned-after',
    on: 'after-figure',
    pattern: /^\s+\p{L}+\s+(?:(?:that|which|que)\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?:mentioned|cited|quoted|referred\s+to|spoke\s+of|talked\s+about|gave|mencionó|mencionaron|citó|citaron|dio|dieron)(?![\p{L}])/iu,
    why: '"the 2,150 agents the commissioner mentioned", "los 54 migrantes que citó el alcalde": a figure that says it was given before points back, however far.',
    examples: { reads: [' agents the commissioner mentioned', ' agents that you cited', ' migrantes que citó el alcalde'], not: [' agents of Colombia\'s new task force', ' agents patrol the coast'] },
  },
  {
    id: 'not-a-noun',
    on: 'word',
    match: 'lower',
    words: [
      'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'per', 'a', 'an', 'the', 'who', 'that', 'which', 'were', 'was', 'are', 'is', 'had', 'have', 'more', 'fewer', 'less', 'percent', 'per cent', 'times', 'years', 'year', 'days', 'day', 'weeks', 'week', 'months', 'month', 'hours', 'hour', 'million', 'thousand', 'hundred', 'billion', 'cent',
      'y', 'o', 'de', 'del', 'en', 'a', 'al', 'que', 'por', 'con', 'para', 'los', 'las', 'el', 'la', 'eran', 'fueron', 'son', 'más', 'menos', 'ciento', 'veces', 'años', 'año', 'días', 'día', 'semanas', 'meses', 'mes', 'horas', 'millones', 'mil',
    ],
    why: 'What a figure counts is a noun; a figure followed by a function word, a unit of time or a multiplier ("those 65 and older", "those 40 percent", "these 10 years") names no thing counted.',
    examples: { reads: ['and', 'percent', 'años', 'de'], not: ['patients', 'survivors', 'migrantes'] },
  },
  {
    id: 'same-act-arriving',
    on: 'word',
    match: 'lower',
    words: ['arrived', 'came', 'reached', 'landed', 'disembarked', 'emerged', 'llegaron', 'arribaron', 'bajaron', 'desembarcaron', 'salieron'],
    why: 'Verbs that tell one arrival in other words: "45 migrantes que bajaron de las piraguas … los 54 migrantes que llegaron esta mañana" count the same people.',
    examples: { reads: ['arrived', 'llegaron', 'bajaron'], not: ['crossed', 'deported'] },
  },
  {
    id: 'same-act-sheltering',
    on: 'word',
    match: 'lower',
    words: ['housed', 'sheltered', 'lodged', 'hosted', 'accommodated', 'received', 'slept', 'stayed', 'acogía', 'acogió', 'acogidos', 'acogidas', 'albergaba', 'albergó', 'albergados', 'albergadas', 'alojaba', 'alojó', 'alojados', 'alojadas', 'hospedados', 'hospedadas', 'recibió', 'recibidos', 'recibidas', 'durmieron'],
    why: 'Verbs that tell one stay at a place in other words: "the station housed 37 migrants on Wednesday … the 73 people lodged there on Wednesday" count the same people.',
    examples: { reads: ['housed', 'alojadas', 'acogía'], not: ['arrived', 'deported'] },
  },
  {
    id: 'same-act-examining',
    on: 'word',
    match: 'lower',
    words: ['examined', 'reviewed', 'analysed', 'analyzed', 'studied', 'audited', 'inspected', 'checked', 'examinamos', 'examinó', 'revisamos', 'revisó', 'revisados', 'revisadas', 'analizamos', 'analizó', 'analizados', 'analizadas', 'estudiamos', 'auditamos', 'auditó'],
    why: 'Verbs that tell one review in other words: "We examined 14 grants … the 21 grants we reviewed" count the same files, the writer\'s own sample.',
    examples: { reads: ['reviewed', 'examined', 'revisamos'], not: ['received', 'found'] },
  },
  {
    id: 'period-after-noun',
    on: 'after-figure',
    pattern: /^\s*\p{L}+\s+(?:de|del|of|from|in|en|during|durante)\s+(?:ese|este|aquel|that|this|the|el)\s+(?:mismo\s+|same\s+)?(?:mes|año|semana|month|year|week)(?![\p{L}])/iu,
    why: '"Las 25.332 personas de ese mes", "the 9,400 patients of that month": the noun, then a period of its own, narrows the set to that period; it restates no earlier count that named none.',
    examples: { reads: [' personas de ese mes', ' patients of that month', ' migrants in that week'], not: [' personas que cruzaron', ' patients overran the shelter', ' people of the village'] },
  },
  {
    id: 'another-set-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:another|other|otr[oa]s|otr[oa])\s+$/iu,
    why: '"A boat carrying 26 people capsized … Another 62 people were rescued": a figure said as another set counts other people, whatever its digits.',
    examples: { reads: ['Another ', 'rescued another ', 'otras ', 'Otros '], not: ['the ', 'those ', 'brother '] },
  },
  {
    id: 'survey-people',
    on: 'word',
    match: 'stem',
    words: ['interviewees', 'respondents', 'encuestados', 'entrevistados'],
    why: 'A survey\'s people: "we interviewed 312 people … those 231 interviewees", "entrevistamos a 412 migrantes … De los 421 encuestados". Two counts with the same digits in another order, one in each noun, count the same people (src/reader/transposed.ts). Not "members", "passengers", "relatives": those name another group more often than the same one ("23 members of the gang … 32 migrants").',
    examples: { reads: ['interviewees', 'encuestados', 'respondents'], not: ['members', 'passengers', 'familiares', 'boats'] },
  },
  {
    id: 'collective-of-after',
    on: 'after-figure',
    pattern: /^\s+(?:de|of)\s+(?=\p{L}{3,})/iu,
    why: '"una veintena de lancheros", "un centenar de familias", "a dozen of its beds": after a figure said as a group ("veintena", "centenar", "dozen"), "de" or "of" leads to the noun the group counts, as the noun right after "20 lancheros" does.',
    examples: { reads: [' de lancheros', ' of its beds', ' de familias'], not: [' lancheros', ' en el río', ' of 2023'] },
  },
  {
    id: 'collective-figure',
    on: 'word',
    match: 'lower',
    words: ['decena', 'decenas', 'docena', 'docenas', 'quincena', 'veintena', 'veintenas', 'treintena', 'cincuentena', 'centena', 'centenas', 'centenar', 'centenares', 'millar', 'millares', 'dozen', 'dozens'],
    why: 'The last word of a figure said as a group: what the group counts comes after "de" or "of" (collective-of-after). Not "cuarentena" (also a quarantine) nor "score" (also a result).',
    examples: { reads: ['veintena', 'centenar', 'dozen'], not: ['veinte', 'cien', 'twelve'] },
  },
  {
    id: 'irregular-plural',
    on: 'word',
    match: 'lower',
    words: ['people', 'children', 'men', 'women', 'persons', 'staff', 'police', 'personnel', 'crew', 'feet', 'teeth', 'mice'],
    why: 'A plural without an "s": after a number it is the noun counted, not a word qualifying the next ("60 patient visits").',
    examples: { reads: ['people', 'children'], not: ['patient', 'survivor'] },
  },
] as const satisfies readonly LexiconEntry[];

export const RESTATED = loadLexicon('restated', RESTATED_ENTRIES);

const REFERS_BACK_BEFORE = RESTATED.pattern('refers-back-before');
const DEFINITE_BEFORE = RESTATED.pattern('definite-before');
const REACHED_BEFORE = RESTATED.pattern('reached-before');
const INTRODUCES_AFTER = RESTATED.pattern('introduces-after');
const NOT_A_NOUN = RESTATED.words('not-a-noun');
const MENTIONED_AFTER = RESTATED.pattern('mentioned-after');
const PARTICIPLE_AFTER = RESTATED.pattern('participle-after');
const PERIOD_AFTER_NOUN = RESTATED.pattern('period-after-noun');
const IRREGULAR_PLURAL = RESTATED.words('irregular-plural');
const WHOLE_SET_BEFORE = RESTATED.pattern('whole-set-before');
const POSSESSIVE_BEFORE = RESTATED.pattern('possessive-before');
const ALL_OF_AFTER = RESTATED.pattern('all-of-after');
const PRONOUN_SET_AFTER = RESTATED.pattern('pronoun-set-after');
const NAMED_OWNER_BEFORE = RESTATED.pattern('named-owner-before');
const VERB_ENDINGS = [...RESTATED.words('verb-form')];
const COLLECTIVE_FIGURE = RESTATED.words('collective-figure');
const COLLECTIVE_OF_AFTER = RESTATED.pattern('collective-of-after');

/** What a figure counts: the noun after it as written, and its stems for comparing. */
export interface Counted {
  readonly words: string;
  readonly stems: string;
}

export interface Restatement {
  /** The figure that refers back ("Those 90 patients"). */
  readonly figure: DraftFigure;
  /** The nearest earlier figure counting the same thing ("60 patients"). */
  readonly earlier: DraftFigure;
  readonly counted: Counted;
}

/**
 * Figures that are counts of something, as far as a restatement goes: not an age, a part of a
 * group, an addition, a forecast or a retracted figure, whose own reasons say they count no total.
 */
const COUNTS: ReadonlySet<UncheckedReason | null> = new Set([null, 'no-metric', 'no-period', 'period-unresolved', 'period-needs-date', 'as-of-needs-date', 'one-group']);

/**
 * The unit written with a figure ("40 percent", "$3 million"), not the one its metric gives it: "unas
 * 1.400 personas" read as darien-crossings is a count of people still, and "esas 2.400 personas", of
 * no metric, may restate it.
 */
export function writtenUnit(figure: DraftFigure): string | null {
  return figure.mention ? figure.mention.unit : figure.unit;
}

function isCount(figure: DraftFigure, m: string): boolean {
  if (figure.kind !== 'quantity' || figure.value === null || figure.interval === null || writtenUnit(figure) !== null || figure.comparison || figure.mention?.change || figure.mention?.age) return false;
  if (!figure.mention?.part && COUNTS.has(figure.reason)) return true;
  // "All 20 of them" reads as "20 of them", a part of a group, but "all" makes it the whole.
  return figure.reason === 'part-of-group' && isAllOf(m, figure);
}

/** The word tokens just after a figure in its sentence, with nothing but spaces before the first. */
function wordsAfter(m: string, figure: DraftFigure): Token[] {
  const tokens = tokenize(m, figure.end, Math.min(figure.sentence.end, figure.end + 60));
  if (tokens.length === 0 || cut(m, figure.end, tokens[0]!.start).trim() !== '') return [];
  return tokens;
}

/**
 * The noun a figure counts, read in its own sentence: "60 patients" is patients. In English a
 * singular word after a number above one qualifies the next ("60 patient visits" count visits),
 * so the two are taken together; a figure followed by no noun counts nothing the reader can name.
 */
export function countedNoun(m: string, figure: DraftFigure, language: Language): Counted | null {
  // "40 percent", "$3 million", "five times": a figure with a unit counts the unit, not a noun.
  if (writtenUnit(figure) !== null || figure.value === null) return null;
  const tokens = partitiveHead(m, figure, wordsAfter(m, figure));
  const first = tokens[0];
  if (!first) return null;
  const word = cut(m, first.start, first.end);
  const lower = word.toLowerCase();
  if (NOT_A_NOUN.has(lower) || /^\d/.test(word) || word.length < 3) return null;
  const plural = language === 'es' || /s$/i.test(word) || IRREGULAR_PLURAL.has(lower) || figure.value <= 1;
  const second = tokens[1];
  if (plural || !second || cut(m, first.end, second.start).trim() !== '' || NOT_A_NOUN.has(cut(m, second.start, second.end).toLowerCase())) return { words: word, stems: first.stem };
  // "18,400 medical consultations", "60 patient visits": a singular word before a plural qualifies
  // it; the plural is what is counted ("14,800 consultations" are the same; "patients" are not).
  const head = cut(m, second.start, second.end);
  if (isPlural(head)) return { words: cut(m, first.start, second.end), stems: second.stem };
  // "14 separate official releases": two words qualify the plural after them.
  const third = tokens[2];
  if (third && cut(m, second.end, third.start).trim() === '' && !NOT_A_NOUN.has(head.toLowerCase()) && isPlural(cut(m, third.start, third.end))) return { words: cut(m, first.start, third.end), stems: third.stem };
  const both = cut(m, first.start, second.end);
  return { words: both, stems: `${first.stem} ${second.stem}` };
}

const isPlural = (word: string): boolean => /s$/i.test(word) || IRREGULAR_PLURAL.has(word.toLowerCase());

/**
 * "five of the most shared claims", "four of his claims": a figure of a set counts that set's
 * noun; the words from it on are read as if they followed the figure. Not "3 of the 20 claims": a
 * set with its own count is another figure's.
 */
function partitiveHead(m: string, figure: DraftFigure, tokens: Token[]): Token[] {
  const group = COLLECTIVE_FIGURE.has(figure.text.split(/\s+/).at(-1)!.toLowerCase()) ? COLLECTIVE_OF_AFTER.exec(cut(m, figure.end, figure.end + 60)) : null;
  const of = group ?? PARTITIVE_AFTER.exec(cut(m, figure.end, figure.end + 60));
  if (!of) return tokens;
  const headAt = figure.end + of[0].length;
  return tokens.filter((token) => token.start >= headAt);
}
/** " of the most shared ", " of his ": up to the plural noun the figure counts, past at most two words before it. */
const PARTITIVE_AFTER = /^\s+of\s+(?:the|his|her|their|its|our|these|those)\s+(?:(?!\d)[\p{L}-]+\s+){0,2}?(?=[\p{L}]{3,}s\b)/u;


/** "All thirty of those bunks", "All 20 of them": the whole of a set said before, however written. */
function isAllOf(m: string, figure: DraftFigure): boolean {
  return WHOLE_SET_BEFORE.test(cut(m, Math.max(figure.sentence.start, figure.start - 40), figure.start)) && ALL_OF_AFTER.test(cut(m, figure.end, figure.end + 60));
}

/**
 * "All 20 of them" points at the count of the sentence just before it, in the same or the
 * paragraph before: only when that sentence holds one count ("eight migrants were staying there");
 * with two, "all 20" may be their sum.
 */
function soleCountBefore(figures: readonly DraftFigure[], counts: readonly DraftFigure[], at: number): DraftFigure | undefined {
  const figure = counts[at]!;
  const previous = counts.slice(0, at).filter((other) => other.sentence !== figure.sentence).at(-1);
  if (!previous || figure.sentence.paragraph - previous.sentence.paragraph > 1 || previous.per !== figure.per) return undefined;
  // Any other quantity of that sentence, counted or not ("and 12 more arrived"), may be in the set.
  const quantities = figures.filter((other) => other.sentence === previous.sentence && other.kind === 'quantity');
  return quantities.length === 1 ? previous : undefined;
}

/** How far back (in paragraphs) "the 60 patients" may point: "those" may point anywhere before. */
const DEFINITE_REACH = 2;

/**
 * The figures that refer back to an earlier one of the text, each with the earlier figure it
 * restates. Two figures of one catalogue metric are left to the registry's checks
 * (figure-conflict), which weigh their periods too.
 */
export function restatedFigures(read: ReadText, language: Language): Restatement[] {
  const m = read.masked.masked;
  const out: Restatement[] = [];
  const nouns = new Map<DraftFigure, Counted | null>();
  const nounOf = (figure: DraftFigure): Counted | null => {
    if (!nouns.has(figure)) nouns.set(figure, countedNoun(m, figure, language));
    return nouns.get(figure)!;
  };
  const counts = read.figures.filter((figure) => isCount(figure, m));
  for (const [i, figure] of counts.entries()) {
    const before = cut(m, Math.max(figure.sentence.start, figure.start - 40), figure.start);
    const owned = POSSESSIVE_BEFORE.test(before);
    const after = cut(m, figure.end, figure.end + 60);
    const writers = !/\d/.test(figure.text) && WRITERS_AFTER.test(after);
    const allOf = isAllOf(m, figure);
    if (!/\d/.test(figure.text) && !wholeSetInWords(before, owned || writers || allOf, after)) continue;
    if (allOf && PRONOUN_SET_AFTER.test(after)) {
      const earlier = soleCountBefore(read.figures, counts, i);
      const counted = earlier ? nounOf(earlier) : null;
      if (earlier && counted) out.push({ figure, earlier, counted });
      continue;
    }
    const definite = !REFERS_BACK_BEFORE.test(before) && (DEFINITE_BEFORE.test(before) || WHOLE_SET_BEFORE.test(before) || owned);
    if (!definite && !REFERS_BACK_BEFORE.test(before)) continue;
    if (definite && (leadsToBaselineFigure(before) || isBaselineLead(before) || REACHED_BEFORE.test(before))) continue;
    const counted = nounOf(figure);
    if (!counted) continue;
    const introduced = INTRODUCES_AFTER.test(cut(m, figure.end, figure.end + 40));
    let earlier: DraftFigure | undefined;
    let others = 0;
    for (let j = i - 1; j >= 0; j--) {
      const other = counts[j]!;
      if (other.sentence === figure.sentence || other.per !== figure.per || nounOf(other)?.stems !== counted.stems) continue;
      // A count the catalogue reads (crossings, arrests) is another set than "the 2,140 people our
      // teams treated" far below it; only near it may the figure point back to it ("la semana
      // pasada cruzaron unas 1.400 personas … esas 2.400 personas de la semana pasada").
      if (other.metric && figure.sentence.paragraph - other.sentence.paragraph > DEFINITE_REACH) continue;
      earlier ??= other;
      others++;
    }
    // "Las 500 personas vacunadas el domingo": a participle's set is the earlier count only if it
    // repeats that count's verb; else it may still retell it (retelling, below).
    const toldAgainOf = (other: DraftFigure): boolean => toldAgain(after, cut(m, other.sentence.start, other.sentence.end));
    if (earlier && PARTICIPLE_AFTER.test(after) && !toldAgainOf(earlier)) earlier = undefined;
    // "De los 40 socios que llegó a tener la cooperativa" after "La cooperativa llegó a tener 26
    // socios": a clause that says which ones may say it with the earlier count's own verb.
    if (earlier && introduced && !toldAgainOf(earlier) && !clauseRetold(after, cut(m, earlier.sentence.start, earlier.sentence.end))) earlier = undefined;
    if (!earlier) {
      // "the 500 people who slept at San Vicente on Sunday" introduces a count, unless every word
      // of it retells one the text gave just before.
      const retold = definite ? retelling(m, figure, counted, counts, i, nounOf) : undefined;
      if (retold) out.push({ figure, earlier: retold, counted });
      continue;
    }
    if (writers && !toldAgainOf(earlier)) continue;
    // "the 60 patients" looks back only so far, unless it says it points back ("the 2,150 agents
    // the commissioner mentioned") to what was counted once in the whole text before it, and is no
    // plain "people": "the 300 agents of Colombia's task force" is another count.
    if (definite && figure.sentence.paragraph - earlier.sentence.paragraph > DEFINITE_REACH && !pointsFarBack(m, figure, earlier, counted, others, before)) continue;
    if (figure.metric && earlier.metric) continue;
    // "vivían entonces unas 250 personas … / Las 25.332 personas de ese mes": a count narrowed to a
    // period right after its noun is another set than an earlier one that named none.
    if (figure.period && !earlier.period && PERIOD_AFTER_NOUN.test(after)) continue;
    // Two periods named that do not overlap: two counts, not one said twice. ("that August flight"
    // after "a flight on Aug. 20" is within it.)
    if (figure.period && earlier.period && (figure.period.end < earlier.period.start || earlier.period.end < figure.period.start)) continue;
    out.push({ figure, earlier, counted });
  }
  return out;
}

/**
 * Whether a number in words may restate: "these two countries" after "three countries" is more
 * often a subset than a restatement, but "her four children" is all of hers, as "all three
 * companies", "Quintero's four trips" are the whole set. `marked`: the figure is owned, is all of
 * a set ("All thirty of those bunks"), or has the writer's own clause after it ("Of the five
 * claims we checked", which restates when that clause repeats the earlier count's verb). Not "all
 * three" in a sentence that names a place ("In Turbo, all three companies", "All three shelters in
 * Darién province"): the set of that place, maybe not the one counted before.
 */
function wholeSetInWords(before: string, marked: boolean, after: string): boolean {
  return marked || NAMED_OWNER_BEFORE.test(before) || (WHOLE_SET_BEFORE.test(before) && !PLACE_OPENS_BEFORE.test(before) && !PLACE_AFTER_NOUN.test(after));
}
/** "In Colón, all three …": a place that opens the clause, just before the set. */
const PLACE_OPENS_BEFORE = /(?:^|[^\p{L}])(?:[Ii]n|[Aa]t|[Ee]n)\s+\p{Lu}[^,.;]{0,30},\s+(?:all|tod[oa]s)(?:\s+(?:the|l[oa]s))?\s+$/u;
/** "all three shelters in Chiriquí province": a place right after the set's noun. */
const PLACE_AFTER_NOUN = /^\s+\p{L}+\s+(?:in|at|en|de)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;

/**
 * The earlier count a definite figure with words of its own retells: "the 500 people who slept at
 * San Vicente on Sunday" after "350 people slept there on Sunday night", "Las 73 personas alojadas
 * el miércoles en Lajas Blancas" after "Lajas Blancas … acogía este miércoles a 37 migrantes". The
 * nearest within DEFINITE_REACH that counts the same thing (or people, the two of them), for the
 * same period named in both sentences, where every word between the noun and that period, and any
 * place just after it, is the earlier sentence's own or tells its act in other words (SAME_ACTS).
 */
function retelling(m: string, figure: DraftFigure, counted: Counted, before: readonly DraftFigure[], at: number, nounOf: (figure: DraftFigure) => Counted | null): DraftFigure | undefined {
  const words = ownWords(m, figure);
  if (!words || !figure.period) return undefined;
  for (let j = at - 1; j >= 0; j--) {
    const other = before[j]!;
    if (figure.sentence.paragraph - other.sentence.paragraph > DEFINITE_REACH) return undefined;
    const noun = nounOf(other)?.stems;
    if (other.sentence === figure.sentence || other.per !== figure.per || other.periodFrom !== 'sentence' || !other.period) continue;
    if (noun !== counted.stems && !(GENERIC_PEOPLE.has(counted.stems) && (noun === undefined || GENERIC_PEOPLE.has(noun)) && peopleCounted(m, other))) continue;
    if (other.period.start !== figure.period.start || other.period.end !== figure.period.end) continue;
    const earlierSentence = cut(m, other.sentence.start, other.sentence.end);
    const earlierStems = new Set((earlierSentence.match(/\p{L}{3,}/gu) ?? []).map(stemOf));
    if (words.every((word) => earlierStems.has(stemOf(word)) || RETELLING_FILLER.test(word) || sameAct(stemOf(word), earlierStems))) return other;
  }
  return undefined;
}

/**
 * The words a figure's own period closes, after its noun ("who slept at San Vicente" of "the 500
 * people who slept at San Vicente on Sunday"), and a place named just after the period ("en Lajas
 * Blancas"); null when its period is not named within them.
 */
function ownWords(m: string, figure: DraftFigure): string[] | null {
  // "ese domingo" resolves by the Sunday named before ('context'), but is said in this clause.
  if (!figure.periodWords) return null;
  const clause = cut(m, figure.end, Math.min(figure.sentence.end, figure.end + 90));
  const at = clause.indexOf(figure.periodWords);
  if (at < 0 || /[.;:!?,()]/.test(clause.slice(0, at))) return null;
  const place = /^\s+(?:en|in|at|a)\s+(?:\p{Lu}[\p{L}-]*\s*)+/u.exec(clause.slice(at + figure.periodWords.length))?.[0] ?? '';
  return (clause.slice(0, at) + place).match(/\p{L}{3,}/gu)?.slice(1) ?? [];
}
/**
 * Whether the clause after a figure's noun ("socios que llegó a tener la cooperativa", "members the
 * cooperative once had") is made of the earlier count's sentence's own words: it says which ones
 * in the words that counted them, so it points back rather than picking out a part.
 */
function clauseRetold(after: string, earlierSentence: string): boolean {
  const clause = after.split(/[,.;:!?()]/)[0]!;
  const words = (clause.match(/\p{L}{3,}/gu) ?? []).slice(1);
  if (words.length === 0) return false;
  const earlierStems = new Set((earlierSentence.match(/\p{L}{3,}/gu) ?? []).map(stemOf));
  return words.some((word) => !RETELLING_FILLER.test(word)) && words.every((word) => earlierStems.has(stemOf(word)) || RETELLING_FILLER.test(word));
}

/** Words a retelling may add: who did it, and how it joins ("who", "que", "our", "there"). */
const RETELLING_FILLER = /^(?:who|that|which|were|was|had|have|has|been|the|our|their|there|here|que|quienes|las|los|fueron|eran|han|habían|allí|ahí|nuestros|nuestras|sus)$/i;

/** Whether an earlier figure counts people, when the words after it name none ("acogía … a 37 migrantes" does). */
function peopleCounted(m: string, figure: DraftFigure): boolean {
  const next = /^\s+(\p{L}+)/u.exec(cut(m, figure.end, figure.end + 30))?.[1];
  return next !== undefined && GENERIC_PEOPLE.has(stem(next));
}

/**
 * Whether "the 60 patients" points back further than DEFINITE_REACH: to what was counted once in
 * the whole text before it, when it says it was given before ("the 2,150 agents the commissioner
 * mentioned"), is the whole set ("All 36 lots", "our 38 staff members"; not plain "people"), is the same someone's
 * ("Guerra's 64 frames" after "Tomás Guerra's 38 frames"), or repeats the verb the earlier count
 * was told with ("the 4,100 people we assisted" after "our team assisted 2,840 people").
 */
function pointsFarBack(m: string, figure: DraftFigure, earlier: DraftFigure, counted: Counted, others: number, before: string): boolean {
  if (others > 1) return false;
  const after = cut(m, figure.end, figure.end + 60);
  if (MENTIONED_AFTER.test(after)) return true;
  const earlierSentence = cut(m, earlier.sentence.start, earlier.sentence.end);
  if (toldAgain(after, earlierSentence)) return true;
  // "las 12 camas del puesto de salud" after "El puesto de salud … tiene seis camas": the same
  // owner's set, named as the earlier sentence named it.
  if (ownerSaidAgain(after, earlierSentence)) return true;
  if (GENERIC_PEOPLE.has(counted.stems)) return false;
  // "Our 38 staff members" after "41 staff members" at the top: all of ours, however far back.
  if (POSSESSIVE_BEFORE.test(before)) return true;
  const owner = /(\p{L}{2,})['’]s\s+$/u.exec(before)?.[1];
  if (owner) return new RegExp(`(?<![\\p{L}])${owner}['’]s(?![\\p{L}])`, 'u').test(earlierSentence);
  // "All 36 lots are sold …", not "All 12 photos in this gallery" nor "All 45 patients flown to
  // Panama City": words that narrow the set make it a part.
  return WHOLE_SET_BEFORE.test(before) && WHOLE_SET_AFTER.test(after);
}
const WHOLE_SET_AFTER = /^\s+\p{L}+\s+(?:are|were|is|was|will|would|have|had|go|went|carry|carried|son|fueron|eran|serán|van|tienen|llevan)\b/iu;

/** The writer's own clause after a figure's noun: "claims we checked", "consultations our teams gave". */
const WRITERS_AFTER = /^\s+\p{L}+\s+(?:that\s+|which\s+)?(?:we|our)\s/iu;

/**
 * Whether a figure's own words (`after` it) repeat the verb its earlier count was told with: a verb
 * of the past ("the 4,100 people we assisted", sharesVerb), or the writer's own count with any verb
 * ("the 14,800 consultations our medical teams gave", ourOwnSaidAgain).
 */
function toldAgain(after: string, earlierSentence: string): boolean {
  return sharesVerb(after, earlierSentence) || ourOwnSaidAgain(after, earlierSentence);
}

/**
 * "the 4,100 people we assisted between February and May are …" after "Between February and May our
 * team assisted 2,840 people": the later count repeats the verb the earlier was told with (by its
 * first five letters: "atendidas", "atendieron"), with the same subject where it names one ("we",
 * "our team"; not "the 1,100 people they assisted"), and nothing after the verb but a period or a
 * place before its own verb (not "the 410 people we assisted at night", a part).
 */
function sharesVerb(after: string, earlierSentence: string): boolean {
  const clause = after.split(/[.;:!?]/)[0]!;
  const verb = new RegExp(`(?<![\\p{L}])(\\p{L}{3,}(?:${VERB_ENDINGS.join('|')}))(?![\\p{L}])`, 'iu').exec(clause);
  if (!verb) return false;
  const earlierStems = new Set((earlierSentence.match(/\p{L}{3,}/gu) ?? []).map(stemOf));
  if (!fold(earlierSentence).includes(stemOf(verb[1]!)) && !sameAct(stemOf(verb[1]!), earlierStems)) return false;
  const subject = /\b(we|they|I|he|she|nosotros|ellos)\s+$/i.exec(clause.slice(0, verb.index))?.[1]?.toLowerCase();
  if (subject && !SAME_SUBJECT[subject]!.test(earlierSentence)) return false;
  const afterVerb = clause.slice(verb.index + verb[0].length);
  // "Of the five claims we checked, two were rated true": the relative clause ends at the comma.
  if (/^\s*,/.test(afterVerb)) return true;
  const rest = NOTHING_BUT_WHEN_OR_WHERE.exec(afterVerb);
  if (!rest) return false;
  // "en las estaciones esta semana" after "Las estaciones … atendieron 214 consultas en la semana":
  // the words between are the earlier sentence's own; "en el segundo punto" narrows to a part.
  return (rest[1]?.match(/\p{L}{4,}/gu) ?? []).every((word) => earlierStems.has(stemOf(word)) || WHEN_WORDS.test(word));
}
const WHEN_WORDS = /^(?:this|that|last|week|month|year|spring|summer|autumn|winter|esta|este|semana|mes|año)$/i;
const stemOf = (word: string): string => fold(word).slice(0, 5);
/** Each group of verbs that tell one act, by the first five letters of each (stemOf). */
const SAME_ACTS = (['same-act-arriving', 'same-act-sheltering', 'same-act-examining'] as const).map((id) => new Set([...RESTATED.words(id)].map(stemOf)));
/** Whether a verb (by stem) tells the act of a word of the earlier sentence in other words ("reviewed" for "examined"). */
const sameAct = (stem: string, earlierStems: ReadonlySet<string>): boolean => SAME_ACTS.some((act) => act.has(stem) && [...earlierStems].some((s) => act.has(s)));
const SAME_SUBJECT: Readonly<Record<string, RegExp>> = { we: /\b(?:we|our|us)\b/i, they: /\b(?:they|their)\b/i, i: /\b(?:I|my|me)\b/, he: /\bhe\b/i, she: /\bshe\b/i, nosotros: /\b(?:nosotros|nuestr[oa]s?)\b/i, ellos: /\bellos\b/i };
/** After the repeated verb: its own verb at once, or a period or a place first ("between February and May", "en las estaciones esta semana"). */
const NOTHING_BUT_WHEN_OR_WHERE = /^(\s*,?\s*(?:between|from|during|over|since|this|that|last|in (?:19|20)\d\d|en|durante|desde|entre|esta|este|ese|esa)\b[^,]*?)?\s+(?:are|were|is|was|made|make|form|formed|shaped|make up|arrived|came|needed|received|got|left|se|son|fueron|eran|es|fue|llegaron|necesitaron|recibieron|salieron)\b/i;

/**
 * "the 14,800 consultations our medical teams gave", "the 21 grants we reviewed": a count the
 * writer's own side made ("we", "our …") with a verb the earlier count's sentence, told of the
 * writer's side too, also used, and nothing after the verb but when ("last year") or a word of that
 * sentence: the same set. ("the 410 consultations our teams gave at night" narrows it: a part.)
 */
function ourOwnSaidAgain(after: string, earlierSentence: string): boolean {
  if (!/\b(?:we|our|us)\b/i.test(earlierSentence)) return false;
  const words = after.split(/[.;:!?,]/)[0]!.match(/\p{L}+/gu) ?? [];
  const at = /^(?:that|which)$/i.test(words[1] ?? '') ? 2 : 1;
  const subject = words[at]?.toLowerCase();
  if (subject !== 'we' && subject !== 'our') return false;
  const earlierStems = new Set((earlierSentence.match(/\p{L}{3,}/gu) ?? []).map(stemOf));
  // "we gave", "our teams gave", "our medical teams gave": the verb is the first word the earlier sentence has too.
  const verbAt = [at + 1, at + 2, at + 3].slice(0, subject === 'we' ? 1 : 3).find((v) => v > at + (subject === 'our' ? 1 : 0) && (words[v]?.length ?? 0) >= 3 && (earlierStems.has(stemOf(words[v]!)) || sameAct(stemOf(words[v]!), earlierStems)));
  if (verbAt === undefined) return false;
  // Up to the main clause's own verb ("… gave last year were paid for by donors").
  const rest = words.slice(verbAt + 1);
  const main = rest.findIndex((word) => MAIN_VERB.test(word));
  return rest.slice(0, main < 0 ? rest.length : main).filter((word) => word.length >= 3).every((word) => earlierStems.has(stemOf(word)) || WHEN_WORDS.test(word) || /^(?:the|this|that|and)$/i.test(word));
}

const MAIN_VERB = /^(?:are|were|is|was|has|have|had|will|would|could|can|may|might|must)$/i;

/**
 * "the 12 beds of the health post", "las 12 camas del puesto de salud" after "The health post has
 * six beds": the set's owner, said after the counted noun, is the earlier sentence's own (every
 * word of it, at least one of four letters or more): the same owner's whole set.
 */
function ownerSaidAgain(after: string, earlierSentence: string): boolean {
  const owner = OWNER_AFTER.exec(after.split(/[.;:!?,]/)[0]!)?.[1];
  if (!owner) return false;
  const words = owner.match(/\p{L}{4,}/gu) ?? [];
  if (words.length === 0) return false;
  const earlierStems = new Set((earlierSentence.match(/\p{L}{4,}/gu) ?? []).map(stemOf));
  return words.every((word) => earlierStems.has(stemOf(word)));
}
/** After the counted noun: "of the health post", "del puesto de salud", "con que cuenta el albergue" (the shelter's own), up to the clause's verb or end. */
const OWNER_AFTER = /^\s+\p{L}+\s+(?:of\s+the|of|at\s+the|del|de\s+la|de\s+los|de\s+las|con\s+(?:que|l[oa]s\s+que)\s+(?:cuenta|contaba|dispone|disponía)\s+(?:el|la|los|las))\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=\s+(?:no|not|are|were|is|was|have|had|has|can|could|will|would|y|and|que|se|son|eran|fueron|están|estaban|alcanzan|filled|stood)\b|\s*$)/iu;

/** Whether two counted nouns are the same thing counted. */
export function sameCounted(a: Counted | null, b: Counted | null): boolean {
  return a !== null && b !== null && a.stems === b.stems;
}
