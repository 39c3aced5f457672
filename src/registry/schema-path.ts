/**
 * The `# yaml-language-server: $schema=…` line that tells an editor which JSON Schema a registry
 * file follows (schema/*.schema.json, shipped in the package). The path is relative to the folder
 * the file is written to, and leads to the schema of the darien that runs: `../../schema/…` in
 * this repository, `../../node_modules/darien/schema/…` in a newsroom's project that installed it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILES } from './schema-files.js';

let root: string | null | undefined;

/** darien's package folder, found upward from this module (dist/registry/, or the bundle's chunks). */
function packageRoot(): string | null {
  if (root !== undefined) return root;
  root = null;
  for (let dir = dirname(fileURLToPath(import.meta.url)), i = 0; i < 5; i++, dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'darien') {
      root = dir;
      break;
    }
  }
  return root;
}

/** The modeline for a file of `kind` written into `folder`, or null when darien's schema is not on disk. */
export function schemaModeline(kind: keyof typeof SCHEMA_FILES, folder: string): string | null {
  const base = packageRoot();
  const schema = base === null ? null : join(base, 'schema', SCHEMA_FILES[kind]);
  return schema !== null && existsSync(schema) ? modelineFor(schema, folder) : null;
}

/** The line naming `schema` for a file in `folder`: a URI reference, "/" between segments, a space or "#" escaped. */
export function modelineFor(schema: string, folder: string): string {
  const path = relative(folder, schema).split(sep).join('/');
  return `# yaml-language-server: $schema=${encodeURI(path).replace(/#/g, '%23')}`;
}
