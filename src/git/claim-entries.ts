/**
 * The lines each claim of a registry file takes, for `--changed-since`: a change to any line of a
 * claim (its value, its quote, a comment among its fields) is a change to that claim, not only a
 * change to the line a finding points at.
 *
 * The file is parsed by the `yaml` package (src/registry/locate.ts's ParsedYaml, loaded only when
 * asked): it follows any layout the registry accepts, flow style too. Only files with changed
 * lines are asked about, so an unchanged registry costs nothing.
 */
import { loadYaml, ParsedYaml } from '../registry/locate.js';

/** A claim's first and last line, 1-based, inclusive. */
export type Entry = readonly [number, number];

/**
 * The entry of each item of the file's top-level `claims:` list, in order: from the item's first
 * line (`- id: …`) to its last, comments indented as its fields right after it included (they are
 * written inside it). Empty for a file with no such list, or one that is not YAML at all.
 */
export function claimEntries(text: string): Entry[] {
  const YAML = loadYaml();
  const parsed = new ParsedYaml(text);
  const contents = parsed.doc.contents;
  const claims = YAML.isMap(contents) ? contents.get('claims', true) : null;
  if (!YAML.isSeq(claims)) return [];
  const lines = text.split('\n');
  const entries: Entry[] = [];
  for (const item of claims.items) {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    if (!range) continue;
    const first = parsed.position(range[0]);
    // range[1] is just past the item's last value, which may be its line break: the last line is
    // the one that value's last character is on.
    const last = parsed.position(Math.max(range[0], range[1] - 1)).line;
    entries.push([first.line, withTrailingComments(lines, last, first.column - 1)]);
  }
  return entries;
}

/**
 * The entry's last line, moved past the comment lines that follow it at its fields' indent (or
 * deeper): `yaml` ends an item at its last value, but such a comment is inside it. A comment at
 * the dash's indent or less introduces what comes next, and is left out.
 */
function withTrailingComments(lines: readonly string[], last: number, indent: number): number {
  let end = last;
  for (let i = last; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const content = line.trimStart();
    if (content === '') continue;
    if (!content.startsWith('#') || line.length - content.length < indent) break;
    end = i + 1;
  }
  return end;
}

/** The entry holding line `line`, found by bisection (entries are in order and do not overlap). */
export function entryAt(entries: readonly Entry[], line: number): Entry | null {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const [from, to] = entries[mid]!;
    if (line < from) hi = mid - 1;
    else if (line > to) lo = mid + 1;
    else return entries[mid]!;
  }
  return null;
}
