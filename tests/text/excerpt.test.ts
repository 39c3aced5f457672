import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/text/excerpt.js';

describe('a long sentence quoted around its figure', () => {
  const long = `In 2023, ${Array.from({ length: 400 }, (_, i) => String(i * 7 + 1)).join(', ')} migrants crossed.`;
  it.each([
    ['a sentence under the limit is whole', 'In 2023, 11,363 migrants crossed.', '11,363'],
  ])('%s', (_why, text, figure) => {
    const at = text.indexOf(figure);
    expect(excerpt(text, at, at + figure.length, 600)).toBe(text);
  });

  it.each([['1'], ['1401'], ['2794']])('"%s" in a 2,000-character list: its quote holds it, cut at spaces, within the limit', (figure) => {
    const at = long.indexOf(` ${figure},`) + 1 || long.indexOf(` ${figure} `) + 1;
    const quote = excerpt(long, at, at + figure.length, 120);
    expect(quote).toContain(` ${figure}`);
    expect(quote.length).toBeLessThanOrEqual(122);
    // An ellipsis stands wherever the sentence goes on.
    expect(quote.startsWith('…')).toBe(at > 60);
    expect(quote.endsWith('…')).toBe(long.length - (at + figure.length) > 60);
    expect(quote.replace(/^…|…$/g, '').split(' ').every((word) => long.includes(word))).toBe(true);
  });
});
