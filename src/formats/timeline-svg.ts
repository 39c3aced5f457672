/**
 * The timeline chart rendered: SVG by Vega's own SVG renderer (no browser, no canvas), and HTML as
 * one self-contained file, the SVG inline and the claims as a table beneath it, with no script and
 * nothing fetched. Vega and Vega-Lite are loaded here, only when a chart is asked for.
 *
 * Every string of the registry reaches the SVG through Vega, which escapes text and attributes
 * itself; the HTML around it is escaped here (escapeHtml). Tests feed both a "<script>" payload.
 */
import type { Timeline } from '../editors/timeline.js';
import { importPackage } from '../import-package.js';
import { chartSections, chartText, timelineSpec, type ChartOptions } from './timeline-chart.js';

export async function renderTimelineSvg(timeline: Timeline, options: ChartOptions = {}): Promise<string> {
  const [vega, vegaLite] = await Promise.all([importPackage<typeof import('vega')>('vega'), importPackage<typeof import('vega-lite')>('vega-lite')]);
  // Vega's warnings would go to the console, past writeErr's guard: none is darien's to show.
  const logger = vega.logger(vega.None);
  const compiled = vegaLite.compile(timelineSpec(timeline, options) as never, { logger }).spec;
  // renderer 'none': no scenegraph for a screen; toSVG() draws its own. Nothing is loaded from
  // outside: the data are inline and the loader is never asked.
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger });
  try {
    const svg = await view.toSVG();
    return `${svg}\n`;
  } finally {
    view.finalize();
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** A page that needs nothing else: the chart, then every claim it draws with its quote. */
export function timelineHtml(timeline: Timeline, svg: string): string {
  const rows = chartSections(timeline).flatMap((section) =>
    section.data.map(
      (d) =>
        `<tr${d.flag ? ' class="conflict"' : ''}><td>${escapeHtml(d.flag)}</td><td>${escapeHtml(d.source)} (${d.kind})</td><td>${escapeHtml(d.figure)}</td><td>${escapeHtml(d.period)}</td><td>${escapeHtml(d.verdict)}</td><td>${escapeHtml(d.description)}</td></tr>`,
    ),
  );
  const conflicts = timeline.conflicts.map((c) => `<li><b>!${c.number}</b> ${escapeHtml(chartText(`${c.check}: ${c.message}`))}</li>`);
  const title = escapeHtml(`darien timeline ${chartText(timeline.metric)}`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing on this page may run or be fetched: the chart is inline SVG, the table plain HTML.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${title}</title>`,
    '<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;font-size:13px}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}tr.conflict td:first-child{color:#d62728;font-weight:bold}</style>',
    '</head>',
    '<body>',
    svg.trim(),
    '<h2>Claims</h2>',
    '<table>',
    '<thead><tr><th>conflict</th><th>source</th><th>figure</th><th>period</th><th>verdict</th><th>what it says</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    ...(conflicts.length > 0 ? ['<h2>Conflicts</h2>', '<ul>', ...conflicts, '</ul>'] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
