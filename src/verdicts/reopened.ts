/**
 * What a narrowed run keeps (`--changed-since`, `darien check FILE`): the findings it asked about,
 * and with each stale verdict among them the findings on the claims that verdict names. An edit to
 * a verdict that stops it settling a finding brings that finding back, though its own lines did not
 * change, so the registry's CI fails as the whole run does. The git and check modules both use it.
 */
import { STALE_VERDICT } from './stale-verdict.js';

/** `kept`, and the findings of `all` that name a claim a kept stale-verdict finding names. */
export function withReopened<F extends { readonly check: string }>(all: readonly F[], kept: readonly F[], idsOf: (finding: F) => readonly string[]): F[] {
  const rated = new Set(kept.filter((finding) => finding.check === STALE_VERDICT.id).flatMap(idsOf));
  if (rated.size === 0) return [...kept];
  const keep = new Set(kept);
  return all.filter((finding) => keep.has(finding) || idsOf(finding).some((id) => rated.has(id)));
}

