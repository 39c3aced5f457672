/**
 * The verdict that stands on each claim: one whose claim is in the registry and still says the
 * figure it rated. A stale verdict (the figure changed) is not shown beside the claim as if it
 * held; `darien check` reports it (settle.ts).
 */
import type { Claim, Registry, Verdict } from '../model/types.js';

const byRegistry = new WeakMap<Registry, ReadonlyMap<string, Verdict>>();

export function currentVerdicts(registry: Registry): ReadonlyMap<string, Verdict> {
  let verdicts = byRegistry.get(registry);
  if (!verdicts) {
    const map = new Map<string, Verdict>();
    // Drafts run over a copy of the registry with their own claims (lint): a verdict stands on
    // the registry's claim it names, the same object.
    for (const verdict of registry.verdicts ?? []) {
      if (verdict.claim !== null && verdict.claim.figure === verdict.figure) map.set(verdict.claimId, verdict);
    }
    byRegistry.set(registry, (verdicts = map));
  }
  return verdicts;
}

export function verdictOn(registry: Registry, claim: Claim): Verdict | undefined {
  const verdict = currentVerdicts(registry).get(claim.id);
  return verdict?.claim === claim ? verdict : undefined;
}
