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
 * Not `--no-regexp-tier-up` (compile the reader's regular expressions straight to machine code),
 * though it took lint of the bench's short draft from 375 to 231 ms: set by the launcher, V8 died of
 * a segmentation fault in one run of 60 linting a folder of drafts (twentieth session, as in the
 * eighteenth); toggled here around the reading, it crashed the property tests' process.
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
