/**
 * `darien extract`: an article's figures as a registry source file, ready to review and paste.
 *
 * Every figure the reader finds becomes a claim, even one it cannot place: a reviewer deletes a
 * wrong claim faster than they notice a missing one. What the reader could not decide is written
 * so that the registry refuses it until someone does (`metric: TODO`), and what it inferred is said
 * in a comment beside the value (the interval a hedge gives, the phrase a metric was read from).
 * The `yaml` package writes the file because its Document keeps those comments.
 */
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import type { Scalar, YAMLMap } from 'yaml';
import { formatInterval, type Language } from '../model/figure.js';
import { type Period } from '../model/period.js';
import type { Claim, Metric } from '../model/types.js';
import { buildCatalogue } from '../drafts/metrics.js';
import { readText, type DraftFigure } from '../reader/read.js';
import { declaredLanguage, detectLanguage } from '../text/language.js';
import { readFrontMatter } from '../text/markdown.js';
import { escapeTerminal } from '../text/escape.js';
import { registryYaml } from '../text/registry-yaml.js';

export interface ExtractOptions {
  /** The article's text. */
  readonly text: string;
  /** Its file name, for the source's `text:` (archived texts sit in claims/archive/). */
  readonly fileName: string;
  readonly published: Period;
  readonly sourceId: string;
  readonly metrics: ReadonlyMap<string, Metric>;
  /** The registry's claims, for the day of the one event each `once` metric counts. */
  readonly claims?: readonly Claim[];
  /** How figures are written; when not given, detected from the text. */
  readonly language?: Language;
  /** Markdown (soft line breaks) rather than plain text, where each line is a paragraph. */
  readonly markdown?: boolean;
  /** The `# yaml-language-server: $schema=…` line the YAML starts with, if any (src/registry/schema-path.ts). */
  readonly modeline?: string | null;
}

export interface ExtractedClaim {
  readonly id: string;
  readonly figure: DraftFigure;
}

export interface Extraction {
  readonly claims: readonly ExtractedClaim[];
  readonly yaml: string;
}

const COUNTS_OF_PEOPLE = new Set(['people']);

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

function claimId(sourceId: string, figure: DraftFigure, taken: Set<string>): string {
  const what = figure.metric ? figure.metric.id : slug(figure.text) || 'figure';
  const when = figure.kind === 'event' ? '' : figure.period ? `-${slug(figure.period.text)}` : '';
  const base = `${sourceId}-${what}${when}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The title: a first line that does not end like a sentence, else a description to fill in. */
function titleOf(text: string): string {
  const first = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const heading = first.replace(/^#+\s*/, '');
  if (heading !== '' && heading.length <= 200 && !/[.!?:]["”’)]*$/.test(heading)) return heading;
  return '[untitled: TODO describe the story]';
}

function hedgeNote(figure: DraftFigure): string {
  const interval = figure.interval!;
  const unit = figure.unit === 'percent' ? '%' : figure.unit === 'times' ? '×' : '';
  const whole = figure.unit !== null && !COUNTS_OF_PEOPLE.has(figure.unit) ? false : Number.isInteger(figure.value);
  const reading = figure.hedge.words ? `hedge "${figure.hedge.words}" (${figure.hedge.kind})` : 'no hedge';
  return `${reading}: ${formatInterval(interval, whole)}${unit}`;
}

// Loaded when extract runs, not when the CLI starts: a static import of an external package is
// hoisted to the top of the bundle (dist/darien.mjs) and every command would pay for it.
const load = createRequire(import.meta.url);

export function extractArticle(options: ExtractOptions): Extraction {
  const { Document, isMap, isScalar, isSeq } = load('yaml') as typeof import('yaml');
  // A comment quotes the article (a phrase, period words): one line, control characters shown as
  // escapes, so that nothing of it starts a line of the file or reaches a terminal live.
  const comment = (node: unknown, text: string): void => {
    if (isScalar(node) || isMap(node) || isSeq(node)) (node as Scalar).comment = ` ${escapeTerminal(text)}`;
  };
  const catalogue = buildCatalogue(options.metrics, options.claims);
  // Not given: a markdown draft's front matter `lang:`, as lint reads it, else what the article's
  // first few KB say, else English (src/text/language.ts).
  const language = options.language ?? (options.markdown ? declaredLanguage(readFrontMatter(options.text).fields)?.language : null) ?? detectLanguage(options.text) ?? 'en';
  const read = readText(options.text, {
    catalogue,
    pageDate: options.published,
    language,
    hardLineBreaks: !options.markdown,
    purpose: 'extract',
  });
  const taken = new Set<string>();
  const claims: ExtractedClaim[] = read.figures.map((figure) => ({ id: claimId(options.sourceId, figure, taken), figure }));
  const idOf = new Map(claims.map((c) => [c.figure, c.id]));

  const data = {
    source: {
      id: options.sourceId,
      kind: 'article',
      outlet: 'unknown',
      outlet_inferred_from: 'TODO: the outlet as printed on the page, or what it was inferred from',
      title: titleOf(options.text),
      author: 'unknown',
      page_date: options.published.text,
      page_date_as_shown: null,
      page_date_inferred: false,
      republished_from: null,
      language,
      text: `../archive/${basename(options.fileName)}`,
    },
    claims: claims.map(({ id, figure }) => {
      const claim: Record<string, unknown> = { id, quote: figure.quote.replace(/\s+/g, ' '), figure: figure.text };
      if (figure.kind === 'quantity') {
        claim.value = figure.value;
        claim.unit = figure.unit ?? 'TODO';
        if (figure.per) {
          claim.per = figure.per;
          claim.basis = figure.basis ?? 'average';
        }
      }
      // A rate the reader derived has no catalogue id yet: someone adds it, or picks another.
      claim.metric = figure.metric && !figure.metric.derived ? figure.metric.id : 'TODO';
      claim.period = figure.period?.text ?? 'unknown';
      claim.period_words = figure.periodWords ?? '(none)';
      claim.attribution = [...figure.attribution];
      const comparison = figure.comparison;
      if (comparison) {
        const spec: Record<string, unknown> = { kind: comparison.kind };
        if (comparison.direction) spec.direction = comparison.direction;
        if (comparison.subject && idOf.has(comparison.subject)) spec.subject = idOf.get(comparison.subject);
        if (comparison.baseline && idOf.has(comparison.baseline)) spec.baseline = idOf.get(comparison.baseline);
        if (!spec.baseline && comparison.baselinePeriod) spec.baseline_period = comparison.baselinePeriod.text;
        claim.comparison = spec;
      }
      return claim;
    }),
  };

  const doc = new Document(data);
  doc.commentBefore =
    ` darien extract: ${claims.length} figure${claims.length === 1 ? '' : 's'} read from ${escapeTerminal(basename(options.fileName))}, against ${options.published.text}.\n` +
    ' Review every claim before pasting: delete what is not a claim, fill in each TODO, and check\n' +
    ' each metric and period against the sentence. Comments say what darien inferred.';
  claims.forEach(({ figure }, i) => {
    const node = doc.getIn(['claims', i], true) as YAMLMap;
    if (figure.kind === 'quantity' && figure.interval) comment(node.get('figure', true), hedgeNote(figure));
    if (figure.kind === 'event') comment(node.get('figure', true), 'the date of an event');
    const also = figure.alternatives.length > 0 ? `; also fits ${figure.alternatives.map((m) => m.id).join(', ')}` : '';
    const metricNote = !figure.metric
      ? (figure.problem ?? 'no catalogue phrase in the sentence')
      : figure.metric.derived
        ? `a rate per ${figure.metric.per} of ${figure.metric.rateOf}, which the catalogue does not list: add it to claims/metrics.yaml (rate_of: ${figure.metric.rateOf}, per: ${figure.metric.per})`
      : figure.metricFrom === 'subject'
        ? 'the metric of the figure it compares'
        : figure.phrase === null
          ? `from ${figure.metricFrom === 'previous sentence' ? 'the previous sentence' : figure.metricFrom === 'context' ? 'the context' : 'the sentence'}${also}`
          : `${figure.metricFrom === 'previous sentence' ? 'from the previous sentence: ' : 'from '}"${figure.phrase}"${also}`;
    comment(node.get('metric', true), metricNote);
    if (!figure.period) comment(node.get('period', true), figure.problem ?? 'no period in the sentence');
    // How sure the reading is: a period taken from another figure or sentence is said so.
    else if (figure.periodFrom === 'context') comment(node.get('period', true), `from context: "${figure.periodWords ?? ''}" of another figure`);
    if (figure.unit === null && figure.kind === 'quantity') comment(node.get('unit', true), 'the sentence does not say what this counts');
    if (figure.comparison && !figure.comparison.subject && !figure.comparison.baseline && !figure.comparison.baselinePeriod) {
      comment(node.get('comparison', true), 'the figures it compares are not in the article');
    }
  });
  // The registry's style: ids and sentences in double quotes (YAML reads 004 as 4), lists inline.
  const quoted = new Set(['id', 'quote', 'figure', 'period_words', 'title', 'outlet_inferred_from']);
  const yaml = registryYaml(doc, load('yaml') as typeof import('yaml'), (key, value) => quoted.has(key) && (key !== 'id' || /^\d+$/.test(value)));
  return { claims, yaml: options.modeline ? `${options.modeline}\n${yaml}` : yaml };
}

