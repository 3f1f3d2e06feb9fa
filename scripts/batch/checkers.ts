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
  /** The most characters of names a chunk carries: a name is echoed whole in --json, and a name may be long. */
  readonly chunkNameChars: number;
  /** Chunks sent before the oldest must be written: the bound on what is held in memory. */
  readonly inFlight: number;
  check(applicants: Applicant[], after: number): Promise<ReportChunk>;
  close(): Promise<void>;
}

/** One applicant at a time, on the main thread. */
export function inlineChecker(run: ReportRun): Checker {
  return {
    chunkSize: 1,
    chunkNameChars: Infinity,
    inFlight: 1,
    check: async (applicants, after) => reportChunk(run, applicants, after),
    close: async () => {},
  };
}

/** About this many regulation checks a chunk: 200 applicants of five regulations, fewer where there are more. */
const CHECKS_PER_CHUNK = 1000;
const MAX_CHUNK = 200;
/** 200 names of 1,000 characters, or 20 of 10,000: a few MB of output a chunk whatever the names. */
const MAX_CHUNK_NAME_CHARS = 200_000;

/** `threads` workers, sent chunks in turn; each answers its chunks in the order sent. */
export function workerPool(run: ReportRun, threads: number): Checker {
  const pending = new Map<number, { resolve: (c: ReportChunk) => void; reject: (e: unknown) => void }>();
  const fail = (e: unknown) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: run });
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
    chunkNameChars: MAX_CHUNK_NAME_CHARS,
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
