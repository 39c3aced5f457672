/**
 * The pieces the editors' formats share: a claim's cells (figure, period, source, quote with the
 * figure highlighted) for the terminal and for markdown, and the table that holds them. Article
 * text is escaped here, once, for where it lands.
 */
import type { ChalkInstance } from 'chalk';
import type { ClaimView } from '../editors/claim-view.js';
import { escapeMarkdownCell, escapeTerminal } from '../text/escape.js';
import { textWidth, wrapHanging } from '../text/wrap.js';
import { CLAIM_HEAD, readableWidth, tableOrCards, type PaintColumn } from './table.js';

export interface EditorFormatOptions {
  /** Terminal width in columns; tables wrap to fit. */
  readonly width: number;
  readonly color: boolean;
}

// Private-use characters stand for the highlight while a quote is wrapped, so that the escape
// codes colour adds are never measured or split; each wrapped line is painted afterwards.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/** Terminal-safe text that cannot forge a highlight marker. */
export function terminalText(text: string): string {
  return escapeTerminal(text).replace(MARKERS, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}

/** Markdown-safe text: a table cell's escapes, and no stray emphasis or links from article text. */
export function markdownText(text: string): string {
  return escapeMarkdownCell(text).replace(/([*_`[\]])/g, '\\$1');
}

/** The quote with its figure marked: [[figure]] without colour, markers to paint with it. */
export function quoteCell(claim: ClaimView, color: boolean): string {
  const { quote, highlight } = claim;
  if (highlight === null) return `“${terminalText(quote)}”`;
  const [open, close] = color ? [OPEN, CLOSE] : ['[[', ']]'];
  const [from, to] = highlight;
  return `“${terminalText(quote.slice(0, from))}${open}${terminalText(quote.slice(from, to))}${close}${terminalText(quote.slice(to))}”`;
}

/**
 * Paints the marked spans of wrapped lines; a span may run over several lines. In a table's
 * column (`width`), each line is first padded to `width` visible columns: the box measures the
 * escape codes as text and would pad short. A card's lines (no width) are not padded.
 */
export function paintHighlights(lines: readonly string[], chalk: ChalkInstance, width: number | null = null): string[] {
  let inside = false;
  return lines.map((line) => {
    const padding = width === null ? '' : ' '.repeat(Math.max(0, width - textWidth(line.replace(MARKERS, ''))));
    let out = '';
    for (const piece of line.split(/([\uE000\uE001])/)) {
      if (piece === OPEN) inside = true;
      else if (piece === CLOSE) inside = false;
      else if (piece !== '') out += inside ? chalk.bold.inverse(piece) : piece;
    }
    return out + padding;
  });
}

function rangeText(claim: ClaimView): string {
  if (claim.range === null) return '';
  return `${claim.range}${claim.unit && claim.unit !== 'people' ? ` ${claim.unit}` : ''}${claim.per ? ` per ${claim.per}` : ''}`;
}

/** "rated inaccurate 2026-12-03": the verdict in a word and its day, under the figure. */
function verdictText(claim: ClaimView): string | null {
  return claim.verdict ? `rated ${claim.verdict.rating} ${claim.verdict.date}` : null;
}

export function figureCell(claim: ClaimView): string {
  const range = terminalText(rangeText(claim));
  const comparison = claim.comparison ? `\n(${terminalText(claim.comparison)})` : '';
  const verdict = verdictText(claim);
  return `${terminalText(claim.figure)}${range ? `\n${range}` : ''}${comparison}${verdict ? `\n${terminalText(verdict)}` : ''}`;
}

export function periodCell(claim: ClaimView): string {
  return `${terminalText(claim.period ?? 'unknown')}\n"${terminalText(claim.periodWords)}"`;
}

export function sourceCell(claim: ClaimView): string {
  const s = claim.source;
  const date = `${terminalText(s.pageDate)}${s.pageDateInferred ? ' (inferred)' : ''}`;
  const copy = s.republishedFrom ? `\ncopy of ${terminalText(s.republishedFrom)}` : '';
  return `${terminalText(s.id)} (${s.kind})\n${date}\n${terminalText(claim.attribution)}${copy}`;
}

/**
 * A terminal table of claims (figure, period, source, quote) as check's are drawn, or cards where
 * its columns cannot hold each id, date and figure whole (tableOrCards).
 */
export function claimTable(claims: readonly ClaimView[], options: EditorFormatOptions, chalk: ChalkInstance): string {
  const cells = claims.map((claim) => [figureCell(claim), periodCell(claim), sourceCell(claim), quoteCell(claim, options.color)]);
  // The quote's markers become colour only after wrapping, so that escape codes are never split.
  const paint: PaintColumn = (lines, column, width) => (options.color && column === 3 ? paintHighlights(lines, chalk, width) : lines);
  return tableOrCards(CLAIM_HEAD, cells, readableWidth(options.width), chalk, paint);
}

/**
 * One of darien's own lines, wrapped to the width and painted line by line: a heading or a sentence
 * that names a figure, a metric id or a period. Its later lines are indented (wrapHanging), since
 * any word of it may be the registry's or the query's, and a line starts with darien's own text.
 */
export function ownLines(text: string, width: number, paint: (line: string, index: number) => string = (line) => line): string {
  return wrapHanging(text, readableWidth(width)).map(paint).join('\n');
}

/** The quote for a markdown cell, the figure in bold. */
export function markdownQuote(claim: ClaimView): string {
  const { quote, highlight } = claim;
  if (highlight === null) return `“${markdownText(quote)}”`;
  const [from, to] = highlight;
  return `“${markdownText(quote.slice(0, from))}**${markdownText(quote.slice(from, to))}**${markdownText(quote.slice(to))}”`;
}

export function markdownClaimTable(claims: readonly ClaimView[]): string {
  const rows = claims.map((claim) => {
    const range = markdownText(rangeText(claim));
    const verdict = verdictText(claim);
    const figure = [markdownText(claim.figure), range, claim.comparison ? `(${markdownText(claim.comparison)})` : '', verdict ? markdownText(verdict) : '']
      .filter((x) => x !== '')
      .join('<br>');
    const period = `${markdownText(claim.period ?? 'unknown')}<br>“${markdownText(claim.periodWords)}”`;
    const s = claim.source;
    const source = [
      `${markdownText(s.id)} (${s.kind})`,
      `${markdownText(s.pageDate)}${s.pageDateInferred ? ' (inferred)' : ''}`,
      markdownText(claim.attribution),
      s.republishedFrom ? `copy of ${markdownText(s.republishedFrom)}` : '',
    ].filter((x) => x !== '').join('<br>');
    return `| ${figure} | ${period} | ${source} | ${markdownQuote(claim)} |`;
  });
  return ['| figure | period | source | quote |', '|---|---|---|---|', ...rows].join('\n');
}
