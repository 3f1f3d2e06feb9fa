// The regulations collection's loader: the same checks as `npm run validate`
// (schema, references, every citation against its source text), so `astro build`
// and `astro dev` alone refuse content the validator refuses, with its messages.
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkRegulationsInProcesses } from '../lib/content/check-in-processes.ts';
import type { LoadOptions } from '../lib/content/load.ts';
import { contentLocation } from '../lib/content/location.ts';
import { compareRegulations } from '../lib/content/order.ts';
import { ContentError } from '../lib/content/problems.ts';

/** Checks every content file and stores the valid regulations, or throws a ContentError listing every problem. */
async function sync({ store, generateDigest }: Pick<LoaderContext, 'store' | 'generateDigest'>, location: LoadOptions) {
  // In other processes: the parsed source texts and what checks them stay out of the build's heap (pages parse theirs again).
  const { regulations, problems } = await checkRegulationsInProcesses(location);
  if (problems.length) throw new ContentError(problems);
  store.clear();
  for (const { id, file, regulation } of regulations.sort(compareRegulations)) {
    // Stored as validated: the collection's schema has already been applied by the check.
    store.set({ id, data: regulation, filePath: file, digest: generateDigest(regulation) });
  }
}

export function regulationsLoader(location: LoadOptions = contentLocation()): Loader {
  return {
    name: 'atlas-regulations',
    load: async (context) => {
      await sync(context, location);
      // `astro dev`: a change of a content file or a source text reloads all, and a problem is
      // reported while the last valid content stays on the site.
      const { watcher, logger } = context;
      if (!watcher) return;
      const watched = [location.contentDir, location.seedsDir].map((dir) => resolve(dir));
      watcher.add(watched);
      watcher.on('all', (_event, path) => {
        if (!watched.some((dir) => resolve(path).startsWith(dir))) return;
        sync(context, location).then(
          () => logger.info('Regulations reloaded'),
          (e: unknown) => logger.error(e instanceof Error ? e.message : String(e)),
        );
      });
    },
  };
}
