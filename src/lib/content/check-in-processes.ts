// The content checks of `npm run validate` (checkRegulations) run in child processes, handing back only the coded
// data of the valid regulations and the problems. The site's loader uses it so that the parsed source texts, the
// OpenCC dictionaries and the checks' modules live in other processes, whose memory goes back to the system when
// they end (a worker thread's freed heap stayed in the build's resident memory), not in astro build's 512 MB. With
// many files, each core checks a run of them (the files are independent but for the links between versions, which
// are checked here once every run is back). Node-only; the processes run this same file (ADR 0027).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runsOf } from '../runs.ts';
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
 * A run's links as a process can send them: instead of the function that finds a line, the file to find it in. Lines
 * are looked for only when a link has a problem (finding them means reading the file again, for positions).
 */
type SentLinks = Omit<VersionLinks, 'lineOf'> & { path?: string };

interface CheckedRun extends CheckedContent {
  links: SentLinks[];
}

/** Below this many files a second process costs more to start than it saves. */
const FILES_PER_PROCESS = 50;
const MARK = 'atlas-content-check';

/** What a run's process sends: the valid regulations a few at a time as it checks them, then the rest. */
type RunMessage = { regulations: CheckedContent['regulations'] } | Omit<CheckedRun, 'regulations'>;
/** Files per lot: the process holds no more than these regulations of its own, and no whole list to send at the end. */
const SENT_AT_ONCE = 50;
/** The old-generation heap of a run's process, in MB. */
const RUN_HEAP_MB = 128;

function checkRun(opts: LoadOptions, names: string[]): Promise<CheckedRun> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], {
      // A lot of files at a time needs little heap. Bounded (the young generation too), the process collects its
      // garbage instead of growing: measured over 1,000 files, 148 MB resident against 281 MB, in the same time.
      execArgv: [...process.execArgv, `--max-old-space-size=${RUN_HEAP_MB}`, '--max-semi-space-size=8'],
      serialization: 'advanced',
      env: { ...process.env, [MARK]: '1' },
    });
    const regulations: CheckedContent['regulations'] = [];
    let rest: Omit<CheckedRun, 'regulations'> | undefined;
    child.on('message', (message: RunMessage) => {
      if ('regulations' in message) regulations.push(...message.regulations);
      else rest = message;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      rest && code === 0
        ? resolve({ regulations, ...rest })
        : reject(new Error(`the content check stopped with exit code ${code}`)),
    );
    child.send({ opts, names });
  });
}

/**
 * Every content file checked as checkRegulations checks it, the same problems in the same order, in `processes`
 * processes (by default one per core, and one per FILES_PER_PROCESS files at most).
 */
export async function checkRegulationsInProcesses(opts: LoadOptions, processes?: number): Promise<CheckedContent> {
  const names = contentFileNames(opts.contentDir);
  const count = processes ?? Math.min(availableParallelism(), Math.ceil(names.length / FILES_PER_PROCESS));
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

if (process.env[MARK] && process.send) {
  const send = (message: RunMessage) =>
    new Promise<void>((done, failed) => process.send!(message, undefined, undefined, (e) => (e ? failed(e) : done())));
  process.once('message', async (message) => {
    const { opts, names } = message as { opts: LoadOptions; names: string[] };
    const problems: ContentProblem[] = [];
    const links: SentLinks[] = [];
    // A few files at a time, each lot sent before the next is read: nothing of a file outlives its lot but its
    // problems and its links (which keep its path, not its text).
    for (let start = 0; start < names.length; start += SENT_AT_ONCE) {
      const regulations: CheckedContent['regulations'] = [];
      const lot = checkRegulationFiles(opts, names.slice(start, start + SENT_AT_ONCE), ({ id, file, regulation }) =>
        regulations.push({ id, file, regulation }),
      );
      problems.push(...lot.problems);
      // A link's file is named relative to the root, as in messages.
      for (const { lineOf, ...l } of lot.links)
        links.push({ ...l, ...(lineOf && { path: resolve(opts.root ?? process.cwd(), l.file) }) });
      if (regulations.length) await send({ regulations });
    }
    await send({ problems, links });
    process.disconnect();
  });
}
