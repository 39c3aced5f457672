/**
 * The reader's lexicon: the words and phrasings it reads, as data (src/reader/lexicon/en.ts and
 * es.ts), each entry with why it is there and the examples it must read and must not read, as
 * Duckling keeps a corpus beside every rule. tests/reader/lexicon.test.ts runs every example; a new
 * phrasing is a change to a pattern or a word list and a line of examples, not to the stages.
 *
 * A lexicon is validated when the reader loads it, as the registry is: a malformed entry (no
 * examples, a duplicate id, an empty word list) stops darien with one line naming every problem
 * (exit 2), never a stack trace nor a reader that silently reads less.
 */
import * as v from 'valibot';
import { stem } from '../../drafts/metrics.js';
import { compileSchema, INVALID } from '../../registry/compile.js';

/**
 * Where the reader tests an entry, so that its examples are written the same way: the whole
 * sentence; a line; the text just before or just after a figure (or a period phrase, or just
 * before a place's name); the words of a period phrase; the text between a period phrase and a
 * figure; one word.
 */
export const WHERE = ['sentence', 'line', 'before-figure', 'after-figure', 'before-period', 'after-period', 'before-place', 'before-event', 'after-event', 'period', 'between', 'between-figures', 'word'] as const;
export type Where = (typeof WHERE)[number];

/** How a word of the text is compared with a word list: as its stem, in lower case, or as written. */
export const MATCH = ['stem', 'lower', 'exact'] as const;
export type Match = (typeof MATCH)[number];

export interface Examples {
  /** Texts the entry must read (a pattern matches; a word is in the list). */
  readonly reads: readonly string[];
  /** Texts it must not read. */
  readonly not: readonly string[];
}

interface EntryBase {
  readonly id: string;
  readonly on: Where;
  /** Why the reader needs it: what goes wrong without it, or what it keeps from being misread. */
  readonly why: string;
  readonly examples: Examples;
}

export interface PatternEntry extends EntryBase {
  readonly pattern: RegExp;
}

export interface WordsEntry extends EntryBase {
  readonly words: readonly string[];
  readonly match: Match;
}

export type LexiconEntry = PatternEntry | WordsEntry;

/** A validated lexicon: its patterns and word lists by id. */
export interface Lexicon<Id extends string = string> {
  readonly language: string;
  readonly entries: readonly LexiconEntry[];
  pattern(id: Id): RegExp;
  /** The words as written, in order (for a pattern built from them). */
  list(id: Id): readonly string[];
  /** The words as the reader compares them (stems, for an entry matched by stem). */
  words(id: Id): ReadonlySet<string>;
}

/** Thrown, once with every problem, when a lexicon is malformed. */
export class LexiconError extends Error {
  constructor(
    readonly language: string,
    readonly problems: readonly string[],
  ) {
    super(`the ${language} lexicon (src/reader/lexicon/${language}.ts) is malformed: ${problems.join('; ')}`);
    this.name = 'LexiconError';
  }
}

// Only actions src/registry/compile.ts compiles (trim, minLength, check, picklist, strict objects),
// so that a well-formed lexicon is checked by a plain function; valibot runs only to name problems.
const text = (what: string) => v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const examples = v.strictObject({
  reads: v.pipe(v.array(text('an example')), v.minLength(1, 'needs at least one example it must read')),
  not: v.pipe(v.array(text('an example')), v.minLength(1, 'needs at least one example it must not read')),
});
const base = {
  id: v.pipe(v.string('an id must be text'), v.check((id) => ID.test(id), 'an id is lower-case words joined by hyphens')),
  on: v.picklist(WHERE, `"on" must be one of ${WHERE.join(', ')}`),
  why: v.pipe(text('why'), v.minLength(12, 'why must say what the entry is for')),
  examples,
};
const patternSchema = v.strictObject({ ...base, pattern: v.pipe(v.unknown(), v.check((p) => p instanceof RegExp, 'pattern must be a regular expression')) });
const wordsSchema = v.strictObject({
  ...base,
  words: v.pipe(v.array(text('a word')), v.minLength(1, 'words must list at least one word')),
  match: v.picklist(MATCH, `match must be one of ${MATCH.join(', ')}`),
});

/** The two forms of entry, for the test that holds them to what src/registry/compile.ts compiles. */
export const ENTRY_SCHEMAS = { pattern: patternSchema, words: wordsSchema } as const;

/** The problems of one entry, each prefixed with where it is. */
function entryProblems(raw: unknown, index: number): string[] {
  const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? ` ("${(raw as { id: string }).id}")` : '';
  const at = `entry ${index + 1}${id}`;
  if (typeof raw !== 'object' || raw === null) return [`${at}: must be an object`];
  const hasPattern = 'pattern' in raw;
  if (hasPattern === 'words' in raw) return [`${at}: needs either a pattern or words, not ${hasPattern ? 'both' : 'neither'}`];
  const schema = hasPattern ? patternSchema : wordsSchema;
  const fast = compileSchema(schema)?.(raw);
  if (fast !== undefined && fast !== INVALID) return [];
  const result = v.safeParse(schema, raw);
  if (result.success) return [];
  return result.issues.map((issue) => `${at}: ${v.getDotPath(issue) ?? 'entry'}: ${issue.message}`);
}

/** Validates a lexicon's entries and indexes them; LexiconError with every problem when malformed. */
export function loadLexicon<const Id extends string>(language: string, raw: ReadonlyArray<{ readonly id: Id }>): Lexicon<Id> {
  const problems: string[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    problems.push(...entryProblems(entry, i));
    if (seen.has(entry.id)) problems.push(`entry ${i + 1} ("${entry.id}"): the id is used by an earlier entry`);
    seen.add(entry.id);
  });
  if (problems.length > 0) throw new LexiconError(language, problems);
  const entries = raw as unknown as readonly LexiconEntry[];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const sets = new Map<string, ReadonlySet<string>>();
  const get = (id: string): LexiconEntry => {
    const entry = byId.get(id);
    // Ids are typed from the lexicon, so this is a programming error caught by the tests.
    if (!entry) throw new LexiconError(language, [`no entry "${id}"`]);
    return entry;
  };
  const pattern = (id: Id): RegExp => {
    const entry = get(id);
    if (!('pattern' in entry)) throw new LexiconError(language, [`"${id}" is a word list, not a pattern`]);
    return entry.pattern;
  };
  const list = (id: Id): readonly string[] => {
    const entry = get(id);
    if (!('words' in entry)) throw new LexiconError(language, [`"${id}" is a pattern, not a word list`]);
    return entry.words;
  };
  const words = (id: Id): ReadonlySet<string> => {
    let set = sets.get(id);
    if (!set) sets.set(id, (set = new Set(list(id).map((w) => normalise(w, (get(id) as WordsEntry).match)))));
    return set;
  };
  return { language, entries, pattern, list, words };
}

/** A word as a word list compares it. */
export function normalise(word: string, match: Match): string {
  return match === 'stem' ? stem(word) : match === 'lower' ? word.toLowerCase() : word;
}
