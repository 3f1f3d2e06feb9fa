// The built atlas a benchmark measures: built into a temp folder (leaving dist/ to whoever else is using it, served
// at the root), or dist/ (or OUT_DIR) as it is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBases } from './bases.ts';
import { type SyntheticRegulation, synthesizeSet } from './synthesize.ts';

/** Runs `npm run build` into `outDir` (at the root, with `env` added); the error's last output lines if it fails. */
export function buildAtlas(root: string, outDir: string, env: NodeJS.ProcessEnv = {}): { ms: number; error?: string } {
  const buildEnv: NodeJS.ProcessEnv = { ...process.env, ...env, OUT_DIR: outDir };
  delete buildEnv.BASE_PATH; // measured at the root
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, env: buildEnv, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  if (build.status === 0) return { ms };
  const tail = `${build.stdout ?? ''}${build.stderr ?? ''}`.split('\n').slice(-40).join('\n');
  return { ms, error: `npm run build failed (${build.error?.message ?? `exit ${build.status}`}):\n${tail}` };
}

export function atlasSite(root: string, outDir: string, reuseDist: boolean): string {
  if (reuseDist) return resolve(root, process.env.OUT_DIR || 'dist');
  const build = buildAtlas(root, outDir);
  if (build.error) {
    console.error(build.error);
    console.error('nothing measured.');
    process.exit(1);
  }
  console.log(`npm run build → ${outDir} in ${(build.ms / 1000).toFixed(1)} s`);
  return outDir;
}

export interface SyntheticAtlas {
  /** The folders to point ATLAS_CONTENT and ATLAS_SEEDS at. */
  content: string;
  seeds: string;
  regulations: SyntheticRegulation[];
  generateMs: number;
}

/** Writes `n` synthetic regulations (synthesize.ts, from the real ones) into `folder`/content and `folder`/seeds. */
export function writeSyntheticAtlas(root: string, folder: string, n: number): SyntheticAtlas {
  const content = join(folder, 'content');
  const seeds = join(folder, 'seeds');
  mkdirSync(content, { recursive: true });
  mkdirSync(seeds, { recursive: true });
  const started = performance.now();
  const regulations = synthesizeSet(readBases(root), n);
  for (const r of regulations) {
    writeFileSync(join(content, `${r.id}.yaml`), r.yaml);
    writeFileSync(join(seeds, `${r.id}.txt`), r.seed);
  }
  return { content, seeds, regulations, generateMs: performance.now() - started };
}
