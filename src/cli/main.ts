/**
 * The command line: parse arguments, hand each command to its module, map failures to exit codes.
 * Commands load what they need when they run, so `darien check` never pays for the text readers.
 */
import { Command, CommanderError } from 'commander';
import { registerCheck } from './check.js';
import { registerClaims } from './claims.js';
import { registerExtract } from './extract.js';
import { registerLint } from './lint.js';
import { registerSources } from './sources.js';
import { registerTimeline } from './timeline.js';
import { escapeControls, escapeTerminal } from '../text/escape.js';
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

export async function main(argv: readonly string[]): Promise<void> {
  guardOutput(process.stdout);
  const program = new Command();
  program
    .name('darien')
    .description('Fact-checker for numeric claims: cross-checks a registry of figures from news articles')
    .version('0.1.0')
    .exitOverride()
    // Commander quotes arguments back ("unknown option '…'"), and an argument can hold anything: its
    // control characters are shown as escapes, and a line break inside it starts an indented line,
    // never one of its own (commander's messages are one line, then the line break that ends it).
    .configureOutput({ writeOut: (text) => writeOut(text), writeErr: (text) => writeErr(escapeControls(text).replace(/\r\n?/g, '\n').replace(/\n(?=[^]*\S)/g, '\n  ')) });
  registerCheck(program);
  registerSources(program);
  registerClaims(program);
  registerTimeline(program);
  registerLint(program);
  registerExtract(program);
  // Every bad option of a run at once: each action reports its unknown options with the rest.
  for (const command of program.commands) noteEveryUnknownOption(command);
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; a bad option or argument is a usage error, 2.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.exitCode = handleFailure(error);
  }
}
