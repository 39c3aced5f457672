/** Every id a config's `checks:` may name: the cross-checks, the draft checks, lint's own (`unchecked`, `rated-figure`, `figure-period`) and check's `stale-verdict`. */
import { CHECKS, DRAFT_CHECKS } from '../checks/index.js';
import { RATED_FIGURE } from '../drafts/rated-figure.js';
import { FIGURE_PERIOD } from '../drafts/figure-period.js';
import { UNCHECKED } from '../drafts/unchecked.js';
import { STALE_VERDICT } from '../verdicts/stale-verdict.js';

export const CHECK_IDS: readonly string[] = [...CHECKS.map((check) => check.meta.id), ...DRAFT_CHECKS.map((check) => check.meta.id), UNCHECKED.id, RATED_FIGURE.id, FIGURE_PERIOD.id, STALE_VERDICT.id];
