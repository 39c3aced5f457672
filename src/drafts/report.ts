/**
 * checks → lint report: the findings that involve a draft, located at the figure in the draft,
 * with the registry claims they set it against (and their citations), sorted and counted.
 *
 * The shapes are report.ts's own (ReportedFinding, ReportedClaim, Summary), so the table and JSON
 * formatters print a lint report as they print `darien check`'s; a draft finding adds the sentence,
 * the figure, and which sources the draft agrees and disagrees with.
 */
import { SEVERITY_RANK, type Severity } from '../checks/types.js';
import { formatInterval } from '../model/figure.js';
import type { Claim, Location, Registry, Verdict } from '../model/types.js';
import { ClaimLocator, compareFindings, reportClaim, type Report, type ReportedClaim, type ReportedFinding, type Summary } from '../report.js';
import type { Draft } from './draft.js';
import type { DraftFigure } from '../reader/read.js';

export interface DraftFinding extends ReportedFinding {
  /** The draft's sentence and the figure as written. */
  readonly sentence: string;
  readonly figure: string;
  /** Registry sources the draft agrees with, and those it does not (for a divided registry). */
  readonly agreesWith: readonly string[];
  readonly disagreesWith: readonly string[];
}

export interface DraftSummary extends Summary {
  /** Findings an inline `darien-ignore` comment removed. */
  readonly ignored: number;
  /** Figures read that could not be checked (counted among the infos). */
  readonly unchecked: number;
}

export interface LintReport extends Report {
  readonly findings: readonly DraftFinding[];
  readonly summary: DraftSummary;
  readonly drafts: ReadonlyArray<{ readonly path: string; readonly date: string | null; readonly dateFrom: string | null; readonly figures: number; readonly claims: number }>;
}

/** A finding before it is located and counted. */
export interface PendingFinding {
  readonly check: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  /** The draft's claim (or unchecked figure) first, then the claims it is set against. */
  readonly at: DraftFigure;
  readonly draft: Draft;
  readonly claims: ReadonlyArray<{ readonly claim: Claim | null; readonly figure?: DraftFigure; readonly role: string }>;
  readonly agreesWith: readonly string[];
  readonly disagreesWith: readonly string[];
  /** The verdicts its message cites on registry figures the draft repeats (src/verdicts/cite.ts): not cited again as set against it, nor by rated-figure. */
  readonly cites?: readonly Verdict[];
  /** The verdicts, other than accurate, on registry figures it sets the draft against: lint cites them once the finding is whole. */
  readonly ratedAgainst?: readonly Verdict[];
}

function draftClaimReport(figure: DraftFigure, draft: Draft, role: string): ReportedClaim {
  const location: Location = { file: draft.path, line: figure.line, column: figure.column };
  const s = draft.source;
  return {
    id: `${draft.path}:${figure.line}:${figure.column}`,
    role,
    figure: figure.text,
    value: figure.value,
    range: figure.interval ? formatInterval(figure.interval, figure.unit === 'people' || figure.unit === null) : null,
    interval: figure.interval ? [figure.interval[0], Number.isFinite(figure.interval[1]) ? figure.interval[1] : null] : null,
    unit: figure.unit,
    per: figure.per,
    metric: figure.metric?.id ?? 'unknown',
    place: figure.metric?.place ?? 'unknown',
    period: figure.period?.text ?? null,
    periodWords: figure.periodWords ?? '',
    quote: figure.quote.replace(/\s+/g, ' ').trim(),
    attribution: [s.title, ...figure.attribution].join(' ← '),
    citation: `draft ${draft.path}, "${s.title}", ${draft.date ? draft.date.text : 'undated'}`,
    source: {
      id: s.id,
      kind: 'article',
      outlet: s.outlet,
      title: s.title,
      author: s.author,
      pageDate: draft.date ? draft.date.text : 'undated',
      pageDateInferred: false,
      republishedFrom: null,
    },
    location,
  };
}

export interface BuildOptions {
  readonly registry: Registry;
  readonly drafts: readonly Draft[];
  readonly minSeverity: Severity;
  readonly ignored: number;
  readonly skippedChecks: readonly string[];
}

export function buildLintReport(pending: readonly PendingFinding[], options: BuildOptions): LintReport {
  const locator = new ClaimLocator(options.registry);
  const floor = SEVERITY_RANK[options.minSeverity];
  const counts = { error: 0, warning: 0, info: 0 };
  let hidden = 0;
  let unchecked = 0;
  const shown: DraftFinding[] = [];
  for (const finding of pending) {
    counts[finding.severity]++;
    if (finding.check === 'unchecked') unchecked++;
    if (SEVERITY_RANK[finding.severity] < floor) {
      hidden++;
      continue;
    }
    const claims = finding.claims.map(({ claim, figure, role }) => {
      if (claim && claim.source.id.startsWith('draft:')) {
        const draft = options.drafts.find((d) => d.source === claim.source)!;
        return draftClaimReport(draft.figureOf.get(claim)!, draft, role);
      }
      if (claim) return reportClaim(claim, role, locator.locate(claim, 'id'));
      return draftClaimReport(figure!, finding.draft, role);
    });
    const at = finding.at;
    shown.push({
      check: finding.check,
      severity: finding.severity,
      messageId: finding.messageId,
      message: finding.message,
      // The end from the figure's end offset, not its length: "Over one\nmillion" ends on the next line.
      location: { file: finding.draft.path, line: at.line, column: at.column, end: finding.draft.read.lines.locate(at.end) },
      claims,
      sentence: at.quote.replace(/\s+/g, ' ').trim(),
      figure: at.text,
      agreesWith: finding.agreesWith,
      disagreesWith: finding.disagreesWith,
    });
  }
  shown.sort(compareFindings);
  return {
    findings: shown,
    summary: {
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      hidden,
      claims: options.drafts.reduce((n, d) => n + new Set(d.figureOf.values()).size, 0),
      sources: options.drafts.length,
      files: options.drafts.length,
      skippedChecks: options.skippedChecks,
      ignored: options.ignored,
      unchecked,
    },
    minSeverity: options.minSeverity,
    drafts: options.drafts.map((d) => ({ path: d.path, date: d.date?.text ?? null, dateFrom: d.dateFrom, figures: d.read.figures.length, claims: new Set(d.figureOf.values()).size })),
  };
}

/** Exit code: 1 with errors, or with more warnings shown than `maxWarnings` allows (−1: any number). */
export function lintExitCode(report: LintReport, maxWarnings = -1): 0 | 1 {
  if (report.summary.errors > 0) return 1;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  return maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
}

