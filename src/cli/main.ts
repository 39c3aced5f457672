/**
 * The command line: parse arguments, hand each command to its module, map failures to exit codes.
 * Commands load what they need when they run, so `darien check` never pays for the text readers.
 */
import { Command, CommanderError } from 'commander';
import { registerCheck } from './check.js';
import { registerClaims } from './claims.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerImport } from './import.js';
import { registerLint } from './lint.js';
import { registerSources } from './sources.js';
import { registerTimeline } from './timeline.js';
import { escapeTerminal } from '../text/escape.js';
import { handleFailure, noteEveryUnknownOption, writeErr, writeOut } from './io.js';

/**
 * A reader that stops early (`darien check --format json | head`) closes the pipe under us. That is
 * the reader's choice, not a failure: stop quietly with the exit code already decided. Any other
 * output error is one line and exit 2, never Node's unhandled-error stack trace.
 */
function guardOutput(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      writeErr(`darien: cannot write the output (${escapeTerminal(error.code ?? error.message)})\n`);
      process.exitCode = 2;
    }
    process.exit();
  });
}

/**
 * Commander's own errors ("error: unknown option '--x'\n(Did you mean --format?)") quote the
 * arguments back: an argument holding a line break and "::error::" would start a forged line of
 * standard error. Each becomes one escaped line in darien's form, like every other usage problem.
 */
function usageLine(text: string, write: (text: string) => void): void {
  write(`darien: ${escapeTerminal(text.replace(/^error: /, '').trim())}\n`);
}

const NO_COMMAND = 'give a command: check, sources, claims, timeline, lint, extract or import (darien --help says more)';

export async function main(argv: readonly string[]): Promise<void> {
  guardOutput(process.stdout);
  // What commander writes to standard error, held until it is known whether it is a usage line
  // (written as is) or the whole help shown as an error (replaced by one line).
  const held: string[] = [];
  const program = new Command();
  program
    .name('darien')
    .description('Fact-checker for numeric claims: cross-checks a registry of figures from news articles')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (text) => writeOut(text), writeErr: (text) => void held.push(text), outputError: usageLine });
  registerCheck(program);
  registerSources(program);
  registerClaims(program);
  registerTimeline(program);
  registerLint(program);
  registerExtract(program);
  registerExport(program);
  registerImport(program);
  // Every bad option of a run at once: each action reports its unknown options with the rest.
  for (const command of program.commands) noteEveryUnknownOption(command);
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; a bad option or argument is a usage error, 2. With no command, or
      // `darien help <no such command>`, commander prints the whole help to standard error: a
      // usage problem is one line there.
      if (error.code === 'commander.help' && error.exitCode !== 0) held.splice(0, held.length, `darien: ${NO_COMMAND}\n`);
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.exitCode = handleFailure(error);
  } finally {
    for (const text of held) writeErr(text);
  }
}
