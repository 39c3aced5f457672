/**
 * Runs the reader over a labeled corpus folder (drafts/ with EXPECTED.tsv, articles/ with
 * CLAIMS.tsv; either may be absent) and scores it. Called by `npm run eval` and by the tests that
 * hold the floors, so both measure the same thing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDrafts } from '../drafts/lint.js';
import { InputError, type Problem } from '../registry/problems.js';
import { extractArticle } from '../extract/extract.js';
import { parsePeriod } from '../model/period.js';
import type { Registry } from '../model/types.js';
import { loadRegistry } from '../registry/load.js';
import {
  emptyArticleScore,
  readTsv,
  scoreArticle,
  scoreDrafts,
  type ArticleScore,
  type DraftScore,
  type ExpectedClaim,
  type ExpectedLine,
  type ProposedClaim,
} from './score.js';

export interface CorpusResult {
  readonly root: string;
  readonly drafts: DraftScore | null;
  readonly articles: ArticleScore | null;
}

/** The lines of one draft that lint flags at warning or error, as `file:line`. */
export function flaggedLines(file: string, text: string, registry: Registry): string[] {
  const { report } = lintDrafts({ drafts: [{ path: file, text }], registry });
  return report.findings
    .filter((f) => f.severity !== 'info')
    .filter((f) => f.location.file === file)
    .map((f) => `${file}:${f.location.line}`);
}

function evalDrafts(folder: string, registry: Registry): DraftScore | null {
  const table = join(folder, 'EXPECTED.tsv');
  if (!existsSync(table)) return null;
  const expected: ExpectedLine[] = readTsv(readFileSync(table, 'utf8')).map((r) => ({
    file: r.file ?? '',
    line: Number(r.line),
    expect: r.expect as ExpectedLine['expect'],
    kind: r.kind ?? '',
  }));
  const flagged = new Set<string>();
  // Every draft that cannot be read is reported, not only the first: the run stops after them all.
  const problems: Problem[] = [];
  for (const file of [...new Set(expected.map((r) => r.file))].sort()) {
    try {
      for (const key of flaggedLines(file, readFileSync(join(folder, file), 'utf8'), registry)) flagged.add(key);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return scoreDrafts(expected, flagged);
}

/** What extract proposes for one article, as the scorer compares it. */
export function proposals(file: string, text: string, registry: Registry): ProposedClaim[] {
  const published = /^Published: (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (!published) throw new Error(`${file}: line 1 must be "Published: YYYY-MM-DD"`);
  const { claims } = extractArticle({ text, fileName: file, published: parsePeriod(published), sourceId: 'eval', metrics: registry.metrics, claims: registry.claims });
  return claims.map(({ figure }) => ({
    line: figure.line,
    figure: figure.text,
    value: figure.value,
    metric: figure.metric?.id ?? null,
    period: figure.period?.text ?? 'unknown',
  }));
}

function evalArticles(folder: string, registry: Registry): ArticleScore | null {
  const table = join(folder, 'CLAIMS.tsv');
  if (!existsSync(table)) return null;
  const rows: ExpectedClaim[] = readTsv(readFileSync(table, 'utf8')).map((r) => ({
    file: r.file ?? '',
    line: Number(r.line),
    figure: r.figure ?? '',
    value: r.value ?? '',
    metric: r.metric ?? '',
    period: r.period ?? '',
    kind: r.kind ?? '',
  }));
  const score = emptyArticleScore();
  for (const file of [...new Set(rows.map((r) => r.file))].sort()) {
    const claims = proposals(file, readFileSync(join(folder, file), 'utf8'), registry);
    scoreArticle(
      rows.filter((r) => r.file === file),
      claims,
      score,
    );
  }
  return score;
}

export function evalCorpus(root: string, registryPath: string): CorpusResult {
  const registry = loadRegistry({ paths: [registryPath] });
  const drafts = existsSync(join(root, 'drafts')) ? evalDrafts(join(root, 'drafts'), registry) : null;
  const articles = existsSync(join(root, 'articles')) ? evalArticles(join(root, 'articles'), registry) : null;
  // A folder with neither table measures nothing; say so rather than print an empty score.
  if (!drafts && !articles) throw new Error(`${root}: no drafts/EXPECTED.tsv or articles/CLAIMS.tsv`);
  return { root, drafts, articles };
}
