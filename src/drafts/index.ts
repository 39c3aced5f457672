/** What `darien lint` and `darien extract` load when they run, in one import. */
export { lintDrafts, lintPaths, LINT_CHECKS, LINT_RULES, UNCHECKED, type LintOptions, type LintPathsOptions, type LintResult } from './lint.js';
export { collectDrafts, readDrafts, type CollectedDrafts } from './files.js';
export { draftProblems } from './draft.js';
export { lintExitCode, type LintReport, type DraftFinding } from './report.js';
export { loadRegistry } from '../registry/load.js';
export { parsePeriod, PeriodError } from '../model/period.js';
