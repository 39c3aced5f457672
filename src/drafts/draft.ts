/**
 * A draft as the model sees it: a Source of its own (kind article, id `draft:<path>`) and a Claim
 * for every figure whose metric and period could be read, so the registry's checks run over it
 * unchanged. Where each claim stands in the draft is kept beside it, since report.ts locates
 * registry claims by YAML path and a draft has none.
 */
import { InputError, type Problem } from '../registry/problems.js';
import { parsePeriod, PeriodError, type Period } from '../model/period.js';
import type { Claim, Comparison, Metric, Source } from '../model/types.js';
import type { Language } from '../model/figure.js';
import { LineIndex } from '../text/lines.js';
import { declaredLanguage, detectLanguage } from '../text/language.js';
import { maskMarkdown, readFrontMatter, type FrontMatter } from '../text/markdown.js';
import { readIgnores, type Ignore } from './ignore.js';
import { readText, type DraftFigure, type ReadText } from '../reader/read.js';
import type { MetricCatalogue } from './metrics.js';

export interface DraftInput {
  /** The path as shown in findings ("drafts/a.md", or "<stdin>"). */
  readonly path: string;
  readonly text: string;
}

export interface DraftLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Draft {
  readonly path: string;
  readonly source: Source;
  /** The date the draft is read against, and where it came from. */
  readonly date: Period | null;
  readonly dateFrom: 'front matter' | '--date' | null;
  readonly read: ReadText;
  readonly claims: readonly Claim[];
  /** Figures read but not made claims: no metric, or no period. */
  readonly unchecked: readonly DraftFigure[];
  readonly figureOf: ReadonlyMap<Claim, DraftFigure>;
  /** Its `<!-- darien-ignore -->` comments. */
  readonly ignores: readonly Ignore[];
}

// A draft with no date still gets a Source (the model needs a page date); this one is after any
// period, so the page-date check never fires on it, and relative words are left unresolved.
const UNDATED = parsePeriod('9999-12-31');

/**
 * The page date a draft's front matter gives: `date:` (Jekyll, Hugo), `pubDate:` (Astro),
 * `published:` or `publishDate:`, the first of them present. YYYY-MM-DD, or a timestamp starting
 * with one ("2024-07-17 10:30:00 -0500", "2024-07-17T10:30:00Z"), or the day written out as
 * Astro's starter writes it ("Jul 17 2024", "July 17, 2024", "17 July 2024"), or as RSS does ("Wed,
 * 17 Jul 2024 15:30:00 GMT"). Quotes and comments
 * are YAML's (src/reader/prepare-front-matter.ts). The day is the one written, whatever the zone:
 * it is the page's date as its readers saw it. InputError when the field is not a date.
 */
const DATE_KEYS = ['date', 'pubdate', 'published', 'publishdate'];
const STAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`^(?:[a-z]{3,9},?\\s+)?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');
// RSS's and e-mail's RFC 2822 ("Tue, 05 Aug 2025 14:32:10 GMT"), as feeds and some CMSs write it:
// a weekday before, a time and zone after.
const DAY_MONTH_YEAR = new RegExp(`^(?:[a-z]{3,9},?\\s+)?(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[a-z]{1,5}|[+-]\\d{4}))?)?$`, 'i');

/** YYYY-MM-DD of a front matter's date as written, or null. */
function dayOf(written: string): string | null {
  const stamp = STAMP.exec(written);
  if (stamp) return stamp[1]!;
  const mdy = MONTH_DAY_YEAR.exec(written);
  const dmy = mdy ? null : DAY_MONTH_YEAR.exec(written);
  const [month, day, year] = mdy ? [mdy[1]!, mdy[2]!, mdy[3]!] : dmy ? [dmy[2]!, dmy[1]!, dmy[3]!] : [];
  if (!month) return null;
  return `${year}-${String(MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

export function draftDate(path: string, frontMatter: FrontMatter): Period | null {
  if (frontMatter.problems.length > 0) throw new InputError(frontMatter.problems.map((p) => ({ file: path, ...p })));
  const key = DATE_KEYS.find((k) => frontMatter.fields.has(k));
  if (key === undefined) return null;
  const field = frontMatter.fields.get(key)!;
  const day = dayOf(field.value.trim());
  try {
    if (day) return parsePeriod(day);
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
  }
  throw new InputError([{ file: path, line: field.line, column: field.column, message: `${key === 'pubdate' ? 'pubDate' : key}: "${field.value}" is not a date (expected YYYY-MM-DD)` }]);
}

/**
 * The language a draft's figures are written in: its front matter's `lang:` or `language:` ("es",
 * "es-PA", "en-US"), else what its first few KB of prose say, else English. InputError for a
 * language darien does not read ("fr"): its figures would be read as English and misread.
 */
export function draftLanguage(path: string, frontMatter: FrontMatter, text: string): Language {
  const declared = declaredLanguage(frontMatter.fields);
  if (declared) {
    const { field, language } = declared;
    if (language) return language;
    throw new InputError([{ file: path, line: field.line, column: field.column, message: `lang: "${field.value}" is not a language darien reads (expected en or es, or a tag such as es-PA)` }]);
  }
  return detectLanguage(text, frontMatter.end) ?? 'en';
}

function titleOf(input: DraftInput, read: ReadText): string {
  const fromFront = read.masked.frontMatter.fields.get('title')?.value;
  if (fromFront) return fromFront;
  const heading = read.sentences.find((s) => s.heading);
  return heading ? input.text.slice(heading.start, heading.end) : input.path;
}

export interface DraftOptions {
  readonly catalogue: MetricCatalogue;
  /** --date: for drafts whose front matter has none. */
  readonly date?: Period | null;
  /** --language: overrides each draft's own (front matter, or detected). */
  readonly language?: Language;
}

/**
 * Every problem of a draft as input, in the order of the text: a front-matter date that is not
 * one and ignore comments naming no check. Neither needs the registry, so a run whose registry
 * does not load still reports them, and readDraft reports them all at once, not the date alone.
 */
export function draftProblems(input: DraftInput): Problem[] {
  const problems: Problem[] = [];
  const collect = (read: () => unknown): void => {
    try {
      read();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  };
  const frontMatter = readFrontMatter(input.text);
  collect(() => draftDate(input.path, frontMatter));
  collect(() => draftLanguage(input.path, frontMatter, input.text));
  // The same masking and line index readText gives readDraft, so the comments found are the same.
  collect(() => readIgnores(input.text, maskMarkdown(input.text, { plainText: /\.txt$/i.test(input.path) }).comments, new LineIndex(input.text), input.path));
  return problems;
}

/**
 * Reads a draft into a Source and its Claims. Throws InputError with every problem of the draft
 * (draftProblems) for a front-matter date that is not one or an ignore comment naming no check.
 */
export function readDraft(input: DraftInput, options: DraftOptions): Draft {
  let own: Period | null;
  let language: Language;
  try {
    const frontMatter = readFrontMatter(input.text);
    own = draftDate(input.path, frontMatter);
    // --language, when given, is the writer's word for every draft of the run.
    language = options.language ?? draftLanguage(input.path, frontMatter, input.text);
  } catch (error) {
    // Without its date the draft is not read, but its ignore comments are still checked, so that
    // fixing the date does not uncover a second problem on the next run.
    if (error instanceof InputError) throw new InputError(draftProblems(input));
    throw error;
  }
  const date = own ?? options.date ?? null;
  const plain = /\.txt$/i.test(input.path);
  const read = readText(input.text, { catalogue: options.catalogue, pageDate: date, language, hardLineBreaks: plain, purpose: 'lint' });
  const source: Source = {
    id: `draft:${input.path}`,
    kind: 'article',
    outlet: 'draft',
    outletInferredFrom: null,
    title: titleOf(input, read),
    author: read.masked.frontMatter.fields.get('author')?.value ?? 'unknown',
    pageDate: date ?? UNDATED,
    pageDateAsShown: DATE_KEYS.map((k) => read.masked.frontMatter.fields.get(k)?.value).find((v) => v !== undefined) ?? null,
    pageDateInferred: false,
    pageDateNote: date ? null : 'the draft has no date: relative periods were not resolved',
    republishedFrom: null,
    language,
    textPath: input.path,
    text: input.text,
    file: input.path,
  };
  const claims: Claim[] = [];
  const unchecked: DraftFigure[] = [];
  const figureOf = new Map<Claim, DraftFigure>();
  const claimOf = new Map<DraftFigure, Claim>();
  for (const figure of read.figures) {
    if (figure.problem !== null || !figure.metric || !figure.period) {
      unchecked.push(figure);
      // "In early 2022, barely 140 a week", or a rate with no period after a sentence about 2023:
      // unchecked, but held to the span it lies within by the checks that can use no more
      // (magnitude, rate-unit).
      if ((figure.reason === 'period-unresolved' || figure.reason === 'no-period') && figure.window && figure.metric && figure.value !== null && !figure.comparison) {
        const claim: Claim = { ...toClaim(input.path, source, figure, figure.metric), period: null, within: figure.window, ...(figure.runsFrom != null ? { runsFrom: figure.runsFrom } : {}) };
        claims.push(claim);
        figureOf.set(claim, figure);
      }
      continue;
    }
    const claim = toClaim(input.path, source, figure, figure.metric);
    claims.push(claim);
    figureOf.set(claim, figure);
    claimOf.set(figure, claim);
  }
  // Comparisons name their ends by claim id, once every figure has one.
  for (const [claim, figure] of [...figureOf]) {
    const draft = figure.comparison;
    if (!draft) continue;
    const comparison: Comparison = {
      kind: draft.kind,
      direction: draft.direction,
      subject: draft.subject ? (claimOf.get(draft.subject)?.id ?? null) : null,
      baseline: draft.baseline ? (claimOf.get(draft.baseline)?.id ?? null) : null,
      baselinePeriod: draft.baselinePeriod,
    };
    if (draft.kind === 'change') {
      // "decreased from 2,461 to just 140": 140 is a figure like any other (the registry's checks
      // compare it with totals and other sources) and also the end of a change, checked apart.
      const change: Claim = { ...claim, id: `${claim.id}#change`, comparison: { ...comparison, subject: claim.id } };
      claims.push(change);
      figureOf.set(change, figure);
    } else {
      (claim as { comparison: Comparison | null }).comparison = comparison;
    }
  }
  const ignores = readIgnores(input.text, read.masked.comments, read.lines, input.path);
  return { path: input.path, source, date, dateFrom: own ? 'front matter' : date ? '--date' : null, read, claims, unchecked, figureOf, ignores };
}

function toClaim(path: string, source: Source, figure: DraftFigure, metric: Metric): Claim {
  const quantity =
    figure.kind === 'event' || figure.value === null
      ? null
      : {
          value: figure.value,
          read: figure.value,
          step: figure.step,
          hedge: figure.hedge,
          interval: figure.interval!,
          intervalOverridden: false,
          unit: figure.unit ?? metric.unit ?? '',
          per: figure.per,
          basis: figure.per ? (figure.basis ?? 'average') : null,
        };
  return {
    id: `${path}:${figure.line}:${figure.column}`,
    source,
    // Sentences are trimmed already; only a soft line break or a run of spaces needs folding.
    quote: /\s\s|[\n\r\t]/.test(figure.quote) ? figure.quote.replace(/\s+/g, ' ') : figure.quote,
    figure: figure.text,
    quantity,
    metric,
    place: metric.place,
    period: figure.period,
    periodWords: figure.periodWords ?? '',
    ...(figure.bound ? { bound: figure.bound } : {}),
    ...(figure.per && figure.mention?.basis === 'average' ? { averageSaid: true } : {}),
    attribution: figure.attribution,
    comparison: null,
    note: null,
    file: path,
    index: -1,
  };
}
