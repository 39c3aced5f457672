/**
 * Markdown drafts hold text that is not prose: front matter, code, link targets, URLs, HTML. A
 * figure read from `https://example.org/2024/07/17` or from a code sample is not a claim. A
 * CommonMark parser finds them (src/reader/prepare-markdown.ts), and they are blanked out with
 * spaces (line breaks kept), so every offset in the masked text is the offset in the file and a
 * figure's line and column need no mapping back; headings, list markers and table pipes stay, for
 * the sentence splitter to see the blocks.
 */

import { readFrontMatter, type FrontMatter } from '../reader/prepare-front-matter.js';
import { markdownMasks } from '../reader/prepare-markdown.js';

export { readFrontMatter, type FrontMatter };

export interface HtmlComment {
  /** Offsets of `<!--` and just past `-->`. */
  readonly start: number;
  readonly end: number;
  /** What is between the markers, trimmed. */
  readonly body: string;
}

export interface MaskedText {
  readonly text: string;
  /** Same length as `text`; what is not prose is spaces. */
  readonly masked: string;
  readonly frontMatter: FrontMatter;
  readonly comments: readonly HtmlComment[];
}

/** Blanks the ranges (sorted by start) of `text`, keeping line breaks so lines and columns stay put. */
function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  const pieces: string[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    // Ranges may nest or overlap (a link's target holds a URL): blank only what is left of each.
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    pieces.push(text.slice(cursor, from), text.slice(from, end).replace(/[^\r\n]/g, ' '));
    cursor = end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

/**
 * Masks what in a text is not prose. Markdown is read by a CommonMark parser
 * (src/reader/prepare-markdown.ts): front matter, fenced and indented code, inline code, HTML
 * blocks (a `<script>` to its end) and tags, comments, link and image targets and titles, reference
 * definitions, footnote markers, autolinks and URLs, entities, struck-out text (`~~…~~`, what the
 * draft no longer says) and MDX `import`/`export` blocks. Control characters and terminal escape
 * sequences go in both kinds of text.
 */
export function maskMarkdown(text: string, options: { readonly plainText?: boolean } = {}): MaskedText {
  const frontMatter = readFrontMatter(text);
  if (options.plainText === true) return maskPlainText(text, frontMatter);
  const { ranges, comments } = markdownMasks(text, frontMatter.end);
  if (frontMatter.end > 0) ranges.push(...frontMatterMasks(text, frontMatter));
  ranges.sort((a, b) => a[0] - b[0]);
  let masked = blankRanges(text, ranges);
  if (CONTROL.test(masked)) masked = blankRanges(masked, matches(CONTROL_SEQUENCE, masked));
  comments.sort((a, b) => a.start - b.start);
  return { text, masked, frontMatter, comments };
}

/**
 * The front matter is no prose, but its `title:` is the headline, where a wrong figure is seen
 * most: its value is left to be read where it stands in the file, when it stands there as read
 * (a title with YAML escapes or folded over lines stays masked).
 */
function frontMatterMasks(text: string, frontMatter: FrontMatter): Array<readonly [number, number]> {
  const title = frontMatter.fields.get('title');
  if (!title || title.value.trim() === '') return [[0, frontMatter.end]];
  let lineStart = 0;
  for (let line = 1; line < title.line && lineStart >= 0; line++) lineStart = text.indexOf('\n', lineStart) + 1 || -1;
  const lineEnd = text.indexOf('\n', lineStart);
  const at = lineStart < 0 ? -1 : text.slice(lineStart, lineEnd < 0 ? frontMatter.end : lineEnd).indexOf(title.value);
  if (at < 0) return [[0, frontMatter.end]];
  return [[0, lineStart + at], [lineStart + at + title.value.length, frontMatter.end]];
}

// Terminal escape sequences and other control characters: "\e[31m" and "\e]0;title\a" carry
// digits that are no figures (CSI, OSC up to BEL or ST, then any lone control character). They
// need no parser: one look over the text, and the sequences are masked only in a text with one.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function matches(pattern: RegExp, text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/**
 * Plain text (archived pages, `.txt` drafts) has no markdown structure: a line is a paragraph and
 * an indented one is still prose. What is masked there is what is not prose in any text a page
 * may carry: HTML comments and tags, code between backticks, link targets, URLs, control characters.
 */
function maskPlainText(text: string, frontMatter: FrontMatter): MaskedText {
  let masked = blankRanges(text, frontMatter.end > 0 ? frontMatterMasks(text, frontMatter) : []);

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
