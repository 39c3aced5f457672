/**
 * A fingerprint of the code that reads registry files into the model's inputs (parser, schemas,
 * validation, the loader). The cache keeps validated inputs under it, so a new darien, or any
 * edit to that code, never reuses what an older one validated. Built from the files the modules
 * are loaded from: the bundle's chunks that hold them, or (tests, dist/) the modules themselves.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The fingerprint of the files behind these module URLs (each file once); null if one cannot be read. */
export function codeFingerprint(moduleUrls: readonly string[]): string | null {
  try {
    // Node's own hash: a loop over some 200 kB of bundle in JavaScript cost ~8 ms of start-up.
    const hash = createHash('sha1');
    for (const url of new Set(moduleUrls)) hash.update(readFileSync(fileURLToPath(url)));
    return hash.digest('hex').slice(0, 16);
  } catch {
    return null;
  }
}
