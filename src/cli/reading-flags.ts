/**
 * V8 flags for the few hundred milliseconds a command spends reading text (lint, extract), set
 * for the reading only and in this process only, never for the API: the flags are put back after
 * it, since V8 refuses a code cache made under other flags than its own (bin/load-bundle.cjs).
 *
 * - `--no-turbo-inlining`: reading runs a few large functions (readText, findFigures) hot from the
 *   first sentence, in a process that lives well under a second. V8's optimising compiler, inlining
 *   their callees, spends longer compiling them than they then save: without inlining, lint on the
 *   bench's 1 MB draft took 933 ms against 976 (medians of 11 interleaved runs, eleventh session).
 * - `--no-regexp-tier-up`: the reader's rules are regular expressions, several hundred of them,
 *   many large alternations over Unicode letter classes. By default V8 first compiles each to
 *   bytecode for its interpreter and compiles it again, to machine code, once it has run, so the
 *   first sentences of any text pay for two compilations of every rule. Compiled once, to machine
 *   code: lint on the bench's short draft (3,392 bytes) took 265 ms against 375, on the 1 MB draft
 *   1,415 against 1,526 (medians of 7 runs). A regular expression is compiled when it first runs,
 *   so the reader's are all compiled under the flag; `darien check`, which runs few, keeps the default.
 */
import { setFlagsFromString } from 'node:v8';

export function whileReading<T>(read: () => T): T {
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--no-regexp-tier-up');
  try {
    return read();
  } finally {
    setFlagsFromString('--regexp-tier-up');
    setFlagsFromString('--turbo-inlining');
  }
}
