/**
 * Reading registry files from disk into plain JavaScript values, with every problem located.
 *
 * js-yaml does the parsing: it is the fastest YAML parser measured for Node (see `npm run bench`),
 * and the registry is read on every run. When a file does not parse, the `yaml` package parses it
 * again, because it reports every error of a file with exact positions where js-yaml stops at the
 * first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import jsYaml from 'js-yaml';
import { loadYaml } from './locate.js';
import type { ParseCache } from './cache.js';
import type { Problem } from './problems.js';

export interface RegistryFile {
  /** Path as shown to the user (relative to the working directory). */
  readonly display: string;
  readonly absolute: string;
  readonly text: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text for every file darien reads (registry, drafts, articles): a NUL byte or invalid
 * UTF-8 means a binary file, refused rather than read as garbage; a byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): string | { problem: string } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: `binary file (a NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { problem: 'not UTF-8 text' };
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' ? '.' : rel.startsWith('..') ? absolute : rel;
}

/** Every .yaml/.yml file under the given paths, sorted, each path once. */
export function findRegistryFiles(paths: readonly string[], cwd: string, problems: Problem[]): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(entry.name)) found.add(full);
    }
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    try {
      if (statSync(absolute).isDirectory()) walk(absolute);
      else found.add(absolute);
    } catch {
      problems.push({ file: path, line: 1, column: 1, message: 'no such file or folder' });
    }
  }
  return [...found];
}

export const NOT_PARSED: unique symbol = Symbol('not parsed');

/** What one file holds: its parse, or what the cache kept for the very same bytes. */
export interface ReadFile {
  readonly file: RegistryFile;
  readonly bytes: Buffer;
  /** The parse, when the file was parsed (no cache entry for these bytes). */
  readonly data?: unknown;
  /** The cache's entry for these bytes, when it has one: the loader knows its shape. */
  readonly cached?: unknown;
}

/**
 * Reads one file, and parses it unless the cache holds an entry for these bytes; pushes problems
 * and returns null when it cannot be used. The parse comes apart from the file so the caller can
 * let it go once it has been read into the model.
 */
export function readRegistryFile(absolute: string, cwd: string, problems: Problem[], cache: ParseCache | null = null): ReadFile | null {
  const display = displayPath(absolute, cwd);
  const at = (message: string, line = 1, column = 1): null => {
    problems.push({ file: display, line, column, message });
    return null;
  };
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return at(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) return at('the file is empty: expected `metrics:` or `source:` and `claims:`');
  const text = decodeText(bytes);
  if (typeof text !== 'string') return at(`${text.problem}: expected YAML`);
  const file: RegistryFile = { display, absolute, text };
  const cached = cache?.get(absolute, bytes);
  if (cached !== undefined) return { file, bytes, cached };
  const data = parseRegistryText(file, problems);
  return data === NOT_PARSED ? null : { file, bytes, data };
}

/** The YAML of a file read; NOT_PARSED (with its problems pushed) when there is none to use. */
export function parseRegistryText(file: RegistryFile, problems: Problem[]): unknown {
  let data: unknown;
  try {
    data = jsYaml.load(file.text, { schema: jsYaml.CORE_SCHEMA, filename: file.display });
  } catch (error) {
    reportSyntaxErrors(file.text, file.display, error, problems);
    return NOT_PARSED;
  }
  if (data === undefined || data === null) {
    problems.push({ file: file.display, line: 1, column: 1, message: 'the file holds no YAML content: expected `metrics:` or `source:` and `claims:`' });
    return NOT_PARSED;
  }
  return data;
}

function reportSyntaxErrors(text: string, display: string, error: unknown, problems: Problem[]): void {
  const YAML = loadYaml();
  const lineCounter = new YAML.LineCounter();
  const docs = YAML.parseAllDocuments(text, { lineCounter });
  const errors = (Array.isArray(docs) ? docs : [docs]).flatMap((doc) => ('errors' in doc ? doc.errors : []));
  if (errors.length > 0) {
    for (const yamlError of errors) {
      const pos = yamlError.linePos?.[0] ?? lineCounter.linePos(yamlError.pos[0]);
      problems.push({ file: display, line: pos.line, column: pos.col, message: `invalid YAML: ${firstLine(yamlError.message)}` });
    }
    return;
  }
  // js-yaml refused something `yaml` accepts (a duplicate key, an unknown tag): use its position.
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String((error as Error).message);
  problems.push({ file: display, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: `invalid YAML: ${reason}` });
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** This module's file, for the fingerprint of the code the cache keeps validated inputs under. */
export const MODULE_URL = import.meta.url;
