// An Astro integration for `astro build`: the pages read the content collection's data store from the file Astro
// wrote at sync, instead of from a copy bundled into the build's own code.
//
// Astro bundles the store (`astro:data-layer-content`) as `export default JSON.parse("…")`: at 3,000 regulations a
// 72 MB module that the bundler parses and copies, and that stays in the 512 MB heap as source text and as a string
// literal for the whole build, beside the parsed store (docs/adr/0027). Read from the file, the text is parsed once
// and dropped. Only the module's code changes: its value is what Astro's own module evaluates to.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's id of the store's module, and the store's file in the cache folder (Astro 7's single-file storage). */
const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';

/** The code of the store's module, reading `file` when the built pages start. */
export function storeModuleCode(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export function storeFromFile(): AstroIntegration {
  return {
    name: 'atlas-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // `astro dev` reloads the store from its own file when content changes; only a build is changed.
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'atlas-store-from-file',
                transform(_code: string, id: string) {
                  // The client build never holds the store.
                  if (id !== STORE_MODULE || this.environment?.name === 'client') return;
                  return { code: storeModuleCode(file), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
