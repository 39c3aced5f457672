/** `darien sources --format markdown`: the same answer, for pasting into an editor's notes. */
import type { SourcesResult } from '../editors/sources.js';
import { formatNumber } from '../model/figure.js';
import { markdownClaimTable, markdownText } from './claim-cells.js';
import { groupTitle, lookalikeTitle, queryLine } from './sources-table.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatSourcesMarkdown(result: SourcesResult): string {
  const out: string[] = [`## Sources for ${markdownText(queryLine(result))}`, ''];
  if (result.groups.length === 0) {
    out.push(`No claim states “${markdownText(result.query.text)}”${result.filters.metric ? ` for ${markdownText(result.filters.metric)}` : ''}.`, '');
    if (result.nearest.length > 0) {
      out.push(`**Nearest figures ${result.filters.metric ? `for ${markdownText(result.filters.metric)}` : 'of any metric'}**`, '', markdownClaimTable(result.nearest), '');
    }
  }
  for (const group of result.groups) {
    out.push(`### ${markdownText(groupTitle(group))}`, '', `_${markdownText(group.counts)}_`, '');
    const parts = [
      ['States it', group.states],
      ['Consistent with it (same metric and period, intervals overlap)', group.consistent],
      ['Contradicts it (same metric and period, intervals do not overlap)', group.contradicts],
    ] as const;
    for (const [title, claims] of parts) {
      if (claims.length === 0) out.push(`**${title}:** none`, '');
      else out.push(`**${title} (${plural(claims.length, 'claim')})**`, '', markdownClaimTable(claims), '');
    }
  }
  if (result.lookalikes.length > 0) {
    out.push(`### Lookalikes: ${formatNumber(result.query.value)} stands for ${plural(result.lookalikes.length, 'thing')}`, '');
    out.push('| what it counts | figure | period | source |', '|---|---|---|---|');
    for (const lookalike of result.lookalikes) {
      const what = `${markdownText(lookalikeTitle(lookalike))}: ${markdownText(lookalike.counts)}${lookalike.shown ? '' : ' (left out above by the filters)'}`;
      for (const claim of lookalike.claims) {
        out.push(`| ${what} | ${markdownText(claim.figure)} | ${markdownText(claim.period ?? 'unknown')} | ${markdownText(claim.source.id)} (${claim.source.kind}) |`);
      }
    }
    out.push('');
  }
  if (result.citations.length > 0) {
    out.push('### Citations', '', ...result.citations.map((c) => `- ${markdownText(c.citation)}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
