// The full rules the checker page can load, as the built site holds them (dist/check/rules.json and its files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckInput } from '../../src/lib/eligibility/engine.ts';
import { type IndexedRules, withFullRules } from '../../src/lib/eligibility/split.ts';
import { DIST } from './paths.ts';

/** Each entry of the index with its full rules, as the page puts them together (the index carries successions). */
export function builtRules(dist = DIST): CheckInput[] {
  const index = JSON.parse(readFileSync(join(dist, 'check/rules.json'), 'utf8')) as { regulations: IndexedRules[] };
  return index.regulations.map((e) =>
    withFullRules(e, JSON.parse(readFileSync(join(dist, 'check/rules', `${e.id}.json`), 'utf8')) as CheckInput),
  );
}
