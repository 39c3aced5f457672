/**
 * Whether a cache entry can stand in for reading its file: it was made by this very reading code,
 * and it has the shape the loader takes in. An entry that fails either is no entry: the file is
 * read again and the entry replaced. Without this, an entry of the wrong shape (a disk error the
 * serialiser still reads, a hand-edited or foreign file) was an internal error on every run until
 * the cache was deleted.
 *
 * The shape is checked against the types the schemas give (registry/schema.ts), by a check
 * written out by hand: each field of MetricInput, SourceInput and ClaimInput with the type of
 * value it may hold, the picklists the schemas' own. On `npm run bench`'s 100,000-claim archive
 * this took 68 ms, against 591 ms for the registry's compiled schemas and 1,141 ms for valibot's
 * `v.is` (medians of 9 in one process, the machine loaded; reading the entries took 1,318 ms): the
 * cache exists for speed. What it does not check (an empty or untrimmed string, an unknown field)
 * cannot trip the loader; the values were validated before they were written.
 */
import { claimSchema, metricSchema, sourceSchema, verdictSchema, type ClaimInput, type MetricInput, type SourceInput, type VerdictInput } from './schema.js';

/** A file that validated without a problem, as the loader takes it in. */
export type Classified =
  | { readonly metrics: readonly MetricInput[] }
  | { readonly source: SourceInput | string; readonly claims: readonly ClaimInput[] }
  | { readonly verdicts: readonly VerdictInput[] };

/** What the loader keeps for one file: a valid file's inputs, or the parse of a file with problems. */
export interface CacheEntry {
  readonly code: string;
  readonly classified?: Classified;
  readonly parse?: unknown;
}

type Check = (value: unknown) => boolean;
type Fields = Record<string, unknown>;

const text: Check = (value) => typeof value === 'string';
const finite: Check = (value) => Number.isFinite(value);
// A date or period as the schema leaves it: a string, or a bare year as a number.
const isoLike: Check = (value) => typeof value === 'string' || typeof value === 'number';
const optional = (check: Check): Check => (value) => value === undefined || check(value);
const nullish = (check: Check): Check => (value) => value === undefined || value === null || check(value);
const texts: Check = (value) => Array.isArray(value) && value.every(text);
const optionalText = optional(text);
const nullishText = nullish(text);
const oneOf = (options: readonly unknown[]): Check => (value) => options.includes(value);
const optionalFinite = optional(finite);
const optionalIsoLike = optional(isoLike);
const nullishIsoLike = nullish(isoLike);

// The picklists are the schemas' own.
const METRIC_KIND = oneOf(metricSchema.entries.kind.options);
const METRIC_PER = optional(oneOf(metricSchema.entries.per.wrapped.options));
const SOURCE_KIND = oneOf(sourceSchema.entries.kind.options);
const LANGUAGE = oneOf(sourceSchema.entries.language.wrapped.options);
const CLAIM_PER = optional(oneOf(claimSchema.entries.per.wrapped.options));
const BASIS = optional(oneOf(claimSchema.entries.basis.wrapped.options));
const COMPARISON_KIND = oneOf(claimSchema.entries.comparison.wrapped.entries.kind.options);
const DIRECTION = optional(oneOf(claimSchema.entries.comparison.wrapped.entries.direction.wrapped.options));
const RATING = oneOf(verdictSchema.entries.rating.options);

// Each field is read by name: on 100,000 claims, looking fields up from a table of names took
// ~170 ms against ~15 ms. tests/registry/cache.test.ts spoils each field the schemas name in turn,
// so a field added to a schema and not here fails a test.

function isFrame(f: Fields): boolean {
  return texts(f.counts) && texts(f.actions) && texts(f.local_actions) && texts(f.places) && texts(f.within);
}

function isMetric(m: Fields): boolean {
  return (
    text(m.id) && text(m.counts) && METRIC_KIND(m.kind) && optionalText(m.unit) && text(m.place) && texts(m.phrases) &&
    (m.frame === undefined || (isRecord(m.frame) && isFrame(m.frame))) &&
    optionalText(m.rate_of) && METRIC_PER(m.per) && (m.typical === undefined || typeof m.typical === 'boolean') && (m.once === undefined || typeof m.once === 'boolean') && optionalIsoLike(m.date) && optionalIsoLike(m.born) && optionalText(m.note)
  );
}

function isRepublication(r: unknown): boolean {
  return text(r) || (isRecord(r) && text(r.outlet) && nullishText(r.author) && nullishIsoLike(r.date) && nullishText(r.note));
}

const nullishRepublication = nullish(isRepublication);

function isSource(s: Fields): boolean {
  return (
    text(s.id) && SOURCE_KIND(s.kind) && text(s.outlet) && nullishText(s.outlet_inferred_from) && text(s.title) && text(s.author) &&
    isoLike(s.page_date) && nullishText(s.page_date_as_shown) && typeof s.page_date_inferred === 'boolean' && nullishText(s.page_date_note) &&
    nullishRepublication(s.republished_from) && LANGUAGE(s.language) && text(s.text) && nullishText(s.url) && nullishText(s.note)
  );
}

function isComparison(c: Fields): boolean {
  return COMPARISON_KIND(c.kind) && DIRECTION(c.direction) && optionalText(c.subject) && optionalText(c.baseline) && optionalIsoLike(c.baseline_period);
}

function isClaim(c: Fields): boolean {
  return (
    text(c.id) && text(c.quote) && text(c.figure) && optionalFinite(c.value) && optionalText(c.hedge) &&
    (c.interval === undefined || (Array.isArray(c.interval) && finite(c.interval[0]) && typeof c.interval[1] === 'number')) &&
    optionalText(c.unit) && CLAIM_PER(c.per) && BASIS(c.basis) && text(c.metric) && optionalText(c.place) && isoLike(c.period) &&
    text(c.period_words) && texts(c.attribution) && (c.comparison === undefined || (isRecord(c.comparison) && isComparison(c.comparison))) &&
    optionalText(c.note)
  );
}

function isSettles(s: Fields): boolean {
  return text(s.check) && Array.isArray(s.with) && s.with.every((item) => text(item) || (isRecord(item) && Object.keys(item).length === 2 && text(item.claim) && text(item.figure)));
}

function isVerdict(v: Fields): boolean {
  return (
    text(v.claim) && text(v.figure) && RATING(v.rating) && text(v.by) && isoLike(v.date) && text(v.reasoning) && texts(v.evidence) &&
    every(v.settles, isSettles) && optionalText(v.url) && optionalText(v.note)
  );
}

const every = (items: unknown, check: (fields: Fields) => boolean): boolean => Array.isArray(items) && items.every((item) => isRecord(item) && check(item));

/** The check for each kind of input, for the tests. */
export const SHAPE_CHECKS = { metric: isMetric, source: isSource, claim: isClaim, verdict: isVerdict } as const;

function isClassified(value: unknown): value is Classified {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'metrics') return every(value.metrics, isMetric);
  if (keys.length === 1 && keys[0] === 'verdicts') return every(value.verdicts, isVerdict);
  if (keys.length !== 2 || !('source' in value) || !('claims' in value)) return false;
  const source = value.source;
  return (typeof source === 'string' ? source !== '' : isRecord(source) && isSource(source)) && every(value.claims, isClaim);
}

/**
 * A file's parse as YAML's core schema can give it: mappings, lists, strings, numbers, booleans
 * and null. Anything else (a Map, a Date, a typed array) is not a parse and could trip the
 * loader. A value met twice (a YAML alias) is checked once; nesting past 1,000 is taken as no parse.
 */
function isParse(value: unknown, seen = new Set<object>(), depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return true;
  if (typeof value !== 'object' || depth > 1000) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  const items = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : null;
  return items !== null && items.every((item) => isParse(item, seen, depth + 1));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The entry, when this code made it and it has the shape the loader takes in; else undefined. */
export function usableEntry(cached: unknown, code: string): CacheEntry | undefined {
  if (!isRecord(cached) || cached.code !== code || Object.keys(cached).length !== 2) return undefined;
  const { classified, parse } = cached;
  if ('classified' in cached) return isClassified(classified) ? { code, classified } : undefined;
  return parse !== undefined && isParse(parse) ? { code, parse } : undefined;
}
