// `npm run test:scale`'s build: N synthetic regulations (bench/lib/synthesize.ts,
// default 1,000) built into .scale/out, for the browser tests that check the
// comparison and the checker stay usable at that size (ATLAS_SCALE_DIST).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBases } from '../../bench/lib/bases.ts';
import { synthesizeSet } from '../../bench/lib/synthesize.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const n = Number(process.argv[2] ?? 1000);
const folder = join(ROOT, '.scale');
rmSync(folder, { recursive: true, force: true });
for (const sub of ['content', 'seeds']) mkdirSync(join(folder, sub), { recursive: true });
for (const r of synthesizeSet(readBases(ROOT), n)) {
  writeFileSync(join(folder, 'content', `${r.id}.yaml`), r.yaml);
  writeFileSync(join(folder, 'seeds', `${r.id}.txt`), r.seed);
}
const built = spawnSync('npm', ['run', 'build'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    ATLAS_CONTENT: join(folder, 'content'),
    ATLAS_SEEDS: join(folder, 'seeds'),
    OUT_DIR: join(folder, 'out'),
  },
});
process.exit(built.status ?? 1);
