/** GitHub workflow commands: errors first, totals last, untrusted text escaped, a summary table. */
import { describe, expect, it } from 'vitest';
import { formatGithub, formatGithubSummary, workspacePath } from '../../src/formats/github.js';
import { escapeGithubMessage, escapeGithubProperty } from '../../src/text/escape.js';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDrafts } from '../../src/drafts/lint.js';
import { loadRegistry } from '../../src/registry/load.js';
import { PLANTED_PATH, plantedReport } from './github-sarif-planted.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('formatGithub', () => {
  const report = plantedReport();
  const out = formatGithub(report);
  const lines = out.trimEnd().split('\n');

  it('prints one command per finding here (no two share a place), errors first, and a plain totals line last', () => {
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
    const commands = lines.slice(0, -1);
    expect(commands.length).toBe(report.findings.length);
    expect(commands.every((line) => /^::(error|warning|notice) file=/.test(line))).toBe(true);
    const levels = commands.map((line) => /^::(\w+)/.exec(line)![1]);
    expect(levels).toEqual([...levels].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a!) - ['error', 'warning', 'notice'].indexOf(b!)));
    expect(lines.at(-1)).toMatch(/^darien: \d+ errors?, \d+ warnings?, \d+ info in 1 file/);
  });

  it('locates each finding at the figure: line, column and the end of the figure', () => {
    expect(lines[0]).toMatch(/^::error file=drafts\/a%2Cb%3Ac%0D%0A%3A%3Aerror file=y\.md,line=4,col=10,endLine=4,endColumn=17,title=darien figure-conflict::/);
    expect(lines.some((line) => line.startsWith('::warning') && line.includes('line=7,col=17'))).toBe(true);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const first = lines[0]!;
    const message = first.slice(first.indexOf('::', 2) + 2);
    expect(message).toContain('5%25 more');
    // The sentence's own line break and CR are folded to spaces; the message's lines are escaped.
    expect(message).toContain('red ::error file=x::forged, and more.”%0ARegistry claims:%0A');
    expect(out).not.toContain('\r');
    expect(out.split('\n').filter((line) => line.startsWith('::error file=x') || line.startsWith('::error file=y'))).toEqual([]);
    expect(escapeGithubProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    expect(escapeGithubMessage('a:b,c%d\r\ne')).toBe('a:b,c%25d%0D%0Ae');
  });

  it('shows a planted escape sequence as text, never as the control character', () => {
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\\e[31mred');
  });

  it('names the registry claims the figure conflicts with, with their citations', () => {
    expect(lines[0]).toContain('Registry claims:%0A- 248.284 (2022): EFE, "Las cifras la crisis migratoria se evidencian en el Darién"');
  });
});

describe('formatGithub: one annotation per figure', () => {
  const registry = loadRegistry({ cwd: root });
  // 20,000 for 2023 conflicts with four registry figures (over half a million twice, 520,085 and
  // 511,103): lint makes that one finding. 11,363 "in all of 2024" fails two checks at one place.
  const text = ['---', 'date: 2025-01-05', '---', 'In 2023, 20,000 migrants crossed the Darién Gap.', '', 'In all of 2024, 11,363 migrants crossed the Darién Gap.'].join('\n');
  const report = lintDrafts({ registry, drafts: [{ path: 'd.md', text }] }).report;
  const commands = formatGithub(report).trimEnd().split('\n').slice(0, -1);

  it('names every registry claim a figure conflicts with in one finding', () => {
    const atLine4 = report.findings.filter((f) => f.location.line === 4);
    expect(atLine4.length).toBe(1);
    const line4 = commands.find((line) => line.includes('line=4,'))!;
    expect(line4).toMatch(/^::error file=d\.md,line=4,col=10,endLine=4,endColumn=16,title=darien figure-conflict::/);
    const registryClaims = line4.split('Registry claims:%0A')[1]!.split('%0A');
    expect(registryClaims.map((line) => line.slice(0, line.indexOf(' ('))).sort()).toEqual(['- 511,103', '- An estimated 520,085', '- Over half a million', '- over half a million']);
  });

  it('joins the findings of one level at one place into one command', () => {
    const places = new Set(report.findings.map((f) => `${f.severity} ${f.location.line}:${f.location.column}`));
    expect(report.findings.filter((f) => f.location.line === 6).map((f) => f.check).sort()).toEqual(['figure-conflict', 'part-whole']);
    expect(commands.length).toBe(places.size);
    const line6 = commands.find((line) => line.includes('line=6,'))!;
    expect(line6).toMatch(/^::error file=d\.md,line=6,col=17,endLine=6,endColumn=23,title=darien figure-conflict%2C part-whole::2 findings at this figure:%0A- /);
    // The sentence once, each registry figure once.
    expect(line6.split('In the draft:').length).toBe(2);
    const registryClaims = line6.split('Registry claims:%0A')[1]!.split('%0A');
    expect(new Set(registryClaims).size).toBe(registryClaims.length);
  });
});

describe('paths from $GITHUB_WORKSPACE', () => {
  // [what, the report's path, the workspace, the working directory, as the annotation names it]
  const cases: Array<[string, string, string | null, string, string]> = [
    ['no workspace: as the report has it', 'drafts/a.md', null, '/w/repo/site', 'drafts/a.md'],
    ['under working-directory: site/', 'drafts/a.md', '/w/repo', '/w/repo/site', 'site/drafts/a.md'],
    ['at the root', 'drafts/a.md', '/w/repo', '/w/repo', 'drafts/a.md'],
    ['an absolute path', '/w/repo/site/drafts/a.md', '/w/repo', '/tmp', 'site/drafts/a.md'],
    ['standard input, which is no file', '<stdin>', '/w/repo', '/w/repo/site', '<stdin>'],
  ];
  for (const [what, file, workspace, cwd, shown] of cases) {
    it(what, () => expect(workspacePath(file, { workspace, cwd })).toBe(shown));
  }

  it('annotations and the summary table both use them', () => {
    const report = plantedReport();
    const paths = { workspace: '/w/repo', cwd: '/w/repo/site' };
    expect(formatGithub(report, paths)).toMatch(/^::error file=site\/drafts\/a%2Cb/);
    expect(formatGithubSummary(report, paths)).toContain('| site/drafts/a,b:c');
  });

  it('the registry claims an annotation lists are named from the workspace too', () => {
    const report = plantedReport();
    const files = report.findings.flatMap((f) => f.claims.slice(1)).filter((c) => !c.source.id.startsWith('draft:')).map((c) => c.location.file);
    expect(files.length).toBeGreaterThan(0);
    const paths = { workspace: '/w/repo', cwd: '/w/repo/site' };
    const out = formatGithub(report, paths) + formatGithubSummary(report, paths);
    for (const file of new Set(files)) {
      expect(out).toContain(`[site/${file}:`);
      expect(out).not.toMatch(new RegExp(`\\[${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:`));
    }
  });
});
