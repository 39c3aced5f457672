import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTextWidth } from '../../src/text/wrap.js';
import { columnWidths, formatTable } from '../../src/formats/table.js';
import { formatJson } from '../../src/formats/json.js';
import type { Report, ReportedClaim } from '../../src/report.js';
import { reportedClaim as claim } from './reported-claim.js';

function report(claims: ReportedClaim[], message = 'The parts add up to 8,963 – 8,965, more than 8,456.'): Report {
  return {
    findings: [{ check: 'part-whole', severity: 'error', messageId: 'partsExceedWhole', message, location: claims[0]!.location, claims }],
    summary: { errors: 1, warnings: 0, infos: 0, hidden: 0, claims: 83, sources: 19, files: 20, skippedChecks: [] },
    minSeverity: 'warning',
  };
}

// The CLI loads string-width before formatting text beyond plain Latin and punctuation; so do these tests.
beforeAll(loadTextWidth);

describe('the table formatter', () => {
  it('lays a finding out at 80 columns', () => {
    const out = formatTable(report([claim(), claim({ id: 'b1', role: 'part', figure: '4.702', range: '= 4,702', source: { ...claim().source, id: 'ref-efe', kind: 'reference' } })]), { width: 80 });
    expect(out).toMatchSnapshot();
  });

  it('keeps every line within the width, down to 60 columns', () => {
    for (const width of [60, 80, 100, 132]) {
      const lines = formatTable(report([claim()]), { width }).split('\n');
      const widest = Math.max(...lines.filter((l) => !l.startsWith('claims/')).map((l) => [...l].length));
      expect(widest, `width ${width}`).toBeLessThanOrEqual(width);
    }
    const sum = columnWidths(80).reduce((a, b) => a + b, 0);
    expect(sum + 13).toBe(80);
  });

  it('prints no escape sequence or control character from an article, and colours only when asked', () => {
    const hostile = claim({ quote: 'fine\u001b]0;pwned\u0007 text\u001b[2J with \u009b31m and a\nnewline', figure: '8,456\u001b[31m' });
    const plain = formatTable(report([hostile], 'message \u001b[1mbold'), { width: 80 });
    expect(plain).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(plain).toContain('\\e]0;pwned');
    const coloured = formatTable(report([claim()]), { width: 80, chalk: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\u001b[');
  });

  // [name, the finding's file and check, the heading's two lines as printed]
  const hostileNames: Array<[string, { file: string; check?: string }, [string, string]]> = [
    ['a colour and a window title in a draft’s file name', { file: 'a\u001b[31mred\u001b]0;pwned\u0007.md' }, ['a\\e[31mred\\e]0;pwned\\u0007.md:129:12', 'error  part-whole']],
    ['a screen clear from --stdin-filename', { file: 'x\u001b[2Jy.md' }, ['x\\e[2Jy.md:129:12', 'error  part-whole']],
    ['CR and LF in a file name', { file: 'a\r\nb.md:1:1\rc.md' }, ['a b.md:1:1 c.md:129:12', 'error  part-whole']],
    ['a bidi override in a file name', { file: 'x\u202edm.exe' }, ['x\\u202edm.exe:129:12', 'error  part-whole']],
    ['an escape sequence in a check id', { file: 'drafts/t.md', check: 'part-whole\u001b[8m' }, ['drafts/t.md:129:12', 'error  part-whole\\e[8m']],
  ];
  for (const [name, { file, check }, heading] of hostileNames) {
    it(`prints ${name} inert, on the heading's own line`, () => {
      const base = report([claim({ location: { file, line: 129, column: 12 } })]);
      const hostile: Report = { ...base, findings: base.findings.map((f) => ({ ...f, check: check ?? f.check })) };
      const out = formatTable(hostile, { width: 80 });
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(out.split('\n').slice(0, 2)).toEqual(heading);
    });
  }

  // The cells' other fields, which the registry's schema constrains but an API caller may not.
  const hostileCells: Array<[string, Partial<ReportedClaim>, string]> = [
    ['role', { role: 'part\u001b[5m' }, 'part\\e[5m'],
    ['range and rate', { range: '= 1\u001b[1m', per: 'day\u009b2J' }, '= 1\\e[1m /day\\u009b2J'],
    ['period', { period: '2022\u001b]0;t\u0007' }, '2022\\e]0;t\\u0007'],
    ['page date', { source: { ...claim().source, pageDate: '2022\u001b[2J' } }, '2022\\e[2J?'],
  ];
  for (const [name, overrides, shown] of hostileCells) {
    it(`prints an escape sequence in a claim's ${name} inert`, () => {
      const out = formatTable(report([claim(overrides)]), { width: 132 });
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(out).toContain(shown);
    });
  }

  it('gives the same findings in JSON, with their locations', () => {
    const parsed = JSON.parse(formatJson(report([claim()])));
    expect(parsed.findings[0]).toMatchObject({ check: 'part-whole', location: { file: 'claims/sources/004.yaml', line: 129, column: 12 } });
    expect(parsed.summary.errors).toBe(1);
  });
});

describe('formatJson layout', () => {
  it('is indented by default and one line when asked, with the same content', () => {
    const r = report([claim()]);
    const pretty = formatJson(r);
    const compact = formatJson(r, { pretty: false });
    expect(pretty.split('\n').length).toBeGreaterThan(10);
    expect(compact.trimEnd()).not.toContain('\n');
    expect(compact.endsWith('\n')).toBe(true);
    expect(JSON.parse(compact)).toEqual(JSON.parse(pretty));
  });
});
