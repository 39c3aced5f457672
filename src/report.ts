/**
 * checks → report: findings become plain data with their locations resolved, sorted and counted.
 * Formatters read only this; they never see the model, so every format says the same thing.
 */
import { SEVERITY_RANK, type Finding, type Severity } from './checks/types.js';
import { formatInterval } from './model/figure.js';
import { attributionChain, type Claim, type Location, type Registry, type Source, type Verdict } from './model/types.js';
import { TextLocator } from './registry/locate.js';
import { compareLocale } from './text/collate.js';
import { isCount } from './checks/shared.js';

export interface ReportedSource {
  readonly id: string;
  readonly kind: 'article' | 'reference';
  readonly outlet: string;
  readonly title: string;
  readonly author: string;
  readonly pageDate: string;
  readonly pageDateInferred: boolean;
  readonly republishedFrom: string | null;
}

export interface ReportedClaim {
  readonly id: string;
  readonly role: string;
  readonly figure: string;
  readonly value: number | null;
  /** "= 11,363", "500,000 – 550,000", or null for a date. */
  readonly range: string | null;
  readonly interval: readonly [number, number | null] | null;
  readonly unit: string | null;
  readonly per: string | null;
  readonly metric: string;
  readonly place: string;
  readonly period: string | null;
  readonly periodWords: string;
  readonly quote: string;
  readonly attribution: string;
  readonly citation: string;
  readonly source: ReportedSource;
  readonly location: Location;
}

/**
 * Where a finding is. `end` is just past the last character of the figure (its column exclusive,
 * as SARIF's and GitHub's endColumn are): a figure can wrap onto the next line, so its end cannot
 * be worked out from the start and its length. Only a draft finding knows it; a registry finding
 * points at a YAML field and has none.
 */
export interface ReportedLocation extends Location {
  readonly end?: { readonly line: number; readonly column: number };
}

/** A fact-checker's verdict as reports show it (docs/registry.md, "Verdicts"). */
export interface ReportedVerdict extends Pick<Verdict, 'figure' | 'rating' | 'by' | 'date' | 'reasoning' | 'evidence' | 'url'> {
  /** The rated claim's id. */
  readonly claim: string;
  /** Where the verdict's rating is written. */
  readonly location: Location;
}

export interface ReportedFinding {
  readonly check: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly location: ReportedLocation;
  readonly claims: readonly ReportedClaim[];
  /** A finding a verdict settles: reported as info, with the severity the check gave it. */
  readonly settled?: { readonly severity: Severity; readonly verdict: ReportedVerdict };
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Of the info findings, those a verdict settles (each also counted in `infos`). */
  readonly settled?: number;
  /** Findings below the severity floor, counted but not listed. */
  readonly hidden: number;
  readonly claims: number;
  readonly sources: number;
  readonly files: number;
  /** Checks not run because all they report is below the severity floor. */
  readonly skippedChecks: readonly string[];
  /** With --changed-since: findings left out because they are on lines the change did not touch. */
  readonly outsideChanges?: number;
}

export interface Report {
  readonly findings: readonly ReportedFinding[];
  readonly summary: Summary;
  readonly minSeverity: Severity;
}

// A source's citation and its reported form are the same for each of its claims: made once per
// source. In a large archive the same sources recur across thousands of findings.
const citations = new WeakMap<Source, string>();
const reportedSources = new WeakMap<Source, ReportedSource>();

/** "The Epoch Times, 'Blinken signs…', 2022-04-20 (inferred)" */
export function citationOf(claim: Claim): string {
  let citation = citations.get(claim.source);
  if (citation === undefined) citations.set(claim.source, (citation = citeSource(claim.source)));
  return citation;
}

function citeSource(s: Source): string {
  const outlet = s.outlet === 'unknown' ? `unknown outlet (source ${s.id})` : s.outlet;
  const date = `${s.pageDate.text}${s.pageDateInferred ? ' (date inferred)' : ''}`;
  const copy = s.republishedFrom ? `, republished from ${s.republishedFrom.outlet}` : '';
  return `${outlet}, "${s.title}", ${date}${copy}`;
}

export class ClaimLocator {
  private readonly locators = new Map<string, TextLocator>();

  constructor(private readonly registry: Registry) {}

  locate(claim: Claim, field: string): Location {
    return this.locateIn(claim.file, ['claims', claim.index, field]);
  }

  /** A key path in a registry file: a claim's field, or a verdict's. */
  locateIn(file: string, path: ReadonlyArray<string | number>): Location {
    let locator = this.locators.get(file);
    if (!locator) {
      locator = new TextLocator(this.registry.fileTexts.get(file) ?? '');
      this.locators.set(file, locator);
    }
    const { line, column } = locator.locate(path);
    return { file, line, column };
  }
}

export function reportVerdict(verdict: Verdict, locator: ClaimLocator): ReportedVerdict {
  return {
    claim: verdict.claimId,
    figure: verdict.figure,
    rating: verdict.rating,
    by: verdict.by,
    date: verdict.date,
    reasoning: verdict.reasoning,
    evidence: verdict.evidence,
    url: verdict.url,
    location: locator.locateIn(verdict.file, ['verdicts', verdict.index, 'rating']),
  };
}

export function reportClaim(claim: Claim, role: string, location: Location): ReportedClaim {
  const q = claim.quantity;
  const s = claim.source;
  return {
    id: claim.id,
    role,
    figure: claim.figure,
    value: q?.value ?? null,
    range: q ? formatInterval(q.interval, isCount(claim)) : null,
    interval: q ? [q.interval[0], Number.isFinite(q.interval[1]) ? q.interval[1] : null] : null,
    unit: q?.unit ?? null,
    per: q?.per ?? null,
    metric: claim.metric.id,
    place: claim.place,
    period: claim.period?.text ?? null,
    periodWords: claim.periodWords,
    quote: claim.quote,
    attribution: attributionChain(claim),
    citation: citationOf(claim),
    source: reportedSource(s),
    location,
  };
}

function reportedSource(s: Source): ReportedSource {
  let reported = reportedSources.get(s);
  if (reported === undefined) {
    reported = {
      id: s.id,
      kind: s.kind,
      outlet: s.outlet,
      title: s.title,
      author: s.author,
      pageDate: s.pageDate.text,
      pageDateInferred: s.pageDateInferred,
      republishedFrom: s.republishedFrom?.outlet ?? null,
    };
    reportedSources.set(s, reported);
  }
  return reported;
}

/** Stable order for diffs and CI logs: most severe first, then by file, line, column, check. */
export function compareFindings(a: Pick<ReportedFinding, 'severity' | 'location' | 'check'>, b: Pick<ReportedFinding, 'severity' | 'location' | 'check'>): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareLocale(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareLocale(a.check, b.check)
  );
}

export function buildReport(registry: Registry, findings: readonly Finding[], minSeverity: Severity = 'info', skippedChecks: readonly string[] = []): Report {
  const locator = new ClaimLocator(registry);
  const floor = SEVERITY_RANK[minSeverity];
  const counts = { error: 0, warning: 0, info: 0 };
  let hidden = 0;
  let settled = 0;
  const shown: ReportedFinding[] = [];
  for (const finding of findings) {
    counts[finding.severity]++;
    if (finding.settled) settled++;
    // A settled finding is shown where the check's own finding would have been: settling a
    // conflict must not make it vanish from the default report.
    if (SEVERITY_RANK[finding.settled?.severity ?? finding.severity] < floor) {
      hidden++;
      continue;
    }
    const claims = finding.claims.map(({ claim, role }, i) =>
      reportClaim(claim, role, locator.locate(claim, i === 0 ? finding.field : 'id')),
    );
    shown.push({
      check: finding.check,
      severity: finding.severity,
      messageId: finding.messageId,
      message: finding.message,
      location: finding.at ? locator.locateIn(finding.at.file, finding.at.path) : claims[0]!.location,
      claims,
      ...(finding.settled ? { settled: { severity: finding.settled.severity, verdict: reportVerdict(finding.settled.verdict, locator) } } : {}),
    });
  }
  shown.sort(compareFindings);
  return {
    findings: shown,
    summary: {
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      settled,
      hidden,
      claims: registry.claims.length,
      sources: registry.sources.size,
      files: registry.files.length,
      skippedChecks,
    },
    minSeverity,
  };
}

export function exitCodeOf(report: Report): 0 | 1 {
  return report.summary.errors > 0 ? 1 : 0;
}
