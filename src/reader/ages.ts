/**
 * Ages stage: an age given to someone the catalogue knows the birth day of (a metric with `born:`,
 * "the age of José Raúl Mulino") is a figure of that metric, as of the page's date, which the age
 * check holds to the years since that day. "Mulino, 64,", "the 65-year-old lawyer", "El
 * mandatario, de 66 años", "Now 64 years old, the former security minister …".
 *
 * Whose age it is comes from the words beside it: the name before its comma ("José Raúl Mulino,
 * 64,") or the noun after "-year-old" ("the 65-year-old Mulino"), one of the metric's proper names
 * (the catalogue's `counts`); or a title ("president", "mandatario", AGE_ENTRIES) where the
 * sentence or the one before names him, as a description stands in for a name. Anyone else's age
 * ("The 23-year-old Venezuelan mother", "Pedro Chamorro, 52,") is no claim: lint leaves it alone.
 */
import { stem } from '../drafts/metrics.js';
import type { Metric } from '../model/types.js';
import type { FigureMention } from '../text/numbers.js';
import { cut } from '../text/one-byte.js';
import type { SentenceContext } from './context.js';
import { loadLexicon, type LexiconEntry } from './lexicon/lexicon.js';
import type { Building } from './record.js';

export const AGE_ENTRIES = [
  {
    id: 'holder-before',
    on: 'before-figure',
    // The words before the comma are captured: a name ("Mulino") or a title ("presidente electo").
    pattern: /(?:^|[^\p{L}])((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s*,\s*(?:(?:now|ahora|aged|age|who\s+is|who\s+turned|who\s+was|que\s+tiene|quien\s+tiene|que\s+cumplió|de)\s+)?$/u,
    why: 'An age set off after whose it is: "José Raúl Mulino, 64,", "Mulino, now 66,", "Mulino, who turned 65", "El mandatario, de 66 años", "el presidente electo, de 64 años".',
    examples: { reads: ['José Raúl Mulino, ', 'Mulino, now ', 'Mulino, who turned ', 'El mandatario, de ', 'el presidente electo, de ', 'Mulino, que tiene '], not: ['In March ', 'crossed in 2023 and ', 'Mulino said '] },
  },
  {
    id: 'holder-after',
    on: 'after-figure',
    // The words after the age's unit are captured, up to a comma: "lawyer", "former security minister".
    pattern: /^(?:-year-old|\s+years?\s+old,?(?:\s+(?:the|el|la))?|\s+años(?:\s+de\s+edad)?,?\s+(?:el|la))\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/iu,
    why: 'An age said before whose it is: "the 65-year-old lawyer", "the 64-year-old Mulino", "Now 64 years old, the former security minister", "a sus 66 años, el mandatario".',
    examples: { reads: ['-year-old lawyer won', '-year-old Mulino', ' years old, the former security minister', ' años, el mandatario'], not: [' migrants crossed', ' percent', '-year-olds'] },
  },
  {
    id: 'holder-title',
    on: 'word',
    match: 'lower',
    words: ['president', 'president-elect', 'presidente', 'mandatario', 'gobernante', 'lawyer', 'abogado', 'minister', 'exministro', 'ministro', 'politician', 'político', 'candidate', 'candidato', 'leader', 'líder', 'businessman', 'empresario', 'jefe'],
    why: 'What a story calls the one whose age it gives when it has named him: "the 65-year-old lawyer", "El mandatario, de 66 años", "the former security minister". A title stands for the metric\'s person only in a sentence that, with the one before, names him.',
    examples: { reads: ['lawyer', 'mandatario', 'president-elect'], not: ['mother', 'migrante'] },
  },
] as const satisfies readonly LexiconEntry[];

export const AGES = loadLexicon('ages', AGE_ENTRIES);

const HOLDER_BEFORE = AGES.pattern('holder-before');
const HOLDER_AFTER = AGES.pattern('holder-after');
const TITLES = AGES.words('holder-title');
const YEAR_NAMED = /\b(?:19|20)\d\d\b/;
const DETERMINERS = new Set(['the', 'el', 'la', 'a', 'an', 'un', 'una', 'former', 'now', 'new']);
/** How far before an age its holder's name may start. */
const BEFORE_REACH = 60;

/**
 * The metric of the catalogue's person this age is of, and whether it was read from a name (a
 * title may stand for someone else: a finding on it is a warning); null when it is anyone else's.
 */
export function ageHolder(ctx: SentenceContext, mention: FigureMention): { readonly metric: Metric; readonly named: boolean } | null {
  const people = [...ctx.catalogue.metrics.values()].filter((metric) => metric.born);
  if (people.length === 0) return null;
  const { m, sentence } = ctx;
  const before = cut(m, Math.max(sentence.start, mention.start - BEFORE_REACH), mention.start);
  // A figure read with its unit ("65-year-old") ends past it: the words after begin with the noun.
  const unitRead = /-year-old$/i.test(mention.text) ? '-year-old' : '';
  const after = unitRead + cut(m, mention.end, Math.min(sentence.end, mention.end + BEFORE_REACH));
  // The word nearest the age names whose it is: "Ricardo Lombana, 50" is Lombana's, "the
  // 64-year-old Mulino" Mulino's, whoever else the words name.
  const holders: Array<{ readonly words: readonly string[]; readonly nearest: string }> = [];
  const set = HOLDER_BEFORE.exec(before)?.[1];
  if (set) holders.push({ words: set.split(/\s+/), nearest: set.split(/\s+/).at(-1)! });
  const described = HOLDER_AFTER.exec(after)?.[1];
  if (described) holders.push({ words: described.split(/\s+/), nearest: described.split(/\s+/)[0]! });
  for (const metric of people) {
    const names = ctx.catalogue.subjects.get(metric);
    if (!names) continue;
    for (const holder of holders) {
      if (names.has(stem(holder.nearest))) return { metric, named: true };
      // "said community leader Ovidio Caisamo, 52": a title with someone else's name is theirs.
      const someoneNamed = holder.words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && DETERMINERS.has(w.toLowerCase())) && !names.has(stem(w)));
      if (!someoneNamed && holder.words.some((w) => TITLES.has(w.toLowerCase())) && namedNear(ctx, names)) return { metric, named: false };
    }
  }
  return null;
}

/** Whether the sentence or the one before names the person (a stem of their name). */
function namedNear(ctx: SentenceContext, names: ReadonlySet<string>): boolean {
  const near = [...ctx.stems(), ...(ctx.previous?.words() ?? [])];
  return near.some((w) => names.has(w));
}

/**
 * An age of the catalogue's person, as of the page's date or of the day its sentence names: its metric, and nothing the other
 * stages made of it (an age is no count, no change, no part of a group).
 */
export function readAges(ctx: SentenceContext, built: readonly Building[]): void {
  for (const figure of built) {
    const mention = figure.mention;
    if (figure.kind !== 'quantity' || !mention || !(mention.age || mention.part?.reason === 'age')) continue;
    const holder = ageHolder(ctx, mention);
    if (!holder || !ctx.pageDate) continue;
    Object.assign(figure, {
      metric: holder.metric,
      unit: 'years',
      per: null,
      alternatives: [],
      phrase: null,
      metricFrom: holder.named ? 'sentence' : 'previous sentence',
      // "The 64-year-old won the vote on May 5, 2024" may give the age of the day it names; the
      // age check takes either that day's age or the page date's. Only a day named with its year:
      // "will be sworn in on July 1" may be read as last year's July 1, and a day ahead ("ha
      // prometido cerrar la ruta en 2025") is the page date's age.
      ...(figure.period && figure.periodFrom === 'sentence' && YEAR_NAMED.test(figure.periodWords ?? '') && figure.period.end <= ctx.pageDate.end ? {} : { period: ctx.pageDate, periodWords: '(none: as of the page date)', periodFrom: null }),
      comparison: null,
      comparisonDraft: null,
      problem: null,
      reason: null,
    });
  }
}
