/**
 * Reading the figure an editor types ("11,363", "half a million", "500k", "99%", "140 per day")
 * into a value and an interval, with the same reader and the same hedge and rounding table as the
 * registry, so that a query and a claim written the same way stand for the same interval. Numbers
 * are compared as values, never as digit strings: "140" is 135 – 145 and can never match 140,000.
 */
import { intervalOf, readFigure, type Hedge, type Interval } from '../model/figure.js';
import type { RateUnit } from '../model/types.js';

export interface FigureQuery {
  /** As typed, with white space collapsed. */
  readonly text: string;
  readonly value: number;
  /** Rounding step of the figure as typed: 100,000 for "half a million", 1 for "11,363". */
  readonly step: number;
  readonly hedge: Hedge;
  readonly interval: Interval;
  /** Set only when the query says it ("99%", "$3 million", "11,363 migrants"); null matches any unit. */
  readonly unit: string | null;
  /** Set only when the query is a rate ("140 per day"); null matches rates and totals alike. */
  readonly per: RateUnit | null;
}

const RATE_WORDS: Record<string, RateUnit> = {
  daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year',
};

// Words an editor may leave after the number; anything else makes the query unreadable rather
// than silently ignored ("12 345" must not be read as 12).
const UNIT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:percentage points?|points?|pp)\b/, 'percentage-points'],
  [/^(?:people|persons|migrants)\b/, 'people'],
  [/^(?:dollars|usd)\b/, 'USD'],
];

const RATE = /^(?:(?:per|a|an|each|every)\s+|\/\s*)(day|week|month|year)\b/;
const RATE_WORD = /^(daily|weekly|monthly|yearly|annually)\b/;
const CURRENCY = /(^|\s)(?:US)?\$\s?(?=\d)/i;

/** Reads the editor's figure; null when it cannot be read as one. */
export function readQuery(input: string): FigureQuery | null {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  let unit: string | null = null;
  let body = text;
  if (CURRENCY.test(body)) {
    body = body.replace(CURRENCY, '$1');
    unit = 'USD';
  }
  const reading = readFigure(body);
  if (!reading) return null;
  if (reading.percent || reading.multiplier) {
    // "$99%" is two units at once: better refused than guessed.
    if (unit !== null) return null;
    unit = reading.percent ? 'percent' : 'times';
  }

  let rest = body.slice(reading.end).trim().toLowerCase();
  let per: RateUnit | null = null;
  for (const [pattern, name] of UNIT_WORDS) {
    const match = pattern.exec(rest);
    if (match) {
      if (unit !== null && unit !== name && !(unit === 'percent' && name === 'percentage-points')) return null;
      unit = name;
      rest = rest.slice(match[0].length).trim();
      break;
    }
  }
  const rate = RATE.exec(rest) ?? RATE_WORD.exec(rest);
  if (rate) {
    per = RATE_WORDS[rate[1]!] ?? (rate[1] as RateUnit);
    rest = rest.slice(rate[0].length).trim();
  }
  if (rest !== '') return null;

  return {
    text,
    value: reading.value,
    step: reading.step,
    hedge: reading.hedge,
    interval: intervalOf(reading.value, reading.step, reading.hedge.kind),
    unit,
    per,
  };
}

/** For comparing a query with a figure as written: case, spacing and a trailing stop do not count. */
export function normaliseFigureText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.,;:]$/, '');
}
