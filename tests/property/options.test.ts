/** Any command line, real options and bogus ones, right values and hostile ones, keeps the contract. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe } from 'vitest';
import { ROOT } from '../cli/run.js';
import { COMMANDS, draft, draftName, figure, oddText, OPTIONS } from './arbitraries.js';
import { contract, property } from './config.js';
import { runDarien, scratch } from './harness.js';

const REGISTRY = join(ROOT, 'claims');

/** A positional argument: an existing draft, a folder, a missing path, a figure, hostile text. */
const positional = fc.oneof(
  fc.constantFrom('DRAFT', 'DIR', 'MISSING', REGISTRY, join(REGISTRY, 'metrics.yaml'), join(ROOT, 'tests/fixtures/drafts/wrong.md'), 'darien-crossings'),
  figure,
  oddText,
);

const commandLine = fc.tuple(
  fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...COMMANDS) }, { weight: 1, arbitrary: fc.constantFrom('', 'help', 'chek', '--help', '-V') }),
  fc.boolean(),
).chain(([command, withRegistry]) =>
  fc.tuple(fc.constant(command), command in OPTIONS ? OPTIONS[command as keyof typeof OPTIONS] : fc.constant([]), fc.array(positional, { maxLength: 3 }), fc.constant(withRegistry), draftName, draft),
);

describe('property: option lists', () => {
  property(
    'any command line keeps the contract',
    commandLine,
    async ([command, options, positionals, withRegistry, name, text]) => {
      const { dir, remove } = scratch();
      try {
        const draftPath = join(dir, name);
        writeFileSync(draftPath, text);
        const paths = positionals.map((p) => (p === 'DRAFT' ? draftPath : p === 'DIR' ? dir : p === 'MISSING' ? join(dir, 'missing.md') : p));
        const registry = withRegistry && command !== 'check' ? ['--registry', REGISTRY] : [];
        const args = [...(command === '' ? [] : [command]), ...registry, ...options, ...paths];
        return contract(await runDarien(args), { [draftPath]: text });
      } finally {
        remove();
      }
    },
    200,
  );
});
