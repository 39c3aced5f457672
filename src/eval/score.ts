/**
 * Scoring the reader against a labeled corpus (shared/corpus, its README has the rules): pure
 * functions from the corpus's tables and darien's output to counts, so the tests can hold floors
 * on them and `npm run eval` can print them. Nothing here reads files or runs darien.
 */
import { parsePeriod, PeriodError, type Period } from '../model/period.js';

/** A tab-separated table with a header row, as the corpus writes them. */
export function readTsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}

export interface Tally {
  hit: number;
  of: number;
}

export function ratio(t: Tally): string {
  return t.of === 0 ? '–' : `${t.hit}/${t.of} (${((100 * t.hit) / t.of).toFixed(0)}%)`;
}

function bump(map: Map<string, Tally>, key: string, hit: boolean): void {
  const tally = map.get(key) ?? { hit: 0, of: 0 };
  tally.of++;
  if (hit) tally.hit++;
  map.set(key, tally);
}

// --- drafts: lint ---------------------------------------------------------------------------

export interface ExpectedLine {
  readonly file: string;
  readonly line: number;
  readonly expect: 'flag' | 'ok' | 'any';
  readonly kind: string;
}

export interface DraftScore {
  /** flag rows flagged, overall, per kind and per file. */
  readonly sensitivity: Tally;
  /** ok rows left clean. */
  readonly specificity: Tally;
  readonly byKind: Map<string, Tally>;
  readonly byFile: Map<string, { flag: Tally; ok: Tally }>;
  /** Lines flagged that the table does not judge: false alarms on prose or headings. */
  readonly unjudged: string[];
  /** ok rows flagged and flag rows missed, for a reader looking for classes of failure. */
  readonly falseAlarms: string[];
  readonly misses: string[];
}

export function scoreDrafts(expected: readonly ExpectedLine[], flagged: ReadonlySet<string>): DraftScore {
  const sensitivity = { hit: 0, of: 0 };
  const specificity = { hit: 0, of: 0 };
  const byKind = new Map<string, Tally>();
  const byFile = new Map<string, { flag: Tally; ok: Tally }>();
  const judged = new Set<string>();
  const falseAlarms: string[] = [];
  const misses: string[] = [];
  for (const row of expected) {
    const key = `${row.file}:${row.line}`;
    judged.add(key);
    if (row.expect === 'any') continue;
    const isFlagged = flagged.has(key);
    const file = byFile.get(row.file) ?? { flag: { hit: 0, of: 0 }, ok: { hit: 0, of: 0 } };
    byFile.set(row.file, file);
    if (row.expect === 'flag') {
      sensitivity.of++;
      file.flag.of++;
      if (isFlagged) sensitivity.hit++, file.flag.hit++;
      else misses.push(`${key} ${row.kind}`);
      bump(byKind, row.kind, isFlagged);
    } else {
      specificity.of++;
      file.ok.of++;
      if (!isFlagged) specificity.hit++, file.ok.hit++;
      else falseAlarms.push(`${key} ${row.kind}`);
      bump(byKind, row.kind, !isFlagged);
    }
  }
  const unjudged = [...flagged].filter((key) => !judged.has(key)).sort();
  return { sensitivity, specificity, byKind, byFile, unjudged, falseAlarms, misses };
}

// --- articles: extract ----------------------------------------------------------------------

export interface ExpectedClaim {
  readonly file: string;
  readonly line: number;
  readonly figure: string;
  readonly value: string;
  readonly metric: string;
  readonly period: string;
  readonly kind: string;
}

export interface ProposedClaim {
  readonly line: number;
  readonly figure: string;
  readonly value: number | null;
  /** The metric id, or null for none proposed (`TODO`). */
  readonly metric: string | null;
  /** As written in the proposal: a registry period, or `unknown`. */
  readonly period: string;
}

export interface ArticleScore {
  readonly recall: Tally;
  readonly metric: Tally;
  readonly period: Tally;
  /** Rows whose metric is `none`: right when nothing is proposed. */
  readonly metricNone: Tally;
  /**
   * Rows of a catalogue metric that the reader gave a metric and a period, so that lint would
   * check them: of every such row, recalled or not.
   */
  readonly checked: Tally;
  readonly byFile: Map<string, { recall: Tally; metric: Tally; period: Tally }>;
  readonly byKind: Map<string, { recall: Tally; metric: Tally; period: Tally }>;
  readonly wrong: string[];
}

const QUOTES = /[“”„"]/g;
const APOSTROPHES = /[‘’‚']/g;

export function normalise(text: string): string {
  return text.replace(QUOTES, '"').replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function interval(text: string): Period | 'unknown' | null {
  if (text === 'unknown' || text === '') return 'unknown';
  try {
    return parsePeriod(text);
  } catch (error) {
    if (error instanceof PeriodError) return null;
    throw error;
  }
}

/** Periods equal as intervals: `2024-07` is `2024-07-01/2024-07-31`; `unknown` only `unknown`. */
export function samePeriodText(a: string, b: string): boolean {
  const x = interval(a);
  const y = interval(b);
  if (x === null || y === null) return false;
  if (x === 'unknown' || y === 'unknown') return x === y;
  return x.start === y.start && x.end === y.end;
}

function sameFigure(row: ExpectedClaim, claim: ProposedClaim): boolean {
  const a = normalise(row.figure);
  const b = normalise(claim.figure);
  if (a !== '' && b !== '' && (a.includes(b) || b.includes(a))) return true;
  if (row.value !== '' && claim.value !== null && Number(row.value) === claim.value) return true;
  // The date of an event matches a proposed event (no value) of that date, not a count of the period.
  return row.kind === 'event-date' && claim.value === null && samePeriodText(row.period, claim.period);
}

function fileTallies<K>(map: Map<K, { recall: Tally; metric: Tally; period: Tally }>, key: K) {
  const entry = map.get(key) ?? { recall: { hit: 0, of: 0 }, metric: { hit: 0, of: 0 }, period: { hit: 0, of: 0 } };
  map.set(key, entry);
  return entry;
}

/** One article's rows against its proposals; `claims` are that article's alone. */
export function scoreArticle(rows: readonly ExpectedClaim[], claims: readonly ProposedClaim[], into: ArticleScore): void {
  const used = new Set<ProposedClaim>();
  for (const row of rows) {
    const match = claims.find((claim) => !used.has(claim) && claim.line === row.line && sameFigure(row, claim));
    const file = fileTallies(into.byFile, row.file);
    const kind = fileTallies(into.byKind, row.kind);
    into.recall.of++, file.recall.of++, kind.recall.of++;
    if (row.metric !== 'none') into.checked.of++;
    if (match && row.metric !== 'none' && match.metric !== null && match.period !== 'unknown') into.checked.hit++;
    if (!match) {
      into.wrong.push(`${row.file}:${row.line} missed "${row.figure}"`);
      continue;
    }
    used.add(match);
    into.recall.hit++, file.recall.hit++, kind.recall.hit++;
    const metricRight = row.metric === 'none' ? match.metric === null : match.metric === row.metric;
    const periodRight = samePeriodText(row.period, match.period);
    for (const t of [into.metric, file.metric, kind.metric]) t.of++, (t.hit += metricRight ? 1 : 0);
    for (const t of [into.period, file.period, kind.period]) t.of++, (t.hit += periodRight ? 1 : 0);
    if (row.metric === 'none') into.metricNone.of++, (into.metricNone.hit += metricRight ? 1 : 0);
    if (!metricRight) into.wrong.push(`${row.file}:${row.line} "${row.figure}" metric ${match.metric ?? 'TODO'}, want ${row.metric}`);
    if (!periodRight) into.wrong.push(`${row.file}:${row.line} "${row.figure}" period ${match.period}, want ${row.period}`);
  }
}

export function emptyArticleScore(): ArticleScore {
  return {
    recall: { hit: 0, of: 0 },
    metric: { hit: 0, of: 0 },
    period: { hit: 0, of: 0 },
    metricNone: { hit: 0, of: 0 },
    checked: { hit: 0, of: 0 },
    byFile: new Map(),
    byKind: new Map(),
    wrong: [],
  };
}
