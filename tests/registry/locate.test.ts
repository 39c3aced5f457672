/**
 * The fast scan of block-style YAML (TextLocator) must put every key path where a full parse (the
 * `yaml` package, preciseLocate) puts it. Each layout below is walked path by path.
 */
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { preciseLocate, TextLocator, type KeyPath } from '../../src/registry/locate.js';

/**
 * Paths to every scalar and every sequence item. (A key whose value is a block mapping is located
 * at the key by the scan and at the first nested key by the full parse: both are right for it.)
 */
function paths(value: unknown, prefix: KeyPath = []): KeyPath[] {
  const out: KeyPath[] = [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push([...prefix, i], ...paths(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  else out.push(prefix);
  return out;
}

const SOURCE = `source:
  id: a
  # the outlet as printed
  outlet: Example

claims:
  - id: a1
    quote: "over 11,363 migrants"
    figure: "11,363"
    attribution: [SENAFRONT]

  # a comment at the items' indent
  - id: a2
    quote: >
      folded text
      - that looks like an item
    figure: "2,461"
    attribution:
      - AP
      - SENAFRONT
`;

// The third element: paths of block scalars (`quote: >`), which the scan locates at their key,
// where a fact-checker looks for them, and the full parse at the `>`.
const BLOCK_SCALAR: KeyPath = ['claims', 1, 'quote'];
// A list reached only through an alias on the last line, with no line break after it: the scan
// must leave it to the full parse rather than take item lines from elsewhere in the file.
const ALIAS_LAST = 'source: s\nclaims:\n  - id: a\n    attribution: &who\n      - ""\n  - id: b\n    attribution: *who';

const LAYOUTS: Array<[string, string, KeyPath[]]> = [
  ['items indented under their key, comments and blank lines between', SOURCE, [BLOCK_SCALAR]],
  ['CRLF line ends', SOURCE.replace(/\n/g, '\r\n'), [BLOCK_SCALAR]],
  ['items at the indent of their key', 'claims:\n- id: a1\n  figure: "1"\n- id: a2\n  figure: "2"\nsource: a\n', []],
  ['no line break at the end', 'source: a\nclaims:\n  - id: a1\n    figure: "1"', []],
  ['a comment line at column 0 inside the list', 'claims:\n  - id: a1\n# between\n  - id: a2\n    note: x\n', []],
  ['a list reached through an alias on the last line', ALIAS_LAST, []],
];

describe('TextLocator', () => {
  it.each(LAYOUTS)('finds every path where the full parse does: %s', (_name, text, atKey) => {
    const locator = new TextLocator(text);
    const all = paths(jsYaml.load(text));
    expect(all.length).toBeGreaterThan(3);
    for (const path of all) {
      // An item of a flow sequence ("[SENAFRONT]") is left to the full parse by design.
      const key = atKey.some((p) => p.join('/') === path.join('/'));
      const expected = preciseLocate(text, path, key);
      expect({ path, at: locator.locate(path) }).toEqual({ path, at: expected });
      // Block style is the scan's own work; falling back to the full parse would be slow, not wrong.
      const flow = (path.length > 2 && path.at(-2) === 'attribution' && /attribution: \[/.test(text)) || text === ALIAS_LAST;
      if (!flow) expect({ path, at: locator.scanOnly(path, key) }).toEqual({ path, at: expected });
    }
  });
});
