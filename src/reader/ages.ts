/**
 * Ages stage: an age given to someone the catalogue knows the birth day of (a metric with `born:`,
 * "the age of José Raúl Mulino") is a figure of that metric, as of the page's date, which the age
 * check holds to the years since that day. "Mulino, 64,", "the 65-year-old lawyer", "El
 * mandatario, de 66 años", "Now 64 years old, the former security minister …".
 *
 * Whose age it is comes from the words beside it: the surname before its comma ("José Raúl Mulino,
 * 64,", "Mulino tiene 64 años"), after "-year-old" ("the 65-year-old Mulino") or after an age that
 * opens the sentence ("At 64, Mulino"), or before it in brackets ("Mulino (64)"): the last word of
 * the name the metric's `counts:` gives (a first name alone, "José, 34,", is anyone's); or a title
 * ("president", "mandatario", AGE_ENTRIES), "He is 64" or a bare "-year-old", where the last name
 * said before the age, in its sentence or the one before, is his, as a description stands in for a
 * name. Not a title of someone else's
 * ("Mulino's security minister", "su canciller", "la esposa de Mulino", "El mandatario colombiano"),
 * nor one after another name ("Ricardo Lombana, a 51-year-old lawyer"; "Mulino met Petro. The
 * 65-year-old president"). Anyone else's age ("The 23-year-old Venezuelan mother", "Pedro
 * Chamorro, 52,") is no claim: lint leaves it alone.
 */
import { stem } from '../drafts/metrics.js';
import { intervalContains } from '../model/figure.js';
import { ageOn, type Period } from '../model/period.js';
import type { Metric } from '../model/types.js';
import { YEAR_DIGITS, type FigureMention } from '../text/numbers.js';
import { cut } from '../text/one-byte.js';
import type { SentenceContext } from './context.js';
import { loadLexicon, type LexiconEntry } from './lexicon/lexicon.js';
import { peopleNamed } from './people-named.js';
import type { Building } from './record.js';

export const AGE_ENTRIES = [
  {
    id: 'holder-before',
    on: 'before-figure',
    // The words before the comma are captured: a name ("Mulino") or a title ("presidente electo").
    pattern: /(?:^|[^\p{L}])((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)(?:\s*,\s*(?:(?:now|ahora|aged|age|who\s+is|who\s+turned|que\s+tiene|quien\s+tiene|que\s+cumplió|quien\s+cumplió|con|ahora\s+de|de)\s+)?|\s+(?:de|is|is\s+now|tiene|cumplió|acaba\s+de\s+cumplir)\s+)$/u,
    why: 'An age said after whose it is: "José Raúl Mulino, 64,", "Mulino, now 66,", "Mulino, who turned 65", "El mandatario, de 66 años", "el presidente electo, de 64 años", "El mandatario de 66 años", "Mulino tiene 66 años", "Mulino is 66 years old". Not "who was 64", an age of another day ("who was 64 when he won").',
    examples: { reads: ['José Raúl Mulino, ', 'Mulino, now ', 'Mulino, who turned ', 'El mandatario, de ', 'el presidente electo, de ', 'Mulino, que tiene ', 'El mandatario de ', 'Mulino tiene ', 'Mulino is '], not: ['In March ', 'crossed in 2023 and ', 'Mulino said ', 'Mulino, who was '] },
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
    id: 'described-alone-after',
    on: 'after-figure',
    pattern: /^-year-old(?:\s*,|\s+(?:has|had|is|was|will|would|said|says|told|promised|won|took|vowed|called|campaigned|signed))(?![\p{L}])/iu,
    why: '"Mulino took office in July 2024. The 64-year-old has promised …": "-year-old" with no noun after it stands for someone as a title does.',
    examples: { reads: ['-year-old has promised', '-year-old, a former security minister,', '-year-old won'], not: ['-year-old lawyer', '-year-old Mulino'] },
  },
  {
    id: 'pronoun-is-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])(?:he|él)\s+(?:is|is\s+now|turned|tiene|cumplió)\s+$/iu,
    why: '"Mulino took office in July 2024. He is 64.": a pronoun stands for the last name said, as a title does.',
    examples: { reads: ['He is ', 'He is now ', 'Él tiene ', 'He turned '], not: ['She said ', 'It is '] },
  },
  {
    id: 'at-age-before',
    on: 'before-figure',
    pattern: /(?:^|[.;:]\s+|^\W*)(?:at|now|aged|a\s+sus|con)\s+$/iu,
    why: '"At 64, Mulino has promised …": an age that opens the sentence, whose holder is the subject after its comma. (Spanish "A sus 66 años, …" is written here too, but the number reader takes "66 años" for a span of time, so no figure reaches this stage yet.)',
    examples: { reads: ['At ', 'A sus ', 'Con '], not: ['crossed at ', 'with '] },
  },
  {
    id: 'at-age-after',
    on: 'after-figure',
    pattern: /^(?:\s+años)?\s*,\s+((?:the\s+|el\s+|la\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/iu,
    why: 'The subject after such an age\'s comma: "Mulino", "the former security minister", "el mandatario".',
    examples: { reads: [', Mulino has', ' años, el mandatario'], not: [' migrants crossed', ' percent'] },
  },
  {
    id: 'bracketed-before',
    on: 'before-figure',
    pattern: /(?:^|[^\p{L}])([\p{L}'’-]+)\s*\(\s*$/u,
    why: '"Mulino (64) has promised …": an age in brackets after a name, his where the name is his surname (ages.ts).',
    examples: { reads: ['Mulino (', 'José Raúl Mulino ('], not: ['(', 'in 2023 ', 'the 14 ('] },
  },
  {
    id: 'bracketed-after',
    on: 'after-figure',
    pattern: /^\s*(?:años\s*)?\)/iu,
    why: 'The bracket that closes such an age: "(64)"; "(64 años)" too, where the number reader gives the figure (it takes "64 años" for a span of time today).',
    examples: { reads: [')', ' años)'], not: [' migrants)', '%)'] },
  },
  {
    id: 'holder-title',
    on: 'word',
    match: 'lower',
    words: ['president', 'president-elect', 'presidente', 'mandatario', 'gobernante', 'lawyer', 'abogado', 'minister', 'exministro', 'ministro'],
    why: 'What a story calls the one whose age it gives when it has named him: "the 65-year-old lawyer", "El mandatario, de 66 años", "the former security minister". Not "leader" or "candidate", said as often of a village\'s leader or a migrant.',
    examples: { reads: ['lawyer', 'mandatario', 'president-elect'], not: ['mother', 'migrante', 'leader'] },
  },
  {
    id: 'holder-someone-elses',
    on: 'word',
    match: 'lower',
    // Spanish writes nationalities in lower case: the capital that marks an English one is missing.
    words: ['his', 'her', 'their', 'su', 'sus', 'colombiano', 'colombiana', 'estadounidense', 'venezolano', 'venezolana', 'costarricense', 'mexicano', 'mexicana', 'ecuatoriano', 'haitiano', 'cubano', 'peruano', 'chileno', 'argentino', 'brasileño', 'guatemalteco', 'hondureño', 'nicaragüense', 'salvadoreño', 'dominicano'],
    why: 'A title that is someone else\'s: "his security minister", "su canciller", "El mandatario colombiano, de 65 años", "el presidente estadounidense".',
    examples: { reads: ['his', 'su', 'colombiano', 'estadounidense'], not: ['panameño', 'the'] },
  },
  {
    id: 'holder-of-before',
    on: 'word',
    match: 'lower',
    words: ['de', 'del', 'of', 'under', 'to', 'for', 'with', 'con', 'and', 'y', 'e'],
    why: '"La esposa de Mulino, de 61 años", "Lombana, rival de Mulino, de 51 años", "First lady Maricel Cohen de Mulino, 61", "The security minister under Mulino, 62", "Lombana and Mulino, 65": a name after a preposition or "and" names whose someone is, or someone beside, not whose the age is.',
    examples: { reads: ['de', 'of', 'under', 'and', 'y'], not: ['Mulino', 'el'] },
  },
  {
    id: 'another-clause-between',
    on: 'between',
    pattern: /(?:^|[^\p{L}])(?:that|que|from|since|than|compared|against|desde|frente|respecto|comparado|comparada)(?![\p{L}])/iu,
    why: '"Mulino, 64, said on Monday that crossings had fallen from 520,000 in 2023", "Mulino, 65, said crossings fell 99% from 2024": a period after what he said, or after a comparison, is no time of his age; "Mulino, 64, won the May 2024 election" is.',
    examples: { reads: [', said on Monday that crossings had fallen from 520,000 ', ', said crossings fell 99% from ', ', dijo que en '], not: [', won the ', ', took office on '] },
  },
  {
    id: 'title-leads',
    on: 'word',
    match: 'lower',
    words: ['the', 'el', 'la', 'a', 'an', 'un', 'una', 'former', 'now', 'new'],
    why: 'Words that open a title with a capital and name no one ("The former security minister", "El mandatario"): a capital past them is a name ("Club president Ana Ruiz, 20," is hers).',
    examples: { reads: ['the', 'el', 'former'], not: ['club', 'ana'] },
  },
] as const satisfies readonly LexiconEntry[];

export const AGES = loadLexicon('ages', AGE_ENTRIES);

const HOLDER_BEFORE = AGES.pattern('holder-before');
const HOLDER_AFTER = AGES.pattern('holder-after');
const DESCRIBED_ALONE_AFTER = AGES.pattern('described-alone-after');
const TITLES = AGES.words('holder-title');
const SOMEONE_ELSES = AGES.words('holder-someone-elses');
const OF_BEFORE = AGES.words('holder-of-before');
const PRONOUN_IS_BEFORE = AGES.pattern('pronoun-is-before');
const AT_AGE_BEFORE = AGES.pattern('at-age-before');
const AT_AGE_AFTER = AGES.pattern('at-age-after');
const BRACKETED_BEFORE = AGES.pattern('bracketed-before');
const BRACKETED_AFTER = AGES.pattern('bracketed-after');
const ANOTHER_CLAUSE_BETWEEN = AGES.pattern('another-clause-between');
/** Over this, a number is no one's age. */
const OLDEST = 120;
/** How far before a number "At" or a name and its bracket may stand. */
const LEAD_REACH = 12;
const TITLE_LEADS = AGES.words('title-leads');
/** How far before or after an age its holder's words may be. */
const REACH = 60;

interface Holder {
  readonly words: readonly string[];
  /** The word nearest the age: "Ricardo Lombana, 50" is Lombana's, "the 64-year-old Mulino" Mulino's. */
  readonly nearest: string;
  /** The word before the nearest, for "de Mulino", "of Mulino". */
  readonly before: string | null;
  /** "The 64-year-old has promised": no noun, a description that stands in as a title does. */
  readonly standsIn?: boolean;
}

/** The person's surname: the last word of the name the metric's `counts:` gives ("José Raúl Mulino"). */
function surnameOf(metric: Metric): string | null {
  const name = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/u.exec(metric.counts)?.[0];
  return name ? stem(name.split(/\s+/).at(-1)!) : null;
}

/** The words that may say whose an age is, before it and after it. */
function holdersOf(ctx: SentenceContext, mention: FigureMention): Holder[] {
  const { m, sentence } = ctx;
  const before = cut(m, Math.max(sentence.start, mention.start - REACH), mention.start);
  // A figure read with its unit ("65-year-old") ends past it: the words after begin with the noun.
  const unitRead = /-year-old$/i.test(mention.text) ? '-year-old' : '';
  const after = unitRead + cut(m, mention.end, Math.min(sentence.end, mention.end + REACH));
  const holders: Holder[] = [];
  const set = HOLDER_BEFORE.exec(before)?.[1];
  if (set) {
    const words = set.split(/\s+/);
    holders.push({ words, nearest: words.at(-1)!, before: words.at(-2) ?? null });
  }
  const described = HOLDER_AFTER.exec(after)?.[1];
  if (described) {
    const words = described.split(/\s+/);
    holders.push({ words, nearest: words[0]!, before: null });
  }
  // "The 64-year-old has promised …": no noun, a title's stand-in; so is "He is 64".
  if (DESCRIBED_ALONE_AFTER.test(after) || PRONOUN_IS_BEFORE.test(before)) holders.push({ words: [], nearest: '', before: null, standsIn: true });
  // "At 64, Mulino has …", "A sus 66 años, el mandatario …": the subject after the comma.
  const subject = AT_AGE_BEFORE.test(before) ? AT_AGE_AFTER.exec(after)?.[1] : undefined;
  if (subject) {
    const words = subject.split(/\s+/);
    holders.push({ words, nearest: words[0]!, before: null });
  }
  // "Mulino (64) has …": his age in brackets after his name.
  const bracketed = BRACKETED_AFTER.test(after) ? BRACKETED_BEFORE.exec(before)?.[1] : undefined;
  if (bracketed) holders.push({ words: [bracketed], nearest: bracketed, before: null });
  return holders;
}

/** An age the number reader does not mark as one, said in the ways ages.ts reads a holder from. */
function saidAsAge(ctx: SentenceContext, mention: FigureMention): boolean {
  const { m, sentence } = ctx;
  const before = cut(m, Math.max(sentence.start, mention.start - LEAD_REACH), mention.start);
  const after = cut(m, mention.end, Math.min(sentence.end, mention.end + REACH));
  return (AT_AGE_BEFORE.test(before) && AT_AGE_AFTER.test(after)) || (BRACKETED_AFTER.test(after) && BRACKETED_BEFORE.test(before));
}

/**
 * The metric of the catalogue's person this age is of, and whether it was read from his name (a
 * title may stand for someone else: a finding on it is a warning); null when it is anyone else's.
 */
export function ageHolder(ctx: SentenceContext, mention: FigureMention): { readonly metric: Metric; readonly named: boolean } | null {
  const people = [...ctx.catalogue.metrics.values()].filter((metric) => metric.born);
  if (people.length === 0) return null;
  const holders = holdersOf(ctx, mention);
  for (const metric of people) {
    const surname = surnameOf(metric);
    if (!surname) continue;
    for (const holder of holders) {
      // "la esposa de Mulino, de 61 años": whose someone is, not whose the age is.
      if (holder.before !== null && OF_BEFORE.has(holder.before.toLowerCase())) continue;
      if (stem(holder.nearest) === surname) return { metric, named: true };
      const lower = holder.words.map((w) => w.toLowerCase());
      // "said community leader Ovidio Caisamo, 52", "Mulino's security minister": a title said
      // with another name, or as someone's, is not his.
      const someoneNamed = holder.words.some((w, i) => (/^\p{Lu}/u.test(w) && !(i === 0 && TITLE_LEADS.has(w.toLowerCase()))) || /['’]s$/.test(w));
      if (someoneNamed || lower.some((w) => SOMEONE_ELSES.has(w)) || !(holder.standsIn || lower.some((w) => TITLES.has(w)))) continue;
      if (lastNameSaid(ctx, mention) === surname) return { metric, named: false };
    }
  }
  return null;
}

/**
 * The stem of the last name said before the age, in its sentence or the one before, as peopleNamed
 * finds names for a pronoun (no opener, month, weekday or place of the catalogue). A title stands
 * for him only where that name is his ("Mulino met Petro. The 65-year-old president" is Petro's).
 */
function lastNameSaid(ctx: SentenceContext, mention: FigureMention): string | null {
  const { m, sentence } = ctx;
  const from = ctx.previous && ctx.previous.sentence.paragraph >= sentence.paragraph - 1 ? ctx.previous.sentence.start : sentence.start;
  const last = peopleNamed(ctx.catalogue, cut(m, from, mention.start)).at(-1);
  return last ? stem(last.split(/\s+/).at(-1)!.replace(/['’]s$/, '')) : null;
}

/**
 * An age of the catalogue's person, as of the page's date, or of a period its sentence names with
 * its year, where that period's age fits ("The 64-year-old lawyer won the election on May 5, 2024",
 * written in 2025): its metric, and nothing the other stages made of it (an age is no count, no
 * change, no part of a group).
 */
export function readAges(ctx: SentenceContext, built: readonly Building[]): void {
  for (const figure of built) {
    const mention = figure.mention;
    if (figure.kind !== 'quantity' || !mention || !(mention.age || mention.part?.reason === 'age' || (mention.value < OLDEST && saidAsAge(ctx, mention)))) continue;
    const holder = ageHolder(ctx, mention);
    if (!holder || !ctx.pageDate || !figure.interval) continue;
    const day = dayOfTheAge(ctx, mention, holder.metric.born!, figure.interval);
    Object.assign(figure, {
      metric: holder.metric,
      unit: 'years',
      per: null,
      alternatives: [],
      phrase: null,
      // A title or a pronoun stands for him by the name said before it, maybe in this sentence:
      // read as from the sentence before, so lint makes a finding on it a warning (readFromContext).
      metricFrom: holder.named ? 'sentence' : 'previous sentence',
      ...(day ? { period: day.period, periodWords: day.words, periodFrom: 'sentence' } : { period: ctx.pageDate, periodWords: '(none: as of the page date)', periodFrom: null }),
      comparison: null,
      comparisonDraft: null,
      problem: null,
      reason: null,
    });
  }
}

/**
 * A period its sentence names with its year, a year or shorter, over by the page date, on some day
 * of which the age fits: "In 2019, Mulino, 60, was a private lawyer". Not a span since then ("has
 * promised to close the route since 2023"), which runs to the page date.
 */
function dayOfTheAge(ctx: SentenceContext, mention: FigureMention, born: Period, interval: readonly [number, number]): { period: Period; words: string } | null {
  for (const p of ctx.periods) {
    const period = p.resolved?.period;
    if (!period || p.since || period.end - period.start > 366 || !YEAR_DIGITS.test(p.words) || period.end > ctx.pageDate!.end) continue;
    // "Mulino, 64, said on Monday that crossings had fallen from 520,000 in 2023": a period of
    // what he said, or of what is compared, is no time of his.
    if (p.start >= mention.end && ANOTHER_CLAUSE_BETWEEN.test(cut(ctx.m, mention.end, p.start))) continue;
    if (intervalContains(interval, ageOn(born.start, period.start)) || intervalContains(interval, ageOn(born.start, period.end))) return { period, words: p.words };
  }
  return null;
}
