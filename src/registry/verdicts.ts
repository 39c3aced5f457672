/**
 * registry → model for verdicts: the cross-file rules of a `verdicts:` file (its shape is
 * schema.ts's). A verdict rests on evidence that must be in the registry; the claims it rates and
 * settles against may have left it since, which is not a problem of the input but a stale verdict
 * that `darien check` reports (src/verdicts/settle.ts).
 */
import type { Claim, Rating, Verdict } from '../model/types.js';
import type { KeyPath } from './locate.js';
import type { RegistryFile } from './read.js';
import { calendarDay, type VerdictInput } from './schema.js';
import { didYouMean } from './suggest.js';

export interface LocatedVerdict {
  readonly input: VerdictInput;
  readonly file: RegistryFile;
  readonly path: KeyPath;
}

export interface VerdictContext {
  readonly claims: ReadonlyMap<string, Claim>;
  /** A claim id the registry holds, built or not (a claim with problems of its own still exists). */
  readonly claimExists: (id: string) => boolean;
  readonly sourceExists: (id: string) => boolean;
  /** Every claim and source id, for a "did you mean" when evidence names none of them. */
  readonly ids: () => Iterable<string>;
  readonly report: (file: RegistryFile, path: KeyPath, message: string) => void;
  readonly where: (file: RegistryFile, path: KeyPath) => string;
  /** The checks a `settles:` may name; null: not checked (lint, the editors' commands). */
  readonly settlesChecks: ReadonlySet<string> | null;
}

/** Reports each `settles:` check darien does not have, valid verdict or not. */
function settlesFound(settles: unknown, file: RegistryFile, path: KeyPath, context: VerdictContext): void {
  if (!context.settlesChecks || !Array.isArray(settles)) return;
  settles.forEach((entry, i) => {
    const check = (entry as { check?: unknown } | null)?.check;
    if (typeof check !== 'string' || context.settlesChecks!.has(check)) return;
    context.report(file, [...path, 'settles', i, 'check'], `${describe(path)}.settles[${i}].check: unknown check "${check}"${didYouMean(check, context.settlesChecks!)} (see docs/checks/)`);
  });
}

/** Reports each evidence id not in the registry; true when there is none. */
function evidenceFound(evidence: readonly unknown[], file: RegistryFile, path: KeyPath, context: VerdictContext): boolean {
  let found = true;
  evidence.forEach((id, i) => {
    if (typeof id !== 'string' || context.claimExists(id) || context.sourceExists(id)) return;
    found = false;
    context.report(file, [...path, 'evidence', i], `${describe(path)}.evidence[${i}]: no claim or source "${id}" in the registry${didYouMean(id, context.ids())}: a verdict's evidence must be one`);
  });
  return found;
}

/**
 * The verdicts of the model. `rejected` are those that failed the schema: their evidence is still
 * checked, so one run reports a bad rating and an unknown evidence id of one verdict together.
 */
export function buildVerdicts(inputs: readonly LocatedVerdict[], rejected: ReadonlyArray<{ raw: unknown; file: RegistryFile; path: KeyPath }>, context: VerdictContext): Verdict[] {
  const verdicts: Verdict[] = [];
  const first = new Map<string, LocatedVerdict>();
  // A verdict with problems of its own still rates its claim: a second verdict on that claim is a
  // problem in the same run, whichever of the two comes first.
  const rejectedOn = new Map<string, Place>();
  for (const { raw, file, path } of rejected) {
    const evidence = (raw as { evidence?: unknown } | null)?.evidence;
    if (Array.isArray(evidence)) evidenceFound(evidence, file, path, context);
    settlesFound((raw as { settles?: unknown } | null)?.settles, file, path, context);
    const claim = (raw as { claim?: unknown } | null)?.claim;
    if (typeof claim !== 'string') continue;
    const earlier = rejectedOn.get(claim);
    if (earlier) reportSecond(claim, { file, path }, earlier, context);
    else rejectedOn.set(claim, { file, path });
  }
  // A verdict is dated the day it was decided: a later day is a typo ("2062" for "2026"). Not a
  // schema rule, since the parse cache keeps what the schema accepted; a day of slack for a desk
  // whose day starts before UTC's.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  for (const located of inputs) {
    const { input, file, path } = located;
    // Checked by the schema: a day, always.
    const date = calendarDay(input.date)!;
    const dated = date <= tomorrow;
    if (!dated) context.report(file, [...path, 'date'], `${describe(path)}.date: ${date} is a day still to come: a verdict is dated the day it was decided`);
    const evidenceOk = evidenceFound(input.evidence, file, path, context);
    settlesFound(input.settles, file, path, context);
    const earlier = first.get(input.claim) ?? rejectedOn.get(input.claim);
    if (earlier) {
      // One verdict a claim: a revised verdict replaces the old one, and git keeps the history.
      reportSecond(input.claim, located, earlier, context);
      continue;
    }
    first.set(input.claim, located);
    if (!evidenceOk || !dated) continue;
    verdicts.push({
      claimId: input.claim,
      claim: context.claims.get(input.claim) ?? null,
      figure: input.figure,
      rating: input.rating as Rating,
      by: input.by,
      date,
      reasoning: input.reasoning,
      evidence: input.evidence,
      settles: input.settles.map((s) => ({
        check: s.check,
        with: s.with.map((item) => (typeof item === 'string' ? item : item.claim)),
        seen: new Map(s.with.flatMap((item) => (typeof item === 'string' ? [] : [[item.claim, item.figure] as const]))),
      })),
      url: input.url ?? null,
      note: input.note ?? null,
      file: file.display,
      index: path[1] as number,
    });
  }
  return verdicts;
}

interface Place {
  readonly file: RegistryFile;
  readonly path: KeyPath;
}

/** Whether `a` stands before `b` in the registry: by file, then by place in the file. */
function comesBefore(a: Place, b: Place): boolean {
  return a.file.display !== b.file.display ? a.file.display < b.file.display : (a.path[1] as number) < (b.path[1] as number);
}

/** Two verdicts on one claim: reported at whichever stands later in the registry, naming the other. */
function reportSecond(claim: string, a: Place, b: Place, context: VerdictContext): void {
  const [second, first] = comesBefore(a, b) ? [b, a] : [a, b];
  context.report(second.file, [...second.path, 'claim'], `${describe(second.path)}.claim: a second verdict on "${claim}" (the first is at ${context.where(first.file, [...first.path, 'claim'])}): revise that one`);
}

function describe(path: KeyPath): string {
  return `${path[0]}[${path[1]}]`;
}
