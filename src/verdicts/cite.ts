/**
 * What lint says when a draft repeats a figure a fact-checker has already rated: "004's 8,456 was
 * rated inaccurate on 2026-12-03 (claims/verdicts.yaml:10:13)". Only ratings that tell a writer not
 * to repeat the figure as it stands are cited; an accurate one is not news to the draft.
 */
import type { Claim, Registry, Verdict } from '../model/types.js';
import { TextLocator } from '../registry/locate.js';
import { verdictOn } from './current.js';

/** The verdict on a registry claim, when it rates the claim anything but accurate. */
export function discredited(registry: Registry, claim: Claim): Verdict | undefined {
  const verdict = verdictOn(registry, claim);
  return verdict && verdict.rating !== 'accurate' ? verdict : undefined;
}

const locators = new WeakMap<Registry, Map<string, TextLocator>>();

/** "claims/verdicts.yaml:10:13": where the verdict's rating stands. */
export function verdictAt(registry: Registry, verdict: Verdict): string {
  let byFile = locators.get(registry);
  if (!byFile) locators.set(registry, (byFile = new Map()));
  let locator = byFile.get(verdict.file);
  if (!locator) byFile.set(verdict.file, (locator = new TextLocator(registry.fileTexts.get(verdict.file) ?? '')));
  const { line, column } = locator.locate(['verdicts', verdict.index, 'rating']);
  return `${verdict.file}:${line}:${column}`;
}

/** " 004's 8,456{{aside}} was rated inaccurate on 2026-12-03 by … (claims/verdicts.yaml:10:13)." */
function citation(registry: Registry, verdict: Verdict, aside: string): string {
  return ` ${verdict.claim!.source.id}'s ${verdict.figure}${aside} was rated ${verdict.rating} on ${verdict.date} by ${verdict.by} (${verdictAt(registry, verdict)}).`;
}

/** " 004's 8,456 was rated inaccurate on 2026-12-03 by … (claims/verdicts.yaml:10:13)." for each verdict. */
export function citeVerdicts(registry: Registry, verdicts: readonly Verdict[]): string {
  return verdicts.map((verdict) => citation(registry, verdict, '')).join('');
}

/**
 * For the verdicts on registry figures a finding sets the draft against: " 004's 8,456, which the
 * draft is set against here, was rated inaccurate on …". A figure a fact-checker rated wrong is not
 * the registry's word, and the writer should not correct the draft towards it. Worded apart from
 * citeVerdicts, which is about figures the draft repeats.
 */
export function citeSetAgainst(registry: Registry, verdicts: readonly Verdict[]): string {
  return verdicts.map((verdict) => citation(registry, verdict, ', which the draft is set against here,')).join('');
}
