/**
 * Where a sentence's clauses break ("; but", a dash, a parenthesis): a figure's period, metric and
 * date are looked for in its own clause first.
 */
import type { Token } from '../drafts/metrics.js';
import { EN } from './lexicon/en.js';

const CLAUSE_BREAK = EN.pattern('clause-break');
const FIGURE_LABEL = EN.pattern('figure-label');
const PERIOD_LABEL = EN.pattern('period-label');
const CITATION_ASIDE = EN.pattern('citation-aside');
const SERIAL_COMMA_LIST = EN.pattern('serial-comma-list');
/** How far a citation in brackets may run (the lexicon's longest): only that much is copied at each bracket. */
const CITATION_REACH = 160;

/** Where the sentence's clauses break: pairs of [start, end) of each break. */
export function clauseBreaks(sentence: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) out.push([m.index, m.index + m[0].length]);
  // "More than 91,300 migrants – most of them Haitians – have trekked ... so far this year": a
  // pair of dashes sets off an aside; the clause goes on around it. Typed text writes the dash as
  // a spaced hyphen ("248,000 migrants - most of them Venezuelans - crossed ... in 2022"): a pair
  // of those is an aside too. Each kind pairs only with its own.
  // "when 520,085 people made the crossing (SNM), about 1,700 a day": a bracket that only cites
  // the source is no clause of its own; what follows it is still the clause before it.
  // "October, November, and December 2023 with 49,256, 37,231, and 24,626": a serial comma ends no
  // clause (the entry's first group is the comma of a list of months, its second of a list of counts).
  const serial = new Set<number>();
  SERIAL_COMMA_LIST.lastIndex = 0;
  for (let m = SERIAL_COMMA_LIST.exec(sentence); m !== null; m = SERIAL_COMMA_LIST.exec(sentence)) serial.add((m.indices![1] ?? m.indices![2])![0]);
  let kept = out.filter(([from]) => !CITATION_ASIDE.test(sentence.slice(from, from + CITATION_REACH)) && !serial.has(from));
  for (const dash of [/[–—]/, /^\s-\s$/]) {
    const dashes = kept.filter(([from, to]) => dash.test(sentence.slice(from, to)));
    if (dashes.length === 2) kept = kept.filter((pair) => !dashes.includes(pair));
  }
  // "**302,203** — people who crossed the Darién Gap in 2024": the dash after a figure set as a
  // label opens its gloss, the figure's own clause.
  const first = kept[0];
  if (first && /[–—]|^\s-\s$/.test(sentence.slice(first[0], first[1])) && FIGURE_LABEL.test(sentence.slice(0, first[0]))) kept = kept.slice(1);
  // "**2023 (full year)** — A record: roughly 52,000 …": a period set as a label before a dash
  // dates the entry; the breaks up to the dash (the parenthesis's too) do not end its clause.
  const dash = kept.findIndex(([from, to]) => /[–—]|^\s-\s$/.test(sentence.slice(from, to)));
  if (dash >= 0 && PERIOD_LABEL.test(sentence.slice(0, kept[dash]![0]))) kept = kept.slice(dash + 1);
  return kept;
}

export function clauseBounds(breaks: ReadonlyArray<readonly [number, number]>, length: number, offset: number): [number, number] {
  let start = 0;
  for (const [from, to] of breaks) {
    if (from < offset) start = to;
    else return [start, from];
  }
  return [start, length];
}

/** The index just past the last token of the clause a figure stands in. */
export function clauseEndToken(tokens: readonly Token[], breaks: ReadonlyArray<readonly [number, number]>, length: number, offset: number, at: number): number {
  const end = offset + clauseBounds(breaks, length, at - offset)[1];
  const index = tokens.findIndex((t) => t.start >= end);
  return index < 0 ? tokens.length : index;
}
