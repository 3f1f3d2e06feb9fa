// The content checks of `npm run validate` (checkRegulations) run in worker threads, handing back only the coded
// data of the valid regulations and the problems. The site's loader uses it so that the parsed source texts, the
// OpenCC dictionaries and the checks' modules live in the workers' heaps, freed when they end, rather than in astro
// build's 512 MB for the whole build. With many files, each core checks a run of them (the files are independent
// but for the links between versions, which are checked here once every run is back).
// Node-only; the workers run this same file.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Regulation } from '../schema.ts';
import { checkVersionLinks, type VersionLinks } from '../versions.ts';
import { checkRegulationFiles, codedIds, contentFileNames, type LoadOptions } from './load.ts';
import type { ContentProblem } from './problems.ts';
import { locatedYaml } from './yaml-lines.ts';

export interface CheckedContent {
  /** The valid regulations' coded data, in file order. */
  regulations: { id: string; file: string; regulation: Regulation }[];
  problems: ContentProblem[];
}

/**
 * A run's links as a thread can send them: instead of the function that finds a line, the file to find it in. Lines
 * are looked for only when a link has a problem (finding them means reading the file again, for positions).
 */
type SentLinks = Omit<VersionLinks, 'lineOf'> & { path?: string };

interface CheckedRun extends CheckedContent {
  links: SentLinks[];
}

/** Below this many files a second thread costs more to start than it saves. */
const FILES_PER_THREAD = 50;
const MARK = 'atlas-content-check';

function checkRun(opts: LoadOptions, names: string[]): Promise<CheckedRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { [MARK]: { opts, names } } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code && reject(new Error(`the content check stopped with exit code ${code}`)));
  });
}

/** The names in `count` runs of consecutive files, as even as can be (file order is kept by joining them in turn). */
export function runsOf<T>(names: T[], count: number): T[][] {
  const runs = Math.max(1, Math.min(count, names.length));
  return Array.from({ length: runs }, (_, i) =>
    names.slice(Math.floor((i * names.length) / runs), Math.floor(((i + 1) * names.length) / runs)),
  );
}

/**
 * Every content file checked as checkRegulations checks it, the same problems in the same order, in `threads`
 * workers (by default one per core, and one per FILES_PER_THREAD files at most).
 */
export async function checkRegulationsInWorker(opts: LoadOptions, threads?: number): Promise<CheckedContent> {
  const names = contentFileNames(opts.contentDir);
  const count = threads ?? Math.min(availableParallelism(), Math.ceil(names.length / FILES_PER_THREAD));
  const runs = await Promise.all(runsOf(names, count).map((run) => checkRun(opts, run)));
  const links: VersionLinks[] = runs.flatMap((r) =>
    r.links.map(({ path, ...l }) => ({
      ...l,
      ...(path && { lineOf: (at) => locatedYaml(readFileSync(path, 'utf8')).lineOf(at) }),
    })),
  );
  return {
    regulations: runs.flatMap((r) => r.regulations),
    problems: [...runs.flatMap((r) => r.problems), ...checkVersionLinks(links, codedIds(names))],
  };
}

if (!isMainThread && workerData?.[MARK]) {
  const { opts, names } = workerData[MARK] as { opts: LoadOptions; names: string[] };
  const regulations: CheckedContent['regulations'] = [];
  const { problems, links } = checkRegulationFiles(opts, names, ({ id, file, regulation }) =>
    regulations.push({ id, file, regulation }),
  );
  // A link's file is named relative to the root, as in messages.
  const sent: SentLinks[] = links.map(({ lineOf, ...l }) => ({
    ...l,
    ...(lineOf && { path: resolve(opts.root ?? process.cwd(), l.file) }),
  }));
  parentPort!.postMessage({ regulations, problems, links: sent } satisfies CheckedRun);
}
