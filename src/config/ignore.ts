/**
 * The config's `ignore:` globs as a test of an absolute path. picomatch rather than hand-written
 * matching: `**`, `{a,b}`, character classes and negation behave as in .gitignore-era tools and
 * ESLint's `ignores`; Node's own path.matchesGlob is experimental in Node 20 and warns on stderr.
 * Loaded only when a config names globs.
 */
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';

type Matcher = (path: string) => boolean;
type Picomatch = (globs: string | string[], options?: { dot?: boolean }) => Matcher;

/** Whether an absolute path is ignored: its path from `base` (the config's folder) matches a glob. */
export function ignoreTest(globs: readonly string[], base: string): ((absolute: string) => boolean) | undefined {
  if (globs.length === 0) return undefined;
  const picomatch = createRequire(import.meta.url)('picomatch') as Picomatch;
  // A glob with no "/" matches a name at any depth ("*.draft.md"), as in .gitignore.
  const matches = picomatch(globs.map((glob) => (glob.includes('/') ? glob.replace(/^\.\//, '') : `**/${glob}`)), { dot: true });
  return (absolute) => {
    const path = relative(base, absolute).split(sep).join('/');
    return !path.startsWith('../') && matches(path);
  };
}
