/**
 * `darien export claimreview`: schema.org ClaimReview JSON-LD for each verdict that stands,
 * validated against a JSON Schema written from Google's "Fact check (ClaimReview) structured data"
 * page (tests/fixtures/claimreview-google.schema.json; its description says what it holds), then
 * the CLI: --output written whole or not at all, and every problem reported before anything is.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Registry } from '../../src/model/types.js';
import { loadRegistry } from '../../src/registry/load.js';
import { buildClaimReviews, organisationFrom, ratingValue } from '../../src/verdicts/claimreview.js';
import { darien } from '../cli/run.js';
import { header, writeRegistry } from '../helpers/registry.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'tests/fixtures/claimreview-google.schema.json'), 'utf8')) as object);

const registry = loadRegistry({ cwd: root });
const OPTIONS = { organisation: 'Darién Desk', organisationUrl: 'https://example.org/', baseUrl: 'https://example.org/checks/darien' };
type Review = Record<string, any>;
const reviews = buildClaimReviews(registry, OPTIONS).reviews as Review[];
const byClaim = (id: string) => reviews.find((r) => r.url.endsWith(`#${id}`))!;

describe('ClaimReview JSON-LD for the bundled registry', () => {
  it('one per verdict, each valid against the schema written from Google\'s documentation', () => {
    expect(reviews).toHaveLength(registry.verdicts.length);
    for (const review of reviews) {
      const valid = validate(review);
      expect(valid ? [] : validate.errors, review.url).toEqual([]);
      const { ratingValue: value, bestRating, worstRating } = review.reviewRating;
      expect(worstRating <= value && value <= bestRating).toBe(true);
    }
  });

  it('the schema refuses what Google requires and is missing', () => {
    const good = byClaim('004-crossings-jan-feb-2022');
    const without = (path: string[]): Review => {
      const copy = structuredClone(good);
      let at = copy;
      for (const key of path.slice(0, -1)) at = at[key];
      delete at[path.at(-1)!];
      return copy;
    };
    for (const path of [['url'], ['claimReviewed'], ['reviewRating'], ['reviewRating', 'alternateName'], ['author', 'name']]) {
      expect(validate(without(path)), path.join('.')).toBe(false);
    }
    expect(validate({ ...good, url: 'example.org/x' })).toBe(false);
  });

  it('rates on five points, accurate 5 to inaccurate 1', () => {
    expect(['accurate', 'outdated', 'misleading', 'unsupported', 'inaccurate'].map((r) => ratingValue(r as never))).toEqual([5, 4, 3, 2, 1]);
  });

  // [claim, what its ClaimReview holds]
  const cases: Array<[string, Review]> = [
    [
      '004-crossings-jan-feb-2022',
      {
        claimReviewed: 'Figures soared from 2,928 in the first two months of last year, to 8,456 in the same period of 2022.',
        datePublished: '2026-12-03',
        author: { '@type': 'Organization', name: 'Darién Desk', url: 'https://example.org/' },
        reviewRating: { ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Inaccurate' },
        itemReviewed: {
          '@type': 'Claim',
          // Who published the claim, not the end of its chain: the verdict found no UN publication of 8,456.
          author: { '@type': 'Organization', name: 'The Epoch Times' },
          // The page date was inferred: not given as the page's.
          appearance: { '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Autumn Spredemann' }, publisher: { '@type': 'Organization', name: 'The Epoch Times' } },
          citation: 'The Epoch Times ← United Nations',
        },
      },
    ],
    [
      '001-memorandum-signed-monday',
      {
        reviewRating: { ratingValue: 4, alternateName: 'Outdated' },
        itemReviewed: {
          datePublished: '2025-04-29',
          appearance: { headline: 'Poinbank Exchange-U.S. agrees to help Panama deport migrants crossing Darién Gap', datePublished: '2025-04-29', publisher: { name: 'Poinbank Exchange' } },
          // A republished copy: where the claim first appeared.
          firstAppearance: { '@type': 'NewsArticle', author: { name: 'Camilo Montoya-Galvez' }, publisher: { name: 'CBS News' }, datePublished: '2024-07-01' },
        },
      },
    ],
    ['ref-efe-mulino-crossings-2023', { reviewRating: { ratingValue: 2, alternateName: 'Unsupported' }, itemReviewed: { author: { '@type': 'Organization', name: 'EFE' }, citation: 'EFE ← President José Raúl Mulino' } }],
  ];
  it.each(cases)('%s', (id, expected) => {
    expect(byClaim(id)).toMatchObject(expected);
    expect(byClaim(id).reviewRating.ratingExplanation).toBe(registry.verdicts.find((v) => v.claimId === id)!.reasoning);
  });

  it('leaves out what the registry does not know: a bracketed title, an inferred date, an unknown author', () => {
    const review = byClaim('ref-efe-mulino-crossings-2023');
    expect(review.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'EFE' } });
    expect(review.itemReviewed.datePublished).toBeUndefined();
  });
});

describe('which verdicts are exported', () => {
  const claim = (figure: string) => `  - id: a1\n    quote: "${figure} crossed </script><b>"\n    figure: "${figure}"\n    value: 20520\n    metric: crossings\n    period: 2024-07\n    period_words: "x"\n    attribution: []\n`;
  const verdicts = (rated: string, url = '') => `verdicts:\n  - {claim: a1, figure: "${rated}", rating: accurate, by: D, date: 2026-12-03, reasoning: r, evidence: [a]${url}}\n`;
  const load = (files: Record<string, string>): [string, Registry] => {
    const dir = writeRegistry(files);
    return [dir, loadRegistry({ paths: [dir], cwd: dir, cache: false })];
  };

  it("a verdict's own url: wins over the base URL", () => {
    const [, reg] = load({ 'a.yaml': header('a') + claim('20,520'), 'verdicts.yaml': verdicts('20,520', ', url: "https://desk.example/a1"') });
    expect((buildClaimReviews(reg, OPTIONS).reviews[0] as Review).url).toBe('https://desk.example/a1');
  });

  it("a page whose byline is its outlet's own name (an imported series) names an organisation, not a person", () => {
    const wire = header('a').replace('author: A', 'author: Test Wire');
    const [, reg] = load({ 'a.yaml': wire + claim('20,520'), 'verdicts.yaml': verdicts('20,520') });
    const review = buildClaimReviews(reg, OPTIONS).reviews[0] as Review;
    expect(review.itemReviewed.appearance.author).toEqual({ '@type': 'Organization', name: 'Test Wire' });
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Test Wire' });
  });

  it('a stale verdict is not exported, and is counted', () => {
    const [, reg] = load({ 'a.yaml': header('a') + claim('20,520'), 'verdicts.yaml': verdicts('20,519') });
    expect(buildClaimReviews(reg, OPTIONS)).toMatchObject({ reviews: [], stale: 1, withoutUrl: [] });
  });

  it('with no url and no base URL, the verdict is set aside for the CLI to report', () => {
    const [, reg] = load({ 'a.yaml': header('a') + claim('20,520'), 'verdicts.yaml': verdicts('20,520') });
    const result = buildClaimReviews(reg, { organisation: 'D' });
    expect(result.reviews).toEqual([]);
    expect(result.withoutUrl.map((v) => v.claimId)).toEqual(['a1']);
  });

  it('the organisation comes from the option, else the configured one, else none', () => {
    expect(organisationFrom('Desk', 'Config')).toBe('Desk');
    expect(organisationFrom(undefined, 'Config')).toBe('Config');
    expect(organisationFrom('  ', null)).toBeNull();
    expect(organisationFrom(undefined)).toBeNull();
  });

  describe('darien export claimreview', () => {
    const files = { 'a.yaml': header('a') + claim('20,520'), 'verdicts.yaml': verdicts('20,520') };
    const BASE = ['--organisation', 'Desk', '--base-url', 'https://desk.example/checks'];

    it('--output writes the file whole, and says so on standard error', () => {
      const [dir] = load(files);
      const out = join(dir, 'claimreview.json');
      const run = darien(['export', 'claimreview', '--registry', dir, ...BASE, '--output', out]);
      expect(run).toMatchObject({ status: 0, stdout: '' });
      expect(run.stderr).toBe(`darien: 1 ClaimReview written to ${out}\n`);
      const written = readFileSync(out, 'utf8');
      // Safe inside a <script> element: the quote's "</script>" is escaped, and reads back the same.
      expect(written).not.toMatch(/[<>]/);
      expect((JSON.parse(written) as Review[])[0]!.claimReviewed).toBe('20,520 crossed </script><b>');
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    });

    it('without --output, the JSON-LD goes to standard output', () => {
      const [dir] = load(files);
      const run = darien(['export', 'claimreview', '--registry', dir, ...BASE]);
      expect(run.status).toBe(0);
      expect((JSON.parse(run.stdout) as Review[]).map((r) => r.url)).toEqual(['https://desk.example/checks#a1']);
    });

    // [case, arguments after the registry, the stderr lines expected]
    const refused: Array<[string, string[], RegExp[]]> = [
      ['no organisation, a bad base URL and an unknown kind, together', ['--base-url', 'desk.example'], [/^darien: unknown export "claimreviews"/, /^darien: give --organisation/, /^darien: --base-url must be an absolute http\(s\) address, got "desk.example"$/]],
      ['a verdict with no page to point at', ['--organisation', 'Desk'], [/verdicts\.yaml:2:13: verdicts\[0\]: no url: a ClaimReview needs the page that publishes the verdict; add url: or give --base-url$/, /^darien: 1 problem/]],
    ];
    it.each(refused)('exits 2 and writes nothing: %s', (name, args, lines) => {
      const [dir] = load(files);
      const out = join(dir, 'out.json');
      const kind = name.includes('unknown kind') ? 'claimreviews' : 'claimreview';
      const run = darien(['export', kind, '--registry', dir, ...args, '--output', out]);
      expect(run.status).toBe(2);
      const stderr = run.stderr.trimEnd().split('\n');
      expect(stderr).toHaveLength(lines.length);
      lines.forEach((line, i) => expect(stderr[i]).toMatch(line));
      expect(existsSync(out)).toBe(false);
    });

    it('a folder that is not there: one line, exit 2, nothing left behind', () => {
      const [dir] = load(files);
      const missing = join(mkdtempSync(join(tmpdir(), 'darien-out-')), 'no', 'such', 'x.json');
      const run = darien(['export', 'claimreview', '--registry', dir, ...BASE, '--output', missing]);
      expect(run).toMatchObject({ status: 2, stdout: '' });
      expect(run.stderr).toBe(`darien: cannot write ${missing}: no such file or directory (ENOENT)\n`);
    });

    it('a registry with no verdict that stands: nothing to export, exit 2', () => {
      const [dir] = load({ 'a.yaml': header('a') + claim('20,520'), 'verdicts.yaml': verdicts('20,519') });
      const run = darien(['export', 'claimreview', '--registry', dir, ...BASE]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^darien: nothing to export: .* holds no verdict that stands \(1 stale: darien check lists them\)\n$/);
    });
  });
});
