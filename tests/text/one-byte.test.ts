/**
 * cut() (src/text/one-byte.ts) is String.prototype.slice with the result stored one byte a
 * character where it can be: for the text cutFrom() indexed, or any other, with any arguments, it
 * returns the same characters as slice.
 */
import { describe, expect, it } from 'vitest';
import { cut, cutFrom, oneByte } from '../../src/text/one-byte.js';

// Latin-1 words and the characters beyond it that drafts hold (curly quotes, dashes, an emoji).
const PIECES = ['Darién ', 'crossed ', '11,363 ', 'in 2023. ', '’', '“', '”', '–', '—', '🧵', 'señaló que ', '\n\n', 'a', ' '];

/** A text of `n` pieces, the same for the same seed. */
function textOf(seed: number, n: number): string {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: n }, () => PIECES[next() % PIECES.length]).join('');
}

describe('cut', () => {
  it('returns what slice returns, on the indexed text and on others, for every kind of argument', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = textOf(seed, 40 + seed * 7);
      const other = textOf(seed + 100, 50);
      const restore = cutFrom(text);
      const n = text.length;
      const points = [-3, -1, 0, 1, 2, 7, 23, 24, 25, Math.floor(n / 3), Math.floor(n / 2), n - 30, n - 1, n, n + 5, 1.5, Number.NaN];
      for (const a of points) {
        for (const b of points) {
          expect(cut(text, a, b)).toBe(text.slice(a, b));
          expect(cut(other, a, b)).toBe(other.slice(a, b));
        }
        expect(cut(text, a)).toBe(text.slice(a));
      }
      for (let a = 0; a < n; a += 3) for (let b = a; b <= n; b += 5) expect(cut(text, a, b)).toBe(text.slice(a, b));
      restore();
    }
  });

  it('indexes one text at a time, and puts back the one before when told', () => {
    const first = `${'Over half a million people crossed in 2023. '.repeat(3)}“Quoted.”`;
    const second = `${'Unas 520.000 personas cruzaron la selva en 2023. '.repeat(3)}— fin`;
    const restoreFirst = cutFrom(first);
    expect(cut(first, 5, 60)).toBe(first.slice(5, 60));
    const restoreSecond = cutFrom(second);
    expect(cut(second, 5, 60)).toBe(second.slice(5, 60));
    expect(cut(first, 5, 60)).toBe(first.slice(5, 60));
    restoreSecond();
    expect(cut(first, 5, 60)).toBe(first.slice(5, 60));
    expect(cut(second, 5, 60)).toBe(second.slice(5, 60));
    restoreFirst();
    expect(cut(first, 0, first.length)).toBe(first);
  });
});

describe('oneByte', () => {
  it('returns the same characters', () => {
    for (const text of ['', 'a', 'Darién', 'ÿ\u0080\u00a0', 'it’s', '🧵 thread', textOf(3, 200)]) expect(oneByte(text)).toBe(text);
  });
});
