/**
 * Colour for the formatters, as a chalk instance they are handed. Without colour (not a terminal,
 * NO_COLOR, or chalk's detection says none) they get `plain`, whose every style returns the text
 * unchanged; where colour is not possible at all chalk is never loaded, a few milliseconds of
 * `darien check`'s start-up budget.
 */
import type { ChalkInstance } from 'chalk';

const identity = (...text: unknown[]): string => text.join(' ');
// Not a thenable: `await painter(false)` must resolve to it, not call it as `then`.
export const plain: ChalkInstance = new Proxy(identity, { get: (_target, key) => (key === 'then' ? undefined : plain) }) as unknown as ChalkInstance;

/**
 * `color`: whether colour is possible (outputSettings in src/cli/io.ts). Then chalk's own
 * detection has the last word: FORCE_COLOR=0, TERM=dumb or a terminal without colour give none.
 */
export async function painter(color: boolean): Promise<ChalkInstance> {
  if (!color) return plain;
  const { default: chalk } = await import('chalk');
  return chalk.level > 0 ? chalk : plain;
}

/** The same decision as a yes or no, for the editors' formatters that make their own chalk. */
export async function colourOn(color: boolean): Promise<boolean> {
  return (await painter(color)) !== plain;
}
