/**
 * `stale-verdict`'s id, messages and docs: a check of the verdicts over the findings, not of claims,
 * so not among CHECKS. Its own module, with no imports, so that what needs only its id (the config's
 * check ids, a narrowed run's reopened findings) does not load the checks that settle.ts runs.
 */
export const STALE_VERDICT = {
  id: 'stale-verdict',
  description: 'a verdict that no longer matches its claim or the finding it settled',
  severity: 'warning',
  docs: 'docs/checks/stale-verdict.md',
  messages: {
    claimGone: 'The verdict ({{rating}}, {{date}}) rates claim "{{claim}}", which is no longer in the registry{{hint}}.',
    figureChanged: 'The verdict ({{rating}}, {{date}}) rated "{{rated}}"; the claim now says "{{figure}}". Review the verdict and update its figure.',
    otherFigureChanged: 'The verdict ({{rating}}, {{date}}) settles a {{check}} finding weighing {{other}} at "{{seen}}"; that claim now says "{{figure}}". Review the verdict and update the figure it weighed.',
    settledTwice: 'The verdict ({{rating}}, {{date}}) settles the {{check}} finding on {{claims}} that the verdict at {{first}} settles already: one verdict settles a finding; revise that one.',
    findingGone: 'The verdict ({{rating}}, {{date}}) settles a {{check}} finding on {{claims}} that darien check no longer finds{{why}}.',
  },
} as const;
