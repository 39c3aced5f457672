/**
 * Progress for a long run, on a terminal's standard error: one line, redrawn in place, cleared
 * before the report is written. What to show is a pure function of the API's Progress; the writer
 * only decides when to draw.
 *
 * "Expected to take over a second" is read as "has taken a second": nothing is drawn until the
 * process has run 1 s (performance.now() counts from its start), so a run that ends sooner never
 * shows a line, and one that goes on does not sit on a blank screen past the point where a wait
 * feels like a stall. Guessing the time from the number of files would be wrong both ways (a warm
 * cache reads 100,000 claims in half the time of a cold one). Redrawn at most every 100 ms.
 */
import type { OnProgress, Progress } from '../progress.js';
import { writeErr } from './io.js';

/** Formats a program reads: their runs never draw progress, even on a terminal. */
const FOR_PROGRAMS = new Set(['json', 'sarif', 'github']);

/**
 * The variables that say a run is in CI, where logs keep every \r-redrawn line. GitHub Actions
 * sets CI as well, but a step or container that builds its own environment (or a CI=false set to
 * tame another tool) can drop it while GITHUB_ACTIONS stays, and a runner can give a terminal.
 */
const CI_VARIABLES = ['CI', 'GITHUB_ACTIONS'] as const;

/** Whether any CI variable is set to anything but "", "0" or "false". */
function inCI(env: NodeJS.ProcessEnv): boolean {
  return CI_VARIABLES.some((name) => {
    const value = env[name]?.trim().toLowerCase();
    return value !== undefined && value !== '' && value !== '0' && value !== 'false';
  });
}

/**
 * Whether to draw progress: only on a terminal that can overwrite a line (not TERM=dumb), never
 * in CI (inCI), and never for a format a program reads.
 */
export function progressWanted(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv, format: string, output: { readonly isTTY?: boolean } = { isTTY: true }): boolean {
  // Standard output piped (`darien check | tail -1`) is a run a program reads: no progress,
  // though standard error is still the terminal.
  if (stream.isTTY !== true || output.isTTY !== true || env.TERM === 'dumb' || inCI(env)) return false;
  return !FOR_PROGRAMS.has(format);
}

const count = (n: number): string => n.toLocaleString('en-US');

/** The line for a point in the run, cut to the width so that it never wraps (a wrapped line cannot be redrawn). */
export function progressLine(progress: Progress, width: number): string {
  let line: string;
  switch (progress.stage) {
    case 'read-registry':
      line = `darien: reading the registry: ${count(progress.files)} of ${count(progress.of)} files, ${count(progress.claims)} claims`;
      break;
    case 'read-drafts':
      line = `darien: reading drafts: ${count(progress.drafts)} of ${count(progress.of)}`;
      break;
    case 'check-registry':
      line = `darien: checking ${count(progress.claims)} claims: ${progress.check} (check ${progress.checks + 1} of ${progress.of})`;
      break;
    case 'check-drafts':
      line = `darien: checking drafts: ${count(progress.drafts)} of ${count(progress.of)}`;
      break;
  }
  // The last column stays empty: some terminals wrap as soon as it is written.
  return line.slice(0, Math.max(0, width - 1));
}

/** Whether this is the stage's last step: every file read, every draft read or checked. */
export function lastOfStage(progress: Progress): boolean {
  switch (progress.stage) {
    case 'read-registry':
      return progress.files === progress.of;
    case 'read-drafts':
    case 'check-drafts':
      return progress.drafts === progress.of;
    case 'check-registry':
      return progress.checks + 1 === progress.of;
  }
}

export interface ProgressWriter {
  /** For the API's onProgress; undefined when progress is not drawn, so the API pays nothing. */
  readonly update: OnProgress | undefined;
  /** Clears the line if one was drawn. Call before anything else is written. */
  done(): void;
  /** Runs the work, then done(), also when the work throws (its problems are written next). */
  around<T>(work: () => T): T;
}

export interface WriterOptions {
  readonly write?: (text: string) => void;
  readonly width?: () => number;
  readonly now?: () => number;
  /** Milliseconds since the process started before the first line (1,000). */
  readonly after?: number;
  /** Milliseconds between redraws (100). */
  readonly every?: number;
}

/** Draws each update once the run has gone on `after` ms, at most every `every` ms. */
export function progressWriter(options: WriterOptions = {}): ProgressWriter {
  const write = options.write ?? writeErr;
  const width = options.width ?? (() => process.stderr.columns || 80);
  const now = options.now ?? (() => performance.now());
  const after = options.after ?? 1000;
  const every = options.every ?? 100;
  let drawnAt: number | null = null;
  return withAround({
    update(progress) {
      const time = now();
      // The last step of a stage is always drawn: the line stays up while what follows it runs.
      if (time < after || (drawnAt !== null && time - drawnAt < every && !lastOfStage(progress))) return;
      // \r back to the line's start, the line, then ESC [K: erase what a longer line left.
      write(`\r${progressLine(progress, width())}\u001b[K`);
      drawnAt = time;
    },
    done() {
      if (drawnAt !== null) write('\r\u001b[K');
      drawnAt = null;
    },
  });
}

function withAround(writer: Omit<ProgressWriter, 'around'>): ProgressWriter {
  return {
    ...writer,
    around(work) {
      try {
        return work();
      } finally {
        writer.done();
      }
    },
  };
}

const SILENT: ProgressWriter = withAround({ update: undefined, done() {} });

/** The writer for a command's run: drawing on standard error when progressWanted(), else silent. */
export function startProgress(format: string): ProgressWriter {
  return progressWanted(process.stderr, process.env, format, process.stdout) ? progressWriter() : SILENT;
}
