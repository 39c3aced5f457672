#!/usr/bin/env node
// Thin launcher. `npm install` builds dist/ (tsc) and bundles it into dist/bundle/, which
// starts faster; dist/cli/main.js is the same program unbundled.
const load = () => import('../dist/bundle/darien.mjs').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('darien.mjs')) return import('../dist/cli/main.js');
  throw error;
});
load().then(
  (cli) => cli.main(process.argv),
  (error) => {
    process.stderr.write(`darien: cannot start (${error && error.code === 'ERR_MODULE_NOT_FOUND' ? 'not built: run npm install or npm run build' : String(error && error.message)})\n`);
    process.exitCode = 2;
  },
);
