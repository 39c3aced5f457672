/**
 * A draft as the model sees it: a Source of its own (kind article, id `draft:<path>`) and a Claim
 * for every figure whose metric and period could be read, so the registry's checks run over it
 * unchanged. Where each claim stands in the draft is kept beside it, since report.ts locates
 * registry claims by YAML path and a draft has none.
 */
import { createRequire } from 'node:module';
import { InputError, type Problem } from '../registry/problems.js';
import { parsePeriod, PeriodError, type Period } from '../model/period.js';
import type { Claim, Comparison, Metric, Source } from '../model/types.js';
import type { Language } from '../model/figure.js';
import { LineIndex } from '../text/lines.js';
import { detectLanguage, languageOf } from '../text/language.js';
import { maskMarkdown, readFrontMatter, type FrontMatter } from '../text/markdown.js';
import { readIgnores, type Ignore } from './ignore.js';
import { readText, type DraftFigure, type ReadText } from './read.js';
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
 * The front matter's `date:` (YYYY-MM-DD, or a timestamp starting with one, as Jekyll, Hugo and
 * Astro write them: "2024-07-17 10:30:00 -0500", "2024-07-17T10:30:00Z", quoted or not, with a
 * comment after it); InputError when it is not a date. The day is the one written, whatever the
 * zone: it is the page's date as its readers saw it.
 */
const STAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/;
// The yaml package reads what the plain reading above does not (quotes, comments, YAML's own
// forms); loaded only then, since most drafts' dates are plain and lint's start-up is budgeted.
const load = createRequire(import.meta.url);

/** The front matter's `date` as the yaml package reads it, or null. */
function yamlDate(text: string, frontMatter: FrontMatter): string | null {
  const { parseDocument } = load('yaml') as typeof import('yaml');
  const block = text.slice(0, frontMatter.end).replace(/^---[ \t]*\r?\n/, '').replace(/\r?\n(?:---|\.\.\.)[ \t]*$/, '');
  const doc = parseDocument(block, { schema: 'core' });
  if (doc.errors.length > 0) return null;
  const date = doc.get('date');
  return typeof date === 'string' ? date.trim() : null;
}

export function draftDate(path: string, frontMatter: FrontMatter, text: string): Period | null {
  const field = frontMatter.fields.get('date');
  if (!field) return null;
  const value = STAMP.test(field.value.trim()) ? field.value.trim() : yamlDate(text, frontMatter);
  const match = value === null ? null : STAMP.exec(value);
  try {
    if (match) return parsePeriod(match[1]!);
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
  }
  throw new InputError([{ file: path, line: field.line, column: field.column, message: `date: "${field.value}" is not a date (expected YYYY-MM-DD)` }]);
}

/**
 * The language a draft's figures are written in: its front matter's `lang:` or `language:` ("es",
 * "es-PA", "en-US"), else what its first few KB of prose say, else English. InputError for a
 * language darien does not read ("fr"): its figures would be read as English and misread.
 */
export function draftLanguage(path: string, frontMatter: FrontMatter, text: string): Language {
  const field = frontMatter.fields.get('lang') ?? frontMatter.fields.get('language');
  if (field) {
    const language = languageOf(field.value);
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
  collect(() => draftDate(input.path, frontMatter, input.text));
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
    own = draftDate(input.path, frontMatter, input.text);
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
    pageDateAsShown: read.masked.frontMatter.fields.get('date')?.value ?? null,
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
    attribution: figure.attribution,
    comparison: null,
    note: null,
    file: path,
    index: -1,
  };
}
