// The build reads the content store from Astro's own file: the module it puts in place of Astro's evaluates to the
// same value, it replaces only the store's module and only in a build, and it names the id and file Astro uses (if
// an Astro upgrade renamed them, the build would quietly bundle the store again: this test says so first).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storeFromFile, storeModuleCode } from '../../src/data/store-from-file.ts';
import { ROOT } from '../support/paths.ts';

type Hook = (options: Record<string, unknown>) => void;
interface Plugin {
  transform: (this: { environment?: { name: string } }, code: string, id: string) => { code: string } | undefined;
}

/** The plugins the integration adds for an Astro command. */
function pluginsFor(command: string, cacheDir = pathToFileURL(join(tmpdir(), 'astro-cache/'))): Plugin[] {
  const added: Plugin[] = [];
  const setup = storeFromFile().hooks['astro:config:setup'] as unknown as Hook;
  setup({
    command,
    config: { cacheDir },
    updateConfig: (c: { vite: { plugins: Plugin[] } }) => added.push(...c.vite.plugins),
  });
  return added;
}

describe('storeFromFile', () => {
  it('gives a module whose value is the parsed file, text of any script included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
    const file = join(dir, "data 'store'.json");
    const store = [['Map', 1], 'regulations', { quote: '区长质量奖“50万元”\n第二十二條', n: 3 }];
    writeFileSync(file, JSON.stringify(store));
    const code = storeModuleCode(file);
    const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    expect(module.default).toEqual(store);
  });

  it('replaces only the store’s module, only in the server build, only for `astro build`', () => {
    expect(pluginsFor('dev')).toEqual([]);
    expect(pluginsFor('sync')).toEqual([]);
    const [plugin] = pluginsFor('build', new URL('file:///cache/'));
    const server = { environment: { name: 'prerender' } };
    const replaced = plugin!.transform.call(server, 'export default JSON.parse("[]")', '\0astro:data-layer-content');
    expect(replaced!.code).toBe(storeModuleCode('/cache/data-store.json'));
    expect(plugin!.transform.call(server, 'export default 1', '/src/pages/index.astro')).toBeUndefined();
    expect(
      plugin!.transform.call({ environment: { name: 'client' } }, '', '\0astro:data-layer-content'),
    ).toBeUndefined();
  });

  it('names the module id and the file that the installed Astro uses', () => {
    const consts = readFileSync(join(ROOT, 'node_modules/astro/dist/content/consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
    expect(consts).toContain('const DATA_STORE_FILE = "data-store.json";');
    const paths = readFileSync(join(ROOT, 'node_modules/astro/dist/content/paths.js'), 'utf8');
    expect(paths).toContain('new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir)');
  });
});
