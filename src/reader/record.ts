/**
 * The record the reader's stages fill in: a figure of a text (DraftFigure) and, while it is read,
 * its working copy (Building), with the options a text is read with and what reading returns.
 */
import type { Hedge, Interval, Language } from '../model/figure.js';
import type { Period } from '../model/period.js';
import type { Metric, RateBasis, RateUnit } from '../model/types.js';
import type { LineIndex } from '../text/lines.js';
import type { MaskedText } from '../text/markdown.js';
import type { FigureMention } from '../text/numbers.js';
import type { PeriodMention } from '../text/periods.js';
import type { Sentence } from '../text/sentences.js';
import type { Because, UncheckedReason } from './reasons.js';
import type { MetricCatalogue } from '../drafts/metrics.js';

export interface ReadOptions {
  readonly catalogue: MetricCatalogue;
  /** The date the text is read against; null when it has none (relative periods stay unresolved). */
  readonly pageDate: Period | null;
  readonly language?: Language;
  /** Plain text: each line is a paragraph. */
  readonly hardLineBreaks?: boolean;
  /**
   * `lint` checks what it reads, so it takes an event's date only when the sentence names who the
   * event is about, and leaves ages alone. `extract` proposes claims for a person to review, so it
   * takes the catalogue's phrase alone, and ages a metric counts.
   */
  readonly purpose: 'lint' | 'extract';
}

export interface DraftComparison {
  readonly kind: 'ratio' | 'difference' | 'percent-change' | 'change';
  readonly direction: 'increase' | 'decrease' | null;
  readonly subject: DraftFigure | null;
  readonly baseline: DraftFigure | null;
  readonly baselinePeriod: Period | null;
  readonly baselineWords: string | null;
}

/** Whether the registry settles a draft figure itself, so the draft's own checks leave it alone (src/drafts/lint.ts). */
export type Settled = (figure: DraftFigure) => boolean;

export interface DraftFigure {
  readonly index: number;
  /** A quantity ("11,363"), or the date of an event ("July 1", for "took office"). */
  readonly kind: 'quantity' | 'event';
  readonly sentence: Sentence;
  /** The sentence as written in the file. */
  readonly quote: string;
  /** The figure as written, and its offsets in the file. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  /** Replaced, not changed, where a later stage reads more than the number reader could (label-figure.ts). */
  mention: FigureMention | null;
  readonly value: number | null;
  readonly step: number;
  readonly hedge: Hedge;
  readonly interval: Interval | null;
  readonly unit: string | null;
  readonly per: RateUnit | null;
  /** "de más de 2.000 migrantes diarios … a solo 10": the unit was carried from the figure before, not said with this one. */
  readonly perCarried?: boolean;
  readonly basis: RateBasis | null;
  readonly metric: Metric | null;
  /** Other metrics the sentence names that would also fit. */
  readonly alternatives: readonly Metric[];
  /** The catalogue phrase the metric was read from, and where. */
  readonly phrase: string | null;
  /**
   * How the metric was read: a catalogue phrase or frame wholly in the sentence; a frame whose
   * place came from the context (the text before, the title); the sentence before; the figure a
   * comparison compares.
   */
  readonly metricFrom: 'sentence' | 'context' | 'previous sentence' | 'subject' | null;
  readonly period: Period | null;
  readonly periodWords: string | null;
  /** How the period was read: named in the sentence, or taken from another figure or sentence. */
  readonly periodFrom: 'sentence' | 'context' | null;
  /** For a period read only vaguely ("early 2022"): the span it surely lies within (src/text/periods.ts). */
  readonly window?: Period | null;
  /**
   * "By mid-July of last year, about 180,000 had crossed": a running total from this day (the
   * window's year's first) to a day in `window`, not a figure of any one day or month in it.
   */
  readonly runsFrom?: number | null;
  readonly comparison: DraftComparison | null;
  /** The date of a term's start or end ("since December 2020", "left office on Oct. 10"), for an event the catalogue dates as a span (term-events.ts). */
  readonly bound?: 'start' | 'end' | null;
  readonly attribution: readonly string[];
  /** Why the figure cannot be checked, as a message and its id (src/reader/reasons.ts); null when it can. */
  readonly problem: string | null;
  readonly reason: UncheckedReason | null;
}

export interface ReadText {
  readonly masked: MaskedText;
  readonly lines: LineIndex;
  readonly sentences: readonly Sentence[];
  readonly figures: readonly DraftFigure[];
  /** Spans of time ("nine days"): no figures, kept for a draft that gives one twice (durations.ts). */
  readonly durations: readonly DraftFigure[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type Building = Mutable<DraftFigure> & { retracted?: boolean; aside?: Because } & {
  comparisonDraft: Mutable<DraftComparison> | null;
  periodMention: PeriodMention | null;
  /** "said Wednesday", "told reporters this month": when the sentence's source spoke. */
  spokenAt?: PeriodMention;
  /** "Esos 11.363 supusieron …": the figure before that this one says again (attach-metric.ts). */
  saidAgainOf?: Building;
  /** "before the surge": the sentence is about a time it does not name. */
  boundedBy?: PeriodMention;
  /** The figure's own noun is its frame's word for what it counts ("se han registrado 244,243 cruces"), wherever its place was named. */
  ownNounFramed?: boolean;
};

/** A metric read from context, and how. */
export interface MetricReading {
  readonly metric: Metric;
  readonly from: 'sentence' | 'context' | 'previous sentence';
  readonly phrase: string | null;
}

/** What each comparison counts if it finds no subject of its own (src/reader/attach-comparison.ts). */
export type MetricFallback = Map<Building, MetricReading>;

/** A ratio under one, a share of a whole ("more than two-thirds of 2021's flow", "casi un tercio"). */
export function isFraction(figure: Pick<Building, 'mention' | 'value'>): boolean {
  return figure.mention?.change?.kind === 'ratio' && figure.value !== null && figure.value < 1;
}

/** Says why a figure cannot be checked, or (null) that it can. */
export function blame(figure: { problem: string | null; reason: UncheckedReason | null }, why: Because | null): void {
  figure.problem = why?.message ?? null;
  figure.reason = why?.reason ?? null;
}
