// The full rules the checker page can load, as the built site holds them (dist/check/rules.json and its files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckInput } from '../../src/lib/eligibility/engine.ts';
import { DIST } from './paths.ts';

export function builtRules(dist = DIST): CheckInput[] {
  const index = JSON.parse(readFileSync(join(dist, 'check/rules.json'), 'utf8')) as { regulations: CheckInput[] };
  return index.regulations.map(
    (e) => JSON.parse(readFileSync(join(dist, 'check/rules', `${e.id}.json`), 'utf8')) as CheckInput,
  );
}
