/**
 * The timeline as a chart: the specification (pure data), the SVG Vega draws of it (well-formed
 * XML, one point per claim that has a period and a value), the HTML page around it, and the
 * registry's text escaped in both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline, loadRegistry, type Timeline, type TimelineRow } from '../../src/index.js';
import { chartSections, timelineSpec } from '../../src/formats/timeline-chart.js';
import { renderTimelineSvg, timelineHtml } from '../../src/formats/timeline-svg.js';
import { darien, ROOT } from '../cli/run.js';
import { figureClaim, header, writeRegistry } from '../helpers/registry.js';

const registry = loadRegistry({ paths: [join(ROOT, 'claims')] });
const RATED = '004-crossings-jan-feb-2022';
const timeline = buildTimeline(registry, 'darien-crossings', undefined, (id) => (id === RATED ? { rating: 'inaccurate' } : null));
/** The chart docs/editors.md shows, as committed. */
const DOCS_CHART = 'docs/img/timeline-darien-crossings.svg';

/** The points of each section's claims layer, as Vega wrote them: one <path> per claim. */
function claimPoints(svg: string): Array<{ section: string; labels: string[] }> {
  return [...svg.matchAll(/<g class="mark-symbol role-mark claims_(section\d+)_marks"[^>]*>(.*?)<\/g>/g)].map((match) => ({
    section: match[1]!,
    labels: [...match[2]!.matchAll(/<path aria-label="([^"]*)"/g)].map((label) => label[1]!),
  }));
}

const placed = (t: Timeline) => t.sections.flatMap((s) => s.rows).filter((row) => row.start !== null && row.low !== null);

/** The chart rendered once for a describe block (Vega takes seconds on a busy machine). */
function rendered(t: Timeline): () => string {
  let svg = '';
  beforeAll(async () => {
    svg = await renderTimelineSvg(t);
  }, 120_000);
  return () => svg;
}

describe('the chart of darien-crossings', () => {
  const svg = rendered(timeline);

  it('places every claim with a period and a value, and names the rest', () => {
    const sections = chartSections(timeline);
    expect(sections.flatMap((s) => s.data).length).toBe(placed(timeline).length);
    expect(sections.flatMap((s) => s.unplaced)).toEqual(['002-typical-year']);
    // 10 to 520,085 on one axis: logarithmic, or a month would lie flat on the axis.
    expect(sections[0]!.log).toBe(true);
    expect(sections[1]!.log).toBe(false);
  });

  it('the conflicts and the verdict reach the data the chart draws', () => {
    const data = chartSections(timeline).flatMap((s) => s.data);
    const inConflict = data.filter((d) => d.group === 'in conflict').map((d) => d.claim);
    const expected = placed(timeline).filter((row) => row.conflicts.length > 0).map((row) => row.claimId);
    expect(inConflict.sort()).toEqual(expected.sort());
    expect(inConflict.length).toBeGreaterThan(0);
    expect(data.filter((d) => d.verdict !== '').map((d) => [d.claim, d.verdict])).toEqual([[RATED, 'inaccurate']]);
  });

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(svg())).toBe(true);
    expect(svg().startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('holds one point per placed claim, in its section, labelled with its source and figure', () => {
    const points = claimPoints(svg());
    const sections = chartSections(timeline).filter((s) => s.data.length > 0);
    expect(points.map((p) => p.labels.length)).toEqual(sections.map((s) => s.data.length));
    const labels = points.flatMap((p) => p.labels);
    for (const row of placed(timeline)) expect(labels.some((label) => label.startsWith(`${row.sourceId} (${row.sourceKind}`) && label.includes(row.figure.replace(/&/g, '&amp;')))).toBe(true);
  });

  it('writes the verdict beside its point, and each conflict number', () => {
    expect(svg()).toMatch(/<text[^>]*>inaccurate<\/text>/);
    for (const conflict of timeline.conflicts) expect(svg()).toMatch(new RegExp(`<text[^>]*>!([\\d,]*,)?${conflict.number}(,[\\d,]*)?</text>`));
  });

  it('a date metric has no value axis: its claims are named as not drawn, and no section is drawn', () => {
    const dates = buildTimeline(registry, 'mulino-inauguration');
    const sections = chartSections(dates);
    expect(sections.flatMap((s) => s.data)).toEqual([]);
    expect(sections.flatMap((s) => s.unplaced).sort()).toEqual(dates.sections.flatMap((s) => s.rows.map((r) => r.claimId)).sort());
    expect(timelineSpec(dates).vconcat).toEqual([]);
  });

  it('a verdict is drawn only where the hook gives one', () => {
    const spec = timelineSpec(buildTimeline(registry, 'darien-crossings'));
    const data = Object.values(spec.datasets as Record<string, Array<{ verdict: string }>>).flat();
    expect(data.filter((d) => d.verdict !== '')).toEqual([]);
  });

  it('docs/img/timeline-darien-crossings.svg is such a chart, a point for each claim', () => {
    const committed = readFileSync(join(ROOT, DOCS_CHART), 'utf8');
    expect(XMLValidator.validate(committed)).toBe(true);
    expect(claimPoints(committed).flatMap((p) => p.labels).length).toBe(placed(timeline).length);
  });
});

/** "nearly tripled" for 2,928 → 8,456, as claim 004-nearly-tripled says it of the Darién. */
const RATIO = `  - id: ratio
    quote: "crossings nearly tripled"
    figure: "nearly tripled"
    value: 3
    metric: crossings
    period: 2022-01/2022-02
    period_words: "this year"
    attribution: []
    comparison: {kind: ratio, subject: jan-feb-2022, baseline: jan-feb-2021}
`;

/** "500" with the interval a fact-checker gave it in the registry, not its rounding. */
const GIVEN_INTERVAL = figureClaim('given-interval', '500', 500, '2020').replace('    metric:', '    interval: [480, 520]\n    metric:');

describe('error bars: a range where the claim states one, a point where the figure is only rounded', () => {
  const files = {
    'a.yaml':
      header('a') +
      figureClaim('jan-feb-2021', '2,928', 2928, '2021-01/2021-02') +
      figureClaim('jan-feb-2022', '8,456', 8456, '2022-01/2022-02') +
      RATIO +
      figureClaim('unhedged', '500', 500, '2018') +
      figureClaim('hedged', 'about 500', 500, '2019') +
      GIVEN_INTERVAL,
  };
  const dir = writeRegistry(files);
  const drawn = chartSections(buildTimeline(loadRegistry({ paths: [dir], cwd: dir }), 'crossings')).flatMap((s) => s.data);
  /** The claim's point and the ends of its error bar; low equal to high is no bar (the chart's filter). */
  const bar = (claim: string) => {
    const { value, low, high } = drawn.find((d) => d.claim === claim)!;
    return { value, low, high };
  };

  it('a hedged ratio ("nearly tripled", 2.7 – 3) gets an error bar, though no whole number lies inside it', () => {
    expect(bar('ratio')).toEqual({ value: 2.85, low: 2.7, high: 3 });
  });

  it('an unhedged round figure ("500", read as 450 – 550) gets the range its reading gives', () => {
    expect(bar('unhedged')).toEqual({ value: 500, low: 450, high: 550 });
  });

  it('a hedged whole figure ("about 500", 400 – 600) gets an error bar', () => {
    expect(bar('hedged')).toEqual({ value: 500, low: 400, high: 600 });
  });

  it('an interval given in the registry gets an error bar, though the figure has no hedge', () => {
    expect(bar('given-interval')).toEqual({ value: 500, low: 480, high: 520 });
  });

  it('an unhedged figure read to the unit (2,928) stays a point', () => {
    expect(bar('jan-feb-2021')).toEqual({ value: 2928, low: 2928, high: 2928 });
  });
});

const PAYLOAD = '<script>alert("x")</script>';

function row(overrides: Partial<TimelineRow>): TimelineRow {
  return {
    claimId: 'c1',
    sourceId: 's1',
    sourceKind: 'article',
    figure: '100',
    range: '= 100',
    period: '2024',
    start: Date.UTC(2024, 0, 1) / 86_400_000,
    end: Date.UTC(2024, 11, 31) / 86_400_000,
    conflicts: [],
    low: 100,
    high: 100,
    exact: true,
    outlet: 'Outlet',
    quote: 'A quote.',
    verdict: null,
    ...overrides,
  };
}

/** Every string a chart shows from the registry, carrying a script. */
const hostile: Timeline = {
  metric: `m${PAYLOAD}`,
  counts: `counts ${PAYLOAD}`,
  start: Date.UTC(2023, 0, 1) / 86_400_000,
  end: Date.UTC(2024, 11, 31) / 86_400_000,
  sections: [
    {
      title: 'totals',
      metric: `m${PAYLOAD}`,
      unit: `people${PAYLOAD}`,
      per: null,
      rows: [
        row({ claimId: `c1${PAYLOAD}`, sourceId: `s1${PAYLOAD}`, outlet: `Outlet ${PAYLOAD}`, quote: `He said "${PAYLOAD}" & left.\n::error::x`, figure: `100${PAYLOAD}`, conflicts: [1], verdict: { rating: `inaccurate${PAYLOAD}` } }),
        row({ claimId: 'c2', sourceId: 's2', sourceKind: 'reference', period: '2023', start: Date.UTC(2023, 0, 1) / 86_400_000, end: Date.UTC(2023, 11, 31) / 86_400_000, low: 120, high: 130, exact: false, range: '120 – 130', conflicts: [1] }),
        row({ claimId: `c3${PAYLOAD}`, start: null, end: null, period: null }),
      ],
    },
  ],
  conflicts: [{ number: 1, check: 'figure-conflict', message: `100 against ${PAYLOAD}`, claims: ['c1', 'c2'] }],
};

describe('untrusted text in the chart', () => {
  const svg = rendered(hostile);

  it('the SVG stays well-formed XML with no element the registry wrote', () => {
    expect(XMLValidator.validate(svg())).toBe(true);
    expect(svg()).not.toMatch(/<script/i);
    expect(svg()).toContain('&lt;script&gt;');
    expect(claimPoints(svg()).flatMap((p) => p.labels)).toHaveLength(2);
  });

  it('the HTML page escapes every string around the chart, and runs nothing', () => {
    const html = timelineHtml(hostile, svg());
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<td>s1&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; (article)</td>');
    expect(html).toContain('<li><b>!1</b> figure-conflict: 100 against &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</li>');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it('no line of either starts with the registry\'s text: a line break in a quote is a space', () => {
    const html = timelineHtml(hostile, svg());
    for (const line of [...svg().split('\n'), ...html.split('\n')]) expect(line).not.toMatch(/^\s*(::|##\[|He said)/);
  });
});

/** Where two files first differ, with the bytes around it in each, or null when they are the same. */
function firstDifference(printed: Buffer, committed: Buffer): string | null {
  if (printed.equals(committed)) return null;
  let at = 0;
  while (at < printed.length && at < committed.length && printed[at] === committed[at]) at++;
  const around = (bytes: Buffer) => bytes.subarray(Math.max(0, at - 60), at + 60).toString('utf8');
  return `byte ${at}: darien prints …${around(printed)}… where the file has …${around(committed)}…`;
}

describe('darien timeline --format', () => {
  it('svg: exit 0, one well-formed SVG on standard output', () => {
    const run = darien(['timeline', 'darien-crossings', '--format', 'svg']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(claimPoints(run.stdout).flatMap((p) => p.labels).length).toBe(placed(buildTimeline(registry, 'darien-crossings')).length);
  }, 120_000);

  it('svg: docs/img/timeline-darien-crossings.svg is what the command docs/editors.md shows prints, byte for byte', () => {
    // Nothing is normalised, for nothing in the chart comes from the machine that draws it: its
    // time axis is UTC, text widths are Vega's estimate from the characters (Vega measures fonts
    // only through the `canvas` package, which darien neither depends on nor installs), and no date
    // but the registry's is read. Drawn under TZ=Pacific/Kiritimati, LC_ALL=de_DE.UTF-8 and
    // COLUMNS=200 it was the same to the byte.
    const run = darien(['timeline', 'darien-crossings', '--format', 'svg']);
    expect(run.status).toBe(0);
    const committed = readFileSync(join(ROOT, DOCS_CHART));
    expect(firstDifference(Buffer.from(run.stdout, 'utf8'), committed), `${DOCS_CHART} is stale; draw it again with: node bin/darien.cjs timeline darien-crossings --format svg > ${DOCS_CHART}`).toBeNull();
  }, 120_000);

  it('html: one self-contained page, the chart inline, nothing to fetch or run', () => {
    const run = darien(['timeline', 'darien-crossings', '--format', 'html']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(run.stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(run.stdout).not.toMatch(/<script|\bsrc=|<link|https?:\/\/(?!www\.w3\.org\/)/i);
  }, 120_000);

  it('an unknown format is a usage problem, with the others of the run', () => {
    const run = darien(['timeline', 'nope', '--format', 'pdf']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('darien: --format must be text, svg or html, not "pdf"');
    expect(run.stderr.split('\n').length).toBe(3);
  });
});
