// The five real regulations, read as the synthetic sets' bases (content file and seed text).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BaseRegulation } from './synthesize.ts';

export function readBases(root: string): BaseRegulation[] {
  const content = join(root, 'content', 'regulations');
  return readdirSync(content)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const id = f.replace(/\.ya?ml$/, '');
      return {
        id,
        yaml: readFileSync(join(content, f), 'utf8'),
        seed: readFileSync(join(root, 'seeds', `${id}.txt`), 'utf8'),
      };
    });
}
