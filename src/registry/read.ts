/**
 * Reading registry files from disk into plain JavaScript values, with every problem located.
 *
 * js-yaml does the parsing: it is the fastest YAML parser measured for Node (see `npm run bench`),
 * and the registry is read on every run. When a file does not parse, the `yaml` package parses it
 * again, because it reports every error of a file with exact positions where js-yaml stops at the
 * first; every refused tag and every extra document are found in that same parse.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { relative } from 'node:path';
import jsYaml from 'js-yaml';
import { documentNodes, loadYaml } from './locate.js';
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

const MiB = 1024 * 1024;

/**
 * The most darien reads of one file. A registry file of 50 claims is about 6 KB and the catalogue
 * 16 KB, so 4 MiB is hundreds of times any real one, and js-yaml parses it in well under a second;
 * drafts, articles and archived texts are prose (the lint bench's draft is 1 MB), allowed 8 MiB. A
 * bigger file is a mistake (a log, a dump, /dev/zero behind a link), refused before it is read.
 */
export const READ_LIMITS = { registry: 4 * MiB, text: 8 * MiB } as const;

/** Why a file or folder could not be opened, in words, from Node's error code. */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or folder';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'ENOTDIR':
      return 'a path through something that is not a folder';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return code ?? 'error';
  }
}

/** What a path that is not a regular file is, for the problem that refuses it; null for a file. */
function notAFile(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a folder, not a file';
  const kind = stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isSocket() ? 'a socket' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a file';
  return `${kind}: darien reads only regular files`;
}

function tooLarge(limit: number, what: string, size?: number): string {
  return `too large${size === undefined ? '' : ` (${size} bytes)`}: over the ${limit / MiB} MiB limit for ${what}`;
}

/**
 * The bytes of a regular file, at most `limit` of them; otherwise why not. Only regular files are
 * read: a FIFO would block the run forever and a device (/dev/zero) never ends. The path is
 * stat'ed first so that such a thing is never even opened; it can still be swapped between that
 * stat and the open, so the file is opened with O_NONBLOCK (an open that would wait for a FIFO's
 * writer returns at once) and the descriptor itself is checked again before a byte is read. And a
 * file that grows after the check is read only to limit + 1 bytes, never whole.
 */
export function readLimited(absolute: string, limit: number, what: string): Buffer | { problem: string } {
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${systemReason(error)}` };
  }
  const kind = notAFile(stats);
  if (kind) return { problem: kind };
  if (stats.size > limit) return { problem: tooLarge(limit, what, stats.size) };
  let fd: number;
  try {
    // O_NONBLOCK and O_NOCTTY are POSIX; on Windows they are undefined and no FIFO can be opened so.
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    return { problem: `cannot read: ${systemReason(error)}` };
  }
  try {
    const opened = fstatSync(fd);
    const swapped = notAFile(opened);
    if (swapped) return { problem: swapped };
    if (opened.size > limit) return { problem: tooLarge(limit, what, opened.size) };
    return readAtMost(fd, limit, what, opened.size);
  } catch (error) {
    return { problem: `cannot read: ${systemReason(error)}` };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an open file to its end, or to limit + 1 bytes, whichever is first: a file larger than
 * its stat said (growing, or a /proc file that reports size 0) is still never read past the limit.
 * Standard input is read this way too, so `cat /dev/zero | darien lint -` stops at the limit.
 */
export function readAtMost(fd: number, limit: number, what: string, expected = 64 * 1024): Buffer | { problem: string } {
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(expected, 4096), limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return { problem: tooLarge(limit, what) };
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  if (length > limit) return { problem: tooLarge(limit, what) };
  return buffer.subarray(0, length);
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' ? '.' : rel.startsWith('..') ? absolute : rel;
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
  const bytes = readLimited(absolute, READ_LIMITS.registry, 'a registry file');
  if (!Buffer.isBuffer(bytes)) return at(bytes.problem);
  const text = decodeText(bytes);
  if (typeof text !== 'string') return at(`${text.problem}: expected YAML`);
  if (!/\S/.test(text)) return at(EMPTY_FILE);
  const file: RegistryFile = { display, absolute, text };
  const cached = cache?.get(absolute, bytes);
  if (cached !== undefined) return { file, bytes, cached };
  const data = parseRegistryText(file, problems);
  return data === NOT_PARSED ? null : { file, bytes, data };
}

/**
 * An empty file in a registry is most often what `darien extract … > FILE` left: the shell makes
 * the file before darien runs, and a failed extract leaves it empty. It stays a problem (a file in
 * claims/sources/ is a source someone meant to add; passing without it would check less than they
 * think), but one that says where it came from and both ways out.
 */
export const EMPTY_FILE =
  'the file is empty, as a failed `darien extract … > FILE` leaves one: delete it, or write it with `darien extract … --output FILE --force`; a registry file holds `metrics:` or `source:` and `claims:`';

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

// The tags js-yaml's core schema reads: anything else (!!binary, !!timestamp, !!set, a custom
// !tag) is refused. `yaml` reads some of those, so it cannot be asked which ones.
const CORE_TAGS = new Set(['!', ...['str', 'seq', 'map', 'null', 'bool', 'int', 'float'].map((name) => `tag:yaml.org,2002:${name}`)]);

/**
 * Every reason js-yaml refused a file, each at its place: syntax errors, every refused tag, and
 * each document after the first. A registry file is one source (or the catalogue) and the loader
 * locates problems by their path in it, so a second document is refused at its `---` rather than
 * read as a second source: put it in a file of its own.
 */
function reportSyntaxErrors(text: string, display: string, error: unknown, problems: Problem[]): void {
  const YAML = loadYaml();
  const lineCounter = new YAML.LineCounter();
  const found: Problem[] = [];
  const seen = new Set<string>();
  const at = (offset: number, message: string): void => {
    const { line, col } = lineCounter.linePos(offset);
    if (seen.has(`${line}:${col}`)) return;
    seen.add(`${line}:${col}`);
    found.push({ file: display, line, column: col, message });
  };
  YAML.parseAllDocuments(text, { lineCounter }).forEach((doc, index) => {
    if (index > 0) at(doc.range[0], `invalid YAML: document ${index + 1} of the file: a registry file holds one document; put it in a file of its own`);
    for (const yamlError of doc.errors) at(yamlError.pos[0], `invalid YAML: ${firstLine(yamlError.message)}`);
    for (const node of documentNodes(doc)) {
      if (node.tag === undefined || CORE_TAGS.has(node.tag)) continue;
      // The node's range starts after its tag: find the tag as written, just before it.
      const written = doc.directives?.tagString(node.tag) ?? node.tag;
      const tagAt = text.lastIndexOf(written, node.range?.[0] ?? 0);
      at(tagAt >= 0 ? tagAt : (node.range?.[0] ?? 0), `invalid YAML: the tag ${written} is not read here (only plain strings, numbers, true/false, null, lists and mappings)`);
    }
    // A core tag on a value it cannot read (!!int abc).
    for (const warning of doc.warnings) {
      if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
      const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1]?.replace('tag:yaml.org,2002:', '!!') ?? 'its tag';
      at(warning.pos[0], `invalid YAML: the value does not read as ${tag}`);
    }
  });
  if (found.length > 0) {
    problems.push(...found);
    return;
  }
  // js-yaml refused something `yaml` accepts: use its position.
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String((error as Error).message);
  problems.push({ file: display, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: `invalid YAML: ${reason}` });
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** This module's file, for the fingerprint of the code the cache keeps validated inputs under. */
export const MODULE_URL = import.meta.url;
