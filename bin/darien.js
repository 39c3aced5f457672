#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm install` through the prepare script).
import('../dist/cli/main.js').then(
  (cli) => cli.main(process.argv),
  (error) => {
    process.stderr.write(`darien: cannot start (${error && error.code === 'ERR_MODULE_NOT_FOUND' ? 'not built: run npm install or npm run build' : String(error && error.message)})\n`);
    process.exitCode = 2;
  },
);
