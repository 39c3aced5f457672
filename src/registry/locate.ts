/**
 * Turning a key path (["claims", 3, "quote"]) into a line and column of a YAML file.
 *
 * Two ways, for two costs. Findings on a valid registry are located by scanning the block-style
 * text the registry is written in: it touches only the lines it needs, so a finding in a
 * 100,000-claim registry costs microseconds. Anything the scan cannot follow (flow style, anchors)
 * and every load error go to the `yaml` package, which is slower but locates any node exactly and
 * is only imported on that path.
 */
import { createRequire } from 'node:module';

export type KeyPath = ReadonlyArray<string | number>;

export interface LineColumn {
  line: number;
  column: number;
}

interface Line {
  indent: number;
  text: string;
}

/** Splits once per file and keeps the split, since one file often holds several findings. */
export class TextLocator {
  private lines: Line[] | null = null;

  constructor(private readonly text: string) {}

  private getLines(): Line[] {
    if (!this.lines) {
      this.lines = this.text.split(/\r?\n/).map((text) => ({ indent: /^ */.exec(text)![0].length, text }));
    }
    return this.lines;
  }

  /**
   * Best location for `path`: exact when found, else the nearest ancestor that was. With `key`,
   * the key itself rather than its value (an unknown field is the key's fault).
   */
  locate(path: KeyPath, key = false): LineColumn {
    const scanned = scanLocate(this.getLines(), path, key);
    if (scanned?.complete) return scanned.at;
    return preciseLocate(this.text, path, key) ?? scanned?.at ?? { line: 1, column: 1 };
  }
}

function isContent(line: Line): boolean {
  const trimmed = line.text.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

function scanLocate(lines: Line[], path: KeyPath, key: boolean): { at: LineColumn; complete: boolean } | null {
  // The scope is lines [from, to); keys of the current mapping sit at `indent`. `itemLine` is the
  // line of a "- " item whose first key shares the dash's line.
  let from = 0;
  let to = lines.length;
  let indent = 0;
  let itemLine = -1;
  let found: LineColumn | null = null;
  const partial = () => (found ? { at: found, complete: false } : null);
  for (const [depth, segment] of path.entries()) {
    if (typeof segment === 'string') {
      let hit = -1;
      for (let i = from; i < to && hit < 0; i++) {
        const line = lines[i]!;
        if (!isContent(line) || (line.indent !== indent && i !== itemLine)) continue;
        const body = line.text.slice(indent);
        if (body.startsWith(`${segment}:`) || body.startsWith(`"${segment}":`)) hit = i;
      }
      if (hit < 0) return partial();
      const keyEnd = lines[hit]!.text.indexOf(':', indent) + 1;
      const rest = lines[hit]!.text.slice(keyEnd).trim();
      found = { line: hit + 1, column: indent + 1 };
      const last = depth === path.length - 1;
      if (rest !== '' && !rest.startsWith('#') && !/^[|>]/.test(rest) && !(last && key)) {
        // An inline value: point at the value, where the problem is.
        found = { line: hit + 1, column: lines[hit]!.text.indexOf(rest, keyEnd) + 1 };
        if (/^[[{]/.test(rest)) return last ? { at: found, complete: true } : partial();
      }
      let end = hit + 1;
      while (end < to) {
        const line = lines[end]!;
        if (isContent(line) && (line.indent < indent || (line.indent === indent && !line.text.startsWith('- ', indent)))) break;
        end++;
      }
      const next = lines.slice(hit + 1, end).find(isContent);
      from = hit + 1;
      to = end;
      indent = next ? next.indent : indent + 2;
      itemLine = -1;
    } else {
      let count = -1;
      let hit = -1;
      for (let i = from; i < to && hit < 0; i++) {
        const line = lines[i]!;
        if (isContent(line) && line.indent === indent && line.text.startsWith('- ', indent) && ++count === segment) hit = i;
      }
      if (hit < 0) return partial();
      found = { line: hit + 1, column: indent + 3 };
      let end = hit + 1;
      while (end < to && !(isContent(lines[end]!) && lines[end]!.indent <= indent)) end++;
      from = hit;
      to = end;
      indent += 2;
      itemLine = hit;
    }
  }
  return found ? { at: found, complete: true } : null;
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
  const YAML = loadYaml();
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  let node: unknown = doc.contents;
  let best: LineColumn | null = null;
  const at = (n: unknown): LineColumn | null => {
    const range = (n as { range?: [number, number, number] } | null)?.range;
    if (!range) return null;
    const pos = lineCounter.linePos(range[0]);
    return { line: pos.line, column: pos.col };
  };
  best = at(node);
  for (const [depth, segment] of path.entries()) {
    if (YAML.isMap(node)) {
      const pair = node.items.find((item) => YAML.isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      node = pair.value ?? pair.key;
      best = (key && depth === path.length - 1 ? at(pair.key) : at(pair.value) ?? at(pair.key)) ?? best;
    } else if (YAML.isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return best;
      best = at(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}
