/**
 * The model the checks work on: sources, their claims and the metric catalogue, with every figure
 * already read into an interval and every period into days. Built once by the registry loader;
 * nothing downstream reads YAML again.
 */
import type { Hedge, Interval, Language } from './figure.js';
import type { Period } from './period.js';

export type MetricKind = 'flow' | 'rate' | 'level' | 'percentage' | 'money' | 'date';
export type RateUnit = 'hour' | 'day' | 'week' | 'month' | 'year';
export type RateBasis = 'average' | 'peak' | 'spot';
export type ComparisonKind = 'ratio' | 'difference' | 'percent-change' | 'change';

export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface MetricFrame {
  readonly counts: readonly string[];
  readonly actions: readonly string[];
  /** Actions that count only where the sentence itself names the place. */
  readonly localActions: readonly string[];
  readonly places: readonly string[];
  /**
   * Larger places the frame's place lies in ("Panama"): a sentence that names only one of them
   * ("in transit through Panama") names no other place, so its place still comes from context.
   */
  readonly within: readonly string[];
}

export interface Metric {
  readonly id: string;
  readonly counts: string;
  readonly kind: MetricKind;
  readonly unit: string | null;
  readonly place: string;
  readonly phrases: readonly string[];
  /** Words that say a figure counts this metric: see src/reader/frames.ts and docs/registry.md. */
  readonly frame: MetricFrame | null;
  readonly rateOf: string | null;
  readonly per: RateUnit | null;
  /**
   * A rate of no period in particular (`typical: true`, "10,000 in a normal year"): the reader
   * gives it only where its own phrases are, not to a figure "a year" of a named period.
   */
  readonly typical?: boolean;
  /**
   * What one event gave, put up or counted (`once: true`: the boats handed over in May 2025, the
   * wire strung by July 2024): a figure with no period of its own is held to that event's, as the
   * registry dates it, not taken as of the page date.
   */
  readonly once?: boolean;
  /** The day of an event the catalogue defines by it (`date:`), checked by event-date. */
  readonly date?: Period | null;
  /** The day a person was born (`born:`), for an age in years: checked by age. */
  readonly born?: Period | null;
  readonly file: string;
  /**
   * A rate the reader derives from a flow ("crossings a month") where the catalogue lists none for
   * that unit: checked like any rate, but not the registry's, so `extract` proposes no id for it.
   */
  readonly derived?: boolean;
}

export interface Republication {
  readonly outlet: string;
  readonly author: string | null;
  readonly date: string | null;
  readonly note: string | null;
  /** The registry source this copies, when it is in the registry. */
  readonly sourceId: string | null;
}

export interface Source {
  readonly id: string;
  readonly kind: 'article' | 'reference';
  readonly outlet: string;
  readonly outletInferredFrom: string | null;
  readonly title: string;
  readonly author: string;
  readonly pageDate: Period;
  readonly pageDateAsShown: string | null;
  readonly pageDateInferred: boolean;
  readonly pageDateNote: string | null;
  readonly republishedFrom: Republication | null;
  readonly language: Language;
  /** Path of the archived text as written in the YAML, and the text itself (null if unreadable). */
  readonly textPath: string;
  readonly text: string | null;
  /** The page's address, when the registry gives it (drafts have none). */
  readonly url?: string | null;
  readonly file: string;
}

export interface Quantity {
  readonly value: number;
  /** What the figure as written reads as (null when no number can be read in it). */
  readonly read: number | null;
  readonly step: number;
  readonly hedge: Hedge;
  readonly interval: Interval;
  /** True when `interval` was written in the registry rather than derived. */
  readonly intervalOverridden: boolean;
  readonly unit: string;
  readonly per: RateUnit | null;
  readonly basis: RateBasis | null;
}

export interface Comparison {
  readonly kind: ComparisonKind;
  readonly direction: 'increase' | 'decrease' | null;
  /** Claim id of the compared figure (for `change`, defaults to the claim itself). */
  readonly subject: string | null;
  readonly baseline: string | null;
  readonly baselinePeriod: Period | null;
}

export interface Claim {
  readonly id: string;
  readonly source: Source;
  readonly quote: string;
  readonly figure: string;
  /** Null for the date of an event, whose figure is its period. */
  readonly quantity: Quantity | null;
  readonly metric: Metric;
  readonly place: string;
  /** Null when the registry says `unknown`. */
  readonly period: Period | null;
  /**
   * A draft figure whose period is only vague ("early 2022"): the span it surely lies within. Its
   * `period` is null, so no check takes it for exact; magnitude and rate-unit hold it to the span.
   */
  readonly within?: Period;
  /**
   * With `within`, a running total ("by mid-July of last year, about 180,000"): from this day to a
   * day inside `within`. figure-conflict holds it to a figure from the same day to any day there.
   */
  readonly runsFrom?: number;
  /** A draft's rate said to be an average ("averaged 2,461 a day", "on average"), not only read as one. */
  readonly averageSaid?: boolean;
  readonly periodWords: string;
  /**
   * A draft's date of a term's start or end ("since December 2020", "left office on Oct. 10"): its
   * period is that day, checked against the first or last day of the term the catalogue dates.
   */
  readonly bound?: 'start' | 'end';
  readonly attribution: readonly string[];
  readonly comparison: Comparison | null;
  readonly note: string | null;
  readonly file: string;
  /** Position of the claim in its file's `claims:` list, for locating its fields. */
  readonly index: number;
}

export type Rating = 'accurate' | 'outdated' | 'misleading' | 'unsupported' | 'inaccurate';

/** A finding of `darien check` a verdict settles: its check, and the claims beside the rated one. */
export interface Settles {
  readonly check: string;
  readonly with: readonly string[];
  /** The figures the verdict weighed claims of `with` at, where it says: a change leaves it stale. */
  readonly seen: ReadonlyMap<string, string>;
}

/**
 * A fact-checker's decision on a claim (docs/registry.md, "Verdicts"). Ids are kept as written:
 * a claim it rates or settles against may have left the registry since (a stale verdict, which
 * `darien check` reports); its evidence must be in the registry (the loader's problem).
 */
export interface Verdict {
  readonly claimId: string;
  /** The rated claim, or null when it is no longer in the registry. */
  readonly claim: Claim | null;
  /** The figure as rated. */
  readonly figure: string;
  readonly rating: Rating;
  readonly by: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly reasoning: string;
  readonly evidence: readonly string[];
  readonly settles: readonly Settles[];
  readonly url: string | null;
  readonly note: string | null;
  readonly file: string;
  /** Position in its file's `verdicts:` list, for locating its fields. */
  readonly index: number;
}

export interface Registry {
  readonly root: string;
  readonly files: readonly string[];
  readonly metrics: ReadonlyMap<string, Metric>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly claims: readonly Claim[];
  readonly claimsById: ReadonlyMap<string, Claim>;
  /** The fact-checkers' verdicts, in file order. */
  readonly verdicts: readonly Verdict[];
  /** Raw text of each YAML file, kept so findings can be located without parsing again. */
  readonly fileTexts: ReadonlyMap<string, string>;
}

/** The outlet a reader would credit: the original outlet for a republished copy. */
export function originOf(source: Source): string {
  return source.republishedFrom?.sourceId ?? source.republishedFrom?.outlet ?? source.outlet;
}

/** article ← AP ← SENAFRONT */
export function attributionChain(claim: Claim): string {
  const head = claim.source.outlet === 'unknown' ? `source ${claim.source.id}` : claim.source.outlet;
  return [head, ...claim.attribution].join(' ← ');
}
