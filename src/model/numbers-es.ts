/**
 * Spanish cardinals written in words: "cuarenta y tres por ciento", "cuarenta y cuatro mil 943",
 * "doscientos cincuenta mil", "mil 637". Wire copy and Spanish-language papers write figures so,
 * words and digits mixed, and no npm library reads them (the ones measured in
 * ../shared/notes/text-extraction.md read English only, or Spanish without the digits after a
 * scale word). The words are data; the reader below only adds and multiplies.
 */

/** Units, teens, tens and their one-word compounds ("veintitrés"). */
const WORDS: Readonly<Record<string, number>> = {
  uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22,
  veintitrés: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintisiete: 27, veintiocho: 28,
  veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80,
  noventa: 90,
};

/** Hundreds, masculine and feminine ("doscientas personas"). */
const HUNDREDS: Readonly<Record<string, number>> = {
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600,
  seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800,
  novecientos: 900, novecientas: 900,
};

const SCALES: Readonly<Record<string, number>> = { mil: 1e3, millón: 1e6, millones: 1e6 };

/** The alternation a scanner starts a Spanish number in words at (longest first, so "veintitrés" is not "veinte"). */
export const SPANISH_NUMBER_WORDS = [...Object.keys(WORDS), ...Object.keys(HUNDREDS), 'mil']
  .sort((a, b) => b.length - a.length)
  .join('|');

export interface SpanishNumber {
  readonly value: number;
  /** Digits ended it ("mil 637"): exact to the unit, whatever its last digit. */
  readonly digitsAfter: boolean;
  readonly length: number;
}

const WORD = /^[\s-]*([a-záéíóúñü]+)/;
/**
 * Digits after a scale word, smaller than it: "cuarenta y cuatro mil 943", "248 mil 284" (figure.ts
 * reads the digits' form with it too): up to three digits, not run on into a number, word or percent.
 */
export const DIGIT_REST = /^ (\d{1,3})(?![\d.,]\d|[\p{L}\p{N}%-])/u;

/**
 * Reads a Spanish cardinal in words from the start of `lower` (lower case), or null. "un" and
 * "una" alone are articles, and "y" joins only a ten and a unit ("treinta y uno").
 */
export function readSpanishNumber(lower: string): SpanishNumber | null {
  let position = 0;
  let total = 0;
  let group = 0;
  let words = 0;
  let lastScale = 0;
  let joined = false;
  for (;;) {
    const match = WORD.exec(lower.slice(position));
    if (!match) break;
    const word = match[1]!;
    const at = position + match[0].length;
    if (word === 'y' && words > 0 && group % 10 === 0 && group >= 20 && group % 100 !== 0) {
      const next = WORD.exec(lower.slice(at));
      if (!next || (WORDS[next[1]!] ?? 10) >= 10) break;
      position = at;
      joined = true;
      continue;
    }
    const unit = WORDS[word];
    const hundred = HUNDREDS[word];
    const scale = SCALES[word];
    // A hundred opens a group; a unit or a ten follows a hundred, a scale or "y" ("un cuarenta"
    // is an article and a number, not forty-one).
    if (hundred !== undefined && group === 0) group = hundred;
    else if (unit !== undefined && (group % 100 === 0 || joined)) group += unit;
    else if (scale !== undefined && (scale > lastScale || lastScale === 0 || group > 0)) {
      // "dos millones trescientos mil": a million multiplies all before it ("mil millones" too).
      if (scale === 1e6) total = (total + group || 1) * scale;
      else total += (group || 1) * scale;
      group = 0;
      lastScale = scale;
    } else break;
    words += 1;
    joined = false;
    position = at;
  }
  if (words === 0) return null;
  // "un", "una", "uno" alone are an article or a pronoun, not a figure.
  if (words === 1 && total === 0 && group === 1) return null;
  const rest = lastScale > 0 && group === 0 ? DIGIT_REST.exec(lower.slice(position)) : null;
  if (rest) return { value: total + Number(rest[1]), digitsAfter: true, length: position + rest[0].length };
  return { value: total + group, digitsAfter: false, length: position };
}
