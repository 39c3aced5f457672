/**
 * `darien check FILE`: a source file is checked against the whole registry it belongs to (the
 * folder of the metrics.yaml above it), and only its findings are reported. And the config's
 * severities and ignore globs, through the API.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistry, sourceFileScope } from '../../src/check.js';
import { ignoreTest } from '../../src/config/ignore.js';
import { runsAt, withSeverities } from '../../src/config/severity.js';
import { figureClaim, header, writeRegistry } from '../helpers/registry.js';

// Two sources that disagree on July 2024's crossings, and a third that agrees with nobody's period.
const FILES = {
  'sources/a.yaml': header('a') + figureClaim('a1', '11,363', 11363, '2024-07'),
  'sources/b.yaml': header('b') + figureClaim('b1', '20,000', 20000, '2024-07'),
  'sources/c.yaml': header('c') + figureClaim('c1', '5,000', 5000, '2023-07') + figureClaim('c2', '9,000', 9000, '2023-07'),
};

const conflicts = (paths: string[], cwd: string) =>
  checkRegistry({ paths, cwd, cache: false }).report.findings.filter((f) => f.check === 'figure-conflict').map((f) => f.claims.map((c) => c.id).sort().join(' '));

describe('darien check FILE', () => {
  it('checks a new source file against the whole registry, not alone', () => {
    const dir = writeRegistry(FILES);
    // Alone, b.yaml has nothing to conflict with; against its registry it conflicts with a.yaml.
    expect(conflicts(['sources/b.yaml'], dir)).toEqual(['a1 b1']);
  });

  it("reports only that file's findings", () => {
    const dir = writeRegistry(FILES);
    expect(conflicts([dir], dir)).toEqual(['a1 b1', 'c1 c2']);
    expect(conflicts(['sources/c.yaml'], dir)).toEqual(['c1 c2']);
    expect(conflicts(['sources/a.yaml', 'sources/c.yaml'], dir)).toEqual(['a1 b1', 'c1 c2']);
  });

  it('counts only those findings in the summary', () => {
    const dir = writeRegistry(FILES);
    expect(checkRegistry({ paths: ['sources/c.yaml'], cwd: dir, cache: false }).report.summary.errors).toBe(1);
  });

  it.each([
    ['a folder', ['sources'], null],
    ['the catalogue', ['metrics.yaml'], null],
    ['a file with no catalogue above it', ['/etc/hostname'], null],
  ])('leaves %s as given', (_name, paths, expected) => {
    const dir = writeRegistry(FILES);
    expect(sourceFileScope(paths, dir)).toBe(expected);
  });

  it('reads the registry from the folder of its catalogue', () => {
    const dir = writeRegistry(FILES);
    expect(sourceFileScope(['sources/a.yaml'], dir)).toEqual({ paths: [dir, join(dir, 'sources', 'a.yaml')], files: new Set([join(dir, 'sources', 'a.yaml')]) });
  });
});

describe('the config\'s severities and ignore globs', () => {
  it.each([
    ['figure-conflict', 'error', 'warning', undefined, true],
    ['single-source', 'info', 'warning', undefined, false],
    ['single-source', 'info', 'warning', new Map([['single-source', 'warning']] as const), true],
    ['figure-conflict', 'error', 'info', new Map([['figure-conflict', 'off']] as const), false],
    ['page-date', 'warning', 'error', new Map([['page-date', 'error']] as const), true],
  ] as const)('%s (own %s) at a floor of %s with %j runs: %s', (id, own, floor, severities, runs) => {
    expect(runsAt(id, own, floor, severities)).toBe(runs);
  });

  it('drops the findings of a check turned off, and gives the others their configured severity', () => {
    const findings = [
      { check: 'page-date', severity: 'warning' as const },
      { check: 'single-source', severity: 'info' as const },
      { check: 'magnitude', severity: 'warning' as const },
    ];
    const severities = new Map([['page-date', 'error'], ['single-source', 'off']] as const);
    expect(withSeverities(findings, severities)).toEqual([{ check: 'page-date', severity: 'error' }, { check: 'magnitude', severity: 'warning' }]);
  });

  it('turns a check off through the API', () => {
    const dir = writeRegistry(FILES);
    const report = checkRegistry({ paths: [dir], cwd: dir, cache: false, severities: new Map([['figure-conflict', 'off']]) }).report;
    expect(report.findings.filter((f) => f.check === 'figure-conflict')).toEqual([]);
    expect(report.summary.skippedChecks).not.toContain('figure-conflict');
  });

  it.each([
    ['drafts/old/**', 'drafts/old/2023/a.md', true],
    ['drafts/old/**', 'drafts/new/a.md', false],
    ['*.wip.md', 'drafts/deep/x.wip.md', true],
    ['*.wip.md', 'drafts/x.md', false],
    ['sources/ref-*.yaml', 'sources/ref-ap.yaml', true],
    ['sources/ref-*.yaml', 'other/sources/ref-ap.yaml', false],
    ['./sources/{a,b}.yaml', 'sources/b.yaml', true],
    ['**/x.md', '../outside/x.md', false],
  ])('%s ignores %s: %s', (glob, path, ignored) => {
    expect(ignoreTest([glob], '/news')!(join('/news', path))).toBe(ignored);
  });

  it('skips ignored files when the registry is walked', () => {
    const dir = writeRegistry(FILES);
    const { registry } = checkRegistry({ paths: [dir], cwd: dir, cache: false, ignore: ignoreTest(['sources/b.yaml'], dir) });
    expect(registry.files).toEqual(['metrics.yaml', 'sources/a.yaml', 'sources/c.yaml']);
  });
});
