/**
 * Word wrapping for table cells. cli-table3 can wrap, but it measures every word with a regex it
 * builds anew on each call, which cost ~90 ms for the bundled registry's seven tables; wrapping
 * here first and handing it finished lines keeps `darien check` within its startup budget.
 */

/** Columns a character takes in a terminal: 0 for combining marks, 2 for wide East Asian forms. */
function charWidth(codePoint: number): number {
  if (codePoint < 0x300) return 1;
  if ((codePoint >= 0x300 && codePoint <= 0x36f) || (codePoint >= 0x200b && codePoint <= 0x200f) || codePoint === 0xfe0f) return 0;
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

/** Splits a word wider than `width` into pieces that fit. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const char of word) {
    const w = charWidth(char.codePointAt(0)!);
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

/** Wraps each line of `text` at word boundaries to at most `width` columns. */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      for (const piece of textWidth(word) > width ? splitWord(word, width) : [word]) {
        const w = textWidth(piece);
        if (used > 0 && used + 1 + w > width) {
          out.push(line);
          line = '';
          used = 0;
        }
        line = used > 0 ? `${line} ${piece}` : piece;
        used += (used > 0 ? 1 : 0) + w;
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
