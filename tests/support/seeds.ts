import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource, type ParsedSource } from '../../src/lib/source/parse.ts';
import { SEEDS } from './paths.ts';

const cache = new Map<string, ParsedSource>();

export function rawSeed(file: string): string {
  return readFileSync(join(SEEDS, file), 'utf8');
}

export function parsedSeed(file: string): ParsedSource {
  if (!cache.has(file)) cache.set(file, parseSource(rawSeed(file)));
  return cache.get(file)!;
}
