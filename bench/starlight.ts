// The baseline the benchmarks compare the atlas with: a plain Starlight docs site
// holding bare texts (one Markdown page each, the text as paragraphs). Starlight is
// installed from the npm registry once per version into a folder under the OS temp
// folder, so later runs (and bench/scale) reuse its node_modules.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BarePage {
  slug: string;
  title: string;
  text: string;
}

export interface StarlightBuild {
  /** The built site (what a host would serve). */
  dir: string;
  buildMs: number;
  /** 0 when the cached install was reused. */
  installMs: number;
  /** Installed versions of astro, @astrojs/starlight and pagefind. */
  versions: Record<string, string>;
}

/** A bare page from a plain text: its title is the first non-empty line. */
export function barePage(slug: string, text: string): BarePage {
  const title =
    text
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean) ?? slug;
  return { slug, title, text };
}

/** Every non-empty line becomes a paragraph; ASCII punctuation is escaped so no line turns into markup. */
export function toMarkdown(page: BarePage): string {
  const paragraphs = page.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&'));
  // A JSON string is a valid YAML double-quoted scalar.
  return `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

// npm and astro run on the Node running this script (the project's Node 24: Astro 7 refuses 20).
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

function run(command: string, args: string[], cwd: string, timeoutMs?: number): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-40).join('\n');
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd} (${result.error?.message ?? `exit ${result.status}`}):\n${output}`,
    );
  }
  return performance.now() - started;
}

/** The newest Starlight and the astro range it asks for (one registry look-up). */
function latestStarlight(): { starlight: string; astro: string } {
  const result = spawnSync('npm', ['view', '@astrojs/starlight@latest', 'version', 'peerDependencies', '--json'], {
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm view @astrojs/starlight failed: ${result.stderr}`);
  const { version, peerDependencies } = JSON.parse(result.stdout);
  return { starlight: version, astro: peerDependencies.astro };
}

/** Installs Starlight into <tmp>/atlas-bench/starlight-<version>/ unless a finished install is there. */
export function installStarlight(): { nodeModules: string; installMs: number; versions: Record<string, string> } {
  const wanted = latestStarlight();
  const home = join(tmpdir(), 'atlas-bench', `starlight-${wanted.starlight}`);
  const done = join(home, 'installed.json');
  let installMs = 0;
  if (!existsSync(done)) {
    mkdirSync(home, { recursive: true });
    const manifest = {
      private: true,
      type: 'module',
      dependencies: { '@astrojs/starlight': wanted.starlight, astro: wanted.astro },
    };
    writeFileSync(join(home, 'package.json'), JSON.stringify(manifest, null, 2));
    installMs = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], home);
  }
  const nodeModules = join(home, 'node_modules');
  const versionOf = (name: string) =>
    JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')).version as string;
  const versions = {
    astro: versionOf('astro'),
    '@astrojs/starlight': versionOf('@astrojs/starlight'),
    pagefind: versionOf('pagefind'),
  };
  writeFileSync(done, JSON.stringify(versions, null, 2));
  return { nodeModules, installMs, versions };
}

const astroConfig = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// Chinese texts: the one locale is zh-CN, as the atlas (Pagefind segments Chinese).
export default defineConfig({
  integrations: [starlight({ title: '质量奖图鉴', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes a Starlight project holding `pages` into `folder` (its own files are replaced;
 * node_modules is a link to the cached install), builds it and returns the built site.
 * Starlight runs Pagefind itself at the end of the build. `timeoutMs` ends a build that
 * takes longer (SIGKILL to the astro process) with an error.
 */
export function buildStarlight(
  pages: BarePage[],
  folder: string,
  options: { timeoutMs?: number } = {},
): StarlightBuild {
  const { nodeModules, installMs, versions } = installStarlight();
  for (const own of ['src', 'dist', '.astro', 'node_modules', 'astro.config.mjs', 'package.json']) {
    rmSync(join(folder, own), { recursive: true, force: true });
  }
  const docs = join(folder, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  symlinkSync(nodeModules, join(folder, 'node_modules'), 'dir');
  // The dependencies must be listed here too: Astro bundles the integrations it finds in package.json.
  copyFileSync(join(nodeModules, '..', 'package.json'), join(folder, 'package.json'));
  writeFileSync(join(folder, 'astro.config.mjs'), astroConfig);
  writeFileSync(join(folder, 'src', 'content.config.ts'), contentConfig);
  for (const page of pages) writeFileSync(join(docs, `${page.slug}.md`), toMarkdown(page));
  const buildMs = run(
    process.execPath,
    [join(nodeModules, 'astro', 'bin', 'astro.mjs'), 'build'],
    folder,
    options.timeoutMs,
  );
  return { dir: join(folder, 'dist'), buildMs, installMs, versions };
}
