/**
 * A draft's front matter, read as YAML by the `yaml` package: the date it holds decides how the
 * rest of the text is read, and its title is the draft's title.
 *
 * Speed: `yaml` takes 100 to 200 ms to load here, a tenth or more of lint's whole budget on a 1 MB
 * draft, so a front matter made only of `key: value` lines whose values YAML reads as written
 * (no quotes, comments, flow collections, anchors, tags, block scalars, `: ` or ` #`) is read
 * without it; tests/reader/prepare-front-matter.test.ts holds that reading to yaml's on such
 * lines. Everything else, including every front matter with a quote or a comment, goes to yaml.
 */
import { createRequire } from 'node:module';

export interface FrontMatterField {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

export interface FrontMatter {
  /** Offset just past the closing `---`; 0 when there is none. */
  readonly end: number;
  /** Scalar `key: value` pairs at the top level (keys in lower case), quotes removed. */
  readonly fields: ReadonlyMap<string, FrontMatterField>;
  /** What makes the front matter not YAML, located in the file. */
  readonly problems: ReadonlyArray<{ readonly line: number; readonly column: number; readonly message: string }>;
}

const SIMPLE_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+([^\s\-?:,[\]{}#&*!|>'"%@`](?:(?!:[ \t]|[ \t]#)[^\t\r\n])*?))?[ \t]*\r?$/;

/** The front matter of a text: `---` on the first line, up to a line `---` or `...`. */
export function readFrontMatter(text: string): FrontMatter {
  const open = /^---[ \t]*\r?\n/.exec(text);
  const closing = open ? /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(text.slice(open[0].length)) : null;
  if (!open || !closing) return { end: 0, fields: new Map(), problems: [] };
  const body = text.slice(open[0].length, open[0].length + closing.index);
  const end = open[0].length + closing.index + closing[0].replace(/\r$/, '').length;
  return { end, ...(simpleFields(body) ?? yamlFields(body)) };
}

/** The fields of a front matter of plain `key: value` lines only, or null for anything else. */
export function simpleFields(body: string): Pick<FrontMatter, 'fields' | 'problems'> | null {
  const fields = new Map<string, FrontMatterField>();
  const keys = new Set<string>();
  let line = 2;
  for (const raw of body.split('\n')) {
    const match = SIMPLE_LINE.exec(raw);
    if (!match) {
      if (raw.trim() !== '') return null;
    } else {
      // A value ending in ':', a null and a key written twice are for yaml to judge.
      if (keys.has(match[1]!) || match[2]?.endsWith(':') || /^(?:~|null|Null|NULL)$/.test(match[2] ?? '')) return null;
      keys.add(match[1]!);
      if (match[2] !== undefined) fields.set(match[1]!.toLowerCase(), { value: match[2], line, column: raw.indexOf(match[2], match[1]!.length + 1) + 1 });
    }
    line++;
  }
  return { fields, problems: [] };
}

const load = createRequire(import.meta.url);

/** The top-level scalar fields as the yaml package reads them, located in the file (line 1 is `---`). */
export function yamlFields(body: string): Pick<FrontMatter, 'fields' | 'problems'> {
  const { parseDocument, LineCounter, isMap, isScalar } = load('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  // The core schema: "2024-07-17 10:30:00 -0500" stays the string it is, not a timestamp.
  const doc = parseDocument(body, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + 1, column: pos.col };
  };
  const problems = doc.errors.map((error) => ({ ...at(error.pos[0]), message: `front matter: ${error.message.split('\n')[0]}` }));
  const fields = new Map<string, FrontMatterField>();
  if (problems.length > 0 || !isMap(doc.contents)) return { fields, problems };
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || pair.value === null || typeof pair.value !== 'object' || !('range' in pair.value) || !pair.value.range) continue;
    const value = pair.value as { range: [number, number, number]; value?: unknown };
    if (isScalar(pair.value) && pair.value.value === null) continue;
    // A string as YAML reads it (quotes and escapes gone); anything else as written.
    const written = isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : body.slice(value.range[0], value.range[1]);
    fields.set(String(pair.key.value).toLowerCase(), { value: written.trim(), ...at(value.range[0]) });
  }
  return { fields, problems };
}
