#!/usr/bin/env node
/**
 * `npm run schema`: writes the registry's JSON Schemas (schema/*.schema.json) from the valibot
 * schemas in src/registry/schema.ts, through the built code (dist/). With --check, writes nothing
 * and exits 1 when a committed file differs from what would be written (tests/registry/json-schema
 * asserts the same).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { registryJsonSchemas } from '../dist/registry/json-schema.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
const check = process.argv.includes('--check');
let stale = 0;
for (const { file, text } of registryJsonSchemas(toJsonSchema)) {
  const path = join(dir, file);
  let old = null;
  try {
    old = readFileSync(path, 'utf8');
  } catch {}
  if (old === text) continue;
  stale++;
  if (check) {
    process.stderr.write(`schema/${file} is not what src/registry/schema.ts gives: run npm run schema\n`);
    continue;
  }
  // Written whole, then moved into place: never a half-written schema.
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  process.stdout.write(`wrote schema/${file}\n`);
}
process.exitCode = check && stale > 0 ? 1 : 0;
