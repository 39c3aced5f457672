/**
 * rated-figure, as RuleTester runs a rule: drafts that must pass, and drafts that must be reported
 * with the message id, line, column and severity of each finding. The registry is the bundled one
 * with a source of monthly figures for 2024 that no other source gives, each rated as its case
 * needs, so only a verdict can say a draft repeating one is wrong.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lintDrafts } from '../../src/drafts/lint.js';
import { RATED_FIGURE } from '../../src/drafts/rated-figure.js';
import type { Registry } from '../../src/model/types.js';
import { loadRegistry } from '../../src/registry/load.js';
import { darien } from '../cli/run.js';
import { draftCaseTester, type DraftCase, type DraftExpected } from '../helpers/draft-cases.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// [claim id, figure, value, month of 2024, the figure the verdict rated, its rating]
const MONTHS: ReadonlyArray<readonly [string, string, number, string, string, string]> = [
  ['march', '9,999', 9999, '03', '9,999', 'inaccurate'],
  ['february', '7,000', 7000, '02', '7,000', 'outdated'],
  ['april', '8,000', 8000, '04', '8,000', 'misleading'],
  ['august', '6,000', 6000, '08', '6,000', 'unsupported'],
  ['september', '5,000', 5000, '09', '5,000', 'accurate'],
  // Stale: the claim says 4,000, the verdict rated 4,500.
  ['october', '4,000', 4000, '10', '4,500', 'inaccurate'],
  // Two claims of December that agree, each rated.
  ['december', '3,000', 3000, '12', '3,000', 'outdated'],
  ['december-about', 'about 3,000', 3000, '12', 'about 3,000', 'misleading'],
];

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The bundled registry, copied, with the monthly source and a verdict on each of its claims by `by`; returns its folder. */
function writeRatedRegistry(by: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'darien-rated-'));
  made.push(dir);
  cpSync(join(root, 'claims'), join(dir, 'claims'), { recursive: true });
  const quote = (id: string, figure: string): string => `${figure} crossed the Darién Gap (${id})`;
  const claims = MONTHS.map(
    ([id, figure, value, month]) =>
      `  - id: monthly-${id}\n    quote: "${quote(id, figure)}"\n    figure: "${figure}"\n    value: ${value}\n    unit: people\n    metric: darien-crossings\n    period: "2024-${month}"\n    period_words: "that month"\n    attribution: []\n`,
  );
  const source = 'source: {id: monthly, kind: article, outlet: Test Wire, title: "Monthly", author: A, page_date: 2025-01-02, page_date_inferred: false, text: ../archive/monthly.txt}\nclaims:\n';
  writeFileSync(join(dir, 'claims/sources/monthly.yaml'), source + claims.join(''));
  writeFileSync(join(dir, 'claims/archive/monthly.txt'), MONTHS.map(([id, figure]) => quote(id, figure)).join('\n'));
  const verdicts = MONTHS.map(
    ([id, , , , rated, rating]) => `\n  - claim: monthly-${id}\n    figure: "${rated}"\n    rating: ${rating}\n    by: ${JSON.stringify(by)}\n    date: 2026-12-04\n    reasoning: for the test\n    evidence: [monthly]\n`,
  );
  writeFileSync(join(dir, 'claims/verdicts.yaml'), readFileSync(join(root, 'claims/verdicts.yaml'), 'utf8') + verdicts.join(''));
  return join(dir, 'claims');
}

const registryPath = writeRatedRegistry('the desk');
const registry = loadRegistry({ paths: [registryPath], cwd: dirname(registryPath) });

/** A draft of these lines under three lines of front matter: its first line is line 4. */
function draft(lines: readonly string[]): string {
  return `---\ndate: 2025-01-05\n---\n${lines.join('\n')}\n`;
}

function lint(text: string, options: { on?: Registry; checks?: string[]; severities?: Map<string, 'off' | 'error' | 'warning' | 'info'> } = {}) {
  return lintDrafts({ registry: options.on ?? registry, drafts: [{ path: 'drafts/t.md', text }], minSeverity: 'info', checks: options.checks, severities: options.severities }).report;
}

function findingsOf(text: string, on?: Registry): DraftExpected[] {
  return lint(text, { on })
    .findings.filter((f) => f.check === RATED_FIGURE.id)
    .map((f) => ({ messageId: f.messageId, line: f.location.line, column: f.location.column, severity: f.severity }));
}

const HALF_A_MILLION = 'More than half a million migrants crossed the Darién Gap in 2023.';
const ALMOST_9000 = 'Almost 9,000 migrants crossed the Darién Gap in the first two months of 2022.';

const valid: DraftCase[] = [
  { name: 'a figure rated accurate', text: draft(['In September 2024, 5,000 migrants crossed the Darién Gap.']) },
  { name: 'a figure whose verdict is stale (it rated 4,500; the claim now says 4,000)', text: draft(['In October 2024, 4,000 migrants crossed the Darién Gap.']) },
  { name: 'the rated figure for a period no rated claim has', text: draft(['In May 2023, 9,999 migrants crossed the Darién Gap.']) },
  { name: 'a figure that does not agree with the rated one (it fails figure-conflict instead)', text: draft(['In March 2024, 9,000 migrants crossed the Darién Gap.']) },
  { name: 'a figure that also agrees with a figure that stands: 520,085 for 2023 beside 511,103, rated unsupported', text: draft([HALF_A_MILLION]) },
  { name: "a figure that also agrees with the parts 004's verdict settles with: 4,702 + 4,262 beside 8,456, rated inaccurate", text: draft([ALMOST_9000]) },
  { name: 'a figure whose figure-conflict error already cites the verdict: 300,549 for 2024, rated outdated', text: draft(['In 2024, 300,549 migrants crossed the Darién Gap.']) },
  { name: 'a figure whose part-whole error already cites the verdict: 8,456 for January–February 2022', text: draft(['In the first two months of 2022, 8,456 migrants crossed the Darién Gap.']) },
  { name: 'a line that ignores it', text: draft(['In March 2024, 9,999 migrants crossed the Darién Gap. <!-- darien-ignore rated-figure -->']) },
];

const invalid: DraftCase[] = [
  {
    name: "the audit's reproduction: 9,999 for March 2024, rated inaccurate, the registry's only figure for the month",
    text: draft(['In March 2024, 9,999 migrants crossed the Darién Gap.']),
    errors: [{ messageId: 'rated', line: 4, column: 16, severity: 'error' }],
  },
  {
    name: 'a hedged figure whose interval holds the rated one: "nearly 10,000" and 9,999',
    text: draft(['Nearly 10,000 migrants crossed the Darién Gap in March 2024.']),
    errors: [{ messageId: 'rated', line: 4, column: 1, severity: 'error' }],
  },
  { name: 'rated outdated: a warning', text: draft(['In February 2024, 7,000 migrants crossed the Darién Gap.']), errors: [{ messageId: 'rated', line: 4, column: 19, severity: 'warning' }] },
  { name: 'rated misleading: a warning', text: draft(['In April 2024, 8,000 migrants crossed the Darién Gap.']), errors: [{ messageId: 'rated', line: 4, column: 16, severity: 'warning' }] },
  { name: 'rated unsupported: a warning', text: draft(['In August 2024, 6,000 migrants crossed the Darién Gap.']), errors: [{ messageId: 'rated', line: 4, column: 17, severity: 'warning' }] },
  {
    name: 'rated inaccurate, but the period read from the sentence before: a warning',
    text: draft(['Crossings fell in March 2024. In that time, 9,999 migrants crossed the Darién Gap.']),
    errors: [{ messageId: 'rated', line: 4, column: 45, severity: 'warning' }],
  },
  {
    name: 'two rated claims the figure agrees with: one finding',
    text: draft(['In December 2024, 3,000 migrants crossed the Darién Gap.']),
    errors: [{ messageId: 'rated', line: 4, column: 19, severity: 'warning' }],
  },
  {
    name: 'each line that repeats it, at its own line',
    text: draft(['In March 2024, 9,999 migrants crossed the Darién Gap.', '', 'Officials said 9,999 migrants crossed the Darién Gap in March 2024.']),
    errors: [
      { messageId: 'rated', line: 4, column: 16, severity: 'error' },
      { messageId: 'rated', line: 6, column: 16, severity: 'error' },
    ],
  },
  {
    name: 'a comment that ignores the figure-conflict citing the verdict leaves it to rated-figure: 300,549 for 2024',
    text: draft(['In 2024, 300,549 migrants crossed the Darién Gap. <!-- darien-ignore figure-conflict -->']),
    errors: [{ messageId: 'rated', line: 4, column: 10, severity: 'warning' }],
  },
];

describe('rated-figure', () => {
  draftCaseTester((text) => findingsOf(text), { valid, invalid });
});

/** The registry without the claims `drop` picks: a rated figure left standing alone. */
function without(drop: (claim: Registry['claims'][number]) => boolean): Registry {
  const claims = registry.claims.filter((claim) => !drop(claim));
  return { ...registry, claims, claimsById: new Map(claims.map((claim) => [claim.id, claim])) };
}

describe('rated-figure: what it says, and what else says it', () => {
  it('the figures that pass for agreeing with a figure that stands do agree with the rated one: with that figure gone, they are reported', () => {
    const no520085 = without((claim) => claim.metric.id === 'darien-crossings' && claim.period?.text === '2023' && claim.quantity?.value !== 511103);
    expect(findingsOf(draft([HALF_A_MILLION]), no520085)).toEqual([{ messageId: 'rated', line: 4, column: 1, severity: 'warning' }]);
    const unsettled: Registry = { ...registry, verdicts: registry.verdicts.map((verdict) => (verdict.claimId === '004-crossings-jan-feb-2022' ? { ...verdict, settles: [] } : verdict)) };
    expect(findingsOf(draft([ALMOST_9000]), unsettled)).toEqual([{ messageId: 'rated', line: 4, column: 1, severity: 'error' }]);
  });

  it('names the metric, the period and the figure, and cites the verdict with where it is written', () => {
    const finding = lint(draft(['In March 2024, 9,999 migrants crossed the Darién Gap.'])).findings.find((f) => f.check === RATED_FIGURE.id)!;
    expect(finding.message).toMatch(
      /^darien-crossings for 2024-03: "9,999" agrees with a registry figure a fact-checker has rated below accurate\. monthly's 9,999 was rated inaccurate on 2026-12-04 by the desk \(claims\/verdicts\.yaml:\d+:13\)\.$/,
    );
    expect(finding.claims.map((c) => [c.role, c.figure, c.source.id])).toEqual([
      ['figure', '9,999', 'draft:drafts/t.md'],
      ['rated', '9,999', 'monthly'],
    ]);
  });

  it('one finding for two rated claims cites both verdicts', () => {
    const finding = lint(draft(['In December 2024, 3,000 migrants crossed the Darién Gap.'])).findings.find((f) => f.check === RATED_FIGURE.id)!;
    expect([...finding.message.matchAll(/(\S+)'s ([^,]+?,?\d{3}) was rated (\w+)/g)].map((m) => [m[1], m[2], m[3]])).toEqual([
      ['monthly', '3,000', 'outdated'],
      ['monthly', 'about 3,000', 'misleading'],
    ]);
  });

  it('a figure-conflict against a figure rated inaccurate, with none other standing, cites its verdict and is a warning', () => {
    const report = lint(draft(['In March 2024, 9,000 migrants crossed the Darién Gap.']));
    const conflict = report.findings.find((f) => f.check === 'figure-conflict')!;
    expect(conflict.severity).toBe('warning');
    expect(conflict.message).toMatch(/ monthly's 9,999, which the draft is set against here, was rated inaccurate on 2026-12-04 by the desk \(claims\/verdicts\.yaml:\d+:13\)\. No figure the registry holds for it is rated better, so this is a warning, not an error\.$/);
    expect(report.findings.map((f) => f.check)).toEqual(['figure-conflict']);
  });

  it('follows --check and the config: not run when other checks are named or it is off, at the severity the config gives', () => {
    const text = draft(['In March 2024, 9,999 migrants crossed the Darién Gap.']);
    expect(lint(text, { checks: ['figure-conflict'] }).findings.filter((f) => f.check === RATED_FIGURE.id)).toEqual([]);
    expect(lint(text, { severities: new Map([[RATED_FIGURE.id, 'off']]) }).findings.filter((f) => f.check === RATED_FIGURE.id)).toEqual([]);
    expect(lint(text, { severities: new Map([[RATED_FIGURE.id, 'warning']]) }).findings.map((f) => [f.check, f.severity])).toEqual([[RATED_FIGURE.id, 'warning']]);
    // Named alone, nothing else can cite the verdict on 300,549: rated-figure does.
    const alone = lint(draft(['In 2024, 300,549 migrants crossed the Darién Gap.']), { checks: [RATED_FIGURE.id] });
    expect(alone.findings.map((f) => [f.check, f.severity])).toEqual([[RATED_FIGURE.id, 'warning']]);
  });

  it('darien lint: exit 1, located at the figure, and the verdict\u2019s own text escaped', () => {
    const claims = writeRatedRegistry('the desk\u001b[2J');
    const run = darien(['lint', '-', '--stdin-filename', 'drafts/march.md', '--registry', claims, '--format', 'line'], { input: draft(['In March 2024, 9,999 migrants crossed the Darién Gap.']) });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^drafts\/march\.md:4:16 {2}error {2}rated-figure {2}darien-crossings for 2024-03: "9,999" agrees with .* by the desk\\e\[2J \(/m);
    expect(run.stdout).not.toContain('\u001b');
  });
});
