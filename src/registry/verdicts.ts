/**
 * registry → model for verdicts: the cross-file rules of a `verdicts:` file (its shape is
 * schema.ts's). A verdict rests on evidence that must be in the registry; the claims it rates and
 * settles against may have left it since, which is not a problem of the input but a stale verdict
 * that `darien check` reports (src/verdicts/settle.ts).
 */
import type { Claim, Rating, Verdict } from '../model/types.js';
import type { KeyPath } from './locate.js';
import type { RegistryFile } from './read.js';
import type { VerdictInput } from './schema.js';

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
  readonly report: (file: RegistryFile, path: KeyPath, message: string) => void;
  readonly where: (file: RegistryFile, path: KeyPath) => string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-03" when `value` is a real calendar day, else null. */
export function calendarDay(value: string | number): string | null {
  const match = DAY.exec(String(value));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? match[0] : null;
}

export function buildVerdicts(inputs: readonly LocatedVerdict[], context: VerdictContext): Verdict[] {
  const verdicts: Verdict[] = [];
  const first = new Map<string, LocatedVerdict>();
  for (const located of inputs) {
    const { input, file, path } = located;
    const date = calendarDay(input.date);
    if (date === null) context.report(file, [...path, 'date'], `${describe(path)}.date: must be the day of the verdict, YYYY-MM-DD, got "${String(input.date)}"`);
    let evidenceOk = true;
    input.evidence.forEach((id, i) => {
      if (context.claimExists(id) || context.sourceExists(id)) return;
      evidenceOk = false;
      context.report(file, [...path, 'evidence', i], `${describe(path)}.evidence[${i}]: no claim or source "${id}" in the registry: a verdict's evidence must be one`);
    });
    const earlier = first.get(input.claim);
    if (earlier) {
      // One verdict a claim: a revised verdict replaces the old one, and git keeps the history.
      context.report(file, [...path, 'claim'], `${describe(path)}.claim: a second verdict on "${input.claim}" (the first is at ${context.where(earlier.file, [...earlier.path, 'claim'])}): revise that one`);
      continue;
    }
    first.set(input.claim, located);
    if (date === null || !evidenceOk) continue;
    verdicts.push({
      claimId: input.claim,
      claim: context.claims.get(input.claim) ?? null,
      figure: input.figure,
      rating: input.rating as Rating,
      by: input.by,
      date,
      reasoning: input.reasoning,
      evidence: input.evidence,
      settles: input.settles.map((s) => ({ check: s.check, with: s.with })),
      url: input.url ?? null,
      note: input.note ?? null,
      file: file.display,
      index: path[1] as number,
    });
  }
  return verdicts;
}

function describe(path: KeyPath): string {
  return `${path[0]}[${path[1]}]`;
}
