/** SARIF 2.1.0: valid against the OASIS schema (vendored from @microsoft/sarif-multitool-linux 5.7.0), and useful. */
import { describe, expect, it } from 'vitest';
import { LINT_RULES } from '../../src/drafts/lint.js';
import { artifactLocation, formatSarif, pathToUri } from '../../src/formats/sarif.js';
import { validateSarif } from '../helpers/sarif.js';
import { plantedReport } from './github-sarif-planted.js';

const validate = validateSarif;

const OPTIONS = { rules: LINT_RULES, version: '0.1.0', informationUri: 'https://example.org/darien', docsBaseUri: 'https://example.org/darien/blob/main/', root: '/work/news', cwd: '/work/news' };

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(plantedReport('info'), OPTIONS));

  it('is valid SARIF 2.1.0', () => {
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check can fail: a log without its version is refused', () => {
    const broken = { ...log };
    delete broken.version;
    expect(validate(broken)).toBe(false);
    const badLevel = structuredClone(log);
    badLevel.runs[0].results[0].level = 'fatal';
    expect(validate(badLevel)).toBe(false);
  });

  it('describes darien and every check as a rule with help', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'darien', version: '0.1.0', informationUri: 'https://example.org/darien' });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(LINT_RULES.map((r) => r.id));
    const conflict = driver.rules.find((r: { id: string }) => r.id === 'figure-conflict');
    expect(conflict.helpUri).toBe('https://example.org/darien/blob/main/docs/checks/figure-conflict.md');
    expect(conflict.shortDescription.text).toMatch(/intervals do not overlap/);
    expect(conflict.help.text).toContain('docs/checks/figure-conflict.md');
  });

  it('invents no address: without a home page the log names none, and stays valid', () => {
    const bare = JSON.parse(formatSarif(plantedReport('info'), { ...OPTIONS, informationUri: null, docsBaseUri: null }));
    expect(bare.runs[0].tool.driver.informationUri).toBeUndefined();
    expect(bare.runs[0].tool.driver.rules.every((r: { helpUri?: string }) => r.helpUri === undefined)).toBe(true);
    expect(validate(bare), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('locates each result at the figure in the draft, relative and 1-based, with the registry claims as related locations', () => {
    const results = log.runs[0].results;
    const first = results[0];
    expect(first).toMatchObject({ ruleId: 'figure-conflict', level: 'error' });
    expect(log.runs[0].tool.driver.rules[first.ruleIndex].id).toBe('figure-conflict');
    expect(first.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'drafts/a%2Cb%3Ac%0D%0A%3A%3Aerror%20file%3Dy.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 10, endColumn: 17 },
    });
    expect(first.message.text).toContain('260,000');
    expect(first.relatedLocations[0].physicalLocation.artifactLocation).toEqual({ uri: 'claims/sources/ref-efe-coralnoticias-cifras-crisis-migratoria.yaml', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/news/' } });
    expect(results.map((r: { level: string }) => r.level)).toContain('note');
  });

  // [what, the report's path, the working directory, the artifact location]
  const places: Array<[string, string, string, { uri: string; uriBaseId?: string }]> = [
    ['relative, from the root', 'drafts/a.md', '/work/news', { uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' }],
    ['relative, from a folder below the root', 'a.md', '/work/news/drafts', { uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' }],
    ['relative, climbing out and back in', '../news/drafts/a.md', '/work/other', { uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' }],
    ['absolute, inside the root', '/work/news/drafts/a.md', '/tmp', { uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' }],
    ['absolute, outside the root', '/home/ed/drafts/a b#1.md', '/work/news', { uri: 'file:///home/ed/drafts/a%20b%231.md' }],
    ['relative, outside the root', '../elsewhere/a.md', '/work/news', { uri: 'file:///work/elsewhere/a.md' }],
    ['a root that only starts alike', '/work/newsroom/a.md', '/work/news', { uri: 'file:///work/newsroom/a.md' }],
  ];
  for (const [what, path, cwd, expected] of places) {
    it(`names an artifact ${what}`, () => expect(artifactLocation(path, { root: '/work/news', cwd })).toEqual(expected));
  }

  it('gives the same finding the same fingerprint from any directory, and a log valid from each', () => {
    const report = plantedReport('info');
    const relocate = (prefix: string) => ({ ...report, findings: report.findings.map((f) => ({ ...f, location: { ...f.location, file: `${prefix}${f.location.file}` } })) });
    const runs = [
      formatSarif(report, OPTIONS),
      formatSarif(relocate('/work/news/'), { ...OPTIONS, cwd: '/' }),
      formatSarif(relocate('../news/'), { ...OPTIONS, cwd: '/work/other' }),
    ].map((text) => JSON.parse(text));
    const prints = runs.map((run) => run.runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints));
    expect(prints[1]).toEqual(prints[0]);
    expect(prints[2]).toEqual(prints[0]);
    for (const run of runs) expect(validate(run), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // Outside the root: absolute file:// URIs, still valid, no base id.
    const outside = JSON.parse(formatSarif(relocate('/home/ed/'), OPTIONS));
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/home\/ed\/drafts\//);
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId).toBeUndefined();
    expect(validate(outside), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('turns paths into relative URI references', () => {
    expect(pathToUri('drafts/my draft #1.md')).toBe('drafts/my%20draft%20%231.md');
  });
});
