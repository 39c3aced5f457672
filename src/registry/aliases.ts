/**
 * A limit on what YAML aliases may add to a registry file. js-yaml shares an aliased value rather
 * than copying it, so parsing an alias bomb (ten aliases of ten aliases of ten…) is cheap, but
 * anything that walks the value walks every repetition: nine levels of ten are a billion nodes
 * from a file of a hundred lines. The `yaml` package's own guard (`maxAliasCount`, default 100)
 * counts uses of each anchor, which would refuse an ordinary file that names one attribution in
 * two thousand claims; what matters is how much larger aliases make the file, so that is limited.
 */
import type { Alias, Node } from 'yaml';
import { loadYaml, type LineColumn, type ParsedYaml } from './locate.js';

/** Aliases may make a file at most this many times the nodes it writes… */
export const ALIAS_EXPANSION_FACTOR = 10;
/** …or this many nodes, whichever is more, so a short file may still alias freely. */
export const ALIAS_EXPANSION_FLOOR = 10_000;

export interface AliasProblem {
  readonly at: LineColumn;
  readonly message: string;
}

/**
 * The alias at which the file, expanded, passes the limit; null when it stays within it. Linear in
 * the file: the expanded size of each node is computed once.
 */
export function aliasExpansionProblem(parsed: ParsedYaml): AliasProblem | null {
  const YAML = loadYaml();
  // What each alias names: the last node anchored with its name before it. Found in one walk;
  // yaml's own Alias.resolve walks the whole document for each alias.
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node | undefined>();
  let written = 0;
  for (const node of parsed.nodes()) {
    written++;
    if (YAML.isAlias(node)) targets.set(node, anchors.get(node.source));
    else if (node.anchor) anchors.set(node.anchor, node);
  }
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  // The nodes a node stands for once its aliases are replaced by what they name.
  const size = (node: unknown): number => {
    if (!YAML.isNode(node)) return YAML.isPair(node) ? size(node.key) + size(node.value) : 0;
    if (YAML.isAlias(node)) {
      const target = targets.get(node);
      return target ? size(target) : 1;
    }
    if (!YAML.isCollection(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // An alias inside the node it names repeats it without end.
    if (open.has(node)) return Infinity;
    open.add(node);
    let total = 1;
    for (const item of node.items) total += size(item);
    open.delete(node);
    sizes.set(node, total);
    return total;
  };
  const limit = Math.max(ALIAS_EXPANSION_FLOOR, ALIAS_EXPANSION_FACTOR * written);
  let expanded = written;
  for (const [alias, target] of targets) {
    expanded += target ? size(target) - 1 : 0;
    if (expanded <= limit) continue;
    const at = parsed.position(alias.range?.[0] ?? 0);
    const message = Number.isFinite(expanded)
      ? `*${alias.source}: aliases make this file more than ${limit.toLocaleString('en-US')} nodes (it writes ${written.toLocaleString('en-US')}; at most ${ALIAS_EXPANSION_FACTOR} times that, or ${ALIAS_EXPANSION_FLOOR.toLocaleString('en-US')}): write the values out, or alias less`
      : `*${alias.source}: an alias inside the value it names repeats it without end`;
    return { at, message };
  }
  return null;
}

/** This module's file, for the fingerprint of the code the cache keeps validated inputs under. */
export const MODULE_URL = import.meta.url;
