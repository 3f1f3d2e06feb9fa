// The content checks of `npm run validate` (checkRegulations) run in a worker
// thread, handing back only the coded data of the valid regulations and the
// problems. The site's loader uses it so that the parsed source texts, the
// OpenCC dictionaries and the checks' modules live in the worker's heap, freed
// when it ends, rather than in astro build's 512 MB for the whole build.
// Node-only; the worker runs this same file.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Regulation } from '../schema.ts';
import { checkRegulations, type LoadOptions } from './load.ts';
import type { ContentProblem } from './problems.ts';

export interface CheckedContent {
  /** The valid regulations' coded data, in file order. */
  regulations: { id: string; file: string; regulation: Regulation }[];
  problems: ContentProblem[];
}

const MARK = 'atlas-content-check';

export function checkRegulationsInWorker(opts: LoadOptions): Promise<CheckedContent> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { [MARK]: opts } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code && reject(new Error(`the content check stopped with exit code ${code}`)));
  });
}

if (!isMainThread && workerData?.[MARK]) {
  const regulations: CheckedContent['regulations'] = [];
  const problems = checkRegulations(workerData[MARK], ({ id, file, regulation }) =>
    regulations.push({ id, file, regulation }),
  );
  parentPort!.postMessage({ regulations, problems } satisfies CheckedContent);
}
