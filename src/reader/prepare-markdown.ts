/**
 * What in a markdown draft is not prose, found by a CommonMark parser (@lezer/markdown, with GFM:
 * tables, strikethrough, autolinks) that keeps the offset of every node, inline ones included.
 *
 * Speed: the parser reads about 0.5 to 1 MB a second here when cold (a 1 MB draft is read by lint
 * once, in a process that lives about a second), so it reads only the parts of a draft that hold
 * markdown syntax. A draft is cut into sections at blank lines followed by a line at the left
 * margin, where no fenced code or HTML block (`<script>`, `<!--`, `<pre>`…) is open: every
 * container ends there, so a section parses alone as it parses in the whole draft. A section of one
 * paragraph, heading or list item whose lines hold no character that can start markdown syntax
 * (backticks, brackets, angle brackets, `\`, `&`, `|`, `~`, `@`, a URL) has nothing to mask and is
 * not parsed; every other section is.
 */
import type { SyntaxNodeRef, Tree } from '@lezer/common';
import { GFM, parser as base, type Element, type MarkdownParser } from '@lezer/markdown';
import type { HtmlComment } from '../text/markdown.js';

export interface MarkdownMasks {
  /** Ranges of the text that are not prose (unsorted; they may nest). */
  readonly ranges: Array<readonly [number, number]>;
  readonly comments: HtmlComment[];
}

// What may start inline syntax anywhere in a line (code, HTML, links and footnotes, entities,
// tables, strikethrough and fences, e-mail and URL autolinks), found with indexOf, several times
// faster than a regular expression's character class over a text with accents.
const SPECIALS = ['`', '<', '[', '&', '|', '~', '@', '://', 'www.'];

// The start of a line that needs no parse: at most one block marker (heading, bullet, number,
// quote) and then text. Emphasis (`*`, `_`) keeps its marks, as prose.
const PLAIN_START = /[ \t]*(?:#{1,6} |[-+*] |\d{1,9}[.)] |> ?)?[^ \t\r\n>#\-+*=_|`~<[&@]/y;
// A blank line, or more, then a line at the margin: where every container ends.
const BOUNDARY = /\n(?:[ \t]*\r?\n)+(?=[^ \t\r\n])/g;
const LEADING_BLANKS = /(?:[ \t]*\r?\n)*/y;
const HEADING = /[ \t]{0,3}#{1,6}(?:[ \t]|$)/y;
// MDX: `import`/`export` at the start of a block are JavaScript up to the next blank line.
const MDX_ESM = /^(?:import[ \t]+(?:["']|[\w$*{][^\n]*?\bfrom[ \t]*["'])|export[ \t]+(?:const|let|var|function|class|default|async|type|interface|\{|\*))/;
// Blocks that run across blank lines until their end marker (CommonMark HTML blocks 1 to 5, and
// fenced code, found wherever a line holds them: over-finding one only makes a section longer).
const HTML_OPEN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/<(script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/<!--/, /-->/],
  [/<\?/, /\?>/],
  [/<!\[CDATA\[/, /\]\]>/],
  [/<![A-Za-z]/, />/],
];
const FENCE_OPEN = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*(?:(`{3,})[^`]*|(~{3,}).*)$/;

export interface Section {
  readonly start: number;
  readonly end: number;
  /** Nothing in it to mask: it is not parsed. */
  readonly plain: boolean;
}

/** The end marker a line opens (a fence or an HTML block not closed on the same line), or null. */
function opener(line: string): RegExp | null {
  const fence = FENCE_OPEN.exec(line);
  if (fence) {
    const run = fence[1] ?? fence[2]!;
    return new RegExp(`^[ \\t>]*(?:(?:[-+*]|\\d{1,9}[.)])[ \\t]+)*${run[0] === '`' ? '`' : '~'}{${run.length},}[ \\t\\r]*$`);
  }
  if (!line.includes('<')) return null;
  for (const [open, close] of HTML_OPEN) {
    const at = open.exec(line);
    if (at && !close.test(line.slice(at.index + at[0].length))) return close;
  }
  return null;
}

/** The sections of [from, end of text): see the comment at the top. */
export function sectionsOf(text: string, from: number): Section[] {
  const sections: Section[] = [];
  // One pass for the specials, a cursor through them after.
  const specials: number[] = [];
  for (const mark of SPECIALS) for (let at = text.indexOf(mark, from); at >= 0; at = text.indexOf(mark, at + 1)) specials.push(at);
  specials.sort((a, b) => a - b);
  let next = 0;
  let start = from;
  while (start < text.length) {
    LEADING_BLANKS.lastIndex = start;
    LEADING_BLANKS.test(text);
    start = LEADING_BLANKS.lastIndex;
    let boundary = boundaryAfter(text, start);
    let plain = true;
    while (next < specials.length && specials[next]! < boundary.end) {
      plain = false;
      const at = specials[next]!;
      const lineEnd = endOfLine(text, at);
      // A fence or HTML block opened on this line runs to its end marker, past blank lines.
      const close = OPENS.has(text[at]!) ? opener(text.slice(text.lastIndexOf('\n', at) + 1, lineEnd)) : null;
      const skipTo = close ? blockEnd(text, lineEnd, close) : lineEnd;
      if (skipTo > boundary.end) boundary = boundaryAfter(text, skipTo);
      while (next < specials.length && specials[next]! <= skipTo) next++;
    }
    if (plain) plain = plainLines(text, start, boundary.end);
    if (boundary.end > start) sections.push({ start, end: boundary.end, plain });
    start = boundary.next;
  }
  return sections;
}

const OPENS = new Set(['`', '~', '<']);

/**
 * The next boundary from `offset`: where the section holding `offset` ends (the line break after
 * its last line, or the text's end) and where the next one starts.
 */
function boundaryAfter(text: string, offset: number): { end: number; next: number } {
  BOUNDARY.lastIndex = offset;
  if (!BOUNDARY.test(text)) return { end: text.length, next: text.length };
  const next = BOUNDARY.lastIndex;
  // test() tells only where the match ends; its blank lines go back to the section's last line.
  let end = next - 1;
  while (end > offset && (text[end - 1] === '\n' || text[end - 1] === '\r' || text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { end: text.indexOf('\n', end), next };
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** The end of the line that closes a block opened before `from`, or of the text. */
function blockEnd(text: string, from: number, close: RegExp): number {
  for (let lineStart = from + 1; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    if (close.test(text.slice(lineStart, lineEnd))) return lineEnd;
    lineStart = lineEnd + 1;
  }
  return text.length;
}

/**
 * A section without specials is plain when each line starts plainly (a blank line does not: what
 * follows one inside a section is indented, code or a list's next paragraph) and a heading is
 * alone (an indented line after a heading is code). Its first line is at the margin, except a
 * text's first.
 */
function plainLines(text: string, start: number, end: number): boolean {
  if (text[start] === ' ' || text[start] === '\t') return false;
  const firstEnd = endOfLine(text, start);
  HEADING.lastIndex = start;
  if (firstEnd < end && HEADING.test(text)) return false;
  for (let lineStart = start; lineStart < end; lineStart = endOfLine(text, lineStart) + 1) {
    PLAIN_START.lastIndex = lineStart;
    if (!PLAIN_START.test(text)) return false;
  }
  return true;
}

// Configured on the first draft that needs it. The package is bundled into the chunk of the
// commands that read text (src/build/bundle.ts), so `darien check` never loads it, and lint pays
// no module resolution for it (about half its cost to load from node_modules here).
let parser: MarkdownParser | null = null;
function markdownParser(): MarkdownParser {
  parser ??= base.configure(GFM);
  return parser;
}

// One paragraph: its first line at the margin (four columns in would be code), no line that
// starts a block (heading, quote, list, fence, HTML, rule, setext line, definition, table
// delimiter), and no blank line or pipe (a table).
const PARAGRAPH_ONLY = /^(?![ \t])(?![^]*(?:\n[ \t]*\r?\n|\|))(?:[ \t]*(?![ \t>#\-+*=_`~<\[:]|\d{1,9}[.)](?:[ \t]|$))[^\n]*(?:\n|$))+$/;

const COMMENT = /<!--([\s\S]*?)-->/g;

/** The masks of [from, end of text) of a markdown text (front matter excluded by `from`). */
export function markdownMasks(text: string, from: number): MarkdownMasks {
  const ranges: Array<readonly [number, number]> = [];
  const comments: HtmlComment[] = [];
  for (const section of sectionsOf(text, from)) {
    if (text.startsWith('import', section.start) || text.startsWith('export', section.start)) {
      if (MDX_ESM.test(text.slice(section.start, section.start + 400))) {
        ranges.push([section.start, section.end]);
        continue;
      }
    }
    if (section.plain) continue;
    const body = text.slice(section.start, section.end);
    // A section of one paragraph needs only the inline parser, about four times faster.
    if (PARAGRAPH_ONLY.test(body)) maskElements(markdownParser().parseInline(body, 0), body, section.start, ranges, comments);
    else maskTree(markdownParser().parse(body), body, section.start, ranges, comments);
  }
  return { ranges, comments };
}

/** Nodes whose whole text is not prose. */
const NOT_PROSE = new Set(['FencedCode', 'CodeBlock', 'InlineCode', 'HTMLBlock', 'HTMLTag', 'CommentBlock', 'Comment', 'ProcessingInstruction', 'ProcessingInstructionBlock', 'Entity', 'Autolink', 'URL', 'LinkTitle', 'Strikethrough']);
const HOLDS_COMMENTS = new Set(['HTMLBlock', 'CommentBlock', 'Comment']);

/** What masking needs of a node, from a parse tree or from the inline parser's elements. */
interface MarkdownNode {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  children(name: string): ReadonlyArray<{ readonly from: number; readonly to: number }>;
}

/** The masks of one node; true when what is inside it may hold more. */
function maskNode(node: MarkdownNode, body: string, base: number, ranges: Array<readonly [number, number]>, comments: HtmlComment[]): boolean {
  const name = node.name;
  if (NOT_PROSE.has(name)) {
    ranges.push([base + node.from, base + node.to]);
    if (HOLDS_COMMENTS.has(name)) collectComments(body, node.from, node.to, base, comments);
    return false;
  }
  if (name === 'LinkReference') {
    // Its parts are masked here, or read as the footnote's text: not looked into.
    maskDefinition(node, body, base, ranges);
    return false;
  }
  if (name === 'Link' || name === 'Image') maskLink(node, body, base, ranges);
  return true;
}

function maskTree(tree: Tree, body: string, base: number, ranges: Array<readonly [number, number]>, comments: HtmlComment[]): void {
  tree.iterate({
    enter(ref: SyntaxNodeRef): boolean {
      const node: MarkdownNode = { name: ref.name, from: ref.from, to: ref.to, children: (name) => ref.node.getChildren(name) };
      return maskNode(node, body, base, ranges, comments);
    },
  });
}

// The inline parser's elements hold their children in a field its types do not declare; a
// version of @lezer/markdown without it fails tests/reader/prepare-markdown.test.ts (links).
type InlineElement = Element & { readonly children?: readonly InlineElement[] };

function maskElements(elements: readonly InlineElement[], body: string, base: number, ranges: Array<readonly [number, number]>, comments: HtmlComment[]): void {
  const types = markdownParser().nodeSet.types;
  for (const element of elements) {
    const inner = element.children ?? [];
    const node: MarkdownNode = { name: types[element.type]!.name, from: element.from, to: element.to, children: (name) => inner.filter((child) => types[child.type]!.name === name) };
    if (maskNode(node, body, base, ranges, comments)) maskElements(inner, body, base, ranges, comments);
  }
}

/**
 * A link keeps its text and loses what follows it: "[text](target "title")", "[text][label]". A
 * footnote marker "[^2]" is no figure, and neither is the label of its definition "[^2]: …".
 */
function maskLink(node: MarkdownNode, body: string, base: number, ranges: Array<readonly [number, number]>): void {
  if (body[node.from + 1] === '^') {
    ranges.push([base + node.from, base + node.to + (body[node.to] === ':' ? 1 : 0)]);
    return;
  }
  const close = node.children('LinkMark').find((mark) => body[mark.from] === ']');
  if (close && close.to < node.to) ranges.push([base + close.to, base + node.to]);
}

/** A reference definition "[id]: url "title"" is not prose; a footnote's "[^2]: Reuters" is, past its label. */
function maskDefinition(node: MarkdownNode, body: string, base: number, ranges: Array<readonly [number, number]>): void {
  const label = node.children('LinkLabel')[0];
  if (label && body[label.from + 1] === '^') ranges.push([base + label.from, base + label.to + (body[label.to] === ':' ? 1 : 0)]);
  else ranges.push([base + node.from, base + node.to]);
}

function collectComments(body: string, from: number, to: number, base: number, comments: HtmlComment[]): void {
  const text = body.slice(from, to);
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m !== null; m = COMMENT.exec(text)) {
    comments.push({ start: base + from + m.index, end: base + from + m.index + m[0].length, body: m[1]!.trim() });
  }
}
