// Loads darien's bundle (dist/bundle/darien.cjs) through V8's code cache.
//
// Why: most of a short run's time (`darien check` on a small registry, a CI job linting three
// drafts) is V8 parsing and compiling darien's own code, the same code on every run. Node 20 has no
// compile cache for ES modules (module.enableCompileCache() came in Node 22), so the bundle is one
// CommonJS file run through vm.Script, whose bytecode V8 can save (createCachedData) and take back
// on the next run. The build writes the cache after a warm-up run (src/build/code-cache.ts); a run
// that finds none, or finds it rejected (another Node, another bundle), writes it once, after its
// own work is done. The file's name holds a hash of the bundle and of Node's V8 version, because V8
// itself checks only the source's length. DARIEN_CODE_CACHE=off neither reads nor writes it.
// CommonJS, as is the launcher: an ES module entry point starts Node's ES module loader, about
// 5 ms of every run here that darien itself never needs.
'use strict';
const { createHash } = require('node:crypto');
const { accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

// No V8 flag is set here. `--no-regexp-tier-up` (the reader's regular expressions compiled to
// machine code at once) made `darien lint` some 10% faster, but V8 flags changed in a running
// process are unsafe: set here, `darien check` on the bench's worst registries died of a
// segmentation fault in 3 of 60 runs, against 0 of 60 without it (twenty-eighth session, as the
// eighteenth and twentieth had found for lint). A fast tool that sometimes crashes is no gate.

// The CommonJS wrapper, on one line, so that the bundle's line numbers in a stack trace hold, with
// one more parameter: `import()` for the packages left out of the bundle (vega, for charts). A
// script may not call `import()` itself on Node 20 without --experimental-vm-modules
// (src/import-package.ts); this module's own resolves them as a module of darien's would.
const HEAD = '(function (exports, require, module, __filename, __dirname, __darienImport) { ';
const TAIL = '\n})';
const importPackage = (specifier) => import(specifier);

/** Where the code cache of this bundle's bytes, for this Node, is kept: beside the bundle. */
function codeCachePath(bundle, bytes) {
  const hash = createHash('sha1').update(bytes).update(`\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 16);
  return join(dirname(bundle), `darien-${hash}.v8-cache`);
}

/**
 * Runs the bundle's top level and returns its exports, with `saveCodeCache()`, which writes the
 * cache; `needsCodeCache` says this run had none to use. `fresh` leaves an existing cache unread
 * (the build's warm-up). Throws what reading the bundle throws (ENOENT when it is not built).
 */
function loadBundle(bundle, { codeCache = process.env.DARIEN_CODE_CACHE !== 'off', fresh = false } = {}) {
  // Hashed as bytes: hashing the decoded text would encode it to UTF-8 again.
  const bytes = readFileSync(bundle);
  const source = bytes.toString('utf8');
  const cachePath = codeCache ? codeCachePath(bundle, bytes) : null;
  let cachedData;
  try {
    if (cachePath && !fresh) cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(HEAD + source + TAIL, { filename: bundle, cachedData });
  const loaded = { exports: {} };
  script.runInThisContext()(loaded.exports, createRequire(bundle), loaded, bundle, dirname(bundle), importPackage);
  const needsCodeCache = cachePath !== null && (cachedData === undefined || script.cachedDataRejected === true);
  return { exports: loaded.exports, needsCodeCache, saveCodeCache: () => cachePath !== null && saveCodeCache(script, cachePath) };
}

/**
 * Writes the cache whole or not at all (a temporary file renamed over it), and never fails the run:
 * an install darien cannot write to (a global one, read-only) just goes without. Returns whether it
 * was written.
 */
function saveCodeCache(script, path) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    // Checked first: making the cache costs a few milliseconds that a read-only install would pay
    // on every run for nothing.
    accessSync(dirname(path), constants.W_OK);
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, path);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

module.exports = { codeCachePath, loadBundle };
