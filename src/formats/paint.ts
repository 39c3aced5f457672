/**
 * Colour for the formatters, as a chalk instance they are handed. Without colour (not a terminal,
 * NO_COLOR) they get `plain`, whose every style returns the text unchanged, and chalk is never
 * loaded: a few milliseconds of `darien check`'s start-up budget.
 */
import type { ChalkInstance } from 'chalk';

const identity = (...text: unknown[]): string => text.join(' ');
// Not a thenable: `await painter(false)` must resolve to it, not call it as `then`.
export const plain: ChalkInstance = new Proxy(identity, { get: (_target, key) => (key === 'then' ? undefined : plain) }) as unknown as ChalkInstance;

export async function painter(color: boolean): Promise<ChalkInstance> {
  if (!color) return plain;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
