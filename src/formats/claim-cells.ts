/**
 * The pieces the editors' formats share: a claim's cells (figure, period, source, quote with the
 * figure highlighted) for the terminal and for markdown, and the table that holds them. Article
 * text is escaped here, once, for where it lands.
 */
import type { ChalkInstance } from 'chalk';
import type { ClaimView } from '../editors/claim-view.js';
import { escapeMarkdownCell, escapeTerminal } from '../text/escape.js';
import { textWidth, wrapText } from '../text/wrap.js';
import { renderBox } from './box.js';
import { columnWidths, longestWords } from './table.js';

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
 * Paints the marked spans of wrapped lines; a span may run over several lines. Each line is first
 * padded to `width` visible columns: the box measures the escape codes as text and would pad short.
 */
export function paintHighlights(lines: readonly string[], chalk: ChalkInstance, width: number): string[] {
  let inside = false;
  return lines.map((line) => {
    let out = ' '.repeat(Math.max(0, width - textWidth(line.replace(MARKERS, ''))));
    const padding = out;
    out = '';
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

/** A terminal table of claims: figure, period, source, quote, drawn by box.ts as check's are. */
export function claimTable(claims: readonly ClaimView[], options: EditorFormatOptions, chalk: ChalkInstance): string {
  const raw = claims.map((claim) => [figureCell(claim), periodCell(claim), sourceCell(claim), quoteCell(claim, options.color)]);
  // Room for each id and date whole, where the width allows (columnWidths).
  const widths = columnWidths(options.width, longestWords(raw.map((row) => row.slice(0, 3))));
  const rows = raw.map((row) => {
    const cells = row.map((cell, i) => wrapText(cell, widths[i]!));
    if (options.color) cells[3] = paintHighlights(cells[3]!, chalk, widths[3]!);
    return cells;
  });
  return renderBox(['figure', 'period', 'source', 'quote'], rows, { widths, chalk });
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
