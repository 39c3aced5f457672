/**
 * Verdicts as schema.org ClaimReview JSON-LD, the markup Google Search reads for fact checks
 * ("ClaimReview (Fact Check) structured data"). Google requires `claimReviewed`, `reviewRating`
 * (with `alternateName`) and `url`; it recommends `author`, `datePublished`, `itemReviewed` (a
 * Claim: its `author`, `datePublished`, `appearance`, `firstAppearance`) and the rating's
 * `ratingValue`, `bestRating` and `worstRating`. Every one is written where the registry knows it;
 * tests/verdicts/claimreview.test.ts validates the output against a JSON Schema written from that page.
 *
 * A pure function of the registry and the options: the CLI (src/cli/export.ts) writes the file.
 */
import type { Claim, Rating, Registry, Source, Verdict } from '../model/types.js';
import { RATINGS } from '../registry/schema.js';
import { currentVerdicts } from './current.js';

export interface ClaimReviewOptions {
  /**
   * The fact-checking organisation that publishes the verdicts: ClaimReview's `author`. From
   * `--organisation`, else the config file's `organisation:` (organisationFrom).
   */
  readonly organisation: string;
  /** Its home page, when known. */
  readonly organisationUrl?: string | null;
  /** For a verdict with no `url:`, its page is `<baseUrl>#<claim id>`. */
  readonly baseUrl?: string | null;
  /** Verdicts a run of the checks found stale besides those a registry shows (settle.ts, staleVerdicts): not exported. */
  readonly stale?: ReadonlySet<Verdict>;
}

/**
 * The organisation from the command line, else from a config file's `organisation:` (the config
 * file is another engineer's work: pass its value as `configured` once it exists), else null.
 */
export function organisationFrom(option: string | undefined, configured?: string | null): string | null {
  const name = (option ?? configured ?? '').trim();
  return name === '' ? null : name;
}

type Json = { readonly [key: string]: Json } | readonly Json[] | string | number;

export interface ClaimReviewExport {
  readonly reviews: readonly Json[];
  /** Verdicts not exported: stale (their claim gone or its figure changed; `darien check` lists them). */
  readonly stale: number;
  /** Verdicts with no page to point at: no `url:` and no base URL given. Google requires one. */
  readonly withoutUrl: readonly Verdict[];
}

// RATINGS is best first: accurate is 5, inaccurate 1.
const BEST = RATINGS.length;

export function ratingValue(rating: Rating): number {
  return BEST - RATINGS.indexOf(rating);
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A name as a schema.org Person or Organization; none for "unknown". */
function agent(type: 'Person' | 'Organization', name: string | null | undefined): Json | undefined {
  return name && name !== 'unknown' ? { '@type': type, name } : undefined;
}

/** The page a claim appears on. Dates darien inferred, and titles it wrote in brackets, are left out: only what the page shows. */
function appearance(source: Source): Json {
  const known = !source.pageDateInferred;
  return compact({
    '@type': source.kind === 'article' ? 'NewsArticle' : 'CreativeWork',
    headline: source.title.startsWith('[') ? undefined : source.title,
    author: byline(source.author, source.outlet),
    publisher: agent('Organization', source.outlet),
    datePublished: known ? source.pageDate.text : undefined,
    url: source.url ?? undefined,
  });
}

/** A republished copy's original, where the claim first appeared. */
function firstAppearance(source: Source): Json | undefined {
  const original = source.republishedFrom;
  if (!original) return undefined;
  return compact({
    '@type': 'NewsArticle',
    author: byline(original.author, original.outlet),
    publisher: agent('Organization', original.outlet),
    datePublished: original.date ?? undefined,
  });
}

/**
 * A page's byline: a person, unless it is the outlet's own name (an imported series, a wire story
 * with no byline), which is the organisation again.
 */
function byline(author: string | null | undefined, outlet: string): Json | undefined {
  return author === outlet ? agent('Organization', author) : agent('Person', author);
}

/**
 * Who made the claim: the outlet that published it. Not the end of its attribution chain: the
 * registry records who the page says the figure is from, not whether they said it, and a verdict
 * may find they did not ("No UN publication of 8,456 was found"). The chain is the Claim's
 * `citation`, for a reader to weigh.
 */
function claimAuthor(claim: Claim): Json | undefined {
  return agent('Organization', claim.source.outlet);
}

function compact(fields: Record<string, Json | undefined>): Json {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Json;
}

function review(verdict: Verdict, claim: Claim, url: string, options: ClaimReviewOptions): Json {
  const chain = [claim.source.outlet === 'unknown' ? `source ${claim.source.id}` : claim.source.outlet, ...claim.attribution].join(' ← ');
  return compact({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim.quote,
    datePublished: verdict.date,
    author: compact({ '@type': 'Organization', name: options.organisation, url: options.organisationUrl ?? undefined }),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: ratingValue(verdict.rating),
      bestRating: BEST,
      worstRating: 1,
      alternateName: capitalised(verdict.rating),
      ratingExplanation: verdict.reasoning,
    },
    itemReviewed: compact({
      '@type': 'Claim',
      author: claimAuthor(claim),
      datePublished: claim.source.pageDateInferred ? undefined : claim.source.pageDate.text,
      appearance: appearance(claim.source),
      firstAppearance: firstAppearance(claim.source),
      // The attribution chain, nearest first, as the registry reads it.
      citation: chain,
    }),
  });
}

/** A ClaimReview for every verdict that stands, in the registry's order. */
export function buildClaimReviews(registry: Registry, options: ClaimReviewOptions): ClaimReviewExport {
  const standing = currentVerdicts(registry, options.stale);
  const reviews: Json[] = [];
  const withoutUrl: Verdict[] = [];
  let stale = 0;
  for (const verdict of registry.verdicts) {
    if (standing.get(verdict.claimId) !== verdict || !verdict.claim) {
      stale++;
      continue;
    }
    const url = verdict.url ?? (options.baseUrl ? `${options.baseUrl}#${encodeURIComponent(verdict.claimId)}` : null);
    if (url === null) {
      withoutUrl.push(verdict);
      continue;
    }
    reviews.push(review(verdict, verdict.claim, url, options));
  }
  return { reviews, stale, withoutUrl };
}
