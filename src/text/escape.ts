/**
 * Text from articles and drafts is untrusted. Each output escapes it for where it lands: a
 * terminal must not receive escape sequences (they can rewrite the screen or the window title), a
 * GitHub workflow command must not be split or forged by a newline, a markdown table cell must not
 * be broken by a pipe.
 */

// C0 and C1 control characters and DEL, and the bidirectional overrides that can make a line read
// differently from what it holds ("Trojan Source").
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x1b) return '\\e';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For the terminal: control characters shown as escapes, line breaks and tabs as spaces. */
export function escapeTerminal(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(UNSAFE, visible);
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
