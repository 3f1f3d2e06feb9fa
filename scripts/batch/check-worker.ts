// A worker thread of `npm run check` (pool.ts starts it): checks the chunks of
// applicants it is sent against the run it was started with, and answers each
// with its text, in the order sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Applicant } from '../../src/lib/batch/applicant.ts';
import { type ReportRun, reportChunk } from './report-chunk.ts';

export interface ChunkRequest {
  id: number;
  applicants: Applicant[];
  after: number;
}

const run = workerData as ReportRun;
parentPort!.on('message', ({ id, applicants, after }: ChunkRequest) =>
  parentPort!.postMessage({ id, ...reportChunk(run, applicants, after) }),
);
