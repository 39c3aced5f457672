/**
 * Word wrapping for table cells. cli-table3 can wrap, but it measures every word with a regex it
 * builds anew on each call, which cost ~90 ms for the bundled registry's seven tables; wrapping
 * here first and handing it finished lines keeps `darien check` within its startup budget.
 *
 * Widths are string-width's (what cli-table3 and ink measure with): a terminal draws an emoji
 * sequence such as 👨‍👩‍👧 (five code points) in 2 columns, ✅ and ☕ in 2, CJK in 2, and a combining
 * mark in none. A hand-made table of ranges got all three wrong, and a table's right border
 * moved with them.
 */
import type StringWidth from 'string-width';

// Code points every terminal draws one column wide: Latin (with its precomposed accents), and the
// punctuation, dashes, quotes and arrows a registry is full of. Text made only of these is
// measured by its length, and string-width is needed only for text beyond them.
const NARROW = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff]*$/;

let measure: typeof StringWidth | undefined;

/**
 * Loads string-width. It is loaded on demand, not imported, because loading it creates a grapheme
 * segmenter, whose ICU data took 15 ms to load here (45 to 75 ms on a busy machine): a tenth of
 * `darien check`'s start-up budget, spent on a registry whose text is all NARROW. The CLI awaits
 * this before formatting any text that is not (allNarrow); tests, in their setup.
 */
export async function loadTextWidth(): Promise<void> {
  measure ??= (await import('string-width')).default;
}

/** Whether `text` is measured without string-width. */
export function isNarrow(text: string): boolean {
  return NARROW.test(text);
}

/** Whether every string in `value` (plain data: a report, a listing) is NARROW. */
export function allNarrow(value: unknown): boolean {
  if (typeof value === 'string') return NARROW.test(value);
  if (Array.isArray(value)) return value.every(allNarrow);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allNarrow);
  return true;
}

export function textWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  // A path that formats without loading string-width is a bug to find in tests, not a table whose
  // borders silently drift.
  if (measure === undefined) throw new Error('textWidth: string-width is not loaded (await loadTextWidth() before formatting)');
  return measure(text);
}

let graphemes: Intl.Segmenter | undefined;

/** A word's user-perceived characters: an emoji sequence or a letter with its marks is never split. */
function clusters(word: string): string[] {
  if (NARROW.test(word)) return [...word];
  graphemes ??= new Intl.Segmenter();
  return Array.from(graphemes.segment(word), (s) => s.segment);
}

/** Splits a word wider than `width` into pieces that fit, between graphemes. */
function splitGraphemes(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const char of clusters(word)) {
    const w = textWidth(char);
    if (used + w > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += char;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * A word's parts that a line must keep together: the whole word when it is NARROW (an id, a date,
 * a figure); in text of wide characters, each wide grapheme alone and each run of narrow ones, since
 * a line may break on either side of an ideograph or an emoji (UAX #14's class ID), as CJK text,
 * which has no spaces, is wrapped.
 */
function unbreakableRuns(word: string): string[] {
  if (NARROW.test(word)) return [word];
  const runs: string[] = [];
  let run = '';
  for (const char of clusters(word)) {
    if (textWidth(char) < 2) {
      run += char;
      continue;
    }
    if (run !== '') runs.push(run);
    runs.push(char);
    run = '';
  }
  return run === '' ? runs : [...runs, run];
}

/** The width a line must give `word` for wrapText to keep it whole: its widest unbreakable run. */
export function unbreakableWidth(word: string): number {
  // A report lays out the same words again and again (a draft's figure in every finding that
  // names it, a source's id, a period): each is measured once. Bounded, as stem()'s cache is.
  let width = WIDTHS.get(word);
  if (width === undefined) {
    width = Math.max(0, ...unbreakableRuns(word).map(textWidth));
    if (WIDTHS.size > 50_000) WIDTHS.clear();
    WIDTHS.set(word, width);
  }
  return width;
}
const WIDTHS = new Map<string, number>();

// Where a word too wide for any line is broken, best first: after a slash (between a period's two
// dates, between a path's folders), after a hyphen between an id's words (not inside a date such
// as the 2022-01 of "ref-efe-informatevzla-crossings-2022-01"), after any hyphen, beside a wide
// character, else between graphemes. Never before a combining mark or a joiner, which belong to
// the character before.
const BREAKS: ReadonlyArray<(word: string) => string[]> = [
  (word) => word.split(/(?<=\/)(?![\p{M}\u200d])/u),
  (word) => word.split(/(?<=\D-)(?![\p{M}\u200d])|(?<=\d-)(?=[^\d\p{M}\u200d])/u),
  (word) => word.split(/(?<=-)(?![\p{M}\u200d])/u),
  unbreakableRuns,
];

/** Breaks a word wider than `width` into lines, each as full as its break points allow. */
function breakAt(word: string, width: number, level = 0): string[] {
  if (textWidth(word) <= width) return [word];
  const split = BREAKS[level];
  if (split === undefined) return splitGraphemes(word, width);
  const lines: string[] = [];
  let line = '';
  for (const part of split(word).flatMap((part) => breakAt(part, width, level + 1))) {
    if (line !== '' && textWidth(line + part) > width) {
      lines.push(line);
      line = '';
    }
    line += part;
  }
  return [...lines, line];
}

// A word's punctuation: "(" before an id in a message, ")," or ";" after it.
const ENCLOSED = /^([("“‘[]*)(.*?)([)"”’\].,;:!?]*)$/su;

/**
 * The lines of a word wider than `width`. When the word without its punctuation fits (an id in
 * parentheses, a period before a comma), that core stays whole on a line and the punctuation moves
 * beside it or onto a line of its own: a reader copies the id, not the bracket. Only a core wider
 * than the width itself is broken, at breakAt's points.
 */
function breakWord(word: string, width: number): string[] {
  const [, lead = '', core = '', trail = ''] = ENCLOSED.exec(word) ?? [];
  if (core === '' || textWidth(core) > width) return breakAt(word, width);
  if (textWidth(lead + core) <= width) return [lead + core, trail];
  if (textWidth(core + trail) <= width) return [lead, core + trail];
  return [lead, core, trail].filter((part) => part !== '');
}

/**
 * Wraps each line of `text` at word boundaries to at most `width` columns. A word wider than the
 * width is broken by breakWord; its pieces are lines of their own, never joined by a space.
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      const w = textWidth(word);
      const pieces = w > width ? breakWord(word, width) : [word];
      const first = pieces.length === 1 ? w : textWidth(pieces[0]!);
      if (used > 0 && used + 1 + first > width) {
        out.push(line);
        line = '';
        used = 0;
      }
      line = used > 0 ? `${line} ${pieces[0]}` : pieces[0]!;
      used += (used > 0 ? 1 : 0) + first;
      for (const piece of pieces.slice(1)) {
        out.push(line);
        line = piece;
        used = textWidth(piece);
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * Text that quotes drafts or the registry, wrapped to `width` with every line indented: any word
 * of it can land at the start of a line, and a line must start with darien's own text.
 */
export function wrapIndented(text: string, width: number, indent = '  '): string[] {
  return wrapText(text, width - indent.length).map((line) => (line === '' ? line : `${indent}${line}`));
}

/**
 * A hanging indent: the first line as it is (it starts with darien's own words), every later line
 * indented, since any word of the rest can land at the start of a line.
 */
export function wrapHanging(text: string, width: number, indent = '  '): string[] {
  return wrapText(text, width - indent.length).map((line, i) => (i === 0 || line === '' ? line : `${indent}${line}`));
}
