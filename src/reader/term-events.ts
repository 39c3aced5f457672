/**
 * Terms of office: an event the catalogue dates as a span ("Erika Mouynes's term as foreign
 * minister", `date: 2020-12-02/2022-10-10` in claims/metrics.yaml). A date said of a term is its
 * start ("in the post since December 2019", "took office on", "desde el 2 de diciembre"), its end
 * ("until October 2022", "left office on September 30", "stepped down on Oct. 3", "hasta"), or a
 * day within it; "from 2 December 2019 until October 2022" says both. Each is read as an event
 * figure with its bound, which event-date holds to the term's first or last day.
 */
import type { Metric } from '../model/types.js';
import { monthOfDay, yearOfDay } from '../model/period.js';
import { wholeMonthOf } from './resolve-period.js';
import type { PhraseMatch } from '../drafts/metrics.js';
import { findPeriods, type PeriodMention } from '../text/periods.js';
import type { SentenceContext } from './context.js';
import type { Building } from './record.js';
import { EN } from './lexicon/en.js';
import { SAID_BEFORE } from './attribution.js';
import { cut } from '../text/one-byte.js';

export type Bound = 'start' | 'end';

/** An event the catalogue dates as more than one day: a term, from its start to its end. */
export function isTerm(metric: Metric): boolean {
  return metric.kind === 'date' && metric.date != null && metric.date.start !== metric.date.end;
}

/** How far from the event's phrase a date may stand and still be said of it (as nearestDate's). */
const REACH = 120;

/**
 * "In February 2022 Erika Mouynes, foreign minister until October of that year, said …": a month
 * that "of that year" follows is of the year its sentence named before it, not of the page's; one
 * "of last year" follows, of the year before the page's.
 */
function ofThatYear(ctx: SentenceContext, p: PeriodMention): PeriodMention | null {
  if (p.kind !== 'month' || /\b(?:1[89]|20)\d\d\b/.test(p.words) || !p.resolved) return null;
  const after = cut(ctx.m, p.end, p.end + 24);
  // "from December 2020 until October of last year": the year before the page's.
  if (OF_LAST_YEAR_AFTER.test(after) && ctx.pageDate) return { ...p, resolved: { period: wholeMonthOf(yearOfDay(ctx.pageDate.end) - 1, monthOfDay(p.resolved.period.start)), deictic: false } };
  if (!OF_THAT_YEAR_AFTER.test(after)) return null;
  const named = [...ctx.periods].reverse().find((other) => other.end <= p.start && other.resolved && /\b(?:1[89]|20)\d\d\b/.test(other.words));
  if (!named) return null;
  return { ...p, resolved: { period: wholeMonthOf(yearOfDay(named.resolved!.period.end), monthOfDay(p.resolved.period.start)), deictic: false } };
}
const OF_THAT_YEAR_AFTER = /^\s+(?:of\s+)?(?:that|the\s+same)\s+year\b|^\s+de\s+(?:ese|aquel|ese\s+mismo)\s+año(?![\p{L}])/iu;
const OF_LAST_YEAR_AFTER = /^\s+(?:of\s+)?last\s+year\b|^\s+(?:del|de\s+el)\s+año\s+(?:pasado|anterior)(?![\p{L}])/iu;

/**
 * The dates a sentence gives a term, each with its bound (null: a day within the term), made into
 * event figures by `make`. A span ("from December 2020 to October 2022") is read as its two ends.
 */

export function termDates(ctx: SentenceContext, phrase: PhraseMatch, make: (date: PeriodMention, bound: Bound | null) => Building): Building[] {
  const { m, tokens, sentence } = ctx;
  const [from, to] = [tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end];
  // "former foreign minister Erika Mouynes said in 2024": out of office, no date of the term.
  if (FORMER_BEFORE.test(cut(m, Math.max(sentence.start, from - 24), from))) return [];
  const out: Building[] = [];
  for (const p of ctx.periods) {
    const distance = p.start >= to ? p.start - to : p.end <= from ? from - p.end : 0;
    if (distance > REACH || p.kind === 'deictic' || p.kind === 'vague') continue;
    // "desde el 2 de diciembre de 2020, no desde enero": a date set aside dates nothing.
    if (SET_ASIDE_BEFORE.test(cut(m, Math.max(sentence.start, p.start - 12), p.start))) continue;
    const ends = spanEnds(ctx, p);
    if (ends) {
      out.push(make(ends[0], 'start'), make(ends[1], 'end'));
      continue;
    }
    const lead = cut(m, Math.max(sentence.start, p.start - 40), p.start);
    // "until October 2022" reads as a span to October; the term's end is October itself.
    if (END_WORDS.test(p.words)) {
      const core = findPeriods(m, ctx.pageDate, p.coreStart, p.coreEnd, ctx.options.language)[0] ?? p;
      out.push(make(ofThatYear(ctx, core) ?? core, 'end'));
    }
    else {
      const bound: Bound | null = END_BEFORE.test(lead) ? 'end' : p.since || START_BEFORE.test(lead) ? 'start' : null;
      // "…, said on Monday": the day someone spoke is no date of the term.
      if (bound === null && SAID_BEFORE.test(cut(m, Math.max(sentence.start, p.start - 16), p.start))) continue;
      out.push(make(p, bound));
    }
  }
  return out;
}
const START_BEFORE = EN.pattern('term-start-before');
const END_BEFORE = EN.pattern('term-end-before');
// Not the lexicon's span-end-words, which also take "to" and "al": "to date" ends no term.
const END_WORDS = /^(?:until|till|through|up to|hasta)\b/i;
const FORMER_BEFORE = EN.pattern('former-before');
const SET_ASIDE_BEFORE = EN.pattern('period-set-aside-before');

/** "from December 2020 to October 2022", "desde junio de 2021 hasta octubre": the span's two ends, each read on its own. */
function spanEnds(ctx: SentenceContext, p: PeriodMention): readonly [PeriodMention, PeriodMention] | null {
  if (!p.resolved || p.resolved.period.start === p.resolved.period.end) return null;
  const join = SPAN_JOIN.exec(p.words);
  if (!join) return null;
  const at = p.start + join.index;
  const language = ctx.options.language;
  const first = findPeriods(ctx.m, ctx.pageDate, p.start, at, language)[0];
  const second = findPeriods(ctx.m, ctx.pageDate, at + join[0].length, p.end, language)[0];
  return first && second ? [first, ofThatYear(ctx, second) ?? second] : null;
}
const SPAN_JOIN = EN.pattern('span-joiner');
