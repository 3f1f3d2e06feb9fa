// A content file's `source` pins its seed file by SHA-256: seeds are never
// edited, so a text that no longer matches its hash has been changed since it
// was coded, and every citation checked against it proves nothing about the
// text as published. Node-only (hashes with node:crypto).
import { createHash } from 'node:crypto';
import type { ContentProblem } from './problems.ts';

/** The SHA-256 of a seed file's bytes, as `sha256sum` prints it. */
export const sha256Of = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The problem of a seed whose bytes do not match the hash its content file records, or nothing.
 * The message names the seed and both hashes, and what to do about each cause.
 */
export function checkSeedHash(
  file: string,
  seed: { name: string; bytes: Uint8Array },
  expected: string,
  line: () => number | undefined,
): ContentProblem | undefined {
  const actual = sha256Of(seed.bytes);
  if (actual === expected) return undefined;
  return {
    file,
    line: line(),
    field: 'source.sha256',
    message: `seeds/${seed.name} does not match its recorded hash: expected sha256 ${expected}, actual ${actual}. Seeds are never edited: restore the text as published; a new text of the regulation is a new seed file, with its own hash in source.sha256`,
  };
}
