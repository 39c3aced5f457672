#!/usr/bin/env node
// Thin launcher. `npm install` builds dist/ (tsc) and bundles it into dist/bundle/darien.cjs, which
// starts faster, most of all through V8's code cache (bin/load-bundle.cjs says why); dist/cli/main.js
// is the same program unbundled, an ES module.
'use strict';
const { join } = require('node:path');
const { loadBundle } = require('./load-bundle.cjs');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'darien.cjs');

async function load() {
  try {
    return loadBundle(BUNDLE);
  } catch (error) {
    if (error && error.code === 'ENOENT' && error.path === BUNDLE) return { exports: await import('../dist/cli/main.js'), needsCodeCache: false };
    throw error;
  }
}

load().then(
  async (bundle) => {
    await bundle.exports.main(process.argv);
    // After the command's own output: a run that had no cache to use leaves one for the next.
    if (bundle.needsCodeCache) bundle.saveCodeCache();
  },
  (error) => {
    process.stderr.write(`darien: cannot start (${error && error.code === 'ERR_MODULE_NOT_FOUND' ? 'not built: run npm install or npm run build' : String(error && error.message)})\n`);
    process.exitCode = 2;
  },
);
