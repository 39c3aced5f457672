/** What every command shares: output settings from the environment, and turning errors into exit codes. */
import type { Command } from 'commander';
import type { CommandSettings } from '../config/cli.js';
import { InputError, formatProblem, type Problem } from '../registry/problems.js';
import { didYouMean } from '../registry/suggest.js';
import { displayPath, escapeTerminal, guardOutput, type GuardOptions } from '../text/escape.js';

export interface Output {
  readonly width: number;
  readonly color: boolean;
  /** JSON indented for a reader on a terminal, on one line for a program (as gh --json does). */
  readonly pretty: boolean;
}

/** A stream as far as its size goes: process.stdout and process.stderr, or a test's stand-in. */
export type Terminal = Pick<NodeJS.WriteStream, 'isTTY' | 'columns'>;

/**
 * The width is the terminal's: stdout's, else (piped into `less` or `grep`) stderr's, which is
 * still the terminal the person reads, else COLUMNS, else 80.
 *
 * Colour is chalk's own decision (its supports-color reads FORCE_COLOR, TERM, CI and the stream),
 * with NO_COLOR (https://no-color.org: any non-empty value) and --no-color on top. FORCE_COLOR
 * wins over NO_COLOR, as in Node itself: it is the more deliberate of the two. `color` here only
 * says colour is possible; painter() (src/formats/paint.ts) loads chalk and asks it, so a run that
 * cannot be coloured (piped, no FORCE_COLOR) never pays for loading chalk.
 */
export function outputSettings(stream: Terminal, env: NodeJS.ProcessEnv, colorFlag?: boolean, other: Terminal = process.stderr): Output {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const color = colorFlag !== false && (env.FORCE_COLOR !== undefined || (!noColor && stream.isTTY === true));
  return { width: terminalWidth(stream, env, other), color, pretty: stream.isTTY === true };
}

/** The settings for an editor's terminal format on stdout: colour decided by chalk (painter() in paint.ts), widths loaded. */
export async function terminalOutput(colorFlag?: boolean): Promise<Output> {
  const settings = outputSettings(process.stdout, process.env, colorFlag);
  const { colourOn } = await import('../formats/paint.js');
  const { loadTextWidth } = await import('../text/wrap.js');
  await loadTextWidth();
  return { ...settings, color: await colourOn(settings.color) };
}

export function terminalWidth(stream: Terminal, env: NodeJS.ProcessEnv, other: Terminal = process.stderr): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  if (other.isTTY && other.columns) return other.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}

/**
 * Everything darien prints goes through these two, so that guardOutput() (src/text/escape.ts) is
 * the last word on every line of stdout and stderr: none can be read by a CI runner as a command.
 */
export function writeOut(text: string, options: GuardOptions = {}): void {
  process.stdout.write(guardOutput(text, options));
}

export function writeErr(text: string): void {
  process.stderr.write(guardOutput(text));
}

/**
 * A problem as the one stderr line it must stay: its path and message can hold a draft's or a
 * YAML file's text (a file named with "\e]0;…" or a line break), which would otherwise reach the
 * terminal as live escape sequences or forge a problem line of its own. The line starts with the
 * path, as editors and compilers print `file:line:column: message` and editors parse it; a name
 * that could pass for a CI command ("::warning::x.md") or for darien's own words is shown as
 * "./::warning::x.md", the same file (displayPath).
 */
export function problemLine(problem: Problem): string {
  return escapeTerminal(formatProblem({ ...problem, file: displayPath(problem.file) }));
}

/** Exit 2 with one line per problem; anything unexpected is still one line, never a stack trace. */
export function handleFailure(error: unknown): number {
  if (error instanceof InputError) {
    for (const problem of error.problems) writeErr(`${problemLine(problem)}\n`);
    writeErr(`darien: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was checked\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    // One line per problem; an argument quoted back (a path, a --format value) is escaped like any
    // other untrusted text, so a line break inside it cannot start a line of its own.
    for (const problem of error.problems) writeErr(`darien: ${escapeTerminal(problem)}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeErr(`darien: internal error: ${escapeTerminal(message.split('\n')[0]!)} (set DARIEN_DEBUG=1 for details)\n`);
  if (process.env.DARIEN_DEBUG) writeErr(`${(error as Error).stack ?? ''}\n`);
  return 2;
}

/**
 * Stops the run when its options or its config file (located problems) are bad, reporting both
 * kinds in one run: the config's lines first, then the options' (exit 2 either way).
 */
export function stopOnProblems(usage: readonly string[], located: readonly Problem[]): void {
  if (located.length > 0 && usage.length === 0) throw new InputError(located);
  for (const problem of located) writeErr(`${problemLine(problem)}\n`);
  if (usage.length > 0) throw new UsageError(usage);
}

/**
 * For a command that reads the registry without checking it: the config file's registry (and
 * publisher, ignore globs) unless typed, through src/config/cli.ts. A bad config may name the
 * wrong registry, so its problems stop the run here, with the option problems found so far.
 */
export async function readerConfig(command: Command, options: { config?: string | boolean; registry: string }, problems: readonly string[]): Promise<CommandSettings> {
  const { readerSettings } = await import('../config/cli.js');
  const { settings, problems: located } = await readerSettings(command, options);
  if (located.length > 0) stopOnProblems(problems, located);
  return settings;
}

/** Bad arguments: every problem found with them, each its own line of standard error. */
export class UsageError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('; '));
    this.name = 'UsageError';
    this.problems = list;
  }
}

const unknownOptions = new WeakMap<Command, string[]>();

/**
 * Makes `command` take note of every unknown option instead of stopping at the first, as
 * commander does (it classes all that follows an unknown option as unknown, and reports only
 * that first one). Its options after an unknown one are parsed as usual, so the command's own
 * checks of their values run too, and `optionProblems` gives the unknown ones to report with them.
 */
export function noteEveryUnknownOption(command: Command): void {
  const parser = command as unknown as { unknownOption(flag: string): void; _excessArguments(args: string[]): void };
  // An unknown option's value (`export claimreview --author X`) stays among the operands, where
  // commander called it one argument too many and never named the option: the unknown option is
  // the problem, and the action reports it (commander's private hook, checked by the CLI tests).
  const excessArguments = parser._excessArguments;
  parser._excessArguments = function (this: Command, args: string[]): void {
    if (!unknownOptions.has(this)) excessArguments.call(this, args);
  };
  parser.unknownOption = function (this: Command, flag: string): void {
    const start = this.args.indexOf(flag);
    const operands = this.args.slice(0, start);
    const flags = [flag];
    // parseOptions puts the next unknown option, and all after it, in `unknown`: peel them off.
    for (let rest = this.args.slice(start + 1); ; ) {
      const parsed = this.parseOptions(rest);
      operands.push(...parsed.operands);
      if (parsed.unknown.length === 0) break;
      flags.push(parsed.unknown[0]!);
      rest = parsed.unknown.slice(1);
    }
    this.args = operands;
    unknownOptions.set(this, flags);
  };
}

/** The unknown options of the command's run, one problem each; actions report them with their own. */
export function optionProblems(command: Command): string[] {
  const known = command.options.map((option) => option.long).filter((flag): flag is string => flag !== undefined);
  // Long options only, as commander suggests: every one-letter flag is one edit from every other.
  // "--formt=line" is the option "--formt": the suggestion is for the name alone.
  const hint = (flag: string) => (flag.startsWith('--') ? didYouMean(flag.replace(/=.*$/s, ''), known) : '');
  return (unknownOptions.get(command) ?? []).map((flag) => `unknown option '${flag}'${hint(flag)} (see darien ${command.name()} --help)`);
}

/** Why a write failed: "no such file or directory (ENOENT)", without the path Node's message repeats. */
export function systemReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const text = String(message ?? error);
  const reason = /^[A-Z]+: (.+?), \w+ '/.exec(text)?.[1];
  return reason && code ? `${reason} (${code})` : text;
}
