/**
 * `darien lint`: a draft's figures become a source of their own and go through the registry's
 * cross-checks, the same modules `darien check` runs, against the registry and against each other.
 *
 * What comes out is then read from the draft's side:
 * - only findings that involve a draft's claim are kept, and each is located at that figure;
 * - where the registry disagrees with itself (an article against a reference figure), a draft that
 *   takes the better-supported side is not failed for it: the finding becomes info and says which
 *   sources the draft agrees with and which it does not (`judgeSides` below);
 * - figures that could not be checked are reported as `unchecked` (info), never guessed;
 * - a verdict on a registry figure a finding involves is cited in it; a figure that repeats a rated
 *   figure and gets no finding citing its verdict is reported as `rated-figure` (rated-figure.ts);
 * - inline `<!-- darien-ignore -->` comments are applied last.
 */
import { ClaimIndex, seriesKey, seriesKeyOf } from '../checks/claim-index.js';
import { CHECKS, DRAFT_CHECKS, runChecks } from '../checks/index.js';
import { computeComparison, stated } from '../checks/rules/comparison.js';
import { formatNumber, intervalsOverlap, type Language } from '../model/figure.js';
import { countIndependent, independentKey, listSources } from '../checks/shared.js';
import { findingHead, formatMessage, SEVERITY_RANK, type Check, type CheckMeta, type DraftCheck, type Finding, type FindingClaim, type Severity } from '../checks/types.js';
import type { Period } from '../model/period.js';
import type { Claim, Comparison, Metric, Registry, Source } from '../model/types.js';
import { InputError, sortProblems, type Problem } from '../registry/problems.js';
import { loadRegistry } from '../registry/load.js';
import type { OnProgress } from '../progress.js';
import { draftProblems, readDraft, type Draft, type DraftInput } from './draft.js';
import { collectDrafts, type ReadOptions } from './files.js';
import { isIgnored } from './ignore.js';
import { ownFigures } from './own-figures.js';
import { summedClaim, summedSide } from './summed-side.js';
import { buildCatalogue } from './metrics.js';
import { because, type Because } from '../reader/reasons.js';
import type { DraftFigure } from '../reader/read.js';
import type { SettledBy } from './own-figures.js';
import { buildLintReport, type LintReport, type PendingFinding } from './report.js';
import { UNCHECKED } from './unchecked.js';
import { belowFloor, runsAt, withSeverities, type Severities } from '../config/severity.js';
import { citeSetAgainst, citeVerdicts, discredited } from '../verdicts/cite.js';
import { RATED_FIGURE, ratedFigureFindings } from './rated-figure.js';
import { FIGURE_PERIOD, figureIndex, figurePeriodFindings } from './figure-period.js';
import type { Verdict } from '../model/types.js';

export { UNCHECKED } from './unchecked.js';

export interface LintOptions {
  readonly drafts: readonly DraftInput[];
  readonly registry: Registry;
  /** --date: the date of drafts whose front matter gives none. */
  readonly date?: Period | null;
  /** --language: how every draft's figures are written; by default each draft's own (front matter, or detected). */
  readonly language?: Language;
  readonly minSeverity?: Severity;
  /** Run only these checks (ids). */
  readonly checks?: readonly string[];
  /**
   * Check the drafts against each other too. Off by default: each draft answers for itself, and
   * linting a folder gives each draft the findings linting it alone would.
   */
  readonly crossDrafts?: boolean;
  /** Told as drafts are read and checked, and (lintPaths) as the registry is read. */
  readonly onProgress?: OnProgress;
  /** Per check id: off, or the severity its findings take (the config's `checks:`). */
  readonly severities?: Severities;
}

export interface LintResult {
  readonly report: LintReport;
  readonly drafts: readonly Draft[];
}

/**
 * Not run on drafts. quote-in-text: a draft's quotes are cut from the draft itself, so it can only
 * pass, and on a 1 MB draft its search costs seconds. figure-value: a draft's value is read from
 * its figure by the same reader the check would use.
 */
const NOT_FOR_DRAFTS = new Set(['quote-in-text', 'figure-value']);

export const LINT_CHECKS: readonly Check[] = CHECKS.filter((check) => !NOT_FOR_DRAFTS.has(check.meta.id));

/** Every check a lint report can name, for SARIF's rule list. */
export const LINT_RULES: readonly CheckMeta[] = [...LINT_CHECKS.map((check) => check.meta), ...DRAFT_CHECKS.map((check) => check.meta), UNCHECKED, RATED_FIGURE, FIGURE_PERIOD];

function needsDate(draft: Draft, figures: readonly DraftFigure[]): PendingFinding {
  const named = figures.slice(0, 5).map((figure) => `"${figure.text}" (line ${figure.line})`).join(', ') + (figures.length > 5 ? `, and ${figures.length - 5} more` : '');
  const data = { count: `${figures.length} figure${figures.length === 1 ? '' : 's'}`, were: figures.length === 1 ? 'was' : 'were', figures: named };
  return {
    check: UNCHECKED.id,
    severity: 'warning',
    messageId: 'needsDate',
    message: formatMessage(UNCHECKED.messages.needsDate!, data),
    at: figures[0]!,
    draft,
    claims: figures.map((figure) => ({ claim: null, figure, role: 'figure' })),
    agreesWith: [],
    disagreesWith: [],
  };
}

function isDraft(claim: Claim): boolean {
  return claim.source.id.startsWith('draft:');
}

function describeSource(source: Source): string {
  if (source.republishedFrom) return `${source.id} (copy of ${source.republishedFrom.outlet})`;
  return `${source.id} (${source.kind})`;
}

function sourcesOf(claims: Iterable<Claim>): string[] {
  return [...new Map([...claims].map((claim) => [claim.source.id, describeSource(claim.source)])).values()];
}

function referenceCount(claims: readonly Claim[]): number {
  return new Set(claims.filter((claim) => claim.source.kind === 'reference').map((claim) => independentKey(claim.source))).size;
}

/**
 * Whether the registry claims a draft agrees with outweigh those it disagrees with: a reference
 * figure outranks any number of articles unless a reference stands on the other side too, and
 * otherwise the side more independent sources state wins. A republished copy counts as its
 * original, not as a second source.
 */
export function outweighs(agree: readonly Claim[], disagree: readonly Claim[]): boolean {
  const refsFor = referenceCount(agree);
  const refsAgainst = referenceCount(disagree);
  if (refsFor > 0 && refsFor >= refsAgainst) return true;
  return refsAgainst === 0 && countIndependent(agree) > countIndependent(disagree);
}

/**
 * What lint looks up in the registry for a draft's comparison, and the verdicts it set aside to do
 * so: the note a finding on that comparison carries.
 */
interface Lookup {
  readonly figures: Claim[];
  readonly setAside: readonly Verdict[];
}

/**
 * The registry claims a comparison may stand against when the draft names only a period, best
 * first. Where the registry disagrees with itself and a verdict rates one side other than
 * accurate, that side is set aside for the other: a figure of the period no verdict discredits, or
 * else the parts the verdict settles with, when they tile the period ("8,964" for January–February
 * 2022 is SNM's 4,702 + 4,262, against 004's 8,456 rated inaccurate). With no other side, the
 * discredited figures stand, as before.
 */
function registryFigures(registry: Registry, index: ClaimIndex, metric: Metric, period: Period): Lookup {
  const series = index.series.get(seriesKeyOf(metric.id, metric.place, metric.unit ?? '', metric.per ? `${metric.per}:average` : ''));
  const all = series?.byPeriod.get(`${period.start}:${period.end}`);
  if (!all || all.length === 0) return { figures: [], setAside: [] };
  const setAside = registry.verdicts.length === 0 ? [] : all.flatMap((claim) => discredited(registry, claim) ?? []);
  const other = setAside.length === 0 ? all : standing(registry, all, period);
  if (other.length === 0) return { figures: rankFigures(all), setAside: [] };
  return { figures: rankFigures(other), setAside };
}

/** References first, then the figures more independent sources state; one claim per value (the same figure from two sources gives the same arithmetic). */
function rankFigures(group: readonly Claim[]): Claim[] {
  const backing = (claim: Claim): number => countIndependent(group.filter((other) => other.quantity!.value === claim.quantity!.value));
  const ranked = [...group].sort((a, b) => (b.source.kind === 'reference' ? 1 : 0) - (a.source.kind === 'reference' ? 1 : 0) || backing(b) - backing(a));
  return ranked.filter((claim, i) => ranked.findIndex((other) => other.quantity!.value === claim.quantity!.value) === i);
}

/**
 * The other side of a dispute a verdict settled against a figure of `period`: the claims its
 * `settles` names, when they are parts of the same flow that tile the period exactly, as one figure
 * (their sum). It is located at its first part; its id names every part.
 */
function settledParts(registry: Registry, verdicts: readonly Verdict[], period: Period): Claim[] {
  for (const verdict of verdicts) {
    for (const settled of verdict.settles) {
      const parts = settled.with.map((id) => registry.claimsById.get(id)).filter((claim): claim is Claim => claim?.quantity != null && claim.period != null);
      if (parts.length < 2 || parts.length !== settled.with.length || !parts.every((part) => seriesKey(part) === seriesKey(verdict.claim!))) continue;
      parts.sort((a, b) => a.period!.start - b.period!.start);
      const tiles = parts[0]!.period!.start === period.start && parts.at(-1)!.period!.end === period.end && parts.every((part, i) => i === 0 || part.period!.start === parts[i - 1]!.period!.end + 1);
      if (!tiles) continue;
      const total = (pick: (claim: Claim) => number): number => parts.reduce((sum, part) => sum + pick(part), 0);
      return [summedClaim(parts, period, [total((part) => part.quantity!.interval[0]), total((part) => part.quantity!.interval[1])])];
    }
  }
  return [];
}

/**
 * A rate's registry figures for a period, else its flow's totals for it ("ten times higher" than a
 * rate of 2016, where the registry holds 2022's total): the comparison check puts the total per
 * the rate's unit of time. With `sum`, a flow's period no figure states is the sum of the
 * registry's parts that tile it, where they do (summed-side.ts).
 */
function registryFiguresOrFlow(registry: Registry, index: ClaimIndex, metric: Metric, period: Period, sum = false): Lookup {
  const own = registryFigures(registry, index, metric, period);
  const flow = own.figures.length === 0 && metric.kind === 'rate' && metric.rateOf ? registry.metrics.get(metric.rateOf) : undefined;
  if (flow) return registryFigures(registry, index, flow, period);
  if (!sum || own.figures.length > 0 || metric.kind !== 'flow') return own;
  const summed = summedSide(index.series.get(seriesKeyOf(metric.id, metric.place, metric.unit ?? '', '')), period);
  return summed ? { figures: [summed], setAside: [] } : own;
}

/**
 * A ratio of a part of a period to the whole of it: "August to October made up more than two-thirds
 * of 2021's flow". Only such a share has a side summed from parts (summed-side.ts): a span set
 * against another ("no year from 2015 to 2020 reached a quarter of 2021's total", "more than 2017
 * and 2018 together") may mean each of its years, not their sum, and a difference after a comma
 * ("cruzaron 25.904, más que en 2017 y 2018 juntos") may be the count itself.
 */
function isShare(claim: Claim, whole: Period | null | undefined): boolean {
  const part = claim.period;
  return claim.comparison!.kind === 'ratio' && !!part && !!whole && whole.start <= part.start && part.end <= whole.end && (part.start !== whole.start || part.end !== whole.end);
}

/** Whether a stated comparison fits the arithmetic of two registry claims. */
function fits(claim: Claim, subject: Claim, baseline: Claim): boolean {
  const spec = claim.comparison!;
  if (spec.kind === 'change' || !claim.quantity || !subject.quantity || !baseline.quantity) return true;
  const actual = computeComparison(spec.kind, subject.quantity.interval, baseline.quantity.interval);
  return actual === null || intervalsOverlap(actual, stated(claim));
}

/**
 * A side of a comparison the draft gives itself that every registry figure of its metric and
 * period contradicts ("280,000 in 2022", then "the figure more than doubled in 2023"): that figure
 * is reported where it stands, and the comparison is checked against the registry's instead, so one
 * wrong figure is not a second finding on every sentence that leans on it. Null when it stands.
 */
function wrongInTheDraft(registry: Registry, index: ClaimIndex, side: Claim): Lookup | null {
  if (!isDraft(side) || !side.quantity || !side.period || side.comparison) return null;
  const lookup = registryFigures(registry, index, side.metric, side.period);
  if (lookup.figures.length === 0 || lookup.figures.some((claim) => intervalsOverlap(claim.quantity!.interval, side.quantity!.interval))) return null;
  return lookup;
}

/**
 * The figures of a period that are sides of a dispute: not a looser figure that holds a more
 * precise one ("over half a million" for 2023 holds 520,085 and 511,103; it agrees with both, and
 * arithmetic on its far end would pass a rise of 130% where the counts give 106 to 110%).
 */
function sidesOnly(figures: readonly Claim[]): Claim[] {
  const width = (claim: Claim): number => claim.quantity!.interval[1] - claim.quantity!.interval[0];
  const holds = (loose: Claim, precise: Claim): boolean => width(loose) > width(precise) && loose.quantity!.interval[0] <= precise.quantity!.interval[0] && precise.quantity!.interval[1] <= loose.quantity!.interval[1];
  const kept = figures.filter((claim) => !figures.some((other) => other !== claim && holds(claim, other)));
  return kept.length > 0 ? kept : [...figures];
}

/**
 * Fills in the figures a draft's comparison names only by period ("up 60 percent on 2021") from the
 * registry. Where the registry holds several figures for a period, the comparison is checked with
 * the pair it fits, if any: a draft is not wrong for doing its arithmetic on one side of a dispute.
 * Returned: the claims so filled (a finding on them stands whatever the registry's disputes), each
 * with the note its finding carries (the verdicts set aside to fill it, else ''), and the sums of
 * parts lint took for a side (settledParts), which the checks must find by id.
 */
function linkComparisons(drafts: readonly Draft[], registry: Registry, index: ClaimIndex): { linked: Map<Claim, string>; taken: Claim[] } {
  const linked = new Map<Claim, string>();
  const taken = new Map<string, Claim>();
  for (const draft of drafts) {
    // By id, once per draft: a 1 MB draft has thousands of comparisons.
    let claimsById: Map<string, Claim> | null = null;
    for (const claim of draft.claims) {
      const spec = claim.comparison;
      if (!spec || spec.kind === 'change') continue;
      const byId = (id: string | null): Lookup => {
        claimsById ??= new Map(draft.claims.map((c) => [c.id, c]));
        const found = id === null ? undefined : claimsById.get(id);
        return found ? (wrongInTheDraft(registry, index, found) ?? { figures: [found], setAside: [] }) : { figures: [], setAside: [] };
      };
      const baselineById = byId(spec.baseline);
      const share = isShare(claim, baselineById.figures[0]?.period ?? spec.baselinePeriod);
      const subjects = spec.subject === null && claim.period ? registryFiguresOrFlow(registry, index, claim.metric, claim.period, share) : byId(spec.subject);
      const baselines = spec.baseline === null && spec.baselinePeriod ? registryFiguresOrFlow(registry, index, claim.metric, spec.baselinePeriod, share) : baselineById;
      if (subjects.figures.length === 0 || baselines.figures.length === 0 || (spec.subject !== null && spec.baseline !== null)) continue;
      const pairs = sidesOnly(subjects.figures).flatMap((s) => sidesOnly(baselines.figures).map((b) => [s, b] as const));
      const [subject, baseline] = pairs.find(([s, b]) => fits(claim, s, b)) ?? pairs[0]!;
      (claim as { comparison: Comparison }).comparison = { ...spec, subject: subject.id, baseline: baseline.id };
      for (const side of [subject, baseline]) if (!registry.claimsById.has(side.id) && !isDraft(side)) taken.set(side.id, side);
      const setAside = [...subjects.setAside, ...baselines.setAside];
      const other = [subjects.setAside.length > 0 ? subject : null, baselines.setAside.length > 0 ? baseline : null].flatMap((side) => (side ? [`${side.figure} (${side.note ?? side.source.id})`] : []));
      linked.set(claim, setAside.length === 0 ? '' : ` The registry disagrees with itself here and a verdict settles it: lint took ${other.join(' and ')}, not the side rated below accurate.${citeVerdicts(registry, setAside)}`);
    }
  }
  return { linked, taken: [...taken.values()] };
}

interface Judged {
  severity: Severity;
  note: string;
  agreesWith: string[];
  disagreesWith: string[];
}

/** What the lint knows beyond one finding: the registry's own disputes, and what each draft claim is set against. */
interface Sides {
  /** Registry-only findings (warning and above), by the claims in them. */
  disputes(): Map<Claim, Finding[]>;
  /** For a draft claim: every claim any finding sets against it. */
  readonly opposed: Map<Claim, Set<Claim>>;
  /** A draft claim the registry states too (same metric, place and period, overlapping figure). */
  corroborated(claim: Claim): boolean;
  /** Draft comparisons checked against registry figures lint looked up, with the pair that fits best. */
  readonly linked: ReadonlyMap<Claim, string>;
  /**
   * A draft claim the registry contradicts: set against every registry claim of some metric and
   * period, not just one side of a dispute the registry has with itself.
   */
  contradicted(claim: Claim): boolean;
  /** A registry claim a fact-checker rated other than accurate: its verdict (src/verdicts/cite.ts). */
  discredited(claim: Claim): Verdict | undefined;
  /** The verdicts, other than accurate, on the registry figures a draft claim repeats (same metric and period, overlapping figure). */
  repeated(claim: Claim): Verdict[];
  /**
   * Those verdicts when the draft claim agrees with rated figures only, for rated-figure: none when
   * it also agrees with a figure the verdicts leave standing ("more than half a million" in 2023
   * agrees with 511,103, rated unsupported, and with 520,085, which stands).
   */
  ratedOnly(claim: Claim): Verdict[];
  /**
   * Whether every registry claim set against a draft claim is rated other than accurate and the
   * verdicts settle the dispute with parts that add up to the draft's figure ("8.964" for January
   * and February 2022, against 004's 8,456, which the verdict settles with 4,702 + 4,262).
   */
  settledWith(claim: Claim): boolean;
}

/** Checks whose findings are about their first claim alone: a draft listed after it is a bystander. */
const ABOUT_LEAD = new Set(['relative-date', 'page-date', 'single-source', 'magnitude', 'rate-unit']);

/**
 * Reads one finding from the side of one of its draft claims, or returns null when it is not the
 * draft's to answer for. Claims in the same role stand with the draft claim, claims in other roles
 * against it. Where the registry disputes a claim that stands against the draft (it has a finding
 * of its own), the claims on the other side of that dispute stand with the draft, unless the draft
 * is set against them too; then `outweighs` decides whether the draft is failed.
 */
function judgeSides(finding: Finding, at: FindingClaim, sides: Sides): Judged | null {
  const lead = finding.claims[0]!;
  if (ABOUT_LEAD.has(finding.check) && lead.role !== at.role) return null;
  // Its figures were looked up on every side of any dispute, and no pair of them fits it.
  if (finding.check === 'comparison' && sides.linked.has(at.claim)) return { severity: finding.severity, note: sides.linked.get(at.claim)!, agreesWith: [], disagreesWith: sourcesOf(finding.claims.filter((c) => !isDraft(c.claim)).map((c) => c.claim)) };
  // "11,363 in July 1–17" and "21,000 in the last two weeks" are too many for July's 20,519: the
  // part the registry states is not blamed when another of the draft's, which it does not, is there.
  if (sides.corroborated(at.claim) && finding.claims.some((c) => c.role === at.role && c.claim !== at.claim && isDraft(c.claim) && !sides.corroborated(c.claim))) return null;
  const opposed = sides.opposed.get(at.claim) ?? new Set<Claim>();
  const against = finding.claims.filter((c) => c.role !== at.role && !isDraft(c.claim)).map((c) => c.claim);
  const withDraft = new Set(finding.claims.filter((c) => c.role === at.role && !isDraft(c.claim) && !opposed.has(c.claim)).map((c) => c.claim));
  const registryOthers = finding.claims.some((c) => c.role !== at.role && !isDraft(c.claim));
  if (against.length === 0) {
    // Backed by the registry and set only against another line of the draft: that line is reported.
    if (withDraft.size > 0 || registryOthers) return null;
    // The draft against itself: when the registry states one side, the other side is the error;
    // when the registry contradicts one side, that side is.
    const others = finding.claims.filter((c) => c.role !== at.role).map((c) => c.claim);
    if (sides.corroborated(at.claim) && !others.every((c) => sides.corroborated(c))) return null;
    // So when the registry's figure set against one side is rated wrong and its verdict settles it
    // with parts that add up to that side ("8.964" against the draft's "más de 10.000 en el bimestre").
    if (sides.settledWith(at.claim) && !others.every((c) => sides.settledWith(c))) return null;
    // ("a peak of 82,000 a month" against the draft's own "5.2 million" for the year, which the
    // registry contradicts). A comparison is still answerable for its arithmetic.
    if (finding.check !== 'comparison' && !sides.contradicted(at.claim) && others.some((c) => sides.contradicted(c))) return null;
    // "fueron como 520 mil, aunque el presidente dijo 511 mil": each side is one the registry
    // states (520,085 and 511,103); the draft repeats the registry's own disagreement.
    if (finding.check === 'figure-conflict' && sides.corroborated(at.claim) && others.every((c) => sides.corroborated(c))) return { severity: 'info', note: ' Each figure is one the registry states; it disagrees with itself here.', agreesWith: [], disagreesWith: [] };
    return { severity: finding.severity, note: '', agreesWith: [], disagreesWith: [] };
  }
  // Ten times every figure around it: whatever the registry disputes among those figures, none of
  // them is the draft's side.
  if (finding.check === 'magnitude') return { severity: finding.severity, note: '', agreesWith: [], disagreesWith: sourcesOf(against) };
  let divided = false;
  const disputes = sides.disputes();
  for (const claim of against) {
    for (const dispute of disputes.get(claim) ?? []) {
      const role = dispute.claims.find((c) => c.claim === claim)!.role;
      for (const other of dispute.claims) {
        if (other.role === role || against.includes(other.claim) || opposed.has(other.claim)) continue;
        withDraft.add(other.claim);
        divided = true;
      }
    }
  }
  if (finding.claims.some((c) => c.role === at.role && !isDraft(c.claim) && !opposed.has(c.claim))) divided = true;
  const agree = [...withDraft];
  const agreesWith = sourcesOf(agree);
  const disagreesWith = sourcesOf(against);
  if (!divided || agree.length === 0) return { severity: finding.severity, note: '', agreesWith, disagreesWith };
  // "el presidente dijo 511 mil": a figure the draft gives as someone's, that the registry records
  // and rates only unsupported (not shown wrong), is reported speech, not the draft's own claim.
  const reported = at.claim.attribution.length > 0 && agree.every((claim) => sides.discredited(claim)?.rating === 'unsupported');
  if (reported) return { severity: 'info', note: ` The draft attributes it to ${at.claim.attribution[0]}; the registry records that figure and rates it unsupported.`, agreesWith, disagreesWith };
  // "el año pasado, que cerró con 300.549, de acuerdo con las estadísticas citadas por el
  // presidente": a figure since superseded, given as someone's, is worth a look, not a failure.
  const superseded = at.claim.attribution.length > 0 && agree.every((claim) => ['unsupported', 'outdated'].includes(sides.discredited(claim)?.rating ?? ''));
  if (superseded && finding.severity === 'error') return { severity: 'warning', note: ` The draft attributes it to ${at.claim.attribution[0]}; the registry records that figure and rates it outdated.`, agreesWith, disagreesWith };
  // A side a verdict has rated other than accurate does not back the draft, however many state it.
  const backed = outweighs(agree.filter((claim) => !sides.discredited(claim)), against);
  const note = ` The registry disagrees with itself here: the draft agrees with ${agreesWith.join(', ')}, not with ${disagreesWith.join(', ')}${backed ? ', so it is not failed for it' : ''}.`;
  return { severity: backed && finding.severity !== 'info' ? 'info' : finding.severity, note, agreesWith, disagreesWith };
}

/** Draft claims a finding is read at: those in the role the check leads with, else every draft claim in it. */
function reportedAt(finding: Finding): FindingClaim[] {
  const drafts = finding.claims.filter((c) => isDraft(c.claim));
  if (drafts.length === 0) return [];
  const sides = finding.claims.every((c) => c.role === 'disputed' || c.role === 'other side');
  // A draft against itself ("11,000 in July" here, "12,000 in July" there): both lines are read
  // (metSecond leaves it to the later one when the registry judges neither side).
  if (sides && drafts.length === finding.claims.length) return drafts;
  const lead = finding.claims[0]!.role;
  const leading = drafts.filter((c) => c.role === lead);
  return leading.length > 0 ? leading : drafts;
}

/** The registry's claims of `claim`'s series (or event) and period, and which of them it agrees with. */
function samePeriod(index: ClaimIndex, claim: Claim): { group: readonly Claim[]; agrees: (other: Claim) => boolean } | null {
  const period = claim.period;
  if (!period) return null;
  if (claim.quantity === null) {
    const events = index.events.get(`${claim.metric.id}\u0000${claim.place}`) ?? [];
    return { group: events, agrees: (other) => other.period!.start <= period.end && period.start <= other.period!.end };
  }
  const group = index.series.get(seriesKey(claim))?.byPeriod.get(`${period.start}:${period.end}`) ?? [];
  const [low, high] = claim.quantity.interval;
  return { group, agrees: (other) => other.quantity!.interval[0] <= high && low <= other.quantity!.interval[1] };
}

/**
 * The figures of one metric and period that the registry's verdicts leave standing, for a
 * comparison's figures (registryFigures) and for rated-figure alike: those no verdict rates below
 * accurate, else the parts a verdict settles with, summed, when they tile the period.
 */
function standing(registry: Registry, group: readonly Claim[], period: Period): Claim[] {
  const credited = group.filter((claim) => !discredited(registry, claim));
  if (credited.length > 0) return credited;
  return settledParts(registry, group.flatMap((claim) => discredited(registry, claim) ?? []), period);
}

/** `answer`, asked once per claim. */
function once(answer: (claim: Claim) => boolean): (claim: Claim) => boolean {
  const known = new Map<Claim, boolean>();
  return (claim) => {
    let said = known.get(claim);
    if (said === undefined) known.set(claim, (said = answer(claim)));
    return said;
  };
}

/** Claims of the registry's series and period that `claim` agrees with. */
function corroboration(index: ClaimIndex): (claim: Claim) => boolean {
  return (claim) => {
    const same = samePeriod(index, claim);
    return same !== null && same.group.some(same.agrees);
  };
}

/**
 * The registry's checks over these drafts' claims and the registry claims that could meet them:
 * those of the same flows (a flow with its rates) and those stating one of the drafts' numbers
 * (figure-lookalike). A finding needs a draft claim to be kept, and checks compare claims of one
 * flow, so the rest of the registry would only be checked again for each draft.
 */
function checkTogether(registry: Registry, drafts: readonly Draft[], run: readonly Check[], taken: readonly Claim[]): Finding[] {
  const draftClaims = drafts.flatMap((d) => d.claims);
  if (draftClaims.length === 0) return [];
  const sources = new Map(registry.sources);
  for (const draft of drafts) sources.set(draft.source.id, draft.source);
  const claimsById = new Map(registry.claimsById);
  for (const claim of draftClaims) claimsById.set(claim.id, claim);
  // Sums of parts lint took for a comparison's side: found by id, never checked as figures.
  for (const claim of taken) claimsById.set(claim.id, claim);
  const flowOf = (claim: Claim): string => claim.metric.rateOf ?? claim.metric.id;
  const flows = new Set(draftClaims.map(flowOf));
  const values = new Set(draftClaims.map((claim) => claim.quantity?.value));
  const near = registry.claims.filter((claim) => flows.has(flowOf(claim)) || (claim.quantity !== null && values.has(claim.quantity.value)));
  const all = { ...registry, sources, claims: [...near, ...draftClaims], claimsById };
  if (!run.some((check) => PAIRWISE.has(check.meta.id))) return runChecks(all, run);
  const { firsts, copies } = sameStatements(draftClaims);
  const index = new ClaimIndex(all.claims);
  const fewer = { ...all, claims: [...near, ...firsts] };
  const fewerIndex = new ClaimIndex(fewer.claims);
  return run.flatMap((check) => (PAIRWISE.has(check.meta.id) ? withCopies(runChecks(fewer, [check], fewerIndex), copies) : runChecks(all, [check], index)));
}

/**
 * Checks that report each pair of claims that disagree (a part and every whole it exceeds, a rate
 * and every total it misses). A draft that states one part k times and one whole k times made k²
 * findings of one message, all but k of which lint drops as repeats (draftFindings): a 1 MB draft
 * made two million and a 6.6 MB one ran out of memory. They run on one claim of each statement the
 * draft repeats (sameStatements), and each finding is then given to every copy it is read at.
 */
const PAIRWISE = new Set(['part-whole', 'rate-total']);

/**
 * What these checks read of a draft claim (its source, metric, place, figure, period and quantity):
 * claims alike in all of it get the same findings against the same claims, with the same messages.
 * A comparison names other claims, and a vague period is read apart: neither is ever a copy.
 */
function statementKey(claim: Claim): string | null {
  const { quantity: q, period: p } = claim;
  if (!q || !p || claim.comparison || claim.within) return null;
  return JSON.stringify([claim.source.id, claim.metric.id, claim.place, claim.figure, p.text, p.start, p.end, p.precision, q.value, q.read, q.step, q.hedge, q.interval, q.intervalOverridden, q.unit, q.per, q.basis]);
}

/**
 * Draft claims with the first of each statement only, in order, and each first's copies (itself
 * first). The first is the one a pair with a copy was read at before (draftFindings keeps the
 * first finding of a message at a figure, and the checks meet claims in the order given).
 */
export function sameStatements(claims: readonly Claim[]): { firsts: Claim[]; copies: Map<Claim, Claim[]> } {
  const byKey = new Map<string, Claim[]>();
  const firsts: Claim[] = [];
  for (const claim of claims) {
    const key = statementKey(claim);
    const list = key === null ? undefined : byKey.get(key);
    if (list) {
      list.push(claim);
      continue;
    }
    if (key !== null) byKey.set(key, [claim]);
    firsts.push(claim);
  }
  return { firsts, copies: new Map([...byKey.values()].filter((list) => list.length > 1).map((list) => [list[0]!, list])) };
}

/**
 * Each finding read at one draft claim (reportedAt), given to each copy of that claim. A finding
 * read at several claims (the parts of a sum) is read at the firsts only, as before: the sum takes
 * one part of each period, the first.
 */
function withCopies(findings: readonly Finding[], copies: ReadonlyMap<Claim, readonly Claim[]>): Finding[] {
  if (copies.size === 0) return [...findings];
  return findings.flatMap((finding) => {
    const at = reportedAt(finding);
    const same = at.length === 1 ? copies.get(at[0]!.claim) : undefined;
    if (!same) return [finding];
    return same.map((claim) => ({ ...finding, claims: finding.claims.map((c) => (c === at[0] ? { ...c, claim } : c)) }));
  });
}

/**
 * A metric, period or rate's unit the reader took from another sentence or figure, not the figure's own: a
 * finding on it may be the reader's mistake, so it is a warning, never an error.
 */
function readFromContext(figure: DraftFigure | undefined): boolean {
  if (!figure) return false;
  // A rate's unit carried from the figure before ("2.000 diarios … a solo 10") is the reader's reading of an ellipsis.
  return figure.periodFrom === 'context' || figure.perCarried === true || (figure.metricFrom !== null && figure.metricFrom !== 'sentence' && figure.metricFrom !== 'subject');
}

/**
 * One wrong figure is one finding per check at its place, naming every claim it is set against,
 * not one finding per registry claim: the first message stands, and the others' claims are added.
 */
function onePerFigure(pending: readonly PendingFinding[]): PendingFinding[] {
  const byKey = new Map<string, PendingFinding[]>();
  for (const finding of pending) {
    const key = `${finding.draft.path}\u0000${finding.at.start}\u0000${finding.check}\u0000${finding.messageId}`;
    const list = byKey.get(key);
    if (list) list.push(finding);
    else byKey.set(key, [finding]);
  }
  return [...byKey.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    // The worst first; of equals, the one more independent registry sources stand behind, so the
    // message leads with the better-supported figure, not a disputed outlier.
    const backing = (finding: PendingFinding): number => countIndependent(finding.claims.flatMap((c) => (c.claim && !isDraft(c.claim) ? [c.claim] : [])));
    const ranked = [...group].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || backing(b) - backing(a));
    const first = ranked[0]!;
    const claims = [...first.claims];
    const more: string[] = [];
    for (const other of ranked.slice(1)) {
      for (const c of other.claims) {
        if (claims.some((k) => k.claim === c.claim && k.figure === c.figure)) continue;
        claims.push(c);
        if (c.claim) more.push(`${c.claim.figure} (${c.claim.source.id}${c.claim.period ? `, ${c.claim.period.text}` : ''})`);
      }
    }
    const also = more.length > 0 ? ` It is also set against ${more.join(', ')}.` : '';
    return {
      ...first,
      message: first.message + also,
      claims,
      agreesWith: [...new Set(ranked.flatMap((f) => f.agreesWith))],
      disagreesWith: [...new Set(ranked.flatMap((f) => f.disagreesWith))],
      ratedAgainst: ranked.flatMap((f) => f.ratedAgainst ?? []),
    };
  });
}

/** Every draft read, or every problem of them all thrown at once. */
function readDrafts(options: LintOptions, catalogue: ReturnType<typeof buildCatalogue>): Draft[] {
  const drafts: Draft[] = [];
  const problems: Problem[] = [];
  for (const [done, input] of options.drafts.entries()) {
    try {
      drafts.push(readDraft(input, { catalogue, date: options.date ?? null, language: options.language }));
    } catch (error) {
      if (error instanceof InputError) problems.push(...error.problems);
      else throw error;
    }
    options.onProgress?.({ stage: 'read-drafts', drafts: done + 1, of: options.drafts.length });
  }
  if (problems.length > 0) throw new InputError(sortProblems(problems));
  return drafts;
}

/** For each draft claim, every claim any finding sets against it. */
function opposedClaims(findings: readonly Finding[]): Map<Claim, Set<Claim>> {
  const opposed = new Map<Claim, Set<Claim>>();
  for (const finding of findings) {
    // The claims of each role, once: a part-whole finding can hold hundreds of parts, and pairing
    // every claim with every other was quadratic in them.
    const byRole = new Map<string, Claim[]>();
    for (const { claim, role } of finding.claims) {
      const list = byRole.get(role);
      if (list) list.push(claim);
      else byRole.set(role, [claim]);
    }
    for (const a of finding.claims) {
      if (!isDraft(a.claim)) continue;
      let set = opposed.get(a.claim);
      if (!set) opposed.set(a.claim, (set = new Set()));
      for (const [role, claims] of byRole) if (role !== a.role) for (const claim of claims) set.add(claim);
    }
  }
  return opposed;
}

/** What the lint knows beyond one finding; the registry's own disputes are worked out on demand. */
function sidesOf(registry: Registry, registryIndex: ClaimIndex, findings: readonly Finding[], linked: ReadonlyMap<Claim, string>): Sides {
  let disputes: Map<Claim, Finding[]> | null = null;
  const opposed = opposedClaims(findings);
  // Each is a question about one claim whose answer cannot change once the findings are in, and
  // judgeSides asks it of every claim of every finding at every figure it is read at: asked once.
  const corroborated = once(corroboration(registryIndex));
  const repeated = (claim: Claim): Verdict[] => {
    const same = registry.verdicts.length === 0 ? null : samePeriod(registryIndex, claim);
    if (same === null) return [];
    return same.group.flatMap((other) => (same.agrees(other) ? (discredited(registry, other) ?? []) : []));
  };
  return {
    opposed,
    linked,
    corroborated,
    discredited: (claim) => discredited(registry, claim),
    repeated,
    ratedOnly(claim) {
      const verdicts = repeated(claim);
      if (verdicts.length === 0) return [];
      const same = samePeriod(registryIndex, claim)!;
      return standing(registry, same.group, claim.period!).some(same.agrees) ? [] : verdicts;
    },
    settledWith: once((claim) => {
      const against = [...(opposed.get(claim) ?? [])].filter((other) => !isDraft(other));
      const verdicts = against.flatMap((other) => discredited(registry, other) ?? []);
      if (!claim.period || !claim.quantity || verdicts.length === 0 || verdicts.length < against.length) return false;
      return settledParts(registry, verdicts, claim.period).some((sum) => intervalsOverlap(sum.quantity!.interval, claim.quantity!.interval));
    }),
    contradicted: once((claim) => {
      if (corroborated(claim)) return false;
      const against = [...(opposed.get(claim) ?? [])].filter((other) => !isDraft(other) && other.period);
      return against.some((other) => {
        const group = registryIndex.series.get(seriesKey(other))?.byPeriod.get(`${other.period!.start}:${other.period!.end}`) ?? [other];
        return group.every((member) => opposed.get(claim)!.has(member));
      });
    }),
    disputes() {
      if (disputes) return disputes;
      disputes = new Map();
      const serious = LINT_CHECKS.filter((check) => check.meta.severity !== 'info');
      for (const finding of runChecks(registry, serious, registryIndex)) {
        if (finding.severity === 'info') continue;
        for (const { claim } of finding.claims) {
          const list = disputes.get(claim);
          if (list) list.push(finding);
          else disputes.set(claim, [finding]);
        }
      }
      return disputes;
    },
  };
}

/**
 * Whether a finding of the draft against itself, where the registry states and contradicts
 * neither side ("81,946 in August 2023" here, "about 69,000 in the month" there), is left to the
 * draft's later figure: which is wrong nobody can say, and the reader meets the later one second,
 * as internal-conflict reports it (its message names both).
 */
function metSecond(finding: Finding, at: FindingClaim, sides: Sides, figureOf: (claim: Claim) => DraftFigure | undefined): boolean {
  if (finding.check !== 'figure-conflict' || !finding.claims.every((c) => isDraft(c.claim) && c.claim.source === at.claim.source)) return false;
  if (finding.claims.some((c) => sides.corroborated(c.claim) || sides.contradicted(c.claim))) return false;
  const start = figureOf(at.claim)?.start ?? -1;
  return finding.claims.some((c) => (figureOf(c.claim)?.start ?? -1) > start);
}

/** Each finding read from the side of the draft claims it is about, once per claim and message. */
function draftFindings(findings: readonly Finding[], drafts: readonly Draft[], sides: Sides, registry: Registry): PendingFinding[] {
  const draftOf = new Map<Source, Draft>(drafts.map((d) => [d.source, d]));
  const pending: PendingFinding[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    for (const at of reportedAt(finding)) {
      const key = `${at.claim.id}\u0000${finding.check}\u0000${finding.messageId}\u0000${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const judged = judgeSides(finding, at, sides);
      if (!judged) continue;
      const draft = draftOf.get(at.claim.source)!;
      // The figure the finding is at, read from context, may be misread: a warning. So may the
      // other side when it is only the draft's own figures; a registry claim is not misread.
      const figureOf = (claim: Claim): DraftFigure | undefined => draftOf.get(claim.source)!.figureOf.get(claim);
      if (metSecond(finding, at, sides, figureOf)) continue;
      const againstRegistry = finding.claims.some((c) => c.role !== at.role && !isDraft(c.claim));
      const fromContext = readFromContext(figureOf(at.claim)) || (!againstRegistry && finding.claims.some((c) => isDraft(c.claim) && readFromContext(figureOf(c.claim))));
      // The verdicts on the registry figures the draft repeats, where the finding weighs it against the registry.
      const cites = finding.claims.some((c) => !isDraft(c.claim)) ? sides.repeated(at.claim) : [];
      const ratedAgainst = finding.claims.flatMap((c) => (c.role !== at.role && !isDraft(c.claim) ? (sides.discredited(c.claim) ?? []) : []));
      pending.push({
        check: finding.check,
        severity: judged.severity === 'error' && fromContext ? 'warning' : judged.severity,
        messageId: finding.messageId,
        message: finding.message + judged.note + citeVerdicts(registry, cites),
        at: draft.figureOf.get(at.claim)!,
        draft,
        claims: [{ claim: at.claim, role: at.role }, ...finding.claims.filter((c) => c.claim !== at.claim).map((c) => ({ claim: c.claim, role: c.role }))],
        agreesWith: judged.agreesWith,
        disagreesWith: judged.disagreesWith,
        cites,
        ratedAgainst,
      });
    }
  }
  return pending;
}

/**
 * A finding that sets the draft against registry figures a fact-checker rated other than accurate
 * says so, citing the verdicts, rather than give the rated figure as the registry's word ("9,000"
 * against 9,999, rated inaccurate). As when lint looks up a comparison's figures (registryFigures),
 * a rated figure is set aside only for another side of the registry, which judgeSides already
 * weighs; with none, it still stands, with one exception: when every registry figure the draft is
 * set against is rated inaccurate, no figure stands that could make the draft wrong, and an error
 * becomes a warning. Run after onePerFigure, so the verdicts on every claim the figure is set
 * against are cited, once.
 */
function citeRatedAgainst(finding: PendingFinding, registry: Registry): PendingFinding {
  const verdicts = [...new Set(finding.ratedAgainst ?? [])].filter((verdict) => !finding.cites?.includes(verdict));
  if (verdicts.length === 0) return finding;
  const against = finding.claims.flatMap(({ claim }) => (claim && !isDraft(claim) ? [claim] : []));
  const wrong = new Set(verdicts.filter((verdict) => verdict.rating === 'inaccurate').map((verdict) => verdict.claim));
  const nothingStands = finding.severity === 'error' && against.length > 0 && against.every((claim) => wrong.has(claim));
  const message = finding.message + citeSetAgainst(registry, verdicts) + (nothingStands ? ' No figure the registry holds for it is rated better, so this is a warning, not an error.' : '');
  return { ...finding, message, severity: nothingStands ? 'warning' : finding.severity };
}

/** Values of at least this size are distinctive: the registry holding one settles it, whatever it was read as. */
const DISTINCTIVE = 1000;

/**
 * Which draft figures the registry settles itself, so the draft's own checks leave them alone.
 * Swapped digits (`transposed`): a figure read with a metric whose registry claims give its value
 * (248,284 against 284,248 is figure-conflict's), or a distinctive value the registry gives at
 * all; not "32 people in their group" because some claim somewhere counts 32 motors. A thing said
 * again at another value (`restated`, said-otherwise.ts): any value the registry gives, as before,
 * which keeps small counts out ("The town has three stations. The two stations near the jungle …"
 * is a part, which that pass cannot tell).
 */
function registrySettles(registry: Registry): SettledBy {
  const byMetric = new Map<string, Set<number>>();
  const all = new Set<number>();
  for (const claim of registry.claims) {
    const value = claim.quantity?.value;
    if (value == null) continue;
    const values = byMetric.get(claim.metric.id) ?? new Set<number>();
    byMetric.set(claim.metric.id, values.add(value));
    all.add(value);
  }
  return {
    transposed: (figure) => figure.value !== null && ((figure.value >= DISTINCTIVE && all.has(figure.value)) || (figure.metric !== null && byMetric.get(figure.metric.id)?.has(figure.value) === true)),
    restated: (figure) => figure.value !== null && all.has(figure.value),
  };
}

/**
 * The draft checks on one draft: its figures against each other where the registry holds neither.
 * A comparison the registry's comparison check weighs (its claim names both sides) is left to it.
 */
function ownFindings(draft: Draft, checks: readonly DraftCheck[], settled: SettledBy): PendingFinding[] {
  if (checks.length === 0) return [];
  const weighed = new Set(draft.claims.filter((c) => c.comparison && c.comparison.subject !== null && c.comparison.baseline !== null).map((c) => draft.figureOf.get(c)!));
  const own = ownFigures(draft, weighed, settled);
  const out: PendingFinding[] = [];
  for (const check of checks) {
    check.run({
      ...own,
      report(input) {
        out.push({
          ...findingHead(check.meta, input),
          at: input.at,
          draft,
          claims: [{ claim: null, figure: input.at, role: 'stated' }, ...input.against.map(({ figure, role }) => ({ claim: null, figure, role }))],
          agreesWith: [],
          disagreesWith: [],
        });
      },
    });
  }
  return out;
}

/** What a draft holds that could not be checked, and, for a draft with no date, that it has none. */
function uncheckedFindings(draft: Draft): PendingFinding[] {
  const out: PendingFinding[] = [];
  const unchecked = (figure: DraftFigure, why: Because): void => {
    out.push({
      check: UNCHECKED.id,
      severity: 'info',
      messageId: 'unchecked',
      message: formatMessage(UNCHECKED.messages.unchecked!, { figure: figure.text, reason: why.message, id: why.reason }),
      at: figure,
      draft,
      claims: [{ claim: null, figure, role: 'figure' }],
      agreesWith: [],
      disagreesWith: [],
    });
  };
  for (const figure of draft.unchecked) unchecked(figure, figure.reason && figure.problem ? { reason: figure.reason, message: figure.problem } : figure.metric ? because('no-period') : because('no-metric'));
  // A draft with no date is told so once, at warning, naming what that left unchecked: not passed
  // with a row of infos alone.
  const undated = draft.date === null ? draft.unchecked.filter((figure) => figure.reason === 'period-needs-date' || figure.reason === 'as-of-needs-date') : [];
  if (undated.length > 0) out.push(needsDate(draft, undated));
  for (const claim of draft.claims) {
    const spec = claim.comparison;
    if (!spec) continue;
    const open = spec.kind === 'change' ? spec.baseline === null : spec.subject === null || spec.baseline === null;
    if (open) unchecked(draft.figureOf.get(claim)!, because('open-comparison'));
  }
  return out;
}

/** The checks a run runs (`--check`, `--min-severity` and the config's `checks:`), and those named but not run. */
function chooseChecks(options: LintOptions, minSeverity: Severity): { run: Check[]; runOwn: DraftCheck[]; rated: boolean; period: boolean; skippedChecks: string[] } {
  const only = options.checks && options.checks.length > 0 ? options.checks : null;
  const runs = (meta: CheckMeta): boolean => runsAt(meta.id, meta.severity, minSeverity, options.severities);
  const named = only ? LINT_CHECKS.filter((c) => only.includes(c.meta.id)) : LINT_CHECKS;
  const namedOwn = only ? DRAFT_CHECKS.filter((c) => only.includes(c.meta.id)) : DRAFT_CHECKS;
  const namedRated = only === null || only.includes(RATED_FIGURE.id);
  const namedPeriod = only === null || only.includes(FIGURE_PERIOD.id);
  const run = named.filter((check) => runs(check.meta));
  const runOwn = namedOwn.filter((check) => runs(check.meta));
  const rated = namedRated && runs(RATED_FIGURE);
  const period = namedPeriod && runs(FIGURE_PERIOD);
  // Skipped for the severity floor only: a check the config turns off is the user's choice.
  const below = (meta: CheckMeta): boolean => belowFloor(meta.id, meta.severity, minSeverity, options.severities);
  const skipped = [...named, ...namedOwn].filter((check) => below(check.meta)).map((check) => check.meta.id);
  if (namedRated && below(RATED_FIGURE)) skipped.push(RATED_FIGURE.id);
  if (namedPeriod && below(FIGURE_PERIOD)) skipped.push(FIGURE_PERIOD.id);
  return { run, runOwn, rated, period, skippedChecks: skipped };
}

export function lintDrafts(options: LintOptions): LintResult {
  const { registry } = options;
  const minSeverity = options.minSeverity ?? 'warning';
  const drafts = readDrafts(options, buildCatalogue(registry.metrics, registry.claims));
  const registryIndex = new ClaimIndex(registry.claims);
  const { linked, taken } = linkComparisons(drafts, registry, registryIndex);

  const { run, runOwn, rated, period, skippedChecks } = chooseChecks(options, minSeverity);
  // One reporter's wrong draft never fails another's: each is checked with the registry alone.
  const groups = options.crossDrafts ? [drafts] : drafts.map((draft) => [draft]);
  let checked = 0;
  const findings = groups.flatMap((group) => {
    const found = checkTogether(registry, group, run, taken);
    checked += group.length;
    options.onProgress?.({ stage: 'check-drafts', drafts: checked, of: drafts.length });
    return found;
  });

  const sides = sidesOf(registry, registryIndex, findings, linked);
  const fromChecks = onePerFigure(draftFindings(findings, drafts, sides, registry)).map((finding) => citeRatedAgainst(finding, registry));
  const settled = registrySettles(registry);
  const pending = [...fromChecks, ...drafts.flatMap((draft) => ownFindings(draft, runOwn, settled)), ...drafts.flatMap(uncheckedFindings)];

  let ignored = 0;
  const shown = (list: readonly PendingFinding[]): PendingFinding[] =>
    withSeverities(list, options.severities).filter((finding) => {
      // The no-date warning is about the whole draft: a comment that ignores one line's figures
      // does not silence it.
      if (finding.messageId === 'needsDate' || !isIgnored(finding.draft.ignores, finding.at.line, finding.check)) return true;
      ignored++;
      return false;
    });
  const kept = shown(pending);
  // Once the other findings have the config's severities and the ignore comments applied: a
  // verdict is not cited twice at a figure, but a finding turned off or ignored cites nothing.
  const lookup = { registry, repeats: sides.ratedOnly, fromContext: readFromContext, sourcesOf };
  const ratedFindings = rated ? shown(drafts.flatMap((draft) => ratedFigureFindings(draft, lookup, kept))) : [];
  // After the others: a figure another finding already warns about is not told of its period too.
  const figures = period ? figureIndex(registry.claims) : null;
  const periodFindings = figures ? shown(drafts.flatMap((draft) => figurePeriodFindings(draft, figures, [...kept, ...ratedFindings]))) : [];

  const report = buildLintReport([...kept, ...ratedFindings, ...periodFindings], { registry, drafts, minSeverity, ignored, skippedChecks });
  return { report, drafts };
}

export interface LintPathsOptions extends Omit<LintOptions, 'drafts' | 'registry'>, ReadOptions {
  /** Draft files or folders; `-` reads standard input. */
  readonly paths: readonly string[];
  /** The registry: a file or folder (default `claims`). */
  readonly registryPath?: string;
}

/**
 * `darien lint` from paths: reads the drafts and the registry, and lints. Every problem of the run
 * is thrown at once (InputError, sorted): paths that cannot be read, the registry's, and each
 * draft's. None hides another, so a writer fixing them does not uncover more on each run. When a
 * path is bad or the registry does not load, nothing is checked, and of the drafts only what
 * lintDrafts would reject them for (their dates, their ignore comments) is reported, since reading
 * their figures needs the registry.
 */
export function lintPaths(options: LintPathsOptions): LintResult {
  const { drafts, problems } = collectDrafts(options.paths, options);
  let registry: Registry | null = null;
  try {
    registry = loadRegistry({ paths: [options.registryPath ?? 'claims'], cwd: options.cwd, ignore: options.ignore, onProgress: options.onProgress });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
  }
  if (!registry || problems.length > 0) {
    for (const draft of drafts) problems.push(...draftProblems(draft));
    throw new InputError(sortProblems(problems));
  }
  return lintDrafts({ ...options, drafts, registry });
}
