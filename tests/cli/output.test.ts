/** What the terminal formats are given: the width, colour, and string-width loaded when text needs it. */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { outputSettings, terminalWidth } from '../../src/cli/io.js';
import { darien } from './run.js';

const tty = (columns: number) => ({ isTTY: true, columns });
const pipe = { isTTY: false, columns: undefined as unknown as number };

describe('the width', () => {
  // [what, stdout, stderr, COLUMNS, width]
  const cases: Array<[string, typeof pipe, typeof pipe, string | undefined, number]> = [
    ['stdout a terminal', tty(120), tty(90), '70', 120],
    ['stdout piped, stderr a terminal (darien check | less)', pipe, tty(90), '70', 90],
    ['both piped: COLUMNS', pipe, pipe, '70', 70],
    ['both piped, no COLUMNS: 80', pipe, pipe, undefined, 80],
    ['COLUMNS not a number: 80', pipe, pipe, 'wide', 80],
  ];
  for (const [what, out, err, columns, width] of cases) {
    it(`${what}: ${width}`, () => expect(terminalWidth(out, { COLUMNS: columns }, err)).toBe(width));
  }
});

describe('whether colour is possible (chalk then decides)', () => {
  // [what, stdout, env, flag, colour possible]
  const cases: Array<[string, typeof pipe, NodeJS.ProcessEnv, boolean | undefined, boolean]> = [
    ['a terminal', tty(80), {}, undefined, true],
    ['a pipe', pipe, {}, undefined, false],
    ['a pipe with FORCE_COLOR', pipe, { FORCE_COLOR: '1' }, undefined, true],
    ['a terminal with NO_COLOR', tty(80), { NO_COLOR: '1' }, undefined, false],
    ['a terminal with NO_COLOR empty (not set, says no-color.org)', tty(80), { NO_COLOR: '' }, undefined, true],
    ['FORCE_COLOR and NO_COLOR: FORCE_COLOR wins', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, undefined, true],
    ['--no-color over FORCE_COLOR', tty(80), { FORCE_COLOR: '3' }, false, false],
  ];
  for (const [what, out, env, flag, color] of cases) {
    it(what, () => expect(outputSettings(out, env, flag, pipe).color).toBe(color));
  }

  it('FORCE_COLOR=0 is chalk’s “no colour”, even on request', () => {
    const run = darien(['check'], { env: { NO_COLOR: undefined, FORCE_COLOR: '0' } });
    expect(run.stdout).not.toContain('\u001b[');
    expect(darien(['check'], { env: { NO_COLOR: undefined, FORCE_COLOR: '2' } }).stdout).toContain('\u001b[');
  });
});

describe('a draft in wide characters, end to end', () => {
  // A wrong figure (the registry has 520,085 and 511,103 for 2023) in a sentence of emoji and CJK.
  const input = '---\ndate: 2025-01-10\n---\nIn 2023, 260,000 migrants 👨‍👩‍👧 ✅ ☕ crossed the Darién Gap (巴拿马达连隘口), said the ministry.\n';

  it('--format table: every table line exactly 80 columns', () => {
    const run = darien(['lint', '-', '--format', 'table'], { input });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const table = run.stdout.split('\n').filter((line) => /^[┌│├└]/.test(line));
    expect(table.length).toBeGreaterThan(5);
    expect(table.filter((line) => stringWidth(line) !== 80)).toEqual([]);
    expect(run.stdout).toContain('👨‍👩‍👧');
  });

  it('--format brief and line: every line fits 80 columns but the location and the line format’s', () => {
    const brief = darien(['lint', '-'], { input });
    expect(brief.status).toBe(1);
    expect(brief.stdout.split('\n').filter((line) => !line.startsWith('<stdin>:') && stringWidth(line) > 80)).toEqual([]);
    const line = darien(['lint', '-', '--format', 'line'], { input });
    expect(line.status).toBe(1);
    expect(line.stdout.trimEnd().split('\n').slice(0, -1).every((l) => /^<stdin>:4:\d+ {2}(error|warning) {2}[a-z-]+ {2}\S/.test(l))).toBe(true);
  });
});
