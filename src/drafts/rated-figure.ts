/**
 * rated-figure: a draft's figure that agrees with a registry claim a fact-checker rated other than
 * accurate ("In March 2024, 9,999 migrants crossed", where the registry's 9,999 for March 2024 was
 * rated inaccurate). The registry may hold no other figure for that period, so no check finds
 * anything wrong with the draft: the figure agrees with the registry, and only the verdict says it
 * should not be repeated as it stands.
 *
 * Lint's own, like `unchecked`: it reads a draft's claims beside the registry's verdicts, which no
 * Check sees, and it is run after the checks, since a figure whose finding already cites the
 * verdict is not reported twice. Its own module, so the list of check ids (src/config/check-ids.ts)
 * can name it without importing lint.ts.
 */
import { docsPath, formatMessage, SEVERITY_RANK, type CheckMeta, type Severity } from '../checks/types.js';
import type { Claim, Registry, Verdict } from '../model/types.js';
import type { DraftFigure } from '../reader/read.js';
import { citeVerdicts } from '../verdicts/cite.js';
import type { Draft } from './draft.js';
import type { PendingFinding } from './report.js';

const ID = 'rated-figure';

export const RATED_FIGURE: CheckMeta = {
  id: ID,
  description: 'A figure of the draft that agrees with a registry claim a fact-checker rated other than accurate: an error for a figure rated inaccurate, a warning for one rated outdated, misleading or unsupported.',
  // The most it reports: a figure rated inaccurate. Outdated, misleading and unsupported are warnings.
  severity: 'error',
  docs: docsPath(ID),
  messages: {
    // {{verdicts}}: " 004's 8,456 was rated inaccurate on 2026-12-03 by … (claims/verdicts.yaml:10:13)." for each.
    rated: '{{metric}} for {{period}}: "{{figure}}" agrees with a registry figure a fact-checker has rated below accurate.{{verdicts}}',
  },
};

/** What rated-figure needs of lint: the verdicts a draft claim repeats, decided as lint decides agreement. */
export interface RatedLookup {
  readonly registry: Registry;
  /**
   * The verdicts, other than accurate, on the registry claims of the claim's metric and period
   * that its figure agrees with, when it agrees with none of the figures they leave standing.
   */
  repeats(claim: Claim): readonly Verdict[];
  /** The figure's metric or period was read from context: the finding is a warning, never an error. */
  fromContext(figure: DraftFigure): boolean;
  /** The sources of registry claims, as a finding's agreesWith names them: "ref-snm-2024-12-18 (reference)". */
  sourcesOf(claims: readonly Claim[]): string[];
}

/**
 * Inaccurate ("the record says otherwise") fails the draft. Outdated, misleading and unsupported
 * say the figure is not wrong as a number, or cannot be shown wrong: a writer may have a reason to
 * use it (with its date, its base, its attribution), so they warn.
 */
function severityFor(verdict: Verdict, fromContext: boolean): Severity {
  return verdict.rating === 'inaccurate' && !fromContext ? 'error' : 'warning';
}

/** Whether a finding shown at `figure` already cites `verdict` at least as hard as rated-figure would. */
function citedAlready(shown: readonly PendingFinding[], figure: DraftFigure, verdict: Verdict, severity: Severity): boolean {
  return shown.some((finding) => finding.at === figure && finding.cites?.includes(verdict) === true && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[severity]);
}

/**
 * The verdicts each figure of `draft` repeats, by figure: a figure the reader made two claims of
 * (a total and its rate) is one place in the draft, and gets one finding.
 */
function repeatedByFigure(draft: Draft, lookup: RatedLookup): Map<DraftFigure, { claim: Claim; verdicts: Set<Verdict> }> {
  const byFigure = new Map<DraftFigure, { claim: Claim; verdicts: Set<Verdict> }>();
  for (const claim of draft.claims) {
    const verdicts = lookup.repeats(claim);
    if (verdicts.length === 0) continue;
    const figure = draft.figureOf.get(claim)!;
    const entry = byFigure.get(figure);
    if (entry) for (const verdict of verdicts) entry.verdicts.add(verdict);
    else byFigure.set(figure, { claim, verdicts: new Set(verdicts) });
  }
  return byFigure;
}

/**
 * One finding per figure of `draft` that agrees with rated registry claims, citing each verdict
 * not already cited at that figure by a finding in `shown` (the draft's other findings, after the
 * config's severities and its ignore comments) of the same severity or higher.
 */
export function ratedFigureFindings(draft: Draft, lookup: RatedLookup, shown: readonly PendingFinding[]): PendingFinding[] {
  const out: PendingFinding[] = [];
  for (const [figure, { claim, verdicts }] of repeatedByFigure(draft, lookup)) {
    const fromContext = lookup.fromContext(figure);
    const uncited = [...verdicts].filter((verdict) => !citedAlready(shown, figure, verdict, severityFor(verdict, fromContext)));
    if (uncited.length === 0) continue;
    const severity = uncited.some((verdict) => severityFor(verdict, fromContext) === 'error') ? 'error' : 'warning';
    const data = { metric: claim.metric.id, period: claim.period!.text, figure: figure.text, verdicts: citeVerdicts(lookup.registry, uncited) };
    out.push({
      check: ID,
      severity,
      messageId: 'rated',
      message: formatMessage(RATED_FIGURE.messages.rated!, data),
      at: figure,
      draft,
      cites: uncited,
      claims: [{ claim, role: 'figure' }, ...uncited.map((verdict) => ({ claim: verdict.claim!, role: 'rated' }))],
      agreesWith: lookup.sourcesOf(uncited.map((verdict) => verdict.claim!)),
      disagreesWith: [],
    });
  }
  return out;
}
