/**
 * A fingerprint of the code that reads registry files into the model's inputs (parser, schemas,
 * validation, the loader). The cache keeps validated inputs under it, so a new darien, or any
 * edit to that code, never reuses what an older one validated. Built from the modules' own files:
 * in the bundle they share one chunk, and unbundled (tests, dist/) they are separate files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** FNV-1a, two 32-bit lanes with different offsets: 64 bits, enough to tell versions apart. */
export function fingerprintOf(parts: readonly Uint8Array[]): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      a = Math.imul(a ^ part[i]!, 0x01000193) >>> 0;
      b = Math.imul(b ^ part[i]!, 0x01000193 ^ 0x5bd1e995) >>> 0;
    }
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The fingerprint of the files behind these module URLs (each file once); null if one cannot be read. */
export function codeFingerprint(moduleUrls: readonly string[]): string | null {
  try {
    return fingerprintOf([...new Set(moduleUrls)].map((url) => readFileSync(fileURLToPath(url))));
  } catch {
    return null;
  }
}
