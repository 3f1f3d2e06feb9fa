// Who checks the chunks of a run: the main thread itself (a small file), or a pool
// of worker threads (check-worker.ts), one chunk at a time each, so a large file
// uses every core. The run (the regulations, the check day) is sent to each worker
// once, at its start; then only applicants go in and text comes back.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Applicant } from '../../src/lib/batch/applicant.ts';
import type { ChunkRequest } from './check-worker.ts';
import { type ReportChunk, type ReportRun, reportChunk } from './report-chunk.ts';

export interface Checker {
  /** Applicants sent together: enough to make a message worth its cost, few enough to keep memory low. */
  readonly chunkSize: number;
  /** About the most characters a chunk carries (applicantChars): a name or an answer may be long. */
  readonly chunkChars: number;
  /** Chunks sent before the oldest must be written: the bound on what is held in memory. */
  readonly inFlight: number;
  check(applicants: Applicant[], after: number): Promise<ReportChunk>;
  close(): Promise<void>;
}

/** One applicant at a time, on the main thread. */
export function inlineChecker(run: ReportRun): Checker {
  return {
    chunkSize: 1,
    chunkChars: Infinity,
    inFlight: 1,
    check: async (applicants, after) => reportChunk(run, applicants, after),
    close: async () => {},
  };
}

/** About this many regulation checks a chunk: 200 applicants of five regulations, fewer where there are more. */
const CHECKS_PER_CHUNK = 1000;
const MAX_CHUNK = 200;
/** A few MB a chunk, however long the names and answers: 200 typical applicants weigh about 60,000. */
const MAX_CHUNK_CHARS = 1_000_000;
/**
 * Each worker's heap: a young generation of 16 MB (V8's default grows to 48 MB and more, per thread) and an old
 * one bounded above what it holds (the regulations, a few chunks), so that garbage is collected rather than kept:
 * without bounds three heaps grew to 700 MB over 100,000 applicants.
 */
const YOUNG_MB = 16;
const oldGenerationMb = () => Math.max(128, 64 + Math.ceil((3 * process.memoryUsage().heapUsed) / 2 ** 20));

/** `threads` workers, sent chunks in turn; each answers its chunks in the order sent. */
export function workerPool(run: ReportRun, threads: number): Checker {
  const pending = new Map<number, { resolve: (c: ReportChunk) => void; reject: (e: unknown) => void }>();
  const fail = (e: unknown) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const oldMb = oldGenerationMb();
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
      workerData: run,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: oldMb },
    });
    worker.on('message', ({ id, ...chunk }: ReportChunk & { id: number }) => {
      pending.get(id)?.resolve(chunk);
      pending.delete(id);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (pending.size) fail(new Error(`a checking thread stopped (exit ${code})`));
    });
    return worker;
  });
  let sent = 0;
  return {
    chunkSize: Math.max(1, Math.min(MAX_CHUNK, Math.floor(CHECKS_PER_CHUNK / Math.max(1, run.entries.length)))),
    chunkChars: MAX_CHUNK_CHARS,
    inFlight: 2 * threads,
    check(applicants, after) {
      const id = sent++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[id % threads]!.postMessage({ id, applicants, after } satisfies ChunkRequest);
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** A file smaller than this (a few hundred applicants) is checked faster than worker threads can start. */
export const INLINE_BYTES = 256 * 1024;
export const MAX_THREADS = 16;

/**
 * How many worker threads check a file of this size: ATLAS_CHECK_THREADS where set (0: the main thread alone),
 * else one per core for a file past INLINE_BYTES on a machine of two cores or more; undefined for a setting that is
 * not a whole number from 0 to MAX_THREADS.
 */
export function checkThreads(setting: string | undefined, fileBytes: number): number | undefined {
  if (setting !== undefined && setting !== '') {
    const n = Number(setting);
    return /^\d+$/.test(setting) && n <= MAX_THREADS ? n : undefined;
  }
  const cores = availableParallelism();
  return fileBytes >= INLINE_BYTES && cores >= 2 ? Math.min(cores, MAX_THREADS) : 0;
}

/**
 * About how many characters an applicant holds (its name, its answers' strings and keys, 8 for any other value),
 * counted up to `cap`: enough to keep a chunk of long answers small, in time linear in the answers.
 */
export function applicantChars(applicant: Applicant, cap = MAX_CHUNK_CHARS): number {
  let chars = applicant.name.length;
  const stack: unknown[] = [applicant.raw];
  while (stack.length && chars < cap) {
    const v = stack.pop();
    if (typeof v === 'string') chars += v.length;
    else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        chars += key.length;
        stack.push(item);
      }
    } else chars += 8;
  }
  return chars;
}
