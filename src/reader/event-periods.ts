/**
 * Prepare stage, periods named by an event the catalogue dates: "since Mulino took office", "in his
 * first 17 days", "the first 100 days of his term", "en sus primeros 17 días de gobierno". The text
 * rules (src/text/periods.ts) find these phrases but cannot resolve them: only the catalogue knows
 * the day a term began, from a `date:` on a metric that dates taking office (claims/metrics.yaml).
 *
 * Never guessed: "since X took office" resolves only when X is the surname in that metric's
 * `counts:`; "his first N days" only when that surname stands just before it in the text; either
 * only for a taking of office on or before the page date. Either is read from context (the catalogue, not the sentence), so lint can warn about a
 * figure it dates, never fail it.
 */
import { dayNumber, isoDay, periodFromDays, type Period } from '../model/period.js';
import type { Metric } from '../model/types.js';
import type { MetricCatalogue } from '../drafts/metrics.js';
import { countWord, type PeriodMention } from '../text/periods.js';

/** A catalogue metric dates the start of a term when one of its phrases says so. */
const TAKES_OFFICE = /\b(?:took office|sworn in|sworn into office|inauguration|entered office|took the oath|asumió (?:el cargo|la presidencia)|toma de posesión)\b/i;
// "his first month in office", "his first full month": one, with no count said.
const FIRST_SPAN = /\bfirst (?:(?!full\b)(\p{L}+|\d+) |full )?(day|week|month|día|semana|mes)/iu;

interface TermStart {
  readonly day: number;
  /** The surname of whoever took office: the last of the capitalised words `counts:` opens with ("Mulino"). */
  readonly surname: string;
}

const MADE = new WeakMap<MetricCatalogue, readonly TermStart[]>();

/** The starts of terms the catalogue dates, found once per catalogue. */
function termStarts(catalogue: MetricCatalogue): readonly TermStart[] {
  let made = MADE.get(catalogue);
  if (made) return made;
  made = [...catalogue.metrics.values()].filter(startsATerm).flatMap((metric) => {
    const surname = /^(?:\p{Lu}[\p{L}’'-]+\s+)*(\p{Lu}[\p{L}’'-]+)/u.exec(metric.counts)?.[1];
    return surname ? [{ day: metric.date!.start, surname }] : [];
  });
  MADE.set(catalogue, made);
  return made;
}

function startsATerm(metric: Metric): boolean {
  return metric.kind === 'date' && metric.date != null && metric.phrases.some((phrase) => TAKES_OFFICE.test(phrase));
}

/**
 * The day a mention's term began, or null when the catalogue does not say which: "since Mulino
 * took office" names him; "his first 17 days" needs him named in the text just before ("Since José
 * Antonio Kast took office", "Trump's first 100 days" are someone else's).
 */
function startOf(mention: PeriodMention, starts: readonly TermStart[], page: Period, text: string): number | null {
  const known = starts.filter((start) => start.day <= page.end);
  const names = (words: string, start: TermStart): boolean => new RegExp(`(?<![\\p{L}])${start.surname}(?![\\p{L}])`, 'u').test(words);
  // "the first 100 days after Trump was sworn in" names whose term it is: only that name counts.
  const namesItsOwn = /\b(?:after|since)\s+\p{Lu}/u.test(mention.words);
  const near = namesItsOwn ? mention.words : text.slice(reachStart(text, mention.start), mention.end);
  // "El lunes 1 de julio José Raúl Mulino asumió la presidencia … (a section later) desde la toma de
  // posesión": with no one named near, the one term the text named before it, if it named only one.
  const around = namesItsOwn || known.some((start) => names(near, start)) ? near : text.slice(0, mention.end);
  const named = known.filter((start) => names(around, start));
  // "Trump was sworn in on January 20 … since the inauguration": a term the text names of someone
  // the catalogue does not date makes "the inauguration" anyone's.
  if (!namesItsOwn && named.length === 1 && [...around.matchAll(OTHER_TERM)].some((found) => found[1] !== named[0]!.surname)) return null;
  return named.length === 1 ? named[0]!.day : null;
}
/** "Trump was sworn in", "Kast's inauguration", "Arévalo took office", "Trump returned to the White House": someone's term begun. */
const OTHER_TERM = /(?<![\p{L}])(?!(?:He|She|They|It|We|Who|Él|Ella|Ellos|Quien)(?![\p{L}]))(\p{Lu}[\p{L}’'-]+)(?:['’]s)?\s+(?:was\s+sworn\s+in|took\s+office|inauguration|was\s+inaugurated|entered\s+office|returned\s+to\s+(?:the\s+White\s+House|office|power)|came\s+to\s+power|asumió|regresó\s+a\s+la\s+Casa\s+Blanca|llegó\s+al\s+poder)/gu;
/** How far before "his first 17 days" the one it is about must be named: about two sentences. */
const NAMED_REACH = 300;
/** How far back a section may still name whose term it is: "## Los primeros meses de Mulino" over its paragraphs. */
const SECTION_REACH = 1200;

/**
 * Where the text that may name whose term it is starts: about two sentences back, or the heading
 * of the section the mention is in when that is further ("## Mulino's first weeks … José Raúl
 * Mulino won … He took office on July 1 … 11,363 crossings since the inauguration").
 */
function reachStart(text: string, at: number): number {
  const near = Math.max(0, at - NAMED_REACH);
  const heading = text.lastIndexOf('\n#', at) >= 0 ? text.lastIndexOf('\n#', at) : text.startsWith('#') ? 0 : -1;
  return heading >= 0 && heading < near && at - heading <= SECTION_REACH ? heading : near;
}

/** The span "the first N days/weeks/months" makes from its first day, or null. */
function firstSpan(words: string, from: number): Period | null {
  const found = FIRST_SPAN.exec(words);
  if (!found) return null;
  // "sus primeros diecisiete días": a Spanish count in words past the short list.
  // "the first seventeen days of his term", "sus primeros diecisiete días": any count in words.
  const count = found[1] === undefined ? 1 : countWord(found[1]);
  if (!count) return null;
  const unit = found[2]!.toLowerCase();
  if (unit === 'day' || unit === 'día') return periodFromDays(from, from + count - 1);
  if (unit === 'week' || unit === 'semana') return periodFromDays(from, from + 7 * count - 1);
  // "the first month" from January 31 ends February 28 (or 29), not March 2.
  const [year, month, day] = isoDay(from).split('-').map(Number) as [number, number, number];
  const endMonth = new Date(Date.UTC(year, month - 1 + count, 1));
  const lastDay = Math.min(day, new Date(Date.UTC(endMonth.getUTCFullYear(), endMonth.getUTCMonth() + 1, 0)).getUTCDate());
  return periodFromDays(from, dayNumber(endMonth.getUTCFullYear(), endMonth.getUTCMonth() + 1, lastDay) - 1);
}

/** The text's period mentions with those an event of the catalogue dates resolved. */
export function withEventDates(mentions: readonly PeriodMention[], catalogue: MetricCatalogue, page: Period | null, text: string): PeriodMention[] {
  if (!page || !mentions.some((m) => m.kind === 'since-event' || m.kind === 'term-days')) return mentions as PeriodMention[];
  const starts = termStarts(catalogue);
  return mentions.map((mention) => {
    if (mention.kind !== 'since-event' && mention.kind !== 'term-days') return mention;
    const from = startOf(mention, starts, page, text);
    const period = from === null ? null : mention.kind === 'since-event' ? periodFromDays(from, page.end) : firstSpan(mention.glossed ?? mention.words, from);
    if (!period || period.end > page.end) return mention;
    return { ...mention, resolved: { period, deictic: false }, borrowed: true };
  });
}
