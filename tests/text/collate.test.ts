import { describe, expect, it } from 'vitest';
import { compareLocale } from '../../src/text/collate.js';

const sign = (n: number): number => Math.sign(n);

/** Both ways round, compareLocale orders a and b as localeCompare does. */
function expectLocaleOrder(a: string, b: string): void {
  expect(sign(compareLocale(a, b)), `${a} vs ${b}`).toBe(sign(a.localeCompare(b, 'en')));
  expect(sign(compareLocale(b, a)), `${b} vs ${a}`).toBe(sign(b.localeCompare(a, 'en')));
}

describe('compareLocale', () => {
  it.each([
    ['claims/sources/000-a.yaml', 'claims/sources/001-a.yaml'],
    ['claims/sources/ref-x.yaml', 'claims/sources/003-x.yaml'],
    ['claims/a-b.yaml', 'claims/a.yaml'],
    ['claims/a.b', 'claims/a/b'],
    ['claims/a', 'claims/a-b'],
    ['figure-conflict', 'figure-lookalike'],
    ['part-whole', 'page-date'],
    ['drafts/a.md', 'drafts/a.md'],
    ['', 'a'],
    ['9', 'a'],
  ])('orders plain %j and %j as localeCompare does', expectLocaleOrder);

  it.each([
    ['drafts/B.md', 'drafts/a.md'],
    ['drafts/a_b.md', 'drafts/a-b.md'],
    ['drafts/é.md', 'drafts/f.md'],
    ['drafts/Z.md', 'drafts/z.md'],
  ])('leaves %j and %j, which are not plain, to localeCompare', expectLocaleOrder);

  it('agrees with localeCompare on random plain strings', () => {
    // A fixed linear congruential sequence: the same strings on every run.
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = 'abz09-./';
    const word = (): string => Array.from({ length: next(6) }, () => alphabet[next(alphabet.length)]).join('');
    for (let i = 0; i < 5000; i++) expectLocaleOrder(word(), word());
  });
});
