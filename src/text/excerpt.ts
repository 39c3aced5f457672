/**
 * A claim quotes its sentence. A "sentence" of thousands of figures (a pasted table, a list with no
 * full stop) would then be quoted once per figure, and every report and table grows as its square:
 * two thousand figures in one 12 KB line gave 300 MB of JSON and a table too long to print. Past MAX_QUOTE characters, a figure's
 * quote is the part of its sentence around it, cut at spaces, with an ellipsis for what is left out.
 */
// Long enough for any sentence of prose: split at full stops, the longest in ../shared/corpus is 255.
export const MAX_QUOTE = 600;

/** The text, or, when longer than `max`, a window of about `max` characters around [from, to). */
export function excerpt(text: string, from: number, to: number, max = MAX_QUOTE): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - (to - from));
  let start = Math.max(0, from - (room >> 1));
  let end = Math.min(text.length, Math.max(to, start + max));
  start = Math.max(0, Math.min(start, end - max));
  // Whole words at the cut, when a space is near enough.
  const space = start > 0 ? text.indexOf(' ', start) : -1;
  if (space >= 0 && space < from && space - start < 24) start = space + 1;
  const lastSpace = end < text.length ? text.lastIndexOf(' ', end) : -1;
  if (lastSpace > to && end - lastSpace < 24) end = lastSpace;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
