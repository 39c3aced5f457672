/**
 * Splitting masked markdown into sentences, with offsets into the file. A sentence is what a claim
 * quotes and what a figure's metric and period are looked for in, so the splitter errs towards
 * keeping a sentence whole: "U.S.", "Sept. 19", "No. 4" and "2.48" do not end one.
 *
 * Blocks come first: a blank line, a heading, a list item, a table row or a rule ends whatever was
 * before it, so a headline never runs into the first paragraph.
 */

export interface Sentence {
  /** Offsets in the file: first character, and just past the last. */
  readonly start: number;
  readonly end: number;
  /** Sentences of one paragraph (or heading, list item, table cell) share this number. */
  readonly paragraph: number;
  /** The sentence is a heading. */
  readonly heading: boolean;
  /** Where it stands when it is a table cell: what it says takes meaning from its headers. */
  readonly cell?: TableCell;
}

export interface TableCell {
  /** Tables of the text, numbered from 0. */
  readonly table: number;
  /** 0 is the header row (the row above the `|---|` line); -1 when the table has none. */
  readonly row: number;
  readonly column: number;
}

// Words a full stop follows without ending a sentence. Lower case, without the stop.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'no', 'nos', 'vol', 'pp', 'p', 'fig', 'approx', 'est', 'ave', 'blvd', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thurs', 'fri', 'sat', 'sun', 'sra', 'sr', 'dra', 'lic', 'ing', 'pres', 'dept', 'univ', 'assn', 'bros', 'e.g', 'i.e',
]);

const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
/**
 * "**2021, mes a mes**" alone on its line, over a list: a short bold line that names a year heads
 * what follows as a heading would (its months are that year's). Not a bold label with words after
 * it ("**El año pasado**, según …"), one with no year ("**Sábado.**"), nor a bold sentence, one with a
 * figure or a full stop ("**Panama counted a record 520,085 crossings in 2023.**").
 */
const BOLD_HEADING = /^[ \t]*(\*\*|__)(?=[^*_\n]*\b(?:19|20)\d\d\b)(?![^*_\n]*(?:\d[.,]\d|\b\d{1,3}\b|\d{5}))[^*_\n]{1,48}(?<![.!?:;,])\1[ \t]*\r?$/;
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*[.)][ \t]+/;
const LIST_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const QUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const TABLE_ROW = /^[ \t]*\|/;
// \r allowed at the end: a draft saved with CRLF line endings has its tables read too.
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t\r]*$/;

// "Whereas … in 2021, a record;⏎Whereas that total is …": a line that ends with a semicolon and a
// next line that opens with a capital are two sentences, as a resolution's or a contract's clauses
// are written; wrapped prose that breaks after a semicolon splits there too, which loses nothing a
// clause break would keep.
// "Enero: 1.071 · Febrero: 1.857⏎Agosto: 25.332 · …": a line that opens with a label and a colon
// (a capitalized word, "Febrero de 2022", a year or two), or an item after a middle dot that opens
// with a word's label, after a line (or item) that is itself a label's and has no full stop, starts
// a sentence, as an infographic's or a fact box's lines are written; otherwise a figure would be
// read with the next item's label. Wrapped prose ("fell to 302,203 in⏎2024: a drop …") goes on, and
// so does "2021: 2.928 · 2022: 8.964" (a year after a middle dot): its years are a heading's months'.
/** A label's word at a line's or item's start, before its colon: "Agosto", "Febrero de 2022". */
const WORD_LABEL = String.raw`\p{Lu}\p{Ll}+(?:[ \t]+(?:de|del|of)[ \t]+(?:19|20)\d\d)?`;
/** A year's or two years' label, before its colon: "2021", "2017–2020". */
const YEAR_LABEL = String.raw`(?:19|20)\d\d(?:[–-](?:19|20)\d\d)?`;
const BOUNDARY = new RegExp(
  // "… came through.[1]", "… in 2021.²": a footnote's marker after the stop is part of the end.
  String.raw`(?:[.!?…]+["'”’)\]*_]*(?:\[\^?\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|;(?=[ \t]*\r?\n[ \t]*\p{Lu}))(?=\s|$)` +
    // Only at a line's end or before a middle dot is the line's start looked back at.
    String.raw`|(?=[ \t]*\r?\n|[ \t]+[·•])(?<=[^\s.!?…;:,])(?<=(?:^|\n)[ \t]*(?:${WORD_LABEL}|${YEAR_LABEL})[ \t]*:[^\n]*)` +
    String.raw`(?:[ \t]*\r?\n(?=[ \t]*(?:${YEAR_LABEL})[ \t]*:[ \t]+\S)|(?:[ \t]*\r?\n|[ \t]+[·•][ \t]+)(?=[ \t]*${WORD_LABEL}[ \t]*:[ \t]+\S))` +
    // "- October: 25,904⏎October's count beat September's by almost 4,000.": a label's line that ends
    // on its figure, then a line that opens with a capital, is a sentence of its own (markdown would
    // read the second line on into the list's last item).
    String.raw`|(?=[ \t]*\r?\n[ \t]*\p{Lu})(?<=\d)(?<=(?:^|\n)[ \t]*(?:${WORD_LABEL}|${YEAR_LABEL})[ \t]*:[^\n]*)[ \t]*\r?\n`,
  'gu',
);

/** `\s` on one UTF-16 code unit: by its code where it is ASCII, by the regex otherwise. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

/**
 * "**29,289:** people who crossed in 2016", "**More than three times:** …": a label that is only a
 * figure, hedged or not, is what the line after it glosses, one sentence with it (a box of numbers).
 */
const FIGURE_ONLY_LABEL = /^(?:\*\*|__)\s*(?:(?:about|around|roughly|some|nearly|almost|just(?:\s+(?:over|under))?|over|under|more than|fewer than|less than|upwards? of|close to|unos|unas|cerca de|alrededor de|casi|más de|menos de|apenas)\s+)?(?:[+−–-]?\d[\d,.]*\s*(?:%|percent|per cent|million|millones|mil|thousand)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|half|a third|a quarter|dos|tres|cuatro|cinco)(?:\s+(?:times|veces))?)\s*:(?:\*\*|__)$/i;
/** A bold label that opens a block and holds a number: "**Bonus, two points:**", "__Round 4:__". */
const RUN_IN_LABEL = /^(?:\*\*|__)(?=[^*_\n]{0,50}?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco)\b))[^*_\n]{1,60}:(?:\*\*|__)/i;

/** A chat export's "[29/5/25, 21:31] Name: " or a transcript's "[0:42] " at a sentence's start. */
const CHAT_STAMP = /^\[(?:\d{1,2}\/\d{1,2}\/\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?\]\s+(?:[^:\n\[\]]{1,40}:\s+)?/i;

/** A bold date or year that opens a block and ends with its full stop: "**8 May 2024.**", "**2021.**". */
const BOLD_DATE_LABEL = /^\s*(?:\*\*|__)[^*_\n]{0,24}\b(?:19|20)\d\d\.(?:\*\*|__)$/;
/**
 * A short bold figure that opens a block and ends with its full stop, glossed by the sentence after
 * it: "**9,222.** Crossings in 2017", "**Unos 25.** Los presuntos traficantes …", "**3 de octubre.**
 * El día en que …" (a fact box's or a list's way): a figure, hedged or not, and its unit at most; not a
 * list's "**1.**" nor a bold sentence.
 */
const BOLD_FIGURE_LABEL = /^\s*(?:(?:\d{1,2}[.)]|[-*+])\s+)?(?:\*\*|__)[+−–-]?(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more than|less than|fewer than|up|down|unos|unas|casi|más de|menos de|cerca de|alrededor de|apenas|poco más de)\s+|(?=[$€]?\d+[.,]\d|\d{3}|\d+\s*[%\p{L}]))[$€]?\d[\d.,]*\s*(?:%|(?:a|al|por|per|de)\s+\p{L}+|\p{L}+(?:\s+(?:a|al|por|per)\s+\p{L}+)?)?\.(?:\*\*|__)$/iu;

/**
 * A bold figure right after a question on its line, hedged or not: the question's answer. Not a
 * sentence that answers in its own words ("Were crossings still high in 2024? 20,519 crossed in
 * July 2024 alone"): that one names its own period.
 */
const ANSWER_ON_THE_LINE = /^[ \t]*(?:\*\*|__)(?:(?:about|around|roughly|some|nearly|almost|just|over|more than|unos|unas|cerca de|alrededor de|casi|más de|apenas)\s+)?(?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s+\d)/i;

/**
 * What may follow "a.m."/"p.m." in the same sentence: a time zone, a weekday, a month, a bracket, a
 * figure; or the close of a bold stamp ("**9:20 a.m.** That works out to …": a live blog's time).
 */
const TIME_GOES_ON = /^(?:[ECMP][SD]?T\b|UTC|GMT|local\b|(?:Eastern|Central|Mountain|Pacific|Atlantic)\b|(?:\p{Lu}[\p{L}.]*\s+){1,2}(?:time|hora)\b|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|[(\d,;:–—-]|$)/u;

/**
 * An answer that is only its figure, after a question ("How many crossed in July? About 27,000, by
 * the service's count."): it says the question's count, and is read with the question's words. Not
 * a year ("Why the fall? 2024 brought …") nor a figure with a verb of its own.
 */
const ANSWER_FRAGMENT = /^(?:\*\*|__)?[ \t]+(?:\*\*|__)?(?:(?:about|around|roughly|some|nearly|almost|just over|just under|over|more than|fewer than|less than|unos|unas|cerca de|alrededor de|casi|más de|menos de|apenas)[ \t]+)?(?!(?:19|20)\d\d(?![\d.,]\d))\d[\d.,]*\d(?:[ \t]+(?:people|migrants|personas|migrantes))?(?:\*\*|__)?[ \t]*(?:[,;:.](?!\d)|$)/i;
/** The question an answer-figure answers: one that asks how many ("How many crossed in July?", "¿Cuántos …?"). */
const HOW_MANY = /\b(?:how\s+many|how\s+much|cu[aá]nt[oa]s)\b[^?]*$/i;

function isBoundary(text: string, punctuationStart: number, after: number): boolean {
  // The first character that is not white space in the next eight: a lower-case letter goes on
  // the sentence. (A loop over codes: a slice and two regexes at each full stop cost more.)
  const limit = Math.min(after + 8, text.length);
  let next = after;
  while (next < limit && isSpace(text.charCodeAt(next))) next++;
  if (next < limit && text.charCodeAt(next) >= 97 && text.charCodeAt(next) <= 122) return false;
  // "**8 May 2024.** Mulino wins the election": a timeline's bold date dates the sentence after it.
  const lineStart = text.lastIndexOf('\n', punctuationStart) + 1;
  if (punctuationStart - lineStart < 40 && BOLD_DATE_LABEL.test(text.slice(lineStart, after))) return false;
  if (punctuationStart - lineStart < 40 && BOLD_FIGURE_LABEL.test(text.slice(lineStart, after))) return false;
  // "How many crossed in 2025? **3,091**": an answer given on the question's line is read with it.
  if (text[punctuationStart] === '?' && (ANSWER_ON_THE_LINE.test(text.slice(after, after + 40)) || (ANSWER_FRAGMENT.test(text.slice(after, after + 48)) && HOW_MANY.test(text.slice(Math.max(0, punctuationStart - 120), punctuationStart))))) return false;
  if (text[punctuationStart] !== '.' || text.slice(punctuationStart, punctuationStart + 3) === '...') return true;
  let from = punctuationStart;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  const word = text.slice(from, punctuationStart).replace(/^[("'“‘[*_]+/, '').toLowerCase();
  if (word === '') return true;
  if (ABBREVIATIONS.has(word)) return false;
  // "begins at 10 a.m. Born in 1959, Mulino …": a time of day ends its sentence before a capital,
  // unless a time zone, a weekday or a month goes on with it ("at 10 a.m. ET", "10 a.m. Monday").
  if (/^[ap]\.m$/.test(word)) return !/[*_]/.test(text.slice(punctuationStart, next)) && !TIME_GOES_ON.test(text.slice(next, next + 12));
  // Initials and dotted acronyms: "J. Smith", "U.S."
  if (/^[a-z]$/.test(word) || /^(?:[a-z]\.)+[a-z]$/.test(word)) return false;
  return true;
}

/** Splits [start, end) of `text` into sentences, trimmed of white space. */
function splitBlock(text: string, start: number, end: number, paragraph: number, heading: boolean, out: Sentence[], cell?: TableCell): void {
  const push = (from: number, to: number): void => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    // "[29/5/25, 21:31] Mariela: Y en 2024 hubo …", "[0:42] En los primeros …": a chat's or a
    // transcript's stamp (and speaker) is no part of what the sentence says.
    if (text.charCodeAt(from) === 91) from += CHAT_STAMP.exec(text.slice(from, Math.min(to, from + 80)))?.[0].length ?? 0;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) out.push(cell ? { start: from, end: to, paragraph, heading, cell } : { start: from, end: to, paragraph, heading });
  };
  if (heading) {
    push(start, end);
    return;
  }
  const block = text.slice(start, end);
  let from = 0;
  // "**Bonus, two points:** How old was …": a bold run-in label that counts something of the page
  // (points, steps, a round), not of what follows, is a sentence of its own. Not one that dates
  // what follows ("**Card 3 (AP, 17 July 2024):**"), nor a speaker's ("**A:**").
  const label = RUN_IN_LABEL.exec(block);
  if (label && !/\b(?:19|20)\d\d\b/.test(label[0]) && !FIGURE_ONLY_LABEL.test(label[0])) {
    push(start, start + label[0].length);
    from = label[0].length;
  }
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(block); m !== null; m = BOUNDARY.exec(block)) {
    const after = m.index + m[0].length;
    if (isBoundary(block, m.index, after)) {
      push(start + from, start + after);
      from = after;
    }
  }
  push(start + from, end);
}

/** Where the line before the one starting at `offset` starts; -1 for the first line. */
function previousLineStart(text: string, offset: number): number {
  if (offset === 0) return -1;
  return text.lastIndexOf('\n', offset - 2) + 1;
}

/** The sentences of a masked text, in order. */
export function splitSentences(masked: string, options: { readonly hardLineBreaks?: boolean } = {}): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let blockStart = -1;
  let blockEnd = -1;
  // Tables: the current one, its row, and where its last row or `|---|` line began.
  let table = -1;
  let row = -1;
  let lastTableLine = -2;
  const flush = (): void => {
    if (blockStart >= 0) splitBlock(masked, blockStart, blockEnd, paragraph++, false, out);
    blockStart = -1;
  };
  let offset = 0;
  while (offset <= masked.length) {
    let lineEnd = masked.indexOf('\n', offset);
    if (lineEnd < 0) lineEnd = masked.length;
    const line = masked.slice(offset, lineEnd);
    if (line.trim() === '' || RULE.test(line) || TABLE_DELIMITER.test(line) && line.includes('-')) {
      flush();
      // The `|---|` line keeps its table going.
      if (line.trim() !== '' && TABLE_DELIMITER.test(line) && lastTableLine === previousLineStart(masked, offset)) lastTableLine = offset;
    } else if (HEADING.test(line)) {
      flush();
      // "## 1. About 9,000 fewer", "### 2.3) Method": a section's number is no figure of its heading.
      const hashes = HEADING.exec(line)![0].length;
      const marker = hashes + (SECTION_NUMBER.exec(line.slice(hashes))?.[0].length ?? 0);
      const closing = /[ \t]+#+[ \t]*$/.exec(line);
      splitBlock(masked, offset + marker, offset + (closing ? closing.index : line.length), paragraph++, true, out);
    } else if (BOLD_HEADING.test(line)) {
      flush();
      const open = line.search(/\*\*|__/);
      splitBlock(masked, offset + open + 2, offset + line.lastIndexOf(line[open]!) - 1, paragraph++, true, out);
    } else if (TABLE_ROW.test(line)) {
      flush();
      // A row followed by the `|---|` line is a new table's header row; rows after it count on.
      const nextEnd = masked.indexOf('\n', lineEnd + 1);
      const next = masked.slice(lineEnd + 1, nextEnd < 0 ? masked.length : nextEnd);
      if (TABLE_DELIMITER.test(next) && next.includes('-')) {
        table++;
        row = 0;
      } else if (lastTableLine === previousLineStart(masked, offset)) row = row < 0 ? row : row + 1;
      else {
        table++;
        row = -1;
      }
      lastTableLine = offset;
      // Each cell is a sentence of its own: a row is not prose.
      let cell = offset + line.indexOf('|') + 1;
      let column = 0;
      for (let i = cell; i <= lineEnd; i++) {
        if (i === lineEnd || masked[i] === '|') {
          splitBlock(masked, cell, i, paragraph++, false, out, { table, row, column: column++ });
          cell = i + 1;
        }
      }
    } else {
      const quote = QUOTE.exec(line);
      const inner = quote ? quote[0].length : 0;
      const item = LIST_ITEM.exec(line.slice(inner));
      // Plain text: a line is a paragraph (archived pages put a caption on one line, the story on the next).
      if (item || options.hardLineBreaks) flush();
      if (blockStart < 0) blockStart = offset + inner + (item ? item[0].length : 0);
      blockEnd = lineEnd;
    }
    offset = lineEnd + 1;
  }
  flush();
  return out;
}
