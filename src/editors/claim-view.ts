/**
 * A claim as the editors' commands show it: the report's plain data (figure, period, citation,
 * attribution chain, quote) plus where the figure sits in the quote, so every format can highlight
 * it, and what a comparison is measured against. Formatters read only this, never the model.
 */
import type { Claim, Registry } from '../model/types.js';
import { ClaimLocator, reportClaim, reportVerdict, type ReportedClaim, type ReportedVerdict } from '../report.js';
import { verdictOn } from '../verdicts/current.js';

export interface ClaimView extends ReportedClaim {
  /** Where the figure as written sits in the quote: [start, end) in UTF-16 units, or null. */
  readonly highlight: readonly [number, number] | null;
  /** "difference, decrease against 2023-07-01/2023-07-17"; null for a plain figure. */
  readonly comparison: string | null;
  /** The fact-checker's verdict on the claim, when one stands (docs/registry.md, "Verdicts"). */
  readonly verdict: ReportedVerdict | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Compiled once: a unicode-property pattern costs about a third of a millisecond to build, which
// per claim was most of the time `darien claims` took.
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The figure's place in its quote. A match standing alone is preferred, so that "10" is found in
 * "only 10 people", not inside "2,100".
 */
export function findFigure(quote: string, figure: string): [number, number] | null {
  const trimmed = figure.trim();
  if (trimmed === '') return null;
  // Quotes may differ from the figure in white space (the registry allows it).
  const pattern = new RegExp(trimmed.split(/\s+/).map(escapeRegExp).join('\\s+'), 'gi');
  let first: [number, number] | null = null;
  for (const match of quote.matchAll(pattern)) {
    const span: [number, number] = [match.index, match.index + match[0].length];
    if (!WORD_CHAR.test(quote.charAt(span[0] - 1)) && !WORD_CHAR.test(quote.charAt(span[1]))) return span;
    first ??= span;
  }
  return first;
}

export function describeComparison(claim: Claim, registry: Registry): string | null {
  const comparison = claim.comparison;
  if (!comparison) return null;
  const direction = comparison.direction ? `, ${comparison.direction}` : '';
  const baseline =
    comparison.baselinePeriod?.text ??
    (comparison.baseline ? (registry.claimsById.get(comparison.baseline)?.period?.text ?? comparison.baseline) : null);
  return `${comparison.kind}${direction}${baseline ? ` against ${baseline}` : ''}`;
}

/** Builds views, sharing one locator so each YAML file is indexed once. */
export class ClaimViewer {
  private readonly locator: ClaimLocator;

  constructor(private readonly registry: Registry) {
    this.locator = new ClaimLocator(registry);
  }

  view(claim: Claim, role: string): ClaimView {
    return {
      ...reportClaim(claim, role, this.locator.locate(claim, 'id')),
      highlight: findFigure(claim.quote, claim.figure),
      comparison: describeComparison(claim, this.registry),
      verdict: this.verdict(claim),
    };
  }

  private verdict(claim: Claim): ReportedVerdict | null {
    const verdict = verdictOn(this.registry, claim);
    return verdict ? reportVerdict(verdict, this.locator) : null;
  }
}

/** Claims in the order editors read them: by period, then by the date of the page, then id. */
export function byPeriodThenPage(a: Claim, b: Claim): number {
  const pa = a.period;
  const pb = b.period;
  if (pa === null || pb === null) {
    if (pa !== pb) return pa === null ? 1 : -1;
  } else if (pa.start !== pb.start || pa.end !== pb.end) {
    return pa.start - pb.start || pa.end - pb.end;
  }
  return a.source.pageDate.start - b.source.pageDate.start || a.id.localeCompare(b.id);
}
