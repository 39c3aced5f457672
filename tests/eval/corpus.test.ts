/**
 * Floors on how well the reader reads text it was not written from: the labeled corpus in
 * ../shared/corpus (beside the repository, as CI has it), scored by its README's rules through the
 * same code as `npm run eval`. A change that reads the corpus worse fails here; one that reads it
 * better should raise the floor. The floors sit a little under what this commit measures
 * (README, "How well darien reads"), so that they catch a class of failure, not one sentence.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalCorpus } from '../../src/eval/corpus.js';
import { readTsv, scoreDrafts, type Tally } from '../../src/eval/score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(root, '..', 'shared', 'corpus');
const share = (t: Tally): number => t.hit / t.of;

describe('scoring', () => {
  it('reads a tab-separated table by its header', () => {
    expect(readTsv('file\tline\nd01.md\t6\n')).toEqual([{ file: 'd01.md', line: '6' }]);
  });
  it('counts a flag row flagged, an ok row flagged as a false alarm, and lines it does not judge', () => {
    const score = scoreDrafts(
      [
        { file: 'a.md', line: 1, expect: 'flag', kind: 'figure' },
        { file: 'a.md', line: 2, expect: 'ok', kind: 'restatement' },
        { file: 'a.md', line: 3, expect: 'any', kind: 'figure' },
      ],
      new Set(['a.md:1', 'a.md:2', 'a.md:3', 'a.md:9']),
    );
    expect(score.sensitivity).toEqual({ hit: 1, of: 1 });
    expect(score.specificity).toEqual({ hit: 0, of: 1 });
    expect(score.falseAlarms).toEqual(['a.md:2 restatement']);
    expect(score.unjudged).toEqual(['a.md:9']);
  });
});

// CI has ../shared beside the repository; a clone without it has nothing to measure here.
/** The floors on a corpus's drafts: the share of true lines lint leaves clean and of planted errors it flags. */
function draftFloors(result: ReturnType<typeof evalCorpus>, clean: number, flagged: number): void {
  it('lint leaves the true lines of the drafts clean', () => {
    expect(share(result.drafts!.specificity)).toBeGreaterThanOrEqual(clean);
  });
  it('lint flags the planted errors it can read', () => {
    expect(share(result.drafts!.sensitivity)).toBeGreaterThanOrEqual(flagged);
  });
  it('lint reports nothing on prose or headings the table does not judge', () => {
    expect(result.drafts!.unjudged).toEqual([]);
  });
}

describe.runIf(existsSync(corpus))('the shared corpus', () => {
  const result = evalCorpus(corpus, resolve(root, 'claims'));
  draftFloors(result, 0.98, 0.95);
  it('extract proposes the claims a fact-checker would record', () => {
    expect(share(result.articles!.recall)).toBeGreaterThanOrEqual(0.94);
  });
  it('extract proposes the right metric', () => {
    expect(share(result.articles!.metric)).toBeGreaterThanOrEqual(0.88);
  });
  it('extract proposes the right period', () => {
    expect(share(result.articles!.period)).toBeGreaterThanOrEqual(0.88);
  });
});

// The project's own corpus (corpus/, written blind by a second engineer in other words than the
// shared one, labels fixed before darien was run on it): the floor for text the reader was not
// tuned on at first: 29 of 60 flagged and 113 of 120 clean when it was written, 44 and 120 at this
// commit. Raise the floor as the reader improves.
describe('the project\u2019s own corpus', () => {
  draftFloors(evalCorpus(resolve(root, 'corpus'), resolve(root, 'claims')), 0.98, 0.7);
});

// The second blind corpus (corpus/second/, written by another helper without reading the reader or
// running darien): 29 of 61 flagged and 116 of 125 clean at first read (f61d579), 36 and 123 once
// the classes it showed were fixed (9713d4e), 42 and 123 at 408e7d0.
describe('the project\u2019s second blind corpus', () => {
  draftFloors(evalCorpus(resolve(root, 'corpus', 'second'), resolve(root, 'claims')), 0.98, 0.65);
});

// The third (corpus/third/, written blind the same way): 30 of 60 flagged and 139 of 147 clean at the first read of the session
// that fixed its classes (cf11003), 45 and 146 after (408e7d0).
describe('the project\u2019s third blind corpus', () => {
  draftFloors(evalCorpus(resolve(root, 'corpus', 'third'), resolve(root, 'claims')), 0.97, 0.7);
});

// The fourth (corpus/fourth/, written blind the same way, in ten more styles): 26 of 61 flagged and
// 151 of 161 clean at first read on cf11003, 27 and 152 on 3827aea before any of its lines was
// read, 30 and 159 once its classes were fixed (c3450f3), 35 and 159 after the eleventh session (8943e8d).
describe('the project\u2019s fourth blind corpus', () => {
  draftFloors(evalCorpus(resolve(root, 'corpus', 'fourth'), resolve(root, 'claims')), 0.98, 0.55);
});

// The fifth (corpus/fifth/, written blind the same way, eight more styles): 26 of 48 flagged and
// 97 of 102 clean at first read, on 5e4d7a6 and again on 52844e7 before any of its lines was read;
// 34 and 102 once its classes were fixed (5be6573).
describe('the project\u2019s fifth blind corpus', () => {
  draftFloors(evalCorpus(resolve(root, 'corpus', 'fifth'), resolve(root, 'claims')), 0.99, 0.68);
});

// The sixth (corpus/sixth/, written blind by a helper in the eleventh session, eight more styles):
// 27 of 48 flagged and 96 of 106 clean at first read on 5be6573, before any of its lines was read;
// 30 and 106 once its classes were fixed (8943e8d).
describe('the project\u2019s sixth blind corpus', () => {
  draftFloors(evalCorpus(resolve(root, 'corpus', 'sixth'), resolve(root, 'claims')), 0.99, 0.6);
});

// The seventh (corpus/seventh/, written blind by another helper, eight more styles), scored once at
// first read on 8943e8d and nothing fixed from it: 28 of 48 flagged and 116 of 124 clean. Its floor
// holds that first read; the next session measures its own first read against it before reading it.
describe('the project\u2019s seventh blind corpus', () => {
  draftFloors(evalCorpus(resolve(root, 'corpus', 'seventh'), resolve(root, 'claims')), 0.93, 0.58);
});
