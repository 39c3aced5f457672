/**
 * Period phrases that refer back, resolved against the periods the text named before them: "the
 * same period of 2022", "a year earlier", "that month", "those two months", "through Wednesday",
 * a month without its year. When none fits, the phrase stays unresolved; it is never guessed.
 */
import { resolvePeriodWords, type ResolvedPeriod } from '../model/period-words.js';
import { calendarYearOf, contains, dayNumber, daysInMonth, isoDay, lengthInDays, monthOfDay, parsePeriod, periodFromDays, sameDayNextYear, samePeriod, weekday, WEEKDAYS, yearOfDay, yearPeriod, type Period } from '../model/period.js';
import { readSpanishNumber } from '../model/numbers-es.js';
import { compactPeriod, countWord, NUMBER_WORD, resolveSameAs, type PeriodMention } from '../text/periods.js';
import { EN } from './lexicon/en.js';
import { keyed } from '../text/keyed.js';
import { isBaselineLead, leadsToBaselineFigure } from './baselines.js';
import { SAID_BEFORE } from './attribution.js';
import { cut } from '../text/one-byte.js';

/**
 * "- **July 17, 2024:** Border police say just 1,136 have crossed since the inauguration": a
 * timeline entry's date is when its running count stood, so a "since" phrase of the entry ends on
 * it, not on the page date.
 */
function sinceToEntryDate(mention: PeriodMention, all: readonly PeriodMention[], text: string): PeriodMention | null {
  const span = mention.since ? mention.resolved?.period : undefined;
  if (!span) return null;
  const entry = all.find((p) => p !== mention && p.pointInTime && p.resolved && p.end <= mention.start && ENTRY_OPENS.test(cut(text, text.lastIndexOf('\n', p.start) + 1, p.start)) && ENTRY_CLOSES.test(cut(text, p.end, p.end + 4)));
  const day = entry?.resolved!.period.end;
  if (day === undefined || day < span.start || day >= span.end) return null;
  return { ...mention, resolved: { ...mention.resolved!, period: periodFromDays(span.start, day) } };
}
const ENTRY_OPENS = /^[\s*_#>+-]*$/;
const ENTRY_CLOSES = /^[\s*_]*[:.—–]/;

/** The recent periods after a sentence's phrases: an unresolved phrase (not a bound) empties them. */
export function notePeriods(recent: readonly Period[], mentions: readonly PeriodMention[]): Period[] {
  // Most sentences name no period: then nothing is copied.
  if (mentions.length === 0) return recent as Period[];
  let out = recent.length > 7 ? recent.slice(-7) : [...recent];
  for (const p of mentions) {
    // "before 2021" bounds something else; "in mid-December" is vague, not another period that
    // "the year" or "that month" after it could mean.
    // "fewer than in the same period a year earlier" names a baseline, not what the text goes on
    // about: "That month as a whole" after it is still the month before it. A year written out
    // ("the same period of 2021 ... That year") may be what the text goes on about.
    if (p.kind === 'bound' || p.kind === 'vague' || (p.sameAs && p.sameAs.year === null && p.sameAs.shift < 0)) continue;
    // "By June 2025 the route was close to empty: DHS said 100 crossed that month": the month a
    // level is said as of, kept as asOf, is what "that month" after it means. Not a day ("by July
    // 17 the year's count was past 212,000"): "the year" there is the year so far.
    const asOf = (p as UntilMention).asOf;
    if (p.resolved) out.push(p.resolved.period);
    // Only a month said with its year: "until October of that year" has yet to take its year.
    else if (asOf && asOf.start !== asOf.end && !p.relative) out.push(asOf);
    else out = [];
  }
  return out;
}

/** Periods that name a year, or a part of one with its year ("the first half of 2025"). */
const YEAR_KINDS: ReadonlySet<string> = new Set(['year', 'half', 'first-months']);

/**
 * A phrase that names the year a month after it without one is in: a year written out ("in 2021",
 * "the first half of 2025"), "that year" resolved to one ("In 2021 … Over that year 133,726
 * crossed"), or a month that took its year from one before it ("August alone brought 25,332").
 */
export function namesYear(p: PeriodMention): boolean {
  // "en el segundo semestre del año pasado": a half of a year named by when it was, resolved.
  if (YEAR_KINDS.has(p.kind)) return /\b(?:19|20)\d\d\b/.test(p.glossed ?? p.words) || (p.kind !== 'year' && !!p.resolved && /\b(?:last|this) year\b/i.test(p.glossed ?? p.words));
  const months = p.kind === 'month' || p.kind === 'month-pair' || p.kind === 'month-span';
  // "By August of that year the monthly count had reached 25,332. / September brought 25,505":
  // a month held for "that year" names the year as much as one borrowed from a sentence before.
  return (p.kind === 'that' && /\byear$/i.test(p.words) && !!p.resolved && yearOfDay(p.resolved.period.start) === yearOfDay(p.resolved.period.end)) || (months && (p.borrowed === true || (!!p.resolved && THAT_YEAR_WORDS.test(p.words))));
}

const THAT_YEAR_WORDS = EN.pattern('of-that-year');

/** "the same period of 2022", "el mismo periodo del año pasado": only ever what something is compared with. */
export function sameAsBaseline(p: PeriodMention): boolean {
  return p.kind === 'same' && /\b(?:same|mism[oa]s?)\b/i.test(p.glossed ?? p.words);
}

/**
 * "en el segundo semestre del año pasado …. Por ejemplo, en enero … 36.000, en noviembre … 11.000":
 * a half named by when it was ("of last year"), not by its year's digits, gives its year to the
 * months of the next sentence only when one of them falls in it; "En enero, en cambio, …" may be
 * this January.
 */
function halfHoldsAMonth(prior: PeriodMention, own: readonly PeriodMention[]): boolean {
  if ((prior.kind !== 'half' && prior.kind !== 'first-months') || /\b(?:19|20)\d\d\b/.test(prior.glossed ?? prior.words)) return true;
  const half = prior.resolved!.period;
  const [first, last] = [monthOfDay(half.start), monthOfDay(half.end)];
  return own.some((p) => p.kind === 'month' && p.relative && p.resolved && monthOfDay(p.resolved.period.start) >= first && monthOfDay(p.resolved.period.start) <= last);
}

/**
 * "The busiest months of 2021 were September and October. August was close behind": a month
 * with no year takes the year the sentence before in its paragraph named as a year ("in 2021"),
 * not a month's ("20,519 in July 2024. June's figure …" is this June).
 * Not a year the sentence before compared with ("2,927 in the first half of 2025, against more
 * than 520,000 in 2023. In June, 10 crossed" is this June): the one it was about.
 * Nor "the same period of 2022", which is only ever what something is compared with.
 */
function carriedFromBefore(own: readonly PeriodMention[], priorPeriods: readonly PeriodMention[], recentPeriods: readonly Period[], text: string, page: Period | null): YearCarried {
  const prior = [...priorPeriods].reverse().find((p) => !sameAsBaseline(p) && namesYear(p) && p.resolved && !comparedWith(p, text));
  // "Last year, 133,726 came through. / That was thirty times the 6,465 who made the trek in 2020.
  // / The year had begun quietly, with 107 in January": past a sentence whose only year was its
  // baseline's, the year the text was about (noted last among the recent periods).
  const baselineOnly = !prior && priorPeriods.length > 0 && priorPeriods.every((p) => comparedWith(p, text));
  const baselines = baselineOnly ? priorPeriods.map((p) => p.resolved?.period) : [];
  const lastYear = baselineOnly ? [...recentPeriods].reverse().find((r) => !baselines.some((b) => b && samePeriod(b, r))) : undefined;
  const priorYear = prior && halfHoldsAMonth(prior, own) ? prior.resolved!.period : lastYear && calendarYearOf(lastYear) !== null ? lastYear : undefined;
  const year: number | null = priorYear && page && priorYear.start <= page.end ? yearOfDay(priorYear.start) : null;
  return { year, borrowed: year !== null, month: null, recent: recentPeriods };
}

/** "That is more than six times the previous high of 30,055, set in 2016": the year of the figure compared with. */
function ofABaselineFigure(p: PeriodMention, text: string): boolean {
  const lead = FIGURE_THEN_ITS_PERIOD.exec(cut(text, Math.max(0, p.start - 100), p.start));
  return lead !== null && leadsToBaselineFigure(lead[1]!);
}
const FIGURE_THEN_ITS_PERIOD = EN.pattern('figure-then-its-period');
/**
 * How many numbers stand between two period phrases. "hasta el 17 de agosto más de 294 mil …,
 * superior a las 248 mil … y las 133 mil 726, de 2021": a year past other figures than the running
 * total's is theirs, not the year the total counts in ("By July 17, more than 212,000 had crossed in 2024").
 */
function figuresBetween(text: string, a: PeriodMention, b: PeriodMention): number {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  return from < to ? (cut(text, from, to).match(/\d+(?:[.,]\d+)*(?:\s+mil(?:\s+\d+)?)?/g)?.length ?? 0) : 0;
}
/** A period named as what the sentence compares with: "than in 2022", "far above the 133,726 of 2021". */
const comparedWith = (p: PeriodMention, text: string): boolean => isBaselineLead(cut(text, Math.max(0, p.start - 100), p.start)) || ofABaselineFigure(p, text) || PREVIOUS_RECORD_BEFORE.test(cut(text, Math.max(0, p.start - 60), p.start));
/** "El récord anterior era de 2016": the year of the record the story compares with (lexicon previous-record-before). */
const PREVIOUS_RECORD_BEFORE = EN.pattern('previous-record-before');

/**
 * A sentence's period phrases, with those that refer back resolved: "the same period of 2022" and
 * "a year earlier" against the phrase before them (in the sentence, else the sentence before);
 * "that month", "that August", "that year" against the last period the text named, when it is of
 * that kind; a month without its year ("In January 2022 ..., and 4,262 in February", "last year's
 * surge in August") takes the year named before it. `referredTo`: the periods of the sentence this
 * one is about (the one before in its paragraph, or the one "That …" points back to).
 */
export function resolveInSentence(own: readonly PeriodMention[], priorPeriods: readonly PeriodMention[], recentPeriods: readonly Period[], text: string, page: Period | null = null, reviewedYear: number | null = null, referredTo: readonly PeriodMention[] = priorPeriods): PeriodMention[] {
  const carry = carriedFromBefore(own, priorPeriods, recentPeriods, text, page);
  // "on July 1 that year": the day waits for the year it is of, and is no period of its own before it.
  const held = heldForThatYear(own, text);
  // "8,964 in January and February, against 2,928 in the same months a year before": a "same" phrase
  // moves the phrases before it as this pass resolved them (the year named), not as found (the page's).
  const done = new Map<PeriodMention, PeriodMention>();
  const asResolved = (): PeriodMention[] => own.map((p) => done.get(p) ?? p);
  const all = inThatYear(own.map((found): PeriodMention => done.set(found, resolveOne(found)).get(found)!), held, text);
  // In order, in place: a gloss ("On 11 March, the day before,") reads the day before it as resolved.
  all.forEach((mention, i) => (all[i] = aheadWhenFuture(resolvedBeside(mention, i, all, held, text, referredTo, recentPeriods, page, carry.year), text, page)));
  return all
    // A year theMonthInAYear took into the month before it ("todo el mes en 2023") is no period of its own.
    .filter((mention, i, all) => !(i > 0 && mention.kind === 'year' && all[i - 1]!.end === mention.end && all[i - 1]!.kind === 'that'));

  function resolveOne(mention: PeriodMention): PeriodMention {
    // Held for its year, but already in it: a day counted from it ("the day before") counts from the right year.
    if (held.has(mention)) return heldInItsYear(mention, own, held, text);
    const recentBefore = carry.recent;
    // "By then, more than 212,000 had crossed this year": "then" is when the count stood, and the
    // sentence's own period is the count's; it names no period of its own.
    if (mention.kind === 'that' && THEN.test(mention.glossed ?? mention.words) && own.some((p) => p !== mention)) return { ...mention, kind: 'bound' };
    // "The first two months of 2022 brought 4,702 and 4,262. / January's 4,702 was …": a month
    // that is part of the span of months named just before is that span's.
    // Not once the sentence has named its own year ("Rows for 2022: January 4,702"): that year's month.
    const within = mention.kind === 'month' && mention.relative && mention.resolved && (carry.year === null || carry.borrowed) ? (carry.year === null ? monthWithinRecent(mention.resolved.period, carry.recent, page) : null) ?? monthOfPrior(mention.resolved.period, priorPeriods, page) : monthsOfPrior(mention, carry, priorPeriods, page);
    if (within) {
      const moved = { ...mention, borrowed: true, resolved: { period: within, deictic: false } };
      carry.recent = notePeriods(carry.recent, [moved]);
      return moved;
    }
    if (mention.kind === 'so-far-then' || mention.kind === 'since-then') return spanFromThen(mention, own, carry, recentPeriods, page);
    // "el martes 19; el día anterior", "in the first 17 days": of the month named before them here.
    const ofTheMonth = afterTheSpanBefore(mention, asResolved(), carry.recent) ?? daysOfTheMonthSaid(mention, asResolved(), carry.recent) ?? dayOfTheMonthNamed(mention, asResolved(), priorPeriods, carry.recent);
    if (ofTheMonth) {
      carry.recent = notePeriods(carry.recent, [ofTheMonth]);
      return ofTheMonth;
    }
    const resolved = mention.sameAs
      ? resolveSame(mention, asResolved(), priorPeriods, carry.recent, text, page)
      : mention.kind === 'that'
        ? (YEAR_CLOSED.test(mention.words) && priorPeriods.length + own.indexOf(mention) > 0 ? yearClosed(mention, [...priorPeriods, ...asResolved().filter((p) => p.end <= mention.start)], text) : resolveThat(mention, sentenceYear(own, mention, text) ?? thenOf(mention, priorPeriods, text) ?? carry.recent, page, text, own.some((p) => !p.relative)))
        : mention.kind === 'those-months'
          ? resolveThoseMonths(mention, carry.recent)
        : UNTIL.test(mention.glossed ?? mention.words) || (UNTIL_BEFORE.test(cut(text, Math.max(0, mention.start - 48), mention.start)) && !/^(?:in|during|for|over|on)\s/i.test(mention.words))
          ? resolveUntil(mention, own.filter((p) => p.kind !== 'year' || !(comparedWith(p, text) || figuresBetween(text, mention, p) > 1)), page)
          : mention;
    // A phrase that refers back means the nearest period before it; if that one could not be
    // resolved, neither can the phrase.
    if (!saidThatDay(resolved, text)) carry.recent = notePeriods(carry.recent, [resolved]);
    // "the busiest month of the year: January": the year referred to names the month's.
    if (mention.kind === 'that' && /\byear$/i.test(mention.words) && resolved.resolved) [carry.year, carry.borrowed] = [yearOfDay(resolved.resolved.period.start), false];
    if (resolved !== mention || mention.sameAs) return resolved;
    const past = halfOfTheYearBefore(mention, recentBefore, page);
    if (past) {
      carry.recent = notePeriods(recentBefore, [past]);
      return past;
    }
    const compared = sameMonthComparedWith(mention, priorPeriods, text);
    if (compared) return compared;
    const named = inYearNamed(mention, carry, text, page);
    if (named === mention && reviewedYear !== null && inReviewOfTheYearBefore(mention, page, reviewedYear)) return { ...mention, resolved: null };
    return toThePageStill(mention, notPastThePage(mention, named, page), page);
  }
}

/**
 * "Of the 20,519 who crossed in July, 11,363 did so in the first 17 days": days said with no month
 * are the first of the month the sentence named before them (not one of an earlier sentence, which
 * may be a baseline's: "against 30,000 in June. In the first 17 days, …").
 */
function daysOfTheMonthSaid(mention: PeriodMention, own: readonly PeriodMention[], recent: readonly Period[]): PeriodMention | null {
  if (mention.kind !== 'first-days' || mention.resolved) return null;
  const said = /\b(first) (\w+) (days|weeks)\b/i.exec(mention.glossed ?? mention.words);
  const isMonth = (p: PeriodMention): boolean => p.kind === 'month' && p.resolved !== null && p.end <= mention.start;
  // "En los primeros 17 días del mes": of the last whole month the text named.
  const month = [...own].reverse().find(isMonth)?.resolved?.period ?? (/\bof the month\b/i.test(mention.glossed ?? '') ? [...recent].reverse().find((p) => samePeriod(p, monthOf(p.start))) : undefined);
  if (!said || !month) return null;
  const count = (countWord(said[2]!) ?? NaN) * (/^weeks$/i.test(said[3]!) ? 7 : 1);
  if (!(count >= 1 && count < lengthInDays(month))) return null;
  return { ...mention, resolved: { period: periodFromDays(month.start, month.start + count - 1), deictic: false } };
}

/**
 * "in the rest of the month", "in the rest of the year", "in the nine months that followed" (and
 * their Spanish glosses): a span that runs on from the one named just before it, in the sentence
 * or else the last the text named.
 */
function afterTheSpanBefore(mention: PeriodMention, own: readonly PeriodMention[], recent: readonly Period[]): PeriodMention | null {
  if (mention.kind !== 'first-days' || mention.resolved) return null;
  const words = mention.glossed ?? mention.words;
  const before = (): Period[] => [...recent, ...own.filter((p) => p.end <= mention.start && p.resolved).map((p) => p.resolved!.period)];
  if (/\b(?:rest|remainder) of (?:the|that) month\b/i.test(words)) return restOfTheMonth(mention, before());
  const months = /\b(?:(?:rest|remainder) of (?:the|that) (year)|(\w+) months)\b/i.exec(words);
  return months ? monthsAfter(mention, before(), months[1] ? null : (countWord(months[2]!) ?? NaN)) : null;
}

/**
 * "11,363 in the first 17 days and about 12,000 in the rest of the month", "y unos 12.000 en las dos
 * semanas restantes": the days after the span of days named just before (in the sentence, else the
 * last the text named), to the end of its month.
 */
function restOfTheMonth(mention: PeriodMention, before: readonly Period[]): PeriodMention | null {
  const early = (p: Period): boolean => p.start === monthOf(p.start).start && p.end < monthOf(p.start).end;
  const span = [...before].reverse().find(early);
  if (!span) return null;
  const month = monthOf(span.start);
  return { ...mention, resolved: { period: periodFromDays(span.end + 1, month.end), deictic: false } };
}

/**
 * "nearly 2,000 in the first quarter, and about 1,400 in the nine months that followed", "en el resto
 * del año": the months after the span of whole months named just before, `count` of them or, with
 * none, to the end of its year.
 */
function monthsAfter(mention: PeriodMention, before: readonly Period[], count: number | null): PeriodMention | null {
  const span = [...before].reverse().find((p) => monthsSpanned(p) > 0);
  if (!span || (count !== null && !(count >= 1 && count <= 24))) return null;
  const first = span.end + 1;
  const [year, month] = [yearOfDay(first), monthOfDay(first)];
  const index = year * 12 + month - 1 + (count ?? 12 - month + 1) - 1;
  const [lastYear, lastMonth] = [Math.floor(index / 12), (index % 12) + 1];
  return { ...mention, resolved: { period: periodFromDays(first, dayNumber(lastYear, lastMonth, daysInMonth(lastYear, lastMonth))), deictic: false } };
}

/**
 * "En enero … Y en septiembre, cayeron más de cuarenta", on a page of March 2022: a month the year
 * before would put after the page is not yet counted; the last such month before it is.
 */
function notPastThePage(mention: PeriodMention, named: PeriodMention, page: Period | null): PeriodMention {
  const after = named !== mention && named.borrowed && page && named.resolved && named.resolved.period.start > page.end;
  return after && mention.resolved && mention.resolved.period.end <= page.end ? mention : named;
}

/**
 * "Y eso que enero de 2021 … / Febrero sumó 1.857, así que el primer bimestre no llegó a 3.000": a
 * part of a year said with no year ("the first half", "el primer bimestre") is of the year a month
 * of its own sentence was read in, taken from the text before, not of the page's.
 */
function partOfTheMonthsYear(mention: PeriodMention, all: readonly PeriodMention[]): PeriodMention | null {
  if (mention.kind !== 'half' || !mention.relative || !mention.resolved || YEAR_SAID.test(mention.words)) return null;
  const month = all.find((p) => p !== mention && p.kind === 'month' && p.borrowed && p.resolved);
  const year = month ? yearOfDay(month.resolved!.period.start) : null;
  if (year === null || year === yearOfDay(mention.resolved.period.start)) return null;
  const moved = monthsInYear(mention.resolved.period, year);
  return moved ? { ...mention, borrowed: true, resolved: moved } : null;
}
const YEAR_SAID = /\b(?:19|20)\d\d\b|\b(?:this|last|next|that)\s+year\b|\baño\s+(?:pasado|anterior|próximo)\b|\b(?:este|ese|aquel)\s+año\b/i;

/**
 * "Those two months brought 2,928 people in 2021 and 8,964 in 2022": months referred to, then years
 * each figure is "in", are those months of each year: the year's January and February, not the
 * whole year; and the months themselves are of the first year named after them.
 */
function thoseMonthsInAYear(mention: PeriodMention, all: readonly PeriodMention[], text: string): PeriodMention | null {
  // Not a year compared with ("over those twelve months, well below the 520,085 who went through in 2023").
  // A year tied to a figure just before it ("8,964 in 2022"), not one of another clause ("Haitians
  // who had left their country in 2018").
  const inYear = (p: PeriodMention): boolean => p.kind === 'year' && p.resolved !== null && IN_YEAR.test(p.words) && !comparedWith(p, text) && FIGURE_THEN_YEAR.test(cut(text, Math.max(0, p.start - 60), p.start));
  // "those twelve months" are a year, not part of one.
  const saysMonths = (p: PeriodMention): boolean => p.kind === 'those-months' && MONTHS_END.test(p.glossed ?? p.words) && !TWELVE.test(p.glossed ?? p.words);
  const months = saysMonths(mention) ? mention : [...all].reverse().find((p) => p.end <= mention.start && saysMonths(p));
  if (!months || (months.resolved && monthsSpanned(months.resolved.period) < 2)) return null;
  const year = mention === months ? all.find((p) => p.start >= months.end && inYear(p)) : inYear(mention) ? mention : undefined;
  if (!year) return null;
  // Months the text did not name: the year is still only part of it, which is no period darien knows.
  const moved = months.resolved ? monthsInYear(months.resolved.period, yearOfDay(year.resolved!.period.start)) : null;
  return { ...mention, kind: 'those-months', resolved: moved };
}
const IN_YEAR = /^(?:in|en)\s+(?:19|20)\d\d$/i;
const FIGURE_THEN_YEAR = /\d[\d,.]*(?:\s+[\p{L}'’-]+){0,6}\s*$/u;
const MONTHS_END = /(?:months|meses)$/i;
const TWELVE = /\b(?:twelve|12|doce)\b/i;

/**
 * "En lo que va de diciembre … 2,087. Para todo el mes en 2023 entraron más de 14,000": the month
 * referred to ("that month", "todo el mes"), in the year named right after it: December 2023, not
 * the year (which the figure would otherwise take).
 */
function theMonthInAYear(mention: PeriodMention, next: PeriodMention | undefined, text: string): PeriodMention | null {
  if (mention.kind !== 'that' || !mention.resolved || next?.kind !== 'year' || !next.resolved || !/^\s*$/.test(cut(text, mention.end, next.start)) || !/^(?:en|in|of|de)\s/i.test(next.words)) return null;
  const period = mention.resolved.period;
  if (monthsSpanned(period) !== 1) return null;
  const moved = monthsInYear(period, yearOfDay(next.resolved.period.start));
  return moved ? { ...mention, end: next.end, words: cut(text, mention.start, next.end), resolved: moved } : null;
}

/** "since then", "so far that year": a span from, or of the year to, a period named before; noted for what comes after. */
function spanFromThen(mention: PeriodMention, own: readonly PeriodMention[], carry: YearCarried, recentPeriods: readonly Period[], page: Period | null): PeriodMention {
  // "By July 17 … since then": a running total's day leaves no period to refer to (its start is
  // what "since then" names), so the sentences before are looked at.
  const recent = carry.recent.length > 0 ? carry.recent : recentPeriods;
  // "Hasta el 17 de julio habían cruzado … en lo que iba de año": a day of its own sentence ends
  // the year so far, in that day's year.
  const ownDay = own.filter((p) => p !== mention && p.start < mention.start).map((p) => (p as UntilMention).asOf ?? p.resolved?.period).filter((p): p is Period => p !== undefined && p !== null).at(-1);
  const then = mention.kind === 'since-then' ? sinceThen(mention, recent, page) : yearSoFarThen(mention, ownDay ? [ownDay] : recent, page);
  if (then) carry.recent = notePeriods(carry.recent, [then]);
  return then ?? mention;
}

/**
 * "Para el 17 de julio … En lo que iba de año ya eran más de 212.000", "so far that year": the year
 * to the end of the newest period named before, as "so far this year" is the year to the page date.
 */
function yearSoFarThen(mention: PeriodMention, recent: readonly Period[], page: Period | null): PeriodMention | null {
  // The newest period named, to its end ("Para el 17 de julio", or a span that ran to it), within one year and before the page.
  const last = recent[recent.length - 1];
  if (!last || !page || last.end >= page.end || yearOfDay(last.start) !== yearOfDay(last.end)) return null;
  const year = yearOfDay(last.end);
  return { ...mention, kind: 'so-far', borrowed: true, resolved: { period: periodFromDays(dayNumber(year, 1, 1), last.end), deictic: false } };
}

/**
 * "He took office on July 1. … 11,363 had crossed since then": a span from the newest day named
 * before to the page date, as "since July 1" is (a "by July 17" then ends it: sinceUntilThen).
 * Only a day: "In 2021 … since then" may mean from its start or its end, so it stays unresolved.
 */
function sinceThen(mention: PeriodMention, recent: readonly Period[], page: Period | null): PeriodMention | null {
  const last = recent[recent.length - 1];
  if (!last || !page || last.start !== last.end || last.start >= page.end) return null;
  return { ...mention, kind: 'since', borrowed: true, resolved: { period: periodFromDays(last.start, page.end), deictic: false } };
}

/**
 * "By mid-July the count for 2024 had passed 212,000", "By July 17, more than 212,000 had crossed
 * in 2024": a year named beside a day or month the count ran to within it is the year the running
 * total counts from, not the period of the figure (which is the total to that day, or unresolved
 * when the day is not one: "mid-July").
 */
const MONTH_NAMED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)/i;
const RAN_TO_BEFORE = /\b(?:by|until|till|through|up to|as of|hasta)\s+$/i;
function runningTotalsYear(mention: PeriodMention, all: readonly PeriodMention[], text: string): PeriodMention | undefined {
  if (mention.kind !== 'year' || !mention.resolved) return undefined;
  const year = mention.resolved.period;
  return all.find((p) => {
    // "A mediados de julio, el conteo de 2024 ya superaba los 212.000": a vague part of a month
    // beside the year is when a running total stood, with or without "by".
    const vagueMonth = p.kind === 'vague' && p.relative && !p.resolved && MONTH_NAMED.test(p.words);
    if (p === mention || p.kind === 'year' || p.kind === 'bound' || !(vagueMonth || UNTIL.test(p.words) || RAN_TO_BEFORE.test(cut(text, Math.max(0, p.start - 16), p.start)))) return false;
    // "entre el 1 de enero hasta el 19 de mayo": a start of its own, which the year does not give.
    if (all.some((o) => o !== mention && o !== p && o.pointInTime)) return false;
    // "By mid-July": the phrase unresolved, but a month of the year with none of its own.
    const end = p.resolved?.period;
    if (!end) return vagueMonth;
    return end.end < year.end && end.end >= year.start;
  });
}

/** The year a sentence has named so far, and the periods it has named, as its phrases are read in order. */
interface YearCarried {
  year: number | null;
  /** The year is the sentence before's. */
  borrowed: boolean;
  /**
   * "July 2024 bar: 20,519, the first full month after Mulino took office on 1 July": a month
   * named with its year; a day with no year in a month of that name is of that year. Only the
   * same month: a year named in passing ("520,085 crossed in 2023, and since July 1 …") says
   * nothing of a day's.
   */
  month: Period | null;
  recent: readonly Period[];
}

const TOLD_AGAINST = EN.pattern('told-against');

/**
 * "From July 1 to July 17, 11,363 … In the second half of the year, crossings fell": on a page of
 * January 2025, "the year" read as the page's puts the half after the page, which nothing can have
 * done yet; it is the year the text was telling, the year of the last period it named (earlier
 * than the page's), and with none it is left unresolved. So is a half begun but not over by the
 * page date ("In the first half of the year alone, more than 200,000 crossed" on January 6, after
 * lines about 2024); one the text told of no earlier year before stays the page year's.
 */
function halfOfTheYearBefore(mention: PeriodMention, recent: readonly Period[], page: Period | null): PeriodMention | null {
  // "The fourth quarter brought 10,000" says no year at all, as "the year" does not.
  const words = mention.glossed ?? mention.words;
  if (mention.kind !== 'half' || !page || !mention.resolved || mention.resolved.period.end <= page.end || (!/\bthe year\b/i.test(words) && YEAR_SAID.test(words))) return null;
  const last = recent.at(-1);
  const year = last ? yearOfDay(last.start) : null;
  const moved = year !== null && year < yearOfDay(page.start) && year === yearOfDay(last!.end) ? inYear(mention.resolved.period, year) : null;
  if (moved) return { ...mention, borrowed: true, resolved: { period: moved, deictic: false } };
  // "In the first half of the year, …" on a page of January 6, after the text told of no earlier
  // year: the half has begun, and may be what the text counts so far. "In the fourth quarter, about
  // 1,500 a day have crossed" on November 15, a part that says no year at all: counted to the page.
  if (mention.resolved.period.start > page.end) return { ...mention, resolved: null };
  return /\bthe year\b/i.test(words) ? null : { ...mention, resolved: { period: periodFromDays(mention.resolved.period.start, page.end), deictic: false } };
}

/**
 * "By July 17, more than 212,000 had crossed since January 1", "hasta el 17 de julio … desde el 1 de
 * enero", "desde el 1 de enero hasta este miércoles", "had crossed the jungle this year as of July 17":
 * a span "since" a day, or the year so
 * far, runs to the day the sentence says the count stood at, not to the page date.
 */
function sinceUntilThen(mention: PeriodMention, all: readonly PeriodMention[], text: string): PeriodMention | null {
  // ("By July 17, … 11,363 since the inauguration": a span from an event's day, as from a date.)
  if ((mention.kind !== 'since' && mention.kind !== 'since-event' && mention.kind !== 'so-far' && !(mention.kind === 'deictic' && THIS_YEAR_WORDS.test(mention.glossed ?? mention.words))) || !mention.resolved) return null;
  const span = mention.resolved.period;
  // Read as a running total's day ("by July 17"), the day is kept as asOf, unresolved.
  const dayOf = (p: PeriodMention): Period | undefined => p.resolved?.period ?? (p as UntilMention).asOf ?? undefined;
  const then = all.map(dayOf).find((day, i) => {
    const p = all[i]!;
    // The day itself, or the running total resolveUntil made of it from this span's start.
    // "since July 1 through Wednesday": a weekday's phrase holds no "through"; the word before it does.
    // "On July 17, SENAFRONT reported 11,363 crossings since July 1": the day the count was given.
    const stood = STOOD_AT.test(p.glossed ?? p.words) || STOOD_AT.test(`${wordBefore(text, p.start)} `) || (p.kind === 'date' && p.end <= mention.start && REPORTED_BETWEEN.test(cut(text, p.end, mention.start)));
    return day && p !== mention && (p.kind === 'date' || p.kind === 'deictic' || p.kind === 'to-date') && stood && (day.start === day.end || day.start === span.start) && day.end > span.start && day.end < span.end;
  });
  if (then) return { ...mention, resolved: { period: periodFromDays(span.start, then.end), deictic: false } };
  return sinceInTheYearStood(mention, all, dayOf);
}
/**
 * "El 17 de julio el Senafront informó de 11.363 cruces desde el 1 de julio. Eso equivale a unas
 * 670 personas por semana desde la toma de posesión": a span from the day the sentence before
 * counted from, which ran to a day the count stood at, still runs to that day.
 */
function sinceAsBefore(mention: PeriodMention, referred: readonly PeriodMention[]): PeriodMention | null {
  if ((mention.kind !== 'since' && mention.kind !== 'since-event') || !mention.resolved) return null;
  const span = mention.resolved.period;
  const before = referred.find((p) => (p.kind === 'since' || p.kind === 'since-event') && p.resolved && p.resolved.period.start === span.start && p.resolved.period.end < span.end);
  return before ? { ...mention, resolved: before.resolved } : null;
}
const STOOD_AT = EN.pattern('count-stood-at');
const REPORTED_BETWEEN = EN.pattern('reported-between');
/** A day a running count stood at, said with "by" or "as of": no day of an event, and the end of a "since" span. */
export const STOOD_AT_WORDS = /^(?:by|as of)\s/i;

/**
 * "By July 17, 2024, 11,363 had crossed since July 1", on a page of 2025: a "since" day without its
 * year is of the year of the day the count stood at, not of the page's.
 */
function sinceInTheYearStood(mention: PeriodMention, all: readonly PeriodMention[], dayOf: (p: PeriodMention) => Period | undefined): PeriodMention | null {
  if (mention.kind !== 'since' || /\b(?:1[89]|20)\d\d\b/.test(mention.words)) return null;
  const span = mention.resolved!.period;
  const stood = all.find((p) => p !== mention && p.kind === 'date' && p.end <= mention.start && STOOD_AT.test(p.glossed ?? p.words) && dayOf(p) !== undefined && dayOf(p)!.end < span.start);
  if (!stood) return null;
  const day = dayOf(stood)!;
  const from = inYear(periodFromDays(span.start, span.start), yearOfDay(day.end));
  return from && from.start <= day.end ? { ...mention, resolved: { period: periodFromDays(from.start, day.end), deictic: false } } : null;
}
/** The word just before offset `at` in `text` ("through" of "… through Wednesday"), or "". */
const wordBefore = (text: string, at: number): string => /(\S+)\s+$/.exec(cut(text, Math.max(0, at - 16), at))?.[1] ?? '';
/** "this year", "so far this year": the year to the page, which a day the count stood at ends sooner. */
const THIS_YEAR_WORDS = EN.pattern('this-year');

/**
 * "Más de 300.000 cruzaron en 2024. En total, 300.549 … hasta diciembre", on a page of December 17:
 * a span that ran to the page date, moved into the year the sentence before named, still ends on
 * the page date, not on December 31.
 */
function toThePageStill(mention: PeriodMention, moved: PeriodMention, page: Period | null): PeriodMention {
  const [before, after] = [mention.resolved?.period, moved.resolved?.period];
  if (!page || !before || !after || moved === mention || before.end !== page.end || after.end <= page.end || after.start > page.end) return moved;
  return { ...moved, resolved: { period: periodFromDays(after.start, page.end), deictic: false } };
}

const MONTH_OF_THAT_YEAR = /\b(?:of\s+that\s+year|de\s+(?:ese|aquel)\s+año)$/i;

/**
 * "In October 2021, 25,904 crossed. / The year ended with 133,726": the year that closed is the one
 * year the sentence before (or its own words before it) was about; not one it compared with ("fell in 2024 from the record of
 * 520,085 in 2023. / The year ended with 302,203" is 2024), and with several, unresolved. Opening a
 * paragraph, it is resolveThat's: the newest year named.
 */
function yearClosed(mention: PeriodMention, priorPeriods: readonly PeriodMention[], text: string): PeriodMention {
  const own = priorPeriods.filter((p) => p.resolved && !sameAsBaseline(p) && !comparedWith(p, text));
  const years = new Set(own.flatMap((p) => [yearOfDay(p.resolved!.period.start), yearOfDay(p.resolved!.period.end)]));
  if (years.size !== 1) return mention;
  const year = [...years][0]!;
  return { ...mention, borrowed: true, resolved: { period: yearPeriod(year), deictic: false } };
}
const YEAR_CLOSED = EN.pattern('year-closed');
/**
 * "Two years ago, …", "But two years ago, …", "— Hace dos años, …", "Two years ago in February …":
 * a phrase that opens its sentence (past a quote, a dash or a conjunction), set off by a comma or
 * followed by the month it dates.
 */
function opensSetOff(mention: PeriodMention, text: string): boolean {
  return /^\s*(?:,|(?:in|en)\s)/i.test(cut(text, mention.end, mention.end + 4)) && OPENS_BEFORE.test(cut(text, Math.max(0, mention.start - 16), mention.start));
}
const OPENS_BEFORE = /(?:^|[.!?:\n*_>#—–"“«(-]\s*)(?:(?:but|and|yet|so|pero|y|mas)\s+)?$/i;
/** "this March", "este marzo": the page's year, whatever year the sentence named before. */
function saidAsThis(mention: PeriodMention, text: string): boolean {
  return /^(?:(?:in|during|en|durante)\s+)?(?:this|este|esta)\s/i.test(mention.words) || /(?:^|[^\p{L}])(?:this|este|esta)\s+$/iu.test(cut(text, Math.max(0, mention.start - 6), mention.start));
}

/** A phrase that names a year notes it; a month or a day without one is moved into the year named. */
function inYearNamed(mention: PeriodMention, carry: YearCarried, text: string, page: Period | null = null): PeriodMention {
  // "En enero de ese año …, y en febrero 1.587": a month of "that year", resolved, names its year as
  // "en enero de 2021" would.
  const thatYear = mention.kind === 'month' && mention.resolved && MONTH_OF_THAT_YEAR.test(mention.words) ? [String(yearOfDay(mention.resolved.period.start)), String(yearOfDay(mention.resolved.period.start))] : null;
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(mention.words) ?? thatYear;
  // "In January and February of 2022, about nine thousand crossed: forty-seven hundred in January …".
  // Not a year named as what the sentence compares with ("heavier than the start of 2021: 4,702 in
  // January"): the months after it are the sentence's own year's.
  // "in the second half of 2021, when in August, September and October …": a half of a year names it too.
  if (year && (mention.kind === 'month' || mention.kind === 'month-pair' || mention.kind === 'date' || mention.kind === 'first-months' || mention.kind === 'first-days' || mention.kind === 'vague' || mention.kind === 'year' || mention.kind === 'half') && !isBaselineLead(cut(text, Math.max(0, mention.start - 48), mention.start))) {
    [carry.year, carry.borrowed] = [Number(year[1]), false];
    if (mention.kind === 'month' && mention.resolved) carry.month = mention.resolved.period;
    // "in the first seventeen days of July 2024, after Mulino took office on 1 July": the month's.
    if (mention.kind === 'first-days' && mention.resolved) carry.month = monthOf(mention.resolved.period.start);
    return mention;
  }
  if (carry.month && (mention.kind === 'date' || mention.kind === 'between' || mention.kind === 'day-span') && mention.relative && mention.resolved) {
    const day = dayInMonth(mention.resolved.period, carry.month);
    return day ? { ...mention, resolved: { period: day, deictic: false } } : mention;
  }
  // "asumió el cargo el 1 de julio de 2024, tras ganar las elecciones del 5 de mayo": a day told as
  // what came before one the sentence dated with its year is of that year.
  if (carry.year !== null && !carry.borrowed && mention.kind === 'date' && mention.relative && mention.resolved && mention.resolved.period.start === mention.resolved.period.end && TOLD_AGAINST.test(cut(text, Math.max(0, mention.start - 48), mention.start))) {
    const day = inYear(mention.resolved.period, carry.year);
    return day ? { ...mention, resolved: { period: day, deictic: false } } : mention;
  }
  // "El año pasado arrancó con 4.702 en enero", by its English gloss; "Hace dos años, febrero dejó
  // 4.262", a year counted back set off at the head of its sentence (not "up from 13,000 two years ago").
  if (((mention.kind === 'deictic' && /\b(?:last|this) year\b/i.test(mention.glossed ?? mention.words)) || (mention.kind === 'years-ago' && opensSetOff(mention, text))) && mention.resolved) {
    [carry.year, carry.borrowed] = [yearOfDay(mention.resolved.period.start), false];
    return mention;
  }
  // "En septiembre del año pasado fueron 25.505, unos 1.500 más que en agosto": a month said with
  // its year from the page names that year for the months after it, as "September 2021" would.
  if ((mention.kind === 'month' || mention.kind === 'month-pair' || mention.kind === 'month-list') && mention.resolved && VAGUE_DEICTIC_YEAR.test(mention.glossed ?? mention.words) && !isBaselineLead(cut(text, Math.max(0, mention.start - 48), mention.start))) {
    [carry.year, carry.borrowed] = [yearOfDay(mention.resolved.period.start), false];
    return mention;
  }
  // "A comienzos del año pasado …: entre enero y febrero pasaron 2.928": a vague part of a year said
  // from the page names that year for the months after it, though it is no period of its own.
  const vagueYear = mention.kind === 'vague' && page ? VAGUE_DEICTIC_YEAR.exec(mention.words) : null;
  if (vagueYear) {
    [carry.year, carry.borrowed] = [yearOfDay(page!.end) - (/last|pasado|anterior/i.test(vagueYear[0]) ? 1 : 0), false];
    return mention;
  }
  const named = carry.year;
  if (named === null || !movesIntoYear(mention) || !mention.relative || !mention.resolved || saidAsThis(mention, text)) return mention;
  // "The busiest months of 2021 were September and October", "… were August, September and
  // October": all in the year named.
  const [first, last] = [mention.resolved.period.start, mention.resolved.period.end].map((day) => new Date(day * 86_400_000).getUTCMonth() + 1) as [number, number];
  if (first > last) return mention;
  const moved = { ...mention, borrowed: carry.borrowed, resolved: { period: periodFromDays(dayNumber(named, first, 1), dayNumber(named, last, daysInMonth(named, last))), deictic: false } };
  // Not past the page: "En enero de este año …, menos que en octubre" on a page of September is last October.
  if (page && moved.resolved.period.start > page.end && mention.resolved.period.end <= page.end) return mention;
  // "In 2022, January's 4,702 and February's 4,262 made 9,864 for the two months": what a
  // later phrase refers back to is the month in the year named, not the page's.
  carry.recent = [...carry.recent.slice(0, -1), moved.resolved.period];
  return moved;
}

/** A month, months or a part of a year said with no year, which a year named before moves into it. */
function movesIntoYear(mention: PeriodMention): boolean {
  // "**2024:** The 12 months to December bring 302,203": twelve months to a month with no year, in
  // the year named, when they lie in one year (a span across two is left as it was read).
  const toMonth = mention.kind === 'months-to' && mention.resolved !== null && yearOfDay(mention.resolved.period.start) === yearOfDay(mention.resolved.period.end);
  // "entre enero y febrero": a span of whole months, as a list of them is.
  // "Ese arranque de 2022 …: entre enero y febrero", on a page of February 19: two months named, whole
  // in the year named, though the page's own February had not ended.
  const monthsBetween = mention.kind === 'between' && mention.resolved !== null && (monthsSpanned(mention.resolved.period) > 0 || TWO_MONTHS.test(mention.glossed ?? mention.words));
  // "Most of last year's crossings came early: nearly 2,000 in the first quarter": a part of a year
  // that says no year of its own is of the year named.
  const partOfYear = mention.kind === 'half' && !YEAR_SAID.test(mention.glossed ?? mention.words);
  return mention.kind === 'month' || mention.kind === 'month-pair' || mention.kind === 'month-list' || mention.kind === 'month-span' || toMonth || monthsBetween || partOfYear;
}

/**
 * "Charted: how 2021 became the Darién's record year", dated March 2022: "January and February
 * together brought 2,928 people" may be 2021's months, which the text reviews, or this year's,
 * which have passed too. A month with no year, in a text whose title names only the year before the
 * page's, on a page of the new year's first quarter, is left unresolved: which year, darien does
 * not guess.
 */
function inReviewOfTheYearBefore(mention: PeriodMention, page: Period | null, reviewedYear: number): boolean {
  if (!page || !mention.relative || !mention.resolved || !MONTH_KINDS.has(mention.kind)) return false;
  const pageDay = new Date(page.end * 86_400_000);
  return pageDay.getUTCFullYear() === reviewedYear + 1 && pageDay.getUTCMonth() < 3 && yearOfDay(mention.resolved.period.start) === reviewedYear + 1;
}
export const MONTH_KINDS: ReadonlySet<string> = new Set(['month', 'month-pair', 'month-list', 'month-span']);
const VAGUE_DEICTIC_YEAR = /\b(?:last|this)\s+year\b|\b(?:del|el)\s+año\s+(?:pasado|anterior)\b|\b(?:de\s+)?este\s+año\b/i;

/** "kept falling in July, the government said Monday, … during the month": the day someone spoke is no period a later phrase refers back to. */
function saidThatDay(p: PeriodMention, text: string): boolean {
  // ("en su discurso del 2 de enero de 2025 una cifra … para ese año": the speech's day too.)
  // "según las cifras que el SNM dio a conocer este mes, el año en que …": when figures were
  // published, of any length, is not what "the year" after it refers to.
  return (p.pointInTime === true && (SAID_BEFORE.test(cut(text, Math.max(0, p.start - 40), p.start)) || OCCASION_BEFORE.test(cut(text, Math.max(0, p.start - 40), p.start)))) || AS_SAID_BEFORE.test(cut(text, Math.max(0, p.start - 96), p.start));
}
const OCCASION_BEFORE = EN.pattern('occasion-dated-before');
const AS_SAID_BEFORE = EN.pattern('as-said-before');

/**
 * "Sumados los dos primeros meses del año, fueron 8.964", on January 10: months of "the year"
 * not over by the page date are those of the year the text is about (the one it named, else the
 * year before the page's), as a January review of the year just ended speaks of it.
 */
function firstMonthsNotOver(mention: PeriodMention, page: Period | null, named: number | null, all: readonly PeriodMention[]): PeriodMention | null {
  const period = mention.resolved?.period;
  if (!page || !period || mention.kind !== 'first-months' || period.end <= page.end || !OF_THE_YEAR.test(mention.glossed ?? mention.words)) return null;
  // "en los dos primeros meses del año" on February 24: the months all but over are this year's,
  // so far; not on February 2, when most of the last month is still to come, nor when the sentence
  // goes on to a later month of the year ("…; by December the total was 302,203": a look back).
  const lastMonth = monthOf(period.end);
  const later = all.some((p) => {
    const when = p.resolved?.period ?? (p as UntilMention).asOf;
    return p.start > mention.end && when !== undefined && monthOfDay(when.start) > monthOfDay(period.end);
  });
  if (named === null && !later && page.end >= lastMonth.start + HALF_A_MONTH) return { ...mention, resolved: { period: periodFromDays(period.start, page.end), deictic: false } };
  const year = named ?? yearOfDay(page.end) - 1;
  if (year >= yearOfDay(period.start)) return null;
  const moved = resolveSameAs({ year, shift: 0 }, period);
  return moved ? { ...mention, resolved: { period: moved, deictic: false } } : null;
}
const OF_THE_YEAR = /\b(?:of the year|del año)$/i;
/** Days into its last month by which "the first two months of the year" are all but over: half of it. */
const HALF_A_MONTH = 14;

/** The whole month a day falls in. */
export function monthOf(day: number): Period {
  const date = new Date(day * 86_400_000);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + 1];
  return periodFromDays(dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month)));
}

/**
 * The month `month` (resolved against the page) moved into the span of two to six whole months
 * named last (the periods named since being its months), when it holds a month of that name that
 * is over by the page date; else null.
 */
function monthWithinRecent(month: Period, recent: readonly Period[], page: Period | null): Period | null {
  // The newest span of two to six months among the last four periods named, every period named
  // since being one of its months ("The first two months of 2022 …: 4,702 in January and 4,262 in
  // February. / January's 4,702 …, February's" are all of that span).
  let span: Period | undefined;
  for (let k = recent.length - 1; k >= Math.max(0, recent.length - 4) && !span; k--) {
    const candidate = recent[k]!;
    const months = monthsSpanned(candidate);
    if (months >= 2 && months <= 6 && recent.slice(k + 1).every((p) => contains(candidate, p))) span = candidate;
  }
  if (!span) return null;
  const [start, end] = [new Date(month.start * 86_400_000), new Date(month.end * 86_400_000)];
  if (start.getUTCMonth() !== end.getUTCMonth() || start.getUTCFullYear() !== end.getUTCFullYear()) return null;
  for (const year of new Set([yearOfDay(span.start), yearOfDay(span.end)])) {
    const candidate = wholeMonthOf(year, start.getUTCMonth() + 1);
    // Never a month not yet over by the page date: a span read against the page may be a misreading.
    if (contains(span, candidate) && (!page || candidate.end <= page.end)) return candidate;
  }
  return null;
}

/** Days ("1 July", "between 1 July and 17 July") moved into `month` when they are days of a month of that name, else null. */
function dayInMonth(days: Period, month: Period): Period | null {
  const [from, to, first, last] = [days.start, days.end, month.start, month.end].map((n) => new Date(n * 86_400_000));
  const name = first!.getUTCMonth();
  if (from!.getUTCMonth() !== name || to!.getUTCMonth() !== name || from!.getUTCFullYear() !== to!.getUTCFullYear() || last!.getUTCMonth() !== name) return null;
  return inYear(days, first!.getUTCFullYear());
}

/** Days of one year moved, month and day kept, into `year`; null when they are of it already. */
function inYear(days: Period, year: number): Period | null {
  const [from, to] = [days.start, days.end].map((n) => new Date(n * 86_400_000));
  const [start, end] = [dayNumber(year, from!.getUTCMonth() + 1, from!.getUTCDate()), dayNumber(year, to!.getUTCMonth() + 1, to!.getUTCDate())];
  return start === days.start ? null : periodFromDays(start, end);
}

/** The whole month `month` (1–12) of `year`. */
export function wholeMonthOf(year: number, month: number): Period {
  return periodFromDays(dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month)));
}

/**
 * "… en octubre de 2021 atravesaron 25.904. / En enero de este año bajaron a 4.702, unos 12.000 menos
 * que en octubre": a month compared with, without its year, that the sentence before named is that
 * month, whatever year the sentence itself names.
 */
function sameMonthComparedWith(mention: PeriodMention, priorPeriods: readonly PeriodMention[], text: string): PeriodMention | null {
  if (mention.kind !== 'month' || !mention.relative || !mention.resolved || !comparedWith(mention, text)) return null;
  const name = monthOfDay(mention.resolved.period.start);
  const named = priorPeriods.find((p) => p.resolved && !sameAsBaseline(p) && monthsSpanned(p.resolved.period) === 1 && monthOfDay(p.resolved.period.start) === name)?.resolved?.period;
  return named ? { ...mention, borrowed: true, resolved: { period: named, deictic: false } } : null;
}

/**
 * "En los primeros 17 días de su mandato cruzaron 11.363. / En todo julio fueron 20.519": a month
 * without its year, when the sentence before named days of a month of that name, is that month.
 * Not days it named only as a baseline ("19,000 fewer than in the same stretch of 2023. / July
 * as a whole closed with 20,519" is the July the text was about), as carriedFromBefore.
 */
function monthOfPrior(month: Period, priorPeriods: readonly PeriodMention[], page: Period | null): Period | null {
  const name = new Date(month.start * 86_400_000).getUTCMonth();
  for (const p of priorPeriods) {
    const period = p.resolved?.period;
    if (!period || sameAsBaseline(p)) continue;
    const [start, end] = [new Date(period.start * 86_400_000), new Date(period.end * 86_400_000)];
    // "… arrancó con 4.702 cruces en enero. Febrero trajo otros 4.626": a month told right after
    // an earlier month of one year, in its own sentence, goes on in that year.
    const later = start.getUTCMonth() === end.getUTCMonth() && start.getUTCMonth() < name;
    if (!later && (start.getUTCMonth() !== name || end.getUTCMonth() !== name)) continue;
    if (start.getUTCFullYear() !== end.getUTCFullYear()) continue;
    const year = start.getUTCFullYear();
    const candidate = wholeMonthOf(year, name + 1);
    if (!page || candidate.end <= page.end) return candidate;
  }
  return null;
}

/**
 * "En marzo de 2022 cruzaron 13.000. Mayo y junio sumaron otros 33.000": months said together with
 * no year, told after a month of one year, go on in that year as one month does (monthOfPrior).
 */
function monthsOfPrior(mention: PeriodMention, carry: YearCarried, priorPeriods: readonly PeriodMention[], page: Period | null): Period | null {
  if (mention.kind !== 'month-pair' || !mention.relative || !mention.resolved || carry.year !== null) return null;
  const period = mention.resolved.period;
  const first = monthOfPrior(periodFromDays(period.start, period.start), priorPeriods, page);
  const moved = first ? monthsInYear(period, yearOfDay(first.start)) : null;
  return moved && (!page || moved.period.end <= page.end) ? moved.period : null;
}

const THAT_YEAR = /^(?:that|this|last) year$/i;
const SPAN_END_BEFORE = EN.pattern('span-end-before');
/** "…, and in September of that year": a phrase with its own preposition opens a clause, and ends no span ("between January and September"). */
const OWN_PREPOSITION = /^(?:in|on|during|en|durante)\s/i;
/** "hasta el 6 de junio de este año": a day that ends a span, its "until" its own. */
const SPAN_END_WORDS = EN.pattern('span-end-words');

/**
 * "Mulino took office on July 1, 2024. By then, more than 212,000 had crossed the Darién that
 * year": "that year" with "by then" in its sentence is the year so far, to the day "then" was
 * (as "by then that year" is): a running total, not the whole year.
 */
function thatYearByThen(mention: PeriodMention, all: readonly PeriodMention[], recent: readonly Period[], page: Period | null, text: string): PeriodMention | null {
  if (mention.kind !== 'that' || !THAT_YEAR_ONLY.test(mention.glossed ?? mention.words) || !mention.resolved) return null;
  // In one clause: "By then the route was the busiest, and that year 520,085 crossed" is the whole year.
  const byThen = all.find((p) => p !== mention && BY_THEN.test(p.glossed ?? p.words) && !CLAUSE_BREAK.test(cut(text, Math.min(p.end, mention.end), Math.max(p.start, mention.start))));
  // "then" as its phrase resolved it, or else the newest period the text named.
  const then = byThen ? (byThen.resolved?.period ?? recent.at(-1)) : undefined;
  if (!then || yearOfDay(then.end) !== yearOfDay(mention.resolved.period.start)) return null;
  return yearSoFarThen(mention, [then], page);
}
const THAT_YEAR_ONLY = /^(?:(?:in|during|for|en|durante)\s+)?(?:that|ese|aquel)\s+(?:year|año)$/i;
const BY_THEN = /^by then$/i;
const CLAUSE_BREAK = EN.pattern('clause-break-between');

/** "by then", "back then", "para entonces" (glossed "by then"). */
export const THEN = /\bthen$/i;

/**
 * "In 2025 there were 200,000 fewer crossings than in 2024. By then …": "then" is the time the
 * sentence before was about, not the one it compared with.
 */
function thenOf(mention: PeriodMention, priorPeriods: readonly PeriodMention[], text: string): Period[] | null {
  if (!THEN.test(mention.glossed ?? mention.words)) return null;
  const about = [...priorPeriods].reverse().find((p) => p.resolved && !isBaselineLead(cut(text, Math.max(0, p.start - 100), p.start)));
  return about ? [about.resolved!.period] : null;
}

const POSSESSIVE_TALLY_BETWEEN = EN.pattern('possessive-tally-between');

/** The months and days with no year of their own that "that year", "this year" right after them dates. */
function heldForThatYear(own: readonly PeriodMention[], text: string): Set<PeriodMention> {
  const held = new Set<PeriodMention>();
  own.forEach((mention, i) => {
    const next = own[i + 1];
    // Not the end of a span ("Between New Year's Day and July 17 this year"): the year is the span's.
    // "Entre agosto y octubre de aquel año": a span of whole months, as a list of them is.
    // "Entre el 1 y el 17 de julio de ese año": a span of days within one year, too.
    const monthsBetween = mention.kind === 'between' && mention.resolved !== null && (monthsSpanned(mention.resolved.period) > 0 || yearOfDay(mention.resolved.period.start) === yearOfDay(mention.resolved.period.end));
    if ((next?.kind === 'that' || next?.kind === 'deictic') && THAT_YEAR.test(next.glossed ?? next.words) && (mention.kind === 'month' || mention.kind === 'date' || mention.kind === 'month-list' || mention.kind === 'month-pair' || mention.kind === 'first-months' || mention.kind === 'day-span' || monthsBetween) && mention.relative && (/^,?\s*(?:of\s+|de\s+)?$/i.test(cut(text, mention.end, next.start)) || POSSESSIVE_TALLY_BETWEEN.test(cut(text, mention.end, next.start))) && !(SPAN_END_BEFORE.test(cut(text, Math.max(0, mention.start - 12), mention.start)) && !OWN_PREPOSITION.test(mention.words)) && !SPAN_END_WORDS.test(mention.words)) held.add(mention);
  });
  return held;
}

/**
 * "took office on July 1 that year", "In September of that year", "on Jan. 2 of this year", "El 1 de
 * julio de ese año": a
 * month or a day with no year of its own, followed by the year it is of, is one phrase; read
 * apart, the day would be the page's year and "that year" a whole year, the period of the figure
 * beside it. Unresolved when "that year" is.
 */
function inThatYear(mentions: readonly PeriodMention[], held: ReadonlySet<PeriodMention>, text: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const mention of mentions) {
    const before = out.at(-1);
    if (!before || !held.has(before)) {
      out.push(mention);
      continue;
    }
    const year = mention.resolved ? yearOfDay(mention.resolved.period.start) : null;
    const core = cut(text, before.coreStart, before.coreEnd);
    // "August, September and October of that year", "January and February of that year": the
    // months named, moved into the year.
    // "The first two months of that year": the months counted from the year's start, moved too.
    const months = (before.kind === 'month-list' || before.kind === 'month-pair' || (before.kind === 'between' && before.resolved !== null && monthsSpanned(before.resolved.period) > 0) || before.kind === 'first-months') && before.resolved ? before.resolved.period : null;
    // "between July 1 and 17 of that year", "del 1 al 17 de julio de ese año": the days the words
    // gave, each moved into the year.
    const days = (before.kind === 'between' || before.kind === 'day-span') && !months && before.resolved ? daysInYear(before.resolved.period, year) : undefined;
    // "on the fifth of June that year": the day the words already gave, moved into the year.
    const day = before.kind === 'date' && before.resolved && before.resolved.period.start === before.resolved.period.end ? dayInYear(before.resolved.period.start, year) : undefined;
    const period = year === null ? null : months ? monthsInYear(months, year) : day !== undefined ? day : days !== undefined ? days : resolvePeriodWords(before.kind === 'date' ? `on ${core}, ${year}` : `in ${core} ${year}`, FAR);
    const merged = { ...before, end: mention.end, words: cut(text, before.start, mention.end), relative: false, borrowed: mention.borrowed, resolved: period };
    // "By July 17 this year, more than 212,000 had crossed": a running total as of that day, as
    // "By July 17" alone is (resolveUntil), its start the year's (finish.ts reads "this year").
    const asOf = period && period.period.start === period.period.end && UNTIL.test(before.words) ? period.period : null;
    out[out.length - 1] = asOf ? ({ ...merged, resolved: null, asOf } as UntilMention) : merged;
  }
  return out;
}

/**
 * "Hace un año, en enero y febrero de 2022, cruzaron 4.702 y 4.262 …: 8.964 en el bimestre": "a year
 * ago" set beside a period that names its own year is that period, said twice, not a year before it.
 */
function agoNamedBeside(mention: PeriodMention, next: PeriodMention | undefined, text: string): PeriodMention | null {
  if (!next?.resolved || !mention.sameAs || !/\bago\b/i.test(mention.glossed ?? mention.words) || !/\b(?:1[89]|20)\d\d\b/.test(next.words)) return null;
  return /^\s*,\s*$/.test(cut(text, mention.end, next.start)) ? { ...mention, borrowed: true, resolved: next.resolved } : null;
}

/**
 * "Hace un año, el diez de octubre, la canciller dejaba el cargo", "A year ago, on October 10, …": a
 * day with no year set beside "a year ago" is that day a year back, which "a year ago" already
 * resolved to; read alone it would be the page's year.
 */
function dayOfAYearAgo(mention: PeriodMention, before: PeriodMention | undefined, text: string): PeriodMention | null {
  if (!before || mention.kind !== 'date' || !mention.relative || !before.sameAs || !before.resolved || !/\bago\b/i.test(before.glossed ?? before.words)) return null;
  const day = before.resolved.period;
  if (day.start !== day.end || !/^\s*,\s*$/.test(cut(text, before.end, mention.start))) return null;
  return { ...mention, borrowed: true, resolved: { period: day, deictic: false } };
}

/**
 * "En enero de ese año habían cruzado 1.071, y en febrero 1.587": a month with no year, after a
 * month its own sentence dated by "that year", is of that year too (as after "en enero de 2021";
 * inThatYear dates the first only once the whole sentence is read).
 */
function monthAfterHeld(mention: PeriodMention, all: readonly PeriodMention[], held: ReadonlySet<PeriodMention>): PeriodMention | null {
  if (mention.kind !== 'month' || !mention.relative || !mention.resolved || held.size === 0 || /\d{4}/.test(mention.words)) return null;
  const heldStarts = new Set([...held].map((p) => p.start));
  const first = [...all].reverse().find((p) => p.end <= mention.start && heldStarts.has(p.start) && p.resolved && monthsSpanned(p.resolved.period) === 1);
  if (!first) return null;
  const [year, month] = [yearOfDay(first.resolved!.period.start), monthOfDay(mention.resolved.period.start)];
  if (year === yearOfDay(mention.resolved.period.start)) return null;
  return { ...mention, borrowed: true, resolved: { period: wholeMonthOf(year, month), deictic: false } };
}

/**
 * "un pico de 2.461 en agosto de aquel año, aunque el promedio de ese mes …": "that month" after a
 * month its own sentence dated by "that year" is that month, which was not yet dated when "that
 * month" was first looked up (inThatYear dates it once the whole sentence is read).
 */
function thatMonthOfHeld(mention: PeriodMention, all: readonly PeriodMention[], held: ReadonlySet<PeriodMention>): PeriodMention | null {
  if (mention.kind !== 'that' || !/\bmonth$/i.test(mention.glossed ?? mention.words) || held.size === 0) return null;
  const heldStarts = new Set([...held].map((p) => p.start));
  const month = [...all].reverse().find((p) => p.end <= mention.start && heldStarts.has(p.start) && p.resolved && monthsSpanned(p.resolved.period) === 1);
  return month ? { ...mention, borrowed: true, resolved: month.resolved } : null;
}

/**
 * "En abril, Blinken llegó a Panamá el lunes 18", "el día 19": a day said by its number (and
 * weekday) alone, after a month its sentence named (else the sentence before: "… llegó el 19 de
 * abril. / El lunes 18, un día antes, …"), is that month's, not the latest such day by the page
 * date; with its weekday, only where the two agree.
 */
function dayOfTheMonthNamed(mention: PeriodMention, all: readonly PeriodMention[], priorPeriods: readonly PeriodMention[], recent: readonly Period[]): PeriodMention | null {
  const said = mention.kind === 'date' ? DAY_NUMBER_ONLY.exec(mention.glossed ?? mention.words) : null;
  if (!said) return null;
  const inOneMonth = (p: PeriodMention): boolean => p.resolved !== null && !p.sameAs && monthOf(p.resolved.period.start).end >= p.resolved.period.end;
  // Past a sentence with no period ("… aterrizó el martes 19. En la reunión … / El lunes 18, …"),
  // the month of the last day or month the text named.
  const month = [...all].reverse().find((p) => p.end <= mention.start && p !== mention && inOneMonth(p))?.resolved!.period ?? [...priorPeriods].reverse().find(inOneMonth)?.resolved!.period ?? (priorPeriods.length === 0 ? [...recent].reverse().find((p) => monthOf(p.start).end >= p.end) : undefined);
  if (!month) return null;
  const first = month.start;
  const [year, number, date] = [yearOfDay(first), monthOfDay(first), Number(said[2])];
  if (date > daysInMonth(year, number)) return null;
  const day = dayNumber(year, number, date);
  const named = said[1] ? WEEKDAYS.findIndex((name) => name.toLowerCase() === said[1]!.toLowerCase()) : -1;
  if (named >= 0 && weekday(day) !== named) return null;
  return { ...mention, borrowed: true, resolved: { period: periodFromDays(day, day), deictic: false } };
}
/** A day held for the year after it, already in that year (and held still, for inThatYear to join the two). */
function heldInItsYear(mention: PeriodMention, own: readonly PeriodMention[], held: Set<PeriodMention>, text: string): PeriodMention {
  const inItsYear = dayOfTheYearAfter(mention, own, text);
  if (inItsYear) held.add(inItsYear);
  return inItsYear ?? mention;
}

/**
 * "on April 19 last year", "el 19 de abril del año pasado": a day without its year, right before a
 * year said from the page ("last year"), is of that year; found apart, the day would be the latest
 * April 19 by the page, and a day counted from it ("the day before") a year off.
 */
function dayOfTheYearAfter(mention: PeriodMention, own: readonly PeriodMention[], text: string): PeriodMention | null {
  const day = mention.kind === 'date' ? mention.resolved?.period : undefined;
  if (!day || day.start !== day.end || /\b(?:19|20)\d\d\b/.test(mention.words)) return null;
  const next = own.find((p) => p.start >= mention.end);
  const year = next?.kind === 'deictic' && next.resolved ? calendarYearOf(next.resolved.period) : null;
  if (year === null || !DAY_THEN_YEAR_BETWEEN.test(cut(text, mention.end, next!.start))) return null;
  const [month, date] = [monthOfDay(day.start), new Date(day.start * 86_400_000).getUTCDate()];
  if (date > daysInMonth(year, month)) return null;
  const moved = dayNumber(year, month, date);
  return { ...mention, borrowed: true, resolved: { period: periodFromDays(moved, moved), deictic: false } };
}
const DAY_THEN_YEAR_BETWEEN = /^\s*(?:,\s*)?(?:(?:of|de|del)\s+)?$/i;

/** A sentence's phrase once all are read: against those beside it (a month held for its year, a running total's year, a span's end). */
function resolvedBeside(mention: PeriodMention, i: number, all: readonly PeriodMention[], held: ReadonlySet<PeriodMention>, text: string, referredTo: readonly PeriodMention[], recent: readonly Period[], page: Period | null, year: number | null): PeriodMention {
  const month = dayGlossed(mention, all[i - 1], text) ?? thatYearByThen(mention, all, recent, page, text) ?? dayCountedFrom(mention, all[i + 1], [...recent, ...referredTo.flatMap((p) => (p.resolved && !p.sameAs ? [p.resolved.period] : []))], text) ?? thatMonthOfHeld(mention, all, held) ?? monthAfterHeld(mention, all, held) ?? dayOfAYearAgo(mention, all[i - 1], text) ?? agoNamedBeside(mention, all[i + 1], text) ?? theMonthInAYear(mention, all[i + 1], text) ?? thoseMonthsInAYear(mention, all, text) ?? partOfTheMonthsYear(mention, all);
  if (month) return month;
  // The year takes the running total's span, or none when its end is vague ("mid-July").
  const total = runningTotalsYear(mention, all, text);
  return total ? { ...mention, resolved: total.resolved } : (sinceUntilThen(mention, all, text) ?? sinceToEntryDate(mention, all, text) ?? sinceAsBefore(mention, referredTo) ?? firstMonthsNotOver(mention, page, year, all) ?? mention);
}

/**
 * "El lunes 18, un día antes, Mayorkas había sobrevolado …": a day counted from another, set off
 * right after a day, glosses that day (the day before the one the text told of); it is the day
 * named, not one more day back.
 */
function dayGlossed(mention: PeriodMention, before: PeriodMention | undefined, text: string): PeriodMention | null {
  const day = before?.resolved?.period;
  // Only a day back set off on both sides (", un día antes,"): "el martes 18, al día siguiente 1.522" counts on.
  if (!mention.sameAs?.days || mention.sameAs.shift >= 0 || !day || day.start !== day.end || !/^\s*,\s*$/.test(cut(text, before!.end, mention.start)) || !/^\s*,/.test(cut(text, mention.end, mention.end + 2))) return null;
  // It is that day, said again: of its kind, and as relative to the page date ("On April 18, the day
  // before," is an April 18 with no year, which an event's own year may settle).
  return { ...mention, kind: before!.kind, relative: before!.relative, resolved: { period: day, deictic: false } };
}
/**
 * "Blinken arrived on 19 April 2022. / On 18 April, the day before, Mayorkas had toured …": a day
 * without its year, glossed as a day counted from one the sentence before named, is of that day's
 * year, not the latest such day by the page date.
 */
function dayCountedFrom(mention: PeriodMention, gloss: PeriodMention | undefined, named: readonly Period[], text: string): PeriodMention | null {
  const day = mention.resolved?.period;
  if (!day || day.start !== day.end || mention.sameAs || /\d{4}/.test(mention.words) || !gloss?.sameAs?.days || !/^\s*,\s*$/.test(cut(text, mention.end, gloss.start))) return null;
  const shift = gloss.sameAs.shift;
  // The latest day named that the gloss counts from: the same day of the month, in another year.
  const from = [...named].reverse().find((other) => {
    const counted = other.start + shift;
    return other.start === other.end && counted !== day.start && isoDay(counted).slice(5) === isoDay(day.start).slice(5);
  });
  if (!from) return null;
  const counted = from.start + shift;
  return { ...mention, borrowed: true, resolved: { period: periodFromDays(counted, counted), deictic: false } };
}
// Not "until Wednesday the 17th": the day a running count stood at is resolveUntil's.
const DAY_NUMBER_ONLY = new RegExp(`^(?:on )?(?:(${WEEKDAYS.join('|')}),? )?the (\\d{1,2})(?:st|nd|rd|th)?$`, 'i');

/** A day of one year as the same day of `year`; null for February 29 of a year without one. */
function dayInYear(day: number, year: number | null): ResolvedPeriod | null | undefined {
  if (year === null) return undefined;
  const [month, date] = [monthOfDay(day), new Date(day * 86_400_000).getUTCDate()];
  if (date > daysInMonth(year, month)) return null;
  const moved = dayNumber(year, month, date);
  return { period: periodFromDays(moved, moved), deictic: false };
}

/** A span of days within one year, as the same days of `year` (null when a day is not in it, as Feb 29). */
function daysInYear(span: Period, year: number | null): ResolvedPeriod | null | undefined {
  const [first, last] = [dayInYear(span.start, year), dayInYear(span.end, year)];
  if (first === undefined || last === undefined) return undefined;
  return first && last ? { period: periodFromDays(first.period.start, last.period.end), deictic: false } : null;
}

/**
 * "The flight for Ecuadorians will take place on August 29" on a page of August 26: a day with no
 * year of its own, said of what will happen, is the coming one, not last year's (within half a
 * year of the page; a day further on is left as the page's past reading).
 */
function aheadWhenFuture(mention: PeriodMention, text: string, page: Period | null): PeriodMention {
  const day = mention.resolved?.period;
  if (!page || !day || mention.kind !== 'date' || !mention.relative || day.start !== day.end || day.end >= page.end || mention.borrowed) return mention;
  const lead = cut(text, Math.max(0, mention.start - 100), mention.start);
  if (!FUTURE_SAID_BEFORE.test(lead.slice(lead.search(/[^.!?]*$/)))) return mention;
  const moved = sameDayNextYear(day.start);
  return moved !== null && moved > page.end && moved - page.end <= HALF_A_YEAR ? { ...mention, resolved: { period: periodFromDays(moved, moved), deictic: false } } : mention;
}
const FUTURE_SAID_BEFORE = EN.pattern('future-said-before');
const HALF_A_YEAR = 183;

/** The months a period runs over, as the same months of `year` (null when they wrap a year's end). */
export function monthsInYear(period: Period, year: number): ResolvedPeriod | null {
  const [first, last] = [monthOfDay(period.start), monthOfDay(period.end)];
  if (first > last) return null;
  return { period: periodFromDays(dayNumber(year, first, 1), dayNumber(year, last, daysInMonth(year, last))), deictic: false };
}

/**
 * "Spread over the year, 2024's total comes to …", "Over the year, 2024 brought …": a sentence whose
 * subject is a year is about that year, whatever the text named before it. ("Over the year, the flow
 * averaged 826 a day, against 1,400 a day in 2023" names 2023 only as what it compares with.) As
 * the recent periods "the year" is looked up in.
 */
function sentenceYear(own: readonly PeriodMention[], mention: PeriodMention, text: string): Period[] | null {
  if (!/\byear$/i.test(mention.glossed ?? mention.words)) return null;
  // No figure between the two: "The year's total, 302,203 …, was well below 2023's 520,085" names
  // 2023 only for what it compares with.
  const subject = own.find((p) => p !== mention && (p.kind === 'year' || (p.kind === 'deictic' && p.resolved !== null && calendarYearOf(p.resolved.period) !== null)) && p.resolved && (/^['’]s\b/.test(cut(text, p.end, p.end + 3)) || /(?:^|[,;:]\s*)$/.test(cut(text, Math.max(0, p.start - 3), p.start))) && !/\d/.test(cut(text, Math.min(p.end, mention.end), Math.max(p.start, mention.start))));
  return subject ? [subject.resolved!.period] : null;
}

/** A single day followed by "that"/"que": when someone spoke ("informó este viernes que …"). */
function spokeThatDay(p: PeriodMention, text: string): boolean {
  return p.resolved !== null && p.resolved.period.start === p.resolved.period.end && SAID_THAT_AFTER.test(cut(text, p.end, p.end + 8));
}
const SAID_THAT_AFTER = EN.pattern('said-that-after');

function resolveSame(mention: PeriodMention, own: readonly PeriodMention[], priorPeriods: readonly PeriodMention[], recent: readonly Period[], text: string, page: Period | null): PeriodMention {
  // "informó este viernes que hasta ayer habían cruzado 1.710 …, respecto al mismo periodo del año
  // pasado": the day someone spoke ("este viernes que") is no period a "same period" moves.
  // "and the one before that": the period just before, even one itself moved ("The year before").
  const chained = mention.sameAs?.chained === true;
  const before = own.filter((p) => p.end <= mention.start && (chained ? p.resolved !== null : !p.sameAs) && !spokeThatDay(p, text)).reverse();
  // Nearest first: the sentence, the sentence before in its paragraph, then the last period the text named.
  // "A year ago, we had 36,841 …; so far in March, 112": "ago" counts back from now, so only the
  // sentence's own periods, before or after it, can be what it moves; else it stays unresolved.
  const fromNow = /\bago\b/i.test(mention.glossed ?? mention.words);
  // "302,203 crossed last year. / "That is a drop of more than 50% from 2023," she said. / The
  // year before, the count had been 520,085": a year the sentence before named only as what a change
  // was from is no year the text was about, here nor among the periods named lately.
  const prior = notBaselines(priorPeriods, text);
  const changedFrom = prior.flatMap((p) => (p.resolved && !p.sameAs && CHANGE_FROM_BEFORE.test(cut(text, Math.max(0, p.start - 100), p.start)) ? [p.resolved.period] : []));
  const priorKept = changedFrom.length === 0 ? prior : prior.filter((p) => !p.resolved || !changedFrom.includes(p.resolved.period));
  const lately = changedFrom.length === 0 ? recent : recent.filter((p) => !changedFrom.some((from) => samePeriod(from, p)));
  const candidates: Array<Period | undefined> = fromNow
    ? own.filter((p) => p !== mention && !p.sameAs).map((p) => p.resolved?.period)
    : [...before.map((p) => p.resolved?.period), ...priorKept.reverse().map((p) => p.resolved?.period), ...[...lately].reverse()];
  // "That makes 2,928 for the same two months of 2021": the nearest period of that many months, or
  // that many months named one by one ("4,702 in January … 4,262 in February").
  const months = sameMonthsCounted(mention.words);
  // "**Against 2021:** the same stretch last year brought 2,928": a stretch, a period or some weeks
  // "the same" as another are part of a year, never a whole year named beside them.
  const part = SAME_PART.test(mention.words);
  // "the next day": the nearest day named, not a month or a year.
  const days = mention.sameAs?.days === true;
  const fits = (p: Period | undefined): p is Period => p !== undefined && (months === undefined || monthsSpanned(p) === months) && !(part && calendarYearOf(p) !== null) && (!days || p.start === p.end);
  // Nearest first either way: months named one by one just before ("4.702 en enero y 4.262 en
  // febrero. Los mismos dos meses de 2021 …") come before a span of that length named further back.
  const at = candidates.findIndex(fits);
  const inTurn = months === undefined ? null : monthsNamedInTurn(candidates, months);
  const reference: Period | null = inTurn && (at < 0 || at >= months!) ? inTurn : (candidates[at] ?? null);
  const moved: Period | null = reference ? resolveSameAs(ofLastYear(mention, reference, page) ?? mention.sameAs!, reference) : null;
  // "de más de 36.000 en marzo de 2024 a solo 112 en el mismo mes de 2025", on March 15, 2025: the
  // same month of the page's year is that month so far, as "in March" would be.
  const period = moved && page && moved.start <= page.end && moved.end > page.end ? periodFromDays(moved.start, page.end) : moved;
  return period ? { ...mention, resolved: { period, deictic: false } } : mention;
}

/**
 * "January and February of 2020 … The right pair, the same months of last year, reaches 8,964" on
 * a page of 2023: "last year" is the page's, 2022, not the year before 2020. Only when the period
 * referred to lies before the page's last year; "the same month last year" after "December 2024"
 * on a page of January 2025 is still a year back from it.
 */
function ofLastYear(mention: PeriodMention, reference: Period, page: Period | null): { year: number; shift: number } | null {
  if (!page || mention.sameAs?.year !== null || mention.sameAs.shift !== -1 || !LAST_YEAR.test(mention.glossed ?? mention.words)) return null;
  const lastYear = yearOfDay(page.end) - 1;
  return yearOfDay(reference.end) < lastYear ? { year: lastYear, shift: 0 } : null;
}
const LAST_YEAR = /\blast year$/i;
const CHANGE_FROM_BEFORE = EN.pattern('change-from-before');

const SAME_PART = EN.pattern('same-part-of-a-year');

/** "the same two months", "esos mismos dos meses": how many months a "same" phrase counts, if it says. */
function sameMonthsCounted(words: string): number | undefined {
  // "el mismo bimestre de 2021": two months, as "the same two months" are.
  const span = /\b(bimestre|trimestre|cuatrimestre|semestre|quarter)\b/i.exec(words)?.[1]?.toLowerCase();
  if (span) return SPAN_MONTHS[span];
  const count = (/\bsame (\w+) months\b|\bmism[oa]s (\p{L}+) meses\b/iu.exec(words) ?? []).slice(1).find(Boolean)?.toLowerCase();
  return count === undefined ? undefined : COUNTS[count] ?? readSpanishNumber(count)?.value;
}
const SPAN_MONTHS: Readonly<Record<string, number>> = { bimestre: 2, trimestre: 3, quarter: 3, cuatrimestre: 4, semestre: 6 };

/**
 * The span of the last `count` months named one by one, nearest first ("En enero … 4.702 … En
 * febrero fueron 4.262. En esos mismos dos meses de 2021 …": January and February), when they
 * are that many whole months in a row; null otherwise.
 */
function monthsNamedInTurn(candidates: ReadonlyArray<Period | undefined>, count: number): Period | null {
  const months: Period[] = [];
  for (const p of candidates.slice(0, count + 2)) {
    if (!p || monthsSpanned(p) !== 1) continue;
    if (!months.some((m) => m.start === p.start)) months.push(p);
    if (months.length === count) break;
  }
  if (months.length !== count) return null;
  months.sort((a, b) => a.start - b.start);
  const span = periodFromDays(months[0]!.start, months.at(-1)!.end);
  return monthsSpanned(span) === count ? span : null;
}

/**
 * The periods a sentence was about, leaving out one named only after "than" ("more than 20 times
 * as many as in 2020. The following year, …" counts on from the other; "That was slightly more
 * than in 2015. The following year" from the year before that).
 */
function notBaselines(periods: readonly PeriodMention[], text: string): PeriodMention[] {
  return periods.filter((p) => !namedAfterThan(p, text) && !recordReach(p, text));
}

/** "the lowest since 2015", "la cifra más baja al menos desde 2015": how far back a record reaches, no span a figure is of. */
export function recordReach(p: PeriodMention, text: string): boolean {
  const before = cut(text, Math.max(0, p.start - 60), p.start);
  return (p.since || /(?:since|desde)\s+(?:at\s+least\s+)?$/i.test(before)) && RECORD_SINCE_BEFORE.test(before);
}
const RECORD_SINCE_BEFORE = EN.pattern('record-since-before');

/** "more than in 2020", "que en 2021", "as many as in 2020": a period named as what something is compared with (the lexicon's `than-before`). */
export function namedAfterThan(p: PeriodMention, text: string): boolean {
  return THAN_BEFORE.test(cut(text, Math.max(0, p.start - 24), p.start));
}
const THAN_BEFORE = EN.pattern('than-before');

/** "this month" as the time someone spoke: the calendar month, not the month so far. */
export function wholeMonth(p: PeriodMention | undefined): PeriodMention | undefined {
  if (!p?.resolved || !/^(?:earlier |later )?this month$/i.test(p.words)) return p;
  const start = new Date(p.resolved.period.start * 86_400_000);
  const period = resolvePeriodWords(`in ${MONTH_NAMES[start.getUTCMonth()]} ${start.getUTCFullYear()}`, FAR);
  return period ? { ...p, resolved: period } : p;
}

// "as of 6 am Wednesday, 399,606 had entered": a running total to that day, from a start not named.
// ("hasta el 17 de julio": the Spanish "through July 17".)
export const UNTIL = EN.pattern('until');
export const UNTIL_BEFORE = keyed(EN.pattern('until-before'), /through|until|till|up to|as of|hasta/iu);

/** A running total's phrase keeps the period it runs to: a rate or a level "by January" is of January. */
export type UntilMention = PeriodMention & { readonly asOf?: Period };

/**
 * "from his first day in office through Wednesday": a span that ends on the day named and starts
 * on the nearest date named before it in the sentence ("on July 1"); with none, unresolved, never
 * the one day.
 */
function resolveUntil(mention: PeriodMention, own: readonly PeriodMention[], page: Period | null): UntilMention {
  // "Until Wednesday, 399,606 had crossed", "hasta este jueves ya 132,153 habían atravesado": the
  // day a running total stood at, its start not named (kept as asOf, unresolved).
  if (mention.kind === 'to-date') {
    const day = page ? resolvePeriodWords((mention.glossed ?? mention.words).replace(/^(?:until|till|up (?:to|until)|as of|hasta)\s+/i, ''), page)?.period : undefined;
    return day && day.start === day.end ? { ...mention, resolved: null, asOf: day } : mention;
  }
  // "By July 17 the count for 2024 stood at …": a day with no year of its own is in the year the
  // sentence names, not the last July 17 before the page date.
  const yearNamed = mention.relative ? own.find((p) => p.kind === 'year' && p.resolved) : undefined;
  const end = mention.resolved?.period && yearNamed ? (inYear(mention.resolved.period, yearOfDay(yearNamed.resolved!.period.start)) ?? mention.resolved.period) : mention.resolved?.period;
  // "by 2025" in a 2025 story is the year so far (periods.ts reads it); "as of September" or "by
  // September" is a running total to then, from a start not named, like "through Wednesday".
  // "hasta junio pasado" (from January) names its start: a span, not a running total.
  if (mention.kind === 'year' || mention.kind === 'so-far' || mention.kind === 'month-span') return mention;
  if (!end) return mention;
  const start = [...own].reverse().find((p) => p.end <= mention.start && p.pointInTime && p.resolved && p.resolved.period.start < end.start);
  // "By July 17, more than 212,000 had crossed in 2024", "In 2024 …: by July 17, …": the year the
  // sentence names, to that day.
  // Only a day: "By June 2025, the monthly count had fallen to about 100" is June's rate, not a
  // running total (asOf, below). A day whose own words name its year ("By the end of June 2024")
  // names no start: from January 1 only where the text counts the year so far (src/reader/read.ts).
  const day = end.start === end.end;
  const year = start || !day ? undefined : own.find((p) => p.kind === 'year' && p.resolved && p.resolved.period.start < end.start && end.end <= p.resolved.period.end);
  if (year) return { ...mention, resolved: { period: periodFromDays(year.resolved!.period.start, end.end), deictic: false } };
  if (!start) return { ...mention, resolved: null, asOf: end };
  return { ...mention, resolved: { period: periodFromDays(start.resolved!.period.start, end.end), deictic: false } };
}

/** "that month", "over the year", "the year that": a period that refers to the newest one named. */
const REFERS_TO_THAT = EN.pattern('refers-to-that');
const ANY_LENGTH = EN.words('any-length');

/** "the year's total", "the figure for the year", "of the year": the year under discussion, with no "that" to point back. */
const THE_YEAR = /^(?:the year|(?:for|of|over|during|across|throughout) the year)$/i;
/** "the year's tally so far": the words after the phrase that say the year is not over. */
const SO_FAR_AFTER = /^[^.;:!?]{0,40}?\b(?:so far|to date|thus far)\b/i;

/**
 * "that month", "that year", "that August", "over the year": the newest period named that lies
 * within one month (for "that month") or one year (the others); unresolved when none does.
 * "the year's total" on a page dated before the year is out, where the text names no other year
 * it could refer to, is the page's year so far: nothing after the page date has happened yet.
 * Not when the sentence names a year of its own ("Spread over the year, 2021's total"): that is
 * the year it means.
 */
function resolveThat(mention: PeriodMention, recent: readonly Period[], page: Period | null, text: string, namesAYear: boolean): PeriodMention {
  const words = mention.glossed ?? mention.words;
  if (!REFERS_TO_THAT.test(words)) return mention;
  if (recent.length === 0 && page && !namesAYear && THE_YEAR.test(words)) return thePagesYear(mention, page, SO_FAR_AFTER.test(cut(text, mention.end, mention.end + 60)));
  // "The year ended with 133,726": the unit before a verb of closing, not the verb.
  const what = (/^(?:an?|the) (year|month) (?:that )?(?=closed|ended|finished|wrapped up)/i.exec(words) ?? /(\w+)(?: as a whole)?$/i.exec(words))?.[1]?.toLowerCase() ?? '';
  if (what === 'week') return mention;
  // "the 520 migrants the shelter received that Sunday", "ese domingo": the Sunday named last.
  const weekdayNamed = WEEKDAYS.findIndex((name) => name.toLowerCase() === what);
  if (weekdayNamed >= 0) {
    const day = [...recent].reverse().find((p) => p.start === p.end && weekday(p.start) === weekdayNamed);
    return day ? { ...mention, borrowed: true, resolved: { period: day, deictic: false } } : mention;
  }
  // "during that period": the newest period named, whatever its length.
  // A day is no period to count in ("took office on July 1. In that time, …" runs on from it).
  if (ANY_LENGTH.has(what)) {
    const last = recent[recent.length - 1];
    return last && last.start !== last.end ? { ...mention, borrowed: true, resolved: { period: last, deictic: false } } : mention;
  }
  const dateOf = (day: number): Date => new Date(day * 86_400_000);
  const fits = (p: Period): boolean => {
    const [start, end] = [dateOf(p.start), dateOf(p.end)];
    return start.getUTCFullYear() === end.getUTCFullYear() && (what !== 'month' || start.getUTCMonth() === end.getUTCMonth());
  };
  const named = what === 'month' || what === 'year' ? undefined : MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === what.slice(0, 3));
  // "a drop of 99.98% from August 2023 … that August": a month named is the newest period of that month, if any.
  // The newest span of a few months that holds that month ("Between October and December 2023 …
  // That October"; "six in the fourth quarter of 2022 … August, September and October of 2021 …
  // That October" is 2021's), not a whole year, which holds every month.
  const holds = (p: Period): boolean => fits(p) && monthOfDay(p.start) - 1 <= named! && named! <= monthOfDay(p.end) - 1 && monthsSpanned(p) <= 6;
  const ofTheMonth = named !== undefined && named >= 0 ? [...recent].reverse().find((p) => holds(p) && (monthsSpanned(p) > 0 || dateOf(p.start).getUTCMonth() === named)) : undefined;
  const reference = ofTheMonth ?? sinceYearsStart(recent, page, words) ?? [...recent].reverse().find(fits);
  if (!reference) return mention;
  const start = dateOf(reference.start);
  const year = start.getUTCFullYear();
  const month = what === 'month' ? MONTH_NAMES[start.getUTCMonth()] : what === 'year' ? null : MONTH_NAMES.find((name) => name.slice(0, 3).toLowerCase() === what.slice(0, 3));
  if (month === undefined) return mention;
  const period = resolvePeriodWords(month === null ? `in ${year}` : `in ${month} ${year}`, FAR);
  if (!period) return mention;
  // "In 2024 ... the year's total", on a page of July 2024: that year so far, as "in 2024" is.
  if (what === 'year' && page && period.period.start <= page.end && page.end < period.period.end) return { ...mention, resolved: { period: periodFromDays(period.period.start, page.end), deictic: false } };
  const part = partOfMonth(mention.words, period.period);
  return part === undefined ? { ...mention, resolved: period } : part ? { ...mention, resolved: { period: part, deictic: false } } : mention;
}

/**
 * "Since 2019, a steep rise has been reported. That year some 22,102 people crossed": when the
 * newest period named runs from a year's first day to the page date ("since 2019"), "that year"
 * is the year it ran from, not a year named before it.
 */
function sinceYearsStart(recent: readonly Period[], page: Period | null, words: string): Period | undefined {
  const last = recent.at(-1);
  // "that year" only: "Over the year" after "the first year since 2020" is the year the text is about.
  if (!/\bthat year$/i.test(words) || !last || !page || last.end !== page.end || yearOfDay(last.start) === yearOfDay(last.end) || isoDay(last.start).slice(5) !== '01-01') return undefined;
  return yearPeriod(yearOfDay(last.start));
}

/**
 * The page's year to the page date. In the page's first month a text about "the year's total"
 * is as likely to mean the year just ended, so there it stays unresolved unless it says "so far".
 */
function thePagesYear(mention: PeriodMention, page: Period, soFar: boolean): PeriodMention {
  const date = new Date(page.end * 86_400_000);
  if (!soFar && date.getUTCMonth() === 0) return mention;
  return { ...mention, resolved: { period: periodFromDays(dayNumber(date.getUTCFullYear(), 1, 1), page.end), deictic: false } };
}

/** The newest `count` whole calendar years of `recent`, each named, one after the other, as one span. */
function thoseYears(mention: PeriodMention, recent: readonly Period[], count: number): PeriodMention {
  // "Entre 2016 y 2019 … Aquellos cuatro años": one span of that many whole years.
  const nearest = recent.at(-1);
  if (nearest && count >= 2 && isoDay(nearest.start).endsWith('-01-01') && isoDay(nearest.end).endsWith('-12-31') && yearOfDay(nearest.end) - yearOfDay(nearest.start) + 1 === count) return { ...mention, resolved: { period: nearest, deictic: false } };
  const named = [...new Set(recent.map((p) => calendarYearOf(p)).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const newest = named.slice(0, count);
  if (!(count >= 2) || newest.length < count || newest[0]! - newest[count - 1]! !== count - 1) return mention;
  return { ...mention, resolved: { period: periodFromDays(yearPeriod(newest[count - 1]!).start, yearPeriod(newest[0]!).end), deictic: false } };
}

/**
 * "during those two months", "the two-month total": the last N whole months the text named, when
 * they follow each other ("4,702 in January, followed by 4,262 in February"); else unresolved.
 */
function resolveThoseMonths(mention: PeriodMention, all: readonly Period[]): PeriodMention {
  const words = mention.glossed ?? mention.words;
  // "those two months of 2022": the months named before within that year, not the same months of
  // 2021 a baseline named since.
  const year = / of ((?:19|20)\d\d)$/.exec(words)?.[1];
  const recent = year === undefined ? all : all.filter((p) => yearOfDay(p.start) === Number(year) && yearOfDay(p.end) === Number(year));
  // "In those two years alone": the newest whole calendar years named, one after the other.
  // "both years", "the two years combined": two.
  const years = /(\w+) years(?: combined| together)?$/i.exec(words);
  if (years) return thoseYears(mention, recent, /^both$/i.test(years[1]!) ? 2 : (COUNTS[years[1]!.toLowerCase()] ?? Number(years[1])));
  // "the count for those 17 days": the newest span of exactly that many days.
  const days = /(\w+) days$/i.exec(words);
  if (days) {
    const count = COUNTS[days[1]!.toLowerCase()] ?? Number(days[1]);
    const span = [...recent].reverse().find((p) => p.end - p.start + 1 === count);
    return span && count >= 2 ? { ...mention, resolved: { period: span, deictic: false } } : mention;
  }
  const count = COUNTS[(/(\w+)(?:-month| months)/i.exec(words)?.[1] ?? '').toLowerCase()] ?? Number(/(\d+)/.exec(words)?.[1] ?? NaN);
  // "between September and October ... those two months": one span of that many months.
  const nearest = recent.at(-1);
  if (nearest && count >= 2 && monthsSpanned(nearest) === count) return { ...mention, resolved: { period: nearest, deictic: false } };
  // "In August 2021 …, and September and October were busier still. Over those three months …":
  // the newest whole months or spans of them, each named once however often the text went back
  // to it ("September edged out August, and October ended above August. Those three months …"),
  // that run on without a gap.
  const months: Period[] = [];
  let spanned = 0;
  for (const p of [...recent].reverse()) {
    if (spanned >= count) break;
    if (monthsSpanned(p) === 0) break;
    if (months.some((q) => q.start === p.start && q.end === p.end)) continue;
    months.push(p);
    spanned += monthsSpanned(p);
  }
  months.sort((a, b) => a.start - b.start);
  if (spanned !== count || count < 2 || months.some((p, i) => i > 0 && p.start !== months[i - 1]!.end + 1)) return spanHoldingTheRest(mention, recent, count);
  return { ...mention, resolved: { period: compactPeriod(periodFromDays(months[0]!.start, months.at(-1)!.end)), deictic: false } };
}

/**
 * "El salto de 2021 se concentró en la segunda mitad del año: agosto, septiembre y octubre sumaron …
 * de las 133.726 personas que cruzaron en esos doce meses": a span of that many months named
 * before, every period named since lying within it, is the one meant, though others came between.
 */
function spanHoldingTheRest(mention: PeriodMention, recent: readonly Period[], count: number): PeriodMention {
  for (let k = recent.length - 1; k >= Math.max(0, recent.length - 4) && count >= 2; k--) {
    const candidate = recent[k]!;
    if (!recent.slice(k + 1).every((p) => contains(candidate, p))) return mention;
    if (monthsSpanned(candidate) === count) return { ...mention, resolved: { period: candidate, deictic: false } };
  }
  return mention;
}

/** How many whole calendar months a period spans, or 0 when it does not start and end with one. */
export function monthsSpanned(p: Period): number {
  const [start, after] = [new Date(p.start * 86_400_000), new Date((p.end + 1) * 86_400_000)];
  if (start.getUTCDate() !== 1 || after.getUTCDate() !== 1) return 0;
  return (after.getUTCFullYear() - start.getUTCFullYear()) * 12 + after.getUTCMonth() - start.getUTCMonth();
}

const PART_OF_MONTH = EN.pattern('part-of-month');
const COUNTS = NUMBER_WORD;

/** "the last two weeks of the month" within the month it refers to; undefined when no part is named, null when it cannot be. */
function partOfMonth(words: string, month: Period): Period | null | undefined {
  const part = PART_OF_MONTH.exec(words);
  if (!part) return undefined;
  const count = COUNTS[part[2]!.toLowerCase()] ?? Number(part[2]);
  const days = count * (part[3]!.toLowerCase() === 'weeks' ? 7 : 1);
  if (!(days >= 1) || days > month.end - month.start + 1) return null;
  return part[1]!.toLowerCase() === 'first' ? periodFromDays(month.start, month.start + days - 1) : periodFromDays(month.end - days + 1, month.end);
}

/**
 * "the same period last year", "a year earlier": a period moved back from another, what a change
 * is mostly measured against. "The following year" moves forward and is the figure's own.
 */
export function looksBack(p: PeriodMention): boolean {
  return p.sameAs !== null && (p.sameAs.year !== null || p.sameAs.shift < 0);
}

// Dates that name their year resolve without a page date; this stands in for it.
export const FAR = parsePeriod('9999-12-31');
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "between January and February", as the Spanish rule glosses "entre enero y febrero". */
const TWO_MONTHS = new RegExp(`^between (?:${MONTH_NAMES.join('|')}) and (?:${MONTH_NAMES.join('|')})$`, 'i');
