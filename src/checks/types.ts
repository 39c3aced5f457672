/**
 * The shape of a cross-check, after ESLint's rules: `meta` says what it is (id, description,
 * default severity, docs page, message table), `run` reads the model and reports. Wording lives in
 * `messages`, keyed by id, never in the logic.
 */
import type { Claim, Registry, Verdict } from '../model/types.js';
import type { ClaimIndex } from './claim-index.js';
import type { DraftFigure } from '../reader/record.js';
import type { Restatement } from '../reader/restated.js';
import type { Remeasured } from '../reader/measures.js';
import type { Refared } from '../reader/fares.js';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** The claim field a finding points at, for its file:line:column. */
export type ClaimField = 'id' | 'quote' | 'figure' | 'value' | 'period' | 'period_words' | 'metric' | 'comparison';

export interface FindingClaim {
  readonly claim: Claim;
  /** What this claim is in the finding: "stated", "reference", "part", "whole", "rate", … */
  readonly role: string;
}

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  /** The claim the finding is located at comes first. */
  readonly claims: readonly FindingClaim[];
  readonly field: ClaimField;
  readonly data: Readonly<Record<string, string | number>>;
  /** Set when a fact-checker's verdict settles the finding (src/verdicts/settle.ts): its severity was this. */
  readonly settled?: { readonly severity: Severity; readonly verdict: Verdict };
  /** Where a finding about a verdict is, when it is not at a claim: the verdict's file and key path. */
  readonly at?: { readonly file: string; readonly path: ReadonlyArray<string | number> };
}

export interface CheckMeta {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  /** Path of the docs page, relative to the repository. */
  readonly docs: string;
  readonly messages: Readonly<Record<string, string>>;
}

export interface ReportInput {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly claims: readonly FindingClaim[];
  readonly field?: ClaimField;
  /** Overrides the check's default severity for this finding. */
  readonly severity?: Severity;
}

export interface CheckContext {
  readonly registry: Registry;
  readonly index: ClaimIndex;
  report(input: ReportInput): void;
}

export interface Check {
  readonly meta: CheckMeta;
  run(context: CheckContext): void;
}

/** Fills "{{name}}" placeholders, as ESLint's messages do. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** What every check's report fills in alike: its id, the severity, the message from its table. */
export function findingHead(meta: CheckMeta, input: { readonly messageId: string; readonly data?: Readonly<Record<string, string | number>>; readonly severity?: Severity }): { check: string; severity: Severity; messageId: string; message: string } {
  return { check: meta.id, severity: input.severity ?? meta.severity, messageId: input.messageId, message: formatMessage(meta.messages[input.messageId] ?? input.messageId, input.data ?? {}) };
}

export function docsPath(id: string): string {
  return `docs/checks/${id}.md`;
}

/**
 * A comparison of a draft whose two sides are figures of that draft ("113 patients in 2023, nearly
 * three times the 40 of 2022"), set out for a draft check: the registry's comparison check cannot
 * weigh it when a side is no claim of a catalogue metric.
 */
export interface OwnComparison {
  readonly figure: DraftFigure;
  readonly kind: 'ratio' | 'difference' | 'percent-change';
  readonly direction: 'increase' | 'decrease' | null;
  readonly subject: DraftFigure;
  readonly baseline: DraftFigure;
  /** A side was taken from another sentence, or looked up by its period: the pairing may be the reader's mistake. */
  readonly fromContext: boolean;
}

/**
 * A figure the reader counted as part of a group the same sentence numbers ("Of the 3,091 who
 * crossed, 1,500 were …", "3,500 of the 3,091 people", "3,091 people, 3,500 of whom …").
 */
export interface OwnPart {
  readonly part: DraftFigure;
  readonly group: DraftFigure;
}

export interface DraftReportInput {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** The wrong figure: the finding is at it. */
  readonly at: DraftFigure;
  /** The draft's other figures it is set against, each with its role. */
  readonly against: ReadonlyArray<{ readonly figure: DraftFigure; readonly role: string }>;
  readonly severity?: Severity;
}

export interface DraftCheckContext {
  /** Figures that refer back to an earlier one of the draft (src/reader/restated.ts). */
  readonly restatements: readonly Restatement[];
  /** Figures whose digits are an earlier one's in another order, counting the same thing (src/reader/transposed.ts). */
  readonly transpositions: readonly Restatement[];
  /** Figures that give again, at a value far from it, what a place is: its beds, its people, its length (src/reader/measures.ts). */
  readonly remeasured: readonly Remeasured[];
  /** Fares given again, at a value far from it, for the same leg: one seat's price (src/reader/fares.ts). */
  readonly fares: readonly Refared[];
  /** Comparisons between the draft's own figures that no registry check weighs. */
  readonly comparisons: readonly OwnComparison[];
  /** Parts of a group the same sentence numbers: a part cannot be more than its group. */
  readonly parts: readonly OwnPart[];
  report(input: DraftReportInput): void;
}

/**
 * A check of one draft's figures against each other, where the registry holds none of them: lint
 * runs it on each draft beside the registry's checks, and `darien check` never (a registry has no
 * draft). Same meta as a Check: an id, severity, docs page and messages.
 */
export interface DraftCheck {
  readonly meta: CheckMeta;
  run(context: DraftCheckContext): void;
}
