/** A draft with untrusted text planted in it, linted, for the format tests. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDrafts } from '../../src/drafts/lint.js';
import type { LintReport } from '../../src/drafts/report.js';
import { loadRegistry } from '../../src/registry/load.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A file name can hold anything Linux allows: here a comma, a colon, a CR and a line break. */
export const PLANTED_PATH = 'drafts/a,b:c\r\n::error file=y.md';

/** One error-level sentence carrying %, a pipe, an escape sequence, a line break then "::", and a CR. */
export const PLANTED = [
  '---',
  'date: 2024-07-17',
  '---',
  'In 2022, 260,000 migrants crossed the Darién Gap, 5% more | or less \u001b[31mred',
  '::error file=x::forged, and\r more.',
  '',
  'In all of 2024, 302,203 migrants crossed the Darién Gap.',
].join('\n');

export function plantedReport(minSeverity: 'info' | 'warning' = 'warning'): LintReport {
  const registry = loadRegistry({ cwd: root });
  return lintDrafts({ registry, drafts: [{ path: PLANTED_PATH, text: PLANTED }], minSeverity }).report;
}
