#!/usr/bin/env node
/**
 * `node scripts/long-functions.mjs [--max N] [folder …]`: the functions of the reader (src/reader/
 * by default) longer than N lines (80), longest first, as `file:line: name (lines)`. Exits 1 when
 * there is one. A line is counted as a reader sees it on a 120-column screen: one of 300
 * characters counts as three, so a function cannot pass by packing its steps onto long lines.
 * The issue asks for a reader whose every step a person can read at once;
 * tests/reader/function-length.test.ts holds the reader to it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The name a function goes by: its own, its variable's, its property's, or "(anonymous)". */
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) return parent.name.getText();
  return '(anonymous)';
}

/** The width a line is counted at: a longer one counts once for each 120 characters. */
export const WIDTH = 120;

/** Every function of one source text with its first line and its length in lines (at WIDTH columns). */
export function functionLengths(text, file = 'source.ts') {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const rows = text.slice(node.getStart(source), node.getEnd()).split('\n');
      const lines = rows.reduce((sum, row) => sum + Math.max(1, Math.ceil(row.length / WIDTH)), 0);
      out.push({ file, line: first + 1, name: nameOf(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The TypeScript files under a folder, recursively. */
function sourcesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The functions under the folders longer than `max` lines, longest first. */
export function longFunctions(folders, max = 80) {
  const all = folders.flatMap((folder) => sourcesUnder(folder).flatMap((file) => functionLengths(readFileSync(file, 'utf8'), file)));
  return all.filter((f) => f.lines > max).sort((a, b) => b.lines - a.lines);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--max');
  const max = at >= 0 ? Number(args[at + 1]) : 80;
  if (!(max > 0)) {
    process.stderr.write('long-functions: --max must be a positive number\n');
    process.exit(2);
  }
  const folders = args.filter((a, i) => i !== at && i !== at + 1);
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  const long = longFunctions(folders.length > 0 ? folders : [join(root, 'src', 'reader')], max);
  // Piped into `head`, the reader may go before the list ends: that is no error of ours.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.stdout.write(long.map((f) => `${relative(process.cwd(), f.file)}:${f.line}: ${f.name} (${f.lines} lines)\n`).join(''));
  process.exitCode = long.length > 0 ? 1 : 0;
}
