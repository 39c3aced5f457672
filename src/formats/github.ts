/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` line per figure and
 * level (its findings together), which the runner turns into annotations on the draft's line. A pure function of the report; the
 * CLI writes it, and appends `formatGithubSummary` to $GITHUB_STEP_SUMMARY when that is set.
 *
 * GitHub shows at most 10 annotations of each level per step and drops the rest silently, so
 * errors come first (the report is sorted so) and a last plain line gives the totals.
 *
 * Everything from a draft or the registry is untrusted: a sentence holding a line break and "::"
 * would otherwise start a command of its own. Messages and properties are escaped as
 * actions/toolkit escapes them (src/text/escape.ts).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Severity } from '../checks/types.js';
import type { Report, ReportedClaim, ReportedFinding } from '../report.js';
import { escapeControls, escapeGithubMessage, escapeGithubProperty, escapeMarkdownCell, escapeTerminal } from '../text/escape.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// Control characters other than CR and LF (which the command escapes turn into %0D and %0A) are
// shown as escapes (escapeControls): GitHub's log viewer renders ANSI escape sequences, so a planted
// ESC would colour or hide text, and a bidi override would reorder it.
function message(text: string): string {
  return escapeGithubMessage(escapeControls(text));
}

function property(text: string): string {
  return escapeGithubProperty(escapeControls(text));
}

interface DraftFields {
  readonly sentence?: string;
  readonly figure?: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * "302,203 (2024) — Al Jazeera, "…", 2025-01-03 [claims/sources/x.yaml:19]": the registry file
 * named as GitHub finds it (relative to the workspace, when given), like the annotation's own.
 */
export function describeRegistryClaim(claim: ReportedClaim, paths?: GithubPaths): string {
  const period = claim.period ? ` (${claim.period})` : '';
  return `${claim.figure}${period}: ${claim.citation} [${workspacePath(claim.location.file, paths)}:${claim.location.line}]`;
}

/** The plain-text body of a finding, shared with the SARIF format. */
export function findingText(finding: ReportedFinding, paths?: GithubPaths): string {
  const draft = finding as ReportedFinding & DraftFields;
  const lines = [finding.message];
  if (draft.sentence) lines.push(`In the draft: “${draft.sentence}”`);
  const registry = finding.claims.slice(1).filter((claim) => !claim.source.id.startsWith('draft:'));
  if (registry.length > 0) {
    lines.push('Registry claims:');
    for (const claim of registry) lines.push(`- ${describeRegistryClaim(claim, paths)}`);
  }
  return lines.join('\n');
}

/**
 * Where the figure ends (column exclusive): the report's end where it knows it, since a draft's
 * figure can wrap onto the next line; otherwise, for a registry finding, start plus length.
 */
export function figureEnd(finding: ReportedFinding): { readonly line: number; readonly column: number } | null {
  const { line, column, end } = finding.location;
  if (end) return end;
  const draft = finding as ReportedFinding & DraftFields;
  const length = (draft.figure ?? finding.claims[0]?.figure ?? '').length;
  return length > 0 ? { line, column: column + length } : null;
}

export function totalsLine(report: Report): string {
  const s = report.summary;
  const hidden = `${s.hidden > 0 ? `, ${s.hidden} below --min-severity not shown` : ''}${s.outsideChanges ? `, ${s.outsideChanges} on unchanged lines not shown` : ''}`;
  return `darien: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info in ${plural(s.files, 'file')}${hidden}`;
}

/**
 * Findings of one level at one place, in report order (which sorts by level, then place). A wrong
 * figure set against three registry figures is three findings; as one annotation it takes one of
 * GitHub's ten, so the next wrong figures in the draft are still marked.
 */
function byPlace(findings: readonly ReportedFinding[]): ReportedFinding[][] {
  const groups: ReportedFinding[][] = [];
  for (const finding of findings) {
    const group = groups.at(-1);
    const first = group?.[0];
    const same = first !== undefined && first.severity === finding.severity && first.location.file === finding.location.file && first.location.line === finding.location.line && first.location.column === finding.location.column;
    if (same) group!.push(finding);
    else groups.push([finding]);
  }
  return groups;
}

/** One finding's text, or several's: each message, then the draft's sentence and the registry claims once. */
function annotationText(group: readonly ReportedFinding[], paths?: GithubPaths): string {
  if (group.length === 1) return findingText(group[0]!, paths);
  const lines = [`${group.length} findings at this figure:`, ...group.map((finding) => `- ${finding.message}`)];
  const sentence = (group[0] as ReportedFinding & DraftFields).sentence;
  if (sentence) lines.push(`In the draft: “${sentence}”`);
  const registry = [...new Set(group.flatMap((finding) => finding.claims.slice(1).filter((claim) => !claim.source.id.startsWith('draft:')).map((claim) => describeRegistryClaim(claim, paths))))];
  if (registry.length > 0) lines.push('Registry claims:', ...registry.map((claim) => `- ${claim}`));
  return lines.join('\n');
}

/** Where annotations' paths are relative to: $GITHUB_WORKSPACE (the repository's root in a job) when set. */
export interface GithubPaths {
  readonly workspace: string | null;
  /** The directory the report's relative paths are relative to (the working directory). */
  readonly cwd: string;
}

/**
 * A report's path as GitHub finds the file: relative to the workspace when one is given (a job's
 * `working-directory:` makes the report's paths relative to that folder, not the repository).
 * A name in angle brackets (`<stdin>`) is no file, and stays as it is.
 */
export function workspacePath(file: string, paths?: GithubPaths): string {
  if (!paths?.workspace || /^<.*>$/.test(file)) return file;
  const inWorkspace = relative(paths.workspace, isAbsolute(file) ? file : resolve(paths.cwd, file));
  return inWorkspace.split(/[\\/]/).join('/');
}

export function formatGithub(report: Report, paths?: GithubPaths): string {
  const out: string[] = [];
  const groups = byPlace(report.findings);
  for (const group of groups) {
    const finding = group[0]!;
    const { file, line, column } = finding.location;
    const end = figureEnd(finding);
    // actions/toolkit: col and endColumn "cannot be sent when startLine and endLine are different
    // values", so a figure that wraps is marked by its lines alone.
    const span = end === null ? [`col=${column}`] : end.line === line ? [`col=${column}`, `endLine=${line}`, `endColumn=${end.column}`] : [`endLine=${end.line}`];
    const checks = [...new Set(group.map((f) => f.check))].join(', ');
    const properties = [`file=${property(workspacePath(file, paths))}`, `line=${line}`, ...span, `title=${property(`darien ${checks}`)}`];
    out.push(`::${COMMAND[finding.severity]} ${properties.join(',')}::${message(annotationText(group, paths))}`);
  }
  const shownErrors = groups.filter((g) => g[0]!.severity === 'error').length;
  const shownWarnings = groups.filter((g) => g[0]!.severity === 'warning').length;
  const capped = shownErrors > 10 || shownWarnings > 10 || groups.length - shownErrors - shownWarnings > 10;
  out.push(`${escapeTerminal(totalsLine(report))}${capped ? ' (GitHub shows at most 10 annotations of each level: the job summary lists them all)' : ''}`);
  return `${out.join('\n')}\n`;
}

/** A markdown table of every finding, for $GITHUB_STEP_SUMMARY. */
export function formatGithubSummary(report: Report, paths?: GithubPaths): string {
  const rows = report.findings.map((finding) => {
    const { file, line, column } = finding.location;
    const draft = finding as ReportedFinding & DraftFields;
    const registry = finding.claims.slice(1).filter((claim) => !claim.source.id.startsWith('draft:')).map((claim) => describeRegistryClaim(claim, paths));
    const cells = [finding.severity, `${workspacePath(file, paths)}:${line}:${column}`, finding.check, draft.figure ?? finding.claims[0]?.figure ?? '', finding.message, registry.join('; ')];
    return `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  });
  const table = rows.length > 0 ? `| severity | where | check | figure | finding | registry claims |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\n` : '';
  return `### darien\n\n${table}${escapeMarkdownCell(totalsLine(report))}\n`;
}
