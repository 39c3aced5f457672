/**
 * darien run in this process, and the contract every run must keep whatever it was given.
 *
 * Spawning the CLI costs ~150 ms a run; thousands of generated cases need the CLI's own main()
 * called in-process with its standard output and error captured. Standard input is not driven
 * here (reading fd 0 would block the test process): generated drafts are written to files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface Run {
  readonly args: readonly string[];
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What main() let escape, if anything: itself a breach of the contract. */
  readonly thrown?: unknown;
}

type Write = typeof process.stdout.write;

// The harness replaces process.exitCode and the two writers for the duration of one run; runs
// must not overlap (fast-check runs the cases of a property one after another).
let running = false;

export async function runDarien(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  if (running) throw new Error('runDarien: runs must not overlap');
  running = true;
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  const listeners = process.stdout.listeners('error');
  const savedEnv: Record<string, string | undefined> = {};
  const forced: Record<string, string | undefined> = { NO_COLOR: '1', FORCE_COLOR: undefined, COLUMNS: '80', GITHUB_STEP_SUMMARY: undefined, DARIEN_DEBUG: undefined, ...env };
  for (const [key, value] of Object.entries(forced)) {
    savedEnv[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const capture = (into: string[]): Write =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as Write;
  let thrown: unknown;
  process.exitCode = undefined;
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  try {
    await main(['node', 'darien', ...args]);
  } catch (error) {
    thrown = error;
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    // main() guards stdout with an 'error' listener per call; one process, many calls.
    for (const listener of process.stdout.listeners('error')) {
      if (!listeners.includes(listener)) process.stdout.off('error', listener as (...a: unknown[]) => void);
    }
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    running = false;
  }
  const code = process.exitCode;
  process.exitCode = undefined;
  return { args, status: typeof code === 'number' ? code : Number(code ?? 0), stdout: out.join(''), stderr: err.join(''), ...(thrown === undefined ? {} : { thrown }) };
}

// A problem darien locates: "<file>:<line>:<column>: what is wrong".
const LOCATED = /^.+:\d+:\d+: ./s;
// The lines darien writes itself: "darien: …" (usage problems, totals, write failures).
const DARIEN_LINE = /^darien: \S/s;
// A stack frame, as Node prints them.
const STACK_FRAME = /^\s+at .+(?:\(.*:\d+:\d+\)|:\d+:\d+)$/m;
// A GitHub workflow command as formatGithub writes it: darien's own start, escaped properties.
const GITHUB_COMMAND = /^::(?:error|warning|notice) file=[^:,\n]*,line=\d+(?:,col=\d+)?(?:,endLine=\d+)?(?:,endColumn=\d+)?,title=[^:,\n]*::/;
// The headings the markdown formats write: "## Claims: …", "### <metric>".
const MARKDOWN_HEADING = /^#{2,3} \S/;

/**
 * Lines as CI runners read them (the GitHub and Azure agents split on LF, CR and CRLF, as .NET's
 * ReadLine does) and as a terminal shows them (CR returns to the line's start). Unicode's NEL, line
 * and paragraph separators start no workflow command there, so they are not line breaks here.
 */
function lines(text: string): string[] {
  const all = text.split(/\r\n|[\n\r]/);
  if (all.at(-1) === '') all.pop();
  return all;
}

/** The start of a line with its particulars (digits, quoted text) blurred: what a failure class is named by. */
function shape(line: string, length = 12): string {
  return `“${line.slice(0, length).replace(/\d+/g, 'N').replace(/"[^"]*"?/g, '"…"')}”`;
}

/** The value of --format/-f in a command line, as commander would read it (last one wins). */
export function formatOf(args: readonly string[]): string {
  let format = 'table';
  args.forEach((arg, i) => {
    if ((arg === '--format' || arg === '-f') && i + 1 < args.length) format = args[i + 1]!;
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-f') && arg.length > 2) format = arg.slice(2);
  });
  return format;
}

/**
 * Every way a run broke the contract, as short sentences (empty: it kept it). The contract is the
 * issue's: exit 0, 1 or 2; every standard-error line a located problem or a line darien writes
 * itself; no internal error or stack trace; no output line that starts with "::" or "##" other
 * than the commands and headings darien itself starts a line with.
 */
export function breaches(run: Run): string[] {
  const found: string[] = [];
  if (run.thrown !== undefined) found.push(`main() threw: ${String((run.thrown as Error)?.stack ?? run.thrown).split('\n').slice(0, 3).join(' | ')}`);
  if (![0, 1, 2].includes(run.status)) found.push(`exit status ${run.status}`);
  for (const line of lines(run.stderr)) {
    // A line that starts with "::" or "##" is reported below, as forged; once is enough.
    if (line.startsWith('::') || line.startsWith('##')) continue;
    if (!LOCATED.test(line) && !DARIEN_LINE.test(line)) found.push(`stderr line neither located nor darien's (starts ${shape(line)}): ${JSON.stringify(line.slice(0, 200))}`);
  }
  for (const [name, text] of [['stdout', run.stdout], ['stderr', run.stderr]] as const) {
    const internal = /internal error.*/i.exec(text)?.[0];
    if (internal) found.push(`${name} reports an internal error (${shape(internal, 80)}): ${JSON.stringify(internal.slice(0, 300))}`);
    if (STACK_FRAME.test(text)) found.push(`${name} holds a stack trace`);
  }
  const format = formatOf(run.args);
  for (const [name, text] of [['stdout', run.stdout], ['stderr', run.stderr]] as const) {
    for (const line of lines(text)) {
      const githubOwn = name === 'stdout' && format === 'github' && GITHUB_COMMAND.test(line);
      const markdownOwn = name === 'stdout' && format === 'markdown' && MARKDOWN_HEADING.test(line);
      if ((line.startsWith('::') && !githubOwn) || (line.startsWith('##') && !markdownOwn)) {
        const where = name === 'stdout' ? `${name}, ${shape(format, 10)} format` : name;
        found.push(`${where} line starts with untrusted text (${shape(line)}): ${JSON.stringify(line.slice(0, 200))}`);
      }
    }
  }
  return found;
}

/** A fresh folder for one case's files, removed by the returned function. */
export function scratch(prefix = 'darien-prop-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
