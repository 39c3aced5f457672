/**
 * V8 flags for the few hundred milliseconds a command spends reading text (lint, extract), set
 * for the reading only and in this process only, never for the API: the flags are put back after
 * it, since V8 refuses a code cache made under other flags than its own (bin/load-bundle.cjs).
 *
 * - `--no-turbo-inlining`: reading runs a few large functions (readText, findFigures) hot from the
 *   first sentence, in a process that lives well under a second. V8's optimising compiler, inlining
 *   their callees, spends longer compiling them than they then save: without inlining, lint on the
 *   bench's 1 MB draft took 933 ms against 976 (medians of 11 interleaved runs, eleventh session).
 *
 * Regular expressions are compiled to machine code at once for the whole run, not here: bin/load-bundle.cjs
 * says why. Toggled here, the flag crashed V8 (a segmentation fault) in a process that ran many
 * commands, as the property tests do.
 */
import { setFlagsFromString } from 'node:v8';

export function whileReading<T>(read: () => T): T {
  setFlagsFromString('--no-turbo-inlining');
  try {
    return read();
  } finally {
    setFlagsFromString('--turbo-inlining');
  }
}
