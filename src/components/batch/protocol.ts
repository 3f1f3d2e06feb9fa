// What the page and the batch worker say to each other. The file goes to the worker as a File (never as its text on
// the page's thread, and never over the network); the worker answers with progress, the results, and one
// applicant's report when asked.
import type { ApplicantReport, BatchOutcome, BatchProgress } from '../../lib/batch/upload.ts';

export type ToWorker =
  | {
      type: 'check';
      /** The file chosen or dropped, or the text kept from the last one (sessionStorage). */
      file: Blob;
      fileName: string;
      /** Absolute addresses: the worker's own address is not the page's. */
      rulesUrl: string;
      rulesBase: string;
      today: string;
    }
  | { type: 'report'; row: number };

export type FromWorker =
  | ({ type: 'progress' } & BatchProgress)
  | { type: 'done'; outcome: BatchOutcome; csv: boolean }
  | { type: 'report'; row: number; report: ApplicantReport | null }
  | { type: 'failed'; message: string };
