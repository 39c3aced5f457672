/**
 * A CSV file as located cells: csv-parse reads the records (quoting, doubled quotes, line breaks
 * inside quoted cells, a byte-order mark, CRLF), and each cell keeps the line and column it starts
 * at, so that every problem with the series can be reported as file:line:column like the
 * registry's own problems.
 */
import type { Problem } from '../registry/problems.js';

export interface Cell {
  /** The cell's value as csv-parse read it (quotes removed, doubled quotes undone). */
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export interface CsvRecord {
  /** The line the record starts on (1-based). */
  readonly line: number;
  /** The record exactly as it stands in the file, without its line break: what a claim quotes. */
  readonly raw: string;
  readonly cells: readonly Cell[];
}

export interface CsvTable {
  readonly header: CsvRecord | null;
  readonly records: readonly CsvRecord[];
  readonly problems: readonly Problem[];
}

type Parse = (input: string, options: Record<string, unknown>) => unknown;

interface Position {
  line: number;
  column: number;
}

/** Line and column of every character offset of the text, found once. */
function locator(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/**
 * Where each cell of a raw record starts, by the same rules csv-parse read it with (RFC 4180: a
 * delimiter inside quotes is text). csv-parse does not report cell positions; this scan only
 * finds the starts, the values are csv-parse's.
 */
export function cellStarts(raw: string, delimiter = ','): { starts: number[]; openQuote: number | null } {
  const starts = [0];
  let quoted = false;
  let openedAt: number | null = null;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '"') {
      if (!quoted && i === starts[starts.length - 1]) {
        quoted = true;
        openedAt = i;
      } else if (quoted && raw[i + 1] === '"') i++;
      else if (quoted) quoted = false;
    } else if (char === delimiter && !quoted) starts.push(i + 1);
  }
  return { starts, openQuote: quoted ? openedAt : null };
}

const CSV_REASONS: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'a quoted cell goes on after its closing quote (write "" for a quote inside a quoted cell)',
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of cells',
};

/**
 * Reads the CSV. A syntax error stops the reading there: after a broken quote csv-parse can no
 * longer tell where rows start, so what it reads beyond would be noise, not problems. The rows read
 * before it are still returned, so their own problems are reported in the same run.
 */
export function readCsv(text: string, file: string, parse: Parse): CsvTable {
  const locate = locator(text);
  const problems: Problem[] = [];
  const records: CsvRecord[] = [];
  let cursor = 0;
  // Where the first syntax error stands: no record from there on is read.
  let failedAt: number | null = null;
  // Records are located as csv-parse reads them, so that a syntax error is found after them.
  const take = (record: string[], raw: string): void => {
    const at = text.indexOf(raw, cursor);
    if (at < 0 || failedAt !== null) return;
    cursor = at + raw.length;
    const line = raw.replace(/\r?\n?$/, '');
    const { starts } = cellStarts(line);
    const cells = record.map((value, i) => ({ text: value, ...locate(at + (starts[i] ?? 0)) }));
    records.push({ line: locate(at).line, raw: line.replace(/\r$/, ''), cells });
  };
  parse(text, {
    raw: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_record: ({ record, raw }: { record: string[]; raw: string }) => {
      take(record, raw);
      return null;
    },
    on_skip: (error: { code?: string; message: string } | undefined, chunk: string | undefined) => {
      if (failedAt !== null || !error) return;
      const piece = chunk ?? '';
      const found = text.indexOf(piece, cursor);
      const start = found < 0 ? cursor : found;
      const { openQuote } = cellStarts(piece);
      const offset = error.code === 'CSV_INVALID_CLOSING_QUOTE' ? start + piece.length : openQuote !== null ? start + openQuote : start;
      failedAt = start;
      const reason = CSV_REASONS[error.code ?? ''] ?? error.message.replace(/ at line \d+.*$/, '');
      problems.push({ file, ...locate(offset), message: `not CSV: ${reason}; the rows after it were not read` });
    },
  });
  const [header = null, ...body] = records;
  return { header, records: body, problems };
}
