/**
 * A checked series as a reference source file of the registry: the CSV is the source's archived
 * text, and each row a claim that quotes the row as it stands in the file, so `darien check`'s
 * quote-in-text and figure-value checks hold every claim to its row.
 *
 * Re-importing a series over its own file keeps what a fact-checker wrote by hand that the CSV
 * cannot say: each claim's `note` (by claim id), and the source's fields no option was given for.
 */
import type { Series, SeriesRow } from './series.js';
import { escapeTerminal } from '../text/escape.js';
import { registryYaml } from '../text/registry-yaml.js';

export interface SourceMeta {
  readonly id: string;
  readonly outlet: string;
  readonly title?: string;
  readonly author?: string;
  readonly pageDate?: string;
  readonly pageDateInferred?: boolean;
  readonly pageDateNote?: string;
  readonly language: 'en' | 'es';
  /** The CSV, relative to the source file. */
  readonly text: string;
}

export interface ClaimMeta {
  readonly metric: string;
  readonly unit?: string;
  readonly attribution: readonly string[];
  /** Claim ids are `<prefix>-<period>` and `<prefix>-<year>-total`. */
  readonly idPrefix: string;
  /** A column of the CSV whose cell becomes the claim's note (when the cell is not empty). */
  readonly noteColumn?: number;
}

/** What the file being replaced holds that is kept: the source's fields and each claim's note. */
export interface Kept {
  readonly source: Readonly<Record<string, unknown>>;
  readonly notes: ReadonlyMap<string, string>;
}

export function claimId(row: SeriesRow, prefix: string, step: 'month' | 'year'): string {
  if (row.kind === 'part') return `${prefix}-${row.period}`;
  // A year's total in a table of months; a "Total" row spans every row.
  return step === 'month' && /^\d{4}$/.test(row.period) ? `${prefix}-${row.period}-total` : `${prefix}-total`;
}

function sourceData(meta: SourceMeta, kept: Kept | null, csvName: string): Record<string, unknown> {
  const old = kept?.source ?? {};
  const pick = <T>(given: T | undefined, key: string, fallback: unknown): unknown => (given !== undefined ? given : key in old ? old[key] : fallback);
  const data: Record<string, unknown> = {
    id: meta.id,
    kind: 'reference',
    outlet: meta.outlet,
    outlet_inferred_from: pick(undefined, 'outlet_inferred_from', null),
    title: pick(meta.title, 'title', `[table: ${csvName}]`),
    author: pick(meta.author, 'author', meta.outlet),
    page_date: pick(meta.pageDate, 'page_date', null),
    page_date_as_shown: pick(undefined, 'page_date_as_shown', null),
    page_date_inferred: pick(meta.pageDateInferred, 'page_date_inferred', false),
    page_date_note: pick(meta.pageDateNote, 'page_date_note', null),
    republished_from: pick(undefined, 'republished_from', null),
    language: meta.language,
    text: meta.text,
  };
  if (old.note !== undefined && old.note !== null) data.note = old.note;
  return data;
}

function claimData(row: SeriesRow, meta: ClaimMeta, step: 'month' | 'year', kept: Kept | null): Record<string, unknown> {
  const id = claimId(row, meta.idPrefix, step);
  const claim: Record<string, unknown> = {
    id,
    quote: row.record.raw,
    figure: row.figure.text.trim(),
    value: row.value,
  };
  if (meta.unit !== undefined) claim.unit = meta.unit;
  claim.metric = meta.metric;
  claim.period = row.period;
  claim.period_words = `${row.periodCell.text.trim()} (${row.kind === 'total' ? 'total row' : 'table row'})`;
  claim.attribution = [...meta.attribution];
  const cell = meta.noteColumn === undefined ? '' : (row.record.cells[meta.noteColumn]?.text.trim() ?? '');
  const note = cell !== '' ? cell : kept?.notes.get(id);
  if (note !== undefined) claim.note = note;
  return claim;
}

type YamlModule = typeof import('yaml');

/** The registry's style, as `darien extract` writes it: sentences in double quotes, lists inline, a blank line between claims. */
export function sourceFileYaml(series: Series, source: SourceMeta, claims: ClaimMeta, kept: Kept | null, csvName: string, yaml: YamlModule): string {
  const { Document } = yaml;
  const doc = new Document({
    source: sourceData(source, kept, csvName),
    claims: series.rows.map((row) => claimData(row, claims, series.step, kept)),
  });
  doc.commentBefore =
    ` darien import: ${series.rows.length} row${series.rows.length === 1 ? '' : 's'} of ${escapeTerminal(csvName)}, one claim each, quoting its row.\n` +
    ' Made from the CSV: change the CSV and import it again with --force (claim notes are kept).';
  const quoted = new Set(['id', 'quote', 'figure', 'period_words', 'title', 'outlet_inferred_from', 'page_date_note', 'note']);
  // "2021" would read back as a number; the registry writes periods as strings.
  return registryYaml(doc, yaml, (key, value) => quoted.has(key) || (key === 'period' && /^\d{4}$/.test(value)), { json: true });
}

/** Notes and source fields of the file being replaced, read leniently: a file that is not a source file keeps nothing. */
export function keptFrom(text: string, yaml: YamlModule): Kept | null {
  let data: unknown;
  try {
    data = yaml.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { source, claims } = data as { source?: unknown; claims?: unknown };
  const notes = new Map<string, string>();
  if (Array.isArray(claims)) {
    for (const claim of claims) {
      const { id, note } = (claim ?? {}) as { id?: unknown; note?: unknown };
      if (typeof id === 'string' && typeof note === 'string') notes.set(id, note);
    }
  }
  return { source: typeof source === 'object' && source !== null ? (source as Record<string, unknown>) : {}, notes };
}
