// Reads a content, rule case or seed file only if it is a file within MAX_CONTENT_FILE_BYTES,
// measured before reading, so that a file of gigabytes costs nothing. Node-only (reads files).
import { readFileSync, statSync } from 'node:fs';
import type { ContentProblem } from './problems.ts';
import { fileSizeProblem } from './yaml-bounds.ts';

/** The file's bytes, or the problem that keeps it from being read (reported at `field`). */
export function readBounded(path: string, file: string, field = ''): { bytes: Buffer } | { problem: ContentProblem } {
  const stats = statSync(path);
  if (!stats.isFile()) return { problem: { file, field, message: 'not a file: expected a text file' } };
  const tooLarge = fileSizeProblem(file, stats.size, field);
  return tooLarge ? { problem: tooLarge } : { bytes: readFileSync(path) };
}
