/**
 * `darien timeline --format svg|html`: the timeline as a chart of values over time, as a Vega-Lite
 * specification (plain data, built here by pure functions, so tests read it without rendering).
 *
 * Each claim is drawn over its period: a horizontal bar from the period's first day to its last at
 * the figure's value, and, when its interval is a range (hedged: "over half a million" is
 * 500,000 – 550,000; a round figure read as one, "only 10" as 8 – 12; or an interval given in the
 * registry), an error bar from its low to its high end at the period's middle. A whole figure
 * stated exactly ("29,289") is a point: half a unit either side is no range. The point's shape says what
 * kind of source it is (circle article, diamond reference) and its colour too; a claim in a
 * conflict is drawn red, thick and numbered as in the terminal (!1); a verdict is written beside
 * its point. Each section of the timeline (totals, per day, percent changes, …) is a chart of its
 * own with its own value axis: a rate beside a total is not comparable, as in the terminal.
 */
import type { Timeline, TimelineRow, TimelineSection } from '../editors/timeline.js';
import { escapeTerminal } from '../text/escape.js';

const DAY_MS = 86_400_000;

/** One claim as the chart draws it. Every string is the registry's text, made one line. */
export interface ChartDatum {
  readonly claim: string;
  readonly source: string;
  readonly kind: 'article' | 'reference';
  /** "reference" or "article", or "in conflict": what the colour says. */
  readonly group: string;
  readonly figure: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** Period start, end (the day after its last, so a month is a month wide) and middle, in ms since 1970 (UTC). */
  readonly start: number;
  readonly end: number;
  readonly middle: number;
  readonly period: string;
  readonly flag: string;
  readonly verdict: string;
  /** What a screen reader says of the point, and a tooltip: source, figure, period, quote. */
  readonly description: string;
}

export interface ChartSection {
  readonly title: string;
  readonly data: readonly ChartDatum[];
  /** Claims of the section that cannot be placed: no known period, or no value (a date). */
  readonly unplaced: readonly string[];
  readonly log: boolean;
}

export interface ChartOptions {
  /** Width of each chart's plot in pixels. */
  readonly width?: number;
  readonly height?: number;
}

/** One line of the registry's text, its controls shown as escapes: nothing of it can start a line of the file. */
export function chartText(text: string): string {
  return escapeTerminal(text);
}

function middleValue(row: TimelineRow): number {
  if (row.high === null || !Number.isFinite(row.high)) return row.low!;
  return (row.low! + row.high) / 2;
}

function datum(row: TimelineRow): ChartDatum | null {
  if (row.start === null || row.end === null || row.low === null || row.high === null) return null;
  const start = row.start * DAY_MS;
  const end = (row.end + 1) * DAY_MS;
  const value = middleValue(row);
  // A figure stated exactly has no range to draw: its interval is only its rounding (29,289 is
  // 29,288.5 – 29,289.5). Any other interval is what the claim says, and gets its error bar.
  const low = row.exact ? value : row.low;
  const high = row.exact ? value : Number.isFinite(row.high) ? row.high : row.low;
  const flag = row.conflicts.length > 0 ? `!${row.conflicts.join(',')}` : '';
  const verdict = row.verdict ? chartText(row.verdict.rating) : '';
  const range = row.range === null ? '' : ` (${row.range.replace(/^= /, '')})`;
  return {
    claim: chartText(row.claimId),
    source: chartText(row.sourceId),
    kind: row.sourceKind,
    group: flag !== '' ? 'in conflict' : row.sourceKind,
    figure: chartText(row.figure),
    value,
    low,
    high,
    start,
    end,
    middle: (start + end) / 2,
    period: chartText(row.period ?? ''),
    flag,
    verdict,
    description: chartText(
      `${row.sourceId} (${row.sourceKind}, ${row.outlet}): ${row.figure}${range} for ${row.period ?? 'an unknown period'}${flag ? `, in conflict ${flag}` : ''}${verdict ? `, rated ${verdict}` : ''}. “${row.quote}”`,
    ),
  };
}

function sectionTitle(section: TimelineSection): string {
  return chartText(`${section.title} · ${section.metric}${section.unit ? ` · ${section.unit}` : ''}`);
}

/**
 * The claims of each section, placed or not. A value axis spanning 10 to 520,085 would flatten a
 * month into the axis: when every value is positive and the largest is over a thousand times the
 * smallest, the axis is logarithmic.
 */
export function chartSections(timeline: Timeline): ChartSection[] {
  return timeline.sections.map((section) => {
    const data: ChartDatum[] = [];
    const unplaced: string[] = [];
    for (const row of section.rows) {
      const placed = datum(row);
      if (placed) data.push(placed);
      else unplaced.push(chartText(row.claimId));
    }
    const lows = data.map((d) => d.low);
    const highs = data.map((d) => d.high);
    const log = data.length > 0 && Math.min(...lows) > 0 && Math.max(...highs) / Math.min(...lows) > 1000;
    return { title: sectionTitle(section), data, unplaced, log };
  });
}

const COLOURS = { domain: ['reference', 'article', 'in conflict'], range: ['#1f77b4', '#555555', '#d62728'] };

/**
 * One section's chart: the layers over the same data, each a mark per claim. Mark names carry the
 * section's: Vega keeps one mark per name, so two sections' "claims" would draw the same data.
 */
function sectionSpec(section: ChartSection, dataset: string, width: number, height: number, domain: [number, number]): Record<string, unknown> {
  // Scales and axes are said once, in the first layer; the other layers share them.
  const x = { field: 'start', type: 'temporal', title: null, scale: { type: 'utc', domain }, axis: { format: '%Y', grid: true } };
  const y = { field: 'value', type: 'quantitative', title: null, scale: section.log ? { type: 'log' } : { zero: false, nice: true }, axis: { format: '~s', grid: true, tickCount: 6 } };
  const at = (field: string) => ({ field, type: 'temporal' });
  const value = (field: string) => ({ field, type: 'quantitative' });
  const colour = { field: 'group', type: 'nominal', title: null, scale: COLOURS, legend: { orient: 'top', direction: 'horizontal' } };
  const conflict = { test: "datum.group === 'in conflict'" };
  return {
    title: { text: section.title, anchor: 'start', fontSize: 13 },
    width,
    height,
    data: { name: dataset },
    encoding: { color: colour },
    layer: [
      // The period: a bar at the figure's value from the period's first day to its last.
      {
        name: `periods_${dataset}`,
        mark: { type: 'rule', strokeCap: 'butt', aria: false },
        encoding: { x, x2: { field: 'end' }, y, strokeWidth: { condition: { ...conflict, value: 4 }, value: 2.5 } },
      },
      // The figure's interval, where it is a range: an error bar at the period's middle.
      {
        name: `intervals_${dataset}`,
        transform: [{ filter: 'datum.low !== datum.high' }],
        mark: { type: 'rule', strokeWidth: 1.5, aria: false },
        encoding: { x: at('middle'), y: value('low'), y2: { field: 'high' } },
      },
      {
        name: `claims_${dataset}`,
        mark: { type: 'point', filled: true, size: 60, opacity: 1 },
        encoding: {
          x: at('middle'),
          y: value('value'),
          shape: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['reference', 'article'], range: ['diamond', 'circle'] }, legend: null },
          size: { condition: { ...conflict, value: 110 }, value: 60 },
          description: { field: 'description' },
          tooltip: { field: 'description' },
        },
      },
      {
        name: `flags_${dataset}`,
        transform: [{ filter: "datum.flag !== ''" }],
        mark: { type: 'text', align: 'left', dx: 7, dy: -7, fontWeight: 'bold', color: '#d62728', aria: false },
        encoding: { x: at('middle'), y: value('value'), text: { field: 'flag' } },
      },
      {
        name: `verdicts_${dataset}`,
        transform: [{ filter: "datum.verdict !== ''" }],
        mark: { type: 'text', align: 'left', dx: 7, dy: 9, fontStyle: 'italic', aria: false },
        encoding: { x: at('middle'), y: value('value'), text: { field: 'verdict' }, color: { value: '#333333' } },
      },
    ],
  };
}

/** The whole chart: a title, then each section that has a claim to place, on one time axis. */
export function timelineSpec(timeline: Timeline, options: ChartOptions = {}): Record<string, unknown> {
  const width = options.width ?? 720;
  const height = options.height ?? 240;
  const sections = chartSections(timeline).filter((section) => section.data.length > 0);
  const all = sections.flatMap((section) => section.data);
  // The same days at the same place in every section, as in the terminal.
  const domain: [number, number] = all.length > 0 ? [Math.min(...all.map((d) => d.start)), Math.max(...all.map((d) => d.end))] : [0, DAY_MS];
  const unplaced = chartSections(timeline).flatMap((section) => section.unplaced);
  const subtitle = [chartText(timeline.counts)];
  if (unplaced.length > 0) subtitle.push(`not drawn (no period or no value): ${unplaced.join(', ')}`);
  subtitle.push('◆ reference  ● article  red: in a conflict (!n, as darien check lists them)  ─ the period a figure covers  │ the range a figure reads as');
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: `darien timeline ${chartText(timeline.metric)}`, subtitle, anchor: 'start', subtitleFontSize: 11 },
    config: { font: 'sans-serif', view: { stroke: '#dddddd' }, axis: { labelFontSize: 11 } },
    background: 'white',
    padding: 12,
    // Named datasets, one a section: Vega-Lite merges inline `values` of concatenated views.
    datasets: Object.fromEntries(sections.map((section, i) => [`section${i}`, section.data])),
    vconcat: sections.map((section, i) => sectionSpec(section, `section${i}`, width, height, domain)),
    resolve: { scale: { y: 'independent' } },
  };
}
