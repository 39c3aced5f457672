/**
 * Text from articles, drafts, file names and the registry is untrusted. Each output escapes it for
 * where it lands: a terminal must not receive escape sequences (they can rewrite the screen or the
 * window title), a GitHub workflow command must not be split or forged by a newline, a markdown
 * table cell must not be broken by a pipe. And every line darien writes, in any format, passes
 * through guardOutput() last, so no line of its output can be read by a CI runner as a command.
 */

// C0 and C1 control characters and DEL (U+0085 is NEL, a line break to some readers; U+009B is a
// one-byte CSI), the line and paragraph separators (line breaks to JavaScript and to editors),
// and the bidirectional overrides and isolates that make a line read differently from what it
// holds ("Trojan Source", CVE-2021-42574). Line feed and tab are left to each caller.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
// The same, less CR and LF, for GitHub messages, whose own escapes turn those into %0D and %0A.
const UNSAFE_KEEPING_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x1b) return '\\e';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For the terminal: control characters shown as escapes, line breaks and tabs as spaces. */
export function escapeTerminal(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(UNSAFE, visible);
}

/** Control characters shown as escapes, CR and LF kept: for a format that escapes those itself. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_KEEPING_LINES, visible);
}

/** The message part of a GitHub workflow command (as actions/toolkit escapes it). */
export function escapeGithubMessage(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a GitHub workflow command: also `:` and `,`, which end a property. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubMessage(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A markdown table cell: pipes escaped, line breaks as spaces, no control characters, no raw HTML. */
export function escapeMarkdownCell(text: string): string {
  return escapeTerminal(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * JSON text from JSON.stringify, or YAML whose strings holding such characters are double-quoted,
 * with every control, separator and bidi character written as a \u escape (JSON.stringify leaves
 * DEL, the C1 controls, the separators and the bidi controls raw). Both formats read \uXXXX in a
 * string as the character itself, so a program reads exactly the text it did before, and a
 * terminal or CI log showing the output receives none of them.
 */
export function escapeUnicode(json: string): string {
  return json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A file name where it starts a line (a problem on stderr, a finding's heading): escaped for the
 * terminal, and shown as "./name" when its first character is not a letter, digit, ".", "_", "/"
 * or "<". That is the same file to an editor (or, for `<stdin>`, the same name), so
 * `file:line:column` still opens it, but no name can start a line with "::", "##", a space or
 * anything else a CI runner or a reader would take for darien's own text.
 */
export function displayPath(path: string): string {
  const shown = escapeTerminal(path);
  return /^[\p{L}\p{N}._/<]/u.test(shown) ? shown : `./${shown}`;
}

// How CI runners find commands in a step's output (each line as the runner splits it, at LF, CR
// or CRLF):
// - GitHub's `::command ...::` counts only at the start of a line, after TrimStart() of any
//   Unicode white space (actions/runner ActionCommand.TryParseV2); [\s\u0085] is that set.
// - GitHub's legacy `##[command]` is found anywhere in a line (ActionCommand.TryParse takes
//   IndexOf("##[")), as is Azure Pipelines' `##vso[`; Azure's `##[group]`-style formatting
//   commands need the line start. So `##[` and `##vso[` are broken wherever they appear.
const COMMAND_START = /^[\s\u0085]*:(?=:)/gm;
const LEGACY_COMMAND = /#(?=#(?:vso)?\[)/gi;
// darien's own workflow commands (`--format github`): its properties are escaped so that they hold
// no ":", and its message no line break, so only darien can have written a line of this shape.
const OWN_COMMAND = /^::(?:error|warning|notice) [^:\r\n]*::/;

export interface GuardOptions {
  /** The output is darien's own GitHub workflow commands, which alone may start a line with "::". */
  readonly commands?: boolean;
}

/**
 * The last step of every write to stdout or stderr: no line of darien's output can be read by a
 * CI runner as a command. A colon that would open `::` at a line's start is written `\u003a`, and
 * the first "#" of `##[` or `##vso[` is written `\u0023`: in JSON strings and YAML double-quoted
 * strings (the only places JSON and extract's YAML can hold these) that is the same character, so
 * their data is unchanged; on a terminal it reads as the escape it is. The formatters keep
 * untrusted text from starting a line in the first place; this makes the rule hold even if one
 * of them, or a format added later, does not.
 */
export function guardOutput(text: string, options: GuardOptions = {}): string {
  let out = text;
  if (out.includes('#')) out = out.replace(LEGACY_COMMAND, '\\u0023');
  if (!out.includes('::')) return out;
  const guarded = out;
  return guarded.replace(COMMAND_START, (found: string, offset: number) => {
    const atLineStart = found === ':' && (offset === 0 || /[\r\n]/.test(guarded[offset - 1]!));
    const lineEnd = guarded.indexOf('\n', offset);
    if (options.commands && atLineStart && OWN_COMMAND.test(guarded.slice(offset, lineEnd < 0 ? undefined : lineEnd))) return found;
    return `${found.slice(0, -1)}\\u003a`;
  });
}

const NEEDS_QUOTING = new RegExp(`${UNSAFE.source}|[\\r\\n\\t]|##(?:vso)?\\[`, 'i');

/**
 * Whether a YAML string must be double-quoted: it holds a line break or tab, or something that
 * escapeUnicode() or guardOutput() rewrite as a \u escape, which only a double-quoted string reads
 * back as the character.
 */
export function needsQuoting(text: string): boolean {
  return NEEDS_QUOTING.test(text);
}
