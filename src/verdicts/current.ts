/**
 * The verdict that stands on each claim: one whose claim is in the registry and still says the
 * figure it rated, whose `settles:` entries still weigh the figures they pinned, and whose findings
 * no earlier verdict settles already. A stale verdict is not shown beside its claim, cited by lint,
 * drawn or exported as if it held; `darien check` reports it (settle.ts), and also finds the
 * verdicts whose finding is gone, which takes running the checks (`staleVerdicts`, settle.ts).
 */
import type { Claim, Registry, Verdict } from '../model/types.js';

/** "001-a, 000-b" */
export function claimSet(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join(', ');
}

/** The finding each `settles` entry decides: its check, and exactly its claims. */
export function settlesKey(check: string, ids: readonly string[]): string {
  return `${check}\u0000${claimSet(ids)}`;
}

/**
 * What a `settles:` entry comes to before any check runs: a claim it weighed at a figure now says
 * another (`moved`, the index in `with`), an earlier verdict settles the same finding (`twice`), or
 * it waits for its finding (`open`).
 */
export type SettlesState = { readonly kind: 'moved'; readonly other: number } | { readonly kind: 'twice'; readonly first: Verdict } | { readonly kind: 'open'; readonly key: string };

const states = new WeakMap<Registry, ReadonlyMap<Verdict, readonly SettlesState[]>>();

/** Each verdict whose claim is there with the rated figure, with the state of each of its `settles:` entries, in order. */
export function settlesStates(registry: Registry): ReadonlyMap<Verdict, readonly SettlesState[]> {
  let found = states.get(registry);
  if (found) return found;
  const firstByKey = new Map<string, Verdict>();
  const map = new Map<Verdict, SettlesState[]>();
  for (const verdict of registry.verdicts ?? []) {
    if (verdict.claim === null || verdict.claim.figure !== verdict.figure) continue;
    map.set(
      verdict,
      verdict.settles.map((settles): SettlesState => {
        const moved = settles.with.findIndex((id) => settles.seen.has(id) && registry.claimsById.has(id) && registry.claimsById.get(id)!.figure !== settles.seen.get(id));
        if (moved >= 0) return { kind: 'moved', other: moved };
        const key = settlesKey(settles.check, [verdict.claimId, ...settles.with]);
        const first = firstByKey.get(key);
        if (first) return { kind: 'twice', first };
        firstByKey.set(key, verdict);
        return { kind: 'open', key };
      }),
    );
  }
  states.set(registry, (found = map));
  return found;
}

const byRegistry = new WeakMap<Registry, ReadonlyMap<string, Verdict>>();

/** The verdicts that stand, by claim id; `gone` are those a check run found stale besides (export). */
export function currentVerdicts(registry: Registry, gone?: ReadonlySet<Verdict>): ReadonlyMap<string, Verdict> {
  let verdicts = gone ? undefined : byRegistry.get(registry);
  if (!verdicts) {
    const map = new Map<string, Verdict>();
    // Drafts run over a copy of the registry with their own claims (lint): a verdict stands on
    // the registry's claim it names, the same object.
    for (const [verdict, entries] of settlesStates(registry)) {
      if (entries.every((entry) => entry.kind === 'open') && !gone?.has(verdict)) map.set(verdict.claimId, verdict);
    }
    verdicts = map;
    if (!gone) byRegistry.set(registry, verdicts);
  }
  return verdicts;
}

export function verdictOn(registry: Registry, claim: Claim): Verdict | undefined {
  const verdict = currentVerdicts(registry).get(claim.id);
  return verdict?.claim === claim ? verdict : undefined;
}
