/**
 * Verdicts over findings: a finding a fact-checker has decided is settled (info, with the verdict),
 * and a verdict that decides nothing any more is stale (a warning at the verdict). `--strict`
 * skips this step, so every finding counts as the checks found it. A `settles:` check darien does
 * not have is a problem of the input, found by the loader (src/registry/verdicts.ts).
 */
import { ClaimIndex } from '../checks/claim-index.js';
import { CHECKS, runChecks } from '../checks/index.js';
import { SEVERITY_RANK, formatMessage, type Finding } from '../checks/types.js';
import type { Registry, Settles, Verdict } from '../model/types.js';
import { didYouMean } from '../registry/suggest.js';
import { verdictAt } from './cite.js';
import { claimSet, settlesKey, settlesStates } from './current.js';
import { STALE_VERDICT } from './stale-verdict.js';

export { STALE_VERDICT } from './stale-verdict.js';

function stale(verdict: Verdict, messageId: keyof typeof STALE_VERDICT.messages, data: Record<string, string>, field: Array<string | number>): Finding {
  const all = { rating: verdict.rating, date: verdict.date, claim: verdict.claimId, rated: verdict.figure, ...data };
  return {
    check: STALE_VERDICT.id,
    severity: STALE_VERDICT.severity,
    messageId,
    message: formatMessage(STALE_VERDICT.messages[messageId], all),
    claims: verdict.claim ? [{ claim: verdict.claim, role: 'rated' }] : [],
    field: 'id',
    data: all,
    at: { file: verdict.file, path: ['verdicts', verdict.index, ...field] },
  };
}

/**
 * The findings with verdicts applied: settled ones become info and carry their verdict; stale
 * verdicts are added as warnings. Only the checks that ran (`ran`) can leave a verdict stale: a
 * run of `--check figure-conflict` says nothing about a part-whole finding.
 */
export function applyVerdicts(registry: Registry, findings: readonly Finding[], ran: readonly string[]): Finding[] {
  if (registry.verdicts.length === 0) return [...findings];
  const pending = new Map<string, { verdict: Verdict; settles: Settles; used: boolean }>();
  const out: Finding[] = [];
  const states = settlesStates(registry);
  for (const verdict of registry.verdicts) {
    if (!verdict.claim) {
      // A misspelt id reads as a claim that left: say which claim it may have meant.
      out.push(stale(verdict, 'claimGone', { hint: didYouMean(verdict.claimId, registry.claimsById.keys()) }, ['claim']));
      continue;
    }
    if (verdict.claim.figure !== verdict.figure) {
      out.push(stale(verdict, 'figureChanged', { figure: verdict.claim.figure }, ['figure']));
      continue;
    }
    states.get(verdict)!.forEach((state, i) => {
      const settles = verdict.settles[i]!;
      const claims = claimSet([verdict.claimId, ...settles.with]);
      if (state.kind === 'moved') {
        // The other side moved since the verdict weighed it: what it settled is not what is there.
        const id = settles.with[state.other]!;
        out.push(stale(verdict, 'otherFigureChanged', { check: settles.check, other: id, seen: settles.seen.get(id)!, figure: registry.claimsById.get(id)!.figure }, ['settles', i, 'with', state.other, 'figure']));
      } else if (state.kind === 'twice') {
        out.push(stale(verdict, 'settledTwice', { check: settles.check, claims, first: verdictAt(registry, state.first) }, ['settles', i]));
      } else pending.set(state.key, { verdict, settles, used: false });
    });
  }
  for (const finding of findings) {
    const match = SEVERITY_RANK[finding.severity] > SEVERITY_RANK.info ? pending.get(settlesKey(finding.check, finding.claims.map(({ claim }) => claim.id))) : undefined;
    if (!match) {
      out.push(finding);
      continue;
    }
    match.used = true;
    out.push({ ...finding, severity: 'info', settled: { severity: finding.severity, verdict: match.verdict } });
  }
  const run = new Set(ran);
  for (const { verdict, settles, used } of pending.values()) {
    if (used || !run.has(settles.check)) continue;
    const gone = settles.with.filter((id) => !registry.claimsById.has(id));
    const why = gone.length > 0 ? ` (${gone.join(', ')} ${gone.length === 1 ? 'is' : 'are'} no longer in the registry)` : ': the figures or periods changed, or it is settled some other way';
    const index = verdict.settles.indexOf(settles);
    out.push(stale(verdict, 'findingGone', { check: settles.check, claims: claimSet([verdict.claimId, ...settles.with]), why }, ['settles', index]));
  }
  return out;
}

/**
 * The verdicts that do not stand once the checks have run: every stale kind, the finding gone
 * among them, which only a run of the checks can see. For what publishes verdicts (export
 * claimreview), where a verdict whose finding is gone must not go out as if it held.
 */
export function staleVerdicts(registry: Registry): Set<Verdict> {
  const index = new ClaimIndex(registry.claims);
  const found = runChecks(registry, CHECKS, index);
  const byClaim = new Map(registry.verdicts.map((verdict) => [verdict.claimId, verdict]));
  const gone = applyVerdicts(registry, found, CHECKS.map((check) => check.meta.id)).filter((finding) => finding.check === STALE_VERDICT.id);
  return new Set(gone.flatMap((finding) => byClaim.get(String(finding.data?.claim)) ?? []));
}
