/**
 * Reading a figure as a person writes it ("over half a million", "2,461", "nearly tripled",
 * "248.284" in Spanish) into a value, a rounding step and a hedge, and from those an interval.
 * The tables here are the documented ones in docs/registry.md; change both together.
 *
 * Hand-written rather than a library: the libraries measured in shared/notes/text-extraction.md
 * either cost 100+ ms to import (compromise) or lose positions and rounding (words-to-numbers), and
 * none knows hedges or rounding steps, which are the point here.
 */
import { DIGIT_REST, readSpanishNumber } from './numbers-es.js';

export type HedgeKind = 'none' | 'over' | 'under' | 'at-most' | 'below' | 'approximately' | 'at-least';
export type Language = 'en' | 'es';

export interface Hedge {
  readonly kind: HedgeKind;
  /** The words as they appear ("more than"), or null when unhedged. */
  readonly words: string | null;
}

export interface FigureReading {
  readonly value: number;
  /** Place value of the last significant digit as written: 1 for "2,461", 10,000 for "140,000". */
  readonly step: number;
  readonly hedge: Hedge;
  /** "tripled", "six-fold": the figure is a multiplier. */
  readonly multiplier: boolean;
  /** "%" or "percent" follows the number. */
  readonly percent: boolean;
  /** Characters of the input consumed by hedge and number (for highlighting). */
  readonly end: number;
}

export type Interval = readonly [number, number];

/** Hedge phrases, longest first so "just over" wins over "just". */
export const HEDGES: ReadonlyArray<readonly [string, HedgeKind]> = [
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['approximately', 'approximately'],
  ['an estimated', 'approximately'],
  // Spanish, beside the English ones they mean the same as.
  ['aproximadamente', 'approximately'],
  ['un estimado de', 'approximately'],
  ['alrededor de', 'approximately'],
  // "alrededor del 42 %", "en torno al 40 %": the article a share takes, joined to the hedge.
  ['alrededor del', 'approximately'],
  ['en torno a', 'approximately'],
  ['en torno al', 'approximately'],
  ['poco más de', 'over'],
  ['poco menos de', 'under'],
  // "no llegaba ni a la cuarta parte de lo que vendría": a bound from above, said by what it fell short of.
  ['no llegaba ni a', 'below'],
  ['no llega ni a', 'below'],
  ['no llegó ni a', 'below'],
  ['ni siquiera', 'below'],
  ['por lo menos', 'at-least'],
  ['no menos de', 'at-least'],
  ['upwards of', 'over'],
  ['upward of', 'over'],
  // "a little over 360", "just shy of 250,000", "slightly more than": the same bound, said softly.
  ['a little over', 'over'],
  ['a little more than', 'over'],
  ['slightly more than', 'over'],
  ['slightly over', 'over'],
  ['a little under', 'under'],
  ['a little less than', 'under'],
  ['slightly less than', 'under'],
  ['slightly under', 'under'],
  ['just shy of', 'under'],
  ['shy of', 'under'],
  // "north of 520,000", "south of 10,000": the business pages' way to say more or less than.
  // "something like 2,000 a day", "in the region of 500,000": about that much, said loosely.
  ['something like', 'approximately'],
  ['in the region of', 'approximately'],
  ['on the order of', 'approximately'],
  ['in the neighborhood of', 'approximately'],
  ['in the neighbourhood of', 'approximately'],
  ['del orden de', 'approximately'],
  ['algo así como', 'approximately'],
  ['north of', 'over'],
  ['in excess of', 'over'],
  ['south of', 'below'],
  // "as many as 200,000", "up to 3,000 a day": at most that many, and further below than "nearly"
  // says. "Less than", "fewer than", "under", "menos de" are looser still (below).
  ['as many as', 'at-most'],
  ['as much as', 'at-most'],
  ['up to', 'at-most'],
  ['just under', 'under'],
  ['just over', 'over'],
  ['less than', 'below'],
  ['fewer than', 'below'],
  ['more than', 'over'],
  ['close to', 'under'],
  // "Cerca de 59 mil" for 59,733, "cerca de 250 mil" for 248,284: Spanish news says it of figures on either side.
  ['cerca de', 'approximately'],
  ['cerca del', 'approximately'],
  // "un descenso cercano al 42 %", "una cifra cercana a los 300.000": the adjective says it as "cerca de" does.
  ['cercano al', 'approximately'],
  ['cercana al', 'approximately'],
  // "una cifra superior a 300.000", "un alza superior al 120 %", "inferior al 1 %": a comparative
  // straight before the number bounds it, as "more than" does (with an article after it, "superior
  // a los 248.284 de 2022", the figure is what is compared with: reader/baselines.ts).
  ['superior al', 'over'],
  ['superior a', 'over'],
  ['inferior al', 'below'],
  ['inferior a', 'below'],
  ['cercano a', 'approximately'],
  ['cercana a', 'approximately'],
  ['estimated', 'approximately'],
  ['at least', 'at-least'],
  ['al menos', 'at-least'],
  ['a mere', 'none'],
  // "barely a tenth", "barely 3,100": about that much, said to make it sound small.
  ['barely', 'approximately'],
  ['roughly', 'approximately'],
  ['nearly', 'under'],
  ['almost', 'under'],
  ['around', 'approximately'],
  ['apenas', 'none'],
  // "más del quíntuple", "más del 60 %": the article a ratio or share takes, joined to the hedge.
  ['más del', 'over'],
  // "el 2022 más que duplicó los 133.726 de 2021": before a verb of a ratio, as "more than doubled".
  ['más que', 'over'],
  ['mas del', 'over'],
  ['más de', 'over'],
  ['mas de', 'over'],
  ['menos de', 'below'],
  ['hasta', 'at-most'],
  ['unas', 'approximately'],
  ['solamente', 'none'],
  ['sólo', 'none'],
  ['solo', 'none'],
  ['about', 'approximately'],
  ['above', 'over'],
  ['under', 'below'],
  ['some', 'approximately'],
  ['unos', 'approximately'],
  ['over', 'over'],
  ['only', 'none'],
  ['just', 'none'],
  ['casi', 'under'],
];

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const UNITS_ES: Record<string, number> = { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 };

const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, k: 1e3, mil: 1e3, million: 1e6, millones: 1e6, millón: 1e6, m: 1e6,
  mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
};

const MULTIPLIERS: Record<string, number> = {
  doubled: 2, double: 2, doubles: 2, twice: 2, triples: 3, quadruples: 4, tripled: 3, triple: 3, trebled: 3, quadrupled: 4, quadruple: 4, quintupled: 5, sextupled: 6,
  halved: 0.5,
  // Spanish: "el doble", "se duplicó", "se triplicaron", "esa cifra duplica", "se quintuplicó".
  // "más del quíntuple que en el mismo mes de 2022": the noun of the ratio, as "el doble" is.
  cuádruple: 4, cuadruple: 4, quíntuple: 5, séxtuple: 6,
  doble: 2, duplicó: 2, duplicaron: 2, duplica: 2, duplican: 2, triplicó: 3, triplicaron: 3, triplica: 3, triplican: 3,
  cuadruplicó: 4, cuadruplicaron: 4, cuadruplica: 4, cuadruplican: 4, quintuplicó: 5, quintuplicaron: 5, quintuplica: 5, quintuplican: 5,
  sextuplicó: 6, sextuplicaron: 6, sextuplica: 6, sextuplican: 6,
  // "Aquel total triplicaba los 248.284 de 2022": the imperfect, said looking back.
  duplicaba: 2, duplicaban: 2, triplicaba: 3, triplicaban: 3, cuadruplicaba: 4, cuadruplicaban: 4, quintuplicaba: 5, quintuplicaban: 5,
};

/** The scale that ends the number words after an "and": "and seven hundred", "and thirty-three thousand". */
const SCALE_AFTER_AND = /^\s+(?:[a-z]+[\s-]+){0,2}?(hundred|thousand|million|billion)\b/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const HEDGE_RE = new RegExp(`^(${HEDGES.map(([w]) => escapeRegExp(w)).join('|')})\\b\\s*`, 'i');
const HEDGE_KIND = new Map(HEDGES.map(([w, k]) => [w, k]));

/**
 * Thousands grouped with a space, as the SI and many wire services outside the US write them
 * ("236 000", "133 716", with a no-break or thin space too): groups of exactly three digits, so
 * "2021 133 726" is a year and then a figure, and "17 2024" is no number.
 */
// A comma and a space before a group of three digits is a slip of the keyboard in one number
// ("36, 001 personas", "compared to 333, 704 in 2023"), unless a list goes on after the group
// ("140, 180 and 210 a day", "140, 180, 210"; not "37, 166 y en marzo"). A date's day ("July 4, 300 migrants") is read as
// the date's before this is asked.
const SPACED = '\\d{1,3}(?:(?:[ \\u00A0\\u2009\\u202F]|, (?=\\d{3}(?![\\d,.]|\\s*(?:and|or|y|e|o|&)\\s+\\d|\\s*[–-])))\\d{3})+(?!\\d)';
const DIGITS_EN = new RegExp(`^(\\d{1,3}(?:,\\d{3})+|${SPACED}|\\d+)(?:\\.(\\d+))?`);
/**
 * Spanish text groups thousands with a dot ("2.637", Spain, EFE) or, in Panama and Mexico, with a
 * comma ("259,712"); the other mark is the decimal one ("1,5 millones", "1.5 millones"). A run of
 * three-digit groups is a thousands grouping either way: a count with three decimals is not news.
 */
const DIGITS_ES = new RegExp(`^(?:(\\d{1,3}(?:\\.\\d{3})+)(?!\\d)(?:,(\\d+))?|(\\d{1,3}(?:,\\d{3})+)(?!\\d)(?:\\.(\\d+))?|(${SPACED})(?:,(\\d+))?|(\\d+)(?:[,.](\\d+))?)`);
const WORD = /^([a-záéíóúñ]+)(?:-([a-z]+))?/i;

/** Reads the hedge at the start of `text`, if any. */
/** "to one", "a 1": the second term of a ratio said as two ("21 to one"); TO_ONE_ENDS ends a figure read so. */
const TO_ONE = '(?:to (?:one|1)|a (?:uno|1))';
const TO_ONE_AFTER = new RegExp(`^ ${TO_ONE}(?![\\p{L}\\d])`, 'iu');
export const TO_ONE_ENDS = new RegExp(` ${TO_ONE}$`, 'iu');

export function readHedge(text: string): { hedge: Hedge; rest: string; consumed: number } {
  const match = HEDGE_RE.exec(text);
  if (!match) return { hedge: { kind: 'none', words: null }, rest: text, consumed: 0 };
  const words = match[1]!;
  const kind = HEDGE_KIND.get(words.toLowerCase()) ?? 'none';
  return { hedge: { kind, words }, rest: text.slice(match[0].length), consumed: match[0].length };
}

function trailingZeros(digits: string): number {
  let count = 0;
  for (let i = digits.length - 1; i > 0 && digits[i] === '0'; i--) count++;
  return count;
}

interface NumberRead {
  value: number;
  step: number;
  multiplier: boolean;
  percent: boolean;
  length: number;
}

/** Scale words after digits: "3 million", "2bn", and chained, "3 hundred thousand". */
function readScale(text: string): { scale: number; length: number } {
  let scale = 1;
  let length = 0;
  for (;;) {
    const match = /^\s*-?\s*([a-zñó]+)\b/i.exec(text.slice(length));
    const word = match?.[1]!.toLowerCase();
    const next = word === undefined ? undefined : SCALES[word];
    // "m" and "b" only count when glued to the digits ("3m", "2bn"): "3 m" is three metres.
    if (next === undefined || (word!.length === 1 && (length > 0 || /^\s/.test(text)))) break;
    // Scales grow left to right ("hundred thousand"); "thousand hundred" is not a number.
    if (scale !== 1 && next <= scale) break;
    scale *= next;
    length += match![0].length;
  }
  return { scale, length };
}

/** Place value of the last non-zero digit of a whole number: 10,000 for 140,000; 1 for 11,363. */
function placeOfLastDigit(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

function readPercent(text: string): number {
  // "a 41-percent reduction": the hyphenated adjective is a percent too.
  const match = /^(?:\s|-)?(%|percent\b|per[ -]cent\b|por ciento\b)/i.exec(text);
  return match ? match[0].length : 0;
}

/** A noun of people counted right after a number: "70.000 migrants", "2.500 irregular migrants". */
const PEOPLE_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:migrants|people|persons|children|minors|travell?ers|crossings|arrivals|refugees|foreigners|asylum[\s-]seekers)\b/u;

function readDigits(text: string, language: Language): NumberRead | null {
  const match = (language === 'es' ? DIGITS_ES : DIGITS_EN).exec(text);
  if (!match) return null;
  // DIGITS_ES has four forms of whole and fraction, DIGITS_EN one: the first that matched.
  let whole = (match[1] ?? match[3] ?? match[5] ?? match[7])!.replace(/[.,\s\u00A0\u2009\u202F]/g, '');
  let fraction = match[1] !== undefined ? match[2] : (match[4] ?? match[6] ?? match[8]);
  // "a little more than 70.000 migrants" in an English text: no count of people has three
  // decimals; the point is a thousands separator, as a Spanish or European text writes it.
  if (language !== 'es' && fraction?.length === 3 && /^\d{1,3}\.\d{3}$/.test(match[0]) && PEOPLE_AFTER.test(text.slice(match[0].length))) {
    whole += fraction;
    fraction = undefined;
  }
  let value = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
  let step = fraction !== undefined ? 10 ** -fraction.length : 10 ** trailingZeros(whole);
  let length = match[0].length;
  // "a ratio of almost 21 to one", "de 20 a 1": a ratio said as its two terms.
  const fold = /^[- ]?fold\b/i.exec(text.slice(length)) ?? /^ (?:times|veces)\b/i.exec(text.slice(length)) ?? TIMES_ADJECTIVE.exec(text.slice(length)) ?? TO_ONE_AFTER.exec(text.slice(length));
  // "nearly 100 times" for 97.8: a round multiple is rounded as a round count is (its trailing zeros).
  if (fold) return { value, step, multiplier: true, percent: false, length: length + fold[0].length };
  const { scale, length: scaleLength } = readScale(text.slice(length));
  if (scale !== 1) {
    value = round(value * scale);
    step = round(step * scale);
  } else if (fraction !== undefined) {
    step = round(step);
  }
  length += scaleLength;
  const rest = scale < 1000 || fraction !== undefined ? null : language === 'es' ? spanishRest(text.slice(length), scale) : broadcastRest(text.slice(length - scaleLength, length), text.slice(length), scale);
  if (rest) {
    value += rest.value;
    step = rest.step;
    length += rest.length;
  }
  const percentLength = scale === 1 ? readPercent(text.slice(length)) : 0;
  return { value, step, multiplier: false, percent: percentLength > 0, length: length + percentLength };
}

/**
 * Spanish writes the rest of a number after its scale word, in digits: "248 mil 284" is 248,284,
 * "1 millón 20 mil 350" is 1,020,350 (Mexican and Venezuelan papers print figures so). The rest
 * must be smaller than the scale it follows, or it is another number: "mil 2023" is not read on.
 */
function spanishRest(text: string, scale: number): { value: number; step: number; length: number } | null {
  const match = DIGIT_REST.exec(text);
  if (!match) return null;
  const head = Number(match[1]);
  const { scale: inner, length: innerLength } = readScale(text.slice(match[0].length));
  const value = head * inner;
  if (value >= scale || (inner !== 1 && inner < 1000)) return null;
  const deeper = inner >= 1000 ? spanishRest(text.slice(match[0].length + innerLength), inner) : null;
  if (deeper) return { value: value + deeper.value, step: deeper.step, length: match[0].length + innerLength + deeper.length };
  return { value, step: inner === 1 ? 10 ** trailingZeros(match[1]!) : inner * 10 ** trailingZeros(match[1]!), length: match[0].length + innerLength };
}

/**
 * Broadcast scripts write a figure the way it is to be read aloud: "11-thousand-363" is 11,363. Only
 * after a scale joined by a hyphen, and only a rest smaller than that scale: "3 million-200" is no figure.
 */
function broadcastRest(scaleWords: string, text: string, scale: number): { value: number; step: number; length: number } | null {
  if (!/^-/.test(scaleWords)) return null;
  const match = BROADCAST_REST.exec(text);
  if (!match || Number(match[1]) >= scale) return null;
  return { value: Number(match[1]), step: 10 ** trailingZeros(match[1]!), length: match[0].length };
}
const BROADCAST_REST = /^-(\d{1,3})(?![\d,.]\d|[\p{L}-])/u;

/** Floating point: 2.48 * 1e6 must be 2480000, not 2480000.0000000005. */
function round(n: number): number {
  return Number(n.toPrecision(12));
}

const FRACTIONS: Readonly<Record<string, number>> = { quarter: 1 / 4, 'three quarters': 3 / 4, third: 1 / 3, 'two thirds': 2 / 3 };

/**
 * A fraction followed by what it is a fraction of: a figure named by a possessive ("2023's", "last
 * year's"), "that", "the total", a year, "the whole year", "the 212,000" or "the more than 212,000"
 * (a hedged figure is still the one compared with). "Half of the migrants were Venezuelan" is a share, not
 * compared with anything, and is not read here.
 */
/** What a fraction is a fraction of, after it: see FRACTION_RATIO. */
const WHOLE_AFTER = String.raw`(?=\s+(?:(?:higher|more|larger|bigger|greater|lower|less|fewer|smaller)\s+than\b|(?:of\s+)?(?:that|those(?!\s+(?:who|which|that|whom|of)\b|\s+[a-z]+ing\b)|those\s+of\s+(?:(?:19|20)\d\d|last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|before))\b|(?:of\s+)?the\s+(?:year|month)\s+(?:before|earlier)\b|(?:of\s+)?the\s+(?:previous|prior|preceding)\s+(?:year|month)\b|what|the\s+(?:[\w-]+\s+){0,2}?(?:total|figure|number|count|record|level|peak|tally)\b|(?:the|an)\s+(?:average|typical|normal|ordinary)\s+(?:month|week|day|year)\b|(?:of\s+)?the\s+(?:whole|entire|full)\s+year\b|of\s+the\s+year(?=\s*[.;)]|\s*$)|the\s+(?:(?:more\s+than|over|nearly|almost|about|some|roughly|around|fewer\s+than|less\s+than|close\s+to|just\s+(?:over|under))\s+)?\d[\d,.]*\b|(?:[\w-]+\s+){0,2}?[\w-]+['’]s\b|(?:19|20)\d\d\b|of\s+all\s+(?:the\s+)?(?:crossings|arrivals|entries)\s+(?:(?:in|during|for)\s+(?:19|20)\d\d|(?:that|this|last)\s+year)\b)))`;
const FRACTION_RATIO = new RegExp(String.raw`^(?:(a|an|one|two|three|four)[\s-]+)?(half|thirds?|quarters?|fifths?|tenths?|hundredths?|thousandths?)` + WHOLE_AFTER);
const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10, hundredth: 100, thousandth: 1000 };

/**
 * "a third of 2023's", "barely a tenth of that", "half the 2022 total": a ratio to a baseline;
 * "a third lower than", "a fifth higher than" too (findFigures makes it 1 ∓ the fraction).
 */
function readFraction(lower: string): NumberRead | null {
  const share = FRACTION_RATIO.exec(lower);
  if (!share) return null;
  const numerator = share[1] === undefined ? 1 : (UNITS[share[1]] ?? 1);
  const denominator = FRACTION_DENOMINATORS[share[2]!.replace(/s$/, '')]!;
  if ((share[1] === undefined && share[2] !== 'half') || (numerator === 1) !== !share[2]!.endsWith('s')) return null;
  const value = round(numerator / denominator);
  // A fraction is a rough measure: "a third" stands for 0.30 to 0.37, as 20% of its value is its step.
  return { value, step: round(value / 5), multiplier: true, percent: false, length: share[0].length };
}

/**
 * "un tercio de la de 2023", "la mitad de esa cifra", "dos tercios del total de 2023", "tres cuartas
 * partes de todo aquel 2021", "dos tercios de todo el primer bimestre", "tres de cada cuatro de los
 * que pasaron en todo el año", "tres cuartas partes de los 20.519", "tres cuartas partes de los ingresos del año", "aportaron casi la décima
 * parte." (of the whole the sentence named): a Spanish fraction of a figure, a ratio to it, read as the English one is. "la mitad de los migrantes" is a
 * share, compared with nothing, and is not read here.
 */
/** What a Spanish fraction is a fraction of, after it: see FRACTION_RATIO_ES. */
const WHOLE_AFTER_ES = String.raw`(?=\s+(?:de\s+(?:los|las)\s+(?:(?:más\s+de|casi|unos|unas|cerca\s+de)\s+)?\d|de\s+(?:la|el|lo)\s+(?:de|que)\s|de\s+(?:la|el)\s+(?:cifra|total|número|registro|récord|nivel|flujo)\b|del\s+(?:total|registro|récord|nivel|flujo)\b|de\s+(?:esa|ese|esta|este|aquella|aquel)\b|de\s+(?:19|20)\d\d\b|de\s+todo\s+(?:(?:19|20)\d\d\b|el\s+(?:(?:primer|segundo|tercer|cuarto|último)\s+)?(?:año|mes|periodo|período|bimestre|trimestre|cuatrimestre|semestre)\b|lo\s+(?:registrado|contabilizado|que)\b|(?:ese|este|aquel)\s+(?:año\b|mes\b|(?:19|20)\d\d\b))|de\s+(?:los|las)\s+que\s+[^.;,\d]{0,40}?(?:tod[oa]\s+(?:el|ese|este|aquel)\s+(?:año|mes)|(?:ese|este|aquel)\s+año)(?![\p{L}])|de\s+todos\s+los\s+(?:cruces|ingresos|tránsitos|registros|registrados|contabilizados)(?![\p{L}])|del\s+(?:año|mes)\b|de\s+(?:los|las)\s+(?:cruces|ingresos|tránsitos|registros|llegadas|entradas)\s+(?:del\s+año|de\s+(?:ese|aquel|este)\s+año|del?\s+(?:19|20)\d\d)(?![\p{L}])|del\s+(?:tránsito|flujo)(?![\p{L}]))|\s*[.;]|\s*$)`;
const FRACTION_RATIO_ES = new RegExp(String.raw`^(?:(la|un|una|dos|tres)\s+)(mitad|tercios?|terceras?\s+partes?|cuartas?\s+partes?|quintas?\s+partes?|décimas?\s+partes?|centésimas?\s+partes?|milésimas?\s+partes?)` + WHOLE_AFTER_ES, 'u');
const DENOMINATORS_ES: Readonly<Record<string, number>> = { mitad: 2, tercio: 3, tercera: 3, cuarta: 4, quinta: 5, décima: 10, centésima: 100, milésima: 1000 };
const NUMERATORS_ES: Readonly<Record<string, number>> = { la: 1, un: 1, una: 1, dos: 2, tres: 3 };

function readFractionEs(lower: string): NumberRead | null {
  const share = FRACTION_RATIO_ES.exec(lower);
  if (!share) return null;
  const noun = share[2]!.split(/\s+/)[0]!;
  const numerator = NUMERATORS_ES[share[1]!]!;
  const plural = /s$/.test(noun) && noun !== 'mitad';
  // "la mitad", "la cuarta parte", "una décima parte"; not "la tercio" nor "una mitad".
  const parte = /\spartes?$/.test(share[2]!);
  if ((numerator === 1) === plural || (noun === 'mitad' ? share[1] !== 'la' : share[1] === 'la' && !parte)) return null;
  const value = round(numerator / DENOMINATORS_ES[noun.replace(/s$/, '')]!);
  return { value, step: round(value / 5), multiplier: true, percent: false, length: share[0].length };
}

// The whole is the flow's own tally for the year of the part ("of the year's crossings", "of all
// arrivals that year"), never people: "Venezuelans made up six in ten of this year's migrants" is a
// group's share. ("of 2021's crossings" names a year the comparison does not look up: left a proportion.)
const FLOW_WHOLE_AFTER = String.raw`(?=\s+of\s+(?:the|this|that)\s+year['’]s\s+(?:crossings|arrivals|entries|total|count|tally|flow)\b|\s+of\s+(?:all\s+)?(?:the\s+)?(?:crossings|arrivals|entries)\s+(?:that|this|last)\s+year\b|\s+of\s+(?:the\s+)?(?:whole|entire|full)\s+year\b|\s+of\s+the\s+(?:year|annual|yearly)\s+total\b)`;
const PROPORTION_OF_WHOLE = new RegExp(String.raw`^(one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten)` + FLOW_WHOLE_AFTER);
/** Spanish puts the flow's noun right after the proportion: "tres de cada cuatro ingresos de ese año", "nueve de cada diez cruces del mes", "dos de cada cinco cruces del Darién de ese año". */
const FLOW_OF_PERIOD_ES = String.raw`(?=\s+(?:cruces|ingresos|tránsitos|registros|llegadas|entradas)(?:\s+(?:del|por\s+el|a\s+través\s+del)\s+dari[eé]n|\s+por\s+la\s+selva)?\s+(?:del\s+(?:año|mes)|de\s+(?:ese|aquel|este)\s+(?:año|mes)|del?\s+(?:19|20)\d\d)(?![\p{L}]))`;
const PROPORTION_OF_WHOLE_ES = new RegExp(String.raw`^(una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\s+de\s+cada\s+(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)(?:` + WHOLE_AFTER_ES + '|' + FLOW_OF_PERIOD_ES + ')', 'u');
const ONE_ES: Readonly<Record<string, number>> = { un: 1, una: 1, uno: 1 };

/**
 * "nearly three in four of the year's crossings", "casi nueve de cada diez de aquel año", "tres de
 * cada cuatro ingresos de ese año": a proportion of a whole the text names is a fraction of it,
 * read as "three quarters" is. Its step is one part in the denominator: "three in four" is what a
 * writer says of anything nearer three quarters than a half or the whole. A proportion of a group
 * ("one in five migrants was a child") names no whole after it and stays a proportion, no figure
 * (src/text/numbers.ts).
 */
function readProportionOfWhole(lower: string, language: Language): NumberRead | null {
  const found = (language === 'es' ? PROPORTION_OF_WHOLE_ES : PROPORTION_OF_WHOLE).exec(lower);
  if (!found) return null;
  const count = (word: string): number | undefined => (language === 'es' ? (ONE_ES[word] ?? UNITS_ES[word]) : UNITS[word]);
  const [part, whole] = [count(found[1]!), count(found[2]!)];
  if (part === undefined || whole === undefined || part >= whole) return null;
  return { value: round(part / whole), step: round(1 / whole), multiplier: true, percent: false, length: found[0].length };
}

/**
 * "una veintena de agencias", "un centenar de coyotes", "una treintena de miembros": a Spanish
 * collective counts loosely, so its step is wide ("una treintena" is 25 to 35, "un centenar" 50 to
 * 150). Only before "de": "en cuarentena" is a quarantine, "la primera quincena" half a month.
 */
const COLLECTIVE_ES = /^(una?|media) (decena|docena|quincena|veintena|treintena|cuarentena|cincuentena|centena|centenar|millar)(?= de )/;
const COLLECTIVES_ES: Readonly<Record<string, readonly [number, number]>> = {
  decena: [10, 10], docena: [12, 4], quincena: [15, 6], veintena: [20, 10], treintena: [30, 10], cuarentena: [40, 10], cincuentena: [50, 20], centena: [100, 100], centenar: [100, 100], millar: [1000, 1000],
};

function readCollectiveEs(lower: string): NumberRead | null {
  const found = COLLECTIVE_ES.exec(lower);
  // "media docena" is six; "media veintena" nobody says.
  if (!found || (found[1] === 'media' && found[2] !== 'docena')) return null;
  const [value, step] = COLLECTIVES_ES[found[2]!]!;
  const half = found[1] === 'media';
  return { value: half ? value / 2 : value, step: half ? step / 2 : step, multiplier: false, percent: false, length: found[0].length };
}

function readWords(text: string, language: Language, proportionOfWhole = true): NumberRead | null {
  const lower = text.toLowerCase();
  const proportion = proportionOfWhole ? readProportionOfWhole(lower, language) : null;
  if (proportion) return proportion;
  // "casi un cuarto de millón", "superó el cuarto de millón", "tres cuartos de millón": the Spanish "a quarter of a million".
  const quarterEs = language === 'es' ? /^(un|el|tres) cuartos? de millón(?![\p{L}])/u.exec(lower) : null;
  if (quarterEs) return { value: quarterEs[1] === 'tres' ? 750_000 : 250_000, step: 1e4, multiplier: false, percent: false, length: quarterEs[0].length };
  const fractionEs = language === 'es' ? (readFractionEs(lower) ?? readCollectiveEs(lower)) : null;
  if (fractionEs) return fractionEs;
  // "medio millón", "un millón": the Spanish "half a million", "a million".
  // ("un millón doscientas mil" reads on: 1,200,000.)
  // ("un millón doscientas mil" reads on: 1,200,000; "un millón y medio" is 1,500,000.)
  const spanish = /^(medio|un) (millón)( y medio)?(?![\p{L}])/u.exec(lower);
  const cardinal = language === 'es' ? readSpanishNumber(lower) : null;
  if (spanish && !(cardinal && cardinal.length > spanish[0].length)) {
    const value = spanish[1] === 'medio' ? 5e5 : spanish[3] ? 1.5e6 : 1e6;
    return { value, step: spanish[1] === 'medio' || spanish[3] ? 1e5 : 1e6, multiplier: false, percent: false, length: spanish[0].length };
  }
  if (cardinal) return wordsRead(text, cardinal.value, cardinal.length, cardinal.digitsAfter ? 1 : placeOfLastDigit(cardinal.value));
  // "tres veces", "dos mil", "cinco millones": a Spanish unit word before a ratio or a scale.
  const unitEs = /^(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (veces|mil|millones)\b/.exec(lower);
  if (unitEs) {
    const unit = UNITS_ES[unitEs[1]!]!;
    if (unitEs[2] === 'veces') return { value: unit, step: 1, multiplier: true, percent: false, length: unitEs[0].length };
    const scale = SCALES[unitEs[2]!]!;
    return { value: unit * scale, step: scale, multiplier: false, percent: false, length: unitEs[0].length };
  }
  // "a half-million", "a quarter-million": the hyphened forms too.
  const half = /^(half a|half of a|a half|half)[\s-]+(million|billion|thousand)\b/.exec(lower);
  if (half) {
    const scale = SCALES[half[2]!]!;
    return { value: scale / 2, step: scale / 10, multiplier: false, percent: false, length: half[0].length };
  }
  // "a quarter of a million", "three-quarters of a million", "two-thirds of a million".
  const part = /^(a quarter|quarter|one quarter|three[- ]quarters|a third|one third|two[- ]thirds)(?: of)?(?: an?)?[\s-]+(million|billion)\b/.exec(lower);
  if (part) {
    const scale = SCALES[part[2]!]!;
    return { value: round(FRACTIONS[part[1]!.replace(/^(?:a|one) /, '').replace('-', ' ')]! * scale), step: scale / 100, multiplier: false, percent: false, length: part[0].length };
  }
  const fraction = readFraction(lower);
  if (fraction) return fraction;
  // "about a dozen times as many": twelve times. "A dozen boats", "more than a dozen" are no
  // figure: a dozen counts loosely, and "more than a dozen" said of 16 is true.
  const dozen = /^(a|one|half a) dozen\b/.exec(lower);
  if (dozen) {
    const read = wordsRead(text, dozen[1] === 'half a' ? 6 : 12, dozen[0].length, 1);
    return read.multiplier ? read : null;
  }
  // "one and a half million", "two and a half million"; with no scale, the number and its half:
  // "two and a half times the 2021 figure", "about eight and a half crossings a day".
  const andHalf = /^([a-z]+) and a half(?:\s+(million|billion|thousand)\b)?/.exec(lower);
  if (andHalf && UNITS[andHalf[1]!] !== undefined && UNITS[andHalf[1]!]! >= 1 && UNITS[andHalf[1]!]! <= (andHalf[2] ? 9 : 19)) {
    const value = UNITS[andHalf[1]!]! + 0.5;
    if (!andHalf[2]) return { ...wordsRead(text, value, andHalf[0].length, 0.5), step: 0.5 };
    const scale = SCALES[andHalf[2]]!;
    return { value: value * scale, step: scale / 10, multiplier: false, percent: false, length: andHalf[0].length };
  }
  // "six-fold", "six fold", "sixfold".
  const multiplier = /^([a-z]+?)[- ]?fold\b/.exec(lower);
  if (multiplier && UNITS[multiplier[1]!] !== undefined) {
    return { value: UNITS[multiplier[1]!]!, step: 1, multiplier: true, percent: false, length: multiplier[0].length };
  }
  const verb = /^[a-záéíóúñ]+/.exec(lower);
  if (verb && MULTIPLIERS[verb[0]] !== undefined) {
    return { value: MULTIPLIERS[verb[0]]!, step: 1, multiplier: true, percent: false, length: verb[0].length };
  }
  // "a million", "twenty-five thousand", "three million": units and tens, then scales.
  let position = 0;
  let value = 0;
  let current = 0;
  let any = false;
  let afterScale = false;
  let lastScale = 0;
  const article = /^an?\s+(?=(hundred|thousand|million|billion)\b)/.exec(lower);
  if (article) {
    current = 1;
    any = true;
    position = article[0].length;
  }
  for (;;) {
    const rest = lower.slice(position);
    // "Twenty thousand, five hundred nineteen people", as a script read aloud writes it: a comma
    // after a scale of thousands, then a smaller number in words, is one number.
    const comma = afterScale && lastScale >= 1000 ? SPOKEN_COMMA.exec(rest) : null;
    const gap = comma && !scaleAtLeast(rest.slice(comma[0].length), lastScale) ? comma[0].length : /^[\s-]*/.exec(rest)![0].length;
    const match = WORD.exec(rest.slice(gap));
    if (!match) break;
    const word = match[1]!;
    const unit = UNITS[word];
    if (unit !== undefined) {
      afterScale = false;
      current += unit;
      if (match[2] !== undefined && UNITS[match[2]] !== undefined) current += UNITS[match[2]]!;
      else if (match[2] !== undefined) break;
      any = true;
      position += gap + match[0].length;
      continue;
    }
    const scale = word === 'm' || word === 'b' || word === 'k' ? undefined : SCALES[word];
    if (scale !== undefined && any) {
      if (scale === 100) current *= 100;
      else {
        value += current * scale;
        current = 0;
      }
      afterScale = true;
      lastScale = scale;
      position += gap + match[0].length;
      continue;
    }
    // "one hundred and forty", "two thousand and five": "and" goes on after a scale only; "between
    // six and seven hundred" is two numbers, a range (src/text/numbers.ts), not 1,300. So is "six
    // hundred and seven hundred": a number after "and" that ends in the same scale is another.
    if (word === 'and' && any && afterScale) {
      const next = SCALE_AFTER_AND.exec(lower.slice(position + gap + match[0].length))?.[1];
      if (next !== undefined && SCALES[next] === lastScale) break;
      position += gap + match[0].length;
      continue;
    }
    break;
  }
  if (!any) return null;
  value += current;
  // Words round like digits: "twenty thousand" like "20,000", "one hundred and forty" like "140",
  // "forty percent" like "40 percent" (a reader cannot tell which a writer would have used).
  return wordsRead(text, value, position, placeOfLastDigit(value));
}

/** ", five hundred", ", sixty-three": a comma, then a unit word (the number goes on). */
const SPOKEN_COMMA = /^,[ \t]+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/;

/** Whether the number words at the start of `text` reach a scale of `scale` or more ("five thousand"): another number. */
function scaleAtLeast(text: string, scale: number): boolean {
  const words = /^(?:[a-z]+[\s-]+){0,4}?(thousand|million|billion)\b/.exec(text);
  return words !== null && SCALES[words[1]!]! >= scale;
}

/** "a nearly 20-time increase", "a 20-times rise": a multiplier said as an adjective of a change. */
const TIMES_ADJECTIVE = /^-times?\b(?=\s+(?:increase|rise|jump|growth|surge|drop|decrease|decline|fall|higher|lower|more|greater)\b)/i;

/** A number read from words, then what may follow it: "times", "veces", "-fold", "percent", "por ciento". */
function wordsRead(text: string, value: number, position: number, step: number): NumberRead {
  // "five times as many", "seven times the number": a ratio in words, as "5 times" is in digits.
  const times = /^(?:[- ]fold\b| times\b| veces\b)/i.exec(text.slice(position)) ?? TIMES_ADJECTIVE.exec(text.slice(position));
  // "a hundred times as many" is as round as "a hundred" is, to a tenth of it; "twelve times" to one.
  if (times) return { value, step: Math.max(1, step / 10), multiplier: true, percent: false, length: position + times[0].length };
  const percentLength = readPercent(text.slice(position));
  return { value, step, multiplier: false, percent: percentLength > 0, length: position + percentLength };
}

/**
 * Reads hedge and number from the start of a figure. Returns null when no number can be read.
 * Anything after the number (units, "-year-old", "per day") is left for the caller.
 * `proportionOfWhole`: whether "three in four of the year's crossings" may be read as a fraction of
 * that whole (readProportionOfWhole); the caller knows the words before it, which say so.
 */
export function readFigure(figure: string, language: Language = 'en', { proportionOfWhole = true }: { proportionOfWhole?: boolean } = {}): FigureReading | null {
  const leading = /^\s*/.exec(figure)![0].length;
  const { hedge, rest, consumed } = readHedge(figure.slice(leading));
  // "a 99% reduction", "an increase of": an article between hedge and number.
  const article = /^(an?|the)\s+(?=(?:US\$|\$)?\d)/i.exec(rest);
  const afterArticle = article ? rest.slice(article[0].length) : rest;
  // "more than $3 million": the currency sign says the unit, not the number.
  const currency = /^(?:US\$|U\.S\.\s?\$|\$)\s?(?=\d)/.exec(afterArticle);
  const body = currency ? afterArticle.slice(currency[0].length) : afterArticle;
  const offset = leading + consumed + (article ? article[0].length : 0) + (currency ? currency[0].length : 0);
  const number = /^\d/.test(body) ? readDigits(body, language) : readWords(body, language, proportionOfWhole);
  if (!number) return null;
  return {
    value: number.value,
    step: number.step,
    hedge,
    multiplier: number.multiplier,
    percent: number.percent,
    end: offset + number.length,
  };
}

/** The step of a figure rounded to a half unit (750 to 50, 25,000 to 5,000), else `step`. */
function halfUnit(value: number, step: number): number {
  const units = Math.round(Math.abs(value) / step);
  // Two significant digits at most: "nearly 525,000" is a figure to the thousand, not a round half.
  return step >= 1 && units < 100 && units % 10 === 5 && Math.abs(units * step - Math.abs(value)) < 1e-9 ? step * 5 : step;
}

/** The interval a hedged, rounded figure stands for; see the table in docs/registry.md. */
export function intervalOf(value: number, step: number, hedge: HedgeKind): Interval {
  // A bound whose last significant digit is 5 ("more than 750", "nearly 2,500") is a round half
  // unit: "more than 750 a day" is true of 785, as "more than 700" would be of 785 and 800 of 850.
  const bound = hedge === 'over' || hedge === 'under' ? halfUnit(value, step) : step;
  const margin = Math.min(bound, Math.abs(value) / 10);
  // A round figure of one significant digit has a step as large as itself: "about 100,000" would
  // stand for 0 to 200,000 and pass a year of 22,102. Nobody rounds by more than a fifth.
  const fifth = Math.abs(value) / 5;
  switch (hedge) {
    case 'none':
      return [value - Math.min(step / 2, fifth), value + Math.min(step / 2, fifth)];
    case 'over':
      return [value, value + margin];
    case 'under':
      return [value - margin, value];
    case 'at-most':
      return [value - Math.min(step, fifth), value];
    case 'below':
      // "fewer than 10,000" is true of 6,465 and "less than half a million" of 302,203: a bound from
      // above, said of anything down to half of it (below that, a writer names a lower bound).
      return [value / 2, value];
    case 'approximately':
      return [value - Math.min(step, fifth), value + Math.min(step, fifth)];
    case 'at-least':
      return [value, Number.POSITIVE_INFINITY];
  }
}

export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export function intervalContains(interval: Interval, value: number): boolean {
  return interval[0] <= value && value <= interval[1];
}

/** "8,963.5": grouping by hand, since Intl costs ~15 ms to start, a fifth of a run of `darien check`. */
export function formatNumber(n: number): string {
  if (n === Number.POSITIVE_INFINITY) return '∞';
  if (n === Number.NEGATIVE_INFINITY) return '-∞';
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const fixed = Number.isInteger(abs) ? String(abs) : String(Number(abs.toFixed(4)));
  if (fixed.includes('e')) return sign + fixed;
  const dot = fixed.indexOf('.');
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return sign + grouped + (dot < 0 ? '' : fixed.slice(dot));
}

/** "= 11,363" for an interval holding one whole number, else "500,000 – 550,000". */
export function formatInterval(interval: Interval, whole = true): string {
  const [low, high] = interval;
  if (whole && Math.ceil(low) === Math.floor(high)) return `= ${formatNumber(Math.ceil(low))}`;
  if (high === Number.POSITIVE_INFINITY) return `≥ ${formatNumber(low)}`;
  return `${formatNumber(low)} – ${formatNumber(high)}`;
}
