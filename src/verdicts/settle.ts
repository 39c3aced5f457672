/**
 * Verdicts over findings: a finding a fact-checker has decided is settled (info, with the verdict),
 * and a verdict that decides nothing any more is stale (a warning at the verdict). `--strict`
 * skips this step, so every finding counts as the checks found it.
 */
import { SEVERITY_RANK, formatMessage, type Check, type Finding } from '../checks/types.js';
import type { Registry, Settles, Verdict } from '../model/types.js';
import { TextLocator } from '../registry/locate.js';
import { InputError, sortProblems, type Problem } from '../registry/problems.js';
import { didYouMean } from '../registry/suggest.js';

export const STALE_VERDICT = {
  id: 'stale-verdict',
  description: 'a verdict that no longer matches its claim or the finding it settled',
  severity: 'warning',
  docs: 'docs/checks/stale-verdict.md',
  messages: {
    claimGone: 'The verdict ({{rating}}, {{date}}) rates claim "{{claim}}", which is no longer in the registry{{hint}}.',
    figureChanged: 'The verdict ({{rating}}, {{date}}) rated "{{rated}}"; the claim now says "{{figure}}". Review the verdict and update its figure.',
    findingGone: 'The verdict ({{rating}}, {{date}}) settles a {{check}} finding on {{claims}} that darien check no longer finds{{why}}.',
  },
} as const;

/** "001-a, 000-b" */
function claimSet(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join(', ');
}

/** The finding each `settles` entry decides: its check, and exactly its claims. */
function settlesKey(check: string, ids: readonly string[]): string {
  return `${check}\u0000${claimSet(ids)}`;
}

/**
 * Each `settles:` check must be a check darien has: a misspelt id would settle nothing and hide
 * nothing, silently. Problems are located like the loader's (exit 2).
 */
export function settlesProblems(registry: Registry, checks: readonly Check[]): Problem[] {
  const ids = new Set(checks.map((check) => check.meta.id));
  const problems: Problem[] = [];
  const locators = new Map<string, TextLocator>();
  for (const verdict of registry.verdicts) {
    verdict.settles.forEach((settles, i) => {
      if (ids.has(settles.check)) return;
      let locator = locators.get(verdict.file);
      if (!locator) locators.set(verdict.file, (locator = new TextLocator(registry.fileTexts.get(verdict.file) ?? '')));
      const { line, column } = locator.locate(['verdicts', verdict.index, 'settles', i, 'check']);
      problems.push({ file: verdict.file, line, column, message: `verdicts[${verdict.index}].settles[${i}].check: unknown check "${settles.check}"${didYouMean(settles.check, ids)} (see docs/checks/)` });
    });
  }
  return problems;
}

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
    for (const settles of verdict.settles) {
      pending.set(settlesKey(settles.check, [verdict.claimId, ...settles.with]), { verdict, settles, used: false });
    }
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

/** Throws the located problems of verdicts' `settles:` checks, if any (exit 2). */
export function assertSettles(registry: Registry, checks: readonly Check[]): void {
  const problems = settlesProblems(registry, checks);
  if (problems.length > 0) throw new InputError(sortProblems(problems));
}
