/**
 * Finding the figures in a sentence: every number a reader would take as a claim, with its hedge
 * ("over", "nearly"), what it counts in (percent, dollars, miles, "tripled"), whether it is a rate
 * ("140 a day", "every month" several words on) or a change ("a 99% reduction", "9,000 fewer").
 *
 * The number itself is read by `readFigure` (src/model/figure.ts), the reader the registry's own
 * figures go through, so "half a million", "2.48 million" and "six-fold" mean the same in a draft
 * as in the registry. What is new here is everything around the number, and telling numbers that
 * are claims from numbers that are not: years, dates, times, ordinals, ages, page and phone
 * numbers, labels ("No. 4", "Title 42", "COVID-19"), durations ("for two years").
 *
 * A hand-written scanner rather than compromise: compromise reads numbers in words as well, but
 * costs ~270 ms to import and ~6 s per MB of text (shared/notes/text-extraction.md), against a
 * lint budget of ten `node -e 0` for a 1 MB draft; and it knows no hedges, rounding or rates.
 */
import { because, type Because } from '../reader/reasons.js';
import { HEDGES, readFigure, type FigureReading, type Hedge, type HedgeKind, type Language } from '../model/figure.js';
import type { RateBasis, RateUnit } from '../model/types.js';
import { SPANISH_NUMBER_WORDS } from '../model/numbers-es.js';
import { keyed } from './keyed.js';
import { EN } from '../reader/lexicon/en.js';
import { cut } from './one-byte.js';

export type ExplicitUnit = 'percent' | 'percentage-points' | 'USD' | 'GBP' | 'EUR' | 'miles' | 'km' | 'years' | 'times';

export interface Change {
  readonly kind: 'ratio' | 'difference' | 'percent-change';
  readonly direction: 'increase' | 'decrease' | null;
}

/** A number read in a sentence, with its hedge and rounding: a figure's, or a duration's. */
interface NumberMention {
  /** Offsets in the file: from the hedge (or "$") to the end of the number and its "%" or "-fold" (a duration's: its unit). */
  readonly start: number;
  readonly end: number;
  readonly numberStart: number;
  /** As written: "Over half a million", "nearly tripled", "99%", "$3 million"; a duration's number, "about three". */
  readonly text: string;
  readonly value: number;
  readonly step: number;
  readonly hedge: Hedge;
}

export interface FigureMention extends NumberMention {
  readonly unit: ExplicitUnit | null;
  /** "65-year-old", "Mulino, 65, has": an age. Not a claim for lint; extract offers it when a metric counts ages. */
  readonly age: boolean;
  /**
   * Why the figure counts only part of what the sentence names, or no count at all: "two of the
   * migrants", "one in five migrants", "groups of 50". It gets no metric, so it is reported as
   * unchecked rather than set against the sentence's total. Null for an ordinary figure.
   */
  readonly part: Because | null;
  readonly per: RateUnit | null;
  readonly perWords: string | null;
  /** What the words around say of it as a rate: "at its peak" (peak), "today" (spot), "an average of". */
  readonly basis: RateBasis | null;
  readonly change: Change | null;
  /** "from 2,461 ..." / "... to 140": the two ends of a change. */
  readonly from: boolean;
  readonly to: boolean;
  /** A verb of change before "from" ("decreased from"), with its direction. */
  readonly changeVerb: 'increase' | 'decrease' | null;
  /**
   * "8 or 9", "between 2,000 and 3,000", "2,000–3,000", "two to three million": a range, read as
   * one figure from its low end to its high end, each end with its own rounding. Null otherwise.
   */
  readonly range?: { readonly low: RangeEnd; readonly high: RangeEnd } | null;
}

/**
 * "nine days", "those fourteen days", "sus seis horas": a number that counts a span of time. It is
 * no figure (findFigures drops it), but a draft that gives one span twice must give it alike, so
 * the reader keeps it aside (src/reader/durations.ts).
 */
export interface DurationMention extends NumberMention {
  readonly range: { readonly low: RangeEnd; readonly high: RangeEnd } | null;
  /** The unit of time, in the singular and in English, whatever the language: "day", "hour". */
  readonly unit: string;
}

export interface RangeEnd {
  readonly value: number;
  readonly step: number;
}

const HEDGE_AT_END = new RegExp(
  `(?:^|[^\\p{L}])(${HEDGES.map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|')})\\s+$`,
  'iu',
);
const HEDGE_KIND = new Map<string, HedgeKind>(HEDGES.map(([w, k]) => [w, k]));
const HEDGE_LONGEST = Math.max(...HEDGES.map(([w]) => w.length));

/**
 * The hedges lower-cased, longest first (the order in which HEDGE_AT_END's alternatives are
 * tried), by their last character: only those that end as the text does can end it.
 */
const HEDGE_WORDS = new Map<number, string[]>();
for (const word of HEDGES.map(([w]) => w.toLowerCase()).sort((a, b) => b.length - a.length)) {
  const last = word.charCodeAt(word.length - 1);
  HEDGE_WORDS.set(last, [...(HEDGE_WORDS.get(last) ?? []), word]);
}
const NON_ASCII = /[^\x00-\x7f]/;

/** Where the white space that ends `text` starts: text.length when it ends in none (`\s+$` cannot match). */
function trailingSpaceStart(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** `\s` on one UTF-16 code unit: by its code where it is ASCII, by the regex otherwise. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

/** An ASCII letter: all that `\p{L}` is among ASCII characters, in any case. */
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * The hedge that ends `head` before its last white space ("more than" of "… by more than "), as
 * HEDGE_AT_END finds it: its start in `head` and its words as written.
 *
 * Compared by hand where the hedge and the character before it are ASCII, which is nearly always:
 * the regex, with its Unicode flag, cost more to compile and to run than the rest of the look back.
 * It is the same match. Every hedge ends in a letter, so a match ends where the trailing white space
 * starts; of the hedges that end there, the longest whose start is the text's or follows a non-letter
 * starts leftmost, and the leftmost match is the one exec returns. Among ASCII characters the Unicode
 * case folding of the `iu` flags is lower-casing, and `\p{L}` is [A-Za-z]. Anything else (a hedge
 * with an accent, "más de"; a non-ASCII character before one) goes to the regex.
 */
function hedgeAtEnd(head: string): { readonly start: number; readonly words: string } | null {
  const end = trailingSpaceStart(head);
  if (end === head.length) return null;
  const from = Math.max(0, end - HEDGE_LONGEST - 1);
  const tail = head.slice(from, end);
  if (NON_ASCII.test(tail)) return hedgeByRegex(head, end);
  const lower = tail.toLowerCase();
  for (const word of HEDGE_WORDS.get(lower.charCodeAt(lower.length - 1)) ?? []) {
    if (!lower.endsWith(word)) continue;
    const start = end - word.length;
    if (start > 0 && isAsciiLetter(head.charCodeAt(start - 1))) continue;
    return { start, words: head.slice(start, end) };
  }
  return null;
}

/**
 * HEDGE_AT_END, tried on the end of `head` only: an end-anchored regex is otherwise tried from
 * every position of the text before the number. A hedge and the white space after it fit in the
 * last HEDGE_LONGEST + spaces characters, and the one character before those is all that
 * `(?:^|[^\p{L}])` reads, so the cut changes no match.
 */
function hedgeByRegex(head: string, end: number): { readonly start: number; readonly words: string } | null {
  let cut = end - HEDGE_LONGEST - 1;
  // Never between the halves of a surrogate pair: a lone half would pass for a non-letter.
  const unit = head.charCodeAt(cut);
  if (unit >= 0xdc00 && unit <= 0xdfff) cut--;
  if (cut < 0) cut = 0;
  const match = HEDGE_AT_END.exec(cut === 0 ? head : head.slice(cut));
  return match ? { start: cut + match.index + match[0].indexOf(match[1]!), words: match[1]! } : null;
}

/**
 * Whether `text` may end with `word` (lower-case ASCII) and white space, as an end-anchored regex
 * with the `iu` flags reads it ("…\s+las\s+$"): false only where the characters before the white
 * space are ASCII and are not the word in any case, so the regex is tried only where it may match.
 */
function mayEndWith(text: string, word: string): boolean {
  const end = trailingSpaceStart(text);
  if (end === text.length) return false;
  const tail = text.slice(Math.max(0, end - word.length), end);
  return NON_ASCII.test(tail) || tail.toLowerCase() === word;
}

/**
 * "the " of "more than the ": the article that ends `text` before its last white space, with that
 * space (ARTICLE_AT_END's match), or null. By hand where it is ASCII, as hedgeAtEnd says why: the
 * leftmost match is the longest article that ends where the white space starts and follows the
 * text's start or a non-letter (the lookbehind).
 */
const ARTICLE_AT_END = /(?<![\p{L}])(?:an?|the|el|la|un|una)\s+$/iu;
const ARTICLES = ['the', 'una', 'an', 'el', 'la', 'un', 'a'];
function articleAtEnd(text: string): string | null {
  const end = trailingSpaceStart(text);
  if (end === text.length) return null;
  const tail = text.slice(Math.max(0, end - 4), end);
  if (NON_ASCII.test(tail)) return ARTICLE_AT_END.exec(text)?.[0] ?? null;
  const lower = tail.toLowerCase();
  for (const word of ARTICLES) {
    if (!lower.endsWith(word)) continue;
    const start = end - word.length;
    if (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) continue;
    return text.slice(start);
  }
  return null;
}
/** The last word of each hedge ("than" of "more than"): the end-anchored search runs only after one. */
const HEDGE_LAST_WORDS = new Set(HEDGES.map(([w]) => w.split(' ').at(-1)!.toLowerCase()));

// "nearly double", "twice as many": ratios as adjectives; not "double-digit" or "twice a week".
// "a tenfold increase": a multiplier written as one word.
const NUMBER_WORDS =
  '(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)fold|doubles|triples|quadruples|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|doubled|tripled|trebled|quadrupled|quintupled|sextupled|halved|(?:double|triple|quadruple)(?![-\\w])|twice(?!\\s+(?:a|an|per|each|every|daily|weekly|in|on|over)\\b)';
/** Where a number may start: a digit, a number word, or "a"/"an" before a scale ("a million"). */
// "a quarter of a million" starts at its "a"; "three-quarters" and "two-thirds" at their number word,
// which readFigure reads with the fraction.
// Spanish ratios and numbers in words ("el doble", "se duplicó", "medio millón"): their accented
// endings are not \w, so they end at a non-letter rather than at \b.
// Cardinals in words ("cuarenta y tres por ciento", "mil 637"): numbers-es.ts reads them.
// "un tercio de la de 2023", "la mitad de esa cifra": a fraction of a figure (readFigure decides).
const NUMBER_WORDS_ES = `(?:doble|cu[aá]druple|qu[ií]ntuple|s[eé]xtuple|(?:duplic|triplic|cuadruplic|quintuplic|sextuplic)(?:aron|aban|aba|ó|an|a)|medio(?= millón)|(?:un|el)(?= cuarto de millón)|(?:la|una?)(?= (?:mitad|tercio|tercera parte|cuarta parte|quinta parte|décima parte|centésima parte|milésima parte) de)|(?:una?|media)(?= (?:decena|docena|quincena|veintena|treintena|cuarentena|cincuentena|centena|centenar|millar) de )|${SPANISH_NUMBER_WORDS})(?![\\w\\u00c0-\\u024f])`;
const CANDIDATE_EN = new RegExp(`\\d|\\b(?:${NUMBER_WORDS}|an?(?=\\s+(?:(?:half|quarter of an?|third of an?)\\s+)?(?:hundred|thousand|million|billion)\\b)|an?(?=\\s+(?:third|quarter|fifth|tenth|hundredth|thousandth|dozen)\\b))\\b`, 'gi');
// English text is scanned without the Spanish words: the scan runs over every sentence of a 1 MB draft.
const CANDIDATE_ES = new RegExp(`${CANDIDATE_EN.source}|\\b${NUMBER_WORDS_ES}`, 'gi');
const PROBE_EN = new RegExp(CANDIDATE_EN.source, 'gi');
const PROBE_ES = new RegExp(CANDIDATE_ES.source, 'gi');
/** A cheap test before the scanner runs: does the sentence hold a number at all? */
export const HOLDS_NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS}|hundred|thousand|million|billion|third|quarter|fifth|tenth|hundredth|thousandth|dozen)\\b`, 'i');
export const HOLDS_NUMBER_ES = new RegExp(`${HOLDS_NUMBER.source}|\\b${NUMBER_WORDS_ES}`, 'i');

/** Words before a number that make it a label ("page 12", "No. 4", "Title 42", "extension 4417"), not a quantity. */
// "The top three were in August-October 2021", "the top 10 nationalities": a rank, not a count.
const LABELS = new Set(
  'top page pages p. pp. paragraph para. chapter section article title no. nos. number route highway interstate flight room gate resolution law decree order act phase grade category class round stage episode season volume vol. issue item exhibit figure fig. table line platform door suite apartment apt. unit model version v. level box district ward precinct lot block tier type week day kilometer kilometre km milepost marker exit extension ext. ext extensión'.split(' '),
);
/** A label word, a number and the joiner of a range, just before a number: "páginas 48 a ", "pages 12-". */
const LABEL_RANGE_BEFORE = keyed(/(?:^|[^\p{L}])(\p{L}+\.?)\s+\d{1,4}\s*(?:-|–|to|through|a|al)\s*$/iu, /\d\s*(?:-|–|to|through|a|al)\s*$/iu);
/** Label words that are verbs too ("block", "line", "exit"), read as verbs after a subject. */
const VERB_LABELS = new Set(['block', 'line', 'order', 'exit', 'table']);
/** A label word (one of VERB_LABELS, the last word) after a word of its clause ("wire now block", "agents line"): not "of block 8", "on line 12", "see Table 4". */
const VERB_LABEL_BEFORE = /(?<![\p{L}])(?!(?:of|in|on|at|the|a|an|from|to|by|per|and|or|see|for|with|this|that)\s)\p{L}+\s+\p{L}+\s+$/iu;
/** "esta ruta ", "this route ": a demonstrative, then the word just before the number. */
const DEMONSTRATIVE_WORD_BEFORE = /(?:^|[^\p{L}])(?:this|that|esta|esa|este|ese|aquella|aquel)\s+\p{L}+\.?\s+$/iu;
const COUNTED_PLURAL_AFTER = /^\s+(?:more\s+|other\s+|of\s+the\s+)?[a-z]{3,}s\b(?!\s+(?:of|in|on|at)\s+(?:the\s+)?(?:page|table|report)\b)/;
/** "every day", "each week", "a day", "per week" just before a number: how often, not a label. */
const HOW_OFTEN_BEFORE = /\b(?:every|each|a|per|one)\s+(?:day|week)\s*$/i;
/** The same in Spanish: "calle 50", "número 23", "la ley 80", "el vuelo 2031", "kilómetro 12". */
for (const word of 'calle avenida av. vía carretera ruta número núm. nro. no. página páginas pág. págs. capítulo capítulos artículo artículos título títulos ley decreto resolución vuelo piso edificio apartamento casa oficina local lote manzana sector grado fase etapa temporada kilómetro kilómetros km tabla cuadro gráfico línea puerta sala'.split(' ')) LABELS.add(word);
/** "Mulino" of "Mulino, ": the word before a trailing comma, as written. */
function wordBeforeComma(text: string): string {
  return /([\p{L}’'.-]+),[ \t]*$/u.exec(text)?.[1] ?? '';
}

/** The last word of `text`, lower-cased ("No." keeps its dot). A backward scan: an end-anchored regex rescans from every position. */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  let start = end;
  for (; start > 0; start--) {
    const c = text.charCodeAt(start - 1);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f));
    if (!letter) break;
  }
  return text.slice(start, end).toLowerCase();
}

const AGE_LIMIT_AFTER = /^\s*(?:years?(?:\s+old|\s+of\s+age)?)?\s*(?:[.,;:)!?]|$|and\b|or\b)/i;
/** "She was 29 when the Cubans came through": the age someone was when something happened (a person's, not a limit's). */
const AGE_WHEN_AFTER = /^\s*(?:years?(?:\s+old|\s+of\s+age)?)?\s*when\b/i;

/** A number of one or two digits at i ("18", not "18,000" or "180"). */
function reading_isSmall(sentence: string, i: number): boolean {
  return /^\d{1,2}(?!\d|[,.]\d)/.test(sentence.slice(i, i + 4));
}

// "**65** — his age on inauguration day": a list's figure glossed as someone's age.
const AGE_AFTER = /^(?:[- ]years?[- ]old\b|-year-olds?\b| years? of age\b|-month-old\b|(?:\*\*|__)?\s*(?:[—–:]|\s-)\s*(?:his|her|their|the\s+\p{L}+['’]s)\s+age\b)/iu;
// "turns 66 this month", "turned 65": a birthday, so an age (Spanish "cumple" is in AGE_BEFORE_ES).
const AGE_BEFORE = /\b(?:aged?|ages|turns|turned|turning)\s*$/i;
/** "her daughters, ages 4 and 9", "aged 3, 7 and 11": the later ages of a list after "ages". */
const AGES_LISTED_BEFORE = /\b(?:aged|ages)\s+\d{1,2}(?:\s*,\s*\d{1,2})*(?:\s*,\s*|\s*,?\s*(?:and|or|to|y|e|a)\s+)$/i;
/** "a daughter who was 4.", "He is 67, and": a person's age said by a verb of being, at a clause's end. */
// "My nephews are now 8 and 11": a relative's age, and the ages listed after the first.
const PERSON_IS_BEFORE = /\b(?:who|he|she|I|you|(?:my|his|her|their|our)\s+(?:sons?|daughters?|children|kids|nephews?|nieces?|grandchildren|grandsons?|granddaughters?|brothers?|sisters?|twins|boys|girls))\s+(?:is|was|am|are|were)(?:\s+(?:now|then|only|just))?(?:\s+\d{1,2}(?:,|\s+and))*\s+$/i;
/** A number in words is an age only of one person ("my daughter, who is four,"; not "the smugglers, who were six,"). */
const ONE_PERSON_IS_BEFORE = /\b(?:who|he|she|I)\s+(?:is|was|am)\s+$/i;
const DURATION_AFTER =
  /^[\s-]+(?:(?:more|fewer|less|additional|other|full|straight|consecutive|long|short)\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|generations?)\b(?!\s+(?:ago|earlier|later|old)\b|[- ](?:on|over)[- ](?:year|month|week)\b)/i;
/** Spanish: "de 65 años", "tiene 65 años", "65 años de edad" is an age; "durante tres años" a duration. */
const AGE_AFTER_ES = /^\s+años\s+de\s+edad(?![\p{L}])/iu;
const AGE_YEARS_AFTER_ES = /^\s+años(?![\p{L}])/iu;
const KIN_DE_BEFORE_ES = /(?:^|[^\p{L}])(?:hij[oa]s?|niñ[oa]s?|beb[ée]s?|niet[oa]s?|herman[oa]s?|sobrin[oa]s?)\s+de\s+$/iu;
const NO_NOUN_AFTER_ES = /^\s*(?:$|[,.;:)]|y\s|e\s)/u;
const AGE_BEFORE_ES = /(?:,\s*de|(?:^|[^\p{L}])(?:tiene|tenía|tenia|cumplió|cumple|edad de|de apenas))\s+$/iu;
const DURATION_AFTER_ES = /^[\s-]+(?:segundos?|minutos?|horas?|días?|dias?|noches?|semanas?|mes|meses|años?|décadas?|siglos?)(?![\p{L}])(?!\s+(?:atrás|antes|después|más tarde)(?![\p{L}]))/iu;
/** A unit of time as written, by its first three letters, in the singular and in English. */
const TIME_UNIT: Readonly<Record<string, string>> = { sec: 'second', seg: 'second', min: 'minute', hou: 'hour', hor: 'hour', day: 'day', día: 'day', dia: 'day', nig: 'night', noc: 'night', wee: 'week', sem: 'week', mon: 'month', mes: 'month', yea: 'year', año: 'year', dec: 'decade', déc: 'decade', cen: 'century', sig: 'century', gen: 'generation' };

/** The unit of a duration ("nine days" → "day") and where its word ends in `after`, or null for no duration. */
function durationAfter(after: string, language: Language): { readonly unit: string; readonly length: number } | null {
  const found = DURATION_AFTER.exec(after) ?? (language === 'es' ? DURATION_AFTER_ES.exec(after) : null);
  if (!found) return null;
  const word = /\p{L}+$/u.exec(found[0])![0].toLowerCase();
  return { unit: TIME_UNIT[word.slice(0, 3)] ?? word, length: found[0].length };
}
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const UP_DOWN_PREDICATE = /(?:[:–—]|\b(?:was|were|is|are|been|stood|ran|came in))\s+(?:up|down)\s+$/i;
const RUN_INTO_WORD = /^(?!(?:million|billion|thousand|millones|percent|miles|kilometers|kilometres)\b)\p{L}{4,}/iu;
/** "10 a.m.", "10pm", "9.30 p.m.", "10 o'clock": a time of day. */
const TIME_OF_DAY = /^\d{1,2}(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.|[ap]\.m\b|[ap]m\b|o['’]clock\b)/i;
/**
 * "until six in the morning", "a las seis de la mañana", "at 6 in the evening": an hour said in
 * words, or after "a las"; not a count.
 */
const TIME_IN_WORDS_AFTER = /^\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|de\s+la\s+(?:mañana|tarde|noche|madrugada)|y\s+media|y\s+(?:cuarto|\p{L}+)\s+de\s+la\s+(?:mañana|tarde|noche|madrugada))(?![\p{L}])/iu;
// "Son las cinco y veinte de la mañana": the hour after "son las", and its minutes after "y".
const TIME_IN_WORDS_BEFORE = /(?:^|[^\p{L}])(?:a|hasta|desde|de|antes de|después de|son|eran|era|es)\s+las\s+$/iu;
const MINUTES_BEFORE = /(?:^|[^\p{L}])las\s+\p{L}+\s+y\s+$/iu;
/** "a 575,000-hectare jungle", "1,500 square miles", "5.000 hectáreas": an area, never a count. */
const AREA_AFTER = /^[\s-]+(?:(?:square|sq\.?)[\s-]+(?:miles?|kilometers?|kilometres?|km)|hectares?|acres?|hectáreas?|kilómetros\s+cuadrados|km2|km²)(?![\p{L}])/iu;
/**
 * "the migrant, 40, crossed", "Mulino, 65, has": a small whole number set off by commas after a
 * word may be an age, but "In March, 44, including nine children, died" is a count. Such a number
 * is not read as a count of the sentence's metric; it is reported as unchecked.
 */
// "José Raúl Mulino, now 66, took office": "now" before the age too, after a name.
const APPOSITIVE_BEFORE = /(?:\p{Lu}\p{Ll}+,[ \t]*(?:now|ahora)[ \t]+|\p{L}[’'.]?,[ \t]*)$/u;
const APPOSITIVE_AFTER = /^[ \t]*,/;
/** "…, said Chamorro, 52.": a name, a comma and a number that ends the sentence. */
const APPOSITIVE_END_AFTER = /^[ \t]*\.(?=\s|$)/;
const NAME_COMMA_BEFORE = /(?:^|[^\p{L}])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Then|Now|Today|Yesterday|In|By|On|At),)\p{Lu}\p{Ll}+,[ \t]*$/u;
/** The first number of a proportion: "one", "nine", "1" to "10" alone (not the "000" of "5,000"). */
const PROPORTION_NUMERATOR = '(?:one|two|three|four|five|six|seven|eight|nine|ten|(?<!\\d|\\d[,.])(?:10|[1-9])(?!\\d|[,.]\\d))';
/** Its second: a number word or digits ("five", "10", "1,000"), but not a year ("5 in 2023"). */
const PROPORTION_DENOMINATOR = '(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|(?!(?:1[89]|20)\\d\\d\\b)\\d[\\d,]*)';
/**
 * "30 more people were charged", "another 30": an addition to a count, not the count. ("9,000 more
 * than" is a difference; "20 other representatives" is a count.)
 */
// "50,000 more migrants crossed the Darién in 2022 than in 2021" is still a difference: the
// "than" may come eight words on, within the clause.
const ADDITIONAL_AFTER = /^\s+more\b(?!(?:\s+[\p{L}\p{N}’'-]+){0,8}\s+than\b)/iu;
// "Llegaron 115.000 cruces más en 2022": Spanish puts "más" after the noun; with no "que" or "de
// los que" after it, nothing says what it is more than ("más de un año a otro" is a difference).
const ADDITIONAL_AFTER_ES = /^\s+(?:(?:personas|migrantes|cruces|ingresos|viajeros|entradas)\s+)?más(?![\p{L}])(?!\s+(?:que|del?\s+(?:l[oa]s?|lo)\b|(?:[\p{L}\p{N}]+\s+){0,6}que\b))/iu;
/** "two of the migrants", "113,000 of them": a part of a group the sentence names. */
// "Among the Venezuelans who crossed last year, 209,000 were …", "De ese total, 6.100 corresponden a
// …": the group may be named without a number too. (Spanish "De" and "Entre" need a determiner.)
/** "Each of the 16 boats", "Every boat", "Cada una de las 16 lanchas": a sentence about each member of a group. */
const EACH_OPENING = /^\W*(?:each|every|cada)\s+(?!(?:day|week|month|year|morning|night|evening|time|día|semana|mes|año|noche|vez)\b)(?:(?:one|una|uno)\s+)?(?:(?:of|de)\s+(?:the|those|these|its|their|los|las|sus)\s+)?(?:[\d.,]+\s+)?(?=\p{L})/iu;
/** "carries two motors", "lleva dos motores": what each member has; not "was far below the 520,085". */
/**
 * "4,702 and 4,262 add up to 8,964": a sum's verb; "push the count back up to 22,102", "climbed up
 * to 25,000": where a count went. Either way "up to" there is not "at most".
 */
const VERB_UP_TO = /\b(?:add(?:s|ed|ing)?|sum(?:s|med|ming)?|total(?:s|ed|led|ing|ling)?|back|push(?:ed|es|ing)?|climb(?:ed|s|ing)?|went|go(?:es)?|jump(?:ed|s)?|shot|soar(?:ed|s)?|rose|rise[sn]?|bounc(?:ed|es))\s+up\s+to\s*$/i;
const HAS_BEFORE = /(?:^|[^\p{L}])(?:carries|carry|carried|has|have|had|holds|hold|held|gets|got|receives|received|brings|brought|lleva|llevan|llevaba|tiene|tienen|tenía|recibe|reciben|recibió|cuenta con|cuentan con)\s+(?:(?:about|some|up to|at least|unos|unas|hasta)\s+)?$/iu;
/** Where the clause that starts at `from` ends: its first comma, semicolon or the sentence's end. */
function clauseEndAfter(sentence: string, from: number): number {
  const found = /[,;:]\s|[–—]/.exec(sentence.slice(from));
  return found ? from + found.index : sentence.length;
}
// "De acuerdo con las autoridades, de los 501.297 migrantes …, la venezolana …": a source said
// first leaves the group still opening the sentence.
const OF_THE_OPENING = /^\W*(?:(?:According\s+to|Según|De\s+acuerdo\s+con)\s[^,;:.]{1,80},\s+)?(?:Of|Among|De|Entre)\s+(?:the|those|these|all|ese|este|esos|estos|esas|estas|los|las)\s+\S/i;
// "more than 80,000 of the year's crossings": a share of the flow's own tally is a count of it, for
// the sentence's period (the months it names), not a part of some group.
const THRESHOLD_AFTER = /^[\s-]+(?:mark|threshold|barrier|milestone|barrera|umbral)(?![\p{L}])/iu;
/** A year written in digits ("2023"). */
export const YEAR_DIGITS = /\b(?:19|20)\d\d\b/;
/** "the better part of a million people in two years", "en dos años": a count over years the sentence does not name. */
const SEVERAL_YEARS_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?((?:in|over|across|within|en|durante)\s+(?:those\s+|these\s+|esos\s+|estos\s+|apenas\s+|solo\s+|just\s+|only\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|[2-9]|1\d)\s+(?:years|años))(?![\p{L}])/iu;
/** "for a running total of", "the running tally reaches roughly", "un acumulado de": a running total's words, just before its figure. */
const RUNNING_TOTAL_BEFORE = keyed(/((?:running|cumulative|combined|accumulated)\s+(?:total|tally|count|sum)|(?:total\s+|suma\s+|cifra\s+)?acumulad[oa])(?:\s+(?:of|to|at|is|was|stands\s+at|stood\s+at|nears|neared|reaches|reached|tops|topped|passes|passed|hits|hit|climbs\s+to|climbed\s+to|comes\s+to|came\s+to|rises\s+to|rose\s+to|de|es\s+de|fue\s+de|llega\s+a|llegó\s+a|ronda|supera|asciende\s+a|ascendió\s+a))?\s+(?:(?:roughly|about|nearly|almost|some|more\s+than|over|just\s+over|just\s+under|around|casi|unos|unas|más\s+de|cerca\s+de|alrededor\s+de|los|las)\s+)?$/iu, /running|cumulative|combined|accumulated|acumulad/iu);
// "the count never reached 31,000 until the surge", "nunca superó los 31.000": a line the count
// stayed under, over years the sentence may not name, not the count of any one of them.
/** "the first year above 200,000", "el primer año por encima de los 200.000": a mark passed, not the count. */
const FIRST_PAST_BEFORE = /(?:^|[^\p{L}])(?:(?:the\s+)?first\s+(?:year|month|week|time|day)\s+(?:(?:it|that|crossings|the\s+flow)\s+(?:\p{L}+\s+)?)?(?:above|over|below|under|past|(?:topped|exceeded|passed|surpassed)(?:\s+the)?)|(?:el\s+)?primer\s+(?:año|mes)\s+(?:por\s+encima|por\s+debajo)\s+de(?:\s+(?:los|las))?|(?:la\s+)?primera\s+vez\s+(?:que\s+)?(?:super[óa]|rebas[óa]|pas[óa]\s+de)(?:\s+(?:los|las))?)\s+$/iu;
/** "**Menos de 31.000.** Ningún año entre 2015 y 2020 alcanzó esa cifra": a mark no year reached, glossed after it. */
const NEVER_REACHED_AFTER = /^\.?(?:\*\*|__)\s+(?:ningún|ninguno|no)\s+(?:año|mes|year|month)\b[^.;]{0,60}?\b(?:alcanzó|superó|rebasó|llegó\s+a|reached|topped|exceeded|passed|hit)\s+(?:esa|esta|that|this)\s+(?:cifra|marca|figure|mark|number|level)(?![\p{L}])/iu;
const NEVER_REACHED_BEFORE = /(?:^|[^\p{L}])(?:never|nunca)\s+(?:again\s+|más\s+)?(?:reached|topped|exceeded|passed|surpassed|hit|broke|alcanzó|superó|rebasó|llegó\s+a)\s+(?:the\s+|los\s+|las\s+)?$/iu;
// "32 motores fuera de borda, dos por embarcación", "two per boat": the size of each, not a total.
const PER_UNIT_AFTER = /^\s+(?:per|a|each|por|cada)\s+(?:boat|vessel|launch|family|person|embarcación|lancha|bote|barco|familia|persona)(?![\p{L}])/iu;
// Not a share of a longer span's total ("(some 56 percent of all crossings recorded since 2015)").
const SHARE_OF_TOTAL_AFTER = /^[^.()]{0,100}\(((?:about |some |nearly |almost |cerca del? |casi |el |un )?\d[\d.,]*\s*(?:%|percent|per cent|por ciento)\s+(?:of|del?)\s+(?:the\s+|los\s+|las\s+)?(?:total|all|todos|todas))\b(?![^)]*\b(?:since|desde|between|entre|from)\b)/i;
// "The three months from August through October accounted for more than 90,000 of them", "Enero
// y febrero sumaron 8.964 de ellos": a span of time that accounts for part of a total is a part in
// time, that span's count, not a group's.
const SPAN_SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:months?|weeks?|days?|quarter|half|January|February|March|April|May|June|July|August|September|October|November|December|meses|semanas|días|trimestre|semestre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?![\p{L}])[^,;.]{0,60}?\s(?:accounted\s+for|made\s+up|represented|contributed|supplied|sumaron|representaron|aportaron)\s+(?:(?:about|some|nearly|almost|more\s+than|over|roughly|just\s+over|unos|unas|casi|más\s+de)\s+)?$/iu;
// "the 520,085 of the year before", "of the same period", "the 6,465 of the pandemic year": "of" a
// period says when, not of what group.
// "3.418 personas, 1.106 de ellas menores de edad": "of them", a part of the count before.
// "cerró seis de los siete pasos", "unos 2.000 de los 3.000 migrantes", "300 de los migrantes que llegaron": a part.
// "Dos de los meses más intensos de 2021": a part picked out by a superlative.
// "nearly 29,000 of last year's crossers were children": a part the predicate names.
const PARTITIVE_AFTER = /^\s+de\s+(?:ellos|ellas)(?![a-záéíóúñ])|^\s+de\s+(?:los|las|esos|esas|estos|estas)\s+(?:\d|(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|cien)\b|[a-záéíóúñ]+\s+(?:que|quienes|más|menos|mayores|menores)\b)|^\s+of\s+(?:(?:last|this|that)\s+(?:year|month)|(?:19|20)\d\d)['’]s\s+[a-z]+(?:\s+[^,.;:]{1,30}?)?\s+(?:were|are|was|is)\s|^\s+of\s+(?:the|them|those|these|whom|which|their|its)\b(?!\s+(?:year|month|(?:19|20)\d\d)['’]s\s+(?:crossings|total|count|tally|flow|arrivals|transits)\b)(?!\s+(?:(?:entire|whole|full)\s+)?(?:(?:previous|prior|same|following|pandemic|pre-pandemic|record|election|peak|busiest|quietest)\s+)?(?:year|month|week|period|months|weeks|days)(?:\s+(?:before|earlier|prior|ago))?(?![\w'’]))/i
// Spanish gives the share with its article: "de las 204.986 personas …, el 71,8 % o 147.203, son venezolanos".
// "de los cuales, el 74%, es decir mil 166": the share glossed as a count is the same part.
const SHARE_OR_BEFORE = keyed(/\bof (?:which|whom|them)\s+(?:about\s+|some\s+|nearly\s+)?[\d.,]+\s*(?:%|percent)\s+(?:or|,)\s+(?:about\s+|some\s+|nearly\s+)?$|(?:^|[^\p{L}])el\s+[\d.,]+\s*(?:%|por\s+ciento)\s*(?:o|,)\s+(?:es\s+decir,?\s+|o\s+sea,?\s+)?(?:unos\s+|unas\s+|casi\s+)?$|\b[\d.,]+\s*(?:%|percent)\s*,?\s+(?:that\s+is|i\.e\.),?\s+(?:about\s+|some\s+|nearly\s+)?$/iu, /%|percent|por\s+ciento/iu);
/**
 * "one in five migrants", "one migrant in three", "1 in 10", "nine out of 10": a proportion, not a
 * count. Its first number is ten or less, so "deported 390 in three flights" is a count; "in 10
 * days" is a span of time.
 */
const PROPORTION_AFTER = new RegExp(`^\\s+(?:in|out\\s+of|of\\s+every)\\s+(?:every\\s+)?${PROPORTION_DENOMINATOR}\\b(?!\\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\\b)`, 'i');
const PROPORTION_AFTER_ES = /^\s+de\s+cada\s+[\p{L}\p{N}]+/iu;
/**
 * "two motors per boat", "dos motores por embarcación", "40 people for each boat": what each member
 * of a group has, a proportion, not a count. Not a rate ("140 a day", "120 por día").
 */
// "unos 80.000 cruces por encima de los 248.284": "por encima de", "por debajo de", "por parte de" say where, not per what.
const PER_MEMBER_AFTER = /^\s+[\p{L}-]+\s+(?:per|por|for each|for every|por cada)\s+(?!(?:el|la|los|las|esa|ese|esas|esos|este|esta|estos|estas|un|una|su|sus|the|a|an|this|that|these|those|its|their|día|días|day|days|week|weeks|month|months|year|years|hour|hours|día|días|dia|semana|semanas|mes|meses|año|años|hora|horas|cent|ciento|encima|debajo|parte|delante|detrás|vía)(?![\p{L}]))\p{L}{3,}/iu;
const PROPORTION_BEFORE_ES = /(?:^|[^\p{L}])(?:de|por)\s+cada\s+$/iu;
const GROUP_BEFORE_ES = /(?:^|[^\p{L}])(?:grupos?|caravanas?|familias|lotes)\s+de\s+(?:(?:unos|unas|hasta|más de|menos de|entre)\s+)?$/iu;
const PROPORTION_BEFORE = new RegExp(`\\b${PROPORTION_NUMERATOR}\\s+(?:[a-z]+\\s+)?(?:in|out\\s+of|of\\s+every)\\s+(?:every\\s+)?$|\\bfor\\s+every\\s+$`, 'i');
const FOR_EVERY_CLAUSE_BEFORE = /(?:^|[^\p{L}])(?:for\s+every|por\s+cada|de\s+cada)\s+[\d\p{L}]+\s+(?:[^,.;:]{0,90},|(?:who|that|que)\s[^,.;:]{0,90}?(?:19|20)\d\d)\s+(?:[\p{L}]+\s+){0,4}$/iu;
/** "ninety-nine in every hundred", "95 out of 100": a share out of a hundred. */
const PER_HUNDRED_AFTER = /^\s+(?:in|out\s+of)\s+(?:every\s+)?(?:a\s+|one\s+)?(?:hundred|100)\b/i;
/** The words PROPORTION_BEFORE and GROUP_BEFORE can end with: each is tried only after one. */
const PROPORTION_LAST_WORDS = new Set(['in', 'of', 'every']);
const GROUP_LAST_WORDS = new Set(['of', 'about', 'around', 'to', 'some', 'roughly', 'than', 'over', 'under', 'least', 'most', 'nearly', 'almost', 'many', 'and', 'or']);
/**
 * "in groups of 50", "caravans of more than 2,000", "groups of 20 to 50": the size of each group,
 * or of one ("a caravan of 7,000"), not how many in all. ("A band of 14 smugglers" may be all the
 * arrests, so bands and teams are not here.)
 */
// "The town of 45,000", "a city of 60,000 people": the place's population, not a count of migrants.
const GROUP_BEFORE =
  /\b(?:groups?|batches|caravans?|convoys?|busloads?|boatloads?|families|town|city|village|community|municipality|port)\s+of\s+(?:\d[\d,]*\s+(?:to|and|or)\s+)?(?:(?:about|around|up\s+to|some|roughly|more\s+than|fewer\s+than|less\s+than|over|under|at\s+least|at\s+most|nearly|almost|as\s+many\s+as)\s+)?$/i;
// Spanish beside the English: "al día", "por mes", "cada semana", "a la semana", "diarios", "mensuales".
// Not "al día de hoy", "al mes de llegar"; but "unos 540 al día de promedio" is a rate.
// "according to Panama's monthly tables": how often a source publishes, not the figure's rate.
/** "personas en un solo día", "en una sola semana": one day's count, some day's, said after the noun. */
const ONE_SINGLE_AFTER_ES = /^(?:\s+\p{L}+){0,2}\s+en\s+(?:un|una)\s+(?:sol[oa]|únic[oa])\s+(día|semana|mes)(?![\p{L}])/iu;
const PER = /\b(?:(?:a|an|per|every(?: single)?|each(?: single)?|in a single|in one single|in a typical|in an average|on a typical|on an average|in a normal|in an ordinary|in a regular|in a usual)\s+(hour|day|week|month|year)|(hourly|daily|weekly|monthly|yearly|annually)(?!\s+(?:tables?|figures|reports?|data|counts|tallies|statistics|bulletins?|records|series|updates|releases|briefings?|(?:press|news)\s+conferences?|conferences?|meetings?|sessions?|flights?|visits?|columns?|newsletters?)\b)|(?:al|por|cada|a la|en un(?=\s+año\s+(?:normal|típico|corriente|promedio)\b)|en (?:un|una) (?:sol[oa]|únic[oa])) (hora|día|semana|mes|año)|(diari[oa]s?|semanales|mensuales|anuales)|(day|week|month|year|día|semana|mes|año) (?:after|tras) (?:day|week|month|year|día|semana|mes|año))\b(?!\s+(?:ago|earlier|later|before|after|from now|siguiente|anterior|pasado|próximo|previo|de(?!\s+(?:promedio|media)\b))\b)/i;
/** The unit of a rate's word, English or Spanish. */
function perUnit(word: string): RateUnit {
  // "roughly 28 people every hour", "unas 60 personas por hora": a rate per hour, a 24th of a day's.
  if (word.startsWith('hour') || word === 'hora') return 'hour';
  if (word.startsWith('da') || word.startsWith('dí') || word.startsWith('diari')) return 'day';
  if (word.startsWith('week') || word.startsWith('seman')) return 'week';
  if (word.startsWith('month') || word.startsWith('mes') || word.startsWith('mensual')) return 'month';
  return 'year';
}
/** "mes tras mes,", "month after month": a unit of time after itself, just before a figure (a hedge or a verb between). */
const IN_TURN_BEFORE = keyed(/(?:^|[^\p{L}])(day|week|month|year|día|semana|mes|año)\s+(?:after|tras)\s+(?:day|week|month|year|día|semana|mes|año),?\s+(?:\p{L}+\s+){0,3}$/iu, /after|tras/iu);
const AVERAGE_UNIT_BEFORE = /\b(?:on|in|during) (?:an|a typical|the average|a normal) (?:average )?(?:[a-z]+ )?(day|week|month),?\s+(?:[a-z]+\s+){0,2}$|\b(?:every|each) (day|week|month) (?:of|in|during) (?:[A-Z][a-z]+ )?\d{4},(?:\s+on average,)?\s+(?:[a-z]+\s+){0,2}$/i;
// "annual crossings never topped 31,000" but not "the annual report shows 4,702": a year's rate only
// when "annual" says it of the flow.
const PER_BEFORE = /\b(daily|weekly|monthly|(?:annual|yearly)(?=\s+(?:[\p{L}-]+\s+)?(?:crossings|arrivals|entries|transits|migration|flows?|traffic|numbers|counts?|totals?|average)\b))\b(?:\s*[(:]?\s+[\p{L}’'-]+|\s*\(\s*[\p{L}’'-]+){0,8}(?:\s+|\s*[(:]\s*)$/iu;
/** "the service's monthly tallies come to 133,726": the months summed are a total, not a rate. */
// Not "in all": "daily crossings in all of Darién province averaged about 1,425" is a rate.
const SUMMED = /\b(?:come|comes|came|add|adds|added|sum|sums|summed|amount|amounts|amounted)\s+(?:up\s+)?to\b|\b(?:combined|taken together)\b/i;
/** "diariamente … reciben entre 2.000 y 3.000": a Spanish adverb of how often, in the figure's clause (no comma between). */
// "las estaciones recibieron cada día entre 130 y 170 migrantes": "cada día", "todos los días" too.
const ADVERB_BEFORE_ES = /(?:^|[^\p{L}])(diariamente|semanalmente|mensualmente|a diario|cada (?:día|semana|mes)|todos los (?:días|meses)|todas las semanas)(?:\s+[\p{L}]+){0,5}\s+(?:(?:entre|unas?|unos|cerca de|alrededor de|más de|hasta)\s+)?$/iu;
const countedAfterPeople = (after: string): boolean => NOTHING_OR_PEOPLE_AFTER.test(after);
/** "un promedio (de ingreso) diario de (aproximadamente) 360": the Spanish average's unit before the figure. */
const PER_BEFORE_ES = /(?:^|[^\p{L}])(?:promedio|media)(?:\s+de\s+\p{L}+)?\s+(diari[oa]|semanal|mensual)\s+de(?:\s+\p{L}+){0,2}\s+$/iu;
// A dash between two numbers ("1–14 March", "2,000–3,000") is a range, not a break.
// A relative clause set off by a comma describes its noun, not the figure ("… por esa selva, usada a
// diario por centenares": no daily rate).
const CLAUSE_BREAK = /[;(]|(?<!\d)[–—]|[–—](?!\d)|\s-\s|,\s+(?:but|while|whereas|although|which|where|meaning|making|bringing|if|unless|que|donde|usad[oa]s?|utilizad[oa]s?|cuy[oa]s?|lo que|si)(?![\p{L}])/u;
/**
 * An aside set off by a pair of dashes of one kind ("2,000 migrants – most of them Venezuelans –
 * crossed each day", or with spaced hyphens): no break for what is outside it.
 */
const ASIDE = /\s-\s[^;()–—\n]{1,80}?\s-\s|[–—][^;()–—\n]{1,80}?[–—]/g;
/** The text with each aside blanked, offsets kept: its dashes end no clause, and its words are not the clause's. */
function withoutAsides(text: string): string {
  return text.includes('-') || text.includes('–') || text.includes('—') ? text.replace(ASIDE, (aside) => ' '.repeat(aside.length)) : text;
}
/** A dash that opens an aside the figure stands in, with no other dash before the figure; and the one that closes it. */
const OPENS_ASIDE = /(?:[–—]|\s-\s)[^–—;()]{0,24}$/;
const CLOSES_ASIDE = /^[^–—;()]{0,40}?(?:[–—]|\s-\s)/;
/** Room past the clause's reach for a break that starts inside it (", whereas" and a space or two). */
const CLAUSE_BREAK_LENGTH = 16;
// "una media de unas 366 por semana", "la media diaria": "media" with its article is an average, not a half.
const AVERAGE = /\b(?:average|averaged|averaging|works out to|worked out to|spread over|promedio|promediaron|de media|(?:una|la)\s+media(?:\s+(?:diaria|semanal|mensual|anual))?\s+de|media\s+(?:diaria|semanal|mensual|anual))\b/i;
// "had peaked at 2,461 a day", "2.461 personas diarias en su pico", "en el momento más alto".
/** "averaged about 817", "promediaron unas 800": a verb of averaging that governs the figure. */
const AVERAGED_JUST_BEFORE = keyed(/\b(?:averag(?:ed|es|ing)|promedi(?:ó|aron|a|an))\s+(?:(?:about|around|roughly|some|nearly|almost|just over|just under|more than|over|unos|unas|cerca de|alrededor de|casi|más de)\s+)?$/iu, /averag|promedi/iu);
// "That record year ran at 2,000 a day", "el año récord": a record that names the period is no peak.
const PEAK = /\b(?:peak(?:ed|s)?|record(?![\s-]+(?:year|month|week|twelve\s+months|12\s+months)\b)|highest|busiest|height|high point|high-water mark|picos?|(?<!(?:año|mes|semana)\s)récords?|más alto|punto álgido)(?![\p{L}])/iu;
const PEAKED_WHEN_BEFORE = /\b(?:peak(?:ed|s)?|alcanzó\s+su\s+(?:pico|punto\s+más\s+alto)|tocó\s+techo)\b[^.;]*,\s+(?:when|cuando)\s[^,;]*$/iu;
const PEAK_SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:the|its|el|su)\s+(?:peak|pico)(?:\s+[\p{L}]+){0,5}?\s+(?:was|stood|reached|hit|ran|ascendía|ascendió|llegó|llegaba|alcanzó|alcanzaba|fue|era)(?:\s+(?:at|to|a|de|en))?\s+$/iu;
/**
 * "On several days in September more than 3,000 people reached the station", "En algunos días de
 * octubre llegaron más de 3.000": a count said of some days (or one) is a day's, at the busiest, not
 * the month's. The unit, then what may stand before the figure in its clause.
 */
const ON_SOME_DAYS_BEFORE = /(?:^|[^\p{L}])(?:(?:on|in)\s+(?:some|several|many|certain|a\s+few|one|a\s+single|its\s+busiest|the\s+busiest|peak|record)\s+(days?)|(?:en|durante)\s+(?:algunos|varios|muchos|ciertos|un|los\s+peores|los\s+mejores)\s+(días?))(?:\s+(?:in|of|during|de|del)\s+[^,.;]{1,30})?,?\s+(?:[\p{L}’']+\s+){0,8}$/iu;
const SOME_DAYS_BEFORE = /\b(?:(?:has|have|had)\s+(?:seen|had)\s+days|there\s+(?:have\s+been|were|are)\s+days|on\s+(?:some|certain|busy|the\s+busiest)\s+days|(?:hubo|ha\s+habido|hay)\s+(?:días|jornadas|picos)|(?:algunos|ciertos)\s+días)\b(?:[^.;]|\.(?=\d))*$/iu;
const PEAK_OPENS = /^[^\p{L}\d]*(?:at|during|en|durante)\s+(?:the\s+|its\s+|el\s+|su\s+)?(?:height|peak|pico|punto (?:más alto|álgido))\b/iu;
/** "Crossings hit 80,000 monthly in 2023": a rate reached at some time in the period, so at most its busiest, not its average. */
/** "never drew much more than 30,000 people in a year", "never logged as many as 31,000", "no year saw more than": a ceiling on every unit, which the busiest stands at. */
const CEILING_BEFORE = /\b(?:never|no\s+(?:year|month|week|day))\s+(?:[a-z]+\s+){0,3}?(?:much\s+|far\s+)?(?:more\s+than|above|over|beyond|past|exceeded|topped|as\s+many\s+as)\s+$/i;
const PEAK_VERB_BEFORE = /\b(?:hit|hits|hitting|reached|reaches|reaching|touched|topped)\s+(?:[a-z]+\s+){0,2}$/i;
/** "the flow was down to about 140 a day": the rate reached, at the time, not an average. */
// Spanish says it "bajado a", "cayó a", "se redujo a".
const SPOT_BEFORE = keyed(/(?:\b(?:down|fell|fallen|dropped|slowed|slowed down|eased|declined|sank|plunged)\s+to|(?:^|[^\p{L}])(?:bajado|bajó|bajaba|caído|cayó|descendido|descendió|reducido|redujo|disminuido|disminuyó)\s+a)\s+(?:[\p{L}]+\s+)?$/iu, /down|fell|fallen|dropped|slowed|eased|declined|sank|plunged|bajado|bajó|bajaba|caído|cayó|descendi|reducido|redujo|disminu/iu);

const DECREASE_WORDS = 'reduction|drop|decrease|decline|fall|cut|plunge|slump|dip|contraction';
const INCREASE_WORDS = 'increase|rise|jump|surge|growth|hike|spike|rebound';
// With the present a headline is written in ("Darién Jungle Migration Plummets 99%", "Crossings
// drop 42%"); not the bare "fall" and "rise", which are as often a season or a noun before a figure.
const DECREASE_VERBS = 'halved|fell|fallen|dropped|declined|decreased|plunged|plummeted|shrank|shrunk|slid|sank|dipped|tumbled|slumped|reduced|cut|decreasing|dropping|falling|declining|falls|drops|drop|declines|decline|decreases|plunges|plunge|plummets|plummet|shrinks|slides|sinks|dips|tumbles|tumble|slumps|slump|halves';
const INCREASE_VERBS = 'rose|risen|increased|jumped|grew|grown|climbed|soared|surged|spiked|swelled|rising|increasing|growing|climbing|soaring|doubled|tripled|trebled|quadrupled|quintupled|sextupled|rises|increases|jumps|jump|grows|climbs|climb|soars|soar|surges|spikes|swells|doubles|triples';

// Spanish, beside the English: "una reducción del 96 %", "cayó un 35%", "un aumento de 20%".
const DECREASE_WORDS_ES = 'reducción|reducciones|disminución|caída|descenso|baja|merma|contracción|retroceso|desplome';
const INCREASE_WORDS_ES = 'aumento|incremento|alza|crecimiento|subida|repunte|salto';
// With the participles of the perfect tenses: "el flujo había bajado de 2.461 … a 140"; and the
// present a headline is written in: "Cae más de un 90 % el cruce de migrantes por el Darién".
const DECREASE_VERBS_ES = 'cae|caen|disminuye|disminuyen|baja|bajan|desciende|descienden|reduce|reducen|desploma|desploman|retrocede|retroceden|decrece|decrecen|cayó|cayeron|disminuyó|disminuyeron|bajó|bajaron|descendió|descendieron|redujo|redujeron|desplomó|desplomaron|retrocedió|retrocedieron|decreció|mermó|caído|disminuido|bajado|descendido|reducido|desplomado|retrocedido|decrecido|mermado';
// "una cifra que supera un 40% a las de 2021": exceeding by a share is a rise.
const INCREASE_VERBS_ES = 'aumenta|aumentan|crece|crecen|sube|suben|incrementa|incrementan|dispara|disparan|repunta|repuntan|aumentó|aumentaron|creció|crecieron|subió|subieron|incrementó|incrementaron|disparó|dispararon|repuntó|repuntaron|supera|superan|superó|superaron|aumentado|crecido|subido|incrementado|disparado|repuntado|superado';
// "una caída histórica del 94 %", "una reducción sin precedentes del": a word or two may describe the
// change ("una reducción de menos 210.554": a "menos" too); not "la caída del flujo de 302.203 … a 3.091", whose figure is where the change started.
const changeBeforeEs = (nouns: string, verbs: string): RegExp => new RegExp(`(?:^|[^\\p{L}])(?:(?:${nouns})(?:\\s+(?!(?:del?|en|la|el|los|las|un|una|flujo|número|cifra|tránsito)(?![\\p{L}]))\\p{L}+){0,2}?\\s+(?:del?|en)(?:\\s+(?:un|una))?(?:\\s+(?:menos|más))?|(?:${verbs})(?:\\s+(?:así|ya|entonces|otro|otra|nuevamente|de\\s+nuevo))?(?:\\s+en)?(?:\\s+(?:un|una))?)\\s+$`, 'iu');
const CHANGE_BEFORE_DECREASE_ES = changeBeforeEs(DECREASE_WORDS_ES, DECREASE_VERBS_ES);
const CHANGE_BEFORE_INCREASE_ES = changeBeforeEs(INCREASE_WORDS_ES, INCREASE_VERBS_ES);
// "creció así un 58 %", "cayeron otro 19 %": an adverb may stand between the verb and the change.
const CHANGE_LAST_WORDS_ES = new Set(['de', 'del', 'en', 'un', 'una', 'menos', 'más', 'otro', 'otra', 'así', 'ya', 'entonces', 'nuevamente', 'nuevo', ...`${DECREASE_VERBS_ES}|${INCREASE_VERBS_ES}`.split('|')]);
/** "un 35% menos", "un 20 % más": a percent change after the figure. */
// "un 41 % menor que la cifra récord": "menor"/"mayor" say it too.
const PERCENT_LOWER_AFTER_ES = /^\s+(?:menos|menor|inferior|por debajo)(?![\p{L}])/iu;
const PERCENT_HIGHER_AFTER_ES = /^\s+(?:más|mayor|superior|por encima)(?![\p{L}])/iu;
/**
 * "9.000 menos que", "9.000 personas más que en 2023", "115.000 más de las que cruzaron en 2021",
 * "115.000 cruces más de un año a otro", "unos 80.000 cruces por encima de los 248.284": a difference.
 */
// "pasaron 114 mil 558, más que en 2021": the comparison may follow a comma.
// "Unos 9.000 migrantes menos ingresaron este año ..., en comparación con ...": the comparison may
// come later in the clause.
const COMPARED_LATER_ES = '(?=[^.;]{0,120}?(?:en comparación con|comparad[oa]s? con|con respecto a|respecto a|frente a)(?![\\p{L}]))';
// "Frente a 2023, … unas 218.000 personas menos.", "… sigue más de 50.000 por encima.": "menos" (or "por
// encima") closing its clause, the baseline said
// before; only right after the figure or its people ("302.203, muchos menos" is a comment), and
// after its people before a comma too ("se han reportado 206,368 personas menos, una cifra que …").
const PEOPLE_ES = '(?:personas|migrantes|viajeros|cruces|extranjeros)';
// "7 mil 605 migrantes más a los reportados en 2021": "a los" for "que los", as some wires write it.
const FEWER_AFTER_ES = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?por\\s+debajo(?:\\s+del?\\s|(?=\\s*[.;:]|\\s*$))|^,?\\s+(?:[\\p{L}-]+\\s+)?menos(?:\\s+que\\b|\\s+de\\s+(?:l[oa]s|lo)\\s+que\\b|\\s+de\\s+un\\s+año\\s+(?:a|para)\\s+otro\\b|\\s+a\\s+(?:los|las)\\s+(?:reportad|registrad|contabilizad)[oa]s\\b|${COMPARED_LATER_ES})|^\\s+${PEOPLE_ES}\\s+menos(?=\\s*[.;:,]|\\s*$)|^\\s+menos(?=\\s*[.;:]|\\s*$)`, 'iu');
const MORE_AFTER_ES = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?por\\s+encima(?:\\s+del?\\s|(?=\\s*[.;:]|\\s*$))|^,?\\s+(?:[\\p{L}-]+\\s+)?más(?:\\s+que\\b|\\s+de\\s+(?:l[oa]s|lo)\\s+que\\b|\\s+de\\s+un\\s+año\\s+(?:a|para)\\s+otro\\b|\\s+a\\s+(?:los|las)\\s+(?:reportad|registrad|contabilizad)[oa]s\\b|${COMPARED_LATER_ES})|^\\s+${PEOPLE_ES}\\s+más(?=\\s*[.;:,]|\\s*$)|^\\s+más(?=\\s*[.;:]|\\s*$)`, 'iu');
/** "se desplomaron de 302.203 ... a 3.091": a verb of change before "de". */
const CHANGE_VERB_BEFORE_FROM_ES = new RegExp(`(?:^|[^\\p{L}])(?:(${DECREASE_VERBS_ES})|(${INCREASE_VERBS_ES}|pasaron|pasó|pasar|pasando))(?:\\s+[\\p{L}\\p{N},’'-]+){0,8}?\\s+de\\s+$`, 'iu');

const CHANGE_AFTER_DECREASE = new RegExp(`^\\s*(?:${DECREASE_WORDS})\\b`, 'i');
const CHANGE_AFTER_INCREASE = new RegExp(`^\\s*(?:${INCREASE_WORDS})\\b`, 'i');
const CHANGE_BEFORE_DECREASE = new RegExp(`\\b(?:(?:${DECREASE_WORDS})s?\\s+(?:of|by)|the\\s+(?:${DECREASE_WORDS})\\s+at|(?:${DECREASE_VERBS})(?:\\s+(?:another|again|further|a\\s+further))?(?:\\s+by)?)\\s+$`, 'i');
const CHANGE_BEFORE_INCREASE = new RegExp(`\\b(?:(?:${INCREASE_WORDS})s?\\s+(?:of|by)|the\\s+(?:${INCREASE_WORDS})\\s+at|(?:${INCREASE_VERBS})(?:\\s+(?:another|again|further|a\\s+further))?(?:\\s+by)?)\\s+$`, 'i');
/** "beat the 2022 total by about a hundred thousand", "fell in 2024 by 41%": the verb a few words back. */
// "surpasses the total number of crossings for the entire year in 2022 by over 600": what is
// surpassed may take a dozen words, accented ones too.
const BY_INCREASE = new RegExp(`\\b(?:beat|beats|beaten|beating|exceeded|exceeds|exceeding|topped|tops|topping|surpassed|surpasses|surpassing|outstripped|outstrips|outpaced|outpaces|outnumbered|outnumbers|overtook|${INCREASE_VERBS})\\b(?:\\s+[\\p{L}\\p{N}’'-]+){0,16}?\\s+by\\s+$`, 'iu');
const BY_DECREASE = new RegExp(`\\b(?:trailed|trails|lagged|lags|undershot|${DECREASE_VERBS})\\b(?:\\s+[\\p{L}\\p{N}’'-]+){0,16}?\\s+by\\s+$`, 'iu');
/** " fewer than", " menos que": after "N times", a factor the baseline is divided by. */
const TIMES_FEWER_AFTER = /^\s+(?:fewer|less|smaller|lower|menos|menor(?:es)?|inferior(?:es)?)(?![\p{L}])/iu;
// "multiplicó por más de 40 el del año anterior": the Spanish verb the same way.
const MULTIPLIED_BY = keyed(/(?:\bmultipl(?:y|ies|ied|ying)\s+by|(?:^|[^\p{L}])multiplic(?:ó|aron|a|an|ado)\s+por)\s+$/iu, /multipl/iu);
// "down only about 20%", "up just 3%": a word that makes a change small may stand between.
// "fell another 19%", "rose a further 5%": a word that says the change goes on.
const CHANGE_LAST_WORDS = new Set(['of', 'by', 'at', 'up', 'down', 'only', 'just', 'merely', 'another', 'again', 'further', ...`${DECREASE_VERBS}|${INCREASE_VERBS}`.split('|')]);
// "finished about 120,000 short of the 2023 record": short of is fewer than.
// "**About 9,000** — how many fewer crossed …": a box of numbers glosses its figure after a dash.
// Not across "and": "reaching a record 248,000 and more than half of them were Venezuelans".
const FEWER_AFTER = /^[\s*_]*\s(?:[–—]\s+how\s+many\s+|(?!(?:and|or|but)\s)[a-z-]+\s+)?(?:fewer|less|lower|below|short\s+of)\b/i;
/**
 * "una disminución del 41 % - unas 200.000 personas - respecto al récord", "a drop of 41% — some
 * 200,000 people — from the record": a count set off right after a percent change glosses the same
 * change in people, a difference, not the period's count.
 */
const GLOSS_OF_A_CHANGE = String.raw`(?:\s+(?:of|del?))?\s+(?:(?:about|some|nearly|almost|roughly|more than|over|around|un|unos|casi|cerca del?|más del?)\s+)?\d+(?:[.,]\d+)?\s*(?:%|per ?cent|por ciento)\s*(?:[-–—(]|,)\s*(?:(?:about|some|nearly|almost|roughly|around|unas?|unos|casi|cerca de|alrededor de)\s+)?$`;
const FALL_GLOSSED_BEFORE = new RegExp(String.raw`(?:\b(?:drop|fall|decline|decrease|reduction|cut|plunge)|(?:^|[^\p{L}])(?:disminución|caída|descenso|reducción|baja|bajada))` + GLOSS_OF_A_CHANGE, 'iu');
const SHARE_VERB_BEFORE = /(?:\b(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|accounts\s+for|represented|represents|amounted\s+to|amounts\s+to)|(?:^|[^\p{L}])(?:equivali[óo]\s+a|equivale\s+a|equivalen\s+a|supone|suponen|supuso|supusieron|representa|representan|representó|representaron|fue|fueron|pasó\s+por\s+la\s+selva))\s+(?:(?:about|nearly|almost|more\s+than|over|just\s+over|some|roughly|around|close\s+to|casi|cerca|más|alrededor|unos|un)\s+)?(?:del?\s+|el\s+)?$/iu;
/** A count (a word or two after it), a comma, then the share: "more than 76,000 crossed, nearly ", "más de 76.000, casi el ". */
const SHARE_APPOSITIVE_BEFORE = /\d[\d.,]*(?:\s+(?:mil|million|millones|thousand))?(?:\s+\p{L}+){0,2}\s*,\s+(?:(?:about|nearly|almost|more\s+than|over|just\s+over|some|roughly|around|close\s+to|casi|cerca\s+del?|más\s+del?|alrededor\s+del?|unos|un)\s+)?(?:el\s+|the\s+)?$/iu;
// A group named before a share ("Children made up 2 per cent of the flow"), at a sentence's head too;
// an English nationality by its capital ("Venezuelans", "Chinese").
const GROUP_WORD_BEFORE = /(?:^|[^\p{L}])(?:children|minors|women|men|girls|boys|families|adults|niñ[oa]s|menores|mujeres|hombres|familias|adultos|venezolan[oa]s|haitian[oa]s|ecuatorian[oa]s|colombian[oa]s|cuban[oa]s|chin[oa]s)(?![\p{L}])/iu;
const NATIONALITY_BEFORE = /\b(?!(?:These|This|Analysis|Thesis|Basis|Crisis)\b)[A-Z][a-z]+(?:ans|ese|ish|is)\b/;
const groupSubjectBefore = (text: string): boolean => GROUP_WORD_BEFORE.test(text) || NATIONALITY_BEFORE.test(text);
const SHARE_OF_AFTER = /^\s*(?:of\s+(?:all|the|it|that|last\s+year['’]s|this\s+year['’]s|(?:19|20)\d\d['’]s)|del?\s+(?:tod[oa]s?|el\s+(?:total|flujo)|flujo|total|l[oa]s\s+(?:cruces|registrados)))(?![\p{L}])/iu;
const RISE_GLOSSED_BEFORE = new RegExp(String.raw`(?:\b(?:rise|increase|jump|surge|growth|climb)|(?:^|[^\p{L}])(?:aumento|alza|incremento|subida|crecimiento))` + GLOSS_OF_A_CHANGE, 'iu');
const MORE_AFTER = /^[\s*_]*\s(?:[–—]\s+how\s+many\s+|(?!(?:and|or|but)\s)[a-z-]+\s+)?(?:(?:more|higher)\b(?:\s+[\p{L}\p{N}’'-]+){0,8}\s+than|above)\b/iu;
const PERCENT_LOWER_AFTER = /^\s+(?:fewer|less|lower|below)\b/i;
const PERCENT_HIGHER_AFTER = /^\s+(?:more|higher|above)\b/i;
const CHANGE_VERB_BEFORE_FROM = new RegExp(`\\b(?:(${DECREASE_VERBS}|decrease|drop|fall|decline)|(${INCREASE_VERBS}|increase|rise|jump|grow|climb|soar))\\b(?:\\s+[\\w,’'-]+){0,8}?\\s+from\\s+(?:the\\s+)?$`, 'i');

/** "Measured per day,", "On a daily basis,", "In monthly terms,", "Every day": a sentence's unit of time, said first. */
// "Every day 2,000 migrants crossed", "Each week, about 5,800 came through": so is "every day".
/** How far past "Every day" its figure may stand: a hedge and a space ("Each week, about 5,800"). */
const EVERY_REACH = 16;
/** Spanish sets its verb and place between: "Cada día cruzan la selva del Darién unas 2.000". */
const EVERY_REACH_ES = 48;
// "Cada día cruzan la selva unas 2.000 personas": Spanish says it first too, the verb before the figure.
// "Por día, el año pasado dejó algo más de ocho cruces": the Spanish opening says it as "per day".
// "De media, cada día de 2022 salieron …", "On average, every day of 2022 some 680 …": an average
// may come first, and the year the days fall in after the unit. Not a year first ("In 2023, every
// month set a record: 520,085 crossed"): there "every month" is a clause's own subject.
const RATE_OPENING = /^\W*(?:(?:measured|counted|expressed|calculated|averaged|taken|medid[oa]s?|contad[oa]s?|calculad[oa]s?)\s+)?(?:per|por|al)\s+(day|week|month|día|semana|mes)\s*,|^\W*(?:on an?|in)\s+(daily|weekly|monthly)\s+(?:basis|terms|average)\s*,|^\W*(?:(?:on\s+average|de\s+media|en\s+promedio|por\s+término\s+medio)\s*,?\s+)?(?:every|each|cada)\s+(day|week|month|día|semana|mes)(?![\p{L}])(?:\s+(?:of|in|during|de|del|en|durante)\s+(?:(?:19|20)\d\d|(?:that|this|ese|este|aquel)\s+(?:year|año)))?\s*,?/iu;

/** "fell by about a quarter", "rose by a third", "dropped by half": a verb of change before a fraction. */
// "a fall of nearly a third": a noun of change with "of" says the same.
// "down by about two fifths", "up by a third": "down"/"up" with "by" are changes too.
// "una caída de más de tres cuartas partes", "cayó en dos terceras partes": the Spanish says it so.
const CHANGE_BY_BEFORE = /(?:\b(?:(fell|dropped|declined|decreased|shrank|plunged|slid|sank|was cut|were cut|rose|grew|increased|climbed|jumped|soared|surged)(?:\s+by)?|(?:down|up)\s+by|an?\s+(?:fall|drop|decline|decrease|reduction|cut|rise|increase|jump|surge)\s+of)|(?:^|[^\p{L}])(?:(?:cayó|cayeron|bajó|bajaron|descendió|descendieron|disminuyó|disminuyeron|se\s+redujo|se\s+redujeron|aumentó|aumentaron|creció|crecieron|subió|subieron)(?:\s+en)?|(?:una?\s+)?(?:caída|baja|reducción|disminución|descenso|desplome|aumento|alza|subida|incremento|crecimiento)\s+de))\s+(?:(?:about|nearly|roughly|some|almost|more than|over|around|just over|just under|close to|well over|casi|más de|cerca de|alrededor de|unas?|poco más de)\s+)?$/iu;
/**
 * "The fall from 2023 to 2024 amounts to roughly a quarter", "The increase over 2021 comes to about 114,600", "la caída entre 2023 y 2024 fue de
 * casi el 42 %": a noun of change as the subject, its size after a copula; or after a verb of
 * reaching or passing a mark ("the rise tops 120%", "el alza supera el 120 %", "el aumento fue superior al 120 %").
 */
const CHANGE_SUBJECT = (nouns: string): RegExp => new RegExp(`(?:^|[^\\p{L}])(?:the|its|that|this|la|el|esa|ese|esta|este)\\s+(?:overall\\s+|total\\s+|year-on-year\\s+|year-over-year\\s+|annual\\s+|yearly\\s+)?(?:${nouns})(?![\\p{L}])(?:\\s+(?:interanual|anual|year-on-year|year-over-year|annual|yearly))?(?:\\s+(?:from|between|in|of|over|on|against|versus|compared\\s+(?:with|to)|entre|en|desde|de|del|sobre|frente\\s+a|respecto\\s+al?)\\s+[^.;:]{1,40}?)?\\s+(?:amounts?\\s+to|amounted\\s+to|comes?\\s+to|came\\s+to|was|is|works?\\s+out\\s+(?:at|to)|stood\\s+at|fue\\s+del?|es\\s+del?|equivale\\s+a|equivalió\\s+a|llegó\\s+a|ronda|rondó|tops|topped|exceeds|exceeded|surpasses|surpassed|reaches|reached|hits|hit|supera|superó|superaba|rebasa|rebasó|sobrepasa|sobrepasó|alcanza|alcanzó|fue|es|era)\\s+(?:(?:about|nearly|roughly|some|almost|more than|over|around|just over|just under|close to|casi|unos|unas|cerca de|alrededor de|más de)\\s+)?(?:(?:el|la|los|las|un|una)\\s+)?$`, 'iu');
const CHANGE_SUBJECT_DECREASE = CHANGE_SUBJECT('fall|drop|decline|decrease|reduction|plunge|contraction|caída|baja|disminución|reducción|descenso|desplome');
// Not "surge": "the surge of 2021 came to 133,726" names the wave, not a change.
const CHANGE_SUBJECT_INCREASE = CHANGE_SUBJECT('rise|increase|jump|growth|climb|aumento|incremento|alza|subida|crecimiento|repunte|salto');
/** "a third", "half", "two-thirds", "two fifths", "three quarters": one, or a count of a plural. */
const FRACTION_OF_CHANGE = /^(?:(a|one)\s+(quarter|third|fifth|tenth)|(half)|(two|three|four)[\s-](thirds|quarters|fifths|tenths))(?![\w-])(?!\s+(?:of|a|an|the|million|billion|thousand|hundred)\b)/i;
const FRACTION_START = /^(?:a|one|two|three|four|half|la|un|una|dos|tres|cuatro)\b/i;
/** "la mitad", "un tercio", "una cuarta parte", "dos terceras partes", "tres cuartas partes", "dos quintos", "tres cuartos". */
const FRACTION_OF_CHANGE_ES = /^(?:(la)\s+mitad|(un)\s+(tercio|cuarto|quinto)|(una)\s+(tercera|cuarta|quinta|décima)\s+parte|(dos|tres|cuatro)\s+(?:(terceras|cuartas|quintas)\s+partes|(tercios|cuartos|quintos)))(?![\p{L}])(?!\s+(?:del?|millón|millones)\b)/iu;
const DENOMINATOR_ES: Readonly<Record<string, number>> = { tercio: 3, cuarto: 4, quinto: 5, tercera: 3, cuarta: 4, quinta: 5, décima: 10, terceras: 3, cuartas: 4, quintas: 5, tercios: 3, cuartos: 4, quintos: 5 };
const COUNT_ES: Readonly<Record<string, number>> = { dos: 2, tres: 3, cuatro: 4 };

/** The share a Spanish fraction of change names, and its length, or null. */
function fractionEs(text: string): { share: number; length: number } | null {
  const f = FRACTION_OF_CHANGE_ES.exec(text);
  if (!f) return null;
  const lower = (w: string | undefined): string => (w ?? '').toLowerCase();
  const share = f[1] ? 1 / 2 : f[2] ? 1 / DENOMINATOR_ES[lower(f[3])]! : f[4] ? 1 / DENOMINATOR_ES[lower(f[5])]! : COUNT_ES[lower(f[6])]! / DENOMINATOR_ES[lower(f[7] ?? f[8])]!;
  return { share, length: f[0].length };
}
const DENOMINATOR: Readonly<Record<string, number>> = { quarter: 4, third: 3, fifth: 5, tenth: 10 };
const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

function fractionOfChange(text: string, near: string, before: string): FigureReading | null {
  if (!FRACTION_START.test(text)) return null;
  const verb = CHANGE_BY_BEFORE.exec(near) ?? CHANGE_SUBJECT_DECREASE.exec(before) ?? CHANGE_SUBJECT_INCREASE.exec(before);
  const fraction = verb ? FRACTION_OF_CHANGE.exec(text) : null;
  const es = verb && !fraction ? fractionEs(text) : null;
  if (!verb || (!fraction && !es)) return null;
  const plural = fraction?.[5]?.toLowerCase().replace(/s$/, '');
  const share = es ? es.share : fraction![3] ? 1 / 2 : plural ? COUNT[fraction![4]!.toLowerCase()]! / DENOMINATOR[plural]! : 1 / DENOMINATOR[fraction![2]!.toLowerCase()]!;
  if (!(share < 1)) return null;
  // A change said as a share of the baseline: "fell by two-thirds" is a fall of 66.7%, read as the
  // percent change it is ("fell by 41% in 2024": the period after it is the change's, not its
  // baseline's, as it was taken when read as a ratio). A fraction is a rough measure, as readFigure
  // reads "a third of": a fifth of it is its step.
  const percent = share * 100;
  return { value: Math.round(percent * 100) / 100, step: Math.round((percent / 5) * 100) / 100, hedge: { kind: 'none', words: null }, multiplier: false, percent: true, end: es ? es.length : fraction![0].length };
}

const DAY_OF_THAT_MONTH_AFTER = /^(?:st|nd|rd|th)?\s+(?:de|of)\s+(?:ese|este|aquel|dicho|that|the\s+same|the)\s+(?:mes|month)(?![\p{L}])/iu;
const ROUGH_SPAN_BEFORE = /(?:^|[^\p{L}])(?:a|an|one|un|una)\s+(?:day|week|month|year|hour|night|día|semana|mes|año|hora|noche)\s+(?:or|o)\s+$/iu;
const HEIGHT_AFTER = /^(?:-|\s+)(?:foot|feet|ft|inch|inches|yard|yards|meter|meters|metre|metres|metros?)(?![\p{L}])/iu;

// "Con un promedio diario de más de mil llegadas, esta cifra … supera los registros de años
// anteriores, dejando atrás las cifras de 248.000 en 2022": a clause that sets the figure against
// others (a gerund of surpassing, leaving behind) is about totals, not the rate said first.
// "less than half the daily pace of 2023, when more than half a million made the trek": a when-clause
// tells what happened then, a total.
const CLAUSE_TURN = /[;]|,\s+(?:while|whereas|but|and|when|mientras|pero|y|cuando|además|dejando\s+atrás|superando|rebasando|leaving\s+behind|surpassing|eclipsing|outstripping)(?![\p{L}])/iu;
// After a figure, the words that say nothing of what it counts: a period, a rate, a connector.
const NOTHING_COUNTED = 'in|during|for|this|last|to|a|an|per|each|every|on|en|este|esta|al|por|cada|y|and|de|del';
const NOTHING_OR_PEOPLE_AFTER = new RegExp(`^["”»]?(?:\\s*[,.;:)]|\\s*$|\\s+(?:people|persons|migrants|personas|migrantes|crossings|arrivals|cruces|llegadas|tránsitos|${NOTHING_COUNTED})(?![\\p{L}]))`, 'iu');
const NOTHING_COUNTED_AFTER = new RegExp(`^(?:\\s*[,.;:)]|\\s*$|\\s+(?:${NOTHING_COUNTED})(?![\\p{L}]))`, 'iu');

const PHRASAL_UP = /\b(?:made|make|makes|making|took|take|takes|taking|add|adds|added|adding|sum|sums|summed|shored|propped)\s+up\s+$/i;

/** "the daily figure", "its weekly average", "la cifra diaria", "el promedio mensual": a subject that is a rate. */
const RATE_SUBJECT_CUE = /dail|weekl|monthl|diari|semanal|mensual|por d[ií]a|al d[ií]a|por semana|por mes/i;
// "un ingreso mensual de más de 25.000 migrantes", "el flujo diario había bajado a unas 140 personas":
// the flow's own noun said per month (or day) is a rate too.
const AVERAGE_SUBJECT = /\b(?:average|promedio|media|rate|pace|ritmo|flow|ingreso|paso|tránsito|llegada|entrada|flujo)\b/i;
// "un promedio (diario) de 140": the unit may stand in brackets, a speaker's words glossed;
// "the daily pace of 2022 was about 680", "el ritmo diario de 2022 ronda las 680": a pace only as the
// subject of a verb of being ("below the daily pace of 2023" sets another figure against it);
// "un ingreso mensual de más de 25.000": the flow's own noun, said per month.
const RATE_SUBJECT = /\b(?:the|its|their)\s+(daily|weekly|monthly)\s+(?:figure|number|count|average|rate|tally|flow|pace(?=(?:\s+(?:of|in)\s+[\w-]+)?\s+(?:was|is|stood|came|ran|hovered)\b))\b|(?:^|[^\p{L}])(?:la|el|un|una)\s+(?:cifra|promedio|media|número|flujo|conteo|ingreso|paso|tránsito|llegada|entrada|ritmo(?=\s+\p{L}+(?:\s+(?:de|en)\s+\S+)?\s+(?:ronda|rondó|fue|es|era|llegó|alcanzó|estuvo)(?![\p{L}])))\s+(?:\(|(?:por|al|a\s+la)\s+)?(diari[oa]|semanal|mensual|(?<=(?:por|al|la)\s)(?:día|semana|mes))(?![\p{L}])/iu;

const RESTATED_AS_RATE_BEFORE = /\d[^.;]*(?:,|\()\s*(?:or|that is|i\.e\.|o sea|es decir)\s*,?\s+(?:(?:about|some|roughly|nearly|around|almost|just over|just under|unas?|unos|casi|cerca de)\s+)?$/i;
/** "a fifth higher", "a third lower than", "un tercio más": the comparative after a fraction. */
const FRACTION_COMPARATIVE = /^\s+(higher|more|larger|bigger|greater|above|lower|less|fewer|smaller|below|más|mayor|superior|menos|menor|inferior)(?![\p{L}])/iu;

/** The word between a range's ends: "8 or 9", "2,000 to 3,000", "2,000–3,000", "entre 2.000 y 3.000", "8 o 9". */
// A dash only when it joins the two numbers with no space: "248,284 — 520,085 in 2023" is two figures.
// "entre el 97 y el 98 %", "entre el 97 al 98 %": Spanish may repeat the article, or join with "al".
const RANGE_JOIN = /^(?:[–—-](?=\d)|\s+(or|to|and|o|y|al)(?:\s+(?:el|un))?\s+)/i;
/** "between some 2,000 and 3,000": a range whose "and" says so; "entre unos 2.000 y 3.000". */
const BETWEEN_BEFORE = /\b(?:between|entre)\s+(?:(?:some|about|around|roughly|approximately|an estimated|unos|unas|cerca de|el|un)\s+)?$/i;
/** "rose from 2,000 to 3,000": the two ends of a change, not a range. */
// "from nearly 250,000 to 520,085", "fell by 3,000 to 27,000": the ends of a change, or its size and end.
const FROM_BEFORE = /(?:^|[^\p{L}])(?:from|de|desde|by)\s+(?:[\p{L}]+\s+){0,2}$/iu;
const SCALES: ReadonlyArray<readonly [RegExp, number]> = [[/\b(?:billion|mil millones)\b/i, 1e9], [/\b(?:million|millones|millón)\b/i, 1e6], [/\b(?:thousand|mil)\b/i, 1e3], [/\b(?:hundred|cientos)\b/i, 100]];

/**
 * A range starting with the number just read (sentence[i, numberEnd)): "8 or 9", "between 2,000
 * and 3,000", "2,000–3,000", "two to three million" (the low end takes the high end's scale). Read
 * as two figures, its low end took the clause's words for itself alone ("2,000 … crossed in 2023")
 * and failed as a year's total. Only ends of one kind (digits or words), the high above the low and
 * within ten times it; "from 2,000 to 3,000" is a change, and "and" makes a range only after "between".
 */
function rangeAfter(sentence: string, i: number, numberEnd: number, low: FigureReading, digit: boolean, near: string, language: Language): { end: number; low: RangeEnd; high: RangeEnd; percent: boolean } | null {
  if (low.multiplier) return null;
  const join = RANGE_JOIN.exec(sentence.slice(numberEnd, numberEnd + 8));
  if (!join) return null;
  const word = join[1]?.toLowerCase();
  if ((word === 'and' || word === 'y') && !BETWEEN_BEFORE.test(near)) return null;
  if ((word === 'to' || word === undefined) && FROM_BEFORE.test(near)) return null;
  // "al" joins a range only after "entre el": "del 40 al 60 %" after a verb is a change's ends.
  if (word === 'al' && !/\bentre\s+el\s+$/i.test(near)) return null;
  if ((word === 'o' || word === 'y' || word === 'al') !== (language === 'es') && word !== undefined) return null;
  const highStart = numberEnd + join[0].length;
  if (/\d/.test(sentence[highStart] ?? '') !== digit) return null;
  const high = readFigure(sentence.slice(highStart, highStart + 80), language);
  if (!high || high.end === 0 || high.hedge.kind !== 'none' || high.multiplier || (low.percent && !high.percent)) return null;
  const highText = sentence.slice(highStart, highStart + high.end);
  // "two to three million": the low end is said without the scale the high end has.
  const scale = SCALES.find(([word]) => word.test(highText) && !word.test(sentence.slice(i, numberEnd)))?.[1] ?? 1;
  const lowValue = scale > 1 && low.value * scale <= high.value ? low.value * scale : low.value;
  const lowStep = lowValue === low.value ? low.step : low.step * scale;
  if (!(high.value > lowValue && high.value <= lowValue * 10)) return null;
  // "in 2022 or 2023": years are periods, not a range of counts.
  if (digit && /^\d{4}$/.test(highText) && high.value >= 1800 && high.value <= 2100) return null;
  return { end: highStart + high.end, low: { value: lowValue, step: lowStep }, high: { value: high.value, step: high.step }, percent: high.percent };
}

function skipRun(text: string, from: number): number {
  const run = /^[\p{L}\p{N}_.,:/-]*/u.exec(text.slice(from, from + 40))![0];
  return from + Math.max(1, run.length);
}

export interface FindOptions {
  readonly language?: Language;
  /** Spans (offsets in `masked`) whose numbers belong to a date or period: "July 1", "in 2023". */
  readonly taken?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  /** Where to put the durations the sentence holds ("nine days"), which are no figures; left alone when absent. */
  readonly durations?: DurationMention[];
}

function insideTaken(taken: ReadonlyArray<{ readonly start: number; readonly end: number }>, offset: number): number {
  for (let i = 0; i < taken.length; i++) {
    const span = taken[i]!;
    if (span.start <= offset && offset < span.end) return span.end;
  }
  return -1;
}

/**
 * What findFigures reads of a sentence once, before its figures: its openings ("Of the …,", "Each
 * of …", "Per day,") bear on every figure after them, and searched for per figure, a sentence of
 * thousands of figures would be searched as often.
 */
interface SentenceScan {
  readonly sentence: string;
  readonly language: Language;
  /** Where a number may start (CANDIDATE_EN or _ES); findFigures moves its lastIndex. */
  readonly candidate: RegExp;
  /** The same search, to find the next number without moving `candidate`. */
  readonly probe: RegExp;
  /** Where "Of the 1,427 people who arrived …," ends at its comma; -1 without one. */
  readonly ofTheEnd: number;
  /** "Each of the 16 boats …" and where its clause ends; null and -1 without. */
  readonly each: RegExpExecArray | null;
  readonly eachEnd: number;
  /** A unit of time said first ("Per day,") or by the subject ("the daily figure"). */
  readonly rateHead: RegExpExecArray | null;
  /** What may follow a figure for it to take rateHead's unit. */
  readonly countedAfter: RegExp;
  /**
   * The probe's last search (clauseOf's, for the number after a figure) and where it started: when
   * `candidate` goes on from that same place, the next candidate is that match, and the stretch up
   * to it is not searched twice. -1 when there is none to take.
   */
  nextFrom: number;
  next: RegExpExecArray | null;
}

function scanSentence(sentence: string, language: Language): SentenceScan {
  // "Of the 1,427 people who arrived on April 30, 304 were minors": every figure after the opening
  // phrase's comma counts part of its group.
  const ofThe = OF_THE_OPENING.exec(sentence);
  // A sentence's unit of time said first or by its subject, looked for once: per figure, a sentence
  // of thousands of figures would be searched as often.
  const headOpening = RATE_OPENING.exec(sentence);
  // "Each of the 16 boats carries two motors, for 32 in all": in the clause a sentence opens with
  // "each", a figure after the group's own counts one of its members, not a total.
  const each = EACH_OPENING.exec(sentence);
  const subject = headOpening ? null : RATE_SUBJECT_CUE.test(sentence) ? RATE_SUBJECT.exec(sentence) : null;
  return {
    sentence,
    language,
    candidate: language === 'es' ? CANDIDATE_ES : CANDIDATE_EN,
    probe: language === 'es' ? PROBE_ES : PROBE_EN,
    ofTheEnd: ofThe ? sentence.indexOf(',', ofThe[0].length) : -1,
    each,
    eachEnd: each ? clauseEndAfter(sentence, each[0].length) : -1,
    rateHead: headOpening ?? subject,
    // After "On a daily basis," a figure may name the people it counts; after "the daily count" a
    // figure that names them ("11,363 migrants have crossed since July 1") is a total of its own.
    // An average is never a total: "El promedio diario de 2024 fue de unas 826 personas".
    countedAfter: headOpening || (subject && AVERAGE_SUBJECT.test(subject[0])) ? NOTHING_OR_PEOPLE_AFTER : NOTHING_COUNTED_AFTER,
    nextFrom: -1,
    next: null,
  };
}

/**
 * The next candidate from `candidate.lastIndex`, as `candidate.exec` finds it: the probe's match
 * when the probe searched from there (same source, same flags), with lastIndex moved as exec moves it.
 */
function nextCandidate(scan: SentenceScan): RegExpExecArray | null {
  const { candidate } = scan;
  if (scan.nextFrom < 0 || scan.nextFrom !== candidate.lastIndex) return candidate.exec(scan.sentence);
  const m = scan.next;
  scan.nextFrom = -1;
  scan.next = null;
  candidate.lastIndex = m ? m.index + m[0].length : 0;
  return m;
}

/** A length in kilometres after its number: "3 km", "a 5-kilometer stretch", "tres kilómetros". */
export const KM_AFTER = /^(?:\s*|-)(?:kilomet(?:er|re)s?|km|kilómetros?)(?![\p{L}])/iu;

/** "[1]", "[1,2]", "[3–5]", "[10, 11]", "[13, p. 4]": the rest of a citation in brackets. */
const CITATION_AFTER = /^\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*(?:,\s*pp?\.\s*\d{1,4}(?:[–-]\d{1,4})?)?\]/;
/** "[note 3]", "[nota 2]", the 11 of "[10, 11]", the 5 of "[3–5]": a citation's number after a word or another number. */
const CITATION_BEFORE = /\[(?:(?:note|notes|n\.|fn\.?|nota|notas)\s*|(?:\d{1,3}\s*[,–—-]\s*)+)$/i;

/**
 * Digits at sentence[i] that are part of a word or code, a time of day, a date or a phone number:
 * no figure, and the scan goes on past the whole run rather than reading what is left of it.
 */
function isCodeOrDate(sentence: string, i: number): boolean {
  const prev = sentence[i - 1] ?? ' ';
  // Part of a word or code: "G7", "COVID-19", "I-95", "#4", "7/17", "10:30".
  // "Jul.-1-deal": a date run into a word.
  // "crossings.2", "July 2024.4": a footnote's number set right after a sentence's full stop.
  // "30,055.[1]", "in 2023.[1][2]": a citation's number in brackets, as encyclopedias and briefs mark sources.
  const footnote = (prev === '.' && /[\p{L}\d)”"’]/u.test(sentence[i - 2] ?? '') && /^\d{1,2}(?:,\d{1,2})*(?=\s|$)/.test(sentence.slice(i, i + 8))) || (prev === '[' && CITATION_AFTER.test(sentence.slice(i, i + 24))) || CITATION_BEFORE.test(sentence.slice(Math.max(0, i - 8), i));
  if (isWordOrCodeMark(prev) || footnote || (prev === '-' && /[\p{L}.]/u.test(sentence[i - 2] ?? ''))) return true;
  const rest = sentence.slice(i, i + 24);
  // Each pattern below reads digits to the end of their run and then needs one of a few characters
  // (":" of "10:30", "-" of "2024-07", "/" of "7/17"): the one after the run is looked at first, and
  // a pattern is tried only where it stands. After most numbers ("11,363 ", "41%") none is tried.
  let run = 0;
  while (run < rest.length && rest.charCodeAt(run) >= 48 && rest.charCodeAt(run) <= 57) run++;
  const c = run < rest.length ? rest.charCodeAt(run) : -1;
  // What `\s` may match: ASCII white space, and any non-ASCII character, left to the pattern.
  const space = c === 32 || (c >= 9 && c <= 13) || c > 127;
  return (
    (c === 58 && /^\d{1,2}:\d{2}/.test(rest)) ||
    ((c === 58 || c === 46 || space || c === 97 || c === 65 || c === 112 || c === 80 || c === 111 || c === 79) && TIME_OF_DAY.test(rest)) ||
    (c === 45 && /^\d{4}-\d{1,2}(?:-\d{1,2})?\b/.test(rest)) ||
    (c === 47 && /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/.test(rest)) ||
    ((c === 41 || c === 46 || c === 45 || space) && /^\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/.test(rest)) ||
    // "+1 202 555 0143": the groups after the one a phone pattern took, read on their own.
    (space && /\d[\s.]$/.test(sentence.slice(Math.max(0, i - 2), i)) && /^\d{3}[\s.]\d{4}\b/.test(rest)) ||
    (c === 45 && /^\d{3,4}-\d{4}\b/.test(rest)) ||
    // "+1 202 555 0147", "+50712345678": a phone number; "+140%", "+58.7%" in a column of changes is not.
    (prev === '+' && !/^[\d.,]+\s*(?:%|per\s*cent|por\s+ciento)/i.test(rest) && (/^\d{1,3}[\s.-]\d/.test(rest) || /^\d{7,}/.test(rest))) ||
    (c === 45 && /^\d+-\d+\b/.test(rest)) ||
    (c === 46 && /^\d+(?:\.\d+){2,}/.test(rest))
  );
}

/** `/[\p{L}_#/:]/u` on one character: by its code where it is ASCII (\p{L} is [A-Za-z] there), else the regex. */
function isWordOrCodeMark(char: string): boolean {
  const c = char.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 35 || c === 47 || c === 58;
  return /[\p{L}_#/:]/u.test(char);
}

const DATELINE_DAY_AFTER = /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?\s*(?:,?\s*\d{4})?\s*\((?:AP|EFE|AFP|Reuters|dpa|ANSA|Xinhua|UPI|Bloomberg|Prensa Latina|Europa Press)\)/i;
// "8725 NW 18th Terrace": a compass quarter before the street, and a terrace. (Not "Way" or "Place"
// after any capitalised words: "4000 Migrants Make Their Way" is a headline's count.)
const STREET_AFTER = /^\s+(?:(?:[NS][EW]|[NSEW])\.?\s+|(?:North|South|East|West)\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\.?|\d+(?:st|nd|rd|th))\s+){1,3}(?:Ave(?:nue)?|St(?:reet)?|Rd|Road|Blvd|Boulevard|Dr|Ln|Pkwy|Hwy|Terrace|Ter)\b/u;
/** Digits read as a number that are still no quantity: an ordinal, a name, a year, a code, a dateline's day. */
function isNoQuantity(reading: FigureReading, numberText: string, after: string): boolean {
  if (ORDINAL_AFTER.test(after)) return true;
  // "14ymedio", "24horas": digits run into a word are a name, not a figure ("5km", "3mil" are not
  // such words: units and scales are short).
  if (RUN_INTO_WORD.test(after)) return true;
  if (/^\d{4}$/.test(numberText) && reading.value >= 1800 && reading.value <= 2100) return true;
  // "Metetí, Panamá, 22 dic (EFE).-": a dispatch's dateline in either language, whichever the text is in.
  if (DATELINE_DAY_AFTER.test(after)) return true;
  // "St. Brendan's parish hall, 2214 Delmar Ave.": a house number before its street's name.
  // Only digits with no separator ("500,000 Migrants Made Their Way" is a headline's count).
  if (/^\d{1,5}$/.test(numberText) && STREET_AFTER.test(after)) return true;
  // "045", "001": a code or an item's number; no count is written with a leading zero.
  return /^0\d/.test(numberText);
}

/** A place in the sentence where a number may start, with the words just before it. */
interface Candidate {
  readonly i: number;
  /** Written in digits, not in words. */
  readonly digit: boolean;
  /** Up to 60 characters before the number. */
  readonly before: string;
  /** Hedges, labels and ages sit just before the number: a short tail keeps their `$`-anchored searches cheap. */
  readonly near: string;
}

/** The number read at a candidate: what readFigure made of it, where it ends, and the words after it. */
interface NumberRead {
  readonly reading: FigureReading;
  /** Where the number ends in the sentence (its "%" or "-fold" too). */
  readonly end: number;
  readonly text: string;
  /** Up to 120 characters after the number. */
  readonly after: string;
  readonly range: NonNullable<ReturnType<typeof rangeAfter>> | null;
}

/** The candidate CANDIDATE matched at sentence[i]: 60 characters back is as far as any later step looks. */
function candidateAt(sentence: string, i: number, match: string): Candidate {
  const before = sentence.slice(Math.max(0, i - 60), i);
  return { i, digit: /\d/.test(match), before, near: before.slice(-32) };
}

/**
 * `/\d,\s*$/.test(text)` without trying the end-anchored regex at each position: the comma must
 * stand just before the white space that ends the text, and a digit just before it.
 */
function endsWithDigitComma(text: string): boolean {
  const end = trailingSpaceStart(text);
  if (end < 2 || text.charCodeAt(end - 1) !== 44) return false;
  const c = text.charCodeAt(end - 2);
  return c >= 48 && c <= 57;
}

const MAKES_UP_BEFORE = EN.pattern('makes-up-before');
const DURATION_BEFORE_RATE = EN.pattern('duration-before-rate');
const WHOLE_YEAR_AFTER = EN.pattern('whole-year-after');
/** "…76.000 personas, alrededor del 15 % del total.": the total, said bare, is the flow's of the period the sentence names. */
const BARE_TOTAL_AFTER = /^\s+(?:del\s+total|of\s+the\s+total)\s*(?:[.;)]|$)/iu;
const PART_NAMED_BEFORE = EN.pattern('part-named-before');
const PROPORTION_SET_OFF_AFTER = EN.pattern('proportion-set-off-after');

/** The number at the candidate, or null where none starts there. */
function readAt(scan: SentenceScan, at: Candidate): NumberRead | null {
  const { sentence, language } = scan;
  const { i, digit, before, near } = at;
  // "the flow fell by about a quarter", "down by two fifths": a fraction after a verb of change is
  // a percent change (readFigure reads a bare fraction only before its baseline, and "two" alone).
  const byFraction = digit ? null : fractionOfChange(sentence.slice(i, i + 24), near, sentence.slice(Math.max(0, i - 100), i));
  // "Those three months made up nearly three in four of the year's crossings": a proportion is a
  // fraction of a whole only after a verb of making up, in a sentence that names the part before it;
  // "Venezuelans made up two in three of last year's crossings" is a group's share.
  const proportionOfWhole = MAKES_UP_BEFORE.test(near) && PART_NAMED_BEFORE.test(sentence.slice(Math.max(0, i - 160), i));
  let reading = byFraction ?? readFigure(sentence.slice(i, i + 80), language, { proportionOfWhole });
  // "140, 180, 210": an item of a list is never joined to the next by its comma ("333, 704" is).
  if (reading && digit && endsWithDigitComma(before) && /^\d{1,3}, \d/.test(sentence.slice(i, i + reading.end))) reading = readFigure(sentence.slice(i, sentence.indexOf(',', i)), language);
  if (!reading || reading.end === 0) return null;
  const end = i + reading.end;
  return { reading, end, text: sentence.slice(i, end), after: sentence.slice(end, end + 120), range: null };
}

/**
 * The number as far as it is said: a fraction with a comparative ("a fifth higher"), or a range
 * ("8 or 9", "between 2,000 and 3,000"), read as one figure.
 */
function widenAt(scan: SentenceScan, at: Candidate, number: NumberRead): NumberRead {
  const { sentence } = scan;
  const { i } = at;
  let reading = number.reading;
  // "a fifth higher than 2022's", "a third lower": a fraction said with a comparative is a ratio
  // of 1 ± that fraction, not the fraction of the baseline ("a fifth of").
  const comparative = reading.multiplier && reading.value < 1 ? FRACTION_COMPARATIVE.exec(number.after) : null;
  if (comparative) reading = { ...reading, value: /^(?:higher|more|larger|bigger|greater|above|up|más|mayor|superior)$/i.test(comparative[1]!) ? 1 + reading.value : 1 - reading.value };
  const range = rangeAfter(sentence, i, number.end, reading, at.digit, at.near, scan.language);
  if (!range) return { ...number, reading };
  return {
    reading: { ...reading, value: (range.low.value + range.high.value) / 2, step: range.high.step, percent: range.percent },
    end: range.end,
    text: sentence.slice(i, range.end),
    after: sentence.slice(range.end, range.end + 120),
    range,
  };
}

/** Whether the number is a person's age ("65-year-old", "were under 18", "who was 4."); `spanish` when said "de 65 años". */
function ageOf(scan: SentenceScan, at: Candidate, number: NumberRead, wordBefore: string): { readonly age: boolean; readonly spanish: boolean } {
  const { sentence, language } = scan;
  const { i, near } = at;
  const { after } = number;
  // "were under 18", "over 60 years": an age limit, not a count.
  const ageLimit = reading_isSmall(sentence, i) && /\b(?:under|over|below|above|younger than|older than)\s+$/i.test(near) && AGE_LIMIT_AFTER.test(after);
  // "con su hija de 3": a child's age with "años" left out.
  const ageEs = language === 'es' && (AGE_AFTER_ES.test(after) || (AGE_YEARS_AFTER_ES.test(after) && AGE_BEFORE_ES.test(near)) || (number.reading.value < 18 && KIN_DE_BEFORE_ES.test(near) && NO_NOUN_AFTER_ES.test(after)));
  // "who was 4.", "who is four,": digits or words, a small whole number.
  const ageSaid = (reading_isSmall(sentence, i) || (!at.digit && number.reading.value < 100 && Number.isInteger(number.reading.value) && ONE_PERSON_IS_BEFORE.test(near))) && PERSON_IS_BEFORE.test(near) && (AGE_LIMIT_AFTER.test(after) || AGE_WHEN_AFTER.test(after));
  const age = ageLimit || ageSaid || ageEs || AGE_AFTER.test(after) || ((wordBefore === 'age' || wordBefore === 'aged' || wordBefore === 'ages' || wordBefore === 'turns' || wordBefore === 'turned' || wordBefore === 'turning') && AGE_BEFORE.test(near)) || (number.reading.value < 100 && AGES_LISTED_BEFORE.test(near));
  return { age, spanish: ageEs };
}

/**
 * A number, read, that counts nothing: an hour in words, an area, a height, "one" alone. (A
 * duration, "for two years", is set aside before, in findFigures; a person's age is said in years
 * too, so an age is no duration.)
 */
function countsNothing(at: Candidate, number: NumberRead, language: Language): boolean {
  const { digit, near } = at;
  const { reading, after } = number;
  if (reading.value <= 12 && !reading.percent && (TIME_IN_WORDS_AFTER.test(after) || (mayEndWith(near, 'las') && TIME_IN_WORDS_BEFORE.test(near)))) return true;
  if (reading.value < 60 && !reading.percent && mayEndWith(near, 'y') && MINUTES_BEFORE.test(near) && /^\s+de\s+la\s+(?:mañana|tarde|noche|madrugada)/iu.test(after)) return true;
  if (AREA_AFTER.test(after)) return true;
  // "tomada el 26 de ese mes", "on the 26th of that month": a day of a month named before, no count.
  if (reading.value <= 31 && Number.isInteger(reading.value) && DAY_OF_THAT_MONTH_AFTER.test(after)) return true;
  // "perhaps a day or two behind them", "una semana o dos": a rough length of time, no count.
  if (reading.value <= 3 && !reading.percent && ROUGH_SPAN_BEFORE.test(near)) return true;
  // "the 30-foot-high border wall", "a wall 30 feet high": a height or length, never a count.
  if (HEIGHT_AFTER.test(after)) return true;
  // "one of", "no one", "one day": "one" alone is seldom a figure.
  return !digit && reading.value === 1 && !reading.multiplier;
}

/**
 * Why the figure counts only part of what the sentence names, or no count at all (FigureMention's
 * `part`): a part or a proportion, for counts only: "99% of the migrants" is a share, read as one.
 */
function partOf(scan: SentenceScan, at: Candidate, number: NumberRead, wordBefore: string): Because | null {
  const { language, ofTheEnd, each, eachEnd } = scan;
  const { i, near } = at;
  const { reading, text: numberText, after } = number;
  // The end-anchored searches of `near` are tried from each of its positions: each runs only
  // when the word before the number (or the start-anchored test after it) lets it match.
  // "said its president, Aurelio Mena, 54.": the same after a name that ends the sentence.
  const appositive = at.digit && /^\d{1,3}$/.test(numberText) && reading.value >= 1 && reading.value < 120 && ((APPOSITIVE_AFTER.test(after) && APPOSITIVE_BEFORE.test(near)) || (APPOSITIVE_END_AFTER.test(after) && NAME_COMMA_BEFORE.test(near)));
  if (appositive) return because('age', { words: `${wordBeforeComma(near)}, ${numberText},` });
  // "2,765 migrants, of which 23.1% or 640 were minors": the figure after the share is the same part.
  if (SHARE_OR_BEFORE.test(near)) return because('part-of-group', { figure: numberText });
  if (PARTITIVE_AFTER.test(after) && !SPAN_SUBJECT_BEFORE.test(textBefore(scan.sentence, at.i, 120))) return because('part-of-group', { figure: numberText });
  // "fell below the 100 mark in June, when only 10 crossed": a threshold, not the count.
  if (THRESHOLD_AFTER.test(after) && /\b(?:the|la|el)\s+$/i.test(near)) return because('threshold', { figure: numberText });
  if (NEVER_REACHED_BEFORE.test(near) || NEVER_REACHED_AFTER.test(after)) return because('threshold', { figure: numberText });
  if (FIRST_PAST_BEFORE.test(near)) return because('threshold', { figure: numberText });
  // "for a running total of 237,639", "the running tally nears half a million", "un acumulado de":
  // a sum over years from a start the sentence does not name, not the year it stands in.
  // ("Add 2021 and 2022 together and you have more than half a million in two years": the years named are its period.)
  const running = RUNNING_TOTAL_BEFORE.exec(at.before) ?? (YEAR_DIGITS.test(scan.sentence) ? null : SEVERAL_YEARS_AFTER.exec(after));
  if (running) return because('running-total', { words: running[1]!.trim() });
  if (PER_UNIT_AFTER.test(after)) return because('group-size');
  // "unos 29.000, uno de cada cinco migrantes": a part of the flow, glossed as its share.
  if (PROPORTION_SET_OFF_AFTER.test(after)) return because('part-of-group', { figure: numberText });
  // "28,344 crossed the Darien jungle in the first 11 months of 2021 (22.3% of the total registered
  // migrants)": a figure its own bracket gives as a share of a total is a part of that total.
  const share = after.includes('(') ? SHARE_OF_TOTAL_AFTER.exec(after) : null;
  if (share) return because('share-of-total', { share: share[1]!.trim() });
  if (ADDITIONAL_AFTER.test(after) || wordBefore === 'another' || (language === 'es' && ADDITIONAL_AFTER_ES.test(after))) return because('addition');
  if ((reading.value <= 10 && reading.step >= 1 && PROPORTION_AFTER.test(after)) || (reading.value < 100 && PER_HUNDRED_AFTER.test(after)) || (PROPORTION_LAST_WORDS.has(wordBefore) && PROPORTION_BEFORE.test(near))) return because('proportion');
  if (GROUP_LAST_WORDS.has(wordBefore) && GROUP_BEFORE.test(near)) return because('group-size');
  // "siete de cada diez", "uno de cada cinco", "en grupos de cincuenta": a share, a group's size.
  if (language === 'es' && (PROPORTION_AFTER_ES.test(after) || PROPORTION_BEFORE_ES.test(near))) return because('proportion');
  if (PER_MEMBER_AFTER.test(after)) return because('proportion');
  // "for every 10 people who crossed the year before, fewer than six made the trip", "por cada
  // migrante que cruzó en 2025, unos diez lo habían hecho el año anterior": the other term of a
  // proportion, no count of its own (darien does not yet read the ratio it states).
  if ((scan.sentence.includes('every') || scan.sentence.includes('cada')) && FOR_EVERY_CLAUSE_BEFORE.test(textBefore(scan.sentence, at.i, 140))) return because('proportion');
  if (language === 'es' && GROUP_BEFORE_ES.test(near)) return because('group-size');
  if (ofTheEnd >= 0 && i >= ofTheEnd) return because('part-of-opening');
  if (each && i >= each[0].length && i < eachEnd && HAS_BEFORE.test(near)) return because('group-size');
  return null;
}

/**
 * "Crossings topped 240,000", "el flujo superó los 300.000", "the rise tops 120%", "fell below 1,000
 * a day": a round figure right after a verb of passing a mark is a bound the count passed, as "more
 * than" or "under" would say, not the count itself. Only a round figure (two significant digits at
 * most): "exceeded the 248,284 of 2022" and "supera los 248.284 de 2022" name what is compared
 * with. Not "pasó de 2.461 a 140" (from and to) nor "bajó de" (the same), nor a mark whose own
 * period or owner follows ("los 250.000 de 2022": the figure compared with).
 */
const PAST_MARK_BEFORE = keyed(/(?:^|[^\p{L}])(?:(topped|tops|exceeded|exceeds|surpassed|surpasses|passed|broke|went\s+(?:past|above|over)|rose\s+above|climbed\s+(?:past|above)|super(?:a|an|ó|aron|aba|aban)|(?:ha|han|había|habían)\s+superado|rebas(?:a|an|ó|aron)|sobrepas(?:a|an|ó|aron))(?:\s+(?:los|las|el|la))?|((?:fell|dropped|dipped|slipped|sank)\s+below|(?:cayó|cayeron|bajó|bajaron|quedó|quedaron)\s+por\s+debajo\s+de)(?:\s+(?:los|las|el|la))?)\s+$/iu, /top|exceed|surpass|passed|broke|past|above|over|super|rebas|sobrepas|below|debajo/iu);
const MARK_IS_COMPARED_AFTER = /^(?:\s*(?:%|percent|per cent|por ciento))?\s+(?:(?:a|to)\s+(?:about\s+|some\s+|unos\s+|unas\s+)?\d|(?:de|del|of)\s+(?:\d{4}|(?:the|that|last|el|la|ese|esa|aquel|aquella|este|esta)\b|año|mes)|registrad|reportad|contabilizad|recorded|reported|counted)/iu;

/** The people a passed mark counts, with nothing after them that makes it another period's or another count ("de 2022", "registrados", "que cruzaron en 2021"). */
const COUNTED_PEOPLE_AFTER = /^\s+(?:personas|migrantes|viajeros|people|migrants|travelers|travellers)(?![\p{L}])(?!\s+(?:(?:de|del|of|in|en|during|durante)\s+(?:\d{4}|the|that|last|el|la|ese|esa|aquel|aquella|este|esta|año|mes)\b|(?:que|who|that|registrad|reportad|contabilizad|recorded|reported|counted)))/iu;

const ALREADY_BEFORE = /(?:^|[^\p{L}])(?:already|ya)\s*$/iu;

/** The bound a verb of passing a mark puts on a round figure just after it, or null (PAST_MARK_BEFORE). */
function pastMarkHedge(near: string, reading: FigureReading, after: string): Hedge | null {
  // "la entrada de migrantes supera las 124 mil 500 personas": a figure of any precision followed by
  // the people it counts, and by nothing that names another period or count, is the subject's floor.
  if (reading.multiplier || reading.step <= 0) return null;
  const verb = PAST_MARK_BEFORE.exec(near);
  if (!verb || MARK_IS_COMPARED_AFTER.test(after)) return null;
  // "Before his first month was out, the year's tally had already passed 212,000": a running total
  // that has already passed a mark (three significant digits at most) is at least that, and goes on
  // rising, with no ceiling near it.
  if (verb[1] && reading.value / reading.step <= 999 && ALREADY_BEFORE.test(near.slice(0, verb.index + 1))) return { kind: 'at-least', words: `already ${verb[1].replace(/\s+/g, ' ')}` };
  if (reading.value / reading.step > 99 && !COUNTED_PEOPLE_AFTER.test(after)) return null;
  return { kind: verb[1] ? 'over' : 'below', words: (verb[1] ?? verb[2]!).replace(/\s+/g, ' ') };
}

/** A Spanish verb of change before "hasta" ("se disparó hasta", "cayó hasta"): where the count went. */
const CHANGED_TO_ES = /(?:^|[^\p{L}])(?:dispar(?:ó|aron)|sub(?:ió|ieron)|aument(?:ó|aron)|creci(?:ó|eron)|cay(?:ó|eron)|baj(?:ó|aron)|descendi(?:ó|eron)|redujo|redujeron|lleg(?:ó|aron)|trep(?:ó|aron)|escal(?:ó|aron)|salt(?:ó|aron)|desplom(?:ó|aron))\s+hasta\s*$/iu;

/** Where the figure starts, looking back from the number: "$", an article ("more than a 99.98% drop"), a hedge. */
function lookBack(at: Candidate, multiplier = false): { readonly figureStart: number; readonly hedge: Hedge; readonly currency: ExplicitUnit | null } {
  const { i, before } = at;
  const beforeStart = i - before.length;
  let figureStart = i;
  // "casi se triplicó", "con creces se duplicaron": a Spanish verb of multiplying takes its "se"
  // between the hedge and the verb, as "nearly tripled" does not.
  let head = multiplier ? before.replace(REFLEXIVE_AT_END, '') : before;
  let currency: ExplicitUnit | null = null;
  // "$3 million", "£3.1 million", "€2 million": a sign before the number says its currency.
  const sign = /(?:(?:US|U\.S\.)?\$|£|€)\s?$/.exec(head);
  if (sign) {
    currency = sign[0].includes('£') ? 'GBP' : sign[0].includes('€') ? 'EUR' : 'USD';
    figureStart -= sign[0].length;
    head = head.slice(0, head.length - sign[0].length);
  }
  // "more than a 99.98% drop"; Spanish puts one before a share: "casi el 60 %".
  const article = articleAtEnd(head);
  const hedgeHead = article !== null ? head.slice(0, head.length - article.length) : head;
  const hedgeLast = lastWord(hedgeHead);
  // "slightly more than the 25,332 of August": a comparison with that figure, not a hedge on it.
  const comparedWith =
    // "more than 80,000 above the 248,284 of 2022": so is "above", "below", "under" or "over" the figure.
    (article !== null && /^the/i.test(article) && /^(?:than|above|below|under|over)$/i.test(hedgeLast)) ||
    // "handed over 40 vehicles", "turned over 12 suspects": a verb's particle, not a hedge. Tried
    // on the last words only: an end-anchored search over the whole text before would be slow.
    (hedgeLast.toLowerCase() === 'over' &&
      /\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|pass(?:ed|es|ing)?|gave|give[sn]?|giving|took|take[sn]?|taking|carr(?:ied|ies|y|ying))\s+over\s*$/i.test(hedgeHead.slice(-24))) ||
    (hedgeLast.toLowerCase() === 'to' && VERB_UP_TO.test(hedgeHead.slice(-24))) ||
    // "la cifra se disparó hasta 133.726", "cayó hasta 3.091": the Spanish "rose to", "fell to".
    (hedgeLast.toLowerCase() === 'hasta' && CHANGED_TO_ES.test(hedgeHead.slice(-32)));
  // "no llegaba ni a la cuarta parte": a hedge may itself end in a word that is also an article.
  const whole = article !== null && !comparedWith && HEDGE_LAST_WORDS.has(lastWord(head)) ? hedgeAtEnd(head) : null;
  const hedgeMatch = whole ?? (!comparedWith && HEDGE_LAST_WORDS.has(hedgeLast) ? hedgeAtEnd(hedgeHead) : null);
  let hedge: Hedge = { kind: 'none', words: null };
  if (hedgeMatch) {
    const { words } = hedgeMatch;
    hedge = { kind: HEDGE_KIND.get(words.toLowerCase()) ?? 'none', words };
    figureStart = beforeStart + hedgeMatch.start;
  }
  return { figureStart, hedge, currency };
}

/** The unit the figure is said in, and where the figure ends: an age's "-year-old" is part of it. */
function unitOf(number: NumberRead, age: boolean, ageEs: boolean, currency: ExplicitUnit | null): { readonly unit: ExplicitUnit | null; readonly figureEnd: number } {
  const { reading, after } = number;
  let figureEnd = number.end;
  let unit: ExplicitUnit | null = null;
  if (age) {
    unit = 'years';
    const suffix = AGE_AFTER.exec(after) ?? (ageEs ? AGE_YEARS_AFTER_ES.exec(after) : null);
    if (suffix && suffix[0].startsWith('-')) figureEnd += suffix[0].length;
  } else if (reading.multiplier) unit = 'times';
  else if (reading.percent) unit = 'percent';
  // "diez puntos porcentuales", "casi 20 puntos de ventaja": points in Spanish too.
  else if (/^\s*percentage[- ]points?\b|^\s*(?:points?|pp|puntos?)\b/i.test(after)) unit = 'percentage-points';
  // "800.000 dólares", "3 millones de dólares estadounidenses": Spanish says the currency after
  // (with "de" once the number has read its "millones").
  else if (currency) unit = currency;
  else if (/^\s*(?:(?:US|U\.S\.)\s+)?(?:dollars|USD)\b/i.test(after) || /^\s*(?:(?:(?:millones|millón)\s+)?de\s+)?dólares(?![\p{L}])/iu.test(after)) unit = 'USD';
  else if (/^\s*(?:(?:(?:millones|millón)\s+)?de\s+)?(?:euros?|EUR)(?![\p{L}])/iu.test(after)) unit = 'EUR';
  else if (/^\s*(?:pounds\s+sterling|GBP)(?![\p{L}])/iu.test(after)) unit = 'GBP';
  // "a 60-mile trail", "a 30-mile-wide strip": a measure written as an adjective is a length too.
  // Spanish too: "unas tres millas", "casi cinco kilómetros".
  else if (/^(?:\s*|-)(?:miles?|mi|millas?)\b/i.test(after)) unit = 'miles';
  else if (KM_AFTER.test(after)) unit = 'km';
  return { unit, figureEnd };
}

/** A figure past every check: where it starts and ends, and the words its rate and change are read from. */
interface FigureAt {
  /** Where its number starts. */
  readonly i: number;
  readonly before: string;
  readonly near: string;
  /** From its hedge or "$" to the end of its unit's "-year-old". */
  readonly figureStart: number;
  readonly figureEnd: number;
  readonly reading: FigureReading;
  readonly unit: ExplicitUnit | null;
  /** Up to 120 characters after figureEnd. */
  readonly after: string;
}

/** The clause the figure stands in (after it), for rates and bases several words away. */
function clauseOf(scan: SentenceScan, near: string, figureEnd: number): string {
  const { sentence, probe } = scan;
  probe.lastIndex = figureEnd;
  const next = probe.exec(sentence);
  scan.nextFrom = figureEnd;
  scan.next = next;
  const nextFigure = next ? next.index : sentence.length;
  // Only the next 100 characters can hold the figure's clause: the search for its break stops
  // there, or a sentence of thousands of figures is read in time that grows as its square.
  const reach = Math.min(nextFigure, figureEnd + 100, sentence.length);
  // "a small town — roughly 14,000 people — arriving every single day": a figure that is itself
  // the aside goes on past the dash that closes it.
  const rest = sentence.slice(figureEnd, reach + CLAUSE_BREAK_LENGTH);
  const clauseBreak = CLAUSE_BREAK.exec(withoutAsides(OPENS_ASIDE.test(near) ? rest.replace(CLOSES_ASIDE, (dash) => ' '.repeat(dash.length)) : rest));
  const clauseEnd = Math.min(reach, clauseBreak ? figureEnd + clauseBreak.index : reach);
  return sentence.slice(figureEnd, clauseEnd);
}

interface Rate {
  readonly per: RateUnit | null;
  readonly perWords: string | null;
}
const NO_RATE: Rate = { per: null, perWords: null };

/**
 * The unit of time the figure is a rate in, and the words that say it: in its clause ("140 a
 * day"), or before it ("On an average September day", "annual crossings", "Per day," at the
 * sentence's head).
 */
function rateOf(scan: SentenceScan, figure: FigureAt, clause: string): Rate {
  const { sentence, language, rateHead, countedAfter } = scan;
  const { i, before, after } = figure;
  // "…companies, and families wait a week or more": how long, not a rate of the figure ("for
  // every day of the year" is one).
  const perWord = PER.exec(clause);
  const rate = perWord && /^an?\s/i.test(perWord[0]) && DURATION_BEFORE_RATE.test(clause.slice(0, perWord.index)) ? null : perWord;
  // "2.000 personas en un solo día": the "un" ends the clause as a next figure would.
  const single = rate === null && language === 'es' ? ONE_SINGLE_AFTER_ES.exec(after.slice(0, 60)) : null;
  if (single) return { per: perUnit(single[1]!.toLowerCase()), perWords: single[0].replace(/^(?:\s+\p{L}+){0,2}\s+(?=en\s)/u, '') };
  // "133,726 crossings, a daily average of a little over 360": "daily average" opens the next
  // figure's words, not this one's.
  const nextOwns = rate !== null && rate[2] !== undefined && scan.next !== null && scan.next.index === figure.figureEnd + clause.length && /^\s+average\s+(?:of|at|was|is)\b/i.test(clause.slice(rate.index + rate[0].length));
  if (rate && !nextOwns) return { per: perUnit((rate[1] ?? rate[2] ?? rate[3] ?? rate[4] ?? rate[5] ?? '').toLowerCase()), perWords: rate[0] };
  let per: RateUnit | null = null;
  let perWords: string | null = null;
  // "On an average September day, some 850 people ...": the rate's unit before the figure.
  const averageDay = AVERAGE_UNIT_BEFORE.exec(before.slice(-60));
  if (averageDay) {
    perWords = averageDay[0].trim();
    // "Every day of 2023, on average, some 1,400 ...": the unit, then the period it falls in.
    const word = (averageDay[1] ?? averageDay[2]!).toLowerCase();
    per = word === 'day' ? 'day' : word === 'week' ? 'week' : 'month';
  }
  const someDays = per === null ? ON_SOME_DAYS_BEFORE.exec(textBefore(sentence, figure.figureStart, 120)) : null;
  if (someDays) {
    perWords = someDays[0].replace(/^[^\p{L}]+|[\s,]+$/gu, '');
    per = 'day';
  }
  // "annual crossings never topped 31,000": a rate per year, as "monthly" is per month.
  const previous = per === null && /daily|weekly|monthly|annual|yearly/i.test(before) ? PER_BEFORE.exec(before) : null;
  if (previous && !/\d/.test(previous[0]) && !SUMMED.test(previous[0])) {
    perWords = previous[1]!;
    const word = previous[1]!.toLowerCase();
    per = word === 'daily' ? 'day' : word === 'weekly' ? 'week' : word === 'monthly' ? 'month' : 'year';
  }
  // "Measured per day, the flow went from about 680 in 2022 to roughly 1,400 in 2023": a unit
  // of time set at the head of the sentence is every figure's after it.
  // "la cifra diaria de migrantes … bajó, al pasar de un promedio de 2.400 a 140": a subject that
  // names a rate ("the daily figure", "el promedio diario") makes the figures after it rates too.
  const opening = per === null ? rateHead : null;
  // Only in the same clause, and only for a figure that names nothing it counts: "Each day,
  // hundreds arrive; in 2023, 520,085 crossed" and "the daily count …, 11,363 migrants have
  // crossed since July 1" are totals.
  // "Every day 2,000 migrants crossed": "every day" is the figure's only just before it; "Each
  // week, Panama publishes its count: in 2024, 302,203 …" is how often something else happens.
  const reach = opening && opening[3] !== undefined ? i - (opening.index + opening[0].length) <= (language === 'es' ? EVERY_REACH_ES : EVERY_REACH) : true;
  if (opening && reach && i >= opening.index + opening[0].length && !CLAUSE_TURN.test(sentence.slice(opening.index + opening[0].length, i)) && countedAfter.test(after)) {
    perWords = opening[0].replace(/^\W+|[\s,]+$/g, '');
    per = perUnit((opening[1] ?? opening[2] ?? opening[3] ?? '').toLowerCase());
  }
  // "diariamente las poblaciones panameñas reciben entre 2.000 y 3.000 personas": a Spanish
  // adverb of how often, a few words before the figure in its clause.
  const adverbEs = per === null && language === 'es' && countedAfterPeople(after) ? ADVERB_BEFORE_ES.exec(before.slice(-80)) : null;
  if (adverbEs) {
    perWords = adverbEs[1]!;
    per = perUnit(adverbEs[1]!.toLowerCase().replace(/^(?:a|cada|todos los|todas las) /, ''));
  }
  // "cruzaron, mes tras mes, más de 25.000", "month after month, more than 25,000 came": each one.
  const inTurn = per === null ? IN_TURN_BEFORE.exec(before.slice(-48)) : null;
  if (inTurn) {
    perWords = inTurn[0].replace(/^[^\p{L}]+|[\s,]+$/gu, '');
    per = perUnit(inTurn[1]!.toLowerCase());
  }
  // "un promedio de ingreso diario de aproximadamente 360 migrantes".
  const averageEs = per === null && language === 'es' ? PER_BEFORE_ES.exec(before) : null;
  if (averageEs) {
    perWords = averageEs[0].trim();
    per = /^diari/i.test(averageEs[1]!) ? 'day' : /^semanal/i.test(averageEs[1]!) ? 'week' : 'month';
  }
  return { per, perWords };
}

/**
 * What the words say about a rate ("at its peak", "today", "an average of"), read whether or not
 * this figure turns out to be one: "to just 140 today" takes its "per day" from the "2,461 per
 * day" it is compared with.
 */
function basisOf(scan: SentenceScan, figure: FigureAt, clause: string, per: RateUnit | null, perWords: string | null): RateBasis | null {
  const { figureEnd } = figure;
  // The words just before the number and its clause after, each searched as it stands: joining
  // them ("before clause") made a new string per figure, and no word spans the join.
  const near40 = figure.before.slice(-40);
  // "in a single month": one month's count, some month's, so at most the busiest's.
  // "en un solo día", "en una sola semana": the same in Spanish.
  if (perWords !== null && /\b(?:in (?:a|one) single|en (?:un|una) (?:sol[oa]|únic[oa]))\b/i.test(perWords)) return 'peak';
  // "on several days in September": some days', so at most the busiest's.
  if (perWords !== null && ON_SOME_DAYS_BEFORE.test(`${perWords} `)) return 'peak';
  // "in a typical month": an average, whatever else the clause says.
  if (perWords !== null && /\b(?:typical|average)\b/i.test(perWords)) return 'average';
  // "212,000 … this year by July 17, or about 700 a day", "(es decir, unas 830 al día)": a rate
  // that restates the total before it is that total's average, whatever day the total stood on.
  if (per !== null && RESTATED_AS_RATE_BEFORE.test(near40)) return 'average';
  if (/\b(?:today|now|currently|at present|these days)\b/i.test(clause)) return 'spot';
  // "2,461 at the August 2021 peak": the clause stops at the year's digits, so the words just after
  // are read too, up to a "to" ("a", "hasta") that starts the other end of a change. They say which
  // day of an average it was: "el promedio diario había bajado de 2.461 en el pico de agosto a 140".
  const after = /^[^;,(]{0,40}?(?=\bto\b|$)/.exec(scan.sentence.slice(figureEnd, figureEnd + 40))?.[0] ?? '';
  // Not after a verb of averaging: "averaged about 817 a day in August 2021 at the height of the surge".
  if (!AVERAGED_JUST_BEFORE.test(near40) && PEAK.test(scan.language === 'es' ? (/^.{0,40}?(?=\b(?:a|hasta)\b|$)/su.exec(after)?.[0] ?? after) : after)) return 'peak';
  if (AVERAGE.test(near40)) return 'average';
  // "un pico de 2.461 cruces diarios en agosto, aunque el promedio de ese mes …": a peak word just
  // before the figure is its own, an average later in the clause another figure's.
  if (PEAK.test(sinceLastFigure(near40))) return 'peak';
  if (AVERAGE.test(clause)) return 'average';
  // "At the height of the surge, in August 2021, … some 2,461 people were arriving each day": a
  // sentence that opens at the peak speaks of its busiest days throughout.
  if (per !== null && PEAK_OPENS.test(scan.sentence)) return 'peak';
  if (SPOT_BEFORE.test(near40)) return 'spot';
  // A peak word before another figure is that one's: "de 2.461 en el pico de agosto a 140".
  if (PEAK.test(sinceLastFigure(near40)) || (per !== null && (PEAK_VERB_BEFORE.test(near40) || CEILING_BEFORE.test(near40))) || PEAK.test(clause)) return 'peak';
  // "el pico de ingreso a nuestro país ascendía a 2.400 migrantes al día": the peak, subject of the verb before the figure.
  if (per !== null && PEAK_SUBJECT_BEFORE.test(textBefore(scan.sentence, figure.figureStart, 90))) return 'peak';
  // "The first surge peaked … in August 2021, when 2,461 people a day were reaching": the when-clause of a peak.
  if (per !== null && PEAKED_WHEN_BEFORE.test(textBefore(scan.sentence, figure.figureStart, 140))) return 'peak';
  // "Panama has seen days in which we get 1,500 or 2,000 a day", "hubo días de 3.000", "en octubre
  // hubo picos sin precedentes, puesto que entraban 3.000 y 4.000 personas al día": some days, the busiest.
  if (per !== null && SOME_DAYS_BEFORE.test(textBefore(scan.sentence, figure.figureStart, 90))) return 'peak';
  return null;
}

/**
 * The words before a figure that may be its own: after the last figure (a year is no figure), and
 * after the "to" ("a", "hasta") that ends that figure's words: "de 2.461 en el pico de agosto a 140".
 */
function sinceLastFigure(before: string): string {
  let from = 0;
  for (const found of before.matchAll(/\d+(?:[.,]\d+)*/g)) if (!/^(?:19|20)\d\d$/.test(found[0])) from = found.index + found[0].length;
  if (from === 0) return before;
  const rest = before.slice(from);
  const to = [...rest.matchAll(/\b(?:to|a|hasta)\b/gi)].at(-1);
  return to ? rest.slice(to.index + to[0].length) : rest;
}

/** Up to `length` characters of the sentence before `at`: the words of change ("a drop of", "fell … by"). */
function textBefore(sentence: string, at: number, length: number): string {
  return sentence.slice(Math.max(0, at - length), at);
}

/**
 * Whether the figure is a change, and of what kind: "a 99% reduction", "a drop of 41 percent",
 * "fell 41%", "9,000 fewer than", "tripled". `lookBehind`: the 40 characters before the figure.
 */
function changeOf(scan: SentenceScan, figure: FigureAt, lookBehind: string): Change | null {
  const { reading, unit } = figure;
  // "This statistic multiplies by four the 49,452 …": a ratio in a verb, the number its factor.
  // "a hundred times fewer than the year before", "cien veces menos que": the subject is the baseline
  // divided by the factor, a decrease (comparison.ts turns the factor over).
  if (reading.multiplier || MULTIPLIED_BY.test(lookBehind)) return { kind: 'ratio', direction: reading.value < 1 || (reading.multiplier && TIMES_FEWER_AFTER.test(figure.after)) ? 'decrease' : 'increase' };
  const kind = unit === 'percent' ? 'percent-change' : unit === null || unit === 'USD' || unit === 'miles' ? 'difference' : null;
  if (!kind) return null;
  // "together made up more than 70% of last year's 133,726 crossings", "suponen cerca del 40 % de
  // todos los registrados entre 2021 y 2024": a percent of a whole after a verb of making it up is a
  // share, the ratio of a part to its whole (comparison.ts reads the percent as a hundredth).
  // Not a group's share ("children made up just 2 per cent of the flow"): that is one group's count.
  // ", nearly 80% of the year's total", "…76.000, casi el 80 % del total de ese año": a share in
  // apposition to the count just before it is that count's share, as after a verb.
  // In apposition only a share of the year's whole flow ("del total de ese año", "of the year's total"):
  // "cerca del 5 % del total de la población de Panamá" is of something else.
  const shareSaid = SHARE_VERB_BEFORE.test(lookBehind) || (SHARE_APPOSITIVE_BEFORE.test(lookBehind) && (WHOLE_YEAR_AFTER.test(figure.after) || BARE_TOTAL_AFTER.test(figure.after)));
  if (kind === 'percent-change' && shareSaid && SHARE_OF_AFTER.test(figure.after) && !groupSubjectBefore(textBefore(scan.sentence, figure.figureStart, 100))) return { kind: 'ratio', direction: 'decrease' };
  if (kind === 'difference' && FALL_GLOSSED_BEFORE.test(lookBehind)) return { kind, direction: 'decrease' };
  if (kind === 'difference' && RISE_GLOSSED_BEFORE.test(lookBehind)) return { kind, direction: 'increase' };
  const direction = directionOf(scan, figure, lookBehind, kind);
  // "fell to 140" states where a count ended up, not by how much it changed.
  // "put the increase at 306 percent" is a change, though "at" ends it.
  // ("cayó a 140", Spanish, as "fell to 140".)
  const endsAt = (/\b(?:to|at)\s+$/i.test(lookBehind) || (scan.language === 'es' && /(?:^|[^\p{L}])(?:a|hasta)\s+$/u.test(lookBehind))) && !changeSubject(scan, figure);
  return direction !== null && (!endsAt || /\bthe\s+\w+\s+at\s+$/i.test(lookBehind)) ? { kind, direction } : null;
}

/** The way a noun of change that is the figure's subject goes ("The fall … amounts to"), or null. */
function changeSubject(scan: SentenceScan, figure: FigureAt): 'increase' | 'decrease' | null {
  const before = textBefore(scan.sentence, figure.figureStart, 100);
  return CHANGE_SUBJECT_DECREASE.test(before) ? 'decrease' : CHANGE_SUBJECT_INCREASE.test(before) ? 'increase' : null;
}

/** Which way a percent change or difference goes, by the words before it ("fell", "up by") or after ("fewer than"); null for none. */
function directionOf(scan: SentenceScan, figure: FigureAt, lookBehind: string, kind: 'percent-change' | 'difference'): 'increase' | 'decrease' | null {
  const { after } = figure;
  // "up 20%", "down by 9,000"; but "put up three miles of wire" is no change.
  const before1 = lastWord(lookBehind);
  const changeBefore = CHANGE_LAST_WORDS.has(before1);
  // "children made up just 2 per cent of the flow", "took up 40%": a share, not a rise.
  const upDown = changeBefore && !PHRASAL_UP.test(lookBehind) ? /\b(up|down)\s+(by\s+)?(?:(?:only|just|merely)\s+)?$/i.exec(lookBehind) : null;
  // A count after "up"/"down" is a change only with "by", or as a label's value or a
  // predicate ("Change, 2023 to 2024: down 217,882", "the total was up 5,000"): "set up 3
  // camps", "cut down 40 trees" are no change.
  const upDownCounts = upDown !== null && (kind === 'percent-change' || upDown[2] !== undefined || UP_DOWN_PREDICATE.test(lookBehind));
  const spanish = scan.language === 'es';
  const changeBeforeEs = spanish && CHANGE_LAST_WORDS_ES.has(before1);
  if (spanish && ((changeBeforeEs && CHANGE_BEFORE_DECREASE_ES.test(lookBehind)) || (kind === 'percent-change' && PERCENT_LOWER_AFTER_ES.test(after)) || (kind === 'difference' && FEWER_AFTER_ES.test(after)))) return 'decrease';
  if (spanish && ((changeBeforeEs && CHANGE_BEFORE_INCREASE_ES.test(lookBehind)) || (kind === 'percent-change' && PERCENT_HIGHER_AFTER_ES.test(after)) || (kind === 'difference' && MORE_AFTER_ES.test(after)))) return 'increase';
  if ((changeBefore && CHANGE_BEFORE_DECREASE.test(lookBehind)) || (upDownCounts && upDown![1]!.toLowerCase() === 'down') || (kind === 'percent-change' && (CHANGE_AFTER_DECREASE.test(after) || PERCENT_LOWER_AFTER.test(after)))) return 'decrease';
  if ((changeBefore && CHANGE_BEFORE_INCREASE.test(lookBehind)) || (upDownCounts && upDown![1]!.toLowerCase() === 'up') || (kind === 'percent-change' && (CHANGE_AFTER_INCREASE.test(after) || PERCENT_HIGHER_AFTER.test(after)))) return 'increase';
  // "The drop from 2023 to 2024 amounts to about 42 percent": a noun of change as the subject.
  const subject = changeSubject(scan, figure);
  if (subject) return subject;
  // "beat the 2022 total by about a hundred thousand": the verb may be a dozen words back.
  if (before1 === 'by' && BY_DECREASE.test(textBefore(scan.sentence, figure.figureStart, 120))) return 'decrease';
  if (before1 === 'by' && BY_INCREASE.test(textBefore(scan.sentence, figure.figureStart, 120))) return 'increase';
  if (kind === 'difference' && FEWER_AFTER.test(after)) return 'decrease';
  if (kind === 'difference' && MORE_AFTER.test(after)) return 'increase';
  // "In 2015, 29,289 crossed, and in 2016 some 1,700 more": "more" closing a clause that names a
  // period of its own, after a count of the sentence, is the difference from that count.
  const elliptical = kind === 'difference' ? ELLIPTICAL_AFTER.exec(after) : null;
  if (elliptical && ANOTHER_PERIOD_BEFORE.test(textBefore(scan.sentence, figure.figureStart, 120))) return /^(?:fewer|less)$/i.test(elliptical[1]!) ? 'decrease' : 'increase';
  return null;
}
const ELLIPTICAL_AFTER = /^\s+(more|fewer|less)(?=\s*[.;:)]|\s*$)/i;
const ANOTHER_PERIOD_BEFORE = /\d[^.;]*?\s(?:and|while|but)\s+(?:in|during|last|this|the following|the next)\b[^.;,\d]*(?:(?:19|20)\d\d)?[^.;,\d]*,?\s+(?:(?:about|some|nearly|roughly|around|almost|just over|just under)\s+)?$/i;

const SUMS_TO = /\b(?:add(?:s|ed|ing)?\s+up|amount(?:s|ed|ing)?|come|comes|came|coming|sum(?:s|med|ming)?|works?\s+out|worked\s+out|equal(?:s|led)?|equivalent)\s+to\s+$/i;
const HASTA_BEFORE_ES = /,\s*hasta\s+(?:los|las|unos|unas)\s+$/iu;
const CHANGE_VERB_ES = new RegExp(`(?:^|[^\\p{L}])(?:${DECREASE_VERBS_ES}|${INCREASE_VERBS_ES})(?![\\p{L}])`, 'iu');
/** "from 2,461 … to 140", "de 302.203 a 3.091": whether the figure is a change's first or last end, and the verb of change before "from". */
function endsOf(scan: SentenceScan, figureStart: number, lookBehind: string): { readonly from: boolean; readonly to: boolean; readonly changeVerb: 'increase' | 'decrease' | null } {
  const { sentence, language } = scan;
  // Spanish "de X a Y" is a change only after a verb of change: "de" alone is everywhere.
  const verbFromEs = language === 'es' && /(?:^|[^\p{L}])de\s+$/u.test(lookBehind) ? CHANGE_VERB_BEFORE_FROM_ES.exec(textBefore(sentence, figureStart, 120)) : null;
  const from = /\bfrom\s+(?:the\s+)?$/i.test(lookBehind) || verbFromEs !== null;
  // "bajó un 42 por ciento, hasta los 302 mil 203": "hasta" after a verb of change is its end too.
  // "add up to roughly 1.6 million", "came to some 200,000": a sum or an amount, no change's end.
  const to = (/\bto\s+$/i.test(lookBehind) && !SUMS_TO.test(lookBehind)) || (language === 'es' && /(?:^|[^\p{L}])a\s+$/u.test(lookBehind) && /(?:^|[^\p{L}])de\s+\d/u.test(textBefore(sentence, figureStart, 120))) || (language === 'es' && HASTA_BEFORE_ES.test(lookBehind) && CHANGE_VERB_ES.test(textBefore(sentence, figureStart, 120)));
  let changeVerb: 'increase' | 'decrease' | null = null;
  if (verbFromEs) changeVerb = verbFromEs[1] ? 'decrease' : verbFromEs[2] && !/^pas/i.test(verbFromEs[2]) ? 'increase' : null;
  else if (from) {
    const verb = CHANGE_VERB_BEFORE_FROM.exec(sentence.slice(0, figureStart));
    if (verb) changeVerb = verb[1] ? 'decrease' : 'increase';
  }
  return { from, to, changeVerb };
}

/** What the words around a figure say of it: a rate and its basis, a change and its ends. */
function rateAndChangeOf(scan: SentenceScan, figure: FigureAt): Pick<FigureMention, 'per' | 'perWords' | 'basis' | 'change' | 'from' | 'to' | 'changeVerb'> {
  const { unit, figureStart } = figure;
  const clause = clauseOf(scan, figure.near, figure.figureEnd);
  const { per, perWords } = unit === null || unit === 'USD' ? rateOf(scan, figure, clause) : NO_RATE;
  const basis = basisOf(scan, figure, clause, per, perWords);
  const lookBehind = textBefore(scan.sentence, figureStart, 40);
  // "un descenso cercano al 42 %": the hedge stands where "de" would ("un descenso de cerca del 42 %").
  const nearBy = scan.language === 'es' && HEDGE_FOR_DE.test(scan.sentence.slice(figureStart, figure.i));
  const change = changeOf(scan, figure, nearBy ? `${lookBehind}de ` : lookBehind);
  const { from, to, changeVerb } = endsOf(scan, figureStart, lookBehind);
  return { per, perWords, basis, change, from, to, changeVerb };
}

const HEDGE_FOR_DE = /^cercan[oa]s?\s+al?\s*$/iu;
const REFLEXIVE_AT_END = /(?<![\p{L}])se\s+$/iu;

/** "nine days": a duration is put aside in `durations`, with its hedge and unit; any other number is not. */
function keepDuration(durations: DurationMention[], text: string, start: number, at: Candidate, number: NumberRead, duration: { readonly unit: string; readonly length: number }): void {
  const { figureStart, hedge } = lookBack(at);
  const { reading, range } = number;
  const end = start + number.end + duration.length;
  durations.push({ start: start + figureStart, end, numberStart: start + at.i, text: text.slice(start + figureStart, start + number.end), value: reading.value, step: reading.step, hedge, range: range ? { low: range.low, high: range.high } : null, unit: duration.unit });
}

/** A duration inside a period's words ("over those fourteen days"), put aside as keepDuration does; only a number a unit of time follows is read. */
function keepTakenDuration(scan: SentenceScan, text: string, start: number, i: number, match: string, durations: DurationMention[]): void {
  if (!durationAfter(scan.sentence.slice(i + match.length, i + match.length + 24), scan.language)) return;
  const at = candidateAt(scan.sentence, i, match);
  const first = readAt(scan, at);
  const number = first ? widenAt(scan, at, first) : null;
  const duration = number ? durationAfter(number.after, scan.language) : null;
  if (number && duration) keepDuration(durations, text, start, at, number, duration);
}

/** The figures of masked[start, end) (one sentence), left to right. */
export function findFigures(text: string, masked: string, start: number, end: number, options: FindOptions = {}): FigureMention[] {
  const language = options.language ?? 'en';
  const scan = scanSentence(cut(masked, start, end), language);
  const { sentence, candidate: CANDIDATE } = scan;
  const taken = options.taken ?? [];
  const out: FigureMention[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(sentence); m !== null; m = nextCandidate(scan)) {
    const i = m.index;
    const inside = insideTaken(taken, start + i);
    if (inside >= 0) {
      // "in those eight days": a span a period phrase took is still a duration said.
      if (options.durations) keepTakenDuration(scan, text, start, i, m[0], options.durations);
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, inside - start);
      continue;
    }
    const at = candidateAt(sentence, i, m[0]);
    const { digit, before, near } = at;
    // A code's or date's digits are skipped as a whole run: "COVID-19" must not yield a "19".
    if (digit && isCodeOrDate(sentence, i)) {
      CANDIDATE.lastIndex = skipRun(sentence, i);
      continue;
    }
    const first = readAt(scan, at);
    if (!first) continue;
    // A number read is no candidate again, even when it turns out to be no figure.
    CANDIDATE.lastIndex = first.end;
    if (digit && isNoQuantity(first.reading, first.text, first.after)) continue;
    const number = widenAt(scan, at, first);
    CANDIDATE.lastIndex = number.end;
    const { reading, range } = number;
    const wordBefore = lastWord(near);
    // "Day 14 of the trek" is a label; "Every day 2,000 crossed", "a week 5,800" is how often.
    // "wire now block eight trails", "agents line 40 kilometres": a label word said as a verb, with
    // what the number counts after it, is no label.
    const verbed = VERB_LABELS.has(wordBefore) && VERB_LABEL_BEFORE.test(near) && COUNTED_PLURAL_AFTER.test(number.after);
    // "ya atravesaron esta ruta 15.588 personas": a label word after "this" is a noun of the
    // sentence, and the number after it counts the plural that follows.
    const pointedAt = LABELS.has(wordBefore) && DEMONSTRATIVE_WORD_BEFORE.test(near) && COUNTED_PLURAL_AFTER.test(number.after);
    if (LABELS.has(wordBefore) && !verbed && !pointedAt && !((wordBefore === 'day' || wordBefore === 'week') && HOW_OFTEN_BEFORE.test(near))) continue;
    // "las páginas 48 a 53", "pages 12-14": the range's second end is a label's too.
    if (LABEL_RANGE_BEFORE.test(near) && LABELS.has(LABEL_RANGE_BEFORE.exec(near)![1]!.toLowerCase())) continue;
    const { age, spanish: ageEs } = ageOf(scan, at, number, wordBefore);
    // A duration ("nine days") counts nothing; it is kept aside when asked for.
    const duration = age ? null : durationAfter(number.after, language);
    if (duration) {
      if (options.durations) keepDuration(options.durations, text, start, at, number, duration);
      continue;
    }
    if (countsNothing(at, number, language)) continue;
    const part = !age && !reading.percent && !reading.multiplier ? partOf(scan, at, number, wordBefore) : null;
    const { figureStart, hedge: said, currency } = lookBack(at, reading.multiplier);
    const { unit, figureEnd } = unitOf(number, age, ageEs, currency);
    const after = sentence.slice(figureEnd, figureEnd + 120);
    const hedge = said.kind === 'none' && said.words === null ? (pastMarkHedge(near, reading, sentence.slice(number.end, number.end + 40)) ?? said) : said;
    const figure: FigureAt = { i, before, near, figureStart, figureEnd, reading, unit, after };
    const words = rateAndChangeOf(scan, figure);
    out.push({
      start: start + figureStart,
      end: start + figureEnd,
      numberStart: start + i,
      text: text.slice(start + figureStart, start + figureEnd),
      value: reading.value,
      step: reading.step,
      hedge,
      unit,
      age,
      // "…, and in 2016 some 1,700 more": an addition that closes a clause of its own period is the
      // difference rateAndChangeOf read.
      part: part?.reason === 'addition' && words.change ? null : part,
      // In this order, as FigureMention lists them (set one by one: a spread copied a new object per figure).
      per: words.per,
      perWords: words.perWords,
      basis: words.basis,
      change: words.change,
      from: words.from,
      to: words.to,
      changeVerb: words.changeVerb,
      range: range ? { low: range.low, high: range.high } : null,
    });
    CANDIDATE.lastIndex = figureEnd;
  }
  return out;
}
