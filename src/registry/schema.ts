/**
 * The registry's YAML shape, as valibot schemas. The schema library does the structural checking
 * (missing fields, wrong types, every unknown key) and names the path of each problem; the loader turns
 * paths into file:line:column. Cross-file rules (unknown metric, duplicate id) are the loader's.
 *
 * valibot rather than zod: both validate and infer types equally well here, but zod 4 costs about
 * 50 ms to import against valibot's 8 (measured on this machine), and `darien check` on the bundled
 * registry has a startup budget of 2.5× a bare `node -e 0`.
 */
import * as v from 'valibot';

/**
 * A mapping that takes only the keys it names. valibot's strictObject stops at the first unknown
 * key; an object whose every other key must be `never` reports each one, so a run lists them all.
 */
function closed<const E extends v.ObjectEntries>(entries: E) {
  return v.objectWithRest(entries, v.never());
}

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
// A page's address, published as is (ClaimReview's url and appearance): a web address, never
// "javascript:" or a bare word.
const webAddress = v.pipe(v.string(), v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+\S*$/, 'must be an absolute http(s) address, such as https://example.org/story'));
// The core schema leaves dates as strings; a bare year ("2023") arrives as a number.
const isoLike = v.union([v.string(), v.number()], 'must be an ISO 8601 date or period, such as 2024-07-01 or 2024-07-01/2024-07-17');
// Infinity and NaN are not figures: YAML's .inf and .nan are refused.
const finite = v.pipe(v.number(), v.finite('must be a finite number'));
const id = v.pipe(v.string('must be a string (quote ids that look like numbers: "004", not 004)'), v.minLength(1, 'must not be empty'));

export const metricSchema = closed({
  id,
  counts: text,
  kind: v.picklist(['flow', 'rate', 'level', 'percentage', 'money', 'date']),
  unit: v.optional(text),
  place: text,
  phrases: v.optional(v.array(text), []),
  // What a figure of the metric counts, as words a text may use (src/reader/frames.ts).
  frame: v.optional(
    closed({
      counts: v.optional(v.array(text), []),
      actions: v.optional(v.array(text), []),
      // Words that say what happened only where the sentence names the place itself ("the flow",
      // "migration"): too common to lean on a place named earlier.
      local_actions: v.optional(v.array(text), []),
      places: v.optional(v.array(text), []),
      // Larger places the place lies in ("Panama"): naming one is not naming somewhere else.
      within: v.optional(v.array(text), []),
    }),
  ),
  rate_of: v.optional(text),
  per: v.optional(v.picklist(['day', 'week', 'month', 'year'])),
  // A rate of no period in particular ("10,000 in a normal year"): read only where its own phrases
  // are, never for a figure "a year" of a period the sentence names (src/drafts/metrics.ts).
  typical: v.optional(v.boolean()),
  // What one event gave, put up or counted ("16 boats handed over", "three miles of wire strung"):
  // a figure of it with no period of its own is that event's, whenever a text states it.
  once: v.optional(v.boolean()),
  // For an event (kind: date) the catalogue defines by its day, as "the election held 2024-05-05":
  // a draft or source that dates the event otherwise is reported by event-date.
  date: v.optional(isoLike),
  // For a person's age (kind: level, unit: years), the day they were born: an age a text gives is
  // then held to the years since that day, on the page's date (src/checks/rules/age.ts).
  born: v.optional(isoLike),
  note: v.optional(v.string()),
});

export const catalogueSchema = closed({
  metrics: v.array(v.unknown()),
});

const republicationSchema = v.union([
  text,
  closed({
    outlet: text,
    author: v.nullish(v.string()),
    date: v.nullish(isoLike),
    note: v.nullish(v.string()),
  }),
]);

export const sourceSchema = closed({
  id,
  kind: v.picklist(['article', 'reference']),
  outlet: text,
  outlet_inferred_from: v.nullish(v.string()),
  title: text,
  author: text,
  page_date: isoLike,
  page_date_as_shown: v.nullish(v.string()),
  page_date_inferred: v.boolean(),
  page_date_note: v.nullish(v.string()),
  republished_from: v.nullish(republicationSchema),
  language: v.optional(v.picklist(['en', 'es']), 'en'),
  text,
  // The page's address, where known: ClaimReview's appearance (darien export claimreview).
  url: v.nullish(webAddress),
  note: v.nullish(v.string()),
});

const comparisonSchema = closed({
  kind: v.picklist(['ratio', 'difference', 'percent-change', 'change']),
  direction: v.optional(v.picklist(['increase', 'decrease'])),
  subject: v.optional(text),
  baseline: v.optional(text),
  baseline_period: v.optional(isoLike),
});

export const claimSchema = closed({
  id,
  quote: text,
  figure: v.union([text, v.pipe(v.number(), v.transform(String))], 'must be the figure as written, a string'),
  value: v.optional(finite),
  hedge: v.optional(v.string()),
  interval: v.optional(v.tuple([finite, v.number()])),
  unit: v.optional(text),
  per: v.optional(v.picklist(['day', 'week', 'month', 'year'])),
  basis: v.optional(v.picklist(['average', 'peak', 'spot'])),
  metric: text,
  place: v.optional(text),
  period: isoLike,
  period_words: text,
  attribution: v.array(text),
  comparison: v.optional(comparisonSchema),
  note: v.optional(v.string()),
});

export const sourceFileSchema = closed({
  source: v.unknown(),
  claims: v.optional(v.array(v.unknown()), []),
});

/**
 * The verdict scale, best first. Five ratings, each a different question a numbers desk answers
 * (docs/registry.md, "Verdicts"): does the figure match the best record (accurate / inaccurate),
 * was it right when first published but is no longer current (outdated), is the number right but
 * the impression it gives wrong (misleading), or does no record settle it (unsupported). Their
 * order is the ClaimReview ratingValue, 5 (accurate) down to 1 (inaccurate).
 */
export const RATINGS = ['accurate', 'outdated', 'misleading', 'unsupported', 'inaccurate'] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-03" when `value` is a real calendar day, else null. */
export function calendarDay(value: string | number): string | null {
  const match = DAY.exec(String(value));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? match[0] : null;
}

// A figure as a verdict saw it, as the claim writes it: when the claim's figure changes, the verdict
// is stale. A string: YAML reads 8456 as a number, which would never match the claim's "8,456".
const seenFigure = v.pipe(v.string('must be the figure as the claim writes it, in quotes ("8,456")'), v.trim(), v.minLength(1, 'must not be empty'));

// A verdict's `with` and `check`: which finding of `darien check` it settles. Each claim of `with`
// is an id, or an id with the figure the verdict weighed it at (`{claim, figure}`), so that a
// change on that side too leaves the verdict stale.
const settlesSchema = closed({
  check: text,
  with: v.optional(v.array(v.union([id, closed({ claim: id, figure: seenFigure })], 'must be a claim id, or {claim, figure}')), []),
});

export const verdictSchema = closed({
  claim: id,
  figure: seenFigure,
  rating: v.picklist(RATINGS),
  by: text,
  date: v.pipe(
    isoLike,
    v.check((value) => calendarDay(value) !== null, (issue) => `must be the day of the verdict, YYYY-MM-DD, got ${issue.received}`),
  ),
  reasoning: text,
  evidence: v.pipe(v.array(id), v.minLength(1, 'must name at least one claim or source that settles it')),
  settles: v.optional(v.array(settlesSchema), []),
  url: v.optional(webAddress),
  note: v.optional(v.string()),
});

export const verdictFileSchema = closed({
  verdicts: v.array(v.unknown()),
});

export type MetricInput = v.InferOutput<typeof metricSchema>;
export type SourceInput = v.InferOutput<typeof sourceSchema>;
export type ClaimInput = v.InferOutput<typeof claimSchema>;
export type VerdictInput = v.InferOutput<typeof verdictSchema>;

/** This module's file, for the fingerprint of the code the cache keeps validated inputs under. */
export const MODULE_URL = import.meta.url;
