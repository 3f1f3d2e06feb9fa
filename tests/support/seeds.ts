import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILE_RE } from '../../src/lib/content/load.ts';
import { parseRegulationFile } from '../../src/lib/content/parse-file.ts';
import { parseSource, type ParsedSource } from '../../src/lib/source/parse.ts';
import { CONTENT, SEEDS } from './paths.ts';

const cache = new Map<string, ParsedSource>();

/** The seed texts the content files name (their `source.file`): a new content file adds its text. */
export const SEED_FILES: string[] = readdirSync(CONTENT)
  .filter((f) => CONTENT_FILE_RE.test(f))
  .sort()
  .map((f) => {
    const { data } = parseRegulationFile(f, readFileSync(join(CONTENT, f), 'utf8'));
    return (data as { source: { file: string } }).source.file;
  });

export function rawSeed(file: string): string {
  return readFileSync(join(SEEDS, file), 'utf8');
}

export function parsedSeed(file: string): ParsedSource {
  if (!cache.has(file)) cache.set(file, parseSource(rawSeed(file)));
  return cache.get(file)!;
}
