/**
 * Markdown drafts hold text that is not prose: front matter, code, link targets, URLs, HTML. A
 * figure read from `https://example.org/2024/07/17` or from a code sample is not a claim. Rather
 * than parse markdown into a tree and lose offsets, the non-prose parts are blanked out with spaces
 * (line breaks kept), so every offset in the masked text is the offset in the file and a figure's
 * line and column need no mapping back.
 *
 * Plain text goes through the same masking: it has no front matter or fences, and its URLs must go.
 */

export interface HtmlComment {
  /** Offsets of `<!--` and just past `-->`. */
  readonly start: number;
  readonly end: number;
  /** What is between the markers, trimmed. */
  readonly body: string;
}

export interface FrontMatter {
  /** Offset just past the closing `---`; 0 when there is none. */
  readonly end: number;
  /** Scalar `key: value` pairs at the top level, quotes removed. */
  readonly fields: ReadonlyMap<string, { readonly value: string; readonly line: number; readonly column: number }>;
}

export interface MaskedText {
  readonly text: string;
  /** Same length as `text`; what is not prose is spaces. */
  readonly masked: string;
  readonly frontMatter: FrontMatter;
  readonly comments: readonly HtmlComment[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Blanks the ranges (sorted, not overlapping) of `text`, keeping line breaks so lines and columns stay put. */
function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  const pieces: string[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor) continue;
    pieces.push(text.slice(cursor, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    cursor = end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

/** The front matter, read alone: the date it holds decides how the rest of the text is read. */
export function readFrontMatter(text: string): FrontMatter {
  const fields = new Map<string, { value: string; line: number; column: number }>();
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return { end: 0, fields };
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const closing = close.exec(rest);
  if (!closing) return { end: 0, fields };
  const body = rest.slice(0, closing.index);
  let line = 2;
  for (const raw of body.split('\n')) {
    const match = /^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*\r?$/.exec(raw);
    if (match && match[2] !== '') {
      const value = match[2]!.replace(/^(['"])(.*)\1$/, '$2');
      fields.set(match[1]!.toLowerCase(), { value, line, column: raw.indexOf(match[2]!) + 1 });
    }
    line++;
  }
  return { end: open[0].length + closing.index + closing[0].length, fields };
}

const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Columns of leading white space, a tab to the next multiple of four (CommonMark). */
function indentation(line: string): number {
  let columns = 0;
  for (const c of line) {
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * Masks front matter, fenced and indented code, inline code, HTML comments and tags, link and
 * image targets, reference definitions, autolinks and bare URLs.
 *
 * An indented code block is taken as CommonMark takes it at the top level: lines indented four
 * columns or more after a blank line, outside a list. Inside a list, indentation is the item's
 * continuation, and right after a line of text it continues that paragraph; both stay prose. (A
 * code block nested in a list item, eight columns in, is read as prose too: darien errs towards
 * reading a figure over hiding one.)
 */
export function maskMarkdown(text: string, options: { readonly plainText?: boolean } = {}): MaskedText {
  // Plain text has no code blocks of its own: an indented paragraph there is still a paragraph.
  const indentedCode = options.plainText !== true;
  const frontMatter = readFrontMatter(text);
  const code: Array<[number, number]> = frontMatter.end > 0 ? [[0, frontMatter.end]] : [];

  // Fenced and indented code, line by line.
  let offset = 0;
  let fence: { char: string; length: number } | null = null;
  let afterBlank = true;
  let inList = false;
  let indented = false;
  for (const line of text.split('\n')) {
    const lineEnd = offset + line.length;
    if (offset >= frontMatter.end) {
      const match = FENCE.exec(line);
      const blank = /^[ \t\r]*$/.test(line);
      if (fence) {
        code.push([offset, lineEnd]);
        if (match && match[1]![0] === fence.char && match[1]!.length >= fence.length && line.trim() === match[1]) fence = null;
      } else if (blank) {
        afterBlank = true;
      } else if (indentedCode && indentation(line) >= 4 && (indented || (afterBlank && !inList))) {
        indented = true;
        code.push([offset, lineEnd]);
      } else {
        indented = false;
        if (match) {
          fence = { char: match[1]![0]!, length: match[1]!.length };
          code.push([offset, lineEnd]);
        }
        // A list lasts until a line of text at the left margin follows a blank line.
        if (LIST_ITEM.test(line)) inList = true;
        else if (afterBlank && indentation(line) < 2) inList = false;
      }
      if (!blank) afterBlank = false;
    }
    offset = lineEnd + 1;
  }
  let masked = blankRanges(text, code);

  const comments: HtmlComment[] = [];
  const masks: Array<[RegExp, (m: RegExpExecArray) => readonly [number, number]]> = [
    [/<!--([\s\S]*?)-->/g, (m) => {
      comments.push({ start: m.index, end: m.index + m[0].length, body: m[1]!.trim() });
      return [m.index, m.index + m[0].length];
    }],
    // Inline code: a run of backticks up to the same run, within a paragraph.
    [/(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n)[\s\S])+?)(?<!`)\1(?!`)/g, (m) => [m.index, m.index + m[0].length]],
    // Link and image targets: keep "[text]", blank "(target "title")". A target in angle brackets
    // may hold spaces and parentheses (CommonMark), "(<https://x.org/a b 99>)", but no line break.
    [/\]\((?:<(?:[^<>\n\\]|\\.)*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, (m) => [m.index + 1, m.index + m[0].length]],
    // Footnote markers "[^2]" and the labels of their definitions "[^2]: ..." (GFM): not figures.
    // The footnote's own text stays, to be read as prose.
    [/\[\^[^\]\s]+\]:?/g, (m) => [m.index, m.index + m[0].length]],
    // Reference links "[text][id]" and definitions "[id]: url".
    [/\]\[[^\]\n]*\]/g, (m) => [m.index + 1, m.index + m[0].length]],
    [/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, (m) => [m.index, m.index + m[0].length]],
    // Autolinks and HTML tags (attributes carry numbers: width="640").
    [/<(?:[a-z][a-z0-9+.-]*:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/gi, (m) => [m.index, m.index + m[0].length]],
    [/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, (m) => [m.index, m.index + m[0].length]],
    // Terminal escape sequences and other control characters: "\e[31m" and "\e]0;title\a" carry
    // digits that are no figures (CSI, OSC up to BEL or ST, then any lone control character).
    [/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (m) => [m.index, m.index + m[0].length]],
    // Bare URLs and www. addresses.
    [/\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()"'`]*[^\s<>()"'`.,;:!?]/gi, (m) => [m.index, m.index + m[0].length]],
  ];
  for (const [pattern, range] of masks) {
    const ranges: Array<readonly [number, number]> = [];
    for (let m = pattern.exec(masked); m !== null; m = pattern.exec(masked)) ranges.push(range(m));
    masked = blankRanges(masked, ranges);
  }
  return { text, masked, frontMatter, comments };
}
