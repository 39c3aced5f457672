/**
 * Turning a key path (["claims", 3, "quote"]) into a line and column of a YAML file.
 *
 * Two ways, for two costs. Findings on a valid registry are located by scanning the block-style
 * text the registry is written in: it touches only the lines it needs, so a finding in a
 * 100,000-claim registry costs microseconds. Anything the scan cannot follow (flow style, anchors)
 * and every load error go to the `yaml` package, which is slower but locates any node exactly and
 * is only imported on that path. A file is parsed by it at most once, however many of its problems
 * need it (ParsedYaml): a JSON-style file of 800 bad claims once took 96 s, a parse per problem.
 */
import { createRequire } from 'node:module';

export type KeyPath = ReadonlyArray<string | number>;

export interface LineColumn {
  line: number;
  column: number;
}

/** Where a key path leads: the lines of its value and the indent of that value's keys or items. */
interface Scope {
  from: number;
  to: number;
  indent: number;
  /** The line of a "- " item whose first key shares the dash's line, or -1. */
  itemLine: number;
  found: LineColumn | null;
  /** False when the scan could not follow the path to its end. */
  complete: boolean;
  /** For a sequence: the line of each "- " item, found once. */
  items?: number[];
  /** Scopes already walked below this one, by key or index (and, apart, keys located as keys). */
  children?: Map<string | number, Scope>;
  keys?: Map<string | number, Scope>;
}

/** A scope the scan could not follow: its ancestor's lines, nothing cached under it. */
function unfollowed(scope: Scope): Scope {
  return { from: scope.from, to: scope.to, indent: scope.indent, itemLine: scope.itemLine, found: scope.found, complete: false };
}

/**
 * Remembers where each line starts and every scope it has walked, since one file often holds many
 * findings: locating the fields of a file's hundred claims walks its lines about once, not a
 * hundred times. Lines are read in place (offsets into the text), never split into strings.
 */
export class TextLocator {
  private starts: number[] | null = null;
  private root: Scope | null = null;
  private full: ParsedYaml | null = null;

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }

  /** The line that starts at `offset` (an offset just past a line break, or 0). */
  private lineOf(offset: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private lineCount(): number {
    return this.lineStarts().length;
  }

  /** End of line `i`, before its line break (and a CR before that). */
  private lineEnd(i: number): number {
    const starts = this.lineStarts();
    let end = i + 1 < starts.length ? starts[i + 1]! - 1 : this.text.length;
    if (end > starts[i]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /**
   * The indent of line `i` in spaces, or -1 when the line is blank or a comment. One pass over the
   * line's leading spaces: scopes are found by walking every line of a file, and a file of a
   * hundred claims has a thousand lines.
   */
  private contentIndent(i: number): number {
    const start = this.lineStarts()[i]!;
    let p = start;
    while (this.text.charCodeAt(p) === 32) p++;
    return this.blankOrComment(p) ? -1 : p - start;
  }

  /** Whether `p`, a line's first character after its indent, shows a blank line or a comment. */
  private blankOrComment(p: number): boolean {
    const text = this.text;
    if (p >= text.length) return true;
    const c = text.charCodeAt(p);
    if (c === 10 || c === 35 /* # */) return true;
    // A CR ending the line (CRLF, or a last line ending in CR) is part of the line break.
    return c === 13 && (p + 1 === text.length || text.charCodeAt(p + 1) === 10);
  }

  private startsWithAt(i: number, column: number, prefix: string): boolean {
    return this.text.startsWith(prefix, this.lineStarts()[i]! + column);
  }

  private lineText(i: number): string {
    return this.text.slice(this.lineStarts()[i]!, this.lineEnd(i));
  }

  /**
   * Best location for `path`: exact when found, else the nearest ancestor that was. With `key`,
   * the key itself rather than its value (an unknown field is the key's fault).
   */
  locate(path: KeyPath, key = false): LineColumn {
    const scanned = this.scan(path, key);
    if (scanned.complete && scanned.found) return scanned.found;
    return this.parsed().locate(path, key) ?? scanned.found ?? { line: 1, column: 1 };
  }

  /** The file's one full parse, made the first time the scan cannot answer. */
  parsed(): ParsedYaml {
    return (this.full ??= new ParsedYaml(this.text));
  }

  /** The scan's answer alone: null where only the full parse can tell. */
  scanOnly(path: KeyPath, key = false): LineColumn | null {
    const scanned = this.scan(path, key);
    return scanned.complete ? scanned.found : null;
  }

  /** Walks `path` from the top, reusing every scope already walked (a tree, not string keys). */
  private scan(path: KeyPath, key: boolean): Scope {
    let scope = (this.root ??= { from: 0, to: this.lineCount(), indent: 0, itemLine: -1, found: null, complete: true });
    for (let depth = 0; depth < path.length; depth++) {
      const segment = path[depth]!;
      const asKey = key && depth === path.length - 1;
      const cache = asKey ? (scope.keys ??= new Map()) : (scope.children ??= new Map());
      let next = cache.get(segment);
      if (next === undefined) {
        next = !scope.complete ? unfollowed(scope) : typeof segment === 'string' ? this.keyScope(scope, segment, asKey) : this.itemScope(scope, segment);
        cache.set(segment, next);
      }
      scope = next;
    }
    return scope;
  }

  private keyScope(parent: Scope, segment: string, key: boolean): Scope {
    const { from, to, indent, itemLine } = parent;
    const failed = unfollowed(parent);
    let hit = -1;
    for (let i = from; i < to && hit < 0; i++) {
      const lineIndent = this.contentIndent(i);
      if (lineIndent < 0 || (lineIndent !== indent && i !== itemLine)) continue;
      if (this.startsWithAt(i, indent, `${segment}:`) || this.startsWithAt(i, indent, `"${segment}":`)) hit = i;
    }
    if (hit < 0) return failed;
    const text = this.lineText(hit);
    const keyEnd = text.indexOf(':', indent) + 1;
    const rest = text.slice(keyEnd).trim();
    let found: LineColumn = { line: hit + 1, column: indent + 1 };
    if (rest !== '' && !rest.startsWith('#') && !/^[|>]/.test(rest) && !key) {
      // An inline value: point at the value, where the problem is.
      found = { line: hit + 1, column: text.indexOf(rest, keyEnd) + 1 };
      // Inside a flow collection the scan stops; the precise parser takes over from here.
      if (/^[[{]/.test(rest)) return { from: hit, to: hit + 1, indent, itemLine: -1, found, complete: false };
    }
    let end = hit + 1;
    if (indent === 0) {
      // A top-level key (`claims:`) runs to the next line that starts a top-level key. A line's
      // first character decides, so only that is read, not each line's indent: an indented line,
      // a blank line, a comment or an item ("- ") goes on.
      const starts = this.lineStarts();
      for (; end < to; end++) {
        const at = starts[end]!;
        if (this.text.charCodeAt(at) === 32 || this.blankOrComment(at) || this.text.startsWith('- ', at)) continue;
        break;
      }
    } else {
      while (end < to) {
        const lineIndent = this.contentIndent(end);
        if (lineIndent >= 0 && (lineIndent < indent || (lineIndent === indent && !this.startsWithAt(end, indent, '- ')))) break;
        end++;
      }
    }
    let next = indent + 2;
    for (let i = hit + 1; i < end; i++) {
      const lineIndent = this.contentIndent(i);
      if (lineIndent >= 0) {
        next = lineIndent;
        break;
      }
    }
    return { from: hit + 1, to: end, indent: next, itemLine: -1, found, complete: true };
  }

  private itemScope(parent: Scope, index: number): Scope {
    if (!parent.items) {
      // Item lines are exactly those that start with the indent and "- ": searched for, not visited.
      const items: number[] = [];
      const starts = this.lineStarts();
      // A scope past the last line (a key on a last line without a line break) holds no items.
      const marker = `\n${' '.repeat(parent.indent)}- `;
      if (parent.from === 0 && this.text.startsWith(marker.slice(1))) items.push(0);
      const stop = parent.to < starts.length ? starts[parent.to]! : this.text.length;
      const from = parent.from < starts.length ? Math.max(0, starts[parent.from]! - 1) : this.text.length;
      // Searched within the scope only: a search of the whole rest of the file for a list that is
      // not there (an alias, `attribution: *who`) made a file of such claims quadratic.
      const scope = this.text.slice(from, stop);
      for (let at = scope.indexOf(marker); at >= 0; at = scope.indexOf(marker, at + 1)) {
        items.push(this.lineOf(from + at + 1));
      }
      parent.items = items;
    }
    const hit = parent.items[index];
    if (hit === undefined) return unfollowed(parent);
    const end = parent.items[index + 1] ?? parent.to;
    return { from: hit, to: end, indent: parent.indent + 2, itemLine: hit, found: { line: hit + 1, column: parent.indent + 3 }, complete: true };
  }
}

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | null = null;

/** The `yaml` package, loaded on first use: only error paths and odd layouts need it. */
export function loadYaml(): YamlModule {
  if (!yamlModule) yamlModule = createRequire(import.meta.url)('yaml') as YamlModule;
  return yamlModule;
}

/** Exact location through a full parse; null when the path is not in the document. */
export function preciseLocate(text: string, path: KeyPath, key = false): LineColumn | null {
  return new ParsedYaml(text).locate(path, key);
}

type YamlNode = import('yaml').Node;
type YamlPair = import('yaml').Pair<unknown, unknown>;
type YamlMap = import('yaml').YAMLMap<unknown, unknown>;

/**
 * A file parsed once by the `yaml` package, with an index of each mapping's keys built the first
 * time a path goes through it: a lookup then costs the depth of its path, whatever the number of
 * problems or the size of a flow mapping.
 */
export class ParsedYaml {
  readonly doc: import('yaml').Document.Parsed;
  private readonly lineCounter: import('yaml').LineCounter;
  private readonly keyIndex = new WeakMap<YamlMap, Map<string, YamlPair>>();

  constructor(readonly text: string) {
    const YAML = loadYaml();
    this.lineCounter = new YAML.LineCounter();
    this.doc = YAML.parseDocument(text, { lineCounter: this.lineCounter, keepSourceTokens: false, uniqueKeys: false });
  }

  /** Line and column of an offset into the text. */
  position(offset: number): LineColumn {
    const pos = this.lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  private at(node: unknown): LineColumn | null {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.position(range[0]) : null;
  }

  private pairs(map: YamlMap): Map<string, YamlPair> {
    let index = this.keyIndex.get(map);
    if (!index) {
      const YAML = loadYaml();
      index = new Map();
      // The first of duplicate keys, as a search from the top would find.
      for (const pair of map.items) {
        const name = YAML.isScalar(pair.key) ? String(pair.key.value) : null;
        if (name !== null && !index.has(name)) index.set(name, pair as YamlPair);
      }
      this.keyIndex.set(map, index);
    }
    return index;
  }

  /**
   * Exact location of `path`, else of the nearest ancestor in the document; null when not even the
   * top is. A path through an alias stops at the alias: that is where the file says it.
   */
  locate(path: KeyPath, key = false): LineColumn | null {
    const YAML = loadYaml();
    let node: unknown = this.doc.contents;
    let best = this.at(node);
    for (const [depth, segment] of path.entries()) {
      if (YAML.isMap(node)) {
        const pair = this.pairs(node as YamlMap).get(String(segment));
        if (!pair) return best;
        node = pair.value ?? pair.key;
        best = (key && depth === path.length - 1 ? this.at(pair.key) : (this.at(pair.value) ?? this.at(pair.key))) ?? best;
      } else if (YAML.isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        if (node === undefined) return best;
        best = this.at(node) ?? best;
      } else {
        return best;
      }
    }
    return best;
  }

  /** Every node of the document, in the order the text writes them (aliases not followed). */
  nodes(): Generator<YamlNode> {
    return documentNodes(this.doc);
  }
}

/** Every node of a parsed document, in the order the text writes them (aliases not followed). */
export function* documentNodes(doc: import('yaml').Document): Generator<YamlNode> {
  const YAML = loadYaml();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (YAML.isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!YAML.isNode(node)) continue;
    yield node;
    if (YAML.isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
}
