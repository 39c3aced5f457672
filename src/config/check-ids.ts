/** Every id a config's `checks:` may name: the cross-checks, the draft checks and lint's own (`unchecked`, `rated-figure`). */
import { CHECKS, DRAFT_CHECKS } from '../checks/index.js';
import { RATED_FIGURE } from '../drafts/rated-figure.js';
import { UNCHECKED } from '../drafts/unchecked.js';

export const CHECK_IDS: readonly string[] = [...CHECKS.map((check) => check.meta.id), ...DRAFT_CHECKS.map((check) => check.meta.id), UNCHECKED.id, RATED_FIGURE.id];
