// The built atlas a benchmark measures: built into a temp folder (leaving dist/ to whoever else is using it, served
// at the root), or dist/ (or OUT_DIR) as it is.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export function atlasSite(root: string, outDir: string, reuseDist: boolean): string {
  if (reuseDist) return resolve(root, process.env.OUT_DIR || 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir };
  delete env.BASE_PATH; // measured at the root
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (build.status !== 0) {
    console.error(`${build.stdout}${build.stderr}`.split('\n').slice(-40).join('\n'));
    console.error('npm run build failed: nothing measured.');
    process.exit(1);
  }
  console.log(`npm run build → ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}
